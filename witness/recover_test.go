package witness_test

import (
	"context"
	"crypto/sha256"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/defaas/defaas/chain"
	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/internal/testchain"
	"github.com/defaas/defaas/keys"
	"github.com/defaas/defaas/market"
	"github.com/defaas/defaas/witness"
)

// The chain goes back under the witness daemon (issue 11), on the simulated chain
// (internal/testchain), whose clock the test moves: a reorganisation deeper than its watcher
// remembers (64 blocks) and than geth's transaction pool takes back, or — where a window of
// seconds must stay open, and 70 blocks would take 70 s of the chain's clock — a fork of one
// block whose transaction never comes back (its nonce taken by another of the daemon's). Accounts: 0 deployed the contracts,
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

// startDaemon runs the witness daemon of account daemonAcc on a new data directory, reading
// the chain every poll; it draws if draw says so, and neither opens nor settles.
func (w *simWorld) startDaemon(poll time.Duration, draw bool) *witness.Witness {
	wit, _ := w.startDaemonIn(w.t.TempDir(), poll, draw)
	return wit
}

// startDaemonIn is startDaemon on the data directory dir; stop stops the daemon.
func (w *simWorld) startDaemonIn(dir string, poll time.Duration, draw bool) (wit *witness.Witness, stop func()) {
	w.t.Helper()
	cfg := witness.DefaultConfig()
	cfg.StakeFST = "200"
	cfg.PollInterval = poll
	cfg.WasmCacheDir = cacheDir
	cfg.DataDir = dir
	cfg.Open, cfg.Settle, cfg.Draw = false, false, draw
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
	var once sync.Once
	stop = func() {
		once.Do(func() {
			wit.Close()
			if err := <-done; err != nil {
				w.t.Errorf("witness daemon: %v", err)
			}
		})
	}
	w.t.Cleanup(stop)
	w.eventually(30*time.Second, "the daemon registered", func() bool { return wit.Healthy() == nil })
	return wit, stop
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
// Resync its next transaction would wait behind the gap until the sender gives up, 2 min),
// running throughout or restarted after the fork (its watcher then walks back to the fork).
func TestRecovery_ARemovedEventMakesTheNextTransactionReadTheNonceAgain(t *testing.T) {
	for _, restart := range []bool{false, true} {
		t.Run(map[bool]string{false: "running", true: "restarted"}[restart], func(t *testing.T) {
			w := newSimWorld(t, 2)
			dir := t.TempDir()
			wit, stop := w.startDaemonIn(dir, 20*time.Millisecond, true)
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
			if restart {
				stop()
			}

			w.forkBelow(drawn.BlockHash)
			if cm := w.committee(cid); cm.Status != market.CommitteeRequested {
				t.Fatalf("committee %d after the fork: %v, want requested again", cid, cm.Status)
			}
			if restart {
				wit, _ = w.startDaemonIn(dir, 20*time.Millisecond, true)
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
			// The new draw seats the daemon again: its seat goes on.
			if s, _ := seatOf(wit, cid); s.Phase != witness.PhaseProbing {
				t.Fatalf("the daemon's seat after the draw made again: %+v, want it probing", s)
			}
		})
	}
}

// waitFor checks cond until it holds, mining nothing: the chain's clock moves a second a
// block, and the commit window is five.
func (w *simWorld) waitFor(timeout time.Duration, what string, cond func() bool) {
	w.t.Helper()
	for end := time.Now().Add(timeout); !cond(); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(end) {
			w.t.Fatalf("timed out after %s waiting for %s", timeout, what)
		}
	}
}

func (w *simWorld) seat(cid uint64, a common.Address) market.Seat {
	w.t.Helper()
	s, err := w.reader.Seat(context.Background(), cid, a)
	if err != nil {
		w.t.Fatal(err)
	}
	return s
}

// reportLog is the canonical chain's log of event (ReportCommitted or ReportRevealed) of the
// daemon on committee cid, if there is one.
func (w *simWorld) reportLog(event string, cid uint64) (types.Log, bool) {
	w.t.Helper()
	logs, err := w.c.Client.FilterLogs(context.Background(), ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(w.c.Manifest.DeploymentBlock), Addresses: []common.Address{w.c.Manifest.WitnessPool},
		Topics: [][]common.Hash{{market.PoolEvent(event)}, {market.IDTopic(cid)}, {common.BytesToHash(w.c.Accounts[daemonAcc].Addr.Bytes())}}})
	if err != nil {
		w.t.Fatal(err)
	}
	if len(logs) == 0 {
		return types.Log{}, false
	}
	return logs[len(logs)-1], true
}

// takeBack makes the block of l leave the chain for good, as a deep reorganisation does,
// while little of the chain's clock passes: the chain forks below the block, and the
// transaction of l, which the pool takes back, is replaced by a plain transfer of the daemon's
// with the same nonce, mined at once.
func (w *simWorld) takeBack(l types.Log) {
	w.t.Helper()
	ctx := context.Background()
	tx, _, err := w.c.Client.TransactionByHash(ctx, l.TxHash)
	if err != nil {
		w.t.Fatal(err)
	}
	me := w.c.Accounts[daemonAcc].Addr
	double := func(x *big.Int) *big.Int {
		return new(big.Int).Add(new(big.Int).Mul(x, big.NewInt(2)), big.NewInt(params.GWei))
	}
	other, err := types.SignNewTx(w.c.Accounts[daemonAcc].Key, types.LatestSignerForChainID(w.c.ChainID), &types.DynamicFeeTx{
		ChainID: w.c.ChainID, Nonce: tx.Nonce(), GasTipCap: double(tx.GasTipCap()), GasFeeCap: double(tx.GasFeeCap()),
		Gas: params.TxGas, To: &me, Value: big.NewInt(0)})
	if err != nil {
		w.t.Fatal(err)
	}
	hdr, err := w.c.Client.HeaderByHash(ctx, l.BlockHash)
	if err != nil {
		w.t.Fatal(err)
	}
	if err := w.c.Fork(hdr.ParentHash); err != nil {
		w.t.Fatal(err)
	}
	// The pool learns of the fork in the background: until it has, the nonce looks used.
	for start := time.Now(); ; time.Sleep(time.Millisecond) {
		err := w.c.Client.SendTransaction(ctx, other)
		if err == nil {
			break
		}
		if time.Since(start) > 5*time.Second {
			w.t.Fatal(err)
		}
	}
	w.c.Mine(1)
	if r, err := w.c.Client.TransactionReceipt(ctx, other.Hash()); err != nil || r.Status != types.ReceiptStatusSuccessful {
		w.t.Fatalf("the transfer that takes the nonce of %s: %v %v", l.TxHash.Hex(), r, err)
	}
}

// seated runs a lease of 400 s, lets the daemon draw and take its seat, and ends the
// segment: the daemon commits its report.
func (w *simWorld) seated() (cid uint64, committed types.Log) {
	w.t.Helper()
	id := w.serve(80)
	cid = market.CommitteeID(id, 0)
	w.eventually(30*time.Second, "the daemon's draw", func() bool { _, ok := w.drawLog(cid); return ok })
	cm := w.committee(cid)
	w.c.AdvanceTo(cm.End)
	w.waitFor(15*time.Second, "the daemon's commitment", func() bool {
		var ok bool
		committed, ok = w.reportLog("ReportCommitted", cid)
		return ok
	})
	return cid, committed
}

// Rule 2: a commitment that left the chain while the commit window is open is committed
// again (the report and its secret are in the store): the daemon then reveals it.
func TestRecovery_ACommitmentThatLeftTheChainIsCommittedAgainInItsWindow(t *testing.T) {
	w := newSimWorld(t, 2)
	w.startDaemon(200*time.Millisecond, true)
	cid, committed := w.seated()
	me := w.c.Accounts[daemonAcc].Addr
	w.takeBack(committed)
	w.committedAgainThenRevealed(cid, me, committed, w.committee(cid), "")
}

// committedAgainThenRevealed waits for the daemon to commit its report again, in a transaction
// other than committed and within the commit window, then for its reveal. after says when.
func (w *simWorld) committedAgainThenRevealed(cid uint64, me common.Address, committed types.Log, cm market.Committee, after string) {
	w.t.Helper()
	w.waitFor(15*time.Second, "the commitment sent again"+after, func() bool {
		l, ok := w.reportLog("ReportCommitted", cid)
		return ok && l.TxHash != committed.TxHash
	})
	if now := w.c.Now(); now.After(cm.CommitEnd) {
		w.t.Fatalf("committed again at %s, after the commit window (%s)", now, cm.CommitEnd)
	}
	w.c.AdvanceTo(cm.CommitEnd.Add(time.Second))
	w.waitFor(15*time.Second, "the reveal of the commitment sent again", func() bool { return w.seat(cid, me).Revealed })
}

// Rule 2: a reveal that left the chain while the reveal window is open is sent again.
func TestRecovery_ARevealThatLeftTheChainIsSentAgainInItsWindow(t *testing.T) {
	w := newSimWorld(t, 2)
	w.startDaemon(200*time.Millisecond, true)
	cid, _ := w.seated()
	me := w.c.Accounts[daemonAcc].Addr
	cm := w.committee(cid)
	w.c.AdvanceTo(cm.CommitEnd.Add(time.Second))
	var revealed types.Log
	w.waitFor(15*time.Second, "the daemon's reveal", func() bool {
		var ok bool
		revealed, ok = w.reportLog("ReportRevealed", cid)
		return ok
	})
	w.takeBack(revealed)
	w.waitFor(15*time.Second, "the reveal sent again", func() bool {
		l, ok := w.reportLog("ReportRevealed", cid)
		return ok && l.TxHash != revealed.TxHash && w.seat(cid, me).Revealed
	})
	if now := w.c.Now(); now.After(cm.RevealEnd) {
		t.Fatalf("revealed again at %s, after the reveal window (%s)", now, cm.RevealEnd)
	}
}

// Rule 3: a seat whose draw left the chain, and which the committee drawn in its place does
// not include, stops at once (it does not probe on to the end of the segment). Here the
// daemon stopped being available in the new branch: the committee drawn there is short of
// three and goes unwitnessed. When that branch leaves the chain in turn and the committee
// drawn on the next one seats the daemon again, the seat is taken up again.
func TestRecovery_ASeatTheNewDrawLeavesOutStopsAndOneThatSeatsItAgainRevivesIt(t *testing.T) {
	w := newSimWorld(t, 2)
	wit := w.startDaemon(20*time.Millisecond, false)
	id := w.serve(80) // 400 s: the segment outlasts the fork
	cid := market.CommitteeID(id, 0)
	ctx := context.Background()
	w.eventually(30*time.Second, "the committee due", func() bool {
		_, err := w.others[0].DrawCommittee(ctx, cid)
		return err == nil
	})
	drawn, ok := w.drawLog(cid)
	if !ok || !w.committee(cid).IsMember(wit.Address()) {
		t.Fatalf("committee %d: drawn %v, members %v; want the daemon in it", cid, ok, w.committee(cid).Members)
	}
	w.eventually(10*time.Second, "the daemon's seat", func() bool {
		s, ok := seatOf(wit, cid)
		return ok && s.Phase == witness.PhaseProbing
	})

	w.forkBelow(drawn.BlockHash)
	self := market.New(w.c.Client, w.c.Manifest, w.c.Transactor(daemonAcc))
	away, err := self.SetAvailable(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	w.c.Mine(1)
	for tries := 0; w.committee(cid).Status == market.CommitteeRequested && tries < 20; tries++ {
		if _, err := w.others[0].DrawCommittee(ctx, cid); err != nil { // a draw of several calls goes on
			t.Fatal(err)
		}
	}
	if cm := w.committee(cid); cm.Status != market.CommitteeUnwitnessed {
		t.Fatalf("committee %d drawn again: %v, want unwitnessed", cid, cm.Status)
	}
	end := w.committee(cid).End
	w.waitFor(15*time.Second, "the seat to stop", func() bool {
		s, _ := seatOf(wit, cid)
		return s.Phase == witness.PhaseDone
	})
	if s, _ := seatOf(wit, cid); s.Missed == "" || s.Report != nil {
		t.Fatalf("the seat stopped with %+v; want it missed, no report", s)
	}
	if now := w.c.Now(); !now.Before(end) {
		t.Fatalf("the seat stopped at %s, the segment's end (%s): want it stopped when the draw left", now, end)
	}

	// The branch where the daemon was away leaves the chain: drawn again, it is a member.
	w.forkBelow(away.BlockHash)
	w.c.Mine(1)
	for tries := 0; w.committee(cid).Status == market.CommitteeRequested && tries < 20; tries++ {
		if _, err := w.others[0].DrawCommittee(ctx, cid); err != nil {
			t.Fatal(err)
		}
	}
	if cm := w.committee(cid); cm.Status != market.CommitteeDrawn || !cm.IsMember(wit.Address()) {
		t.Fatalf("committee %d drawn on the third branch: %v, members %v; want the daemon in it", cid, cm.Status, cm.Members)
	}
	w.waitFor(15*time.Second, "the seat taken up again", func() bool {
		s, _ := seatOf(wit, cid)
		return s.Phase == witness.PhaseProbing && s.Missed == ""
	})
}
