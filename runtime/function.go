package runtime

import (
	"bytes"
	"context"
	crand "crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"
	"github.com/tetratelabs/wazero/sys"
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
type Function struct {
	cfg      Config
	metrics  *metrics
	log      *slog.Logger
	lease    string
	level    Level
	abi      ABI
	digest   string
	size     int
	loadedAt time.Time
	memLimit uint64 // bytes of linear memory an instance may reach

	rt       wazero.Runtime
	compiled wazero.CompiledModule

	slots   chan struct{}  // one token per executing request
	waiting atomic.Int64   // requests queued for a slot
	pool    chan *instance // warm reactor instances, at most one per slot

	served, failed atomic.Uint64
	closeOnce      sync.Once
}

// instance is a live module instance and the memory it was given.
type instance struct {
	mod    api.Module
	handle api.Function // defaas_v1_handle, looked up once: each lookup allocates a call stack
	mem    *limitedMemory
	log    *instanceLog // a reactor's stdout and stderr, pointed at the current request's log
}

func (i *instance) close(ctx context.Context) { _ = i.mod.Close(ctx) }

// Load validates wasm against level and prepares it to serve the lease:
// size ≤ ImageMB, declared memory ≤ MemoryMB, valid WebAssembly importing
// nothing but WASI preview 1 and defaas_v1, and either a CGI (_start) or a
// defaas_v1 reactor entry point. A reactor is initialized once here, so a
// module that cannot start is refused at upload rather than on first use.
// Refusals are *Error with status 413 or 422.
func (e *Engine) Load(ctx context.Context, lease string, level Level, wasm []byte) (*Function, error) {
	fn, err := e.load(ctx, lease, level, wasm)
	outcome := "ok"
	if err != nil {
		_, outcome = StatusOf(err)
	}
	e.metrics.uploads.WithLabelValues(outcome).Inc()
	return fn, err
}

func (e *Engine) load(ctx context.Context, lease string, level Level, wasm []byte) (*Function, error) {
	if err := checkStatic(level, wasm); err != nil {
		return nil, err
	}
	pages := level.memoryPages()
	// limitedMemory enforces the level's exact cap and remembers that the
	// function hit it (507 rather than a plain crash). For it to see a grow
	// past the cap, wazero's own limit must sit above the cap: at four times
	// it, a backstop that also holds should an instance ever be created
	// without limitedMemory. (Declared limits were checked against the exact
	// cap above.)
	rc := wazero.NewRuntimeConfigCompiler().
		WithMemoryLimitPages(uint32(min(4*uint64(pages), 65536))).
		WithCloseOnContextDone(true)
	if e.cache != nil {
		rc = rc.WithCompilationCache(e.cache)
	}
	rt := wazero.NewRuntimeWithConfig(ctx, rc)
	f := &Function{
		cfg:      e.cfg,
		metrics:  e.metrics,
		log:      e.cfg.Logger.With("lease", lease),
		lease:    lease,
		level:    level,
		size:     len(wasm),
		loadedAt: time.Now(),
		memLimit: uint64(pages) << 16,
		rt:       rt,
		slots:    make(chan struct{}, level.Cores()),
		pool:     make(chan *instance, level.Cores()),
	}
	sum := sha256.Sum256(wasm)
	f.digest = hex.EncodeToString(sum[:])
	if err := f.prepare(ctx, wasm); err != nil {
		_ = rt.Close(ctx)
		return nil, err
	}
	return f, nil
}

func (f *Function) prepare(ctx context.Context, wasm []byte) error {
	if _, err := wasi_snapshot_preview1.Instantiate(ctx, f.rt); err != nil {
		return fmt.Errorf("instantiate WASI: %w", err)
	}
	if err := instantiateHostModule(ctx, f.rt); err != nil {
		return fmt.Errorf("instantiate %s: %w", hostModuleName, err)
	}
	compiled, err := f.rt.CompileModule(ctx, wasm)
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
	if abi == ABIReactor {
		ictx, cancel := context.WithTimeout(ctx, f.cfg.Timeout)
		defer cancel()
		logw := newLogWriter(f.log, f.cfg.MaxStderrBytes)
		inst, err := f.newReactorInstance(ictx, logw)
		logw.Flush()
		if err != nil {
			return &Error{Status: http.StatusUnprocessableEntity, Reason: ReasonInitFailed, Err: firstLine(err)}
		}
		f.pool <- inst
	}
	return nil
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

// moduleConfig gives an instance real clocks and randomness and nothing else
// of the host: no preopened directory, so no file system, and no socket.
func (f *Function) moduleConfig(stdin io.Reader, stdout, stderr io.Writer) wazero.ModuleConfig {
	mc := wazero.NewModuleConfig().
		WithName("").
		WithArgs("function").
		WithSysWalltime().
		WithSysNanotime().
		WithSysNanosleep().
		WithRandSource(crand.Reader).
		WithStdout(stdout).
		WithStderr(stderr)
	if stdin != nil {
		mc = mc.WithStdin(stdin)
	}
	if f.abi == ABIReactor {
		mc = mc.WithStartFunctions("_initialize")
	}
	return mc
}

// instantiate creates an instance whose memory is capped at the level. For a
// CGI command this runs the whole request; an exit code 0 is success.
func (f *Function) instantiate(ctx context.Context, mc wazero.ModuleConfig) (*instance, error) {
	mem := &limitedMemory{limit: f.memLimit}
	ctx = experimental.WithMemoryAllocator(ctx, experimental.MemoryAllocatorFunc(
		func(capacity, _ uint64) experimental.LinearMemory {
			mem.buf = make([]byte, 0, min(capacity, mem.limit))
			return mem
		}))
	f.metrics.instances.WithLabelValues(f.abi.String()).Inc()
	mod, err := f.rt.InstantiateModule(ctx, f.compiled, mc)
	return &instance{mod: mod, mem: mem}, err
}

// newReactorInstance creates and initializes a warm instance; what it prints
// while initializing goes to logw.
func (f *Function) newReactorInstance(ctx context.Context, logw io.Writer) (*instance, error) {
	il := &instanceLog{w: logw}
	inst, err := f.instantiate(ctx, f.moduleConfig(nil, il, il))
	inst.log = il
	il.w = nil
	if err != nil {
		return inst, err
	}
	inst.handle = inst.mod.ExportedFunction(reactorExport)
	return inst, nil
}

// limitedMemory backs an instance's linear memory and refuses to grow past
// the level's cap, remembering that it did.
type limitedMemory struct {
	buf     []byte
	limit   uint64
	refused atomic.Bool
}

func (m *limitedMemory) Reallocate(size uint64) []byte {
	if size > m.limit {
		m.refused.Store(true)
		return nil
	}
	if size <= uint64(cap(m.buf)) {
		m.buf = m.buf[:size]
		return m.buf
	}
	// Grow like append, but never beyond the cap.
	c := min(max(size, 2*uint64(cap(m.buf))), m.limit)
	nb := make([]byte, size, c)
	copy(nb, m.buf)
	m.buf = nb
	return nb
}

func (m *limitedMemory) Free() { m.buf = nil }

// Lease is the lease this function serves.
func (f *Function) Lease() string { return f.lease }

// ABI is the calling convention the module speaks.
func (f *Function) ABI() ABI { return f.abi }

// Digest is the hex SHA-256 of the module.
func (f *Function) Digest() string { return f.digest }

// Level is the level the function runs at.
func (f *Function) Level() Level { return f.level }

// FunctionStatus describes a loaded function.
type FunctionStatus struct {
	ABI       string    `json:"abi"`
	SHA256    string    `json:"sha256"`
	Size      int       `json:"size"`
	LoadedAt  time.Time `json:"loadedAt"`
	Slots     int       `json:"slots"`
	Running   int       `json:"running"`
	Waiting   int64     `json:"waiting"`
	Warm      int       `json:"warm"`
	Served    uint64    `json:"served"`
	Failed    uint64    `json:"failed"`
	MemoryMB  uint32    `json:"memoryMB"`
	TimeoutMS int64     `json:"timeoutMs"`
}

// Status reports the function's state and counters.
func (f *Function) Status() FunctionStatus {
	return FunctionStatus{
		ABI:       f.abi.String(),
		SHA256:    f.digest,
		Size:      f.size,
		LoadedAt:  f.loadedAt,
		Slots:     cap(f.slots),
		Running:   len(f.slots),
		Waiting:   f.waiting.Load(),
		Warm:      len(f.pool),
		Served:    f.served.Load(),
		Failed:    f.failed.Load(),
		MemoryMB:  f.level.MemoryMB,
		TimeoutMS: f.cfg.Timeout.Milliseconds(),
	}
}

// Close stops every instance of the function and frees its runtime. Requests
// still executing fail.
func (f *Function) Close(ctx context.Context) error {
	var err error
	f.closeOnce.Do(func() { err = f.rt.Close(ctx) })
	return err
}

// ServeHTTP runs the function on r. r.URL.Path is the path the function sees
// (PATH_INFO); Server strips the /v1/leases/{id}/invoke prefix before calling
// it. Failures of the runtime are answered with WriteError; a response the
// function made is passed on as it is, minus any DeFaaS-Error header it tried
// to forge.
func (f *Function) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	res, err := f.Invoke(r)
	abi := f.abi.String()
	f.metrics.duration.WithLabelValues(abi).Observe(time.Since(start).Seconds())
	if err != nil {
		f.failed.Add(1)
		status, reason := StatusOf(err)
		f.metrics.invocations.WithLabelValues(abi, reason).Inc()
		level := slog.LevelInfo
		switch reason {
		case ReasonQueueFull, ReasonQueueTimeout, ReasonCanceled:
			// Load, not a fault of the function: a flood must not flood
			// the log too. The metrics count them.
			level = slog.LevelDebug
		}
		f.log.Log(r.Context(), level, "invocation failed", "status", status, "reason", reason, "err", err)
		WriteError(w, err)
		return
	}
	f.served.Add(1)
	f.metrics.invocations.WithLabelValues(abi, "ok").Inc()
	res.Write(w)
}

// Response is a function's parsed response.
type Response struct {
	Status int
	Header http.Header
	Body   []byte
}

// Write sends the response.
func (res *Response) Write(w http.ResponseWriter) {
	h := w.Header()
	for k, v := range res.Header {
		h[k] = v
	}
	h.Set("Content-Length", fmt.Sprint(len(res.Body)))
	w.WriteHeader(res.Status)
	_, _ = w.Write(res.Body)
}

// Invoke runs the function on r and returns its response, or an *Error saying
// why there is none.
func (f *Function) Invoke(r *http.Request) (*Response, error) {
	release, err := f.acquire(r.Context())
	if err != nil {
		return nil, err
	}
	defer release()

	body, length, err := f.requestBody(r)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(r.Context(), f.cfg.Timeout)
	defer cancel()
	out := &boundedBuffer{limit: f.cfg.MaxOutputBytes, cancel: cancel}
	logw := newLogWriter(f.log, f.cfg.MaxStderrBytes)
	defer logw.Flush()
	env := cgiEnv(r, f.lease, length)

	var inst *instance
	switch f.abi {
	case ABICGI:
		inst, err = f.runCGI(ctx, env, body, out, logw)
	default:
		inst, err = f.runReactor(ctx, env, body, out, logw)
	}
	if err != nil {
		return nil, f.classify(ctx, r.Context(), inst, out, err)
	}
	if out.overflow {
		return nil, newError(http.StatusBadGateway, ReasonOutputTooLarge, "response exceeds %d bytes", f.cfg.MaxOutputBytes)
	}
	res, err := parseCGIResponse(out.Bytes())
	if err != nil {
		return nil, &Error{Status: http.StatusBadGateway, Reason: ReasonMalformedResponse, Err: err}
	}
	return res, nil
}

// classify turns a failed execution into the runtime's answer. The order
// matters: a function cut off for writing too much or running too long is
// closed by the runtime, which surfaces as an exit error too.
func (f *Function) classify(ctx, reqCtx context.Context, inst *instance, out *boundedBuffer, err error) error {
	switch {
	case out.overflow:
		return newError(http.StatusBadGateway, ReasonOutputTooLarge, "response exceeds %d bytes", f.cfg.MaxOutputBytes)
	case reqCtx.Err() != nil:
		return &Error{Status: http.StatusServiceUnavailable, Reason: ReasonCanceled, Err: reqCtx.Err()}
	case errors.Is(ctx.Err(), context.DeadlineExceeded):
		return newError(http.StatusGatewayTimeout, ReasonTimeout, "no response within %s", f.cfg.Timeout)
	case inst != nil && inst.mem.refused.Load():
		return newError(http.StatusInsufficientStorage, ReasonMemoryLimit, "linear memory capped at %d MiB by the level", f.level.MemoryMB)
	}
	var exit *sys.ExitError
	if errors.As(err, &exit) {
		return newError(http.StatusBadGateway, ReasonCrashed, "exited with code %d", exit.ExitCode())
	}
	return &Error{Status: http.StatusBadGateway, Reason: ReasonCrashed, Err: firstLine(err)}
}

// firstLine keeps the trap message and drops wazero's wasm stack trace, which
// would only leak the module's internals into responses.
func firstLine(err error) error {
	msg := err.Error()
	if i := bytes.IndexByte([]byte(msg), '\n'); i >= 0 {
		msg = msg[:i]
	}
	return errors.New(msg)
}

// acquire waits for an execution slot: at most Cores requests of a lease
// execute at once, at most QueueDepth wait, and none waits longer than the
// timeout.
func (f *Function) acquire(ctx context.Context) (func(), error) {
	release := func() { <-f.slots }
	select {
	case f.slots <- struct{}{}:
		return release, nil
	default:
	}
	if f.waiting.Add(1) > int64(f.cfg.QueueDepth) {
		f.waiting.Add(-1)
		return nil, newError(http.StatusServiceUnavailable, ReasonQueueFull, "%d requests executing and %d queued", cap(f.slots), f.cfg.QueueDepth)
	}
	defer f.waiting.Add(-1)
	t := time.NewTimer(f.cfg.Timeout)
	defer t.Stop()
	select {
	case f.slots <- struct{}{}:
		return release, nil
	case <-t.C:
		return nil, newError(http.StatusServiceUnavailable, ReasonQueueTimeout, "no free slot within %s", f.cfg.Timeout)
	case <-ctx.Done():
		return nil, &Error{Status: http.StatusServiceUnavailable, Reason: ReasonCanceled, Err: ctx.Err()}
	}
}

// requestBody returns the body and its length. A body of unknown length is
// read into memory (bounded), because CGI needs CONTENT_LENGTH up front; this
// happens only once a slot is held, so queued requests hold no bodies.
func (f *Function) requestBody(r *http.Request) (io.Reader, int64, error) {
	if r.Body == nil || r.Body == http.NoBody || r.ContentLength == 0 {
		return bytes.NewReader(nil), 0, nil
	}
	if r.ContentLength > f.cfg.MaxBodyBytes {
		return nil, 0, newError(http.StatusRequestEntityTooLarge, ReasonBodyTooLarge, "body is %d bytes, the limit is %d", r.ContentLength, f.cfg.MaxBodyBytes)
	}
	if r.ContentLength > 0 {
		return io.LimitReader(r.Body, r.ContentLength), r.ContentLength, nil
	}
	b, err := io.ReadAll(io.LimitReader(r.Body, f.cfg.MaxBodyBytes+1))
	if err != nil {
		return nil, 0, &Error{Status: http.StatusBadRequest, Reason: ReasonBadRequest, Err: fmt.Errorf("read body: %w", err)}
	}
	if int64(len(b)) > f.cfg.MaxBodyBytes {
		return nil, 0, newError(http.StatusRequestEntityTooLarge, ReasonBodyTooLarge, "body exceeds %d bytes", f.cfg.MaxBodyBytes)
	}
	return bytes.NewReader(b), int64(len(b)), nil
}

// runCGI runs a fresh instance of a command on one request.
func (f *Function) runCGI(ctx context.Context, env []string, body io.Reader, out, stderr io.Writer) (*instance, error) {
	mc := f.moduleConfig(body, out, stderr)
	for _, kv := range env {
		k, v, _ := cutEnv(kv)
		mc = mc.WithEnv(k, v)
	}
	inst, err := f.instantiate(ctx, mc)
	if err == nil && inst.mod != nil {
		_ = inst.mod.Close(ctx)
	}
	return inst, err
}

// runReactor hands one request to a warm instance, creating one if none is
// idle. Only an instance that returned normally goes back to the pool: one
// that trapped, timed out, overflowed or exited is discarded.
func (f *Function) runReactor(ctx context.Context, env []string, body io.Reader, out *boundedBuffer, logw *logWriter) (*instance, error) {
	var inst *instance
	select {
	case inst = <-f.pool:
	default:
		var err error
		inst, err = f.newReactorInstance(ctx, logw)
		if err != nil {
			return inst, fmt.Errorf("initialize instance: %w", err)
		}
	}
	c := &call{env: encodeEnv(env), body: body, out: out}
	inst.log.w = logw
	_, err := inst.handle.Call(withCall(ctx, c))
	inst.log.w = nil
	if err != nil || out.overflow || ctx.Err() != nil || inst.mod.IsClosed() {
		inst.close(context.Background())
		return inst, err
	}
	select {
	case f.pool <- inst:
	default:
		inst.close(context.Background())
	}
	return inst, nil
}
