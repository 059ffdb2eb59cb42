package witness

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/runtime"
)

// rerunner re-runs probes' requests on leases' committed modules, in a function runtime of the
// witness's own (SPEC §5.1, §5.4): the same package the providers run, in this process,
// with the deployment's request timeout and each lease's level. A module is loaded once per
// lease while one of the member's seats on it probes.
type rerunner struct {
	backend runtime.Backend

	mu     sync.Mutex
	leases map[api.LeaseID]*rerunLease
}

// rerunLease is a lease's module in the witness's runtime.
type rerunLease struct {
	hash  common.Hash
	users int
	// slots holds one token per core of the level: re-runs of the lease wait for one, so that
	// none waits in the runtime's own queue, whose timeout would look like the function's.
	slots chan struct{}
}

func newRerunner(b runtime.Backend) *rerunner {
	return &rerunner{backend: b, leases: map[api.LeaseID]*rerunLease{}}
}

// errNoModule is a re-run asked for on a lease whose module is not loaded.
var errNoModule = errors.New("no module loaded")

// load checks wasm against the hash the customer committed and loads it for lease
// under level; the seat using it calls release when it no longer probes. The error of a
// mismatch is the provider's doing; one of loading a module that matches is the witness's
// (the provider loaded it to confirm it).
func (r *rerunner) load(ctx context.Context, lease api.LeaseID, level market.Level, committed common.Hash, wasm []byte) (mismatch bool, err error) {
	if got := sha256.Sum256(wasm); common.Hash(got) != committed {
		return true, fmt.Errorf("the module served has sha256 %x, not the committed %s", got, committed.Hex())
	}
	r.mu.Lock()
	l := r.leases[lease]
	if l != nil && l.hash == committed {
		l.users++
		r.mu.Unlock()
		return false, nil
	}
	r.mu.Unlock()
	lvl := runtime.Level{CPUMilli: level.CPUMilli, MemoryMB: level.MemoryMB, ImageMB: level.ImageMB}
	if _, err := r.backend.Load(ctx, lease, lvl, wasm); err != nil {
		return false, fmt.Errorf("load the committed module into the witness's runtime: %w", err)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if l := r.leases[lease]; l != nil && l.hash == committed {
		l.users++ // loaded by another seat meanwhile: the same module
		return false, nil
	}
	r.leases[lease] = &rerunLease{hash: committed, users: 1, slots: make(chan struct{}, lvl.Cores())}
	return false, nil
}

// loaded reports whether the lease's committed module is loaded.
func (r *rerunner) loaded(lease api.LeaseID) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.leases[lease] != nil
}

// release says a seat no longer re-runs on the lease; the last one unloads the module.
func (r *rerunner) release(lease api.LeaseID) {
	r.mu.Lock()
	l := r.leases[lease]
	if l == nil {
		r.mu.Unlock()
		return
	}
	l.users--
	last := l.users <= 0
	if last {
		delete(r.leases, lease)
	}
	r.mu.Unlock()
	if last {
		_ = r.backend.Unload(context.Background(), lease)
	}
}

// rerun runs req on the lease's module as admitted at req.Time. It returns an error only
// when the witness could not re-run it for reasons of its own (ctx ended, the runtime
// refused the request): the probe then counts for nothing.
func (r *rerunner) rerun(ctx context.Context, lease api.LeaseID, req *runtime.Request) (Rerun, error) {
	r.mu.Lock()
	l := r.leases[lease]
	r.mu.Unlock()
	if l == nil {
		return Rerun{}, errNoModule
	}
	select {
	case l.slots <- struct{}{}:
	case <-ctx.Done():
		return Rerun{}, ctx.Err()
	}
	defer func() { <-l.slots }()
	if s, ok := req.Body.(io.Seeker); ok {
		s.Seek(0, io.SeekStart)
	}
	start := time.Now()
	res, err := r.backend.Invoke(ctx, lease, req)
	took := time.Since(start)
	if err == nil {
		return Rerun{Status: res.Status, BodyHash: sha256.Sum256(res.Body), Duration: took}, nil
	}
	if ctx.Err() != nil {
		return Rerun{}, ctx.Err()
	}
	var e *runtime.Error
	if errors.As(err, &e) && runtime.WireReason(e.Reason).Function() {
		// The function failed under the level's limits: that is its answer.
		return Rerun{Status: e.Status, BodyHash: sha256.Sum256(nil), Duration: took}, nil
	}
	return Rerun{}, fmt.Errorf("re-run in the witness's runtime: %w", err)
}
