package pool

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
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
