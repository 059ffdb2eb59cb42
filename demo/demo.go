// Package demo plays the whole market in one process, the main job of `defaas demo`: an
// embedded devnet, three provider daemons with different prices, five witness daemons and two
// customers, and two leases at once. Customer A runs the thumbnail example and is served; the
// provider of customer B stops serving half-way, the witnesses see it, and B is refunded with
// the provider's collateral. The demo checks that both stories ended as told and reports
// every account's FST before and after.
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
	clock    *market.Clock
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
	w.clock = market.NewClock(w.conn.Backend())
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
	w.narrator = &narrator{names: w.names, market: mk, pool: pl, m: w.m, unit: params.MinSeatFeePerUnit}
	w.say("devnet up at %s: FaaSToken %s, Market %s, WitnessPool %s", dn.HTTPURL(), w.m.Token.Hex()[:10], w.m.Market.Hex()[:10], w.m.WitnessPool.Hex()[:10])
	stopExplorer, err := w.startExplorer(ctx, slog.New(slog.NewTextHandler(logs, nil)))
	if err != nil {
		return nil, err
	}
	defer stopExplorer()

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
