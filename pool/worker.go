package pool

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/daemon"
	"github.com/defaas/defaas/runtime"
)

// WorkerOptions are what a worker needs besides its configuration.
type WorkerOptions struct {
	// Logger defaults to slog.Default().
	Logger *slog.Logger
	// Registry receives the metrics served on /metrics; default daemon.NewRegistry().
	Registry *prometheus.Registry
}

// Worker is a compute node of a pool: it serves the leases the gateway places on it with
// runtime.InProcess backends, one per request time limit the gateway sends with its placements
// (the deployment's requestTimeout, SPEC §6: in practice one).
type Worker struct {
	cfg    WorkerConfig
	log    *slog.Logger
	subj   Subjects
	boot   string
	nc     *nats.Conn
	js     jetstream.JetStream
	engine *runtime.Engine // the compilation cache and the metrics of every backend
	m      *workerMetrics
	reg    *prometheus.Registry
	ln     net.Listener

	ctx    context.Context // ends when the worker closes: running invocations stop
	cancel context.CancelFunc

	mu       sync.Mutex
	modules  jetstream.ObjectStore
	backends map[time.Duration]*runtime.InProcess // by request time limit
	leases   map[api.LeaseID]*served
	locks    map[api.LeaseID]*sync.Mutex
	beat     chan struct{}

	served atomic.Uint64
	life   daemon.Life
}

// served is a lease the worker serves.
type served struct {
	sha     string
	level   runtime.Level
	timeout time.Duration
	backend *runtime.InProcess // the backend of its time limit
	sub     *nats.Subscription
}

// NewWorker joins the pool: it connects with the worker's credential and subscribes to its
// control subjects. A NATS that cannot be reached, a credential refused, and a provider whose
// subjects the credential does not open are errors that say so.
func NewWorker(cfg WorkerConfig, o WorkerOptions) (*Worker, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("worker config: %w", err)
	}
	addr, _ := parseAddress(cfg.Provider)
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Registry == nil {
		o.Registry = daemon.NewRegistry()
	}
	var b [8]byte
	rand.Read(b[:])
	w := &Worker{cfg: cfg, log: o.Logger.With("worker", cfg.Name), subj: NewSubjects(addr), boot: hex.EncodeToString(b[:]),
		reg: o.Registry, backends: map[time.Duration]*runtime.InProcess{}, leases: map[api.LeaseID]*served{}, locks: map[api.LeaseID]*sync.Mutex{}, beat: make(chan struct{}, 1)}
	w.ctx, w.cancel = context.WithCancel(context.Background())
	var err error
	if w.m, err = newWorkerMetrics(o.Registry, w); err != nil {
		return nil, err
	}
	cache := cfg.WasmCacheDir
	if cache == "" && cfg.DataDir != "" {
		cache = filepath.Join(cfg.DataDir, "wasm-cache")
	}
	// The engine's own time limit is never used: each lease runs under the one its placement
	// carries (WithTimeout).
	if w.engine, err = runtime.New(runtime.Config{CacheDir: cache,
		Logger: o.Logger.With("component", "runtime"), Registerer: o.Registry}); err != nil {
		return nil, fmt.Errorf("function runtime: %w", err)
	}
	fail := func(err error) (*Worker, error) {
		w.Close()
		return nil, err
	}
	opts, err := credentials(cfg.User, cfg.Token, cfg.NkeySeedFile, cfg.CredsFile)
	if err != nil {
		return fail(err)
	}
	opts = append(opts, nats.Name("defaas-worker "+cfg.Name), nats.CustomInboxPrefix(w.subj.Inbox()),
		nats.MaxReconnects(-1), nats.ReconnectWait(250*time.Millisecond),
		nats.ErrorHandler(func(_ *nats.Conn, _ *nats.Subscription, err error) { w.log.Warn("NATS", "err", err) }),
		nats.DisconnectErrHandler(func(_ *nats.Conn, err error) { w.log.Warn("lost the pool's NATS; reconnecting", "err", err) }),
		nats.ReconnectHandler(func(nc *nats.Conn) {
			w.log.Info("the pool's NATS is back", "url", nc.ConnectedUrl())
			w.heartbeatSoon()
		}))
	if w.nc, err = nats.Connect(cfg.NATS, opts...); err != nil {
		return fail(connectError("worker", cfg.NATS, err))
	}
	if w.js, err = jetstream.New(w.nc); err != nil {
		return fail(err)
	}
	if _, err := w.nc.Subscribe(w.subj.WorkerAll(cfg.Name), w.onControl); err != nil {
		return fail(err)
	}
	if err := w.nc.Flush(); err != nil {
		return fail(err)
	}
	// A subscription the server forbids is refused asynchronously; the flush above waited for
	// the server to have read it, and the refusal comes before the flush's answer.
	if err := w.nc.LastError(); errors.Is(err, nats.ErrPermissionViolation) {
		return fail(fmt.Errorf("worker: the NATS server does not let this credential serve provider %s (%v): is provider the address of the pool's provider, and the credential one it issued?", addr, err))
	}
	if cfg.Listen != "" {
		if w.ln, err = net.Listen("tcp", cfg.Listen); err != nil {
			return fail(fmt.Errorf("listen on %s: %w", cfg.Listen, err))
		}
	}
	return w, nil
}

// Addr is where /healthz and /metrics are served, "" when nowhere.
func (w *Worker) Addr() string {
	if w.ln == nil {
		return ""
	}
	return w.ln.Addr().String()
}

// Run heartbeats and serves /healthz and /metrics until ctx ends or Close is called. The
// leases are served from NATS subscriptions meanwhile.
func (w *Worker) Run(ctx context.Context) error {
	ctx, end, ok, err := w.life.Start(ctx)
	if !ok {
		return err
	}
	defer end()
	if w.ln != nil {
		mux := http.NewServeMux()
		daemon.Ops(mux, w.reg, func() error {
			if !w.nc.IsConnected() {
				return errors.New("the pool's NATS is unreachable")
			}
			return nil
		})
		srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
		go srv.Serve(w.ln)
		defer srv.Close()
	}
	w.log.Info("worker joined the pool", "nats", w.nc.ConnectedUrl(), "provider", w.cfg.Provider,
		"cpu_milli", w.cfg.CPUMilli, "memory_mb", w.cfg.MemoryMB)
	t := time.NewTicker(w.cfg.Heartbeat)
	defer t.Stop()
	for {
		w.heartbeat()
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		case <-w.beat:
		}
	}
}

// heartbeatSoon asks Run for a heartbeat now: after a load, an unload, a reconnection.
func (w *Worker) heartbeatSoon() {
	select {
	case w.beat <- struct{}{}:
	default:
	}
}

func (w *Worker) heartbeat() {
	hb := Heartbeat{Worker: w.cfg.Name, Boot: w.boot, CPUMilli: w.cfg.CPUMilli, MemoryMB: w.cfg.MemoryMB, Leases: map[string]string{}}
	w.mu.Lock()
	for id, s := range w.leases {
		hb.Leases[id.String()] = s.sha
	}
	w.mu.Unlock()
	c := w.capacity()
	hb.Slots, hb.Running, hb.Waiting = c.Slots, c.Running, c.Waiting
	hb.Served = w.served.Load()
	b, _ := json.Marshal(hb)
	if err := w.nc.Publish(w.subj.Heartbeat(), b); err != nil {
		w.log.Debug("heartbeat not sent", "err", err)
	}
}

// capacity sums the backends' capacity.
func (w *Worker) capacity() runtime.Capacity {
	w.mu.Lock()
	backends := make([]*runtime.InProcess, 0, len(w.backends))
	for _, b := range w.backends {
		backends = append(backends, b)
	}
	w.mu.Unlock()
	var sum runtime.Capacity
	for _, b := range backends {
		c, err := b.Capacity(w.ctx)
		if err != nil {
			continue
		}
		sum.Cores = c.Cores
		sum.Leases += c.Leases
		sum.Slots += c.Slots
		sum.Running += c.Running
		sum.Waiting += c.Waiting
		sum.MemoryMB += c.MemoryMB
	}
	return sum
}

// backend is the backend of a request time limit, made at its first lease.
func (w *Worker) backend(timeout time.Duration) *runtime.InProcess {
	w.mu.Lock()
	defer w.mu.Unlock()
	b := w.backends[timeout]
	if b == nil {
		b = runtime.NewInProcess(w.engine.WithTimeout(timeout))
		w.backends[timeout] = b
	}
	return b
}

// servedBy is the lease's entry, nil when the worker does not serve it.
func (w *Worker) servedBy(id api.LeaseID) *served {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.leases[id]
}

func (w *Worker) leaseCount() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return len(w.leases)
}

func (w *Worker) lock(id api.LeaseID) *sync.Mutex {
	w.mu.Lock()
	defer w.mu.Unlock()
	l := w.locks[id]
	if l == nil {
		l = new(sync.Mutex)
		w.locks[id] = l
	}
	return l
}

func (w *Worker) onControl(msg *nats.Msg) {
	op := msg.Subject[strings.LastIndexByte(msg.Subject, '.')+1:]
	// Loads take seconds (a fetch and a compilation): each request runs on its own, so that
	// one lease's load does not hold up another's, or a status.
	go func() {
		var reply controlReply
		var err error
		switch op {
		case "load":
			var req loadRequest
			if err = json.Unmarshal(msg.Data, &req); err == nil {
				var st runtime.FunctionStatus
				st, err = w.load(req)
				reply.Status = &st
			}
		case "unload":
			var req leaseRequest
			if err = json.Unmarshal(msg.Data, &req); err == nil {
				w.unload(req.Lease)
			}
		case "status":
			var req leaseRequest
			if err = json.Unmarshal(msg.Data, &req); err == nil {
				var st runtime.FunctionStatus
				err = runtime.ErrNotLoaded
				if s := w.servedBy(req.Lease); s != nil {
					st, err = s.backend.Status(w.ctx, req.Lease)
				}
				reply.Status = &st
			}
		default:
			err = fmt.Errorf("unknown operation %q", op)
		}
		if err != nil {
			reply = controlReply{Error: toWire(err)}
		}
		b, _ := json.Marshal(reply)
		if err := msg.Respond(b); err != nil {
			w.log.Debug("control reply not sent", "op", op, "err", err)
		}
	}()
}

// load makes the worker serve a lease with the module of the given hash: fetched from the
// pool's module store, checked against the hash, loaded under the lease's level and the
// request time limit of the placement, and then subscribed to, so that no invocation reaches
// a worker that cannot run it.
func (w *Worker) load(req loadRequest) (runtime.FunctionStatus, error) {
	if req.TimeoutMS <= 0 {
		w.m.loads.WithLabelValues("bad-request").Inc()
		return runtime.FunctionStatus{}, &runtime.Error{Status: http.StatusBadRequest, Reason: runtime.ReasonBadRequest,
			Detail: fmt.Sprintf("the placement of lease %s carries no request time limit: the provider's gateway is older than this worker; upgrade it", req.Lease)}
	}
	timeout := time.Duration(req.TimeoutMS) * time.Millisecond
	l := w.lock(req.Lease)
	l.Lock()
	defer l.Unlock()
	w.mu.Lock()
	cur := w.leases[req.Lease]
	var held runtime.Level
	for id, s := range w.leases {
		if id != req.Lease {
			held.CPUMilli += s.level.CPUMilli
			held.MemoryMB += s.level.MemoryMB
		}
	}
	w.mu.Unlock()
	if cur != nil && cur.sha == req.SHA256 && cur.timeout == timeout {
		w.m.loads.WithLabelValues("same").Inc()
		return cur.backend.Status(w.ctx, req.Lease)
	}
	if held.CPUMilli+req.Level.CPUMilli > w.cfg.CPUMilli || held.MemoryMB+req.Level.MemoryMB > w.cfg.MemoryMB {
		w.m.loads.WithLabelValues("no-capacity").Inc()
		return runtime.FunctionStatus{}, &runtime.Error{Status: http.StatusServiceUnavailable, Reason: runtime.ReasonQueueFull,
			Detail: fmt.Sprintf("worker %s has no room for lease %s", w.cfg.Name, req.Lease)}
	}
	wasm, err := w.fetch(req.SHA256)
	if err != nil {
		w.m.loads.WithLabelValues("fetch").Inc()
		return runtime.FunctionStatus{}, err
	}
	backend := w.backend(timeout)
	st, err := backend.Load(w.ctx, req.Lease, req.Level, wasm)
	if err != nil {
		_, cause := runtime.StatusOf(err)
		w.m.loads.WithLabelValues(cause).Inc()
		return st, err
	}
	var old *runtime.InProcess // the backend of the lease's previous time limit
	if cur == nil {
		sub, err := w.nc.QueueSubscribe(w.subj.Lease(req.Lease), QueueGroup, w.onInvoke(req.Lease))
		if err != nil {
			_ = backend.Unload(w.ctx, req.Lease)
			return runtime.FunctionStatus{}, unavailable("subscribe to lease %s: %v", req.Lease, err)
		}
		sub.SetPendingLimits(-1, -1)
		cur = &served{sub: sub}
	} else if cur.backend != backend {
		old = cur.backend
	}
	w.mu.Lock()
	next := &served{sha: req.SHA256, level: req.Level, timeout: timeout, backend: backend, sub: cur.sub}
	w.leases[req.Lease] = next
	w.mu.Unlock()
	if old != nil {
		_ = old.Unload(w.ctx, req.Lease) // requests running there finish there
	}
	if err := w.nc.Flush(); err != nil {
		w.log.Warn("flush the subscription of a lease", "lease", req.Lease, "err", err)
	}
	w.m.loads.WithLabelValues("ok").Inc()
	w.log.Info("serving a lease", "lease", req.Lease, "sha256", req.SHA256, "abi", st.ABI, "request_timeout", timeout)
	w.heartbeatSoon()
	return st, nil
}

// fetch reads a module from the pool's store and checks its bytes against its name, the
// sha256 the gateway computed: a module altered in the store is refused, never run.
func (w *Worker) fetch(digest string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(w.ctx, time.Minute)
	defer cancel()
	w.mu.Lock()
	store := w.modules
	w.mu.Unlock()
	if store == nil {
		s, err := w.js.ObjectStore(ctx, w.subj.Modules())
		if err != nil {
			return nil, unavailable("the pool's module store: %v", err)
		}
		w.mu.Lock()
		w.modules, store = s, s
		w.mu.Unlock()
	}
	wasm, err := store.GetBytes(ctx, digest)
	if err != nil {
		return nil, unavailable("fetch module %s from the pool: %v", digest, err)
	}
	sum := sha256.Sum256(wasm)
	if got := hex.EncodeToString(sum[:]); got != digest {
		return nil, &runtime.Error{Status: http.StatusInternalServerError, Reason: runtime.ReasonInternal,
			Detail: fmt.Sprintf("module %s in the pool's store hashes to %s: refused", digest, got)}
	}
	return wasm, nil
}

func (w *Worker) unload(id api.LeaseID) {
	l := w.lock(id)
	l.Lock()
	defer l.Unlock()
	w.mu.Lock()
	s := w.leases[id]
	delete(w.leases, id)
	w.mu.Unlock()
	if s == nil {
		return
	}
	_ = s.sub.Unsubscribe()
	_ = s.backend.Unload(w.ctx, id)
	w.log.Info("dropped a lease", "lease", id)
	w.heartbeatSoon()
}

// onInvoke serves the lease's invocations, each on its own goroutine: the runtime bounds how
// many run and wait.
func (w *Worker) onInvoke(id api.LeaseID) nats.MsgHandler {
	return func(msg *nats.Msg) {
		go func() {
			req, err := decodeRequest(msg.Data)
			var res *runtime.Response
			if err == nil {
				if s := w.servedBy(id); s != nil {
					res, err = s.backend.Invoke(w.ctx, id, req)
				} else {
					err = runtime.ErrNotLoaded
				}
			} else {
				err = &runtime.Error{Status: http.StatusBadRequest, Reason: runtime.ReasonBadRequest, Err: err}
			}
			data, err := encodeResponse(res, err)
			if err != nil {
				data, _ = encodeResponse(nil, err)
			}
			w.m.invocations.Inc()
			w.served.Add(1)
			if err := msg.Respond(data); err != nil {
				w.log.Debug("reply not sent", "lease", id, "err", err)
			}
		}()
	}
}

// Close leaves the pool: the subscriptions end (the gateway moves the leases once the
// heartbeats stop), running invocations are stopped, the runtime is released.
func (w *Worker) Close() error {
	w.life.Stop()
	if w.nc != nil {
		w.nc.Close()
	}
	if w.ln != nil {
		w.ln.Close()
	}
	w.cancel()
	w.mu.Lock()
	backends := w.backends
	w.backends = map[time.Duration]*runtime.InProcess{}
	w.mu.Unlock()
	for _, b := range backends {
		b.Close(context.Background())
	}
	if w.engine != nil {
		w.engine.Close(context.Background())
	}
	return nil
}
