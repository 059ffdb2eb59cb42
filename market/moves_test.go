package market_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/defaas/defaas/market"
)

// TestNextMove is SPEC §3.4's table of permissionless moves, v2: each falls due when the
// window the contracts' views give has come, judged by the chain's clock (and, for draws, the
// block number).
func TestNextMove(t *testing.T) {
	t0 := time.Unix(1_800_000_000, 0).UTC()
	at := func(d time.Duration, block uint64) market.Head { return market.Head{Number: block, Time: t0.Add(d)} }
	p1, p2 := common.Address{1}, common.Address{2}
	view := func(o market.Order, segs ...market.Segment) market.OrderView {
		return market.OrderView{Order: o, Segments: segs}
	}
	open := view(market.Order{State: market.StateBidding, BiddingEnd: t0, Deadline: t0})
	sealed := view(market.Order{State: market.StateBidding, Sealed: true, BiddingEnd: t0, RevealEnd: t0.Add(10 * time.Second), Deadline: t0})
	sealedUnrevealed := sealed
	sealedUnrevealed.Unrevealed = []common.Address{p1, p2}
	failedUnrevealed := view(market.Order{State: market.StateFailed, Sealed: true, RevealEnd: t0})
	failedUnrevealed.Unrevealed = []common.Address{p2}
	unpublished := view(market.Order{State: market.StateConfirming, Deadline: t0})
	published := view(market.Order{State: market.StateConfirming, Published: true, Deadline: t0})
	noModule := view(market.Order{State: market.StateDeploying, Published: true, Deadline: t0})
	committed := view(market.Order{State: market.StateDeploying, Published: true, ModuleCommitted: true, Deadline: t0})

	// Three segments of 20 s from t0: segment 0's committee requested (draw after block 100),
	// segments 1 and 2 not opened yet. Windows as the Market's segment view gives them.
	seg := func(k uint8, st market.CommitteeStatus, cm *market.Committee) market.Segment {
		start := t0.Add(time.Duration(k) * 20 * time.Second)
		return market.Segment{K: k, CommitteeID: market.CommitteeID(7, k), Start: start, End: start.Add(20 * time.Second),
			OpenUntil: start.Add(10 * time.Second), CommitEnd: start.Add(25 * time.Second), RevealEnd: start.Add(35 * time.Second),
			Status: st, Committee: cm}
	}
	requested := &market.Committee{Status: market.CommitteeRequested, DrawAfter: 100, End: t0.Add(20 * time.Second)}
	partly := &market.Committee{Status: market.CommitteeRequested, DrawAfter: 100, Tried: 20, End: t0.Add(20 * time.Second)}
	drawn := &market.Committee{Status: market.CommitteeDrawn, End: t0.Add(20 * time.Second)}
	serving := market.Order{State: market.StateFulfilling, ModuleCommitted: true, Deadline: t0.Add(60 * time.Second)}
	justStarted := view(serving, seg(0, market.CommitteeRequested, requested), seg(1, market.CommitteeNone, nil), seg(2, market.CommitteeNone, nil))
	drawing := view(serving, seg(0, market.CommitteeRequested, partly), seg(1, market.CommitteeNone, nil), seg(2, market.CommitteeNone, nil))
	running := view(serving, seg(0, market.CommitteeDrawn, drawn), seg(1, market.CommitteeNone, nil), seg(2, market.CommitteeNone, nil))
	ended := view(serving, seg(0, market.CommitteeFinalized, nil), seg(1, market.CommitteeUnwitnessed, nil), seg(2, market.CommitteeNone, nil))
	unattended := serving
	unattended.Unattended, unattended.ModuleCommitted = true, false
	alone := view(unattended, seg(0, market.CommitteeNone, nil), seg(1, market.CommitteeNone, nil), seg(2, market.CommitteeNone, nil))

	none := market.Move{}
	closeBidding := market.Move{Kind: market.MoveCloseBidding}
	for _, tc := range []struct {
		name string
		view market.OrderView
		head market.Head
		want []market.Move
	}{
		{"open bidding runs", open, at(-time.Second, 1), nil},
		{"open bidding closes at its end", open, at(0, 1), []market.Move{closeBidding}},
		{"sealed: bidding over, reveals run", sealed, at(5*time.Second, 1), nil},
		{"sealed: closes at the end of the reveals", sealed, at(10*time.Second, 1), []market.Move{closeBidding}},
		{"sealed: every unrevealed bond forfeited at the close", sealedUnrevealed, at(10*time.Second, 1),
			[]market.Move{{Kind: market.MoveForfeitBond, Provider: p1}, {Kind: market.MoveForfeitBond, Provider: p2}, closeBidding}},
		{"failed order: unrevealed bonds still forfeited", failedUnrevealed, at(time.Hour, 1), []market.Move{{Kind: market.MoveForfeitBond, Provider: p2}}},
		{"unpublished, within the window", unpublished, at(0, 1), nil},
		{"never published", unpublished, at(time.Second, 1), []market.Move{{Kind: market.MoveExpire, Reason: market.FailNotPublished}}},
		{"never accepted", published, at(time.Second, 1), []market.Move{{Kind: market.MoveExpire, Reason: market.FailNotAccepted}}},
		{"deploying within the window", noModule, at(0, 1), nil},
		{"no module committed: start unattended", noModule, at(time.Second, 1), []market.Move{{Kind: market.MoveFulfill}}},
		{"module committed, never confirmed", committed, at(time.Second, 1), []market.Move{{Kind: market.MoveExpire, Reason: market.FailNotConfirmed}}},
		{"segment 0's committee: seed not there yet", justStarted, at(time.Second, 100), nil},
		{"segment 0's committee drawn after its seed", justStarted, at(time.Second, 101), []market.Move{{Kind: market.MoveDraw}}},
		{"a draw of several calls goes on", drawing, at(5*time.Second, 140), []market.Move{{Kind: market.MoveDraw}}},
		{"no draw once the segment is over (segment 1 opens)", justStarted, at(20*time.Second, 140), []market.Move{{Kind: market.MoveOpenSegment, Segment: 1}}},
		{"segment 1 not begun", running, at(19*time.Second, 200), nil},
		{"segment 1 opened in its first half", running, at(20*time.Second, 200), []market.Move{{Kind: market.MoveOpenSegment, Segment: 1}}},
		{"segment 1 opened no more in its second half", running, at(30*time.Second, 200), nil},
		{"segment 2 opened in its first half", running, at(45*time.Second, 200), []market.Move{{Kind: market.MoveOpenSegment, Segment: 2}}},
		{"not settled before the last reveal window closed", ended, at(75*time.Second, 300), nil},
		{"settled after the last reveal window", ended, at(76*time.Second, 300), []market.Move{{Kind: market.MoveSettle}}},
		{"unattended: no segment is opened", alone, at(25*time.Second, 300), nil},
		{"unattended: settled from the end of service", alone, at(60*time.Second, 300), []market.Move{{Kind: market.MoveSettle}}},
		{"in service without the segments read", view(serving), at(time.Hour, 300), nil},
		{"settled", view(market.Order{State: market.StateSettled}), at(0, 1), []market.Move{{Kind: market.MoveFinish}}},
		{"finished", view(market.Order{State: market.StateFinished}), at(time.Hour, 1), nil},
		{"failed", view(market.Order{State: market.StateFailed}), at(time.Hour, 1), nil},
	} {
		got := market.NextMoves(tc.view, tc.head)
		if len(got) != len(tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
				break
			}
		}
		first := none
		if len(tc.want) > 0 {
			first = tc.want[0]
		}
		if m := market.NextMove(tc.view, tc.head); m != first {
			t.Errorf("%s: NextMove %v, want %v", tc.name, m, first)
		}
	}

	// What comes next, with its window, for `order show`.
	for _, tc := range []struct {
		name string
		view market.OrderView
		head market.Head
		want market.Move
		from time.Time
	}{
		{"bidding: the close", open, at(-5*time.Second, 1), closeBidding, t0},
		{"in segment 0, drawn: opening segment 1", running, at(5*time.Second, 200), market.Move{Kind: market.MoveOpenSegment, Segment: 1}, t0.Add(20 * time.Second)},
		{"in segment 1's second half: opening segment 2", running, at(35*time.Second, 200), market.Move{Kind: market.MoveOpenSegment, Segment: 2}, t0.Add(40 * time.Second)},
		{"all over: settle", ended, at(65*time.Second, 300), market.Move{Kind: market.MoveSettle}, t0.Add(76 * time.Second)},
	} {
		d, ok := market.Upcoming(tc.view, tc.head)
		if !ok || d.Move != tc.want || !d.From.Equal(tc.from) {
			t.Errorf("%s: upcoming %+v (%v), want %v from %s", tc.name, d, ok, tc.want, tc.from)
		}
	}
}

func TestCommittee_DrawWindow(t *testing.T) {
	end := time.Unix(1_800_000_000, 0)
	cm := market.Committee{Status: market.CommitteeRequested, DrawAfter: 10, End: end}
	for _, tc := range []struct {
		cm   market.Committee
		head market.Head
		want market.DrawState
	}{
		{cm, market.Head{Number: 10, Time: end.Add(-time.Second)}, market.DrawWait},
		{cm, market.Head{Number: 11, Time: end.Add(-time.Second)}, market.DrawNow},
		{cm, market.Head{Number: 11, Time: end}, market.DrawTooLate},
		{market.Committee{Status: market.CommitteeDrawn, End: end}, market.Head{Number: 11}, market.DrawNothing},
		{market.Committee{Status: market.CommitteeUnwitnessed, End: end}, market.Head{Number: 11}, market.DrawNothing},
		{market.Committee{}, market.Head{Number: 11}, market.DrawNothing},
	} {
		if got := tc.cm.Draw(tc.head); got != tc.want {
			t.Errorf("%s at %+v: %d, want %d", tc.cm.Status, tc.head, got, tc.want)
		}
	}
}

// stranger is account 0: no role in any order of the world.
func (w *world) stranger() *market.Client {
	return market.New(w.chain.Client, w.chain.Manifest, w.chain.Transactor(0))
}

// drive makes the moves due now as c and checks they are want.
func (w *world) drive(c *market.Client, id uint64, want ...market.Move) {
	w.t.Helper()
	head, err := market.NewClock(w.chain.Client).Read(context.Background())
	if err != nil {
		w.t.Fatal(err)
	}
	got, err := c.Drive(context.Background(), id, head)
	if err != nil {
		w.t.Fatalf("drive order %d at %s: %v", id, head.Time, err)
	}
	if len(got) != len(want) {
		w.t.Fatalf("drive order %d at %s: made %v, want %v", id, head.Time, got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			w.t.Fatalf("drive order %d at %s: made %v, want %v", id, head.Time, got, want)
		}
	}
}

// Liveness (SPEC §7.2) with segments: once the parties have started the service, a stranger
// takes a two-segment lease to its end with the permissionless moves alone — it draws
// segment 0's committee, opens segment 1 (and earns a seat fee for it), draws that one,
// settles and finishes — each when the views say it is due. Nobody reports: each member
// loses its seat fee, the provider is paid.
func TestDrive_AStrangerTakesALeaseThroughItsSegments(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	stranger := w.stranger()
	p := openOrder()
	p.Segments = 2 // 2 segments of 10 s
	id := w.serve(p, 5)
	lease, _ := w.reader.Lease(ctx, id)
	w.drive(stranger, id) // segment 0's seed is not there yet
	w.chain.Mine(3)
	w.drive(stranger, id, market.Move{Kind: market.MoveDraw, Segment: 0})
	if s := w.segment(id, 0); s.Status != market.CommitteeDrawn {
		t.Fatalf("segment 0 after the draw: %s", s.Status)
	}
	w.drive(stranger, id) // segment 1 has not begun
	s1 := w.segment(id, 1)
	w.chain.AdvanceTo(s1.Start)
	bal := w.balance(stranger.Account())
	w.drive(stranger, id, market.Move{Kind: market.MoveOpenSegment, Segment: 1})
	if got := new(big.Int).Sub(w.balance(stranger.Account()), bal); got.Cmp(lease.SeatFee) != 0 {
		t.Errorf("the opener earned %s FST, want one seat fee %s", market.FormatFST(got), market.FormatFST(lease.SeatFee))
	}
	w.chain.Mine(3)
	w.drive(stranger, id, market.Move{Kind: market.MoveDraw, Segment: 1})
	w.drive(stranger, id)
	w.chain.AdvanceTo(s1.RevealEnd.Add(-time.Second)) // the block after lands on its end
	w.drive(stranger, id)                             // the reveal window closes after its end
	w.chain.Mine(1)
	w.drive(stranger, id, market.Move{Kind: market.MoveSettle})
	w.drive(stranger, id, market.Move{Kind: market.MoveFinish})
	w.drive(stranger, id)
	v, err := w.reader.View(ctx, id, w.chain.Now())
	if err != nil {
		t.Fatal(err)
	}
	if v.Order.State != market.StateFinished || v.Settlement == nil || v.Settlement.ViolatedSegments != 0 ||
		v.Settlement.ProviderPayout.Cmp(lease.Fee) != 0 {
		t.Fatalf("view at the end: %+v, settlement %+v", v.Order, v.Settlement)
	}
	for _, s := range v.Segments {
		if s.Status != market.CommitteeFinalized || s.Violated || s.Committee == nil || s.Committee.PaidToMembers().Sign() != 0 {
			t.Errorf("segment %d: %s violated=%v committee %+v", s.K, s.Status, s.Violated, s.Committee)
		}
	}
	if openers, err := w.reader.Openers(ctx, id); err != nil || len(openers) != 1 || openers[1] != stranger.Account() {
		t.Errorf("openers %v (%v), want segment 1's: the stranger", openers, err)
	}
	// Nobody reported: each of the 2 × 3 members lost its seat fee, burned; nothing minted.
	minted, burned, err := w.reader.SupplyChanges(ctx, v.Segments[0].Committee.RequestBlock)
	if want := new(big.Int).Mul(lease.SeatFee, big.NewInt(6)); err != nil || minted.Sign() != 0 || burned.Cmp(want) != 0 {
		t.Errorf("minted %v, burned %v (%v); want 0 and %s", minted, burned, err, want)
	}
}

// A lease whose customer never commits a module starts unattended with fulfill(id, 0), has no
// segment to open or draw, and settles from the end of service with the provider paid.
func TestDrive_StartsALeaseUnattended(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	stranger := w.stranger()
	id := w.match(openOrder(), 5)
	w.drive(stranger, id)
	w.chain.AdvanceTo(w.order(id).Deadline.Add(time.Second))
	w.drive(stranger, id, market.Move{Kind: market.MoveFulfill})
	o := w.order(id)
	if o.State != market.StateFulfilling || !o.Unattended {
		t.Fatalf("after the unattended start: %+v", o)
	}
	if s := w.segment(id, 0); s.Status != market.CommitteeNone {
		t.Errorf("an unattended lease's segment 0 has a committee: %s", s.Status)
	}
	w.chain.AdvanceTo(o.Deadline.Add(-2 * time.Second))
	w.drive(stranger, id)
	w.chain.AdvanceTo(o.Deadline)
	w.drive(stranger, id, market.Move{Kind: market.MoveSettle})
	set, err := w.reader.Settlement(ctx, id)
	if err != nil || set == nil || set.ProviderPayout.Cmp(fst(20)) != 0 || set.CustomerRefund.Sign() != 0 {
		t.Fatalf("settlement %+v (%v), want the 20 FST fee to the provider", set, err)
	}
}

// expire fails an order for each of its three reasons; only a winner that never published
// loses its collateral.
func TestDrive_ExpiresForEachReason(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	stranger := w.stranger()
	winner := w.providers[0]
	stake := func() *big.Int {
		pv, err := w.reader.Provider(ctx, winner.Account())
		if err != nil {
			t.Fatal(err)
		}
		return pv.Stake
	}
	unlocked := func(what string) {
		if pv, _ := w.reader.Provider(ctx, winner.Account()); pv.Locked.Sign() != 0 {
			t.Errorf("%s: %s FST still locked after the expiry", what, market.FormatFST(pv.Locked))
		}
	}
	// auctioned is an order the stranger closed, with the winner matched at 5.
	auctioned := func() uint64 {
		id, _, err := w.customer.CreateOrder(ctx, openOrder())
		if err != nil {
			t.Fatal(err)
		}
		if _, err := winner.Bid(ctx, id, fst(5)); err != nil {
			t.Fatal(err)
		}
		w.chain.AdvanceTo(w.order(id).AuctionEnd())
		w.drive(stranger, id, market.Move{Kind: market.MoveCloseBidding})
		return id
	}
	// Never published: the collateral ⌈max(20, 8) / 2⌉ = 10 is burned.
	id := auctioned()
	w.chain.AdvanceTo(w.order(id).Deadline.Add(time.Second))
	before := stake()
	w.drive(stranger, id, market.Move{Kind: market.MoveExpire, Reason: market.FailNotPublished})
	if got := new(big.Int).Sub(before, stake()); got.Cmp(fst(10)) != 0 {
		t.Errorf("never published: the stake fell by %s FST, want the 10 of collateral", market.FormatFST(got))
	}
	unlocked("never published")

	// Published, never accepted.
	id = auctioned()
	if _, err := winner.PublishDeployment(ctx, id, "https://p1.example/", nil); err != nil {
		t.Fatal(err)
	}
	w.chain.AdvanceTo(w.order(id).Deadline.Add(time.Second))
	before = stake()
	w.drive(stranger, id, market.Move{Kind: market.MoveExpire, Reason: market.FailNotAccepted})
	if stake().Cmp(before) != 0 {
		t.Error("never accepted: the provider lost stake")
	}
	unlocked("never accepted")

	// The module committed, never confirmed: everything back to the customer, nothing burned.
	cust := w.balance(w.customer.Account())
	cost, _ := w.reader.OrderCost(ctx, openOrder())
	id = w.match(openOrder(), 5)
	if _, err := w.customer.Fulfill(ctx, id, module); err != nil {
		t.Fatal(err)
	}
	w.drive(stranger, id)
	w.chain.AdvanceTo(w.order(id).Deadline.Add(time.Second))
	before = stake()
	w.drive(stranger, id, market.Move{Kind: market.MoveExpire, Reason: market.FailNotConfirmed})
	if stake().Cmp(before) != 0 {
		t.Error("never confirmed: the provider lost stake")
	}
	unlocked("never confirmed")
	if got := w.balance(w.customer.Account()); got.Cmp(cust) != 0 {
		t.Errorf("never confirmed: the customer has %s FST, had %s (paid %s up front)", market.FormatFST(got), market.FormatFST(cust), market.FormatFST(cost.Total()))
	}
	if o := w.order(id); o.State != market.StateFailed {
		t.Errorf("state %s, want Failed", o.State)
	}
}

// After the reveal window, every sealed commitment never revealed has its bond burned, by
// anyone, whatever the auction did.
func TestDrive_ForfeitsEveryUnrevealedBond(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	stranger := w.stranger()
	p := openOrder()
	p.RevealWindow = 10 * time.Second
	id, _, err := w.customer.CreateOrder(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	for i, pc := range w.providers {
		if _, err := pc.CommitBid(ctx, id, fst(int64(5+i)), [32]byte{byte(i + 1)}); err != nil {
			t.Fatal(err)
		}
	}
	o := w.order(id)
	w.chain.AdvanceTo(o.BiddingEnd)
	if _, err := w.providers[0].RevealBid(ctx, id, fst(5), [32]byte{1}); err != nil {
		t.Fatal(err)
	}
	stakes := map[common.Address]*big.Int{}
	for _, pc := range w.providers {
		pv, _ := w.reader.Provider(ctx, pc.Account())
		stakes[pc.Account()] = pv.Stake
	}
	w.drive(stranger, id) // the reveals run: nothing to forfeit yet
	w.chain.AdvanceTo(o.RevealEnd)
	w.drive(stranger, id,
		market.Move{Kind: market.MoveForfeitBond, Provider: w.providers[1].Account()},
		market.Move{Kind: market.MoveForfeitBond, Provider: w.providers[2].Account()},
		market.Move{Kind: market.MoveCloseBidding})
	for i, pc := range w.providers {
		pv, _ := w.reader.Provider(ctx, pc.Account())
		lost := new(big.Int).Sub(stakes[pc.Account()], pv.Stake)
		want := fst(1) // bond max(1 FST, 1 % of 40)
		if i == 0 {
			want = new(big.Int)
		}
		if lost.Cmp(want) != 0 {
			t.Errorf("provider %d lost %s FST, want %s", i, market.FormatFST(lost), market.FormatFST(want))
		}
		if st, _ := w.reader.SealedBid(ctx, id, pc.Account()); i > 0 && st != market.BidForfeited {
			t.Errorf("provider %d's bid is %s, want Forfeited", i, st)
		}
	}
	w.drive(stranger, id)
}

// A committee nobody drew while its seed was readable is re-requested by the draw call, and
// drawn after the new seed window.
func TestDrive_RedrawsPast256Blocks(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	stranger := w.stranger()
	p := openOrder()
	p.DurationUnits, p.MaxUnitPrice = 120, fst(1) // one segment of 600 s: 260 blocks of a second fit
	id := w.serve(p, 1)
	cid := market.CommitteeID(id, 0)
	first, _ := w.reader.Committee(ctx, cid)
	w.chain.Mine(260)
	r, err := stranger.Make(ctx, id, market.Move{Kind: market.MoveDraw})
	if err != nil || r == nil {
		t.Fatalf("late draw: %v, %v", r, err)
	}
	again := decodeIn(t, r, stranger.DecodeCommitteeRequested)
	cm, _ := w.reader.Committee(ctx, cid)
	if cm.Status != market.CommitteeRequested || cm.RequestBlock != first.RequestBlock || cm.SeedBlock != again.RequestBlock ||
		cm.SeedBlock <= first.SeedBlock || cm.DrawAfter != cm.SeedBlock+2 {
		t.Fatalf("after the late draw: %+v (first %+v)", cm, first)
	}
	w.drive(stranger, id) // the new seed window runs
	w.chain.Mine(3)
	w.drive(stranger, id, market.Move{Kind: market.MoveDraw})
	if cm, _ = w.reader.Committee(ctx, cid); cm.Status != market.CommitteeDrawn || len(cm.Members) != 3 {
		t.Fatalf("after the redraw: %+v", cm)
	}
}

// A move someone else made first is no error for the latecomer, nor one the next block is
// too early for; any other refusal is.
func TestMake_RefusalsThatNeedNothingDone(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	closeBidding := market.Move{Kind: market.MoveCloseBidding}
	if _, _, err := w.customer.CreateOrder(ctx, openOrder()); err != nil {
		t.Fatal(err)
	}
	if r, err := w.witnesses[0].Make(ctx, 1, closeBidding); r != nil || err != nil {
		t.Fatalf("close before the end of bidding: %v, %v; want nothing done and no error", r, err)
	}
	w.chain.AdvanceTo(w.order(1).AuctionEnd())
	if r, err := w.witnesses[0].Make(ctx, 1, closeBidding); r == nil || err != nil {
		t.Fatalf("close when due: %v, %v", r, err)
	}
	if r, err := w.witnesses[1].Make(ctx, 1, closeBidding); r != nil || err != nil {
		t.Fatalf("close after someone else: %v, %v; want nothing done and no error", r, err)
	}
	_, err := w.customer.Bid(ctx, 1, fst(1))
	if market.RevertName(err) != "WrongState" || !market.Benign(err) {
		t.Fatalf("a bid after the close: %v; want WrongState, benign to a permissionless move", err)
	}

	// Two strangers open the same segment: the second finds it opened.
	p := openOrder()
	p.Segments = 2
	id := w.serve(p, 5)
	w.chain.AdvanceTo(w.segment(id, 1).Start)
	open1 := market.Move{Kind: market.MoveOpenSegment, Segment: 1}
	if r, err := w.witnesses[0].Make(ctx, id, open1); r == nil || err != nil {
		t.Fatalf("open segment 1: %v, %v", r, err)
	}
	if r, err := w.witnesses[1].Make(ctx, id, open1); r != nil || err != nil {
		t.Fatalf("open segment 1 again: %v, %v; want nothing done and no error", r, err)
	}
	_, err = w.customer.Bid(ctx, id, fst(1))
	if market.RevertName(err) != "WrongState" {
		t.Fatalf("the customer bidding in service: %v", err)
	}
	if _, _, err := w.customer.CreateOrder(ctx, openOrder()); err != nil {
		t.Fatal(err)
	}
	n, _ := w.reader.OrderCount(ctx)
	_, err = w.customer.Bid(ctx, n, fst(1))
	if market.RevertName(err) != "CustomerCannotBid" || market.Benign(err) {
		t.Fatalf("the customer bidding on its order: %v; want CustomerCannotBid, not benign", err)
	}
}

// The clock reads the chain's time, not the local one, and says when it never heard from it.
func TestClock_IsTheChainsTime(t *testing.T) {
	w := newWorld(t)
	clock := market.NewClock(w.chain.Client)
	if err := clock.Fresh(time.Minute); err == nil {
		t.Error("fresh before any read")
	}
	w.chain.Advance(time.Hour)
	head, err := clock.Read(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if !head.Time.Equal(w.chain.Now()) || head.Number != w.blockNumber() || !clock.Now().Equal(head.Time) {
		t.Fatalf("head %+v, chain at block %d time %s", head, w.blockNumber(), w.chain.Now())
	}
	if err := clock.Fresh(time.Minute); err != nil {
		t.Errorf("not fresh after a read: %v", err)
	}
}

// A daemon learns a bid's hash before it is mined, and later whether it landed; the order's
// creation is decoded from its event.
func TestSendBid_HashFirstThenLanded(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	p := openOrder()
	p.DurationUnits, p.Segments = 8, 2
	id, rc, err := w.customer.CreateOrder(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	var created market.OrderCreatedEvent
	others := 0
	for _, l := range rc.Logs {
		if created, err = w.reader.DecodeOrderCreated(l); err == nil {
			break
		}
		if !errors.Is(err, market.ErrOtherEvent) {
			t.Fatalf("the permit's token events: %v, want ErrOtherEvent", err)
		}
		others++
	}
	if others == 0 {
		t.Error("no other event in the createOrder transaction before OrderCreated")
	}
	if err != nil || created.OrderID != id || created.Customer != w.customer.Account() || created.Sealed || created.Tx != rc.TxHash || created.Segments != 2 {
		t.Fatalf("OrderCreated %+v (%v)", created, err)
	}
	pc := w.providers[0]
	from := rc.BlockNumber.Uint64()
	if landed, err := w.reader.BidLanded(ctx, id, pc.Account(), false, from); err != nil || landed {
		t.Fatalf("landed before any bid: %v, %v", landed, err)
	}
	pending, err := pc.SendBid(ctx, id, fst(5))
	if err != nil {
		t.Fatal(err)
	}
	r, err := pending.Wait(ctx)
	if err != nil || r.TxHash != pending.Hash() {
		t.Fatalf("mined %v (%v), sent %s", r, err, pending.Hash())
	}
	if landed, err := w.reader.BidLanded(ctx, id, pc.Account(), false, from); err != nil || !landed {
		t.Fatalf("landed after the bid: %v, %v", landed, err)
	}
	if landed, _ := w.reader.BidLanded(ctx, id, common.Address{1}, false, from); landed {
		t.Error("another provider's bid landed")
	}
}

// TestPayoffUnits is SPEC §4.4's table, in seat fees.
func TestPayoffUnits(t *testing.T) {
	revealed := func(v bool) market.Seat {
		return market.Seat{Member: true, Committed: true, Revealed: true, Violated: v}
	}
	silent := market.Seat{Member: true, Committed: true}
	for _, tc := range []struct {
		violation bool
		seat      market.Seat
		want      int64
	}{
		{true, revealed(true), 10}, {true, revealed(false), 0}, {true, silent, -1},
		{false, revealed(true), -1}, {false, revealed(false), 1}, {false, silent, -1},
	} {
		if got := market.PayoffUnits(tc.violation, tc.seat); got != tc.want {
			t.Errorf("violation=%v, seat %+v: %d, want %d", tc.violation, tc.seat, got, tc.want)
		}
	}
}

func TestCommitteeID_OrderShiftedBySegment(t *testing.T) {
	if id := market.CommitteeID(5, 3); id != 5<<8|3 {
		t.Fatalf("CommitteeID(5, 3) = %d", id)
	}
	if o, k := market.SplitCommitteeID(5<<8 | 3); o != 5 || k != 3 {
		t.Fatalf("split: %d, %d", o, k)
	}
}

// Awaited is SPEC §3.4's "ends with" column: the party step an order waits for, and until when.
func TestAwaited_WhoseStepAndUntilWhen(t *testing.T) {
	t0 := time.Unix(1_800_000_000, 0).UTC()
	cust, prov := common.Address{1}, common.Address{2}
	base := market.Order{Customer: cust, BestBidder: prov, Deadline: t0, BiddingEnd: t0, RevealEnd: t0.Add(10 * time.Second)}
	with := func(f func(*market.Order)) market.OrderView {
		o := base
		f(&o)
		return market.OrderView{Order: o}
	}
	for _, tc := range []struct {
		name string
		v    market.OrderView
		now  time.Time
		want market.Awaiting
		ok   bool
	}{
		{"open bidding", with(func(o *market.Order) { o.State = market.StateBidding }), t0.Add(-time.Minute),
			market.Awaiting{Who: "providers", Step: "bid", Until: t0.Add(-time.Second)}, true},
		{"sealed reveals", with(func(o *market.Order) { o.State, o.Sealed = market.StateBidding, true }), t0.Add(time.Second),
			market.Awaiting{Who: "providers", Step: "revealBid", Until: t0.Add(9 * time.Second)}, true},
		{"bidding over", with(func(o *market.Order) { o.State = market.StateBidding }), t0, market.Awaiting{}, false},
		{"publish", with(func(o *market.Order) { o.State = market.StateConfirming }), t0,
			market.Awaiting{Who: "winner", Party: prov, Step: "publishDeployment", Until: t0}, true},
		{"accept", with(func(o *market.Order) { o.State, o.Published = market.StateConfirming, true }), t0,
			market.Awaiting{Who: "customer", Party: cust, Step: "acceptDeployment", Until: t0}, true},
		{"commit the module", with(func(o *market.Order) { o.State = market.StateDeploying }), t0,
			market.Awaiting{Who: "customer", Party: cust, Step: "upload the module, then fulfill(moduleHash)", Until: t0}, true},
		{"confirm it", with(func(o *market.Order) { o.State, o.ModuleCommitted = market.StateDeploying, true }), t0,
			market.Awaiting{Who: "winner", Party: prov, Step: "confirmDeployment", Until: t0}, true},
		{"serve", with(func(o *market.Order) { o.State = market.StateFulfilling }), t0.Add(-time.Minute),
			market.Awaiting{Who: "winner", Party: prov, Step: "serve", Until: t0.Add(-time.Second)}, true},
		{"service over", with(func(o *market.Order) { o.State = market.StateFulfilling }), t0, market.Awaiting{}, false},
	} {
		got, ok := market.Awaited(tc.v, tc.now)
		if ok != tc.ok || got != tc.want {
			t.Errorf("%s: %+v %v, want %+v %v", tc.name, got, ok, tc.want, tc.ok)
		}
	}
}

// The block time is the median interval of recent blocks: one long pause does not count,
// nor does the genesis block's arbitrary time.
func TestClock_BlockTime(t *testing.T) {
	w := newWorld(t)
	clock := market.NewClock(w.chain.Client)
	w.chain.Mine(5)                    // a second apart
	w.chain.Advance(100 * time.Second) // a pause of 100 s, then a second
	for _, n := range []uint64{3, 1_000_000} {
		d, err := clock.BlockTime(context.Background(), n)
		if err != nil {
			t.Fatal(err)
		}
		if d != time.Second {
			t.Errorf("over the last %d blocks: %s, want 1s", n, d)
		}
	}
}
