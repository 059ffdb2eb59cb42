package chain

import (
	"context"
	"time"
)

// minBackoff is the first wait after a failure.
const minBackoff = 100 * time.Millisecond

// backoff spaces the attempts at something that keeps failing: each wait doubles the last,
// from minBackoff up to max, and a success starts over. The zero value with max set is ready.
//
// The two loops that retry (the watcher's steps and its head subscription) each wait between
// a failure and their own next attempt, and a new head may wake them earlier; a retry library
// (cenkalti/backoff and the like) wants to own the loop, and would be a dependency for five
// lines.
type backoff struct {
	max  time.Duration
	last time.Duration
}

// next returns how long to wait before the next attempt.
func (b *backoff) next() time.Duration {
	b.last = min(max(2*b.last, minBackoff), b.max)
	return b.last
}

// reset starts over after a success.
func (b *backoff) reset() { b.last = 0 }

// sleep waits d, or less if ctx ends first, and returns ctx's error then.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
