package runtime

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"

	wire "github.com/defaas/defaas/api"
	"github.com/defaas/defaas/runtime/internal/instrument"
)

// ABI is the calling convention a module speaks.
type ABI int

const (
	// ABICGI is a WASI command run once per request, CGI-style (RFC 3875).
	ABICGI ABI = iota + 1
	// ABIReactor is a WASI reactor exporting defaas_v1_handle, kept warm
	// between requests (package runtime/sdk).
	ABIReactor
)

func (a ABI) String() string {
	switch a {
	case ABICGI:
		return "cgi"
	case ABIReactor:
		return "defaas_v1"
	}
	return fmt.Sprintf("ABI(%d)", int(a))
}

const (
	reactorExport = "defaas_v1_handle"
	wasiModule    = wasi_snapshot_preview1.ModuleName
)

// Function is one lease's loaded module, ready to serve requests within the
// lease's level. It is safe for concurrent use.
//
// The module runs as rewritten by package runtime/internal/instrument: the
// runtime stops an instance by setting its interrupt global, which the
// instance tests at every function entry and loop head, instead of wazero's
// own check (a call into the host at every loop head, which made Go guests
// four times slower). A reactor is initialized once, at load; its memory and
// globals right after initialization are the function's snapshot, and every
// request runs in an instance in exactly that state: warm instances are
// reset after each request (see RATIONALE.md).
type Function struct {
	engine   *Engine
	cfg      Config
	metrics  *metrics
	log      *slog.Logger
	lease    wire.LeaseID
	level    Level
	abi      ABI
	digest   [32]byte
	size     int
	loadedAt time.Time
	memLimit uint64 // bytes of linear memory an instance may reach

	rt         wazero.Runtime
	compiled   wazero.CompiledModule
	globals    []string // export names of the module's mutable globals
	resettable bool

	// A reactor's state right after _initialize; nil for a command, and for
	// a reactor whose state is more than memory and globals, each of whose
	// instances is initialized afresh and serves one request.
	image        *memoryImage
	imageGlobals []uint64

	admit *admission     // execution slots and the queue, shared fairly between callers
	pool  chan *instance // idle reactor instances in the snapshot's state, at most one per slot

	mu     sync.Mutex
	busy   map[*instance]context.CancelFunc // running instances, so Close can stop them
	closed bool

	served, failed atomic.Uint64
}

// instance is a live module instance and what it runs with.
type instance struct {
	mod       api.Module
	handle    api.Function // defaas_v1_handle, looked up once: each lookup allocates a call stack
	interrupt api.MutableGlobal
	depth     api.MutableGlobal // the call depth the rewritten module counts
	globals   []api.MutableGlobal
	mem       *linearMemory
	env       *guestEnv
	log       *instanceLog // a reactor's stdout and stderr, pointed at the current request's log
}

// close releases the instance; only the goroutine that ran it may, once its
// call returned, or anyone while it is idle.
func (i *instance) close() {
	if i.mod != nil {
		_ = i.mod.Close(context.Background())
	} else if i.mem != nil {
		i.mem.Free()
	}
}

// Load validates wasm against level and prepares it to serve the lease:
// size ≤ ImageMB, declared memory ≤ MemoryMB, valid WebAssembly importing
// nothing but WASI preview 1 and defaas_v1, and either a CGI (_start) or a
// defaas_v1 reactor entry point. A reactor is initialized once here, so a
// module that cannot start is refused at upload rather than on first use.
// Refusals are *Error with status 413 or 422.
func (e *Engine) Load(ctx context.Context, lease wire.LeaseID, level Level, wasm []byte) (*Function, error) {
	fn, err := e.load(ctx, lease, level, wasm)
	outcome := "ok"
	if err != nil {
		_, outcome = StatusOf(err)
	}
	e.metrics.uploads.WithLabelValues(outcome).Inc()
	return fn, err
}

func (e *Engine) load(ctx context.Context, lease wire.LeaseID, level Level, wasm []byte) (*Function, error) {
	if err := checkStatic(level, wasm); err != nil {
		return nil, err
	}
	rewritten, err := instrument.Rewrite(wasm)
	if err != nil {
		return nil, &Error{Status: http.StatusUnprocessableEntity, Reason: ReasonNotWebAssembly, Err: err}
	}
	if rewritten.Start {
		return nil, newError(http.StatusUnprocessableEntity, ReasonNoEntryPoint,
			"module has a start function; a WASI command exports _start, a reactor _initialize")
	}
	pages := level.memoryPages()
	f := &Function{
		engine:     e,
		cfg:        e.cfg,
		metrics:    e.metrics,
		log:        e.cfg.Logger.With("lease", lease.String()),
		lease:      lease,
		level:      level,
		digest:     sha256.Sum256(wasm),
		size:       len(wasm),
		loadedAt:   time.Now(),
		memLimit:   uint64(pages) << 16,
		rt:         e.runtime(ctx, pages),
		globals:    rewritten.Globals,
		resettable: rewritten.Resettable,
		admit:      newAdmission(level.Cores(), e.cfg.QueueDepth),
		pool:       make(chan *instance, level.Cores()),
		busy:       map[*instance]context.CancelFunc{},
	}
	if err := f.prepare(ctx, rewritten.Wasm); err != nil {
		f.finish()
		return nil, err
	}
	return f, nil
}

// runtime returns a wazero runtime for one lease, on the engine's
// compilation cache.
//
// limitedMemory enforces the level's exact cap and remembers that the
// function hit it (507 rather than a plain crash). For it to see a grow past
// the cap, wazero's own limit must sit above the cap: at four times it, a
// backstop. wazero's termination check is off: the instrumented module
// checks its interrupt global instead.
func (e *Engine) runtime(ctx context.Context, pages uint32) wazero.Runtime {
	return wazero.NewRuntimeWithConfig(ctx, e.runtimeConfig().
		WithMemoryLimitPages(uint32(min(4*uint64(pages), 65536))))
}

func (e *Engine) runtimeConfig() wazero.RuntimeConfig {
	rc := wazero.NewRuntimeConfigCompiler().
		WithCloseOnContextDone(e.wazeroCheck).
		WithDebugInfoEnabled(false)
	if e.cache != nil {
		rc = rc.WithCompilationCache(e.cache)
	}
	return rc
}

func (f *Function) prepare(ctx context.Context, wasm []byte) error {
	if _, err := wasi_snapshot_preview1.Instantiate(ctx, f.rt); err != nil {
		return fmt.Errorf("instantiate WASI: %w", err)
	}
	if err := instantiateHostModule(ctx, f.rt); err != nil {
		return fmt.Errorf("instantiate %s: %w", hostModuleName, err)
	}
	compiled, err := compile(ctx, f.rt, wasm)
	if err != nil {
		return &Error{Status: http.StatusUnprocessableEntity, Reason: ReasonNotWebAssembly, Err: err}
	}
	f.compiled = compiled
	if err := f.checkImports(); err != nil {
		return err
	}
	abi, err := detectABI(compiled)
	if err != nil {
		return err
	}
	f.abi = abi
	if abi != ABIReactor {
		return nil
	}
	ictx, cancel := context.WithTimeout(ctx, f.cfg.Timeout)
	defer cancel()
	logw := newLogWriter(f.log, f.cfg.MaxStderrBytes)
	inst, err := f.initializedInstance(ictx, logw)
	logw.Flush()
	if err != nil {
		return &Error{Status: http.StatusUnprocessableEntity, Reason: ReasonInitFailed, Err: err}
	}
	if !f.resettable {
		f.pool <- inst
		return nil
	}
	if err := f.takeSnapshot(inst); err != nil {
		inst.close()
		return fmt.Errorf("snapshot the initialized instance: %w", err)
	}
	inst.close()
	warm, err := f.instanceFromSnapshot(ctx)
	if err != nil {
		return fmt.Errorf("instance from the snapshot: %w", err)
	}
	f.pool <- warm
	return nil
}

// compile compiles wasm, turning a panic of wazero's decoder (it has some on
// malformed input, found by fuzzing) into an error.
func compile(ctx context.Context, rt wazero.Runtime, wasm []byte) (c wazero.CompiledModule, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("wazero failed on the module: %v", p)
		}
	}()
	return rt.CompileModule(ctx, wasm)
}

// checkImports refuses imports the runtime does not provide, with the exact
// signature, so that a module that could never be instantiated is refused at
// upload.
func (f *Function) checkImports() error {
	if n := len(f.compiled.ImportedMemories()); n > 0 {
		return newError(http.StatusUnprocessableEntity, ReasonUnsupportedImport, "module imports a memory; it must define and export its own")
	}
	for _, def := range f.compiled.ImportedFunctions() {
		modName, name, _ := def.Import()
		if modName != wasiModule && modName != hostModuleName {
			return newError(http.StatusUnprocessableEntity, ReasonUnsupportedImport,
				"imports %s.%s; only %s and %s are provided", modName, name, wasiModule, hostModuleName)
		}
		want, ok := f.rt.Module(modName).ExportedFunctionDefinitions()[name]
		if !ok {
			return newError(http.StatusUnprocessableEntity, ReasonUnsupportedImport, "imports unknown function %s.%s", modName, name)
		}
		if !sameTypes(def.ParamTypes(), want.ParamTypes()) || !sameTypes(def.ResultTypes(), want.ResultTypes()) {
			return newError(http.StatusUnprocessableEntity, ReasonUnsupportedImport, "imports %s.%s with the wrong signature", modName, name)
		}
	}
	return nil
}

func sameTypes(a, b []api.ValueType) bool { return bytes.Equal(a, b) }

func detectABI(c wazero.CompiledModule) (ABI, error) {
	if _, ok := c.ExportedMemories()["memory"]; !ok {
		return 0, newError(http.StatusUnprocessableEntity, ReasonNoEntryPoint, "module does not export its memory as \"memory\"")
	}
	exports := c.ExportedFunctions()
	noArgs := func(name string) bool {
		d, ok := exports[name]
		return ok && len(d.ParamTypes()) == 0 && len(d.ResultTypes()) == 0
	}
	switch {
	case noArgs(reactorExport) && noArgs("_initialize"):
		return ABIReactor, nil
	case noArgs("_start"):
		return ABICGI, nil
	case noArgs(reactorExport):
		return 0, newError(http.StatusUnprocessableEntity, ReasonNoEntryPoint, "exports %s but not _initialize: build with -buildmode=c-shared", reactorExport)
	}
	return 0, newError(http.StatusUnprocessableEntity, ReasonNoEntryPoint,
		"module exports neither _start (a WASI command, for CGI) nor _initialize and %s (a defaas_v1 reactor)", reactorExport)
}

// Lease is the lease this function serves.
func (f *Function) Lease() wire.LeaseID { return f.lease }

// ABI is the calling convention the module speaks.
func (f *Function) ABI() ABI { return f.abi }

// Digest is the hex SHA-256 of the module.
func (f *Function) Digest() string { return hex.EncodeToString(f.digest[:]) }

// Level is the level the function runs at.
func (f *Function) Level() Level { return f.level }

// FunctionStatus describes a loaded function: api.FunctionStatus, the wire's.
type FunctionStatus = wire.FunctionStatus

// Status reports the function's state and counters.
func (f *Function) Status() FunctionStatus {
	running, waiting := f.admit.load()
	return FunctionStatus{
		ABI:       f.abi.String(),
		SHA256:    f.Digest(),
		Size:      f.size,
		LoadedAt:  f.loadedAt,
		Slots:     f.admit.slots,
		Running:   running,
		Waiting:   int64(waiting),
		Warm:      len(f.pool),
		Served:    f.served.Load(),
		Failed:    f.failed.Load(),
		MemoryMB:  f.level.MemoryMB,
		TimeoutMS: f.cfg.Timeout.Milliseconds(),
	}
}
