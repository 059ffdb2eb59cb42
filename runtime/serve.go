package runtime

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"time"

	"github.com/tetratelabs/wazero/sys"

	"github.com/defaas/defaas/runtime/internal/instrument"
)

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
