// Package witness is the witness daemon (SPEC §4, §5.4): it keeps its account staked and
// available for draws, draws committees as soon as they are due, and for every seat it is
// drawn for probes the lease's function with signed requests until the end of service,
// commits a report (stored durably before it is sent), reveals it in the reveal window,
// finalizes the committee when nobody has, and records its payoff.
//
// Every deadline is judged by the chain's clock (the latest block's time), never the local
// one. Every step re-reads the chain before it acts and takes a refusal that means "already
// done" (by this daemon before a crash, or by someone else) as done, so the daemon can be
// killed at any point and restarted on the same store. A window it missed is logged and
// skipped; it never blocks the seats that come after.
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
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	bolt "go.etcd.io/bbolt"

	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/daemon"
	"github.com/defaas/defaas/keys"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/sigauth"
)

// Options are what a Witness works with; the caller owns the connection and the store.
type Options struct {
	Conn     *chain.Conn
	Manifest contracts.Manifest
	// Signer is the witness's account: it sends the transactions and signs the probes.
	Signer *keys.Signer
	// Store is the daemon's bbolt database (daemon.OpenStore).
	Store *bolt.DB
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
	pool   *contracts.WitnessPool
	addr   common.Address
	key    *ecdsa.PrivateKey
	domain sigauth.Domain
	st     *store
	log    *slog.Logger
	reg    *prometheus.Registry
	m      *metrics
	client *http.Client
	stake  *big.Int

	lastHead atomic.Int64 // unix nanos of the last successful read of the head
	ready    atomic.Bool

	mu      sync.Mutex
	tasks   map[string]bool // "seat/<id>", "draw/<id>" running
	status  map[uint64]*SeatStatus
	wg      sync.WaitGroup
	opsAddr string

	runMu  sync.Mutex
	closed bool
	cancel context.CancelFunc
	done   chan struct{}
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

// New makes a witness daemon; Run starts it.
func New(cfg Config, o Options) (*Witness, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("witness configuration: %w", err)
	}
	if o.Conn == nil || o.Signer == nil || o.Store == nil {
		return nil, errors.New("witness: a connection, a signer and a store are required")
	}
	if err := o.Manifest.Validate(); err != nil {
		return nil, fmt.Errorf("witness: %w", err)
	}
	if id := o.Conn.ChainID().Uint64(); id != o.Manifest.ChainID {
		return nil, fmt.Errorf("witness: the node is chain %d but the manifest is for chain %d", id, o.Manifest.ChainID)
	}
	st, err := newStore(o.Store)
	if err != nil {
		return nil, err
	}
	if err := st.claim(o.Signer.Address, o.Manifest.ChainID); err != nil {
		return nil, fmt.Errorf("witness: %w", err)
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
	tx := chain.NewSender(o.Conn, o.Signer.Opts, o.SenderOptions...)
	mc := market.New(o.Conn.Backend(), o.Manifest, tx)
	_, pool, _ := mc.Bindings()
	w := &Witness{
		cfg: cfg, conn: o.Conn, mc: mc, pool: pool, addr: o.Signer.Address, key: o.Signer.Key,
		domain: sigauth.Domain{ChainID: o.Conn.ChainID(), Market: o.Manifest.Market},
		st:     st, log: o.Logger.With("witness", o.Signer.Address.Hex()), reg: o.Registry, m: newMetrics(o.Registry),
		client: o.HTTPClient, stake: stake, tasks: map[string]bool{}, status: map[uint64]*SeatStatus{},
	}
	recs, err := st.seats()
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		s := &SeatStatus{}
		w.status[r.Lease] = s
		w.fill(s, r)
		probes, err := st.probes(r.Lease)
		if err != nil {
			return nil, err
		}
		for _, p := range probes {
			s.count(p.Outcome)
		}
	}
	return w, nil
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
	last := time.Unix(0, w.lastHead.Load())
	if limit := max(30*time.Second, 10*w.cfg.PollInterval); time.Since(last) > limit {
		return fmt.Errorf("no answer from the chain since %s", last.UTC().Format(time.RFC3339))
	}
	return nil
}

// Run registers (or checks) the witness and works until ctx ends or Close is called. It
// returns an error only when it cannot start (registration, the ops listener) or the
// watcher cannot go on (a checkpoint from another chain).
func (w *Witness) Run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	w.runMu.Lock()
	if w.closed {
		w.runMu.Unlock()
		cancel()
		return nil
	}
	if w.cancel != nil {
		w.runMu.Unlock()
		cancel()
		return errors.New("witness: Run was already called: a Witness runs once")
	}
	w.cancel, w.done = cancel, done
	w.runMu.Unlock()
	defer func() {
		cancel()
		w.wg.Wait()
		close(done)
	}()
	w.lastHead.Store(time.Now().UnixNano())

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
	w.ready.Store(true)
	// The health check says whether the chain answers, also while no seat is open.
	w.start(ctx, "heartbeat", func(ctx context.Context) {
		for sleep(ctx, w.cfg.PollInterval) {
			if _, _, err := w.chainNow(ctx); err != nil && ctx.Err() == nil {
				w.log.Debug("read the chain's head", "err", err)
			}
		}
	})

	// Resume what a previous run left unfinished.
	recs, err := w.st.seats()
	if err != nil {
		return err
	}
	for _, r := range recs {
		if r.Phase != PhaseDone {
			w.log.Info("resuming a seat", "lease", r.Lease, "phase", r.Phase)
			w.startSeat(ctx, r.Lease)
		}
	}
	draws, err := w.st.draws()
	if err != nil {
		return err
	}
	for _, id := range draws {
		w.startDraw(ctx, id)
	}

	cps, err := chain.NewBoltStore(w.st.db, bucketCheckpoints)
	if err != nil {
		return fmt.Errorf("witness checkpoints: %w", err)
	}
	watcher, err := chain.NewWatcher(w.conn, chain.WatchOptions{
		Name:          "witness-pool",
		Addresses:     []common.Address{w.mc.Manifest().WitnessPool},
		Topics:        [][]common.Hash{{market.PoolEvent("CommitteeRequested"), market.PoolEvent("CommitteeDrawn")}},
		From:          w.mc.Manifest().DeploymentBlock,
		Confirmations: w.cfg.Confirmations,
		Store:         cps,
		PollInterval:  w.cfg.PollInterval,
	})
	if err != nil {
		return fmt.Errorf("witness: watch the WitnessPool: %w", err)
	}
	w.log.Info("witness running", "pool", w.mc.Manifest().WitnessPool.Hex(), "chain", w.mc.Manifest().ChainID)
	// The work an event starts outlives the handler: it runs in Run's context, not the
	// watcher's.
	err = watcher.Run(ctx, func(_ context.Context, ev chain.Event) error { return w.handle(ctx, ev) })
	if ctx.Err() != nil {
		w.log.Info("witness stopped")
		return nil
	}
	return fmt.Errorf("witness: watch the WitnessPool: %w", err)
}

// Close stops Run and waits for it to return; a Run that has not started yet will not.
func (w *Witness) Close() {
	w.runMu.Lock()
	w.closed = true
	cancel, done := w.cancel, w.done
	w.runMu.Unlock()
	if cancel != nil {
		cancel()
		<-done
	}
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
		if err == nil || refusal(err) != "" || ctx.Err() != nil {
			return err
		}
		w.m.errors.WithLabelValues("register").Inc()
		w.log.Warn("register: will retry", "err", err, "in", wait)
		if !sleep(ctx, wait) {
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
func (w *Witness) handle(ctx context.Context, ev chain.Event) error {
	if ev.Removed || len(ev.Log.Topics) < 2 {
		return nil
	}
	id := new(big.Int).SetBytes(ev.Log.Topics[1][:]).Uint64()
	switch ev.Log.Topics[0] {
	case market.PoolEvent("CommitteeRequested"):
		if !w.cfg.Draw {
			return nil
		}
		if err := w.st.addDraw(id); err != nil {
			return err
		}
		w.startDraw(ctx, id)
	case market.PoolEvent("CommitteeDrawn"):
		log := ev.Log
		e, err := w.pool.UnpackCommitteeDrawnEvent(&log)
		if err != nil {
			return fmt.Errorf("decode CommitteeDrawn of lease %d: %w", id, err)
		}
		if !slices.Contains(e.Members, w.addr) {
			return nil
		}
		added, err := w.st.addSeat(id)
		if err != nil {
			return err
		}
		if added {
			w.m.seated.Inc()
			w.log.Info("drawn for a committee", "lease", id, "members", len(e.Members), "threshold", e.Threshold)
			w.update(id, func(s *SeatStatus) { s.Phase = PhaseProbing })
		}
		rec, _, err := w.st.seat(id)
		if err != nil {
			return err
		}
		if rec.Phase != PhaseDone {
			w.startSeat(ctx, id)
		}
	}
	return nil
}

func (w *Witness) start(ctx context.Context, key string, f func(context.Context)) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.tasks[key] || ctx.Err() != nil {
		return
	}
	w.tasks[key] = true
	w.wg.Add(1)
	go func() {
		defer w.wg.Done()
		defer func() {
			w.mu.Lock()
			delete(w.tasks, key)
			w.mu.Unlock()
		}()
		f(ctx)
	}()
}

func (w *Witness) startDraw(ctx context.Context, id uint64) {
	w.start(ctx, fmt.Sprintf("draw/%d", id), func(ctx context.Context) { w.drawLoop(ctx, id) })
}

func (w *Witness) startSeat(ctx context.Context, id uint64) {
	w.start(ctx, fmt.Sprintf("seat/%d", id), func(ctx context.Context) { w.seatLoop(ctx, id) })
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

// chainNow is the chain's clock: the latest block's time.
func (w *Witness) chainNow(ctx context.Context) (time.Time, uint64, error) {
	h, err := w.conn.Backend().HeaderByNumber(ctx, nil)
	if err != nil {
		return time.Time{}, 0, fmt.Errorf("read the chain's head: %w", err)
	}
	w.lastHead.Store(time.Now().UnixNano())
	return time.Unix(int64(h.Time), 0).UTC(), h.Number.Uint64(), nil
}

// sleep waits d or until ctx ends, reporting whether to go on.
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

// refusal is the name of the contract's error, or "" for any other failure (the node, the
// network), which is worth retrying.
func refusal(err error) string {
	var re *contracts.RevertError
	if errors.As(err, &re) {
		return re.Name
	}
	return ""
}

// receiptBlock is for logs.
func receiptBlock(r *types.Receipt) uint64 {
	if r == nil || r.BlockNumber == nil {
		return 0
	}
	return r.BlockNumber.Uint64()
}
