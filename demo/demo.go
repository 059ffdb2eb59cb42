// Package demo plays the whole market in one process, the main job of `defaas demo`: an
// embedded devnet, three provider daemons with different prices, five witness daemons and
// three customers, and three leases at once, on the rules of SPEC v2. Lease A is in keys
// mode: an end user calls the thumbnail with an API key and plain HTTP, and the witnesses
// probe with the probe kits the customer posts; no violation, the provider is paid. Lease B's
// provider stops serving half-way: Violation, its collateral burned, the customer's fee
// refunded. Lease C has four segments, each with a committee of its own, and its provider
// stops serving in the third: segments 1–2 are paid, 3–4 refunded with their share of the
// collateral burned. The demo prints every party's FST before and after, and the checks it
// made of them; it fails if one fails.
package demo

import (
	"context"
	_ "embed"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/devnet"
	functions "github.com/defaas/defaas/examples/functions"
	"github.com/defaas/defaas/keys"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/provider"
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
	// Explorer serves the explorer (a live web page of the market) on ExplorerListen
	// (explorer.DefaultListen when empty, a free port if that is taken) until the demo ends.
	Explorer       bool
	ExplorerListen string
}

// Result is what happened.
type Result struct {
	Wall      time.Duration
	Thumbnail string // the file the thumbnail was written to
	Leases    []LeaseResult
	Accounts  []AccountRow
	// SupplyBefore and SupplyAfter are the FST in existence; Minted and Burned what the
	// token's transfers from and to the zero address moved in between.
	SupplyBefore, SupplyAfter, Minted, Burned *big.Int
	// Checks are the checks the demo made, in order; it fails if one failed.
	Checks []Check
}

// Check is one thing the demo checked of the chain's outcome.
type Check struct {
	OK   bool
	What string
}

// LeaseResult is one lease's story.
type LeaseResult struct {
	Name     string
	OrderID  uint64
	Provider string
	// Violated is each segment's verdict.
	Violated   []bool
	Fee        *big.Int
	Collateral *big.Int
	SeatFee    *big.Int
	Settlement market.Settlement
	GasUsed    uint64 // all transactions that touched the lease
	Transacts  int
	Steps      []GasStep
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

// The accounts: customer-X orders lease X.
const (
	customerA = 1 + iota
	customerB
	customerC
	firstProvider
	firstWitness = firstProvider + 3
)

var accountNames = []string{"deployer", "customer-A", "customer-B", "customer-C", "provider-1", "provider-2", "provider-3",
	"witness-1", "witness-2", "witness-3", "witness-4", "witness-5"}

// prices of the three providers, per billing unit of any level; provider-1 and provider-2 have
// room for one lease each, provider-3 for many.
var providerPrices = []string{"1", "2", "3"}

// witnessStake is what each witness daemon stakes; its payoffs are credited to it.
const witnessStake = "100"

type world struct {
	o        Options
	start    time.Time
	dn       *devnet.Devnet
	conn     *chain.Conn
	m        contracts.Manifest
	reader   *market.Client
	clock    *market.Clock
	signers  []*keys.Signer
	names    map[common.Address]string
	provs    map[common.Address]*provider.Provider
	wits     []*witness.Witness
	narrator *narrator
	logger   *slog.Logger

	mu     sync.Mutex
	txByID map[uint64]map[common.Hash]string // the first narrated event of each transaction
	checks []Check
	// compiled is closed, or sends an error, once the example functions are compiled into
	// the daemons' shared cache.
	compiled    chan error
	compileErr  error
	compileOnce sync.Once
	printMu     sync.Mutex
	lastLine    string
}

// stories are the three leases.
func stories() []*story {
	return []*story{
		{name: "A", title: "thumbnail, keys mode, served", customer: customerA, level: 1, segments: 1, violated: []bool{false}, kits: 1},
		{name: "B", title: "hello, the provider stops half-way", customer: customerB, level: 0, segments: 1, violated: []bool{true}, kits: 1,
			stopAt: func(segs []market.Segment) (time.Time, string) {
				return segs[0].Start.Add(segs[0].End.Sub(segs[0].Start) / 2), "half-way through the lease"
			}},
		{name: "C", title: "hello, 4 segments, the provider stops in segment 3", customer: customerC, level: 0, segments: 4,
			violated: []bool{false, false, true, true}, kits: 2,
			stopAt: func(segs []market.Segment) (time.Time, string) {
				return segs[2].Start, "as segment 3 of 4 begins"
			}},
	}
}

// Run plays the demo. It returns an error unless every lease ended as its story says and
// every check of the money passed.
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
		txByID: map[uint64]map[common.Hash]string{}, logger: slog.New(slog.NewTextHandler(logs, nil))}
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
		DataDir: "", Logger: w.logger})
	if err != nil {
		return nil, fmt.Errorf("start the devnet: %w", err)
	}
	defer dn.Close()
	w.dn, w.m = dn, dn.Manifest()
	if w.conn, err = chain.NewConn(dn.Client()); err != nil {
		return nil, err
	}
	w.reader = market.New(w.conn.Backend(), w.m, nil)
	w.clock = market.NewClock(w.conn.Backend())
	chainID := w.conn.ChainID()
	for i, acc := range dn.Accounts() {
		w.signers = append(w.signers, keys.FromKey(acc.Key, chainID))
		w.names[acc.Address] = accountNames[i]
	}
	mk, pl, _ := w.reader.Bindings()
	w.narrator = &narrator{names: w.names, market: mk, pool: pl, m: w.m}
	w.say("devnet up at %s: FaaSToken %s, Market %s, WitnessPool %s", dn.HTTPURL(), w.m.Token.Hex()[:10], w.m.Market.Hex()[:10], w.m.WitnessPool.Hex()[:10])
	stopExplorer, err := w.startExplorer(ctx, w.logger)
	if err != nil {
		return nil, err
	}
	defer stopExplorer()

	// The baseline: the head first, then the balances and the supply, read while it is still the
	// head (nothing is sent until the stories start); the supply's changes are counted from the
	// block after it.
	head, err := w.clock.Read(ctx)
	if err != nil {
		return nil, err
	}
	before := map[common.Address]*big.Int{}
	for _, s := range w.signers {
		if before[s.Address], err = w.reader.Balance(ctx, s.Address); err != nil {
			return nil, err
		}
	}
	supplyBefore, err := w.reader.TotalSupply(ctx)
	if err != nil {
		return nil, err
	}

	// Narrate every event of the two contracts, and remember which transactions touched which
	// lease, for its gas.
	watcher, err := chain.NewWatcher(w.conn, chain.WatchOptions{Name: "demo", Addresses: []common.Address{w.m.Market, w.m.WitnessPool},
		From: w.m.DeploymentBlock, PollInterval: 200 * time.Millisecond, Logger: w.logger})
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
	// Compiled once into the daemons' shared cache while the auctions run; the customers
	// upload once it is done.
	w.compiled = make(chan error, 1)
	go func() { w.compiled <- w.precompile(ctx, b.thumb, b.hello) }()

	res := &Result{Thumbnail: o.Thumbnail, SupplyBefore: supplyBefore}
	if res.Thumbnail == "" {
		res.Thumbnail = "defaas-demo-thumbnail.png"
	}
	// One order after the other, each once the previous auction is decided: the cheapest
	// provider, which has room for one lease, takes A; the next one B; the dearest C. The
	// three leases then run at once.
	all := stories()
	all[0].wasm, all[1].wasm, all[2].wasm = b.thumb, b.hello, b.hello
	errs := make(chan error, len(all))
	for i, s := range all {
		if err := w.order(ctx, s); err != nil {
			return nil, err
		}
		if i < len(all)-1 {
			if _, err := w.waitState(ctx, s.id, market.StateConfirming, 60*time.Second); err != nil {
				return nil, err
			}
		}
		go func() {
			if s.name == "A" {
				errs <- w.leaseA(ctx, s, res.Thumbnail)
				return
			}
			errs <- w.leaseHello(ctx, s)
		}()
	}
	for range all {
		if err := <-errs; err != nil {
			return nil, err
		}
	}
	// The last events are narrated within a poll or two.
	time.Sleep(2 * o.BlockTime)
	return w.finish(ctx, res, before, head.Number+1, all)
}

func (w *world) say(format string, args ...any) {
	w.printMu.Lock()
	defer w.printMu.Unlock()
	fmt.Fprintf(w.o.Out, "[%5.1fs] %s\n", time.Since(w.start).Seconds(), fmt.Sprintf(format, args...))
}

// check records a check of the outcome; finish prints them all, with ✓ or ✗.
func (w *world) check(ok bool, format string, args ...any) {
	c := Check{OK: ok, What: fmt.Sprintf(format, args...)}
	w.mu.Lock()
	w.checks = append(w.checks, c)
	w.mu.Unlock()
}
