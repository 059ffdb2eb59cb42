package runtime

import (
	"context"
	"net/http"
	"testing"
	"time"
)

// queued is a request waiting in an admission, and what became of it.
type queued struct {
	caller string
	done   chan struct{}
	err    error
	rel    func()
}

func enqueue(t *testing.T, a *admission, caller string) *queued {
	t.Helper()
	seq := func() uint64 { a.mu.Lock(); defer a.mu.Unlock(); return a.seq }
	before := seq()
	q := &queued{caller: caller, done: make(chan struct{})}
	go func() {
		q.rel, q.err = a.acquire(context.Background(), caller, time.Minute)
		close(q.done)
	}()
	// Wait until it is in the queue (or answered), so that the order of arrival is the test's.
	deadline := time.Now().Add(5 * time.Second)
	for {
		select {
		case <-q.done:
			return q
		default:
		}
		if seq() > before {
			return q
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s never queued", caller)
		}
		time.Sleep(time.Millisecond)
	}
}

func (q *queued) wait(t *testing.T) {
	t.Helper()
	select {
	case <-q.done:
	case <-time.After(5 * time.Second):
		t.Fatalf("%s still waiting", q.caller)
	}
}

func (q *queued) pending() bool {
	select {
	case <-q.done:
		return false
	default:
		return true
	}
}

func statusOf(err error) int {
	s, _ := StatusOf(err)
	return s
}

func TestAdmission_FreedSlotGoesToTheCallerHoldingTheLeast(t *testing.T) {
	a := newAdmission(1, 8)
	release, err := a.acquire(context.Background(), "flood", time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	flood := []*queued{enqueue(t, a, "flood"), enqueue(t, a, "flood"), enqueue(t, a, "flood")}
	light := enqueue(t, a, "light") // arrived last, holds one
	release()
	light.wait(t)
	if light.err != nil {
		t.Fatalf("the light caller: %v", light.err)
	}
	for _, q := range flood {
		if !q.pending() {
			t.Fatal("a request of the flood was admitted before the light caller's")
		}
	}
	light.rel()
	flood[0].wait(t) // then the flood, in its order
	if flood[0].err != nil || !flood[1].pending() {
		t.Fatalf("the flood's first: %v", flood[0].err)
	}
	flood[0].rel()
	for _, q := range flood[1:] {
		q.wait(t)
		q.rel()
	}
}

func TestAdmission_FullQueueRefusesTheCallerHoldingTheMostWith429(t *testing.T) {
	a := newAdmission(1, 3)
	release, _ := a.acquire(context.Background(), "flood", time.Minute)
	flood := []*queued{enqueue(t, a, "flood"), enqueue(t, a, "flood"), enqueue(t, a, "flood")}
	// The queue is full of the flood's requests: a newcomer takes the place of its latest.
	light := enqueue(t, a, "light")
	flood[2].wait(t)
	if statusOf(flood[2].err) != http.StatusTooManyRequests {
		t.Fatalf("the flood's latest: %v, want 429 throttled", flood[2].err)
	}
	if !light.pending() {
		t.Fatalf("the light caller was answered: %v", light.err)
	}
	// The flood asks again: it holds the most, so its own request gives way.
	again := enqueue(t, a, "flood")
	again.wait(t)
	if _, reason := StatusOf(again.err); reason != ReasonThrottled {
		t.Fatalf("the flood again: %v, want throttled", again.err)
	}
	release()
	light.wait(t)
	if light.err != nil {
		t.Fatalf("the light caller: %v", light.err)
	}
	light.rel()
	for _, q := range flood[:2] {
		q.wait(t)
		q.rel()
	}
}

func TestAdmission_FullQueueOfSingleCallersIs503(t *testing.T) {
	a := newAdmission(1, 2)
	release, _ := a.acquire(context.Background(), "a", time.Minute)
	b, c := enqueue(t, a, "b"), enqueue(t, a, "c")
	d := enqueue(t, a, "d")
	d.wait(t)
	if _, reason := StatusOf(d.err); reason != ReasonQueueFull || statusOf(d.err) != http.StatusServiceUnavailable {
		t.Fatalf("everyone holds one: %v, want 503 queue-full (the provider is over its capacity)", d.err)
	}
	release()
	b.wait(t)
	b.rel()
	c.wait(t)
	c.rel()
}

func TestAdmission_WaitEndsAtTheTimeout(t *testing.T) {
	a := newAdmission(1, 2)
	release, _ := a.acquire(context.Background(), "a", time.Minute)
	defer release()
	_, err := a.acquire(context.Background(), "b", 20*time.Millisecond)
	if _, reason := StatusOf(err); reason != ReasonQueueTimeout {
		t.Fatalf("%v, want queue-timeout", err)
	}
	if r, w := a.load(); r != 1 || w != 0 || len(a.callers) != 1 {
		t.Fatalf("after the timeout: %d running, %d waiting, %d callers", r, w, len(a.callers))
	}
}
