package runtime

import (
	"context"
	"net/http"
	"sync"
	"time"
)

// admission decides, for one lease, which requests execute, which wait and which are refused
// (SPEC §5.3, fair admission). At most slots requests execute at once and at most depth wait.
// A caller is whatever the server names it by (an account, a key, an IP address); what it
// holds is its executing plus its waiting requests.
//
//   - A freed slot goes to the waiting request whose caller holds the least, the earliest
//     among equals: a caller sending one request now and then is served before a flood.
//   - When the queue is full, the request that gives way is one of the caller holding the
//     most (its latest): the arriving one if its caller would hold at least as much as any
//     waiting caller, else a waiting one. A caller holding more than one request is refused
//     with 429 throttled; a caller with only that request — everyone holds one, so the lease is
//     simply over its capacity — with 503 queue-full, which is the provider's failure.
//
// A caller that keeps one request at a time, as a witness probing within its rate does, is
// therefore never the one refused while anyone holds more. Every decision is O(depth) under
// one mutex per lease.
type admission struct {
	slots, depth int

	mu      sync.Mutex
	running int
	queue   []*waiter // in arrival order
	callers map[string]*holding
	seq     uint64
}

type holding struct{ running, queued int }

func (h *holding) total() int { return h.running + h.queued }

type waiter struct {
	caller string
	h      *holding
	seq    uint64
	ready  chan *Error // nil: admitted; otherwise refused while waiting
}

func newAdmission(slots, depth int) *admission {
	return &admission{slots: slots, depth: depth, callers: map[string]*holding{}}
}

// hold returns the caller's holding, creating it; a.mu is held.
func (a *admission) hold(caller string) *holding {
	h := a.callers[caller]
	if h == nil {
		h = &holding{}
		a.callers[caller] = h
	}
	return h
}

// forget drops a caller that holds nothing; a.mu is held.
func (a *admission) forget(caller string, h *holding) {
	if h.total() == 0 {
		delete(a.callers, caller)
	}
}

// acquire waits for an execution slot for caller, at most timeout; release the slot with the
// returned func.
func (a *admission) acquire(ctx context.Context, caller string, timeout time.Duration) (func(), error) {
	a.mu.Lock()
	h := a.hold(caller)
	if a.running < a.slots && len(a.queue) == 0 {
		a.running++
		h.running++
		a.mu.Unlock()
		return func() { a.release(caller, h) }, nil
	}
	if len(a.queue) >= a.depth {
		mine := h.total() + 1
		v := a.heaviest()
		if v < 0 || a.queue[v].h.total() <= mine {
			a.forget(caller, h)
			running, depth := a.running, a.depth
			a.mu.Unlock()
			return nil, refusal(mine, running, depth)
		}
		w := a.queue[v]
		a.queue = append(a.queue[:v], a.queue[v+1:]...)
		w.h.queued--
		w.ready <- refusal(w.h.total()+1, a.running, a.depth)
		a.forget(w.caller, w.h)
	}
	a.seq++
	w := &waiter{caller: caller, h: h, seq: a.seq, ready: make(chan *Error, 1)}
	a.queue = append(a.queue, w)
	h.queued++
	a.mu.Unlock()

	t := time.NewTimer(timeout)
	defer t.Stop()
	var gaveUp *Error
	select {
	case e := <-w.ready:
		if e != nil {
			return nil, e
		}
		return func() { a.release(caller, h) }, nil
	case <-t.C:
		gaveUp = newError(http.StatusServiceUnavailable, ReasonQueueTimeout, "no free slot within %s", timeout)
	case <-ctx.Done():
		gaveUp = &Error{Status: http.StatusServiceUnavailable, Reason: ReasonCanceled, Err: ctx.Err()}
	}
	a.mu.Lock()
	for i, q := range a.queue {
		if q == w {
			a.queue = append(a.queue[:i], a.queue[i+1:]...)
			h.queued--
			a.forget(caller, h)
			a.mu.Unlock()
			return nil, gaveUp
		}
	}
	a.mu.Unlock()
	// Admitted or refused in the meantime: the answer is in the channel already.
	if e := <-w.ready; e != nil {
		return nil, e
	}
	if ctx.Err() != nil {
		a.release(caller, h)
		return nil, gaveUp
	}
	return func() { a.release(caller, h) }, nil
}

// refusal is the answer to a request that gives way in a full queue: 429 when its caller holds
// others, 503 when it holds only this one.
func refusal(held, running, depth int) *Error {
	if held > 1 {
		return newError(http.StatusTooManyRequests, ReasonThrottled,
			"the lease is busy (%d executing, %d queued) and this caller holds %d of its requests, the most; retry later", running, depth, held-1)
	}
	return newError(http.StatusServiceUnavailable, ReasonQueueFull, "%d requests executing and %d queued, each of a different caller", running, depth)
}

// heaviest is the index of the waiting request to refuse first: of the caller holding the
// most, its latest; -1 when nobody waits. a.mu is held.
func (a *admission) heaviest() int {
	best := -1
	for i, w := range a.queue {
		if best < 0 || w.h.total() > a.queue[best].h.total() || (w.h.total() == a.queue[best].h.total() && w.seq > a.queue[best].seq) {
			best = i
		}
	}
	return best
}

// release frees caller's slot and hands it to the waiting request whose caller holds the
// least, the earliest among equals.
func (a *admission) release(caller string, h *holding) {
	a.mu.Lock()
	defer a.mu.Unlock()
	h.running--
	a.running--
	a.forget(caller, h)
	if len(a.queue) == 0 {
		return
	}
	next := 0
	for i, w := range a.queue[1:] {
		if w.h.total() < a.queue[next].h.total() {
			next = i + 1
		}
	}
	w := a.queue[next]
	a.queue = append(a.queue[:next], a.queue[next+1:]...)
	w.h.queued--
	w.h.running++
	a.running++
	w.ready <- nil
}

// load is how many requests execute and wait.
func (a *admission) load() (running, waiting int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.running, len(a.queue)
}
