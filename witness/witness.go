// Package witness is the witness daemon (SPEC §4, §5.4): it keeps its account staked and
// available for draws, draws committees as soon as they are due (draw.go), and for every seat
// it is drawn for probes the lease's function with signed requests until the end of service
// (probe.go), commits a report (stored durably before it is sent), reveals it in the reveal
// window, finalizes the committee when nobody has, and records its payoff (seat.go).
//
// Every seat and every draw is a task of its own (daemon.Tasks), started from the store when
// the daemon starts and from the WitnessPool's events as they come. Every deadline is judged
// by the chain's clock (market.Clock), never the local one. Every step re-reads the chain
// before it acts and takes a refusal that means "already done" (by this daemon before a
// crash, or by someone else) as done, so the daemon can be killed at any point and restarted
// on the same store. A window it missed is logged and skipped; it never blocks the seats that
// come after.
package witness

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	bolt "go.etcd.io/bbolt"

	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/daemon"
	"github.com/defaas/defaas/keys"
	"github.com/defaas/defaas/market"
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
	// HTTPClient sends the probes; nil uses a client without keep-alives, so that every probe
	// tests that the provider still accepts connections.
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
	domain sigauth.Domain
	db     *bolt.DB
	st     *store
	log    *slog.Logger
	reg    *prometheus.Registry
	m      *metrics
	client *http.Client
	stake  *big.Int

	ready atomic.Bool

	mu      sync.Mutex
	status  map[uint64]*SeatStatus
	opsAddr string

	life  daemon.Life
	tasks *daemon.Tasks
}

// SeatStatus is where one seat stands, for progress displays.
type SeatStatus struct {
	Lease   uint64 `json:"lease"`
	Phase   Phase  `json:"phase"`
	Served  int    `json:"served"`
	Failed  int    `json:"failed"`
	Refused int    `json:"refused"`
	// Report is the committed report (true: violated), nil before the commit.
	Report *bool `json:"report,omitempty"`
	// Missed says which window was missed and why, if one was.
	Missed string `json:"missed,omitempty"`
	// Verdict is the committee's verdict once reached.
	Verdict *bool `json:"verdict,omitempty"`
	// Payoff is this witness's payoff in FST base units (negative: taken from the bond), once
	// paid.
	Payoff *big.Int `json:"payoff,omitempty"`
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
	if o.HTTPClient == nil {
		o.HTTPClient = &http.Client{Transport: &http.Transport{DisableKeepAlives: true, Proxy: http.ProxyFromEnvironment}}
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
	w := &Witness{
		cfg: cfg, conn: o.Conn, addr: o.Signer.Address, key: o.Signer.Key, db: db, st: st,
		mc:     market.New(o.Conn.Backend(), o.Manifest, chain.NewSender(o.Conn, o.Signer.Opts, o.SenderOptions...)),
		clock:  market.NewClock(o.Conn.Backend()),
		domain: sigauth.Domain{ChainID: o.Conn.ChainID(), Market: o.Manifest.Market},
		log:    o.Logger.With("witness", o.Signer.Address.Hex()), reg: o.Registry, m: newMetrics(o.Registry),
		client: o.HTTPClient, stake: stake, status: map[uint64]*SeatStatus{},
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
		w.status[r.Lease] = s
		w.fill(s, r)
		probes, err := w.st.probes(r.Lease)
		if err != nil {
			return err
		}
		for _, p := range probes {
			s.count(p.Outcome)
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

// Seats is the status of every seat the witness has held, by lease.
func (w *Witness) Seats() []SeatStatus {
	w.mu.Lock()
	defer w.mu.Unlock()
	out := make([]SeatStatus, 0, len(w.status))
	for _, s := range w.status {
		c := *s
		out = append(out, c)
	}
	slices.SortFunc(out, func(a, b SeatStatus) int { return int(a.Lease) - int(b.Lease) })
	return out
}

// Healthy is nil while the daemon is registered and reads the chain.
func (w *Witness) Healthy() error {
	if !w.ready.Load() {
		return errors.New("not registered as a witness yet")
	}
	return w.clock.Fresh(max(30*time.Second, 10*w.cfg.PollInterval))
}

// Run registers (or checks) the witness and works until ctx ends or Close is called. It
// returns an error only when it cannot start (registration, the ops listener) or the
// watcher cannot go on (a checkpoint from another chain).
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
	if err := w.ensureRegistered(ctx); err != nil {
		return err
	}
	// The health check says whether the chain answers, also while no seat is open.
	w.tasks.Go("clock", func(ctx context.Context, _ <-chan struct{}) {
		daemon.Poll(ctx, w.cfg.PollInterval, nil, func(ctx context.Context) (bool, error) {
			_, err := w.clock.Read(ctx)
			return false, err
		}, func(err error) { w.log.Debug("read the chain's head", "err", err) })
	})
	w.clock.Read(ctx) // a first reading for the health check; the clock task retries
	w.ready.Store(true)

	// Resume what a previous run left unfinished.
	recs, err := w.st.seats()
	if err != nil {
		return err
	}
	for _, r := range recs {
		if r.Phase != PhaseDone {
			w.log.Info("resuming a seat", "lease", r.Lease, "phase", r.Phase)
			w.startSeat(r.Lease)
		}
	}
	draws, err := w.st.draws()
	if err != nil {
		return err
	}
	for _, id := range draws {
		w.startDraw(id)
	}

	cps, err := chain.NewBoltStore(w.db, bucketCheckpoints)
	if err != nil {
		return fmt.Errorf("witness checkpoints: %w", err)
	}
	m := w.mc.Manifest()
	watcher, err := chain.NewWatcher(w.conn, chain.WatchOptions{
		Name:          "witness-pool",
		Addresses:     []common.Address{m.WitnessPool},
		Topics:        [][]common.Hash{{market.PoolEvent("CommitteeRequested"), market.PoolEvent("CommitteeDrawn")}},
		From:          m.DeploymentBlock,
		Confirmations: w.cfg.Confirmations,
		Store:         cps,
		PollInterval:  w.cfg.PollInterval,
	})
	if err != nil {
		return fmt.Errorf("witness: watch the WitnessPool: %w", err)
	}
	w.log.Info("witness running", "pool", m.WitnessPool.Hex(), "chain", m.ChainID)
	err = watcher.Run(ctx, func(_ context.Context, ev chain.Event) error { return w.handle(ev) })
	if ctx.Err() != nil {
		w.log.Info("witness stopped")
		return nil
	}
	return fmt.Errorf("witness: watch the WitnessPool: %w", err)
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

// ensureRegistered registers the account with the configured stake, tops the stake up to it,
// and makes the witness available for draws.
func (w *Witness) ensureRegistered(ctx context.Context) error {
	// A daemon may start before its node: wait for it, but not for a contract's refusal,
	// which needs the operator (more FST, a larger stake).
	for wait := w.cfg.PollInterval; ; wait = min(2*wait, 30*time.Second) {
		err := w.register(ctx)
		if err == nil || market.RevertName(err) != "" || ctx.Err() != nil {
			return err
		}
		w.m.errors.WithLabelValues("register").Inc()
		w.log.Warn("register: will retry", "err", err, "in", wait)
		if !daemon.Sleep(ctx, wait) {
			return ctx.Err()
		}
	}
}

func (w *Witness) register(ctx context.Context) error {
	info, err := w.mc.Witness(ctx, w.addr)
	if err != nil {
		return fmt.Errorf("witness: %w", err)
	}
	switch {
	case !info.Registered && w.stake == nil:
		return fmt.Errorf("witness: %s is not a registered witness: set stake_fst to register it", w.addr.Hex())
	case !info.Registered:
		if _, err := w.mc.RegisterWitness(ctx, w.stake); err != nil {
			return fmt.Errorf("witness: register %s with %s FST: %w", w.addr.Hex(), market.FormatFST(w.stake), err)
		}
		w.log.Info("registered as a witness", "stake_fst", market.FormatFST(w.stake))
		return nil // registration makes the witness available
	case w.stake != nil && info.Stake.Cmp(w.stake) < 0:
		add := new(big.Int).Sub(w.stake, info.Stake)
		if _, err := w.mc.AddWitnessStake(ctx, add); err != nil {
			return fmt.Errorf("witness: top the stake up to %s FST: %w", market.FormatFST(w.stake), err)
		}
		w.log.Info("added witness stake", "added_fst", market.FormatFST(add), "stake_fst", market.FormatFST(w.stake))
	}
	if info.Exiting {
		w.log.Warn("this witness has asked to exit: it finishes its seats but is not drawn again")
		return nil
	}
	if !info.Available {
		if _, err := w.mc.SetAvailable(ctx, true); err != nil {
			return fmt.Errorf("witness: make %s available for draws: %w", w.addr.Hex(), err)
		}
		w.log.Info("available for draws again")
	}
	return nil
}

// handle records what the events ask for and starts the work; the work itself re-reads the
// chain, so a removed (reorganised) event needs no undoing here.
func (w *Witness) handle(ev chain.Event) error {
	if ev.Removed {
		return nil
	}
	log := ev.Log
	if req, err := w.mc.DecodeCommitteeRequested(&log); err == nil {
		if !w.cfg.Draw {
			return nil
		}
		if err := w.st.addDraw(req.CommitteeID); err != nil {
			return err
		}
		w.startDraw(req.CommitteeID)
		return nil
	}
	drawn, err := w.mc.DecodeCommitteeDrawn(&log)
	if errors.Is(err, market.ErrOtherEvent) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("an event of the WitnessPool in block %d: %w", log.BlockNumber, err)
	}
	id := drawn.CommitteeID
	if !slices.Contains(drawn.Members, w.addr) {
		return nil
	}
	added, err := w.st.addSeat(id)
	if err != nil {
		return err
	}
	if added {
		w.m.seated.Inc()
		w.log.Info("drawn for a committee", "lease", id, "members", len(drawn.Members), "threshold", drawn.Threshold)
		w.update(id, func(s *SeatStatus) { s.Phase = PhaseProbing })
	}
	rec, _, err := w.st.seat(id)
	if err != nil {
		return err
	}
	if rec.Phase != PhaseDone {
		w.startSeat(id)
	}
	return nil
}

func (w *Witness) startDraw(id uint64) {
	w.tasks.Go(fmt.Sprintf("draw/%d", id), func(ctx context.Context, wake <-chan struct{}) { w.draw(ctx, id, wake) })
}

func (w *Witness) startSeat(id uint64) {
	w.tasks.Go(fmt.Sprintf("seat/%d", id), func(ctx context.Context, _ <-chan struct{}) { w.seatLoop(ctx, id) })
}

// update changes a seat's status under the lock.
func (w *Witness) update(id uint64, f func(*SeatStatus)) {
	w.mu.Lock()
	defer w.mu.Unlock()
	s := w.status[id]
	if s == nil {
		s = &SeatStatus{Lease: id}
		w.status[id] = s
	}
	f(s)
	w.m.seats.Reset()
	for _, s := range w.status {
		if s.Phase != PhaseDone {
			w.m.seats.WithLabelValues(string(s.Phase)).Inc()
		}
	}
}

func (w *Witness) fill(s *SeatStatus, r seatRecord) {
	s.Lease, s.Phase, s.Missed, s.Verdict = r.Lease, r.Phase, r.Missed, r.Verdict
	if r.Report != nil && r.Phase != PhaseProbing {
		b := r.Report.Violated
		s.Report = &b
	}
	if r.Payoff != "" {
		s.Payoff, _ = new(big.Int).SetString(r.Payoff, 10)
	}
}

func (s *SeatStatus) count(o Outcome) {
	switch o {
	case Served:
		s.Served++
	case Failed:
		s.Failed++
	case Refused:
		s.Refused++
	}
}
