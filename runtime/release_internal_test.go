package runtime

import (
	"testing"
	"time"
)

// TestReleaseMemory_TheLastFailureIsAlwaysFollowedByACollection: failures in a burst collect
// once at once and once more after releaseInterval (not once per failure, and not never: a
// throttle that dropped the burst's tail left the memory its last request grew in the process).
func TestReleaseMemory_TheLastFailureIsAlwaysFollowedByACollection(t *testing.T) {
	e := &Engine{release: new(memoryRelease)}
	r := e.release
	started := func(after int64) int64 {
		t.Helper()
		deadline := time.Now().Add(releaseInterval + 10*time.Second)
		for time.Now().Before(deadline) {
			if last := r.last.Load(); last > after {
				return last
			}
			time.Sleep(10 * time.Millisecond)
		}
		t.Fatalf("no collection started after %d", after)
		return 0
	}
	e.releaseMemory()
	first := started(0)
	for range 5 { // the burst's tail, within the interval
		e.releaseMemory()
	}
	if !r.pending.Load() {
		t.Fatal("a failure within the interval scheduled no collection")
	}
	second := started(first)
	if gap := time.Duration(second - first); gap < releaseInterval {
		t.Errorf("the second collection started %s after the first, want at least %s", gap, releaseInterval)
	}
	time.Sleep(50 * time.Millisecond)
	if r.pending.Load() {
		t.Error("a collection is still scheduled after the burst's tail was collected: one per failure")
	}
	if last := r.last.Load(); last != second {
		t.Error("a third collection ran for a burst of failures all before the second")
	}
}
