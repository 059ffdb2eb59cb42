package market_test

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/internal/testchain"
	"github.com/defaas/defaas/market"
)

// The test world: account 0 deployed the contracts, 1 is the customer, 2–4 are providers
// and 5–9 witnesses.
type world struct {
	t         *testing.T
	chain     *testchain.Chain
	customer  *market.Client
	providers []*market.Client
	witnesses []*market.Client
	reader    *market.Client
}

func newWorld(t *testing.T) *world {
	t.Helper()
	c := testchain.New(t, 10)
	w := &world{t: t, chain: c, reader: market.New(c.Client, c.Manifest, nil)}
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

// centi is n hundredths of an FST.
func centi(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e16)) }

// openOrder: 4 units of 5 s, at most 10 FST a unit, 3 witnesses, one segment.
func openOrder() market.OrderParams {
	return market.OrderParams{LevelID: 0, DurationUnits: 4, MaxUnitPrice: fst(10), BiddingWindow: 10 * time.Second, WitnessCount: 3, Segments: 1}
}

var module = sha256.Sum256([]byte("the customer's module"))

func (w *world) balance(a common.Address) *big.Int {
	w.t.Helper()
	b, err := w.reader.Balance(context.Background(), a)
	if err != nil {
		w.t.Fatal(err)
	}
	return b
}

func (w *world) order(id uint64) market.Order {
	w.t.Helper()
	o, err := w.reader.Order(context.Background(), id)
	if err != nil {
		w.t.Fatal(err)
	}
	return o
}

func (w *world) segment(id uint64, k uint8) market.Segment {
	w.t.Helper()
	s, err := w.reader.Segment(context.Background(), id, k)
	if err != nil {
		w.t.Fatal(err)
	}
	return s
}

func (w *world) blockNumber() uint64 {
	w.t.Helper()
	n, err := w.chain.Client.BlockNumber(context.Background())
	if err != nil {
		w.t.Fatal(err)
	}
	return n
}

// match creates p and takes it to a lease with providers[0] as the winner at price, its
// deployment published and accepted.
func (w *world) match(p market.OrderParams, price int64) uint64 {
	w.t.Helper()
	ctx := context.Background()
	id, _, err := w.customer.CreateOrder(ctx, p)
	if err != nil {
		w.t.Fatal(err)
	}
	if _, err := w.providers[0].Bid(ctx, id, fst(price)); err != nil {
		w.t.Fatal(err)
	}
	w.chain.AdvanceTo(w.order(id).AuctionEnd())
	if _, err := w.customer.CloseBidding(ctx, id); err != nil {
		w.t.Fatal(err)
	}
	if _, err := w.providers[0].PublishDeployment(ctx, id, "https://p1.example/", []byte{1}); err != nil {
		w.t.Fatal(err)
	}
	if _, err := w.customer.AcceptDeployment(ctx, id); err != nil {
		w.t.Fatal(err)
	}
	return id
}

// serve takes p to its service: matched, the module committed by the customer and
// confirmed by the winner.
func (w *world) serve(p market.OrderParams, price int64) uint64 {
	w.t.Helper()
	ctx := context.Background()
	id := w.match(p, price)
	if _, err := w.customer.Fulfill(ctx, id, module); err != nil {
		w.t.Fatal(err)
	}
	if _, err := w.providers[0].ConfirmDeployment(ctx, id); err != nil {
		w.t.Fatal(err)
	}
	return id
}

// draw mines until segment k's committee is due and draws it.
func (w *world) draw(id uint64, k uint8) market.Committee {
	w.t.Helper()
	ctx := context.Background()
	cid := market.CommitteeID(id, k)
	due, err := w.reader.DrawDueAfter(ctx, cid)
	if err != nil {
		w.t.Fatal(err)
	}
	if n := w.blockNumber(); n <= due {
		w.chain.Mine(int(due + 1 - n))
	}
	if _, err := w.witnesses[0].DrawCommittee(ctx, cid); err != nil {
		w.t.Fatal(err)
	}
	cm, err := w.reader.Committee(ctx, cid)
	if err != nil {
		w.t.Fatal(err)
	}
	return cm
}

func (w *world) witness(a common.Address) *market.Client {
	for _, wc := range w.witnesses {
		if wc.Account() == a {
			return wc
		}
	}
	w.t.Fatalf("%s is no witness of the world", a)
	return nil
}

func (w *world) witnessStake(a common.Address) *big.Int {
	w.t.Helper()
	wv, err := w.reader.Witness(context.Background(), a)
	if err != nil {
		w.t.Fatal(err)
	}
	return wv.Stake
}

func TestParams_SpecNamesFromBothContracts(t *testing.T) {
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
	dev := contracts.DevPreset()
	if p.BillingPeriod != 5*time.Second || p.ConfirmDeployTimeout != time.Duration(dev.Market.ConfirmDeployTimeout)*time.Second ||
		p.RequestTimeout != 5*time.Second || p.ProbeRatePerMinute != 60 || p.ProbeBurst != 5 || p.SlaMinFailures != 3 ||
		p.MaxSegments != dev.Market.MaxSegments || p.MinSeatFeePerUnit.Cmp(centi(1)) != 0 ||
		p.BlockNeed != 2 || p.ReportRevealSeconds != 10*time.Second || p.CommitGrace != 5*time.Second {
		t.Fatalf("params = %+v", p)
	}
	if p.ProbeEvery() != time.Second {
		t.Errorf("probe every %s, want 1s at 60 a minute", p.ProbeEvery())
	}
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"billingPeriod":5`, `"publishTimeout":30`, `"reportRevealSeconds":10`, `"probeRatePerMinute":60`, `"minProviderStake":100000000000000000000`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("JSON %s lacks %s", b, want)
		}
	}
	var back market.Params
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back.ConfirmDeployTimeout != p.ConfirmDeployTimeout || back.MinProviderStake.Cmp(p.MinProviderStake) != 0 || back.SlaFailBps != p.SlaFailBps {
		t.Errorf("JSON round trip: %+v, want %+v", back, p)
	}
}

// The customer pays exactly what orderCost says — the prepayment and the witness deposit —
// with one permit for their sum, and the close returns the surplus of both.
func TestCreateOrder_TakesTheCostWithOnePermit(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	p := openOrder()
	p.DurationUnits, p.Segments = 8, 2
	cost, err := w.reader.OrderCost(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	// maxFee 80; s = max(0.01 × 8 / 2, ⌈80 × 5 % / 2⌉) = 2 FST; deposit 2 × (10 × 3 + 1) × 2 = 124.
	if cost.Prepayment.Cmp(fst(80)) != 0 || cost.SeatFee.Cmp(fst(2)) != 0 || cost.WitnessDeposit.Cmp(fst(124)) != 0 || cost.Total().Cmp(fst(204)) != 0 {
		t.Fatalf("cost = %+v", cost)
	}
	before := w.balance(w.customer.Account())
	id, _, err := w.customer.CreateOrder(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	if id != 1 {
		t.Errorf("order id %d, want 1", id)
	}
	if got := new(big.Int).Sub(before, w.balance(w.customer.Account())); got.Cmp(cost.Total()) != 0 {
		t.Errorf("create took %s FST, want %s", market.FormatFST(got), market.FormatFST(cost.Total()))
	}
	if a, _ := w.reader.Allowance(ctx, w.customer.Account(), w.chain.Manifest.Market); a.Sign() != 0 {
		t.Errorf("the permit left an allowance of %s", a)
	}
	if o := w.order(id); o.Segments != 2 || o.DurationUnits != 8 {
		t.Errorf("order = %+v", o)
	}
	// A bid of 5: fee 40, s = ⌈40 × 5 % / 2⌉ = 1, deposit 62: 40 + 62 back at the close.
	if _, err := w.providers[0].Bid(ctx, id, fst(5)); err != nil {
		t.Fatal(err)
	}
	w.chain.AdvanceTo(w.order(id).AuctionEnd())
	mid := w.balance(w.customer.Account())
	if _, err := w.customer.CloseBidding(ctx, id); err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).Sub(w.balance(w.customer.Account()), mid); got.Cmp(fst(40+62)) != 0 {
		t.Errorf("the close returned %s FST, want 102", market.FormatFST(got))
	}
	l, err := w.reader.Lease(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if l.SeatFee.Cmp(fst(1)) != 0 || l.Segments != 2 || l.SegmentLength != 20*time.Second || l.Fee.Cmp(fst(40)) != 0 {
		t.Errorf("lease = %+v", l)
	}
}

// TestClient_OneSegmentViolation drives an order through every step with the typed client:
// the committee finds a violation, the customer gets its fee back, the collateral is burned
// (nobody gains it) and each member that reported it earns 10 seat fees into its stake.
func TestClient_OneSegmentViolation(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	supply0, _ := totalSupply(w)
	block0 := w.blockNumber()
	cust0 := w.balance(w.customer.Account())
	id := w.match(openOrder(), 7) // fee 28, s = 1.4, collateral ⌈max(28, 8) / 2⌉ = 14
	lease, err := w.reader.Lease(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if lease.ModuleCommitted || lease.ModuleHash != (common.Hash{}) {
		t.Fatalf("module before fulfill: %+v", lease)
	}
	r, err := w.customer.Fulfill(ctx, id, module)
	if err != nil {
		t.Fatal(err)
	}
	if ev := decodeIn(t, r, w.reader.DecodeDeploymentCommitted); ev.OrderID != id || ev.ModuleHash != module {
		t.Errorf("DeploymentCommitted %+v", ev)
	}
	if _, err := w.customer.Fulfill(ctx, id, [32]byte{}); err == nil {
		t.Error("Fulfill with a zero hash was sent")
	}
	if lease, _ = w.reader.Lease(ctx, id); !lease.ModuleCommitted || lease.ModuleHash != module {
		t.Fatalf("lease after fulfill: %+v", lease)
	}
	r, err = w.providers[0].ConfirmDeployment(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	started := decodeIn(t, r, w.reader.DecodeServiceStarted)
	requested := decodeIn(t, r, w.reader.DecodeCommitteeRequested)
	if requested.CommitteeID != market.CommitteeID(id, 0) || requested.OrderID != id || requested.Segment != 0 || requested.N != 3 {
		t.Errorf("CommitteeRequested %+v", requested)
	}
	lease, _ = w.reader.Lease(ctx, id)
	if lease.Fee.Cmp(fst(28)) != 0 || lease.Collateral.Cmp(fst(14)) != 0 || lease.SeatFee.Cmp(centi(140)) != 0 ||
		!lease.ServiceStart.Equal(started.Start) || lease.ServiceEnd.Sub(lease.ServiceStart) != 20*time.Second {
		t.Fatalf("lease = %+v", lease)
	}
	seg := w.segment(id, 0)
	if seg.CommitteeID != market.CommitteeID(id, 0) || !seg.Start.Equal(lease.ServiceStart) || !seg.End.Equal(lease.ServiceEnd) ||
		seg.Status != market.CommitteeRequested || seg.RevealEnd.Sub(seg.End) != 15*time.Second {
		t.Fatalf("segment 0 = %+v", seg)
	}
	cm := w.draw(id, 0)
	if cm.Status != market.CommitteeDrawn || len(cm.Members) != 3 || cm.Threshold != 2 || cm.OrderID != id ||
		cm.SeatFee.Cmp(centi(140)) != 0 || cm.SeatLock.Cmp(fst(5)) != 0 || !cm.End.Equal(seg.End) {
		t.Fatalf("committee = %+v", cm)
	}
	if ok, err := w.reader.IsMember(ctx, cm.ID, cm.Members[0]); err != nil || !ok {
		t.Errorf("IsMember(member) = %v, %v", ok, err)
	}
	if ok, _ := w.reader.IsMember(ctx, cm.ID, w.customer.Account()); ok {
		t.Error("the customer is a member")
	}
	stakes := map[common.Address]*big.Int{}
	secret := [32]byte{7}
	times := map[common.Address]uint64{}
	for _, m := range cm.Members {
		stakes[m] = w.witnessStake(m)
		times[m] = uint64(w.chain.Now().Unix())
		if _, err := w.witness(m).CommitReport(ctx, cm.ID, true, times[m], secret); err != nil {
			t.Fatal(err)
		}
	}
	seat, err := w.reader.Seat(ctx, cm.ID, cm.Members[0])
	if err != nil || !seat.Member || !seat.Committed || seat.Revealed ||
		seat.Commitment != market.ReportCommitment(cm.ID, cm.Members[0], true, times[cm.Members[0]], secret) {
		t.Fatalf("seat after commit = %+v (%v)", seat, err)
	}
	w.chain.AdvanceTo(cm.CommitEnd.Add(time.Second))
	for _, m := range cm.Members {
		if _, err := w.witness(m).RevealReport(ctx, cm.ID, true, times[m], secret); err != nil {
			t.Fatal(err)
		}
	}
	w.chain.AdvanceTo(seg.RevealEnd.Add(time.Second))
	r, err = w.customer.Settle(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	settled := decodeIn(t, r, w.reader.DecodeOrderSettled)
	verdict := decodeIn(t, r, w.reader.DecodeVerdictReached) // settle finalized the committee
	if settled.ViolatedSegments != 1 || settled.ProviderPayout.Sign() != 0 || !verdict.Violated || verdict.ViolationReports != 3 {
		t.Errorf("OrderSettled %+v, VerdictReached %+v", settled, verdict)
	}
	set, err := w.reader.Settlement(ctx, id)
	if err != nil || set == nil || set.ViolatedSegments != 1 || set.CustomerRefund.Cmp(settled.CustomerRefund) != 0 {
		t.Fatalf("settlement = %+v (%v)", set, err)
	}
	if _, err := w.customer.Finish(ctx, id); err != nil {
		t.Fatal(err)
	}
	if o := w.order(id); o.State != market.StateFinished {
		t.Fatalf("final state %s", o.State)
	}
	// The customer paid the members 3 × 10 × 1.4 = 42 FST of its deposit and got its fee back.
	if got := new(big.Int).Sub(w.balance(w.customer.Account()), cust0); got.Cmp(fst(-42)) != 0 {
		t.Errorf("customer's balance moved by %s FST, want -42", market.FormatFST(got))
	}
	pv, _ := w.reader.Provider(ctx, w.providers[0].Account())
	if pv.Stake.Cmp(fst(1000-14)) != 0 || pv.Locked.Sign() != 0 {
		t.Errorf("winner's stake %s locked %s; want 986, 0", market.FormatFST(pv.Stake), market.FormatFST(pv.Locked))
	}
	for _, m := range cm.Members {
		if got := new(big.Int).Sub(w.witnessStake(m), stakes[m]); got.Cmp(fst(14)) != 0 {
			t.Errorf("member %s's stake grew by %s FST, want 14", m, market.FormatFST(got))
		}
		seat, _ := w.reader.Seat(ctx, cm.ID, m)
		units := market.PayoffUnits(true, seat)
		if got, err := w.reader.Payoff(ctx, cm.ID, m, cm.RequestBlock); err != nil || got.Cmp(new(big.Int).Mul(big.NewInt(units), centi(140))) != 0 {
			t.Errorf("member %s: payoff event %v (%v), table %d seat fees", m, got, err, units)
		}
	}
	final, _ := w.reader.Committee(ctx, cm.ID)
	if final.Status != market.CommitteeFinalized || !final.Violated || final.PaidToMembers().Cmp(fst(42)) != 0 {
		t.Errorf("final committee %s violated=%v paid %v", final.Status, final.Violated, final.PaidToMembers())
	}
	if supply, _ := totalSupply(w); new(big.Int).Sub(supply0, supply).Cmp(fst(14)) != 0 {
		t.Errorf("supply fell by %s FST, want the 14 of burned collateral", market.FormatFST(new(big.Int).Sub(supply0, supply)))
	}
	if supply, err := w.reader.TotalSupply(ctx); err != nil || new(big.Int).Sub(supply0, supply).Cmp(fst(14)) != 0 {
		t.Errorf("TotalSupply = %v (%v), want 14 FST below %v", supply, err, supply0)
	}
	if minted, burned, err := w.reader.SupplyChanges(ctx, block0+1); err != nil || minted.Sign() != 0 || burned.Cmp(fst(14)) != 0 {
		t.Errorf("SupplyChanges = minted %v, burned %v (%v); want 0 and 14 FST", minted, burned, err)
	}
}

func totalSupply(w *world) (*big.Int, error) {
	_, _, token := w.reader.Bindings()
	out, err := w.chain.Client.CallContract(context.Background(), callMsg(w.chain.Manifest.Token, token.PackTotalSupply()), nil)
	if err != nil {
		return nil, err
	}
	return token.UnpackTotalSupply(out)
}

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}

// decodeIn finds the one log of r that decode accepts.
func decodeIn[T any](t *testing.T, r *types.Receipt, decode func(*types.Log) (T, error)) T {
	t.Helper()
	var found []T
	for _, l := range r.Logs {
		ev, err := decode(l)
		if errors.Is(err, market.ErrOtherEvent) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		found = append(found, ev)
	}
	if len(found) != 1 {
		t.Fatalf("transaction %s has %d such events, want 1", r.TxHash, len(found))
	}
	return found[0]
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
	o := w.order(id)
	if !o.Sealed || o.Commits != 3 || o.HasBid() {
		t.Fatalf("after commits: %+v", o)
	}
	if st, err := w.reader.SealedBid(ctx, id, w.providers[0].Account()); err != nil || st != market.BidCommitted {
		t.Fatalf("sealed bid status %s (%v)", st, err)
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
	o = w.order(id)
	if o.State != market.StateConfirming || o.BestBidder != w.providers[1].Account() || o.BestPrice.Cmp(fst(5)) != 0 {
		t.Fatalf("after close: %+v", o)
	}
	if un, err := w.reader.Unrevealed(ctx, id); err != nil || len(un) != 0 {
		t.Errorf("unrevealed after three reveals: %v (%v)", un, err)
	}
}

func TestClient_RefusalsAreNamedWithHints(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	p := openOrder()
	p.LevelID = 9
	_, _, err := w.customer.CreateOrder(ctx, p)
	if market.RevertName(err) != "UnknownLevel" || !strings.Contains(err.Error(), "UnknownLevel(levelId=9)") || !strings.Contains(market.Hint(err), "defaas levels") {
		t.Errorf("unknown level: %v, hint %q", err, market.Hint(err))
	}
	p = openOrder()
	p.Segments = 3
	if _, err := w.reader.OrderCost(ctx, p); market.RevertName(err) != "SegmentsMustDivideDuration" || !strings.Contains(market.Hint(err), "divides --units") {
		t.Errorf("3 segments of 4 units: %v, hint %q", err, market.Hint(err))
	}
	p.Segments = 4 // 4 segments of 5 s, below the 10 s minimum
	if _, err := w.reader.OrderCost(ctx, p); market.RevertName(err) != "SegmentLengthOutOfRange" || market.Hint(err) == "" {
		t.Errorf("5 s segments: %v, hint %q", err, market.Hint(err))
	}

	id, _, err := w.customer.CreateOrder(ctx, openOrder())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.providers[0].Bid(ctx, id, fst(8)); err != nil {
		t.Fatal(err)
	}
	_, err = w.providers[1].Bid(ctx, id, fst(8))
	if err == nil || !strings.Contains(err.Error(), "market: BidNotLower(best=8000000000000000000, offered=8000000000000000000)") {
		t.Errorf("equal bid: %v", err)
	}
	if _, err = w.customer.Bid(ctx, id, fst(1)); market.RevertName(err) != "CustomerCannotBid" {
		t.Errorf("customer bid: %v", err)
	}
	_, err = w.customer.AcceptDeployment(ctx, id)
	if market.RevertName(err) != "WrongState" || !strings.Contains(market.Hint(err), "order show") {
		t.Errorf("accept while bidding: %v", err)
	}
	if _, err := w.providers[0].ConfirmDeployment(ctx, id); market.RevertName(err) != "WrongState" {
		t.Errorf("confirm while bidding: %v", err)
	}
	if _, err := w.reader.Order(ctx, 99); !errors.Is(err, market.ErrNoOrder) {
		t.Errorf("order 99: %v", err)
	}
	if _, err := w.reader.Bid(ctx, id, fst(1)); !errors.Is(err, market.ErrReadOnly) {
		t.Errorf("read-only bid: %v", err)
	}
	big := openOrder()
	big.MaxUnitPrice = fst(30_000)
	if _, _, err := w.customer.CreateOrder(ctx, big); err == nil || !strings.Contains(err.Error(), "faucet") || !strings.Contains(err.Error(), "witness deposit") {
		t.Errorf("too little FST: %v", err)
	}
}

// Confirming before the customer committed a module is refused and says what to do.
func TestConfirmDeployment_NeedsTheCommittedModule(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	id := w.match(openOrder(), 5)
	_, err := w.providers[0].ConfirmDeployment(ctx, id)
	if market.RevertName(err) != "ModuleNotCommitted" || !strings.Contains(market.Hint(err), "fulfill") {
		t.Fatalf("confirm before fulfill: %v, hint %q", err, market.Hint(err))
	}
	if _, err := w.providers[1].ConfirmDeployment(ctx, id); market.RevertName(err) != "NotWinner" {
		t.Errorf("confirm by a loser: %v", err)
	}
	if _, err := w.customer.Fulfill(ctx, id, module); err != nil {
		t.Fatal(err)
	}
	if _, err := w.customer.Fulfill(ctx, id, module); market.RevertName(err) != "ModuleAlreadyCommitted" {
		t.Errorf("a second fulfill: %v", err)
	}
	if _, err := w.providers[0].ConfirmDeployment(ctx, id); err != nil {
		t.Fatal(err)
	}
	if o := w.order(id); o.State != market.StateFulfilling || o.Unattended || !o.ModuleCommitted {
		t.Fatalf("after confirm: %+v", o)
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
	if _, err := w.providers[0].Bid(ctx, id, fst(5)); err != nil {
		t.Fatal(err)
	}
	w.chain.AdvanceTo(w.order(id).Deadline)
	if _, err := w.customer.CloseBidding(ctx, id); err != nil {
		t.Fatal(err)
	}
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

// A witness withdraws free stake above the minimum at any time, and no more.
func TestWithdrawWitnessStake_PartialAboveTheMinimum(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	wc := w.witnesses[0]
	params, err := w.reader.Params(ctx)
	if err != nil {
		t.Fatal(err)
	}
	wv, err := w.reader.Witness(ctx, wc.Account())
	if err != nil {
		t.Fatal(err)
	}
	can := wv.Withdrawable(params.MinWitnessStake, w.chain.Now())
	if can.Cmp(fst(50)) != 0 || !wv.Registered || !wv.Available || wv.ID == 0 {
		t.Fatalf("witness %+v may withdraw %s, want 50 (100 staked, minimum 50)", wv, market.FormatFST(can))
	}
	_, err = wc.WithdrawWitnessStake(ctx, fst(51))
	if market.RevertName(err) != "WithdrawalTooLarge" || market.Hint(err) == "" {
		t.Fatalf("withdraw 51: %v", err)
	}
	bal := w.balance(wc.Account())
	if _, err := wc.WithdrawWitnessStake(ctx, fst(50)); err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).Sub(w.balance(wc.Account()), bal); got.Cmp(fst(50)) != 0 {
		t.Errorf("withdrew %s FST", market.FormatFST(got))
	}
	if wv, _ = w.reader.Witness(ctx, wc.Account()); wv.Stake.Cmp(fst(50)) != 0 || wv.Withdrawable(params.MinWitnessStake, w.chain.Now()).Sign() != 0 {
		t.Errorf("after: %+v", wv)
	}
}

// The customer sends each member its sealed probe kit once the committee is drawn.
func TestPostProbeKit_OneEventPerMember(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	id := w.serve(openOrder(), 5)
	if _, err := w.customer.PostProbeKit(ctx, id, 0, []common.Address{w.witnesses[0].Account()}, [][]byte{{1}}); market.RevertName(err) != "CommitteeNotDrawn" {
		t.Fatalf("kits before the draw: %v", err)
	}
	cm := w.draw(id, 0)
	kits := [][]byte{{1}, {2, 2}, {3, 3, 3}}
	r, err := w.customer.PostProbeKit(ctx, id, 0, cm.Members, kits)
	if err != nil {
		t.Fatal(err)
	}
	got := map[common.Address]int{}
	for _, l := range r.Logs {
		ev, err := w.reader.DecodeProbeKit(l)
		if err != nil {
			t.Fatal(err)
		}
		if ev.OrderID != id || ev.Segment != 0 {
			t.Errorf("ProbeKit %+v", ev)
		}
		got[ev.Witness] = len(ev.SealedKit)
	}
	for i, m := range cm.Members {
		if got[m] != len(kits[i]) {
			t.Errorf("member %s got a kit of %d bytes, want %d", m, got[m], len(kits[i]))
		}
	}
	if all, err := w.reader.ProbeKits(ctx, id); err != nil || len(all) != 3 || all[0].Witness != cm.Members[0] || len(all[2].SealedKit) != 3 {
		t.Errorf("ProbeKits = %+v (%v), want the 3 kits in order", all, err)
	}
	if _, err := w.providers[0].PostProbeKit(ctx, id, 0, cm.Members, kits); market.RevertName(err) != "NotCustomer" {
		t.Errorf("kits from the provider: %v", err)
	}
}
