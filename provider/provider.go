// Package provider is the provider daemon (SPEC §3, §5.2): it sells a machine's capacity on
// the DeFaaS market. It watches for new orders, bids on those its capacity and prices allow
// (open bids, or sealed commit-then-reveal), closes the auctions it won, publishes its
// endpoint with access information encrypted to the customer, hosts the customers' functions
// on the runtime behind signed-request authentication, stops serving at the end of service,
// and settles and finishes its leases to be paid.
//
// The daemon is driven by the chain, not by its memory: new orders come from the OrderCreated
// events (a chain.Watcher with a durable checkpoint); everything after that comes from
// reading each order's state every poll interval and doing what the state calls for, each
// action checked against the chain just before it is sent. Its own durable record (bbolt) says
// what it did: which orders it bid on, at what price, with which salt — each written and
// synced before the transaction is sent. So a daemon killed at any moment and restarted never
// bids twice on an order, never loses a salt, and serves its leases again.
package provider

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
	bolt "go.etcd.io/bbolt"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/daemon"
	"github.com/defaas/defaas/keys"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/provider/client"
	"github.com/defaas/defaas/provider/pricing"
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
	cfg      Config
	log      *slog.Logger
	conn     *chain.Conn
	manifest contracts.Manifest
	me       common.Address
	sender   *chain.Sender
	client   *market.Client
	strategy pricing.Strategy
	db       *bolt.DB
	store    *store
	cps      *chain.BoltStore
	engine   *runtime.Engine
	server   *runtime.Server
	reg      *prometheus.Registry
	m        *metrics
	onBid    func(uint64, common.Hash)
	onStored func(uint64)

	ln       net.Listener
	httpSrv  *http.Server
	handler  http.Handler
	endpoint string

	head     atomic.Int64 // the latest block's time, unix seconds: the chain's clock
	headSeen atomic.Int64 // wall time of the last successful head read, unix nanoseconds

	reserveMu sync.Mutex // serialises capacity decisions
	mu        sync.Mutex
	recs      map[uint64]*record
	busy      map[uint64]bool
	levels    map[uint32]market.Level
	params    market.Params
	comms     map[uint64]committeeEntry

	runCtx context.Context
	wg     sync.WaitGroup
	kick   chan uint64
	closed atomic.Bool
}

type committeeEntry struct {
	members []common.Address
	final   bool
	at      time.Time
}

// New opens the provider's store, its runtime and its listener. Run starts the work.
func New(cfg Config, o Options) (*Provider, error) {
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
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("provider data dir: %w", err)
	}
	m, err := newMetrics(o.Registry)
	if err != nil {
		return nil, fmt.Errorf("provider metrics: %w", err)
	}
	db, err := daemon.OpenStore(filepath.Join(cfg.DataDir, "provider.db"))
	if err != nil {
		return nil, err
	}
	p := &Provider{
		cfg: cfg, log: o.Logger, conn: o.Conn, manifest: o.Manifest, me: o.Signer.Address,
		strategy: strategy, db: db, reg: o.Registry, m: m, onBid: o.OnBidSent, onStored: o.OnBidStored,
		recs: map[uint64]*record{}, busy: map[uint64]bool{}, levels: map[uint32]market.Level{},
		comms: map[uint64]committeeEntry{}, kick: make(chan uint64, 1024),
	}
	fail := func(err error) (*Provider, error) {
		p.Close()
		return nil, err
	}
	p.sender = chain.NewSender(o.Conn, o.Signer.Opts, o.SenderOptions...)
	p.client = market.New(o.Conn.Backend(), o.Manifest, p.sender)
	if p.store, err = newStore(db); err != nil {
		return fail(err)
	}
	owner := fmt.Sprintf("account %s on chain %d, market %s", p.me, o.Conn.ChainID(), o.Manifest.Market)
	if err := p.store.bind(owner); err != nil {
		return fail(err)
	}
	if p.cps, err = chain.NewBoltStore(db, "checkpoints"); err != nil {
		return fail(fmt.Errorf("checkpoint store: %w", err))
	}
	recs, err := p.store.all()
	if err != nil {
		return fail(err)
	}
	for _, r := range recs {
		p.recs[r.ID] = r
	}
	cache := cfg.WasmCacheDir
	if cache == "" {
		cache = filepath.Join(cfg.DataDir, "wasm-cache")
	}
	p.engine, err = runtime.New(runtime.Config{
		CacheDir: cache, Timeout: cfg.FunctionTimeout,
		Logger: o.Logger.With("component", "runtime"), Registerer: o.Registry,
	})
	if err != nil {
		return fail(fmt.Errorf("function runtime: %w", err))
	}
	rate, err := p.witnessRate()
	if err != nil {
		return fail(err)
	}
	verifier, err := sigauth.NewVerifier(sigauth.Config{
		Domain:           sigauth.Domain{ChainID: o.Conn.ChainID(), Market: o.Manifest.Market},
		Authorize:        p.authorize,
		LeaseFromRequest: func(r *http.Request) string { return r.PathValue("id") },
		WitnessRate:      rate,
		// The largest level takes 200 MB modules; the body is read to check its hash.
		MaxBodyBytes: 256 << 20,
	})
	if err != nil {
		return fail(err)
	}
	p.server = runtime.NewServer(runtime.NewInProcess(p.engine), runtime.ServerOptions{
		Resolver: runtime.ResolverFunc(p.resolve),
		Store:    runtime.DirStore{Dir: filepath.Join(cfg.DataDir, "modules")},
		Auth:     verifier.Middleware,
	})
	mux := http.NewServeMux()
	daemon.Ops(mux, o.Registry, p.healthy)
	mux.Handle("/", m.instrument(p.server))
	p.handler = mux

	if p.ln, err = net.Listen("tcp", cfg.Listen); err != nil {
		return fail(fmt.Errorf("listen on %s: %w", cfg.Listen, err))
	}
	p.endpoint = strings.TrimRight(cfg.Endpoint, "/")
	if p.endpoint == "" {
		p.endpoint = "http://" + p.ln.Addr().String()
		if ap, err := netip.ParseAddrPort(p.ln.Addr().String()); err == nil && ap.Addr().IsUnspecified() {
			p.log.Warn("listening on all interfaces without an endpoint: customers will be sent " + p.endpoint + "; set endpoint to the public URL")
		}
	}
	p.httpSrv = &http.Server{Handler: p.handler, ReadHeaderTimeout: 10 * time.Second}
	return p, nil
}

// witnessRate is the configured rate, or the one that suits the deployment's billing period.
func (p *Provider) witnessRate() (sigauth.Rate, error) {
	rate := sigauth.Rate{Every: p.cfg.WitnessEvery, Burst: p.cfg.WitnessBurst}
	if rate.Every > 0 && rate.Burst > 0 {
		return rate, nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	params, err := p.client.Params(ctx)
	if err != nil {
		return rate, err
	}
	every, burst := 10*time.Second, 5
	if params.BillingPeriod < time.Minute {
		every, burst = time.Second, 10
	}
	if rate.Every <= 0 {
		rate.Every = every
	}
	if rate.Burst <= 0 {
		rate.Burst = burst
	}
	return rate, nil
}

// Address is the provider's account.
func (p *Provider) Address() common.Address { return p.me }

// Endpoint is the base URL published for the provider's leases.
func (p *Provider) Endpoint() string { return p.endpoint }

// Addr is the address the HTTP API listens on.
func (p *Provider) Addr() string { return p.ln.Addr().String() }

// Handler is the HTTP API (SPEC §5.2) with /healthz and /metrics.
func (p *Provider) Handler() http.Handler { return p.handler }

// StopServing closes the HTTP API while the daemon goes on with the chain: for demonstrating
// a provider that fails in the middle of a lease. It cannot be undone; restart the daemon.
func (p *Provider) StopServing() {
	p.log.Warn("stopped serving on request")
	p.httpSrv.Close()
}

// Close releases the store, the runtime and the listener. Call it after Run returned.
func (p *Provider) Close() error {
	if !p.closed.CompareAndSwap(false, true) {
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
	}
	if p.engine != nil {
		p.engine.Close(context.Background())
	}
	return p.db.Close()
}

func (p *Provider) healthy() error {
	seen := p.headSeen.Load()
	if seen == 0 {
		return errors.New("no block read from the chain yet")
	}
	if age := time.Since(time.Unix(0, seen)); age > 10*p.cfg.PollInterval+30*time.Second {
		return fmt.Errorf("no block read from the chain for %s", age.Round(time.Second))
	}
	return nil
}

// now is the chain's clock: the time of the latest block read. Deadlines are judged by it,
// never by the local clock.
func (p *Provider) now() time.Time { return time.Unix(p.head.Load(), 0).UTC() }

func (p *Provider) readHead(ctx context.Context) error {
	h, err := p.conn.Backend().HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("read the latest block: %w", err)
	}
	if t := int64(h.Time); t > p.head.Load() {
		p.head.Store(t)
	}
	p.headSeen.Store(time.Now().UnixNano())
	return nil
}

// Run registers the provider if needed, serves the HTTP API, watches for orders and moves
// its orders and leases on, until ctx ends.
func (p *Provider) Run(ctx context.Context) error {
	if err := p.readHead(ctx); err != nil {
		return err
	}
	params, err := p.client.Params(ctx)
	if err != nil {
		return err
	}
	levels, err := p.client.Levels(ctx)
	if err != nil {
		return err
	}
	p.mu.Lock()
	p.params = params
	for _, l := range levels {
		p.levels[l.ID] = l
	}
	p.mu.Unlock()
	if err := p.ensureRegistered(ctx, params); err != nil {
		return err
	}
	p.runCtx = ctx
	p.updateGauges()
	p.log.Info("provider running", "account", p.me, "endpoint", p.endpoint, "listen", p.Addr(),
		"capacity_cpu_milli", p.cfg.CPUMilli, "capacity_memory_mb", p.cfg.MemoryMB, "orders_known", len(p.recs))

	serveErr := make(chan error, 1)
	go func() {
		err := p.httpSrv.Serve(p.ln)
		if errors.Is(err, http.ErrServerClosed) {
			err = nil
		}
		serveErr <- err
	}()
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		p.watch(ctx)
	}()

	tick := time.NewTicker(p.cfg.PollInterval)
	defer tick.Stop()
	p.tick(ctx)
	for {
		select {
		case <-ctx.Done():
			shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			p.httpSrv.Shutdown(shut)
			cancel()
			p.wg.Wait()
			return nil
		case err := <-serveErr:
			if err != nil {
				p.log.Error("HTTP API stopped", "err", err)
			}
			serveErr = nil
		case id := <-p.kick:
			p.launch(ctx, id)
		case <-tick.C:
			p.tick(ctx)
		}
	}
}

func (p *Provider) ensureRegistered(ctx context.Context, params market.Params) error {
	pr, err := p.client.Provider(ctx, p.me)
	if err != nil {
		return err
	}
	if pr.Registered {
		return nil
	}
	stake := params.MinProviderStake
	if p.cfg.StakeFST != "" {
		if stake, err = market.ParseFST(p.cfg.StakeFST); err != nil {
			return fmt.Errorf("stake_fst: %w", err)
		}
	}
	if _, err := p.client.RegisterProvider(ctx, stake, p.cfg.MetadataURI); err != nil && revertName(err) != "AlreadyRegistered" {
		return fmt.Errorf("register provider %s: %w", p.me, err)
	}
	p.log.Info("registered as a provider", "stake_fst", market.FormatFST(stake))
	return nil
}

// watch follows OrderCreated events, restarting the watcher if its handler fails (the store).
func (p *Provider) watch(ctx context.Context) {
	for ctx.Err() == nil {
		w, err := chain.NewWatcher(p.conn, chain.WatchOptions{
			Name:          "provider-orders",
			Addresses:     []common.Address{p.manifest.Market},
			Topics:        [][]common.Hash{{market.MarketEvent("OrderCreated")}},
			From:          p.manifest.DeploymentBlock,
			Confirmations: p.cfg.Confirmations,
			Store:         p.cps,
			PollInterval:  p.cfg.PollInterval,
			Logger:        p.log,
		})
		if err == nil {
			err = w.Run(ctx, p.onOrderCreated)
		}
		if ctx.Err() != nil {
			return
		}
		p.m.errors.WithLabelValues("watch").Inc()
		p.log.Error("order watcher stopped; restarting", "err", err)
		select {
		case <-ctx.Done():
		case <-time.After(time.Second):
		}
	}
}

// onOrderCreated records a new order. It is idempotent: the watcher may deliver the block in
// progress again after a crash.
func (p *Provider) onOrderCreated(ctx context.Context, ev chain.Event) error {
	if ev.Removed {
		// The order's state, read before every action, tells whether it still exists.
		p.log.Warn("an order creation left the chain", "block", ev.Log.BlockNumber, "tx", ev.Log.TxHash)
		return nil
	}
	oc, err := p.client.OrderCreatedEvent(&ev.Log)
	if err != nil {
		p.log.Warn("undecodable OrderCreated event", "tx", ev.Log.TxHash, "err", err)
		return nil
	}
	p.m.ordersSeen.Inc()
	id := oc.OrderId.Uint64()
	if oc.Customer == p.me {
		return nil // the customer of an order cannot bid on it
	}
	if int64(oc.BiddingEnd) <= p.head.Load() {
		return nil // bidding over: an old order replayed from the past
	}
	r := &record{ID: id, Customer: oc.Customer, CreatedTx: ev.Log.TxHash, Block: ev.Log.BlockNumber,
		LevelID: oc.LevelId, Sealed: oc.RevealEnd > oc.BiddingEnd, Phase: phaseNew, State: market.StateBidding}
	inserted, err := p.store.insert(r)
	if err != nil {
		return err
	}
	if inserted {
		p.mu.Lock()
		p.recs[id] = r
		p.mu.Unlock()
		select {
		case p.kick <- id:
		default: // the next tick picks it up
		}
	}
	return nil
}

// tick reads the chain's clock and moves every open order on.
func (p *Provider) tick(ctx context.Context) {
	if err := p.readHead(ctx); err != nil {
		p.log.Warn("chain unreachable", "err", err)
		return
	}
	p.mu.Lock()
	var ids []uint64
	for id, r := range p.recs {
		if !r.Phase.terminal() {
			ids = append(ids, id)
		}
	}
	p.mu.Unlock()
	for _, id := range ids {
		p.launch(ctx, id)
	}
	p.updateGauges()
}

// launch runs one step of an order unless one is running already.
func (p *Provider) launch(ctx context.Context, id uint64) {
	p.mu.Lock()
	if p.busy[id] {
		p.mu.Unlock()
		return
	}
	p.busy[id] = true
	p.mu.Unlock()
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		defer func() {
			p.mu.Lock()
			delete(p.busy, id)
			p.mu.Unlock()
		}()
		if err := p.step(ctx, id); err != nil && ctx.Err() == nil {
			p.m.errors.WithLabelValues("step").Inc()
			p.log.Warn("order step failed; retrying at the next poll", "order", id, "err", err, "hint", market.Hint(err))
		}
	}()
}

func (p *Provider) get(id uint64) (record, bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	r, ok := p.recs[id]
	if !ok {
		return record{}, false
	}
	return *r, true
}

// save stores r durably and then makes it the daemon's view of the order.
func (p *Provider) save(r record) error {
	if err := p.store.put(&r); err != nil {
		return err
	}
	p.mu.Lock()
	p.recs[r.ID] = &r
	p.mu.Unlock()
	return nil
}

func (p *Provider) updateGauges() {
	p.mu.Lock()
	defer p.mu.Unlock()
	cpu, mem := p.reservedLocked()
	active := 0
	for _, r := range p.recs {
		if r.Won && !r.Phase.terminal() {
			active++
		}
	}
	p.m.reservedCPU.Set(float64(cpu))
	p.m.reservedMem.Set(float64(mem))
	p.m.activeLeases.Set(float64(active))
}

func (p *Provider) reservedLocked() (cpu, mem uint64) {
	for _, r := range p.recs {
		if r.Reserved {
			l := p.levels[r.LevelID]
			cpu += uint64(l.CPUMilli)
			mem += uint64(l.MemoryMB)
		}
	}
	return cpu, mem
}

func (p *Provider) level(ctx context.Context, id uint32) (market.Level, error) {
	p.mu.Lock()
	l, ok := p.levels[id]
	p.mu.Unlock()
	if ok {
		return l, nil
	}
	// A level is never edited in place (SPEC §3.2): read once, keep.
	l, err := p.client.Level(ctx, id)
	if err != nil {
		return l, err
	}
	p.mu.Lock()
	p.levels[id] = l
	p.mu.Unlock()
	return l, nil
}

// revertName is the name of the contract's refusal in err, or "".
func revertName(err error) string {
	var re *contracts.RevertError
	if errors.As(err, &re) {
		return re.Name
	}
	return ""
}

// step reads the order and does what its state calls for. Every action is one the chain
// still needs: a refusal that means someone did it already is success.
func (p *Provider) step(ctx context.Context, id uint64) error {
	r, ok := p.get(id)
	if !ok || r.Phase.terminal() {
		return nil
	}
	if _, err := p.level(ctx, r.LevelID); err != nil { // capacity is counted in the level's units
		return err
	}
	o, err := p.client.Order(ctx, id)
	if errors.Is(err, market.ErrNoOrder) {
		r.Phase, r.Reserved, r.Note = phaseDone, false, "the order left the chain"
		return p.save(r)
	}
	if err != nil {
		return err
	}
	now := p.now()
	r.Sealed = o.Sealed
	switch r.Phase {
	case phaseNew, phaseWaiting:
		if o.State != market.StateBidding || !now.Before(o.BiddingEnd) {
			r.Phase, r.State = phasePass, o.State
			if r.Note == "" {
				r.Note = "bidding ended before a bid"
			}
			return p.save(r)
		}
		return p.decide(ctx, r, o)
	case phaseIntent:
		return p.resumeIntent(ctx, r, o, now)
	}
	return p.follow(ctx, r, o, now)
}

// decide prices the order and, when capacity allows, bids.
func (p *Provider) decide(ctx context.Context, r record, o market.Order) error {
	lvl, err := p.level(ctx, o.LevelID)
	if err != nil {
		return err
	}
	price, ok, reason := p.strategy.UnitPrice(pricing.Quote{Order: o, Level: lvl})
	if !ok {
		r.Phase, r.Note = phasePass, reason
		p.log.Info("not bidding", "order", r.ID, "reason", reason)
		return p.save(r)
	}
	p.reserveMu.Lock()
	p.mu.Lock()
	cpu, mem := p.reservedLocked()
	p.mu.Unlock()
	if cpu+uint64(lvl.CPUMilli) > uint64(p.cfg.CPUMilli) || mem+uint64(lvl.MemoryMB) > uint64(p.cfg.MemoryMB) {
		p.reserveMu.Unlock()
		if r.Phase != phaseWaiting {
			p.log.Info("no capacity for the order; waiting while bidding lasts", "order", r.ID, "level", lvl.ID,
				"reserved_cpu_milli", cpu, "reserved_memory_mb", mem)
			r.Phase, r.Note = phaseWaiting, "no free capacity"
			return p.save(r)
		}
		return nil
	}
	r.Phase, r.Price, r.Reserved = phaseIntent, price, true
	if o.Sealed {
		if _, err := rand.Read(r.Salt[:]); err != nil {
			p.reserveMu.Unlock()
			return fmt.Errorf("salt for order %d: %w", r.ID, err)
		}
	}
	// Stored and synced before sending: a crash from here on finds the intent, and the salt.
	err = p.save(r)
	p.reserveMu.Unlock()
	if err != nil {
		return err
	}
	if p.onStored != nil {
		p.onStored(r.ID)
	}
	return p.sendBid(ctx, r)
}

// sendBid sends the stored bid (or commitment) and waits for it.
func (p *Provider) sendBid(ctx context.Context, r record) error {
	mkt, _, _ := p.client.Bindings()
	kind, data := "open", mkt.PackBid(new(big.Int).SetUint64(r.ID), r.Price)
	if r.Sealed {
		kind, data = "sealed", mkt.PackCommitBid(new(big.Int).SetUint64(r.ID), market.BidCommitment(r.ID, p.me, r.Price, r.Salt))
	}
	tx, err := p.sender.Send(ctx, p.manifest.Market, data, nil)
	if err != nil {
		if name := revertName(err); name != "" {
			// Refused at estimation: nothing was sent.
			return p.bidRefused(r, name, err)
		}
		return fmt.Errorf("send bid on order %d: %w", r.ID, err)
	}
	if p.onBid != nil {
		p.onBid(r.ID, tx.Hash())
	}
	p.m.bids.WithLabelValues(kind).Inc()
	p.log.Info("bid sent", "order", r.ID, "kind", kind, "unit_price_fst", market.FormatFST(r.Price), "tx", tx.Hash())
	// Not stored until mined: after a crash the chain's logs, not the hash, say whether it
	// landed (a transaction can be replaced or dropped), and a write here would delay every
	// bid queued behind this one.
	r.BidTx = tx.Hash()
	if _, err := p.sender.Wait(ctx, tx); err != nil {
		if name := revertName(err); name != "" {
			return p.bidRefused(r, name, err)
		}
		return fmt.Errorf("wait for the bid on order %d: %w", r.ID, err)
	}
	r.Phase, r.Note = phaseBid, ""
	return p.save(r)
}

// bidRefused records a bid the contract refused: the capacity it held is free again.
func (p *Provider) bidRefused(r record, name string, err error) error {
	prev := r.Note
	switch name {
	case "AlreadyCommitted":
		r.Phase, r.Note = phaseBid, "" // a commitment of ours is in: this was a repeat after a crash
		return p.save(r)
	case "BidNotLower":
		// Someone bid lower between our reading and our bid: price again against it.
		r.Phase, r.Reserved, r.Note = phaseNew, false, "outbid before the bid landed"
	case "InsufficientFreeStake":
		// Tried again every poll while bidding lasts: stake frees up as leases settle.
		r.Phase, r.Reserved, r.Note = phaseWaiting, false, "stake does not cover the bid"
	default:
		r.Phase, r.Reserved, r.Note = phasePass, false, err.Error()
	}
	level := slog.LevelInfo
	if r.Note == prev {
		level = slog.LevelDebug
	}
	p.log.Log(context.Background(), level, "bid refused", "order", r.ID, "err", err, "hint", market.Hint(err))
	return p.save(r)
}

// resumeIntent finds out what became of a bid decided but not known to be mined: after a
// crash, or a node error while sending. It is sent again only when it surely never landed,
// so it never lands twice.
func (p *Provider) resumeIntent(ctx context.Context, r record, o market.Order, now time.Time) error {
	landed, err := p.bidLanded(ctx, r)
	if err != nil {
		return err
	}
	if landed {
		r.Phase = phaseBid
		return p.follow(ctx, r, o, now)
	}
	pending, err := p.pendingTxs(ctx)
	if err != nil {
		return err
	}
	if pending {
		return nil // maybe ours: look again when the pool has drained
	}
	if o.State != market.StateBidding || !now.Before(o.BiddingEnd) {
		r.Phase, r.Reserved, r.Note = phasePass, false, "the bid never landed and bidding is over"
		return p.save(r)
	}
	p.log.Info("sending a bid that never landed", "order", r.ID)
	return p.sendBid(ctx, r)
}

func (p *Provider) bidLanded(ctx context.Context, r record) (bool, error) {
	ev := "BidPlaced"
	if r.Sealed {
		ev = "BidCommitted"
	}
	logs, err := p.conn.Backend().FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(r.Block),
		Addresses: []common.Address{p.manifest.Market},
		Topics:    [][]common.Hash{{market.MarketEvent(ev)}, {market.IDTopic(r.ID)}, {common.BytesToHash(p.me.Bytes())}},
	})
	if err != nil {
		return false, fmt.Errorf("look for our bid on order %d: %w", r.ID, err)
	}
	for _, l := range logs {
		if !l.Removed {
			return true, nil
		}
	}
	return false, nil
}

func (p *Provider) pendingTxs(ctx context.Context) (bool, error) {
	b := p.conn.Backend()
	pending, err := b.PendingNonceAt(ctx, p.me)
	if err != nil {
		return false, fmt.Errorf("pending nonce: %w", err)
	}
	mined, err := b.NonceAt(ctx, p.me, nil)
	if err != nil {
		return false, fmt.Errorf("nonce: %w", err)
	}
	return pending > mined, nil
}

// follow moves on an order we bid on, according to its state.
func (p *Provider) follow(ctx context.Context, r record, o market.Order, now time.Time) error {
	won := o.BestBidder == p.me
	prev := r
	switch o.State {
	case market.StateBidding:
		if !r.Sealed {
			if !won {
				r.Phase, r.Reserved, r.Note = phaseDone, false, "outbid"
				break
			}
			if !now.Before(o.BiddingEnd) {
				if err := p.closeBidding(ctx, r.ID); err != nil {
					return err
				}
			}
			break
		}
		if r.Phase == phaseBid && !now.Before(o.BiddingEnd) && now.Before(o.RevealEnd) {
			if err := p.reveal(ctx, r); err != nil {
				return err
			}
			r.Phase = phaseReveal
		}
		if !now.Before(o.RevealEnd) {
			if r.Phase == phaseBid {
				r.Note = "missed the reveal window"
			}
			if won {
				if err := p.closeBidding(ctx, r.ID); err != nil {
					return err
				}
			}
		}
	case market.StateConfirming, market.StateDeploying, market.StateFulfilling, market.StateSettled:
		if !won {
			r.Phase, r.Reserved, r.Note = phaseDone, false, "another provider won"
			break
		}
		if !r.Won {
			r.Won, r.Phase = true, phaseWon
			p.m.wins.Inc()
			p.log.Info("won the order", "order", r.ID, "unit_price_fst", market.FormatFST(o.BestPrice))
		}
		switch o.State {
		case market.StateConfirming:
			if !o.Published {
				if err := p.publish(ctx, r); err != nil {
					return err
				}
			} else if now.After(o.Deadline) {
				// The customer never accepted: failing the order unlocks our collateral.
				if err := p.nudge(ctx, "expire", r.ID, p.client.Expire); err != nil {
					return err
				}
			}
		case market.StateDeploying:
			if now.After(o.Deadline) {
				// The customer never started the service: anyone may, so that capacity
				// reserved for it is paid for (SPEC §3.10).
				if err := p.nudge(ctx, "fulfill", r.ID, p.client.Fulfill); err != nil {
					return err
				}
			}
		case market.StateFulfilling:
			if err := p.serve(ctx, &r, o, now); err != nil {
				return err
			}
		case market.StateSettled:
			r.Reserved = false
			if _, err := p.client.Finish(ctx, r.ID); err != nil && revertName(err) != "WrongState" {
				return err
			}
			p.log.Info("finished the lease", "order", r.ID)
		}
	case market.StateFinished, market.StateFailed:
		r.Phase, r.Reserved = phaseDone, false
		if r.Won {
			p.server.Unload(api.LeaseID(r.ID))
			r.Note = "lease " + o.State.String()
		} else if r.Note == "" {
			r.Note = "order " + o.State.String()
		}
		p.log.Info("order over", "order", r.ID, "state", o.State, "won", r.Won)
	}
	r.State = o.State
	if r == prev {
		return nil
	}
	err := p.save(r)
	if prev.Reserved && !r.Reserved {
		p.updateGauges()
		p.retryWaiting()
	}
	return err
}

// retryWaiting decides again on the orders that waited for capacity.
func (p *Provider) retryWaiting() {
	if p.runCtx == nil {
		return
	}
	p.mu.Lock()
	var ids []uint64
	for id, r := range p.recs {
		if r.Phase == phaseWaiting {
			ids = append(ids, id)
		}
	}
	p.mu.Unlock()
	for _, id := range ids {
		select {
		case p.kick <- id:
		default:
		}
	}
}

// nudge makes a permissionless call that moves an order past a deadline its customer
// missed; a refusal because the state moved on or the deadline is not reached by the next
// block is no failure.
func (p *Provider) nudge(ctx context.Context, what string, id uint64, call func(context.Context, uint64) (*types.Receipt, error)) error {
	if _, err := call(ctx, id); err != nil {
		switch revertName(err) {
		case "WrongState", "DeadlineNotReached":
			return nil
		}
		return err
	}
	p.log.Info("moved the order on past the customer's deadline", "order", id, "call", what)
	return nil
}

func (p *Provider) closeBidding(ctx context.Context, id uint64) error {
	if _, err := p.client.CloseBidding(ctx, id); err != nil {
		switch revertName(err) {
		case "WrongState": // closed by someone else already
			return nil
		case "DeadlineNotReached": // the next block is not late enough yet
			return nil
		}
		return err
	}
	p.log.Info("closed the bidding", "order", id)
	return nil
}

func (p *Provider) reveal(ctx context.Context, r record) error {
	if _, err := p.client.RevealBid(ctx, r.ID, r.Price, r.Salt); err != nil {
		switch revertName(err) {
		case "AlreadyRevealed":
			return nil
		case "RevealNotOpen":
			return fmt.Errorf("reveal on order %d: not open yet by the next block: %w", r.ID, err)
		}
		return err
	}
	p.log.Info("revealed the bid", "order", r.ID, "unit_price_fst", market.FormatFST(r.Price))
	return nil
}

// publish publishes the endpoint, with the access information sealed to the customer.
func (p *Provider) publish(ctx context.Context, r record) error {
	info := api.AccessInfo{Endpoint: p.endpoint, Lease: api.LeaseID(r.ID), Provider: api.Address(p.me),
		ChainID: p.conn.ChainID().Uint64(), Market: api.Address(p.manifest.Market)}
	var sealed []byte
	pub, err := p.customerKey(ctx, r)
	if err == nil {
		sealed, err = client.Seal(pub, info)
	}
	if err != nil {
		// The endpoint is public anyway; what cannot be sealed is not published.
		p.log.Warn("publishing without access information", "order", r.ID, "err", err)
	}
	if _, err := p.client.PublishDeployment(ctx, r.ID, p.endpoint, sealed); err != nil {
		switch revertName(err) {
		case "AlreadyPublished", "WrongState":
			return nil
		}
		return err
	}
	p.log.Info("published the deployment", "order", r.ID, "endpoint", p.endpoint)
	return nil
}

// customerKey recovers the customer's public key from the signature of its createOrder
// transaction: nothing else on chain carries it.
func (p *Provider) customerKey(ctx context.Context, r record) (*ecdsa.PublicKey, error) {
	tx, _, err := p.conn.Backend().TransactionByHash(ctx, r.CreatedTx)
	if err != nil {
		return nil, fmt.Errorf("read the createOrder transaction %s: %w", r.CreatedTx, err)
	}
	pub, err := senderKey(tx, p.conn.ChainID())
	if err != nil {
		return nil, err
	}
	if a := crypto.PubkeyToAddress(*pub); a != r.Customer {
		return nil, fmt.Errorf("the createOrder transaction was sent by %s, not the customer %s (a contract wallet?)", a, r.Customer)
	}
	return pub, nil
}

// senderKey recovers the public key that signed tx.
func senderKey(tx *types.Transaction, chainID *big.Int) (*ecdsa.PublicKey, error) {
	var signer types.Signer = types.LatestSignerForChainID(chainID)
	if tx.Type() == types.LegacyTxType && !tx.Protected() {
		signer = types.HomesteadSigner{} // signed before EIP-155: the hash has no chain id
	}
	h := signer.Hash(tx)
	v, rr, s := tx.RawSignatureValues()
	var recID uint64
	switch {
	case tx.Type() != types.LegacyTxType:
		recID = v.Uint64()
	case tx.Protected():
		recID = new(big.Int).Sub(v, new(big.Int).Add(new(big.Int).Mul(chainID, big.NewInt(2)), big.NewInt(35))).Uint64()
	default:
		recID = v.Uint64() - 27
	}
	if recID > 1 {
		return nil, fmt.Errorf("transaction %s: signature recovery id %d", tx.Hash(), recID)
	}
	sig := make([]byte, crypto.SignatureLength)
	rr.FillBytes(sig[:32])
	s.FillBytes(sig[32:64])
	sig[64] = byte(recID)
	pub, err := crypto.SigToPub(h[:], sig)
	if err != nil {
		return nil, fmt.Errorf("recover the signer of %s: %w", tx.Hash(), err)
	}
	return pub, nil
}

// serve looks after a lease in service: it learns the end of service, draws the committee
// as soon as it is due (SPEC §4.2: every party's client does), and settles when due.
func (p *Provider) serve(ctx context.Context, r *record, o market.Order, now time.Time) error {
	if r.ServiceEnd.IsZero() {
		l, err := p.client.Lease(ctx, r.ID)
		if err != nil {
			return err
		}
		r.ServiceEnd = l.ServiceEnd
		p.log.Info("service started", "order", r.ID, "service_end", r.ServiceEnd)
	}
	c, err := p.client.Committee(ctx, r.ID)
	if err != nil {
		return err
	}
	if c.Status == market.CommitteeRequested && now.Before(r.ServiceEnd) {
		due, err := p.client.DrawDueAfter(ctx, r.ID)
		if err != nil {
			return err
		}
		if n, err := p.conn.Backend().BlockNumber(ctx); err == nil && n > due {
			if _, err := p.client.DrawCommittee(ctx, r.ID); err != nil {
				switch revertName(err) {
				case "WrongCommitteeState", "DrawNotDue", "DeadlinePassed":
				default:
					p.log.Warn("draw committee", "order", r.ID, "err", err)
				}
			}
		}
	}
	p.mu.Lock()
	params := p.params
	p.mu.Unlock()
	if !now.Before(r.ServiceEnd) && r.Reserved {
		// The service is over: the capacity is free for new leases, whatever settlement says.
		r.Reserved = false
		p.log.Info("service over; capacity released", "order", r.ID)
	}
	due := r.ServiceEnd
	if c.Status != market.CommitteeFinalized {
		due = r.ServiceEnd.Add(params.CommitGrace + params.RevealSeconds)
	}
	if now.After(due) {
		if _, err := p.client.Settle(ctx, r.ID); err != nil {
			switch revertName(err) {
			case "WrongState", "DeadlineNotReached":
				return nil
			}
			return err
		}
		p.log.Info("settled the lease", "order", r.ID)
		if _, err := p.client.Finish(ctx, r.ID); err != nil && revertName(err) != "WrongState" {
			return err
		}
		p.log.Info("finished the lease", "order", r.ID)
	}
	return nil
}
