package runtime

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"math/rand/v2"
	"time"

	"github.com/defaas/defaas/api"
)

// A function's only sources of nondeterminism in WASI preview 1 are its
// clocks and random_get (there is no file system, no network and one thread).
// The runtime makes both a function of the request, so that a witness that
// re-runs a request with the same DeFaaS-Time on the committed module gets
// what the provider got (SPEC §5.1, §5.4):
//
//   - Both clocks, realtime and monotonic, read the request's admission time
//     (DeFaaS-Time, unix milliseconds) in nanoseconds, advanced by exactly
//     what the guest asked to sleep (poll_oneoff), and by nothing else: time
//     spent computing is not observable, because it differs between
//     machines.
//   - random_get is a ChaCha8 stream (C2SP chacha8rand, math/rand/v2) keyed
//     by RandomSeed.
//
// A reactor instance is initialized once, with both clocks at initTime and
// the stream keyed by the module's SHA-256, and every request starts from the
// state right after that initialization (see Function), so the same request
// at the same time meets the same instance state at the provider and at the
// witness.

// RandomSeed is the key of a request's random_get stream:
//
//	SHA-256( "defaas random_get v1" ‖ 0x00
//	       ‖ lease id      as 8 bytes, big-endian
//	       ‖ DeFaaS-Time   unix milliseconds, 8 bytes, big-endian
//	       ‖ len(method)   4 bytes, big-endian ‖ method
//	       ‖ len(uri)      4 bytes, big-endian ‖ uri
//	       ‖ SHA-256(body) 32 bytes )
//
// where uri is the path and query the function sees, as REQUEST_URI carries
// them: the escaped path after /v1/leases/{id}/invoke ("/" when empty), then
// "?" and the raw query when there is one.
func RandomSeed(lease api.LeaseID, at time.Time, method, uri string, bodySHA256 [32]byte) [32]byte {
	h := sha256.New()
	h.Write([]byte("defaas random_get v1\x00"))
	var n [8]byte
	binary.BigEndian.PutUint64(n[:], uint64(lease))
	h.Write(n[:])
	binary.BigEndian.PutUint64(n[:], uint64(at.UnixMilli()))
	h.Write(n[:])
	for _, s := range []string{method, uri} {
		binary.BigEndian.PutUint32(n[:4], uint32(len(s)))
		h.Write(n[:4])
		h.Write([]byte(s))
	}
	h.Write(bodySHA256[:])
	var seed [32]byte
	h.Sum(seed[:0])
	return seed
}

// initTime is what the clocks read while a reactor initializes: one
// millisecond after the Unix epoch (Go's runtime refuses a monotonic clock at
// zero).
var initTime = time.UnixMilli(1)

// errInterrupted aborts a host call of an instance whose request is over
// (deadline, output bound, caller gone); the instance is then discarded.
var errInterrupted = errors.New("interrupted by the runtime")

// guestEnv is what an instance's clocks, sleeps and random_get read: the
// request it is serving, or its initialization. Only the goroutine running
// the instance touches it.
type guestEnv struct {
	ctx  context.Context // ends when the request must stop
	now  int64           // virtual unix nanoseconds
	rand *rand.ChaCha8
}

// begin points the instance at a request admitted at at.
func (e *guestEnv) begin(ctx context.Context, at time.Time, seed [32]byte) {
	e.ctx = ctx
	e.now = at.UnixMilli() * int64(time.Millisecond)
	e.rand = rand.NewChaCha8(seed)
}

// end detaches the instance from its request.
func (e *guestEnv) end() { e.ctx = context.Background() }

func (e *guestEnv) walltime() (int64, int32) {
	return e.now / int64(time.Second), int32(e.now % int64(time.Second))
}

func (e *guestEnv) nanotime() int64 { return e.now }

// nanosleep waits for ns, or until the request must stop, in which case the
// guest is not resumed at all. The clocks advance by ns either way.
func (e *guestEnv) nanosleep(ns int64) {
	if ns > 0 {
		t := time.NewTimer(time.Duration(ns))
		select {
		case <-t.C:
		case <-e.ctx.Done():
			t.Stop()
		}
		e.now += ns
	}
	if e.ctx.Err() != nil {
		panic(errInterrupted)
	}
}

// Read is random_get.
func (e *guestEnv) Read(p []byte) (int, error) { return e.rand.Read(p) }
