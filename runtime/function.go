package runtime

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"sync"
	"sync/atomic"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"
	"github.com/tetratelabs/wazero/sys"

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

// moduleConfig gives an instance the clocks, sleep and randomness of env
// (determinism.go) and nothing else of the host: no preopened directory, so
// no file system, and no socket. No start function runs at instantiation:
// the runtime calls _start or _initialize itself, under its interrupt.
func (f *Function) moduleConfig(env *guestEnv, vars []string, stdin io.Reader, stdout, stderr io.Writer) wazero.ModuleConfig {
	mc := wazero.NewModuleConfig().
		WithName("").
		WithArgs("function").
		WithStartFunctions().
		WithWalltime(env.walltime, 1).
		WithNanotime(env.nanotime, 1).
		WithNanosleep(env.nanosleep).
		WithOsyield(func() {}).
		WithRandSource(env).
		WithStdout(stdout).
		WithStderr(stderr)
	if stdin != nil {
		mc = mc.WithStdin(stdin)
	}
	for _, kv := range vars {
		k, v, _ := cutEnv(kv)
		mc = mc.WithEnv(k, v)
	}
	return mc
}

// instantiate creates an instance whose memory is capped at the level and
// starts as img (nil: as the module's data segments say). It runs nothing
// of the module.
func (f *Function) instantiate(ctx context.Context, mc wazero.ModuleConfig, env *guestEnv, img *memoryImage) (*instance, error) {
	mem, err := newLinearMemory(f.memLimit, img)
	if err != nil {
		return nil, err
	}
	inst := &instance{mem: mem, env: env}
	used := false
	ctx = experimental.WithMemoryAllocator(ctx, experimental.MemoryAllocatorFunc(
		func(_, _ uint64) experimental.LinearMemory {
			used = true
			return mem
		}))
	f.metrics.instances.WithLabelValues(f.abi.String()).Inc()
	mod, err := f.rt.InstantiateModule(ctx, f.compiled, mc)
	if err != nil {
		if !used {
			mem.Free()
		}
		return nil, err
	}
	inst.mod = mod
	inst.interrupt = mod.ExportedGlobal(instrument.InterruptExport).(api.MutableGlobal)
	inst.depth = mod.ExportedGlobal(instrument.DepthExport).(api.MutableGlobal)
	for _, name := range f.globals {
		inst.globals = append(inst.globals, mod.ExportedGlobal(name).(api.MutableGlobal))
	}
	return inst, nil
}

// initializedInstance creates a reactor instance and runs its _initialize,
// with the clocks at initTime and random_get keyed by the module's hash, so
// that initialization is the same wherever it runs.
func (f *Function) initializedInstance(ctx context.Context, logw io.Writer) (*instance, error) {
	env := &guestEnv{}
	env.begin(ctx, initTime, f.digest)
	il := &instanceLog{w: logw}
	inst, err := f.instantiate(ctx, f.moduleConfig(env, nil, nil, il, il), env, nil)
	if err != nil {
		return nil, err
	}
	inst.log = il
	_, err = f.call(ctx, inst, inst.mod.ExportedFunction("_initialize"))
	il.w = nil
	env.end()
	if err != nil {
		inst.close()
		if ctx.Err() != nil {
			return nil, fmt.Errorf("_initialize did not return within %s", f.cfg.Timeout)
		}
		return nil, firstLine(err)
	}
	inst.handle = inst.mod.ExportedFunction(reactorExport)
	return inst, nil
}

// takeSnapshot keeps inst's memory and globals as the state every request
// starts from.
func (f *Function) takeSnapshot(inst *instance) error {
	b, ok := inst.mod.Memory().Read(0, inst.mod.Memory().Size())
	if !ok {
		return errors.New("read the instance's memory")
	}
	img, err := newMemoryImage(b)
	if err != nil {
		return err
	}
	f.image = img
	f.imageGlobals = make([]uint64, len(inst.globals))
	for i, g := range inst.globals {
		f.imageGlobals[i] = g.Get()
	}
	return nil
}

// instanceFromSnapshot creates a reactor instance in the snapshot's state,
// without running any of its code.
func (f *Function) instanceFromSnapshot(ctx context.Context) (*instance, error) {
	env := &guestEnv{ctx: context.Background()}
	il := &instanceLog{}
	inst, err := f.instantiate(ctx, f.moduleConfig(env, nil, nil, il, il), env, f.image)
	if err != nil {
		return nil, err
	}
	inst.log = il
	inst.handle = inst.mod.ExportedFunction(reactorExport)
	mem := inst.mod.Memory()
	if want := uint32(f.image.size >> 16); mem.Size()>>16 < want {
		if _, ok := mem.Grow(want - mem.Size()>>16); !ok {
			inst.close()
			return nil, errors.New("grow memory to the snapshot's size")
		}
	}
	// Instantiating wrote the data segments over the snapshot: drop those
	// pages, so that resets after requests copy back only what requests
	// write.
	if err := inst.mem.drop(); err != nil {
		inst.close()
		return nil, fmt.Errorf("reset memory: %w", err)
	}
	if err := f.restore(inst); err != nil {
		inst.close()
		return nil, err
	}
	return inst, nil
}

// restore puts inst back into the snapshot's state: memory (the data
// segments written at instantiation, or what a request wrote), globals, and
// the interrupt flag.
func (f *Function) restore(inst *instance) error {
	if inst.mem.size != f.image.size {
		return fmt.Errorf("memory is %d bytes, the snapshot %d", inst.mem.size, f.image.size)
	}
	if err := inst.mem.reset(); err != nil {
		return fmt.Errorf("reset memory: %w", err)
	}
	for i, g := range inst.globals {
		g.Set(f.imageGlobals[i])
	}
	inst.interrupt.Set(0)
	inst.depth.Set(0)
	return nil
}

// call runs fn on inst until it returns or ctx ends. When ctx ends, the
// interrupt global stops the guest at its next function entry or loop head,
// and a guest waiting in the host (a sleep) is woken and not resumed. It
// reports whether the guest was interrupted; an interrupted instance must not
// be reused.
func (f *Function) call(ctx context.Context, inst *instance, fn api.Function) (interrupted bool, err error) {
	fired := make(chan struct{})
	stop := context.AfterFunc(ctx, func() {
		inst.interrupt.Set(1)
		close(fired)
	})
	_, err = fn.Call(ctx)
	if !stop() {
		<-fired
		interrupted = true
	}
	return interrupted, err
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

// Close stops every instance of the function and frees its runtime once the
// last running request has returned; those requests fail.
func (f *Function) Close(ctx context.Context) error {
	f.mu.Lock()
	if f.closed {
		f.mu.Unlock()
		return nil
	}
	f.closed = true
	for _, cancel := range f.busy {
		cancel()
	}
	idle := len(f.busy) == 0
	f.mu.Unlock()
	f.drainPool()
	if idle {
		f.finish()
	}
	return nil
}

func (f *Function) drainPool() {
	for {
		select {
		case inst := <-f.pool:
			inst.close()
		default:
			return
		}
	}
}

// finish frees the runtime, once no instance runs.
func (f *Function) finish() {
	_ = f.rt.Close(context.Background())
	if f.image != nil {
		f.image.close()
	}
}

// begin registers a running instance; false when the function is closed.
func (f *Function) begin(inst *instance, cancel context.CancelFunc) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.closed {
		return false
	}
	f.busy[inst] = cancel
	return true
}

// done unregisters a running instance and reports whether it may go back to
// the pool; the last instance of a closed function frees the runtime.
func (f *Function) done(inst *instance) (open bool) {
	f.mu.Lock()
	delete(f.busy, inst)
	open = !f.closed
	last := f.closed && len(f.busy) == 0
	f.mu.Unlock()
	if last {
		f.drainPool()
		f.finish()
	}
	return open
}

// ServeHTTP runs the function on r. r.URL is what the function sees (Server
// strips the /v1/leases/{id}/invoke prefix before calling it). Failures of
// the runtime are answered with WriteError; a response the function made is
// passed on as it is, minus any DeFaaS-Error or DeFaaS-Time header it tried
// to forge.
func (f *Function) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	res, err := f.Do(r.Context(), NewRequest(r))
	if err != nil {
		WriteError(w, err)
		return
	}
	res.Write(w)
}

// Do runs the function on req and returns its response, or an *Error saying
// why there is none. A request with a Time runs as if admitted then: the
// function sees the same clocks and random stream as it did then, which is
// how a witness re-runs a request (SPEC §5.4).
func (f *Function) Do(ctx context.Context, req *Request) (*Response, error) {
	start := time.Now()
	res, err := f.do(ctx, req)
	abi := f.abi.String()
	f.metrics.duration.WithLabelValues(abi).Observe(time.Since(start).Seconds())
	if err != nil {
		f.failed.Add(1)
		status, reason := StatusOf(err)
		f.metrics.invocations.WithLabelValues(abi, reason).Inc()
		level := slog.LevelInfo
		switch reason {
		case ReasonQueueFull, ReasonQueueTimeout, ReasonCanceled, ReasonThrottled:
			// Load, not a fault of the function: a flood must not flood
			// the log too. The metrics count them.
			level = slog.LevelDebug
		}
		f.log.Log(ctx, level, "invocation failed", "status", status, "reason", reason, "err", err)
		return nil, err
	}
	f.served.Add(1)
	f.metrics.invocations.WithLabelValues(abi, "ok").Inc()
	return res, nil
}

func (f *Function) do(reqCtx context.Context, req *Request) (*Response, error) {
	u, err := url.ParseRequestURI(req.URI)
	if err != nil || u.Scheme != "" || u.Host != "" {
		return nil, newError(http.StatusBadRequest, ReasonBadRequest, "request URI %q is not a path and query", truncate(req.URI, 80))
	}
	if req.ContentLength > f.cfg.MaxBodyBytes {
		return nil, newError(http.StatusRequestEntityTooLarge, ReasonBodyTooLarge, "body is %d bytes, the limit is %d", req.ContentLength, f.cfg.MaxBodyBytes)
	}
	release, err := f.admit.acquire(reqCtx, req.Caller, f.cfg.Timeout)
	if err != nil {
		return nil, err
	}
	defer release()

	body, err := f.readBody(req)
	if err != nil {
		return nil, err
	}
	at := req.Time
	if at.IsZero() {
		at = time.Now()
	}
	at = time.UnixMilli(at.UnixMilli())
	seed := RandomSeed(f.lease, at, req.Method, req.URI, sha256.Sum256(body))

	ctx, cancel := context.WithTimeout(reqCtx, f.cfg.Timeout)
	defer cancel()
	out := &boundedBuffer{limit: f.cfg.MaxOutputBytes, cancel: cancel}
	logw := newLogWriter(f.log, f.cfg.MaxStderrBytes)
	defer logw.Flush()
	vars := cgiEnv(req, u, f.lease, int64(len(body)), at)

	var inst *instance
	switch f.abi {
	case ABICGI:
		inst, err = f.runCGI(ctx, cancel, at, seed, vars, body, out, logw)
	default:
		inst, err = f.runReactor(ctx, cancel, at, seed, vars, body, out, logw)
	}
	if err != nil || out.overflow {
		e := f.classify(ctx, reqCtx, inst, out, err)
		e.Time = at
		f.engine.releaseMemory()
		return nil, e
	}
	res, err := parseCGIResponse(out.Bytes())
	if err != nil {
		return nil, &Error{Status: http.StatusBadGateway, Reason: ReasonMalformedResponse, Err: err, Time: at}
	}
	res.Time = at
	return res, nil
}

// classify turns a failed execution into the runtime's answer. The order
// matters: a function cut off for writing too much or running too long is
// stopped by the runtime, which surfaces as a trap too.
func (f *Function) classify(ctx, reqCtx context.Context, inst *instance, out *boundedBuffer, err error) *Error {
	switch {
	case out.overflow:
		return newError(http.StatusBadGateway, ReasonOutputTooLarge, "response exceeds %d bytes", f.cfg.MaxOutputBytes)
	case errors.Is(err, errClosed):
		return newError(http.StatusServiceUnavailable, ReasonCanceled, "the function was replaced or unloaded")
	case reqCtx.Err() != nil:
		return &Error{Status: http.StatusServiceUnavailable, Reason: ReasonCanceled, Err: reqCtx.Err()}
	case errors.Is(ctx.Err(), context.DeadlineExceeded):
		return newError(http.StatusGatewayTimeout, ReasonTimeout, "no response within %s", f.cfg.Timeout)
	case ctx.Err() != nil:
		return newError(http.StatusServiceUnavailable, ReasonCanceled, "the function was replaced or unloaded")
	case inst != nil && inst.mem.refused.Load():
		return newError(http.StatusInsufficientStorage, ReasonMemoryLimit, "linear memory capped at %d MiB by the level", f.level.MemoryMB)
	case inst != nil && inst.mod != nil && inst.depth.Get() > instrument.MaxDepth:
		return newError(http.StatusBadGateway, ReasonCrashed, "stack overflow: calls nested deeper than %d", instrument.MaxDepth)
	}
	var exit *sys.ExitError
	if errors.As(err, &exit) {
		return newError(http.StatusBadGateway, ReasonCrashed, "exited with code %d", exit.ExitCode())
	}
	return &Error{Status: http.StatusBadGateway, Reason: ReasonCrashed, Err: firstLine(err)}
}

// errClosed is a request that met a closed function.
var errClosed = errors.New("function closed")

// firstLine keeps the trap message and drops wazero's wasm stack trace, which
// would only leak the module's internals into responses.
func firstLine(err error) error {
	msg := err.Error()
	if i := bytes.IndexByte([]byte(msg), '\n'); i >= 0 {
		msg = msg[:i]
	}
	return errors.New(msg)
}

// readBody reads the whole body (bounded): its hash keys the request's random
// stream, and CGI needs CONTENT_LENGTH up front. It happens only once a slot
// is held, so queued requests hold no bodies.
func (f *Function) readBody(req *Request) ([]byte, error) {
	if req.Body == nil || req.ContentLength == 0 {
		return nil, nil
	}
	limit := f.cfg.MaxBodyBytes
	if req.ContentLength > 0 {
		limit = req.ContentLength
	}
	b, err := io.ReadAll(io.LimitReader(req.Body, limit+1))
	if err != nil {
		return nil, &Error{Status: http.StatusBadRequest, Reason: ReasonBadRequest, Err: fmt.Errorf("read body: %w", err)}
	}
	switch {
	case int64(len(b)) > f.cfg.MaxBodyBytes:
		return nil, newError(http.StatusRequestEntityTooLarge, ReasonBodyTooLarge, "body exceeds %d bytes", f.cfg.MaxBodyBytes)
	case req.ContentLength > 0 && int64(len(b)) != req.ContentLength:
		return nil, newError(http.StatusBadRequest, ReasonBadRequest, "body is not the %d bytes announced", req.ContentLength)
	}
	return b, nil
}

// runCGI runs a fresh instance of a command on one request.
func (f *Function) runCGI(ctx context.Context, cancel context.CancelFunc, at time.Time, seed [32]byte, vars []string, body []byte, out, stderr io.Writer) (*instance, error) {
	env := &guestEnv{}
	env.begin(ctx, at, seed)
	inst, err := f.instantiate(ctx, f.moduleConfig(env, vars, bytes.NewReader(body), out, stderr), env, nil)
	if err != nil {
		return nil, err
	}
	defer inst.close()
	if !f.begin(inst, cancel) {
		return inst, errClosed
	}
	defer f.done(inst)
	_, err = f.call(ctx, inst, inst.mod.ExportedFunction("_start"))
	var exit *sys.ExitError
	if errors.As(err, &exit) && exit.ExitCode() == 0 {
		err = nil
	}
	return inst, err
}

// runReactor hands one request to an instance in the snapshot's state,
// taking an idle one or creating one. Afterwards the instance is reset and
// kept, unless it failed, was interrupted, or grew its memory (wazero cannot
// shrink it back): then it is discarded and the next request gets a new one.
func (f *Function) runReactor(ctx context.Context, cancel context.CancelFunc, at time.Time, seed [32]byte, vars []string, body []byte, out *boundedBuffer, logw *logWriter) (*instance, error) {
	var inst *instance
	select {
	case inst = <-f.pool:
	default:
		var err error
		if f.image != nil {
			inst, err = f.instanceFromSnapshot(ctx)
		} else {
			inst, err = f.initializedInstance(ctx, logw)
		}
		if err != nil {
			return nil, fmt.Errorf("create an instance: %w", err)
		}
	}
	if !f.begin(inst, cancel) {
		inst.close()
		return nil, errClosed
	}
	c := &call{env: encodeEnv(vars), body: bytes.NewReader(body), out: out}
	inst.env.begin(ctx, at, seed)
	inst.log.w = logw
	interrupted, err := f.call(withCall(ctx, c), inst, inst.handle)
	inst.log.w = nil
	inst.env.end()
	open := f.done(inst)
	keep := open && err == nil && !interrupted && !out.overflow && f.image != nil && inst.mem.size == f.image.size
	if keep {
		keep = f.restore(inst) == nil
	}
	if keep {
		select {
		case f.pool <- inst:
			return inst, err
		default:
		}
	}
	inst.close()
	return inst, err
}
