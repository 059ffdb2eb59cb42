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
// lease while one of the member's seats on it probes. Loading (rewriting and compiling the
// module) takes a while, so it goes on in the background: probes that need no re-run count at
// once, and a re-run waits for its module.
type rerunner struct {
	backend runtime.Backend

	mu     sync.Mutex
	leases map[api.LeaseID]*rerunLease
}

// rerunLease is a lease's module in the witness's runtime.
type rerunLease struct {
	hash  common.Hash
	users int
	// ready is closed once the load is over; err says why it failed, if it did.
	ready chan struct{}
	err   error
	// slots holds one token per core of the level: re-runs of the lease wait for one, so that
	// none waits in the runtime's own queue, whose timeout would look like the function's.
	slots chan struct{}
}

func newRerunner(b runtime.Backend) *rerunner {
	return &rerunner{backend: b, leases: map[api.LeaseID]*rerunLease{}}
}

// errNoModule is a re-run asked for on a lease whose module was never checked.
var errNoModule = errors.New("no module checked for the lease")

// load checks wasm against the hash the customer committed and, when it matches, starts
// loading it for lease under level; the seat using it calls release when it no longer probes.
// A mismatch is the provider's doing: load returns it as an error and loads nothing.
func (r *rerunner) load(lease api.LeaseID, level market.Level, committed common.Hash, wasm []byte) error {
	if got := sha256.Sum256(wasm); common.Hash(got) != committed {
		return fmt.Errorf("the module served has sha256 %x, not the committed %s", got, committed.Hex())
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if l := r.leases[lease]; l != nil && l.hash == committed {
		l.users++
		return nil
	}
	lvl := runtime.Level{CPUMilli: level.CPUMilli, MemoryMB: level.MemoryMB, ImageMB: level.ImageMB}
	l := &rerunLease{hash: committed, users: 1, ready: make(chan struct{}), slots: make(chan struct{}, lvl.Cores())}
	r.leases[lease] = l
	go func() {
		_, err := r.backend.Load(context.Background(), lease, lvl, wasm)
		r.mu.Lock()
		defer r.mu.Unlock()
		l.err = err
		close(l.ready)
		// Released while it loaded, and not taken up again by another seat since. Unloading
		// under the lock: a seat that takes the lease up again starts its load only after it.
		if r.leases[lease] == nil && err == nil {
			_ = r.backend.Unload(context.Background(), lease)
		}
	}()
	return nil
}

// release says a seat no longer re-runs on the lease; the last one unloads the module. It
// unloads under the lock, so that a seat taking the lease up again cannot have its fresh load
// unloaded.
func (r *rerunner) release(lease api.LeaseID) {
	r.mu.Lock()
	defer r.mu.Unlock()
	l := r.leases[lease]
	if l == nil {
		return
	}
	if l.users--; l.users > 0 {
		return
	}
	delete(r.leases, lease)
	select {
	case <-l.ready:
		_ = r.backend.Unload(context.Background(), lease)
	default: // still loading: the loader unloads it when done
	}
}

// rerun runs req on the lease's module as admitted at req.Time, once the module is loaded.
// It returns an error only when the witness could not re-run it for reasons of its own (ctx
// ended, the module does not load here, the runtime refused the request): the probe then
// counts for nothing.
func (r *rerunner) rerun(ctx context.Context, lease api.LeaseID, req *runtime.Request) (Rerun, error) {
	r.mu.Lock()
	l := r.leases[lease]
	r.mu.Unlock()
	if l == nil {
		return Rerun{}, errNoModule
	}
	select {
	case <-l.ready:
	case <-ctx.Done():
		return Rerun{}, ctx.Err()
	}
	if l.err != nil {
		return Rerun{}, fmt.Errorf("the committed module does not load in the witness's runtime: %w", l.err)
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
		timedOut := runtime.WireReason(e.Reason) == api.ReasonFunctionTimeout
		return Rerun{Status: e.Status, BodyHash: sha256.Sum256(nil), Duration: took, TimedOut: timedOut}, nil
	}
	return Rerun{}, fmt.Errorf("re-run in the witness's runtime: %w", err)
}
