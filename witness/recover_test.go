package witness_test

import (
	"context"
	"crypto/sha256"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/internal/testchain"
	"github.com/defaas/defaas/keys"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/witness"
)

// The chain goes back under the witness daemon (issue 11): a reorganisation deeper than its
// watcher remembers (64 blocks) and than geth's transaction pool takes back, on the simulated
// chain (internal/testchain), whose clock the test moves. Accounts: 0 deployed the contracts,
// 1 is the customer, 2 the provider, 3 the witness daemon, 4 and up witnesses the test
// registers itself (they never draw, commit or reveal unless the test says so).

// forkDepth: more than the watcher keeps (its ReorgDepth, 64) and than the pool takes back.
const forkDepth = 70

const daemonAcc = 3

type simWorld struct {
	t        *testing.T
	c        *testchain.Chain
	conn     *chain.Conn
	reader   *market.Client
	customer *market.Client
	provider *market.Client
	others   []*market.Client // the witnesses the test registered
	endpoint string
}

// newSimWorld registers the provider and others witnesses besides the daemon's account.
func newSimWorld(t *testing.T, others int) *simWorld {
	t.Helper()
	c := testchain.New(t, daemonAcc+1+others)
	conn, err := chain.NewConn(c.MiningClient())
	if err != nil {
		t.Fatal(err)
	}
	// The provider's endpoint answers every probe; what the seat reports is no matter here.
	srv := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, _ *http.Request) { rw.WriteHeader(http.StatusServiceUnavailable) }))
	t.Cleanup(srv.Close)
	w := &simWorld{t: t, c: c, conn: conn, endpoint: srv.URL,
		reader:   market.New(c.Client, c.Manifest, nil),
		customer: market.New(c.Client, c.Manifest, c.Transactor(customerAcc)),
		provider: market.New(c.Client, c.Manifest, c.Transactor(providerAcc))}
	ctx := context.Background()
	if _, err := w.provider.RegisterProvider(ctx, contracts.FST(5000), "https://provider.example"); err != nil {
		t.Fatal(err)
	}
	for i := daemonAcc + 1; i <= daemonAcc+others; i++ {
		wc := market.New(c.Client, c.Manifest, c.Transactor(i))
		if _, err := wc.RegisterWitness(ctx, contracts.FST(100)); err != nil {
			t.Fatal(err)
		}
		w.others = append(w.others, wc)
	}
	return w
}

// startDaemon runs the witness daemon of account daemonAcc; it draws, and neither opens nor
// settles.
func (w *simWorld) startDaemon() *witness.Witness {
	w.t.Helper()
	cfg := witness.DefaultConfig()
	cfg.StakeFST = "200"
	cfg.PollInterval = 20 * time.Millisecond
	cfg.WasmCacheDir = cacheDir
	cfg.DataDir = w.t.TempDir()
	cfg.Open, cfg.Settle = false, false
	wit, err := witness.New(context.Background(), cfg, witness.Options{
		Conn: w.conn, Manifest: w.c.Manifest, Signer: keys.FromKey(keys.DevKey(daemonAcc), w.c.ChainID),
		Logger:   slog.New(slog.NewTextHandler(testWriter{w.t}, &slog.HandlerOptions{Level: slog.LevelWarn})),
		Registry: prometheus.NewRegistry(),
		// The sender's own timeout (2 min) is what a nonce gap would cost.
		SenderOptions: []chain.SenderOption{chain.WithPollInterval(5 * time.Millisecond)},
	})
	if err != nil {
		w.t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- wit.Run(context.Background()) }()
	w.t.Cleanup(func() {
		wit.Close()
		if err := <-done; err != nil {
			w.t.Errorf("witness daemon: %v", err)
		}
	})
	w.eventually(30*time.Second, "the daemon registered", func() bool { return wit.Healthy() == nil })
	return wit
}

// eventually mines a block and checks cond until it holds.
func (w *simWorld) eventually(timeout time.Duration, what string, cond func() bool) {
	w.t.Helper()
	for end := time.Now().Add(timeout); !cond(); {
		if time.Now().After(end) {
			w.t.Fatalf("timed out after %s waiting for %s", timeout, what)
		}
		w.c.Mine(1)
		time.Sleep(20 * time.Millisecond)
	}
}

// serve takes a one-segment order of units billing periods to its service, the committee of
// its segment 0 requested.
func (w *simWorld) serve(units uint32) uint64 {
	w.t.Helper()
	ctx := context.Background()
	id, _, err := w.customer.CreateOrder(ctx, market.OrderParams{LevelID: 0, DurationUnits: units, MaxUnitPrice: contracts.FST(10),
		BiddingWindow: 10 * time.Second, WitnessCount: 3, Segments: 1})
	if err != nil {
		w.t.Fatal(err)
	}
	if _, err := w.provider.Bid(ctx, id, contracts.FST(8)); err != nil {
		w.t.Fatal(err)
	}
	w.c.AdvanceTo(w.order(id).AuctionEnd())
	module := sha256.Sum256([]byte("a module nobody fetches"))
	steps := []func() error{
		func() error { _, err := w.customer.CloseBidding(ctx, id); return err },
		func() error { _, err := w.provider.PublishDeployment(ctx, id, w.endpoint+"/", nil); return err },
		func() error { _, err := w.customer.AcceptDeployment(ctx, id); return err },
		func() error { _, err := w.customer.Fulfill(ctx, id, module); return err },
		func() error { _, err := w.provider.ConfirmDeployment(ctx, id); return err },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			w.t.Fatal(err)
		}
	}
	return id
}

func (w *simWorld) order(id uint64) market.Order {
	w.t.Helper()
	o, err := w.reader.Order(context.Background(), id)
	if err != nil {
		w.t.Fatal(err)
	}
	return o
}

func (w *simWorld) committee(id uint64) market.Committee {
	w.t.Helper()
	cm, err := w.reader.Committee(context.Background(), id)
	if err != nil {
		w.t.Fatal(err)
	}
	return cm
}

// drawLog is the canonical chain's CommitteeDrawn log of committee id, if there is one.
func (w *simWorld) drawLog(id uint64) (types.Log, bool) {
	w.t.Helper()
	logs, err := w.c.Client.FilterLogs(context.Background(), ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(w.c.Manifest.DeploymentBlock), Addresses: []common.Address{w.c.Manifest.WitnessPool},
		Topics: [][]common.Hash{{market.PoolEvent("CommitteeDrawn")}}})
	if err != nil {
		w.t.Fatal(err)
	}
	for _, l := range logs {
		if ev, err := w.reader.DecodeCommitteeDrawn(&l); err == nil && ev.CommitteeID == id {
			return l, true
		}
	}
	return types.Log{}, false
}

// sender is the account that sent the transaction of l.
func (w *simWorld) sender(l types.Log) common.Address {
	w.t.Helper()
	tx, _, err := w.c.Client.TransactionByHash(context.Background(), l.TxHash)
	if err != nil {
		w.t.Fatal(err)
	}
	from, err := types.Sender(types.LatestSignerForChainID(w.c.ChainID), tx)
	if err != nil {
		w.t.Fatal(err)
	}
	return from
}

// forkBelow makes the parent of block hash the head, after forkDepth blocks on top of the old
// branch, and grows the new branch longer than the old.
func (w *simWorld) forkBelow(block common.Hash) {
	w.t.Helper()
	hdr, err := w.c.Client.HeaderByHash(context.Background(), block)
	if err != nil {
		w.t.Fatal(err)
	}
	w.c.Mine(forkDepth)
	if err := w.c.Fork(hdr.ParentHash); err != nil {
		w.t.Fatal(err)
	}
	w.c.Mine(forkDepth + 5)
}

// seat is the daemon's status of its seat on a committee.
func seatOf(wit *witness.Witness, id uint64) (witness.SeatStatus, bool) {
	for _, s := range wit.Seats() {
		if s.Committee == id {
			return s, true
		}
	}
	return witness.SeatStatus{}, false
}

// Rule 1: a removed event makes the daemon read its nonce from the node again. The draw the
// daemon sent leaves the chain, its nonce free again; the daemon draws again at once (without
// Resync its next transaction would wait behind the gap until the sender gives up, 2 min).
func TestRecovery_ARemovedEventMakesTheNextTransactionReadTheNonceAgain(t *testing.T) {
	w := newSimWorld(t, 2)
	wit := w.startDaemon()
	id := w.serve(80) // 400 s: the segment outlasts the fork
	cid := market.CommitteeID(id, 0)
	var drawn types.Log
	w.eventually(30*time.Second, "the daemon's draw", func() bool {
		var ok bool
		drawn, ok = w.drawLog(cid)
		return ok
	})
	if from := w.sender(drawn); from != wit.Address() {
		t.Fatalf("the committee was drawn by %s, want the daemon %s", from.Hex(), wit.Address().Hex())
	}
	w.eventually(10*time.Second, "the daemon's seat", func() bool { _, ok := seatOf(wit, cid); return ok })

	w.forkBelow(drawn.BlockHash)
	if cm := w.committee(cid); cm.Status != market.CommitteeRequested {
		t.Fatalf("committee %d after the fork: %v, want requested again", cid, cm.Status)
	}
	var again types.Log
	w.eventually(20*time.Second, "the draw sent again", func() bool {
		var ok bool
		again, ok = w.drawLog(cid)
		return ok
	})
	if again.BlockHash == drawn.BlockHash {
		t.Fatal("the draw found is the one that left the chain")
	}
	if from := w.sender(again); from != wit.Address() {
		t.Fatalf("the committee was drawn again by %s, want the daemon", from.Hex())
	}
}
