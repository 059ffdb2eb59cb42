// Package provider is the provider daemon (SPEC §3, §5.2): it sells a machine's capacity on
// the DeFaaS market. Three parts, as in Akash's provider:
//
//   - the bidder (bidder.go) watches for new orders, prices them with the pricing strategy
//     (package provider/pricing) and bids on those its capacity allows — open bids, or sealed
//     ones committed and revealed — and closes the auctions it wins;
//   - the lease manager (leases.go, http.go) publishes the endpoint with access information
//     encrypted to the customer, takes the customer's module until it confirms the one whose
//     sha256 the customer committed (and only that one), hosts the function on the runtime
//     behind signed-request authentication across every segment until the end of service the
//     chain gives, lets the current segment's committee fetch the module, and makes every
//     permissionless move due — opening and drawing segments, settling, finishing — to be paid;
//   - the book (book.go, store.go) is their durable record of every order and of the
//     capacity it holds.
//
// The protocol's rules — a request's time limit, the committee members' probe rate — are the
// deployment's parameters, read from the chain, not configuration.
//
// The daemon is driven by the chain, not by its memory: new orders come from OrderCreated
// events, customers' module commitments from DeploymentCommitted events (a chain.Watcher with
// a durable checkpoint); each order then has a task of its own
// (daemon.Tasks) that reads the order's state every poll interval and does what the state
// calls for, each action checked against the chain just before it is sent. The book says what
// the daemon did: which orders it bid on, at what price, with which salt, which module it
// confirmed — each written and synced before the transaction is sent. So a daemon killed at
// any moment and restarted never bids twice on an order, never loses a salt, confirms a
// committed module it had not confirmed, and serves its leases again. When the chain goes
// back under it, the events the watcher delivers as removed make it read the orders again and
// go on from what the chain says (recover.go); the end of a service is always the chain's
// current one.
package provider

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	bolt "go.etcd.io/bbolt"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/daemon"
	"github.com/defaas/defaas/keys"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/pool"
	"github.com/defaas/defaas/runtime"
	"github.com/defaas/defaas/sigauth"
)

// Options are what a provider needs besides its configuration.
type Options struct {
	Conn     *chain.Conn
	Manifest contracts.Manifest
	// Signer is the provider's account: it sends the transactions.
	Signer *keys.Signer
	// Logger defaults to slog.Default().
	Logger *slog.Logger
	// Registry receives the metrics served on /metrics; default daemon.NewRegistry().
	Registry *prometheus.Registry
	// SenderOptions tune the transaction sender (tests poll for receipts faster).
	SenderOptions []chain.SenderOption
	// OnBidSent, if set, is called as soon as a bid or commitment transaction is handed to
	// the node: for measurements.
	OnBidSent func(orderID uint64, tx common.Hash)
	// OnBidStored, if set, is called once a decided bid (price, and salt when sealed) is on
	// disk, just before its transaction is sent: the moment where a crash matters most, so
	// that tests can crash the daemon exactly there.
	OnBidStored func(orderID uint64)
}

// Provider is one running provider daemon.
type Provider struct {
	cfg    Config
	log    *slog.Logger
	conn   *chain.Conn
	me     common.Address
	client *market.Client
	sender *chain.Sender
	clock  *market.Clock
	db     *bolt.DB
	book   *book
	bids   *bidder
	leases *leaseManager
	engine *runtime.Engine
	pool   *pool.Gateway // with [pool]: the functions run on its workers
	server *runtime.Server
	gate   *sigauth.Gate
	m      *metrics
	cps    *chain.BoltStore

	ln       net.Listener
	httpSrv  *http.Server
	handler  http.Handler
	endpoint string

	life  daemon.Life
	tasks *daemon.Tasks
	locks orderLocks // per order: its task's step against a recheck
}

// New opens the provider's store, its runtime and its listener; Run starts the work. ctx
// bounds what New reads from the chain.
func New(ctx context.Context, cfg Config, o Options) (*Provider, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("provider config: %w", err)
	}
	if o.Conn == nil || o.Signer == nil {
		return nil, errors.New("provider: a chain connection and a signer are required")
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Registry == nil {
		o.Registry = daemon.NewRegistry()
	}
	strategy, err := cfg.Pricing.Build()
	if err != nil {
		return nil, err
	}
	m, err := newMetrics(o.Registry)
	if err != nil {
		return nil, fmt.Errorf("provider metrics: %w", err)
	}
	me := o.Signer.Address
	owner := fmt.Sprintf("account %s on chain %d, market %s", me, o.Conn.ChainID(), o.Manifest.Market)
	db, err := daemon.OpenDataStore(cfg.DataDir, "provider.db", "meta", owner)
	if err != nil {
		return nil, err
	}
	p := &Provider{cfg: cfg, log: o.Logger, conn: o.Conn, me: me, db: db, m: m,
		clock: market.NewClock(o.Conn.Backend())}
	fail := func(err error) (*Provider, error) {
		p.Close()
		return nil, err
	}
	p.sender = chain.NewSender(o.Conn, o.Signer.Opts, o.SenderOptions...)
	p.client = market.New(o.Conn.Backend(), o.Manifest, p.sender)
	st, err := newStore(db)
	if err != nil {
		return fail(err)
	}
	if p.cps, err = chain.NewBoltStore(db, "checkpoints"); err != nil {
		return fail(fmt.Errorf("checkpoint store: %w", err))
	}
	if p.book, err = newBook(st, p.client, m); err != nil {
		return fail(err)
	}
	// The protocol's rules are the deployment's: a request's time limit and the committee's
	// probe rate are the same for every provider and witness (SPEC §6).
	params, err := p.client.Params(ctx)
	if err != nil {
		return fail(err)
	}
	var backend runtime.Backend
	var capacity inventory = configured{cpuMilli: cfg.CPUMilli, memoryMB: cfg.MemoryMB}
	maxBody := int64(runtime.DefaultMaxBodyBytes) // the workers' runtimes take their default
	if cfg.Pool.Enabled() {
		p.pool, err = pool.NewGateway(ctx, cfg.Pool, pool.GatewayOptions{Provider: api.Address(me), DataDir: cfg.DataDir,
			FunctionTimeout: params.RequestTimeout, Logger: o.Logger, Registerer: o.Registry})
		if err != nil {
			return fail(err)
		}
		backend, capacity = p.pool, pooled{p.pool}
	} else {
		cache := cfg.WasmCacheDir
		if cache == "" {
			cache = filepath.Join(cfg.DataDir, "wasm-cache")
		}
		p.engine, err = runtime.New(runtime.Config{
			CacheDir: cache, Timeout: params.RequestTimeout,
			Logger: o.Logger.With("component", "runtime"), Registerer: o.Registry,
		})
		if err != nil {
			return fail(fmt.Errorf("function runtime: %w", err))
		}
		backend = runtime.NewInProcess(p.engine)
		maxBody = p.engine.Config().MaxBodyBytes
	}
	if p.ln, err = net.Listen("tcp", cfg.Listen); err != nil {
		return fail(fmt.Errorf("listen on %s: %w", cfg.Listen, err))
	}
	p.ln = jsonRefusals{p.ln}
	p.endpoint = strings.TrimRight(cfg.Endpoint, "/")
	if p.endpoint == "" {
		p.endpoint = "http://" + p.ln.Addr().String()
		if ap, err := netip.ParseAddrPort(p.ln.Addr().String()); err == nil && ap.Addr().IsUnspecified() {
			p.log.Warn("listening on all interfaces without an endpoint: customers will be sent " + p.endpoint + "; set endpoint to the public URL")
		}
	}
	p.bids = &bidder{log: o.Logger, conn: o.Conn, client: p.client, sender: p.sender, me: me, strategy: strategy, book: p.book, clock: p.clock,
		m: m, capacity: capacity, minReveal: cfg.MinRevealWindow, onSent: o.OnBidSent, onStored: o.OnBidStored,
		statusDir: cfg.DataDir}
	p.bids.writeStatus()
	modules := runtime.DirStore{Dir: filepath.Join(cfg.DataDir, "modules")}
	p.leases = &leaseManager{log: o.Logger, conn: o.Conn, client: p.client, me: me, market: o.Manifest.Market,
		endpoint: p.endpoint, book: p.book, clock: p.clock, m: m, poll: cfg.PollInterval, modules: modules,
		grace: params.RequestTimeout + params.ProbeMargin, segs: map[uint64][]market.Segment{}, comms: map[uint64]committeeEntry{},
		locks: map[uint64]*sync.Mutex{}, checked: map[uint64]uint64{}, access: sigauth.NewAccess(0), maxInvokeBody: maxBody}
	if err := p.leases.loadAccess(); err != nil {
		return fail(err)
	}

	verifier, err := sigauth.NewVerifier(sigauth.Config{
		Domain:           sigauth.Domain{ChainID: o.Conn.ChainID(), Market: o.Manifest.Market},
		Authorize:        p.leases.authorize,
		LeaseFromRequest: func(r *http.Request) string { return r.PathValue("id") },
		WitnessRate:      sigauth.Rate{Every: params.ProbeEvery(), Burst: int(params.ProbeBurst)},
	})
	if err != nil {
		return fail(err)
	}
	// Every request on a lease passes the gate before anything of its body is kept (SPEC §5.3).
	gate, err := sigauth.NewGate(sigauth.GateConfig{
		Verifier:  verifier,
		Access:    p.leases.access,
		Known:     p.leases.known,
		BodyLimit: p.leases.bodyLimit,
		Bodies:    sigauth.BodyLimits{Dir: filepath.Join(cfg.DataDir, "bodies")},
	})
	if err != nil {
		return fail(err)
	}
	// Bodies spooled before a crash belong to requests that are gone.
	if err := os.RemoveAll(filepath.Join(cfg.DataDir, "bodies")); err != nil {
		return fail(err)
	}
	if err := os.MkdirAll(filepath.Join(cfg.DataDir, "bodies"), 0o700); err != nil {
		return fail(err)
	}
	p.gate = gate
	p.server = runtime.NewServer(backend, runtime.ServerOptions{
		Resolver: runtime.ResolverFunc(p.leases.resolve),
		Store:    modules,
		Auth:     gate.Middleware,
		Caller:   caller,
	})
	p.leases.server = p.server
	mux := http.NewServeMux()
	daemon.Ops(mux, o.Registry, p.healthy)
	// The module: uploads end when the provider confirms it (409 after); the current segment's
	// committee fetches it (SPEC §5.2). Who may invoke: the customer sets it. Everything else
	// is the runtime's.
	mux.Handle("PUT "+api.RouteFunction, p.leases.guardUpload(p.server))
	mux.Handle("GET "+api.RouteFunction, gate.Middleware(http.HandlerFunc(p.leases.getFunction)))
	mux.Handle("PUT "+api.RouteAccess, gate.Middleware(http.HandlerFunc(p.leases.putAccess)))
	mux.Handle("GET "+api.RouteAccess, gate.Middleware(http.HandlerFunc(p.leases.getAccess)))
	mux.Handle(api.RouteAccess, methodNotAllowed("GET, PUT"))
	mux.Handle("/", m.instrument(p.server))
	p.handler = mux
	p.httpSrv = &http.Server{Handler: p.handler, ReadHeaderTimeout: 10 * time.Second, MaxHeaderBytes: maxHeaderBytes}
	return p, nil
}

// Address is the provider's account.
func (p *Provider) Address() common.Address { return p.me }

// Endpoint is the base URL published for the provider's leases.
func (p *Provider) Endpoint() string { return p.endpoint }

// Addr is the address the HTTP API listens on.
func (p *Provider) Addr() string { return p.ln.Addr().String() }

// PendingBodies is what the provider holds now of request bodies whose senders it has not
// authenticated yet, in memory and spooled to disk (bounded: sigauth.BodyLimits).
func (p *Provider) PendingBodies() (memory, disk int64) { return p.gate.Pending() }

// Handler is the HTTP API (SPEC §5.2) with /healthz and /metrics.
func (p *Provider) Handler() http.Handler { return p.handler }

// StopServing closes the HTTP API while the daemon goes on with the chain: for demonstrating
// a provider that fails in the middle of a lease. It cannot be undone; restart the daemon.
func (p *Provider) StopServing() {
	p.log.Warn("stopped serving on request")
	p.httpSrv.Close()
}

// Close stops Run if it runs and waits for it, then releases the store, the runtime and the
// listener.
func (p *Provider) Close() error {
	if !p.life.Stop() {
		return nil
	}
	if p.httpSrv != nil {
		p.httpSrv.Close()
	}
	if p.ln != nil {
		p.ln.Close() // not closed by the server when Run never served
	}
	if p.server != nil {
		p.server.Close()
	} else if p.pool != nil {
		p.pool.Close(context.Background())
	}
	if p.engine != nil {
		p.engine.Close(context.Background())
	}
	return p.db.Close()
}

func (p *Provider) healthy() error {
	if p.pool != nil && !p.pool.Connected() {
		return errors.New("the pool's NATS is unreachable")
	}
	return p.clock.Fresh(10*p.cfg.PollInterval + 30*time.Second)
}

// Run registers the provider if needed, serves the HTTP API, watches for orders and moves
// its orders and leases on, until ctx ends or Close is called.
func (p *Provider) Run(ctx context.Context) error {
	ctx, end, ok, err := p.life.Start(ctx)
	if !ok {
		return err
	}
	defer end()
	if err := p.prepare(ctx); err != nil {
		return daemon.Stopped(ctx, err)
	}
	p.book.updateGauges()
	resume := p.book.ids(func(r *record) bool { return !r.Phase.terminal() })
	capacity := []any{"capacity_cpu_milli", p.cfg.CPUMilli, "capacity_memory_mb", p.cfg.MemoryMB}
	if p.pool != nil {
		capacity = []any{"pool", p.pool.URL()}
	}
	p.log.Info("provider running", append([]any{"account", p.me, "endpoint", p.endpoint, "listen", p.Addr(),
		"orders_open", len(resume)}, capacity...)...)

	serveErr := make(chan error, 1)
	go func() {
		err := p.httpSrv.Serve(p.ln)
		if errors.Is(err, http.ErrServerClosed) {
			err = nil
		}
		serveErr <- err
	}()
	p.tasks = daemon.NewTasks(ctx)
	p.tasks.Go("clock", func(ctx context.Context, _ <-chan struct{}) {
		daemon.Poll(ctx, p.cfg.PollInterval, nil, func(ctx context.Context) (bool, error) {
			_, err := p.clock.Read(ctx)
			p.book.updateGauges()
			return false, err
		}, func(err error) { p.log.Warn("chain unreachable", "err", err) })
	})
	p.tasks.Go("watch", func(ctx context.Context, _ <-chan struct{}) { p.watch(ctx) })
	for _, id := range resume {
		p.startOrder(id)
	}
	for {
		select {
		case <-ctx.Done():
			shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			p.httpSrv.Shutdown(shut)
			cancel()
			p.tasks.Close()
			return nil
		case err := <-serveErr:
			if err != nil {
				p.log.Error("HTTP API stopped", "err", err)
			}
			serveErr = nil
		}
	}
}

// prepare reads the chain's clock and levels and registers the provider if it is not.
func (p *Provider) prepare(ctx context.Context) error {
	if _, err := p.clock.Read(ctx); err != nil {
		return err
	}
	levels, err := p.client.Levels(ctx)
	if err != nil {
		return err
	}
	p.book.knowLevels(levels)
	return p.ensureRegistered(ctx)
}

func (p *Provider) ensureRegistered(ctx context.Context) error {
	pr, err := p.client.Provider(ctx, p.me)
	if err != nil {
		return err
	}
	if pr.Registered {
		return nil
	}
	params, err := p.client.Params(ctx)
	if err != nil {
		return err
	}
	stake := params.MinProviderStake
	if p.cfg.StakeFST != "" {
		if stake, err = market.ParseFST(p.cfg.StakeFST); err != nil {
			return fmt.Errorf("stake_fst: %w", err)
		}
	}
	if _, err := p.client.RegisterProvider(ctx, stake, p.cfg.MetadataURI); err != nil && market.RevertName(err) != "AlreadyRegistered" {
		return fmt.Errorf("register provider %s: %w", p.me, err)
	}
	p.log.Info("registered as a provider", "stake_fst", market.FormatFST(stake))
	return nil
}

// watch follows OrderCreated events (new orders to bid on) and DeploymentCommitted events (a
// customer committed its module: the lease's task looks at once), restarting the watcher if
// its handler fails (the store, or the node while an order is re-read). Each order's task
// reads the order's state at every poll and after a restart anyway: the events only wake it
// early. Any event of an order the daemon follows that the watcher delivers as removed (the
// chain went back) makes the daemon re-read the order and go on from what the chain says
// (recover.go).
func (p *Provider) watch(ctx context.Context) {
	m := p.client.Manifest()
	for ctx.Err() == nil {
		w, err := chain.NewWatcher(p.conn, chain.WatchOptions{
			Name:          "provider-orders",
			Addresses:     []common.Address{m.Market},
			Topics:        [][]common.Hash{orderTopics()},
			From:          m.DeploymentBlock,
			Confirmations: p.cfg.Confirmations,
			Store:         p.cps,
			PollInterval:  p.cfg.PollInterval,
			Logger:        p.log,
		})
		if err == nil {
			err = w.Run(ctx, func(ctx context.Context, ev chain.Event) error {
				if ev.Removed {
					return p.onRemoved(ctx, ev)
				}
				if dc, err := p.client.DecodeDeploymentCommitted(&ev.Log); err == nil {
					if r, ok := p.book.get(dc.OrderID); ok && r.Won {
						p.log.Info("the customer committed its module", "order", dc.OrderID, "sha256", dc.ModuleHash)
						p.wake(dc.OrderID)
					}
					return nil
				}
				if oc, err := p.client.DecodeOrderCreated(&ev.Log); err == nil {
					if handled, err := p.onCreatedAgain(ctx, oc); handled || err != nil {
						return err
					}
				} else {
					return nil // an event watched only for its removal
				}
				id, inserted, err := p.bids.onOrderCreated(ev)
				if inserted {
					p.startOrder(id)
				}
				return err
			})
		}
		if ctx.Err() != nil {
			return
		}
		p.m.errors.WithLabelValues("watch").Inc()
		p.log.Error("order watcher stopped; restarting", "err", err)
		daemon.Sleep(ctx, time.Second)
	}
}
