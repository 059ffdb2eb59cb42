// Package runtime runs customers' WebAssembly functions for a DeFaaS provider,
// each under the limits of the FaaS level its lease was bought at (SPEC §5.1):
// module size, linear memory, concurrent executions, a wall-clock limit per
// request, bounded output, and no file system or network.
//
// A function is a WASI preview 1 module speaking one of two ABIs:
//
//   - CGI (RFC 3875), the portable one: a command whose _start reads the
//     request body on stdin, the CGI variables in its environment, and writes
//     a CGI response on stdout. Each request gets a fresh instance.
//   - defaas_v1, the fast one: a reactor (exports _initialize) that also
//     exports defaas_v1_handle. Instances are kept warm and serve requests of
//     their lease one after another; see package runtime/sdk.
//
// Each lease gets its own wazero runtime, so two leases share no instance,
// memory or host state; only compiled code is shared, through the on-disk
// compilation cache. Modules are rewritten at upload so that the runtime can
// stop them cheaply at any moment, and every request runs from the state a
// reactor had right after its initialization, with clocks and randomness
// that are a function of the request: a witness re-running a request gets
// what the provider got (SPEC §5.1; see RATIONALE.md).
//
// Engine loads modules, Function serves one lease's module (Function.Do,
// also for re-runs at a given DeFaaS-Time), Backend is the seam the provider
// depends on (InProcess runs functions in this process), and Server is the
// provider's HTTP API in front of a Backend (SPEC §5.2).
package runtime

import (
	"context"
	"fmt"
	"log/slog"
	"runtime/debug"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/tetratelabs/wazero"

	"github.com/defaas/defaas/runtime/internal/instrument"
)

// Config tunes an Engine. The zero value of each field picks the default
// documented on it.
type Config struct {
	// CacheDir keeps compiled modules on disk across leases and restarts, so
	// only the first upload of a given module pays for compilation. Empty
	// means no compilation cache.
	CacheDir string
	// Timeout is the wall-clock limit of one request, and also the longest a
	// request waits in the queue for a slot. Default 10 s.
	Timeout time.Duration
	// QueueDepth is how many requests of one lease may wait for a slot beyond
	// those executing; more are refused with 503. Default 64.
	QueueDepth int
	// MaxOutputBytes bounds a response (CGI stdout or defaas_v1 output).
	// Default 16 MiB.
	MaxOutputBytes int64
	// MaxStderrBytes bounds what one request may log on stderr. Default 64 KiB.
	MaxStderrBytes int64
	// MaxBodyBytes bounds a request body. Default DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// Logger receives the functions' stderr and the runtime's own events.
	// Default slog.Default().
	Logger *slog.Logger
	// Registerer, if set, receives the runtime's Prometheus metrics
	// (defaas_runtime_*).
	Registerer prometheus.Registerer
}

// DefaultMaxBodyBytes is the largest request body a runtime takes unless configured: 32 MiB.
const DefaultMaxBodyBytes = 32 << 20

func (c Config) withDefaults() Config {
	if c.Timeout <= 0 {
		c.Timeout = 10 * time.Second
	}
	if c.QueueDepth <= 0 {
		c.QueueDepth = 64
	}
	if c.MaxOutputBytes <= 0 {
		c.MaxOutputBytes = 16 << 20
	}
	if c.MaxStderrBytes <= 0 {
		c.MaxStderrBytes = 64 << 10
	}
	if c.MaxBodyBytes <= 0 {
		c.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	return c
}

// Engine compiles and validates modules and creates the per-lease Functions.
// It is safe for concurrent use.
type Engine struct {
	cfg     Config
	cache   wazero.CompilationCache
	metrics *metrics

	release     *memoryRelease // shared with the engines WithTimeout makes
	wazeroCheck bool           // benchmarks only: wazero's termination check too
}

// releaseInterval bounds how often releaseMemory collects.
const releaseInterval = 2 * time.Second

// memoryRelease schedules releaseMemory's collections: at most one every releaseInterval, and
// always one after the last request that asked for it, however soon after the one before it
// came (a throttle that dropped it would leave the memory grown until Go's scavenger returns it,
// minutes later on an idle provider).
type memoryRelease struct {
	pending atomic.Bool  // a collection is scheduled and has not started
	last    atomic.Int64 // unix nanoseconds the last collection started
}

// releaseMemory returns the host memory a failed request may have grown
// (wazero's machine stack of a deep recursion, which lives in Go's heap, up
// to tens of megabytes) to the kernel soon rather than when Go's collector and
// scavenger get to it: a full collection in the background, at most once per
// releaseInterval however many requests fail, and never less than once after the
// last of them. An instance's linear memory needs none of this: it is unmapped
// when the instance is closed.
func (e *Engine) releaseMemory() {
	r := e.release
	if !r.pending.CompareAndSwap(false, true) {
		return // the scheduled collection starts after this request's failure: it covers it
	}
	wait := time.Duration(r.last.Load() + int64(releaseInterval) - time.Now().UnixNano())
	time.AfterFunc(max(wait, 0), func() {
		// Cleared before collecting: a failure from now on schedules the next one.
		r.pending.Store(false)
		r.last.Store(time.Now().UnixNano())
		debug.FreeOSMemory()
	})
}

// New returns an Engine. Close it to release the compilation cache.
func New(cfg Config) (*Engine, error) {
	cfg = cfg.withDefaults()
	m, err := newMetrics(cfg.Registerer)
	if err != nil {
		return nil, err
	}
	e := &Engine{cfg: cfg, metrics: m, release: new(memoryRelease)}
	if cfg.CacheDir != "" {
		c, err := wazero.NewCompilationCacheWithDir(cfg.CacheDir)
		if err != nil {
			return nil, fmt.Errorf("open compilation cache %s: %w", cfg.CacheDir, err)
		}
		e.cache = c
	}
	return e, nil
}

// Config returns the engine's configuration with defaults filled in.
func (e *Engine) Config() Config { return e.cfg }

// WithTimeout is the engine with another request time limit and the same compilation cache,
// metrics and everything else: for a process that runs functions under time limits others
// give it (a pool's worker is sent each lease's with its placement). Close the engine it came
// from, not this one.
func (e *Engine) WithTimeout(d time.Duration) *Engine {
	cfg := e.cfg
	cfg.Timeout = d
	return &Engine{cfg: cfg.withDefaults(), cache: e.cache, metrics: e.metrics, release: e.release, wazeroCheck: e.wazeroCheck}
}

// Close releases the compilation cache. Functions must be closed first.
func (e *Engine) Close(ctx context.Context) error {
	if e.cache != nil {
		return e.cache.Close(ctx)
	}
	return nil
}

// Precompile compiles wasm as Load would, into the compilation cache, without
// loading it for a lease: a later Load of the same module, in this process or
// another on the same cache, skips the compiler.
func (e *Engine) Precompile(ctx context.Context, wasm []byte) error {
	m, err := instrument.Rewrite(wasm)
	if err != nil {
		return err
	}
	rt := wazero.NewRuntimeWithConfig(ctx, e.runtimeConfig())
	defer rt.Close(ctx)
	if _, err := compile(ctx, rt, m.Wasm); err != nil {
		return err
	}
	return nil
}
