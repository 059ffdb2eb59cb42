package market_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/internal/testchain"
	"github.com/defaas/defaas/market"
)

type world struct {
	chain     *testchain.Chain
	customer  *market.Client
	providers []*market.Client
	witnesses []*market.Client
	reader    *market.Client
}

func newWorld(t *testing.T) *world {
	t.Helper()
	c := testchain.New(t, 10)
	w := &world{chain: c, reader: market.New(c.Client, c.Manifest, nil)}
	w.customer = market.New(c.Client, c.Manifest, c.Transactor(1))
	ctx := context.Background()
	for i := 2; i < 5; i++ {
		p := market.New(c.Client, c.Manifest, c.Transactor(i))
		if _, err := p.RegisterProvider(ctx, contracts.FST(1000), "https://p.example"); err != nil {
			t.Fatal(err)
		}
		w.providers = append(w.providers, p)
	}
	for i := 5; i < 10; i++ {
		wc := market.New(c.Client, c.Manifest, c.Transactor(i))
		if _, err := wc.RegisterWitness(ctx, contracts.FST(100)); err != nil {
			t.Fatal(err)
		}
		w.witnesses = append(w.witnesses, wc)
	}
	return w
}

func fst(n int64) *big.Int { return contracts.FST(n) }

func openOrder() market.OrderParams {
	return market.OrderParams{LevelID: 0, DurationUnits: 4, MaxUnitPrice: fst(10), BiddingWindow: 10 * time.Second, WitnessCount: 3}
}

func TestClient_LevelsAndParams(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	levels, err := w.reader.Levels(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(levels) != 3 || levels[2] != (market.Level{ID: 2, CPUMilli: 2000, MemoryMB: 2048, ImageMB: 200, Active: true}) {
		t.Fatalf("levels = %+v", levels)
	}
	p, err := w.reader.Params(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if p.BillingPeriod != 5*time.Second || p.BlockNeed != 2 || p.RewardUnit.Cmp(fst(1)) != 0 {
		t.Fatalf("params = %+v", p)
	}
}

// TestClient_FullLifecycle drives an order through every step with the typed client only, the
// customer paying with a permit (one transaction), and checks every balance at the end.
func TestClient_FullLifecycle(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	start := map[common.Address]*big.Int{}
	for _, a := range w.chain.Accounts {
		start[a.Addr], _ = w.reader.Balance(ctx, a.Addr)
	}
	id, r, err := w.customer.CreateOrder(ctx, openOrder())
	if err != nil {
		t.Fatal(err)
	}
	if id != 1 {
		t.Fatalf("order id %d, want 1", id)
	}
	allowance, _ := w.reader.Allowance(ctx, w.customer.Account(), w.chain.Manifest.Market)
	if allowance.Sign() != 0 {
		t.Errorf("permit left an allowance of %s; it should have been used up", allowance)
	}
	if len(r.Logs) == 0 {
		t.Fatal("create order mined without logs")
	}
	for i, price := range []int64{9, 8, 7} {
		if _, err := w.providers[i].Bid(ctx, id, fst(price)); err != nil {
			t.Fatal(err)
		}
	}
	o, err := w.reader.Order(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if o.State != market.StateBidding || o.BestBidder != w.providers[2].Account() || o.BestPrice.Cmp(fst(7)) != 0 {
		t.Fatalf("order = %+v", o)
	}
	w.chain.AdvanceTo(o.Deadline)
	if _, err := w.customer.CloseBidding(ctx, id); err != nil {
		t.Fatal(err)
	}
	winner := w.providers[2]
	if _, err := winner.PublishDeployment(ctx, id, "https://p3.example/", []byte{1}); err != nil {
		t.Fatal(err)
	}
	if _, err := w.customer.AcceptDeployment(ctx, id); err != nil {
		t.Fatal(err)
	}
	if _, err := w.customer.Fulfill(ctx, id); err != nil {
		t.Fatal(err)
	}
	lease, err := w.reader.Lease(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if lease.Fee.Cmp(fst(28)) != 0 || lease.Collateral.Cmp(fst(14)) != 0 || lease.ServiceEnd.Sub(lease.ServiceStart) != 20*time.Second {
		t.Fatalf("lease = %+v", lease)
	}
	due, err := w.reader.DrawDueAfter(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	w.chain.Mine(int(due) + 1 - int(blockNumber(t, w)))
	if _, err := w.witnesses[0].DrawCommittee(ctx, id); err != nil {
		t.Fatal(err)
	}
	cm, err := w.reader.Committee(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if cm.Status != market.CommitteeDrawn || len(cm.Members) != 3 || cm.Threshold != 2 {
		t.Fatalf("committee = %+v", cm)
	}
	byAddr := map[common.Address]*market.Client{}
	for _, wc := range w.witnesses {
		byAddr[wc.Account()] = wc
	}
	secret := [32]byte{7}
	times := map[common.Address]uint64{}
	for _, m := range cm.Members {
		times[m] = uint64(w.chain.Now().Unix())
		if _, err := byAddr[m].CommitReport(ctx, id, true, times[m], secret); err != nil {
			t.Fatal(err)
		}
	}
	w.chain.AdvanceTo(cm.CommitEnd.Add(time.Second))
	for _, m := range cm.Members {
		if _, err := byAddr[m].RevealReport(ctx, id, true, times[m], secret); err != nil {
			t.Fatal(err)
		}
	}
	w.chain.AdvanceTo(cm.RevealEnd.Add(time.Second))
	if _, err := w.customer.Settle(ctx, id); err != nil {
		t.Fatal(err)
	}
	if _, err := w.customer.Finish(ctx, id); err != nil {
		t.Fatal(err)
	}
	o, _ = w.reader.Order(ctx, id)
	if o.State != market.StateFinished || !o.Violated {
		t.Fatalf("final order = %+v; want Finished with a violation", o)
	}
	delta := func(a common.Address) *big.Int {
		b, _ := w.reader.Balance(ctx, a)
		return new(big.Int).Sub(b, start[a])
	}
	// Violation: the customer gets the fee back and the collateral; each member reported true: +10 units.
	if got := delta(w.customer.Account()); got.Cmp(fst(14)) != 0 {
		t.Errorf("customer gained %s FST, want the 14 FST collateral", market.FormatFST(got))
	}
	if got := delta(winner.Account()); got.Sign() != 0 {
		t.Errorf("winner's balance changed by %s FST, want 0", market.FormatFST(got))
	}
	p, _ := w.reader.Provider(ctx, winner.Account())
	if p.Stake.Cmp(fst(1000-14)) != 0 || p.Locked.Sign() != 0 {
		t.Errorf("winner's stake %s locked %s; want 986, 0", market.FormatFST(p.Stake), market.FormatFST(p.Locked))
	}
	for _, m := range cm.Members {
		if got := delta(m); got.Cmp(fst(10)) != 0 {
			t.Errorf("member %s gained %s FST, want 10", m, market.FormatFST(got))
		}
		if got, err := w.reader.Payoff(ctx, id, m, cm.RequestBlock); err != nil || got.Cmp(fst(10)) != 0 {
			t.Errorf("member %s: payoff event says %v (%v), want 10 FST", m, got, err)
		}
	}
	if got, err := w.reader.Payoff(ctx, id, w.customer.Account(), 0); err != nil || got != nil {
		t.Errorf("the customer's payoff: %v (%v), want none", got, err)
	}
}

func blockNumber(t *testing.T, w *world) uint64 {
	n, err := w.chain.Client.BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestClient_SealedBidsLowestRevealWins(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	p := openOrder()
	p.RevealWindow = 10 * time.Second
	id, _, err := w.customer.CreateOrder(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	prices := []int64{6, 5, 9}
	for i, pc := range w.providers {
		if _, err := pc.CommitBid(ctx, id, fst(prices[i]), [32]byte{byte(i + 1)}); err != nil {
			t.Fatal(err)
		}
	}
	o, _ := w.reader.Order(ctx, id)
	if !o.Sealed || o.Commits != 3 || o.HasBid() {
		t.Fatalf("after commits: %+v", o)
	}
	w.chain.AdvanceTo(o.BiddingEnd)
	for i, pc := range w.providers {
		if _, err := pc.RevealBid(ctx, id, fst(prices[i]), [32]byte{byte(i + 1)}); err != nil {
			t.Fatal(err)
		}
	}
	w.chain.AdvanceTo(o.RevealEnd)
	if _, err := w.customer.CloseBidding(ctx, id); err != nil {
		t.Fatal(err)
	}
	o, _ = w.reader.Order(ctx, id)
	if o.State != market.StateConfirming || o.BestBidder != w.providers[1].Account() || o.BestPrice.Cmp(fst(5)) != 0 {
		t.Fatalf("after close: %+v", o)
	}
}

func TestClient_RefusalsAreNamedWithHints(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	p := openOrder()
	p.LevelID = 9
	_, _, err := w.customer.CreateOrder(ctx, p)
	var re *contracts.RevertError
	if !errors.As(err, &re) || re.Name != "UnknownLevel" {
		t.Fatalf("unknown level: %v", err)
	}
	if !strings.Contains(err.Error(), "UnknownLevel(levelId=9)") || !strings.Contains(market.Hint(err), "defaas levels") {
		t.Errorf("error %q, hint %q", err, market.Hint(err))
	}

	id, _, err := w.customer.CreateOrder(ctx, openOrder())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.providers[0].Bid(ctx, id, fst(8)); err != nil {
		t.Fatal(err)
	}
	_, err = w.providers[1].Bid(ctx, id, fst(8))
	if !strings.Contains(err.Error(), "market: BidNotLower(best=8000000000000000000, offered=8000000000000000000)") {
		t.Errorf("equal bid: %v", err)
	}
	_, err = w.customer.Bid(ctx, id, fst(1))
	if !errors.As(err, &re) || re.Name != "CustomerCannotBid" {
		t.Errorf("customer bid: %v", err)
	}
	_, err = w.customer.AcceptDeployment(ctx, id)
	if !errors.As(err, &re) || re.Name != "WrongState" || !strings.Contains(market.Hint(err), "order show") {
		t.Errorf("accept while bidding: %v", err)
	}
	if _, err := w.reader.Order(ctx, 99); !errors.Is(err, market.ErrNoOrder) {
		t.Errorf("order 99: %v", err)
	}
	if _, err := w.reader.Bid(ctx, id, fst(1)); !errors.Is(err, market.ErrReadOnly) {
		t.Errorf("read-only bid: %v", err)
	}
	big := openOrder()
	big.MaxUnitPrice = fst(1_000_000)
	if _, _, err := w.customer.CreateOrder(ctx, big); err == nil || !strings.Contains(err.Error(), "faucet") {
		t.Errorf("too little FST: %v", err)
	}
}

func TestFST_ParseAndFormat(t *testing.T) {
	for _, c := range []struct {
		in, out string
	}{{"10", "10"}, {"0.5", "0.5"}, {"1_000", "1000"}, {"0.000000000000000001", "0.000000000000000001"}, {"12.50 FST", "12.5"}} {
		v, err := market.ParseFST(c.in)
		if err != nil {
			t.Errorf("ParseFST(%q): %v", c.in, err)
			continue
		}
		if got := market.FormatFST(v); got != c.out {
			t.Errorf("FormatFST(ParseFST(%q)) = %q, want %q", c.in, got, c.out)
		}
	}
	for _, bad := range []string{"", "abc", "-1", "1.0000000000000000001", "1.2.3"} {
		if _, err := market.ParseFST(bad); err == nil {
			t.Errorf("ParseFST(%q) accepted", bad)
		}
	}
}

func TestClient_DeploymentFromTheEvent(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	id, _, err := w.customer.CreateOrder(ctx, openOrder())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.reader.Deployment(ctx, id); !errors.Is(err, market.ErrNotPublished) {
		t.Fatalf("before publication: %v", err)
	}
	w.providers[0].Bid(ctx, id, fst(5))
	o, _ := w.reader.Order(ctx, id)
	w.chain.AdvanceTo(o.Deadline)
	w.customer.CloseBidding(ctx, id)
	if _, err := w.providers[0].PublishDeployment(ctx, id, "https://p1.example/", []byte{9, 9}); err != nil {
		t.Fatal(err)
	}
	d, err := w.reader.Deployment(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if d.Endpoint != "https://p1.example/" || d.Provider != w.providers[0].Account() || len(d.AccessInfo) != 2 {
		t.Fatalf("deployment = %+v", d)
	}
}

// onlySend hides the test transactor's SignHash: a Transactor that cannot sign permits.
type onlySend struct{ market.Transactor }

func TestCreateOrder_PermitWithASignerApproveWithout(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	nonce := func() uint64 {
		n, err := w.chain.Client.NonceAt(ctx, w.chain.Accounts[1].Addr, nil)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	plain := onlySend{w.chain.Transactor(1)}
	for _, c := range []struct {
		name string
		tx   market.Transactor
		txs  uint64
	}{
		{"without a signer: approve, then create", plain, 2},
		{"WithPermits: one transaction", market.WithPermits(plain, w.chain.Transactor(1).SignHash), 1},
	} {
		before := nonce()
		if _, _, err := market.New(w.chain.Client, w.chain.Manifest, c.tx).CreateOrder(ctx, openOrder()); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := nonce() - before; got != c.txs {
			t.Errorf("%s: %d transactions, want %d", c.name, got, c.txs)
		}
	}
}
