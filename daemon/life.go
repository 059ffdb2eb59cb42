package daemon

import (
	"context"
	"errors"
	"sync"
)

// ErrRunning is returned by Life.Start while a run is in progress: a daemon runs once at a
// time.
var ErrRunning = errors.New("the daemon is running already: a daemon runs once at a time")

// Life is how a daemon's Run and Close meet: Run works until its context ends or Close is
// called; Close stops a run in progress and waits for it, so that the daemon's store and
// listeners can be released after it.
type Life struct {
	mu     sync.Mutex
	closed bool
	cancel context.CancelFunc
	done   chan struct{}
}

// Start begins a run in a context Stop cancels. It returns ok false, and the run should
// return at once, when the daemon was closed before it ran. Call end when the run is over.
func (l *Life) Start(ctx context.Context) (run context.Context, end func(), ok bool, err error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		return nil, nil, false, nil
	}
	if l.cancel != nil {
		return nil, nil, false, ErrRunning
	}
	run, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	l.cancel, l.done = cancel, done
	return run, func() {
		cancel()
		close(done)
		l.mu.Lock()
		l.cancel = nil
		l.mu.Unlock()
	}, true, nil
}

// Stop ends the run in progress, if any, waits for it to end, and keeps later runs from
// starting. It reports whether it was the first call.
func (l *Life) Stop() bool {
	l.mu.Lock()
	first := !l.closed
	l.closed = true
	cancel, done := l.cancel, l.done
	l.mu.Unlock()
	if cancel != nil {
		cancel()
		<-done
	}
	return first
}

// Stopped is what a run returns when err ended one of its steps: nil when the run was
// stopped (its context ended), whatever the step said of it — a daemon stopped while it
// registers or reads the chain at start-up stops cleanly, as one stopped later does.
func Stopped(run context.Context, err error) error {
	if run.Err() != nil {
		return nil
	}
	return err
}
