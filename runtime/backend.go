package runtime

import (
	"context"
	"errors"
	"net/http"
	"runtime"
	"sync"

	"github.com/defaas/defaas/api"
)

// Backend runs leases' functions. Server and the provider depend on it alone:
// InProcess runs them in this process; a computing pool can run them on
// workers elsewhere. Every method is a request and a response of plain data,
// with bodies bounded by the Config, so that an implementation across a
// process or network boundary is natural.
type Backend interface {
	// Load validates wasm under level and makes it the lease's function,
	// replacing the one it had; requests already running on that one finish
	// on it. Refusals are *Error (413, 422).
	Load(ctx context.Context, lease api.LeaseID, level Level, wasm []byte) (FunctionStatus, error)
	// Invoke runs req on the lease's function: ErrNotLoaded, before reading
	// anything of req, when the lease has none; otherwise the function's
	// response, or an *Error saying why there is none. A req with a Time
	// re-runs a request as it was admitted then (SPEC §5.1).
	Invoke(ctx context.Context, lease api.LeaseID, req *Request) (*Response, error)
	// Status reports the lease's function, ErrNotLoaded when it has none.
	Status(ctx context.Context, lease api.LeaseID) (FunctionStatus, error)
	// Unload drops the lease's function; requests running on it finish.
	Unload(ctx context.Context, lease api.LeaseID) error
	// Capacity reports what the backend has and what its functions use.
	Capacity(ctx context.Context) (Capacity, error)
	// Close unloads every function.
	Close(ctx context.Context) error
}

// ErrNotLoaded is a lease without a loaded function.
var ErrNotLoaded = &Error{Status: http.StatusNotFound, Reason: ReasonNoFunction, Detail: "no function loaded for the lease"}

// Capacity is what a Backend has and what its functions use.
type Capacity struct {
	// Cores is how many CPUs run the functions.
	Cores int `json:"cores"`
	// Leases is how many functions are loaded.
	Leases int `json:"leases"`
	// Slots is how many requests the loaded functions may run at once, one
	// per core of each lease's level; Running of them are.
	Slots   int `json:"slots"`
	Running int `json:"running"`
	// Waiting is how many requests wait for a slot.
	Waiting int64 `json:"waiting"`
	// MemoryMB is the most linear memory the loaded functions may hold: each
	// lease's memory cap times its slots.
	MemoryMB uint64 `json:"memoryMB"`
}

// InProcess is the Backend that runs functions in this process, each lease
// in its own wazero runtime (see Engine and Function).
type InProcess struct {
	engine *Engine

	mu     sync.RWMutex
	leases map[api.LeaseID]*loaded
}

var _ Backend = (*InProcess)(nil)

// NewInProcess returns a Backend running functions on engine. Closing it
// leaves the engine open.
func NewInProcess(engine *Engine) *InProcess {
	return &InProcess{engine: engine, leases: map[api.LeaseID]*loaded{}}
}

// loaded is a Function with a count of the requests using it, so that a
// replaced module is closed only once its last request is done.
type loaded struct {
	fn      *Function
	mu      sync.Mutex
	refs    int
	retired bool
}

func (l *loaded) acquire() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.retired {
		return false
	}
	l.refs++
	return true
}

func (l *loaded) release() {
	l.mu.Lock()
	l.refs--
	closeNow := l.retired && l.refs == 0
	l.mu.Unlock()
	if closeNow {
		_ = l.fn.Close(context.Background())
	}
}

func (l *loaded) retire() {
	l.mu.Lock()
	l.retired = true
	closeNow := l.refs == 0
	l.mu.Unlock()
	if closeNow {
		_ = l.fn.Close(context.Background())
	}
}

// current returns the lease's function, acquired; release it when done.
func (b *InProcess) current(lease api.LeaseID) *loaded {
	b.mu.RLock()
	defer b.mu.RUnlock()
	if l := b.leases[lease]; l != nil && l.acquire() {
		return l
	}
	return nil
}

// Load implements Backend.
func (b *InProcess) Load(ctx context.Context, lease api.LeaseID, level Level, wasm []byte) (FunctionStatus, error) {
	fn, err := b.engine.Load(ctx, lease, level, wasm)
	if err != nil {
		return FunctionStatus{}, err
	}
	b.mu.Lock()
	old := b.leases[lease]
	b.leases[lease] = &loaded{fn: fn}
	b.mu.Unlock()
	if old != nil {
		old.retire()
	}
	return fn.Status(), nil
}

// Invoke implements Backend.
func (b *InProcess) Invoke(ctx context.Context, lease api.LeaseID, req *Request) (*Response, error) {
	l := b.current(lease)
	if l == nil {
		return nil, ErrNotLoaded
	}
	defer l.release()
	return l.fn.Do(ctx, req)
}

// Function returns the lease's loaded function, for callers in this process
// that want it directly, and a func to call when done with it.
func (b *InProcess) Function(lease api.LeaseID) (*Function, func(), error) {
	l := b.current(lease)
	if l == nil {
		return nil, nil, ErrNotLoaded
	}
	return l.fn, l.release, nil
}

// Status implements Backend.
func (b *InProcess) Status(_ context.Context, lease api.LeaseID) (FunctionStatus, error) {
	l := b.current(lease)
	if l == nil {
		return FunctionStatus{}, ErrNotLoaded
	}
	defer l.release()
	return l.fn.Status(), nil
}

// Unload implements Backend.
func (b *InProcess) Unload(_ context.Context, lease api.LeaseID) error {
	b.mu.Lock()
	l := b.leases[lease]
	delete(b.leases, lease)
	b.mu.Unlock()
	if l != nil {
		l.retire()
	}
	return nil
}

// Capacity implements Backend.
func (b *InProcess) Capacity(context.Context) (Capacity, error) {
	c := Capacity{Cores: runtime.NumCPU()}
	b.mu.RLock()
	defer b.mu.RUnlock()
	for _, l := range b.leases {
		st := l.fn.Status()
		c.Leases++
		c.Slots += st.Slots
		c.Running += st.Running
		c.Waiting += st.Waiting
		c.MemoryMB += uint64(st.MemoryMB) * uint64(st.Slots)
	}
	return c, nil
}

// Close implements Backend.
func (b *InProcess) Close(context.Context) error {
	b.mu.Lock()
	leases := b.leases
	b.leases = map[api.LeaseID]*loaded{}
	b.mu.Unlock()
	for _, l := range leases {
		l.retire()
	}
	return nil
}

// errorsIsNotLoaded reports whether err says the lease has no function.
func errorsIsNotLoaded(err error) bool {
	var e *Error
	return errors.Is(err, ErrNotLoaded) || (errors.As(err, &e) && e.Reason == ReasonNoFunction)
}
