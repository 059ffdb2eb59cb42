package daemon

import (
	"context"
	"sync"
	"time"
)

// Tasks is how both daemons do durable work: one goroutine per item (an order, a seat, a
// committee to draw), never two for the same item. A daemon starts a task for every
// unfinished item its store holds when it starts, which resumes the work of a run that was
// killed, and one for every new item an event brings. A task takes its item to the end and
// re-reads the chain before every action, so that starting it again repeats nothing.
type Tasks struct {
	ctx    context.Context
	cancel context.CancelFunc
	mu     sync.Mutex
	wake   map[string]chan struct{}
	wg     sync.WaitGroup
}

// NewTasks runs tasks until ctx ends or Close is called.
func NewTasks(ctx context.Context) *Tasks {
	ctx, cancel := context.WithCancel(ctx)
	return &Tasks{ctx: ctx, cancel: cancel, wake: map[string]chan struct{}{}}
}

// Go starts run as the task of key, unless that task is running or the context has ended; it
// reports whether it started it. run receives a channel that Wake signals.
func (t *Tasks) Go(key string, run func(ctx context.Context, wake <-chan struct{})) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	if _, ok := t.wake[key]; ok || t.ctx.Err() != nil {
		return false
	}
	wake := make(chan struct{}, 1)
	t.wake[key] = wake
	t.wg.Add(1)
	go func() {
		defer t.wg.Done()
		defer func() {
			t.mu.Lock()
			delete(t.wake, key)
			t.mu.Unlock()
		}()
		run(t.ctx, wake)
	}()
	return true
}

// Wake asks the task of key, if it runs, to look again now rather than at its next poll.
func (t *Tasks) Wake(key string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	select {
	case t.wake[key] <- struct{}{}:
	default: // not running, or woken already
	}
}

// Running reports whether the task of key runs.
func (t *Tasks) Running(key string) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	_, ok := t.wake[key]
	return ok
}

// Close ends every task and waits for them to return.
func (t *Tasks) Close() {
	t.cancel()
	t.wg.Wait()
}

// Poll runs step at once, then every interval or as soon as wake signals, until it reports
// done or ctx ends. A step's error goes to failed (the daemon logs and counts it) and the step
// runs again at the next interval: steps re-read the chain, so a retry repeats nothing.
func Poll(ctx context.Context, every time.Duration, wake <-chan struct{}, step func(context.Context) (done bool, err error), failed func(error)) {
	t := time.NewTimer(0)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-wake:
		case <-t.C:
		}
		done, err := step(ctx)
		if err != nil && ctx.Err() == nil {
			failed(err)
		}
		if done || ctx.Err() != nil {
			return
		}
		t.Reset(every)
	}
}

// Sleep waits d or until ctx ends, reporting whether to go on.
func Sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}
