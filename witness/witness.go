// Package witness is the witness daemon (SPEC §4, §5.4). It keeps its account staked and
// available for draws and, for every lease in service, takes part in each segment's round:
//
//   - it opens the segments of leases in service when they are due (open.go: the opener of
//     segment k ≥ 1 earns a seat fee; every daemon tries, the contract lets one win) and
//     draws requested committees as soon as they are due (draw.go);
//   - for each seat it is drawn for — one segment of one lease — it fetches the lease's module
//     and checks it against the hash the customer committed, loads it into a function runtime
//     of its own, and probes the function at jittered times within the protocol's probe rate
//     until the segment ends, re-running on the committed module what the provider says the
//     function failed, every unmarked 5xx, every answer to a kit request the customer marked
//     deterministic and a quarter of the rest (segment.go, probe.go, rerun.go); each probe is judged by Classify, the segment by Violated (classify.go);
//   - it commits its report (stored durably before it is sent), reveals it, finalizes the
//     committee when nobody has and records its payoff in seat fees (seat.go), and settles
//     and finishes the leases it sat on when nobody else has.
//
// The probe rules — request timeout, probe rate, SLA threshold — are the deployment's, read
// from the chain; every window comes from the contracts' views (market.Segment, the
// committee view), never computed here, and every deadline is judged by the chain's clock
// (market.Clock). Every seat, draw and lease is a task of its own (daemon.Tasks), started
// from the store when the daemon starts and from the contracts' events as they come. Every
// step re-reads the chain before it acts and takes a refusal that means "already done" (by
// this daemon before a crash, or by someone else) as done, so the daemon can be killed at
// any point and restarted on the same store. A window it missed is logged and skipped; it
// never blocks the seats that come after.
//
// When the chain goes back (a reorganisation, a node that came back at an older head), the
// watcher delivers the events of the blocks that left as removed (draw.go, onRemoved): the
// sender reads its nonce from the node again, a committee whose request or draw left is
// drawn again, and a seat whose draw left waits for the draw made in its place and stops if
// that one did not seat it. A seat that committed or revealed reads itself on chain until
// the window closes and sends a commitment or a reveal that left the chain again, from the
// stored report and secret (seat.go, keep).
package witness

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"math/big"
	"net"
	"net/http"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	bolt "go.etcd.io/bbolt"
	"golang.org/x/time/rate"

	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/daemon"
	"github.com/defaas/defaas/keys"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/runtime"
	"github.com/defaas/defaas/sigauth"
)

// Options are what a Witness works with besides its configuration.
type Options struct {
	Conn     *chain.Conn
	Manifest contracts.Manifest
	// Signer is the witness's account: it sends the transactions and signs the probes.
	Signer *keys.Signer
	// Logger defaults to slog.Default().
	Logger *slog.Logger
	// Registry receives the metrics and is served on /metrics; nil makes a new one.
	Registry *prometheus.Registry
	// HTTPClient sends the probes; nil uses a client without keep-alives (every probe tests
	// that the provider still accepts connections) and without transparent compression (the
	// witness re-runs exactly the request the provider saw).
	HTTPClient *http.Client
	// SenderOptions tune the transaction sender (tests poll for receipts faster).
	SenderOptions []chain.SenderOption
}

// Witness is one witness daemon.
type Witness struct {
	cfg    Config
	conn   *chain.Conn
	mc     *market.Client
	clock  *market.Clock
	addr   common.Address
	key    *ecdsa.PrivateKey
	db     *bolt.DB
	st     *store
	log    *slog.Logger
	reg    *prometheus.Registry
	m      *metrics
	send   *sender
	tx     *chain.Sender // the market client's, for Resync
	stake  *big.Int
	logger *slog.Logger

	ready atomic.Bool

	// Set by Run once the deployment's rules are read.
	rules   Rules
	reruns  *rerunner
	levels  sync.Map // level id → market.Level (levels are never edited in place)
	limitMu sync.Mutex
	limits  map[uint64]*rate.Limiter // the member's probe rate on each lease, as providers keep it

	mu      sync.Mutex
	status  map[uint64]*SeatStatus
	opsAddr string

	life  daemon.Life
	tasks *daemon.Tasks
}

// SeatStatus is where one seat stands, for progress displays.
type SeatStatus struct {
	// Committee is the seat's committee id, CommitteeID(Order, Segment).
	Committee    uint64 `json:"committee"`
	Order        uint64 `json:"order"`
	Segment      uint8  `json:"segment"`
	Phase        Phase  `json:"phase"`
	Served       int    `json:"served"`
	Failed       int    `json:"failed"`
	Inconclusive int    `json:"inconclusive"`
	// Kit says the seat has the customer's probe kit; KeyProbes counts the probes sent with
	// its keys (the others are signed); KitsIgnored the kits found that did not open.
	Kit         bool `json:"kit,omitempty"`
	KeyProbes   int  `json:"keyProbes,omitempty"`
	KitsIgnored int  `json:"kitsIgnored,omitempty"`
	// Failures counts the failed probes by the rule that failed them.
	Failures map[Rule]int `json:"failures,omitempty"`
	// Report is the committed report (true: violated), nil before the commit.
	Report *bool `json:"report,omitempty"`
	// Missed says which window was missed and why, if one was.
	Missed string `json:"missed,omitempty"`
	// Verdict is the committee's verdict once reached.
	Verdict *bool `json:"verdict,omitempty"`
	// Payoff is this witness's payoff in FST base units (negative: burned from its seat
	// lock), PayoffUnits the same in the order's seat fees, once paid.
	Payoff      *big.Int `json:"payoff,omitempty"`
	PayoffUnits *int64   `json:"payoffUnits,omitempty"`
}

// New opens the witness's store in its data directory; Run starts the work. ctx bounds what
// New reads from the chain.
func New(ctx context.Context, cfg Config, o Options) (*Witness, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("witness configuration: %w", err)
	}
	if o.Conn == nil || o.Signer == nil {
		return nil, errors.New("witness: a connection and a signer are required")
	}
	if err := o.Manifest.Validate(); err != nil {
		return nil, fmt.Errorf("witness: %w", err)
	}
	if id := o.Conn.ChainID().Uint64(); id != o.Manifest.ChainID {
		return nil, fmt.Errorf("witness: the node is chain %d but the manifest is for chain %d", id, o.Manifest.ChainID)
	}
	var stake *big.Int
	if cfg.StakeFST != "" {
		stake, _ = market.ParseFST(cfg.StakeFST) // checked by Validate
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Registry == nil {
		o.Registry = daemon.NewRegistry()
	}
	kitClient := o.HTTPClient
	if o.HTTPClient == nil {
		o.HTTPClient, kitClient = newHTTPClient(), newKitHTTPClient()
	}
	// The store belongs to one account on one chain: seats, probes and secrets of another
	// account are of no use to this one, and a mix-up must not pass silently.
	owner := fmt.Sprintf("%s@%d", o.Signer.Address.Hex(), o.Manifest.ChainID)
	db, err := daemon.OpenDataStore(cfg.DataDir, "witness.db", string(bucketMeta), owner)
	if err != nil {
		return nil, fmt.Errorf("witness: %w", err)
	}
	st, err := newStore(db)
	if err != nil {
		db.Close()
		return nil, err
	}
	tx := chain.NewSender(o.Conn, o.Signer.Opts, o.SenderOptions...)
	w := &Witness{
		cfg: cfg, conn: o.Conn, addr: o.Signer.Address, key: o.Signer.Key, db: db, st: st, tx: tx,
		mc:    market.New(o.Conn.Backend(), o.Manifest, tx),
		clock: market.NewClock(o.Conn.Backend()),
		send: &sender{client: o.HTTPClient, kitClient: kitClient, key: o.Signer.Key,
			domain: sigauth.Domain{ChainID: o.Conn.ChainID(), Market: o.Manifest.Market}},
		log: o.Logger.With("witness", o.Signer.Address.Hex()), logger: o.Logger, reg: o.Registry,
		m: newMetrics(o.Registry), stake: stake, status: map[uint64]*SeatStatus{}, limits: map[uint64]*rate.Limiter{},
	}
	if err := w.loadStatus(); err != nil {
		db.Close()
		return nil, err
	}
	return w, nil
}

// loadStatus fills the seats' status from the store.
func (w *Witness) loadStatus() error {
	recs, err := w.st.seats()
	if err != nil {
		return err
	}
	for _, r := range recs {
		s := &SeatStatus{}
		w.status[r.Committee] = s
		w.fill(s, r)
		ps, err := w.st.probes(r.Committee)
		if err != nil {
			return err
		}
		for _, p := range ps {
			s.count(p)
		}
	}
	return nil
}

// Address is the witness's account.
func (w *Witness) Address() common.Address { return w.addr }

// Registry is where the daemon's metrics are registered.
func (w *Witness) Registry() *prometheus.Registry { return w.reg }

// OpsAddr is the address /healthz and /metrics are served on, once Run listens.
func (w *Witness) OpsAddr() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.opsAddr
}

// Seats is the status of every seat the witness has held, by committee id (so by lease, then
// segment).
func (w *Witness) Seats() []SeatStatus {
	w.mu.Lock()
	defer w.mu.Unlock()
	out := make([]SeatStatus, 0, len(w.status))
	for _, s := range w.status {
		c := *s
		c.Failures = maps.Clone(s.Failures)
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b SeatStatus) int { return cmpUint(a.Committee, b.Committee) })
	return out
}

func cmpUint(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Healthy is nil while the daemon is registered and reads the chain.
func (w *Witness) Healthy() error {
	if !w.ready.Load() {
		return errors.New("not registered as a witness yet")
	}
	return w.clock.Fresh(max(30*time.Second, 10*w.cfg.PollInterval))
}

// Run registers (or checks) the witness and works until ctx ends or Close is called. It
// returns an error only when it cannot start (registration, the deployment's rules, the
// function runtime, the ops listener) or the watcher cannot go on (a checkpoint from another
// chain).
func (w *Witness) Run(ctx context.Context) error {
	ctx, end, ok, err := w.life.Start(ctx)
	if !ok {
		return err
	}
	defer end()
	w.tasks = daemon.NewTasks(ctx)
	defer w.tasks.Close()
	if w.cfg.Listen != "" {
		stop, err := w.serveOps(w.cfg.Listen)
		if err != nil {
			return err
		}
		defer stop()
	}
	if err := w.untilChainAnswers(ctx, "register", w.register); err != nil {
		return daemon.Stopped(ctx, err)
	}
	if err := w.untilChainAnswers(ctx, "params", w.readRules); err != nil {
		return daemon.Stopped(ctx, err)
	}
	cache := w.cfg.WasmCacheDir
	if cache == "" {
		cache = filepath.Join(w.cfg.DataDir, "wasm-cache")
	}
	// The witness's own function runtime, configured as the providers' is (the runtime's
	// defaults, the deployment's request timeout), so that a re-run gives what the provider
	// should have.
	engine, err := runtime.New(runtime.Config{CacheDir: cache, Timeout: w.rules.RequestTimeout,
		Logger: w.logger.With("component", "runtime", "witness", w.addr.Hex())})
	if err != nil {
		return fmt.Errorf("witness: function runtime for re-runs: %w", err)
	}
	backend := runtime.NewInProcess(engine)
	w.reruns = newRerunner(backend)
	defer func() {
		// After the tasks: no re-run is running any more.
		w.tasks.Close()
		backend.Close(context.Background())
		engine.Close(context.Background())
	}()

	// The health check says whether the chain answers, also while no seat is open.
	w.tasks.Go("clock", func(ctx context.Context, _ <-chan struct{}) {
		daemon.Poll(ctx, w.cfg.PollInterval, nil, func(ctx context.Context) (bool, error) {
			_, err := w.clock.Read(ctx)
			return false, err
		}, func(err error) { w.log.Debug("read the chain's head", "err", err) })
	})
	w.clock.Read(ctx) // a first reading for the health check; the clock task retries
	w.ready.Store(true)

	if err := w.resume(); err != nil {
		return err
	}
	cps, err := chain.NewBoltStore(w.db, bucketCheckpoints)
	if err != nil {
		return fmt.Errorf("witness checkpoints: %w", err)
	}
	m := w.mc.Manifest()
	watcher, err := chain.NewWatcher(w.conn, chain.WatchOptions{
		Name:      "witness",
		Addresses: []common.Address{m.WitnessPool, m.Market},
		Topics: [][]common.Hash{{market.PoolEvent("CommitteeRequested"), market.PoolEvent("CommitteeDrawn"),
			market.MarketEvent("ServiceStarted")}},
		From:          m.DeploymentBlock,
		Confirmations: w.cfg.Confirmations,
		Store:         cps,
		PollInterval:  w.cfg.PollInterval,
	})
	if err != nil {
		return fmt.Errorf("witness: watch the contracts: %w", err)
	}
	w.log.Info("witness running", "pool", m.WitnessPool.Hex(), "market", m.Market.Hex(), "chain", m.ChainID,
		"probe_every", w.rules.ProbeEvery, "probe_burst", w.rules.ProbeBurst, "probe_timeout", w.rules.ProbeTimeout(),
		"sla_fail_bps", w.rules.SlaFailBps, "sla_min_failures", w.rules.SlaMinFailures)
	err = watcher.Run(ctx, func(_ context.Context, ev chain.Event) error { return w.handle(ev) })
	if ctx.Err() != nil {
		w.log.Info("witness stopped")
		return nil
	}
	return fmt.Errorf("witness: watch the contracts: %w", err)
}

// resume starts a task for everything a previous run left unfinished.
func (w *Witness) resume() error {
	recs, err := w.st.seats()
	if err != nil {
		return err
	}
	for _, r := range recs {
		if r.Phase != PhaseDone {
			order, k := market.SplitCommitteeID(r.Committee)
			w.log.Info("resuming a seat", "order", order, "segment", k, "phase", r.Phase)
			w.startSeat(r.Committee)
		}
	}
	draws, err := w.st.list(bucketDraws)
	if err != nil {
		return err
	}
	for _, id := range draws {
		w.startDraw(id)
	}
	orders, err := w.st.list(bucketOrders)
	if err != nil {
		return err
	}
	for _, id := range orders {
		w.startOrder(id)
	}
	return nil
}

// Close stops Run if it runs and waits for it, then closes the store.
func (w *Witness) Close() error {
	if !w.life.Stop() {
		return nil
	}
	return w.db.Close()
}

func (w *Witness) serveOps(addr string) (func(), error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listen on %s for /healthz and /metrics (set listen): %w", addr, err)
	}
	mux := http.NewServeMux()
	daemon.Ops(mux, w.reg, w.Healthy)
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	w.mu.Lock()
	w.opsAddr = ln.Addr().String()
	w.mu.Unlock()
	w.log.Info("serving /healthz and /metrics", "addr", ln.Addr().String())
	return func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
	}, nil
}

// untilChainAnswers runs step until it succeeds, waiting for the node while it does not
// answer (a daemon may start before its node), but not over a contract's refusal, which needs
// the operator (more FST, a larger stake).
func (w *Witness) untilChainAnswers(ctx context.Context, what string, step func(context.Context) error) error {
	for wait := w.cfg.PollInterval; ; wait = min(2*wait, 30*time.Second) {
		err := step(ctx)
		if err == nil || market.RevertName(err) != "" || ctx.Err() != nil {
			return err
		}
		w.m.errors.WithLabelValues(what).Inc()
		w.log.Warn(what+": will retry", "err", err, "in", wait)
		if !daemon.Sleep(ctx, wait) {
			return ctx.Err()
		}
	}
}

// readRules reads the deployment's probe rules.
func (w *Witness) readRules(ctx context.Context) error {
	p, err := w.mc.Params(ctx)
	if err != nil {
		return fmt.Errorf("witness: read the deployment's parameters: %w", err)
	}
	r := RulesOf(p)
	if err := r.Validate(); err != nil {
		return fmt.Errorf("witness: %w", err)
	}
	w.rules = r
	return nil
}

// limiter is the member's probe rate on a lease (SPEC §5.3: one request per probeEvery, burst
// probeBurst, per member and lease), kept as the provider keeps it: every request to the
// provider (probes and module fetches) takes a token, so that every probe the member sends is
// within its rate.
func (w *Witness) limiter(order uint64) *rate.Limiter {
	w.limitMu.Lock()
	defer w.limitMu.Unlock()
	l := w.limits[order]
	if l == nil {
		l = rate.NewLimiter(rate.Every(w.rules.ProbeEvery), w.rules.ProbeBurst)
		w.limits[order] = l
	}
	return l
}

// level reads a level (cached: a level is never edited in place).
func (w *Witness) level(ctx context.Context, id uint32) (market.Level, error) {
	if l, ok := w.levels.Load(id); ok {
		return l.(market.Level), nil
	}
	l, err := w.mc.Level(ctx, id)
	if err != nil {
		return market.Level{}, err
	}
	w.levels.Store(id, l)
	return l, nil
}
