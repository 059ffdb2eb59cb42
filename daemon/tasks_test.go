package daemon

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// A key runs once at a time; a finished task may be started again.
func TestTasks_OneTaskPerKey(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	tasks := NewTasks(ctx)
	release := make(chan struct{})
	var runs atomic.Int32
	run := func(ctx context.Context, _ <-chan struct{}) {
		runs.Add(1)
		<-release
	}
	if !tasks.Go("order/1", run) {
		t.Fatal("the first task did not start")
	}
	if tasks.Go("order/1", run) {
		t.Fatal("a second task of the same key started")
	}
	if !tasks.Go("order/2", run) {
		t.Fatal("another key's task did not start")
	}
	close(release)
	for tasks.Running("order/1") || tasks.Running("order/2") {
		time.Sleep(time.Millisecond)
	}
	if !tasks.Go("order/1", func(context.Context, <-chan struct{}) { runs.Add(1) }) {
		t.Fatal("a finished key could not start again")
	}
	tasks.Close()
	if n := runs.Load(); n != 3 {
		t.Fatalf("%d runs, want 3", n)
	}
	if tasks.Go("order/3", run) {
		t.Fatal("a task started after the end")
	}
}

// Poll steps at once, again when woken (long before its interval), retries a failed step,
// and stops when the step says it is done.
func TestPoll_StepsAtOnceOnWakeAndUntilDone(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	tasks := NewTasks(ctx)
	steps := make(chan int, 10)
	var failures []error
	n := 0
	tasks.Go("seat/1", func(ctx context.Context, wake <-chan struct{}) {
		Poll(ctx, time.Hour, wake, func(context.Context) (bool, error) {
			n++
			steps <- n
			switch n {
			case 2:
				return false, errors.New("node down")
			case 3:
				return true, nil
			}
			return false, nil
		}, func(err error) { failures = append(failures, err) })
	})
	<-steps // at once, not after an hour
	tasks.Wake("seat/1")
	<-steps // woken: fails
	tasks.Wake("seat/1")
	<-steps // woken again: done
	for tasks.Running("seat/1") {
		time.Sleep(time.Millisecond)
	}
	tasks.Close()
	if n != 3 || len(failures) != 1 || failures[0].Error() != "node down" {
		t.Fatalf("%d steps, failures %v", n, failures)
	}
}

func TestOpenDataStore_BelongsToOneOwner(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new", "dir")
	db, err := OpenDataStore(dir, "d.db", "meta", "account A")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := OpenDataStore(dir, "d.db", "meta", "account A"); err == nil || !strings.Contains(err.Error(), "in use") {
		t.Errorf("a second daemon on the same store: %v, want it refused as in use", err)
	}
	db.Close()
	db, err = OpenDataStore(dir, "d.db", "meta", "account A")
	if err != nil {
		t.Fatalf("the owner again: %v", err)
	}
	db.Close()
	if _, err := OpenDataStore(dir, "d.db", "meta", "account B"); err == nil || !strings.Contains(err.Error(), "belongs to account A") {
		t.Fatalf("another owner: %v, want a refusal", err)
	}
}
