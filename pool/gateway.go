package pool

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/runtime"
)

// GatewayOptions are what a gateway needs besides its [pool] section.
type GatewayOptions struct {
	// Provider is the provider's account: it names the pool's subjects.
	Provider api.Address
	// DataDir keeps the embedded server's streams (DataDir/nats).
	DataDir string
	// FunctionTimeout is the limit of one invocation, the deployment's requestTimeout (SPEC
	// §6): sent with every placement, the workers run the lease under it, and an invocation
	// waits for its worker at most twice that (a queue and a run) and a few seconds more.
	// Default 10 s.
	FunctionTimeout time.Duration
	// MaxBodyBytes bounds a request body, as the runtime does. Default 32 MiB.
	MaxBodyBytes int64
	Logger       *slog.Logger
	// Registerer, if set, receives the pool's metrics (defaas_pool_*).
	Registerer prometheus.Registerer
}

// Gateway is the provider's side of a pool: the scheduler that places leases on workers and
// moves them when a worker goes silent, and the runtime.Backend that forwards the provider's
// invocations to them over NATS.
type Gateway struct {
	cfg     Config
	log     *slog.Logger
	subj    Subjects
	server  *Server // nil with a NATS cluster given by URL
	nc      *nats.Conn
	kv      jetstream.KeyValue
	modules jetstream.ObjectStore
	m       *gatewayMetrics
	started time.Time

	fnTimeout  time.Duration // sent to the workers with each placement
	reqTimeout time.Duration
	maxBody    int64

	mu         sync.Mutex
	workers    map[string]*workerView
	placements map[api.LeaseID]*Placement
	ready      map[api.LeaseID]chan struct{} // closed when a worker reports the lease loaded
	leaseLocks map[api.LeaseID]*sync.Mutex
	warned     map[api.LeaseID]bool // a lease that could not be re-placed, logged once

	stop chan struct{}
	done chan struct{}
}

var _ runtime.Backend = (*Gateway)(nil)

// workerView is what the gateway knows of a worker: its last heartbeat and when it came.
type workerView struct {
	hb   Heartbeat
	seen time.Time
}

// Placement is where a lease runs, as kept durably in the pool's key-value bucket.
type Placement struct {
	Lease   api.LeaseID   `json:"lease,string"`
	SHA256  string        `json:"sha256"`
	Level   runtime.Level `json:"level"`
	Workers []string      `json:"workers"`
	// Moves counts the lease's re-placements.
	Moves int `json:"moves"`
}

func (p *Placement) has(worker string) bool {
	for _, w := range p.Workers {
		if w == worker {
			return true
		}
	}
	return false
}

// NewGateway connects to the pool's NATS — the embedded server, started here, or the cluster
// at cfg.URL — makes the pool's buckets, reads the placements back, and starts following the
// workers. A NATS that cannot be reached is an error: the provider does not start without its
// pool.
func NewGateway(ctx context.Context, cfg Config, o GatewayOptions) (*Gateway, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if !cfg.Enabled() {
		return nil, errors.New("pool: neither embedded nor url is set")
	}
	cfg = cfg.withDefaults()
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.FunctionTimeout <= 0 {
		o.FunctionTimeout = 10 * time.Second
	}
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = 32 << 20
	}
	g := &Gateway{cfg: cfg, log: o.Logger.With("component", "pool"), subj: NewSubjects(o.Provider),
		fnTimeout: o.FunctionTimeout, reqTimeout: 2*o.FunctionTimeout + 5*time.Second, maxBody: o.MaxBodyBytes,
		workers: map[string]*workerView{}, placements: map[api.LeaseID]*Placement{}, ready: map[api.LeaseID]chan struct{}{},
		leaseLocks: map[api.LeaseID]*sync.Mutex{}, warned: map[api.LeaseID]bool{},
		stop: make(chan struct{}), done: make(chan struct{})}
	var err error
	if g.m, err = newGatewayMetrics(o.Registerer, g); err != nil {
		return nil, err
	}
	fail := func(err error) (*Gateway, error) {
		g.shut()
		return nil, err
	}
	url := cfg.URL
	var opts []nats.Option
	if cfg.Embedded {
		g.server, err = StartServer(ServerConfig{Provider: o.Provider, Listen: cfg.Listen, StoreDir: filepath.Join(o.DataDir, "nats"),
			WorkerToken: cfg.WorkerToken, WorkerNkeys: cfg.WorkerNkeys, Logger: o.Logger})
		if err != nil {
			return nil, err
		}
		url = g.server.URL()
		opts = g.server.connect()
	} else {
		if opts, err = credentials(cfg.User, cfg.Token, cfg.NkeySeedFile, cfg.CredsFile); err != nil {
			return nil, fmt.Errorf("pool: %w", err)
		}
	}
	opts = append(opts, nats.Name("defaas-gateway"), nats.CustomInboxPrefix(g.subj.Inbox()),
		nats.MaxReconnects(-1), nats.ReconnectWait(250*time.Millisecond), nats.ReconnectBufSize(-1),
		nats.DisconnectErrHandler(func(_ *nats.Conn, err error) {
			g.log.Warn("lost the pool's NATS: invocations answer unavailable until it is back", "err", err)
		}),
		nats.ReconnectHandler(func(nc *nats.Conn) { g.log.Info("the pool's NATS is back", "url", nc.ConnectedUrl()) }))
	if g.nc, err = nats.Connect(url, opts...); err != nil {
		return fail(connectError("pool", url, err))
	}
	js, err := jetstream.New(g.nc)
	if err != nil {
		return fail(err)
	}
	if g.kv, err = js.CreateOrUpdateKeyValue(ctx, jetstream.KeyValueConfig{Bucket: g.subj.Placements(),
		Description: "DeFaaS pool: the workers of each lease", Storage: jetstream.FileStorage, Replicas: cfg.StreamReplicas, History: 1}); err != nil {
		return fail(fmt.Errorf("pool: the placements bucket on %s: %w", url, err))
	}
	if g.modules, err = js.CreateOrUpdateObjectStore(ctx, jetstream.ObjectStoreConfig{Bucket: g.subj.Modules(),
		Description: "DeFaaS pool: modules by sha256", Storage: jetstream.FileStorage, Replicas: cfg.StreamReplicas}); err != nil {
		return fail(fmt.Errorf("pool: the module store on %s: %w", url, err))
	}
	if err := g.readPlacements(ctx); err != nil {
		return fail(err)
	}
	if _, err := g.nc.Subscribe(g.subj.Heartbeat(), g.onHeartbeat); err != nil {
		return fail(err)
	}
	if err := g.nc.Flush(); err != nil {
		return fail(err)
	}
	g.started = time.Now()
	go g.loop()
	g.log.Info("pool gateway ready", "nats", url, "embedded", cfg.Embedded, "placements", len(g.placements))
	return g, nil
}

// connectError says what a failed connection means and what to do.
func connectError(who, url string, err error) error {
	switch {
	case errors.Is(err, nats.ErrAuthorization):
		return fmt.Errorf("%s: the NATS server at %s refused the credential (authorization violation): check the token, nkey or creds file", who, url)
	case errors.Is(err, nats.ErrNoServers):
		return fmt.Errorf("%s: cannot reach NATS at %s: start the NATS server or fix the address (%v)", who, url, err)
	}
	return fmt.Errorf("%s: connect to NATS at %s: %w", who, url, err)
}

// URL is where workers connect: the embedded server's address, or the configured cluster.
func (g *Gateway) URL() string {
	if g.server != nil {
		return g.server.URL()
	}
	return g.cfg.URL
}

// Connected reports whether the gateway reaches NATS now.
func (g *Gateway) Connected() bool { return g.nc.IsConnected() }

func (g *Gateway) readPlacements(ctx context.Context) error {
	keys, err := g.kv.ListKeys(ctx)
	if err != nil {
		return fmt.Errorf("pool: read placements: %w", err)
	}
	for k := range keys.Keys() {
		e, err := g.kv.Get(ctx, k)
		if errors.Is(err, jetstream.ErrKeyNotFound) {
			continue
		}
		if err != nil {
			return fmt.Errorf("pool: read placement %s: %w", k, err)
		}
		var p Placement
		if err := json.Unmarshal(e.Value(), &p); err != nil {
			g.log.Warn("unreadable placement; ignored", "key", k, "err", err)
			continue
		}
		g.placements[p.Lease] = &p
	}
	return nil
}

func (g *Gateway) savePlacement(ctx context.Context, p *Placement) error {
	b, err := json.Marshal(p)
	if err != nil {
		return err
	}
	if _, err := g.kv.Put(ctx, p.Lease.String(), b); err != nil {
		return unavailable("record the placement of lease %s: %v", p.Lease, err)
	}
	g.mu.Lock()
	g.placements[p.Lease] = p
	g.mu.Unlock()
	return nil
}

func (g *Gateway) onHeartbeat(msg *nats.Msg) {
	var hb Heartbeat
	if err := json.Unmarshal(msg.Data, &hb); err != nil || CheckWorkerName(hb.Worker) != nil {
		g.log.Warn("malformed heartbeat ignored", "err", err)
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	prev := g.workers[hb.Worker]
	if prev == nil || prev.hb.Boot != hb.Boot {
		g.log.Info("worker joined", "worker", hb.Worker, "cpu_milli", hb.CPUMilli, "memory_mb", hb.MemoryMB, "leases", len(hb.Leases))
	}
	g.workers[hb.Worker] = &workerView{hb: hb, seen: time.Now()}
	for id, sha := range hb.Leases {
		n, err := strconv.ParseUint(id, 10, 64)
		if err != nil {
			continue
		}
		if p := g.placements[api.LeaseID(n)]; p != nil && p.SHA256 == sha && p.has(hb.Worker) {
			g.signalReadyLocked(p.Lease)
		}
	}
}

// alive reports whether a worker was heard from within the timeout. Before the gateway has
// run that long, a worker it has not heard yet is given the benefit of the doubt: after a
// restart of the provider, its workers are still there.
func (g *Gateway) aliveLocked(name string, now time.Time) bool {
	since := g.started
	if w := g.workers[name]; w != nil && w.seen.After(since) {
		since = w.seen
	}
	return now.Sub(since) <= g.cfg.HeartbeatTimeout
}

func (g *Gateway) signalReadyLocked(id api.LeaseID) {
	if ch := g.ready[id]; ch != nil {
		close(ch)
		delete(g.ready, id)
	}
}

func (g *Gateway) readyChan(id api.LeaseID) <-chan struct{} {
	g.mu.Lock()
	defer g.mu.Unlock()
	ch := g.ready[id]
	if ch == nil {
		ch = make(chan struct{})
		g.ready[id] = ch
	}
	return ch
}

// leaseLock serializes the gateway's changes to one lease: loads, re-placements, unloads.
func (g *Gateway) leaseLock(id api.LeaseID) *sync.Mutex {
	g.mu.Lock()
	defer g.mu.Unlock()
	l := g.leaseLocks[id]
	if l == nil {
		l = new(sync.Mutex)
		g.leaseLocks[id] = l
	}
	return l
}

func (g *Gateway) placement(id api.LeaseID) *Placement {
	g.mu.Lock()
	defer g.mu.Unlock()
	if p := g.placements[id]; p != nil {
		cp := *p
		cp.Workers = append([]string(nil), p.Workers...)
		return &cp
	}
	return nil
}

// Placement is where a lease runs now, if it is placed.
func (g *Gateway) Placement(id api.LeaseID) (Placement, bool) {
	if p := g.placement(id); p != nil {
		return *p, true
	}
	return Placement{}, false
}

func unavailable(format string, args ...any) *runtime.Error {
	return &runtime.Error{Status: http.StatusServiceUnavailable, Reason: runtime.ReasonUnavailable, Detail: fmt.Sprintf(format, args...)}
}

// request sends a control request to a worker and decodes its answer.
func (g *Gateway) request(ctx context.Context, worker, op string, body any, timeout time.Duration) (*runtime.FunctionStatus, error) {
	data, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	msg, err := g.nc.RequestWithContext(ctx, g.subj.Worker(worker, op), data)
	if err != nil {
		if errors.Is(err, nats.ErrNoResponders) {
			return nil, unavailable("worker %s is not connected", worker)
		}
		return nil, unavailable("worker %s did not answer %s: %v", worker, op, err)
	}
	var r controlReply
	if err := json.Unmarshal(msg.Data, &r); err != nil {
		return nil, fmt.Errorf("worker %s answered %s with %w", worker, op, err)
	}
	if r.Error != nil {
		return nil, r.Error.err()
	}
	return r.Status, nil
}

// loadOn asks a worker to serve the lease as placed, under the deployment's request time
// limit.
func (g *Gateway) loadOn(ctx context.Context, worker string, p *Placement) (*runtime.FunctionStatus, error) {
	st, err := g.request(ctx, worker, "load", loadRequest{Lease: p.Lease, SHA256: p.SHA256, Level: p.Level,
		TimeoutMS: g.fnTimeout.Milliseconds()}, g.cfg.LoadTimeout)
	if err == nil {
		g.mu.Lock()
		if cur := g.placements[p.Lease]; cur == nil || cur.SHA256 == p.SHA256 {
			g.signalReadyLocked(p.Lease)
		}
		g.mu.Unlock()
	}
	return st, err
}

func (g *Gateway) unloadOn(worker string, id api.LeaseID) {
	if _, err := g.request(context.Background(), worker, "unload", leaseRequest{Lease: id}, 5*time.Second); err != nil {
		g.log.Debug("unload", "worker", worker, "lease", id, "err", err)
	}
}

// refusal reports whether err is the runtime refusing the module itself (413, 422): no
// other worker would take it either.
func refusal(err error) bool {
	var e *runtime.Error
	return errors.As(err, &e) && e.Status >= 400 && e.Status < 500
}

// Load implements runtime.Backend: it stores the module by its hash, loads it on the lease's
// workers — those it has, or new ones with free capacity — and records the placement once a
// worker serves it. A module the runtime refuses is refused as it would be in process, and
// the lease keeps its function.
func (g *Gateway) Load(ctx context.Context, lease api.LeaseID, level runtime.Level, wasm []byte) (runtime.FunctionStatus, error) {
	l := g.leaseLock(lease)
	l.Lock()
	defer l.Unlock()
	if !g.nc.IsConnected() {
		return runtime.FunctionStatus{}, unavailable("the pool's NATS is unreachable")
	}
	sum := sha256.Sum256(wasm)
	digest := hex.EncodeToString(sum[:])
	if _, err := g.modules.GetInfo(ctx, digest); errors.Is(err, jetstream.ErrObjectNotFound) {
		if _, err := g.modules.PutBytes(ctx, digest, wasm); err != nil {
			return runtime.FunctionStatus{}, unavailable("store the module in the pool: %v", err)
		}
	} else if err != nil {
		return runtime.FunctionStatus{}, unavailable("the pool's module store: %v", err)
	}

	next := &Placement{Lease: lease, SHA256: digest, Level: level}
	cur := g.placement(lease)
	tried := map[string]bool{}
	if cur != nil {
		next.Moves = cur.Moves
		g.mu.Lock()
		for _, w := range cur.Workers {
			tried[w] = true
			if g.aliveLocked(w, time.Now()) {
				next.Workers = append(next.Workers, w)
			}
		}
		g.mu.Unlock()
	}
	var status *runtime.FunctionStatus
	var lastErr error
	var serving []string
	candidates := next.Workers
	for len(serving) < g.cfg.Replicas {
		if len(candidates) == 0 {
			candidates = g.choose(level, tried, g.cfg.Replicas-len(serving), lease)
			if len(candidates) == 0 {
				break
			}
		}
		w := candidates[0]
		candidates = candidates[1:]
		tried[w] = true
		st, err := g.loadOn(ctx, w, next)
		if err != nil {
			if refusal(err) {
				return runtime.FunctionStatus{}, err
			}
			g.log.Warn("a worker could not load a lease; trying another", "worker", w, "lease", lease, "err", err)
			lastErr = err
			continue
		}
		serving = append(serving, w)
		if status == nil {
			status = st
		}
	}
	if len(serving) == 0 {
		if lastErr != nil {
			return runtime.FunctionStatus{}, lastErr
		}
		return runtime.FunctionStatus{}, &runtime.Error{Status: http.StatusServiceUnavailable, Reason: runtime.ReasonQueueFull,
			Detail: fmt.Sprintf("no worker of the pool has %d cpu-milli and %d MB free for lease %s", level.CPUMilli, level.MemoryMB, lease)}
	}
	next.Workers = serving
	if err := g.savePlacement(ctx, next); err != nil {
		return runtime.FunctionStatus{}, err
	}
	if cur == nil {
		g.m.placements.Inc()
		g.log.Info("lease placed", "lease", lease, "workers", serving, "sha256", digest)
	}
	if cur != nil {
		for _, w := range cur.Workers {
			if !next.has(w) {
				go g.unloadOn(w, lease)
			}
		}
	}
	return *status, nil
}

// Invoke implements runtime.Backend: one NATS request to the lease's subject, answered by one
// of its workers. While the lease has no worker (it is being moved after its worker went
// silent), the request waits for one within its time; when NATS is unreachable it is
// answered unavailable at once.
func (g *Gateway) Invoke(ctx context.Context, lease api.LeaseID, req *runtime.Request) (*runtime.Response, error) {
	if g.placement(lease) == nil {
		return nil, runtime.ErrNotLoaded
	}
	if !g.nc.IsConnected() {
		g.m.forwarded.WithLabelValues("unavailable").Inc()
		return nil, unavailable("the pool's NATS is unreachable")
	}
	limit := g.maxBody
	if mp := g.nc.MaxPayload() - 64<<10; mp < limit {
		limit = mp
	}
	var body []byte
	if req.Body != nil && req.ContentLength != 0 {
		if req.ContentLength > limit {
			return nil, &runtime.Error{Status: http.StatusRequestEntityTooLarge, Reason: runtime.ReasonBodyTooLarge, Detail: fmt.Sprintf("the body exceeds %d bytes", limit)}
		}
		var err error
		body, err = io.ReadAll(io.LimitReader(req.Body, limit+1))
		if err != nil {
			return nil, &runtime.Error{Status: http.StatusBadRequest, Reason: runtime.ReasonBadRequest, Err: fmt.Errorf("read body: %w", err)}
		}
		if int64(len(body)) > limit {
			return nil, &runtime.Error{Status: http.StatusRequestEntityTooLarge, Reason: runtime.ReasonBodyTooLarge, Detail: fmt.Sprintf("the body exceeds %d bytes", limit)}
		}
	}
	data, err := encodeRequest(req, body)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, g.reqTimeout)
	defer cancel()
	msg := &nats.Msg{Subject: g.subj.Lease(lease), Data: data}
	for {
		ready := g.readyChan(lease)
		reply, err := g.nc.RequestMsgWithContext(ctx, msg)
		if err == nil {
			res, err := decodeResponse(reply.Data)
			if err != nil {
				g.m.forwarded.WithLabelValues("runtime-error").Inc()
			} else {
				g.m.forwarded.WithLabelValues("ok").Inc()
			}
			return res, err
		}
		if errors.Is(err, nats.ErrNoResponders) && g.placement(lease) != nil {
			// Its workers are gone or still loading: wait until one says it serves the lease.
			select {
			case <-ready:
				continue
			case <-ctx.Done():
				err = ctx.Err()
			}
		}
		g.m.forwarded.WithLabelValues("unavailable").Inc()
		if errors.Is(err, nats.ErrNoResponders) {
			return nil, runtime.ErrNotLoaded
		}
		return nil, unavailable("no worker answered for lease %s: %v", lease, err)
	}
}

// Status implements runtime.Backend: the function as one of the lease's workers has it.
func (g *Gateway) Status(ctx context.Context, lease api.LeaseID) (runtime.FunctionStatus, error) {
	p := g.placement(lease)
	if p == nil {
		return runtime.FunctionStatus{}, runtime.ErrNotLoaded
	}
	var last error = runtime.ErrNotLoaded
	for _, w := range p.Workers {
		st, err := g.request(ctx, w, "status", leaseRequest{Lease: lease}, 5*time.Second)
		if err == nil && st.SHA256 == p.SHA256 {
			return *st, nil
		}
		if err != nil {
			last = err
		}
	}
	return runtime.FunctionStatus{}, last
}

// Unload implements runtime.Backend: the placement is forgotten first, durably, then the
// workers drop the lease; a worker that misses it is told again at its next heartbeat.
func (g *Gateway) Unload(ctx context.Context, lease api.LeaseID) error {
	l := g.leaseLock(lease)
	l.Lock()
	defer l.Unlock()
	p := g.placement(lease)
	if p == nil {
		return nil
	}
	if err := g.kv.Delete(ctx, lease.String()); err != nil {
		return unavailable("forget the placement of lease %s: %v", lease, err)
	}
	g.mu.Lock()
	delete(g.placements, lease)
	shared := false
	for _, q := range g.placements {
		shared = shared || q.SHA256 == p.SHA256
	}
	g.mu.Unlock()
	for _, w := range p.Workers {
		go g.unloadOn(w, lease)
	}
	if !shared {
		if err := g.modules.Delete(ctx, p.SHA256); err != nil && !errors.Is(err, jetstream.ErrObjectNotFound) {
			g.log.Warn("delete a module no lease uses", "sha256", p.SHA256, "err", err)
		}
	}
	g.log.Info("lease unplaced", "lease", lease, "workers", p.Workers)
	return nil
}

// Capacity implements runtime.Backend: the live workers' cores and their functions' load.
func (g *Gateway) Capacity(context.Context) (runtime.Capacity, error) {
	inv := g.Inventory()
	var c runtime.Capacity
	for _, w := range inv.Workers {
		if !w.Alive {
			continue
		}
		c.Cores += int(w.CPUMilli / 1000)
		c.Slots += w.Slots
		c.Running += w.Running
		c.Waiting += w.Waiting
	}
	g.mu.Lock()
	c.Leases = len(g.placements)
	for _, p := range g.placements {
		c.MemoryMB += uint64(p.Level.MemoryMB) * uint64(p.Level.Cores()) * uint64(len(p.Workers))
	}
	g.mu.Unlock()
	return c, nil
}

// Close implements runtime.Backend. It leaves the workers serving: placements are durable, and
// a provider that restarts finds its leases where it left them.
func (g *Gateway) Close(context.Context) error {
	g.shut()
	return nil
}

func (g *Gateway) shut() {
	select {
	case <-g.stop:
		return
	default:
	}
	close(g.stop)
	if !g.started.IsZero() {
		<-g.done
	}
	if g.nc != nil {
		g.nc.Close()
	}
	if g.server != nil {
		g.server.Close()
	}
}
