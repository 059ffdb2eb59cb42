// Package demo plays the whole market in one process, the main job of `defaas demo`: an
// embedded devnet, three provider daemons with different prices, five witness daemons and two
// customers, and two leases at once. Customer A runs the thumbnail example and is served; the
// provider of customer B stops serving half-way, the witnesses see it, and B is refunded with
// the provider's collateral. The demo checks that both stories ended as told and reports
// every account's FST before and after.
package demo

import (
	"bytes"
	"context"
	_ "embed"
	"errors"
	"fmt"
	"image/png"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/defaas/defaas/api"
	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/daemon"
	"github.com/defaas/defaas/devnet"
	functions "github.com/defaas/defaas/examples/functions"
	"github.com/defaas/defaas/keys"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/provider"
	pclient "github.com/defaas/defaas/provider/client"
	"github.com/defaas/defaas/sigauth"
	"github.com/defaas/defaas/witness"
)

//go:embed assets/landscape.jpg
var landscape []byte

// Options configure a demo run.
type Options struct {
	// Out receives the live progress and the final table.
	Out io.Writer
	// Dir holds the daemons' state and the thumbnail the demo writes; a temporary directory
	// when empty.
	Dir string
	// BlockTime of the devnet; 1 s when zero.
	BlockTime time.Duration
	// Logs receives the daemons' own logs; discarded when nil.
	Logs io.Writer
	// Thumbnail is the file customer A's thumbnail is written to; defaas-demo-thumbnail.png
	// in the working directory when empty.
	Thumbnail string
}

// Result is what happened.
type Result struct {
	Wall      time.Duration
	Thumbnail string // the file the thumbnail was written to
	Leases    []LeaseResult
	Accounts  []AccountRow
}

// LeaseResult is one lease's story.
type LeaseResult struct {
	Name      string
	OrderID   uint64
	Provider  string
	Violated  bool
	Fee       *big.Int
	GasUsed   uint64 // all transactions that touched the lease
	Transacts int
	Steps     []GasStep
}

// GasStep is one transaction of a lease: what it did and the gas it used.
type GasStep struct {
	What  string
	Gas   uint64
	Block uint64
	Index uint
}

// AccountRow is one account's FST before and after: in its wallet and staked.
type AccountRow struct {
	Name                      string
	Address                   common.Address
	WalletBefore, WalletAfter *big.Int
	StakeAfter                *big.Int
	Change                    *big.Int // (wallet + stake) after − wallet before
}

const (
	customerA = 1
	customerB = 2
)

var accountNames = []string{"deployer", "customer-A", "customer-B", "provider-1", "provider-2", "provider-3",
	"witness-1", "witness-2", "witness-3", "witness-4", "witness-5"}

// prices of the three providers, per billing unit of any level; provider-1 and provider-2 have
// room for one lease each, provider-3 for many.
var providerPrices = []string{"1", "2", "3"}

type world struct {
	o        Options
	start    time.Time
	dn       *devnet.Devnet
	conn     *chain.Conn
	m        contracts.Manifest
	reader   *market.Client
	signers  []*keys.Signer
	names    map[common.Address]string
	provs    map[common.Address]*provider.Provider
	wits     []*witness.Witness
	narrator *narrator

	mu       sync.Mutex
	txByID   map[uint64]map[common.Hash]string // the first narrated event of each transaction
	printMu  sync.Mutex
	lastLine string
}

// Run plays the demo. It returns an error unless both leases ended as the story says.
func Run(ctx context.Context, o Options) (*Result, error) {
	if o.Out == nil {
		o.Out = io.Discard
	}
	if o.BlockTime == 0 {
		o.BlockTime = time.Second
	}
	if o.Dir == "" {
		dir, err := os.MkdirTemp("", "defaas-demo-")
		if err != nil {
			return nil, err
		}
		defer os.RemoveAll(dir)
		o.Dir = dir
	}
	logs := o.Logs
	if logs == nil {
		logs = io.Discard
	}
	w := &world{o: o, start: time.Now(), names: map[common.Address]string{}, provs: map[common.Address]*provider.Provider{},
		txByID: map[uint64]map[common.Hash]string{}}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// The example functions are built while the chain starts.
	type built struct {
		thumb, hello []byte
		err          error
	}
	wasm := make(chan built, 1)
	go func() {
		var b built
		dir := filepath.Join(o.Dir, "functions")
		var p string
		if p, b.err = functions.Build(ctx, "thumbnail", functions.Reactor, dir); b.err == nil {
			if b.thumb, b.err = os.ReadFile(p); b.err == nil {
				if p, b.err = functions.Build(ctx, "hello", functions.Reactor, dir); b.err == nil {
					b.hello, b.err = os.ReadFile(p)
				}
			}
		}
		wasm <- b
	}()

	w.say("starting the devnet: go-ethereum in this process, a block every %s", o.BlockTime)
	dn, err := devnet.Start(ctx, devnet.Config{BlockTime: o.BlockTime, Accounts: len(accountNames), HTTPPort: 0, WSPort: 0,
		DataDir: "", Logger: slog.New(slog.NewTextHandler(logs, nil))})
	if err != nil {
		return nil, fmt.Errorf("start the devnet: %w", err)
	}
	defer dn.Close()
	w.dn, w.m = dn, dn.Manifest()
	if w.conn, err = chain.NewConn(dn.Client()); err != nil {
		return nil, err
	}
	w.reader = market.New(w.conn.Backend(), w.m, nil)
	chainID := w.conn.ChainID()
	for i, acc := range dn.Accounts() {
		w.signers = append(w.signers, keys.FromKey(acc.Key, chainID))
		w.names[acc.Address] = accountNames[i]
	}
	params, err := w.reader.Params(ctx)
	if err != nil {
		return nil, err
	}
	mk, pl, _ := w.reader.Bindings()
	w.narrator = &narrator{names: w.names, market: mk, pool: pl, m: w.m, unit: params.RewardUnit}
	w.say("devnet up at %s: FaaSToken %s, Market %s, WitnessPool %s", dn.HTTPURL(), w.m.Token.Hex()[:10], w.m.Market.Hex()[:10], w.m.WitnessPool.Hex()[:10])

	before := map[common.Address]*big.Int{}
	for _, s := range w.signers {
		if before[s.Address], err = w.reader.Balance(ctx, s.Address); err != nil {
			return nil, err
		}
	}

	// Narrate every event of the two contracts, and remember which transactions touched which
	// lease, for its gas.
	watcher, err := chain.NewWatcher(w.conn, chain.WatchOptions{Name: "demo", Addresses: []common.Address{w.m.Market, w.m.WitnessPool},
		From: w.m.DeploymentBlock, PollInterval: 200 * time.Millisecond, Logger: slog.New(slog.NewTextHandler(logs, nil))})
	if err != nil {
		return nil, err
	}
	go watcher.Run(ctx, func(_ context.Context, ev chain.Event) error {
		if ev.Removed {
			return nil
		}
		id, line, ok := w.narrator.describe(&ev.Log)
		if !ok {
			return nil
		}
		w.mu.Lock()
		if w.txByID[id] == nil {
			w.txByID[id] = map[common.Hash]string{}
		}
		if _, seen := w.txByID[id][ev.Log.TxHash]; !seen {
			w.txByID[id][ev.Log.TxHash] = line
		}
		w.mu.Unlock()
		w.say("lease %d: %s", id, line)
		return nil
	})

	if err := w.startDaemons(ctx, logs); err != nil {
		return nil, err
	}
	defer w.stopDaemons()

	b := <-wasm
	if b.err != nil {
		return nil, fmt.Errorf("build the example functions: %w", b.err)
	}
	w.say("built the example functions: thumbnail (%d KB) and hello (%d KB), WebAssembly for WASI", len(b.thumb)>>10, len(b.hello)>>10)

	res := &Result{Thumbnail: o.Thumbnail}
	if res.Thumbnail == "" {
		res.Thumbnail = "defaas-demo-thumbnail.png"
	}
	// Lease A first; lease B once A's auction is decided, so that the cheapest provider, which
	// has room for one lease, is busy with A and B goes to the next one. Both then run at once.
	aID, err := w.order(ctx, customerA, 1)
	if err != nil {
		return nil, err
	}
	if _, err := w.waitState(ctx, aID, market.StateConfirming, 60*time.Second); err != nil {
		return nil, err
	}
	bID, err := w.order(ctx, customerB, 0)
	if err != nil {
		return nil, err
	}
	errs := make(chan error, 2)
	go func() { errs <- w.leaseA(ctx, aID, b.thumb, res.Thumbnail) }()
	go func() { errs <- w.leaseB(ctx, bID, b.hello) }()
	for i := 0; i < 2; i++ {
		if err := <-errs; err != nil {
			return nil, err
		}
	}
	// The witnesses' payoffs land at settlement; wait for the events of both to be narrated.
	time.Sleep(2 * o.BlockTime)
	return w.finish(ctx, res, before, aID, bID, params)
}

func (w *world) say(format string, args ...any) {
	w.printMu.Lock()
	defer w.printMu.Unlock()
	fmt.Fprintf(w.o.Out, "[%5.1fs] %s\n", time.Since(w.start).Seconds(), fmt.Sprintf(format, args...))
}

func (w *world) startDaemons(ctx context.Context, logs io.Writer) error {
	logger := slog.New(slog.NewTextHandler(logs, nil))
	for i, price := range providerPrices {
		acc := 3 + i
		cfg := provider.DefaultConfig()
		cfg.DataDir = filepath.Join(w.o.Dir, accountNames[acc])
		cfg.Listen = "127.0.0.1:0"
		cfg.StakeFST = "500"
		cfg.CPUMilli, cfg.MemoryMB = 1000, 1024 // one lease of level 0 or 1
		if i == 2 {
			cfg.CPUMilli, cfg.MemoryMB = 8000, 16384
		}
		cfg.Pricing = provider.PricingConfig{Strategy: "fixed", Prices: map[string]string{"0": price, "1": price, "2": price}}
		cfg.PollInterval = 250 * time.Millisecond
		cfg.WitnessEvery, cfg.WitnessBurst = 500*time.Millisecond, 5
		cfg.LogFormat = "text"
		p, err := provider.New(cfg, provider.Options{Conn: w.conn, Manifest: w.m, Signer: w.signers[acc], Logger: logger.With("daemon", accountNames[acc])})
		if err != nil {
			return fmt.Errorf("start %s: %w", accountNames[acc], err)
		}
		w.provs[w.signers[acc].Address] = p
		go p.Run(ctx)
		w.say("%s runs at %s: %s FST per unit, room for %s", accountNames[acc], p.Endpoint(), price, map[bool]string{true: "many leases", false: "one lease"}[i == 2])
	}
	for i := 0; i < 5; i++ {
		acc := 6 + i
		cfg := witness.DefaultConfig()
		cfg.DataDir = filepath.Join(w.o.Dir, accountNames[acc])
		cfg.Listen = ""
		cfg.StakeFST = "100"
		cfg.ProbeInterval, cfg.ProbeJitter, cfg.ProbeTimeout = time.Second, 300*time.Millisecond, 2*time.Second
		cfg.PollInterval = 250 * time.Millisecond
		if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
			return err
		}
		db, err := daemon.OpenStore(filepath.Join(cfg.DataDir, "witness.db"))
		if err != nil {
			return err
		}
		wt, err := witness.New(cfg, witness.Options{Conn: w.conn, Manifest: w.m, Signer: w.signers[acc], Store: db, Logger: logger.With("daemon", accountNames[acc])})
		if err != nil {
			db.Close()
			return fmt.Errorf("start %s: %w", accountNames[acc], err)
		}
		w.wits = append(w.wits, wt)
		go wt.Run(ctx)
	}
	w.say("5 witnesses run, each probing the leases it is drawn for about once a second")
	return nil
}

func (w *world) stopDaemons() {
	for _, p := range w.provs {
		p.Close()
	}
	for _, wt := range w.wits {
		wt.Close()
	}
}

func (w *world) customer(i int) (*market.Client, error) {
	tx := chain.NewSender(w.conn, w.signers[i].Opts, chain.WithPollInterval(100*time.Millisecond))
	return market.New(w.conn.Backend(), w.m, market.WithPermits(tx, w.signers[i].SignHash)), nil
}

// order creates a customer's order: 8 units of 5 s, at most 5 FST a unit, 4 s of bidding.
func (w *world) order(ctx context.Context, who, level int) (uint64, error) {
	c, err := w.customer(who)
	if err != nil {
		return 0, err
	}
	id, _, err := c.CreateOrder(ctx, market.OrderParams{LevelID: uint32(level), DurationUnits: 8, MaxUnitPrice: contracts.FST(5),
		BiddingWindow: 4 * time.Second, WitnessCount: 3})
	if err != nil {
		return 0, fmt.Errorf("%s: %w", accountNames[who], err)
	}
	return id, nil
}

func (w *world) chainNow(ctx context.Context) (time.Time, error) {
	h, err := w.conn.Backend().HeaderByNumber(ctx, nil)
	if err != nil {
		return time.Time{}, err
	}
	return time.Unix(int64(h.Time), 0), nil
}

// waitState waits until the order is at least in state s.
func (w *world) waitState(ctx context.Context, id uint64, s market.State, within time.Duration) (market.Order, error) {
	deadline := time.Now().Add(within)
	for {
		o, err := w.reader.Order(ctx, id)
		if err == nil && o.State >= s {
			return o, nil
		}
		if time.Now().After(deadline) {
			return o, fmt.Errorf("lease %d did not reach %s within %s (it is %s)", id, s, within, o.State)
		}
		select {
		case <-ctx.Done():
			return o, ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// deploy is the customer's side from publication to the start of service: accept, open the
// access information, upload the module, check it answers, fulfill.
func (w *world) deploy(ctx context.Context, who int, id uint64, wasm []byte) (*market.Client, *pclient.Client, error) {
	c, err := w.customer(who)
	if err != nil {
		return nil, nil, err
	}
	name := accountNames[who]
	var d market.Deployment
	for start := time.Now(); ; {
		if d, err = c.Deployment(ctx, id); err == nil {
			break
		}
		if !errors.Is(err, market.ErrNotPublished) || time.Since(start) > time.Minute {
			return nil, nil, fmt.Errorf("%s waits for the deployment of lease %d: %w", name, id, err)
		}
		time.Sleep(200 * time.Millisecond)
	}
	info, err := pclient.Open(w.signers[who].Key, d.AccessInfo)
	if err != nil {
		return nil, nil, fmt.Errorf("%s opens the access information: %w", name, err)
	}
	if info.Endpoint != d.Endpoint || info.Lease != api.LeaseID(id) {
		return nil, nil, fmt.Errorf("%s: the access information names %s for lease %d, the event %s for lease %d", name, info.Endpoint, info.Lease, d.Endpoint, id)
	}
	if _, err := c.AcceptDeployment(ctx, id); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", name, err)
	}
	fc := pclient.New(d.Endpoint, sigauth.Domain{ChainID: w.conn.ChainID(), Market: w.m.Market}, w.signers[who].Key, nil)
	if _, err := fc.Upload(ctx, api.LeaseID(id), wasm); err != nil {
		return nil, nil, fmt.Errorf("%s uploads its function: %w", name, err)
	}
	w.say("lease %d: %s decrypted the access info, uploaded its function (%d KB) to %s", id, name, len(wasm)>>10, d.Endpoint)
	return c, fc, nil
}

func (w *world) leaseA(ctx context.Context, id uint64, thumb []byte, out string) error {
	c, fc, err := w.deploy(ctx, customerA, id, thumb)
	if err != nil {
		return err
	}
	res, err := fc.Invoke(ctx, api.LeaseID(id), "POST", "/?w=240", landscape, map[string][]string{"Content-Type": {"image/jpeg"}})
	if err != nil {
		return fmt.Errorf("customer-A invokes thumbnail: %w", err)
	}
	body, err := io.ReadAll(res.Body)
	res.Body.Close()
	if err != nil || res.StatusCode != 200 {
		return fmt.Errorf("customer-A invokes thumbnail: status %d, %v", res.StatusCode, err)
	}
	img, err := png.Decode(bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("the thumbnail is not a PNG: %w", err)
	}
	if err := os.WriteFile(out, body, 0o644); err != nil {
		return err
	}
	w.say("lease %d: customer-A's thumbnail of a %d KB JPEG came back as a %dx%d PNG: %s", id, len(landscape)>>10, img.Bounds().Dx(), img.Bounds().Dy(), out)
	if _, err := c.Fulfill(ctx, id); err != nil {
		return fmt.Errorf("customer-A: %w", err)
	}
	return w.untilFinished(ctx, c, id)
}

func (w *world) leaseB(ctx context.Context, id uint64, hello []byte) error {
	c, fc, err := w.deploy(ctx, customerB, id, hello)
	if err != nil {
		return err
	}
	res, err := fc.Invoke(ctx, api.LeaseID(id), "GET", "/hello?from=customer-B", nil, nil)
	if err != nil {
		return fmt.Errorf("customer-B invokes hello: %w", err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || !bytes.Contains(body, []byte("/hello")) {
		return fmt.Errorf("customer-B invokes hello: status %d, body %q", res.StatusCode, body)
	}
	w.say("lease %d: customer-B's hello answers %d (%d bytes)", id, res.StatusCode, len(body))
	if _, err := c.Fulfill(ctx, id); err != nil {
		return fmt.Errorf("customer-B: %w", err)
	}
	l, err := c.Lease(ctx, id)
	if err != nil {
		return err
	}
	half := l.ServiceStart.Add(l.ServiceEnd.Sub(l.ServiceStart) / 2)
	for {
		now, err := w.chainNow(ctx)
		if err != nil {
			return err
		}
		if !now.Before(half) {
			break
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
	p := w.provs[l.Provider]
	if p == nil {
		return fmt.Errorf("lease %d went to %s, which is none of the demo's providers", id, l.Provider)
	}
	p.StopServing()
	w.say("lease %d: %s STOPS SERVING half-way through the lease", id, w.names[l.Provider])
	return w.untilFinished(ctx, c, id)
}

// untilFinished waits for the lease to end; the providers and witnesses settle and finish it,
// and the customer does if nobody has a while after it is due.
func (w *world) untilFinished(ctx context.Context, c *market.Client, id uint64) error {
	cm, err := c.Committee(ctx, id)
	if err != nil {
		return err
	}
	for start := time.Now(); ; {
		o, err := c.Order(ctx, id)
		if err != nil {
			return err
		}
		if o.State.Terminal() {
			return nil
		}
		now, err := w.chainNow(ctx)
		if err != nil {
			return err
		}
		if !cm.RevealEnd.IsZero() && now.After(cm.RevealEnd.Add(5*time.Second)) {
			// Due for a while and nobody moved it: the customer does (anyone may).
			if o.State == market.StateFulfilling {
				c.Settle(ctx, id)
			} else if o.State == market.StateSettled {
				c.Finish(ctx, id)
			}
		}
		if time.Since(start) > 3*time.Minute {
			return fmt.Errorf("lease %d is still %s", id, o.State)
		}
		if cm.RevealEnd.IsZero() || cm.Status != market.CommitteeFinalized {
			if x, err := c.Committee(ctx, id); err == nil {
				cm = x
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(300 * time.Millisecond):
		}
	}
}

// finish checks both stories, computes the table and each lease's gas.
func (w *world) finish(ctx context.Context, res *Result, before map[common.Address]*big.Int, aID, bID uint64, params market.Params) (*Result, error) {
	var problems []string
	for _, l := range []struct {
		name     string
		id       uint64
		violated bool
	}{{"A (thumbnail, served)", aID, false}, {"B (hello, provider stops half-way)", bID, true}} {
		o, err := w.reader.Order(ctx, l.id)
		if err != nil {
			return nil, err
		}
		lease, err := w.reader.Lease(ctx, l.id)
		if err != nil {
			return nil, err
		}
		lr := LeaseResult{Name: l.name, OrderID: l.id, Provider: w.names[lease.Provider], Violated: o.Violated, Fee: lease.Fee}
		if o.State != market.StateFinished {
			problems = append(problems, fmt.Sprintf("lease %d ended %s, not Finished", l.id, o.State))
		}
		if o.Violated != l.violated {
			problems = append(problems, fmt.Sprintf("lease %d: violated=%v, the story says %v", l.id, o.Violated, l.violated))
		}
		w.mu.Lock()
		for h, what := range w.txByID[l.id] {
			r, err := w.conn.Backend().TransactionReceipt(ctx, h)
			if err == nil {
				lr.GasUsed += r.GasUsed
				lr.Transacts++
				lr.Steps = append(lr.Steps, GasStep{What: what, Gas: r.GasUsed, Block: r.BlockNumber.Uint64(), Index: r.TransactionIndex})
			}
		}
		sort.Slice(lr.Steps, func(i, j int) bool {
			a, b := lr.Steps[i], lr.Steps[j]
			return a.Block < b.Block || a.Block == b.Block && a.Index < b.Index
		})
		w.mu.Unlock()
		res.Leases = append(res.Leases, lr)
	}

	stakeOf := func(a common.Address) (*big.Int, error) {
		total := new(big.Int)
		p, err := w.reader.Provider(ctx, a)
		if err != nil {
			return nil, err
		}
		total.Add(total, p.Stake)
		wt, err := w.reader.Witness(ctx, a)
		if err != nil {
			return nil, err
		}
		return total.Add(total, wt.Stake), nil
	}
	change := map[string]*big.Int{}
	for _, s := range w.signers {
		after, err := w.reader.Balance(ctx, s.Address)
		if err != nil {
			return nil, err
		}
		stake, err := stakeOf(s.Address)
		if err != nil {
			return nil, err
		}
		row := AccountRow{Name: w.names[s.Address], Address: s.Address, WalletBefore: before[s.Address], WalletAfter: after, StakeAfter: stake}
		row.Change = new(big.Int).Sub(new(big.Int).Add(after, stake), before[s.Address])
		change[row.Name] = row.Change
		res.Accounts = append(res.Accounts, row)
	}

	// Money checks: A's provider earned A's fee, A's customer paid it; B's customer got the
	// collateral of B's provider on top of its fee back; every witness's change is its payoffs.
	a, b := res.Leases[0], res.Leases[1]
	leaseB, _ := w.reader.Lease(ctx, bID)
	if got := change[a.Provider]; got.Cmp(a.Fee) != 0 {
		problems = append(problems, fmt.Sprintf("%s (lease A) changed by %s, want the fee %s", a.Provider, fst(got), fst(a.Fee)))
	}
	if got := change["customer-A"]; got.Cmp(new(big.Int).Neg(a.Fee)) != 0 {
		problems = append(problems, fmt.Sprintf("customer-A changed by %s, want -%s", fst(got), fst(a.Fee)))
	}
	if got := change["customer-B"]; got.Cmp(leaseB.Collateral) != 0 {
		problems = append(problems, fmt.Sprintf("customer-B changed by %s, want +%s (the collateral)", fst(got), fst(leaseB.Collateral)))
	}
	if got := change[b.Provider]; got.Cmp(new(big.Int).Neg(leaseB.Collateral)) != 0 {
		problems = append(problems, fmt.Sprintf("%s (lease B) changed by %s, want -%s", b.Provider, fst(got), fst(leaseB.Collateral)))
	}
	if err := w.checkPayoffs(ctx, change, params, aID, bID); err != nil {
		problems = append(problems, err.Error())
	}
	res.Wall = time.Since(w.start)
	w.printTable(res)
	if len(problems) > 0 {
		return res, fmt.Errorf("the demo did not end as told: %v", problems)
	}
	w.say("both stories ended as told in %s", res.Wall.Round(100*time.Millisecond))
	return res, nil
}

// checkPayoffs recomputes every witness's payoff from the revealed reports and the verdicts
// (SPEC §4.4) and compares it with the change of its FST.
func (w *world) checkPayoffs(ctx context.Context, change map[string]*big.Int, params market.Params, ids ...uint64) error {
	want := map[string]*big.Int{}
	for _, id := range ids {
		cm, err := w.reader.Committee(ctx, id)
		if err != nil {
			return err
		}
		for _, m := range cm.Members {
			seat, err := w.reader.Seat(ctx, id, m)
			if err != nil {
				return err
			}
			var u int64
			switch {
			case !seat.Revealed:
				u = -1
			case cm.Violated && seat.Violated:
				u = 10
			case cm.Violated:
				u = 0
			case seat.Violated:
				u = -1
			default:
				u = 1
			}
			name := w.names[m]
			if want[name] == nil {
				want[name] = new(big.Int)
			}
			want[name].Add(want[name], new(big.Int).Mul(big.NewInt(u), params.RewardUnit))
		}
	}
	for i := 6; i < len(accountNames); i++ {
		name := accountNames[i]
		exp := want[name]
		if exp == nil {
			exp = new(big.Int)
		}
		if change[name].Cmp(exp) != 0 {
			return fmt.Errorf("%s changed by %s, the payoff table says %s", name, fst(change[name]), fst(exp))
		}
	}
	return nil
}

func (w *world) printTable(res *Result) {
	w.printMu.Lock()
	defer w.printMu.Unlock()
	out := w.o.Out
	fmt.Fprintln(out)
	tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "account\tFST before\tFST after\tstaked after\tchange\t")
	for _, r := range res.Accounts {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t\n", r.Name, market.FormatFST(r.WalletBefore), market.FormatFST(r.WalletAfter), market.FormatFST(r.StakeAfter), signed(r.Change))
	}
	tw.Flush()
	fmt.Fprintln(out)
	for _, l := range res.Leases {
		fmt.Fprintf(out, "lease %d, %s: provider %s, violated=%v, fee %s; %d transactions, %d gas on chain\n",
			l.OrderID, l.Name, l.Provider, l.Violated, fst(l.Fee), l.Transacts, l.GasUsed)
	}
	fmt.Fprintf(out, "thumbnail written to %s\n", res.Thumbnail)
}

func signed(v *big.Int) string {
	if v.Sign() > 0 {
		return "+" + market.FormatFST(v)
	}
	return market.FormatFST(v)
}
