package market_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/defaas/defaas/market"
)

// TestNextMove is SPEC §3.4's table of permissionless moves: each one falls due when its
// window has passed, judged by the chain's clock.
func TestNextMove(t *testing.T) {
	t0 := time.Unix(1_800_000_000, 0).UTC()
	at := func(d time.Duration, block uint64) market.Head { return market.Head{Number: block, Time: t0.Add(d)} }
	open := market.Order{State: market.StateBidding, BiddingEnd: t0, Deadline: t0}
	sealed := market.Order{State: market.StateBidding, Sealed: true, BiddingEnd: t0, RevealEnd: t0.Add(10 * time.Second), Deadline: t0}
	confirming := market.Order{State: market.StateConfirming, Deadline: t0}
	deploying := market.Order{State: market.StateDeploying, Deadline: t0}
	serving := market.Order{State: market.StateFulfilling, Deadline: t0} // Deadline: the end of service
	requested := &market.Committee{Status: market.CommitteeRequested, DrawAfter: 100, ServiceEnd: t0, RevealEnd: t0.Add(20 * time.Second)}
	drawn := &market.Committee{Status: market.CommitteeDrawn, ServiceEnd: t0, RevealEnd: t0.Add(20 * time.Second)}
	final := &market.Committee{Status: market.CommitteeFinalized, ServiceEnd: t0, RevealEnd: t0.Add(20 * time.Second)}
	for _, tc := range []struct {
		name  string
		order market.Order
		cm    *market.Committee
		head  market.Head
		want  market.Move
	}{
		{"open bidding runs", open, nil, at(-time.Second, 1), market.MoveNone},
		{"open bidding closes at its end", open, nil, at(0, 1), market.MoveCloseBidding},
		{"sealed: bidding over, reveals run", sealed, nil, at(5*time.Second, 1), market.MoveNone},
		{"sealed: closes at the end of the reveals", sealed, nil, at(10*time.Second, 1), market.MoveCloseBidding},
		{"confirming within its window", confirming, nil, at(0, 1), market.MoveNone},
		{"confirming past its window", confirming, nil, at(time.Second, 1), market.MoveExpire},
		{"deploying within its window", deploying, nil, at(0, 1), market.MoveNone},
		{"deploying past its window", deploying, nil, at(time.Second, 1), market.MoveFulfill},
		{"in service, committee not yet drawable", serving, requested, at(-5*time.Second, 100), market.MoveNone},
		{"in service, committee drawable", serving, requested, at(-5*time.Second, 101), market.MoveDraw},
		{"committee never drawn: settle after the reveal window", serving, requested, at(20*time.Second, 200), market.MoveNone},
		{"committee never drawn, reveal window over", serving, requested, at(21*time.Second, 200), market.MoveSettle},
		{"drawn: not before the reveal window closed", serving, drawn, at(20*time.Second, 200), market.MoveNone},
		{"drawn, reveal window over", serving, drawn, at(21*time.Second, 200), market.MoveSettle},
		{"verdict in: settle once the service is over", serving, final, at(time.Second, 200), market.MoveSettle},
		{"verdict in, service still running", serving, final, at(0, 200), market.MoveNone},
		{"in service without the committee read", serving, nil, at(time.Hour, 200), market.MoveNone},
		{"settled", market.Order{State: market.StateSettled}, nil, at(0, 1), market.MoveFinish},
		{"finished", market.Order{State: market.StateFinished}, nil, at(time.Hour, 1), market.MoveNone},
		{"failed", market.Order{State: market.StateFailed}, nil, at(time.Hour, 1), market.MoveNone},
	} {
		if got := market.NextMove(tc.order, tc.cm, tc.head); got != tc.want {
			t.Errorf("%s: %s, want %s", tc.name, got, tc.want)
		}
	}
}

func TestCommittee_DrawWindow(t *testing.T) {
	end := time.Unix(1_800_000_000, 0)
	cm := market.Committee{Status: market.CommitteeRequested, DrawAfter: 10, ServiceEnd: end}
	for _, tc := range []struct {
		cm   market.Committee
		head market.Head
		want market.DrawState
	}{
		{cm, market.Head{Number: 10, Time: end.Add(-time.Second)}, market.DrawWait},
		{cm, market.Head{Number: 11, Time: end.Add(-time.Second)}, market.DrawNow},
		{cm, market.Head{Number: 11, Time: end}, market.DrawTooLate},
		{market.Committee{Status: market.CommitteeDrawn, ServiceEnd: end}, market.Head{Number: 11}, market.DrawNothing},
		{market.Committee{}, market.Head{Number: 11}, market.DrawNothing},
	} {
		if got := tc.cm.Draw(tc.head); got != tc.want {
			t.Errorf("%+v at %+v: %d, want %d", tc.cm.Status, tc.head, got, tc.want)
		}
	}
}

// Liveness (SPEC §7.2): a party with no role in an order — here a witness account — moves it
// from bidding to its end with the permissionless moves alone, each made when NextMove says
// it is due, whatever the customer and provider leave undone after the match.
func TestDrive_AStrangerTakesAnOrderToItsEnd(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	stranger := w.witnesses[4]
	clock := market.NewClock(w.chain.Client)
	drive := func(want market.Move) {
		t.Helper()
		head, err := clock.Read(ctx)
		if err != nil {
			t.Fatal(err)
		}
		got, err := stranger.Drive(ctx, 1, head)
		if err != nil || got != want {
			t.Fatalf("drive at %s: made %s (%v), want %s", head.Time, got, err, want)
		}
	}
	if _, _, err := w.customer.CreateOrder(ctx, openOrder()); err != nil {
		t.Fatal(err)
	}
	if _, err := w.providers[0].Bid(ctx, 1, fst(5)); err != nil {
		t.Fatal(err)
	}
	drive(market.MoveNone) // bidding runs
	o, _ := w.reader.Order(ctx, 1)
	w.chain.AdvanceTo(o.AuctionEnd())
	drive(market.MoveCloseBidding)
	if _, err := w.providers[0].PublishDeployment(ctx, 1, "https://p.example/", nil); err != nil {
		t.Fatal(err)
	}
	if _, err := w.customer.AcceptDeployment(ctx, 1); err != nil {
		t.Fatal(err)
	}
	// The customer never starts the service.
	drive(market.MoveNone)
	o, _ = w.reader.Order(ctx, 1)
	w.chain.AdvanceTo(o.Deadline.Add(time.Second))
	drive(market.MoveFulfill)
	cm, err := w.reader.Committee(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	w.chain.Mine(int(cm.DrawAfter) + 1 - int(blockNumber(t, w)))
	drive(market.MoveDraw)
	cm, _ = w.reader.Committee(ctx, 1)
	if cm.Status != market.CommitteeDrawn {
		t.Fatalf("committee %s after the draw", cm.Status)
	}
	// Nobody reports: settlement waits for the end of the reveal window, and finalizes.
	drive(market.MoveNone)
	w.chain.AdvanceTo(cm.RevealEnd.Add(time.Second))
	drive(market.MoveSettle)
	drive(market.MoveFinish)
	drive(market.MoveNone)
	if o, _ := w.reader.Order(ctx, 1); o.State != market.StateFinished || o.Violated {
		t.Fatalf("order %s violated=%v, want Finished without a violation", o.State, o.Violated)
	}
}

// A move someone else made first is no error for the latecomer, nor one the next block is
// too early for; any other refusal is.
func TestMake_RefusalsThatNeedNothingDone(t *testing.T) {
	w := newWorld(t)
	ctx := context.Background()
	if _, _, err := w.customer.CreateOrder(ctx, openOrder()); err != nil {
		t.Fatal(err)
	}
	if r, err := w.witnesses[0].Make(ctx, 1, market.MoveCloseBidding); r != nil || err != nil {
		t.Fatalf("close before the end of bidding: %v, %v; want nothing done and no error", r, err)
	}
	o, _ := w.reader.Order(ctx, 1)
	w.chain.AdvanceTo(o.AuctionEnd())
	if r, err := w.witnesses[0].Make(ctx, 1, market.MoveCloseBidding); r == nil || err != nil {
		t.Fatalf("close when due: %v, %v", r, err)
	}
	if r, err := w.witnesses[1].Make(ctx, 1, market.MoveCloseBidding); r != nil || err != nil {
		t.Fatalf("close after someone else: %v, %v; want nothing done and no error", r, err)
	}
	_, err := w.customer.Bid(ctx, 1, fst(1))
	if market.RevertName(err) != "WrongState" || !market.Benign(err) {
		t.Fatalf("a bid after the close: %v; want WrongState, benign to a permissionless move", err)
	}
	if _, _, err := w.customer.CreateOrder(ctx, openOrder()); err != nil {
		t.Fatal(err)
	}
	_, err = w.customer.Bid(ctx, 2, fst(1))
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
	if !head.Time.Equal(w.chain.Now()) || head.Number != blockNumber(t, w) || !clock.Now().Equal(head.Time) {
		t.Fatalf("head %+v, chain at block %d time %s", head, blockNumber(t, w), w.chain.Now())
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
	id, rc, err := w.customer.CreateOrder(ctx, openOrder())
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
	if err != nil || created.OrderID != id || created.Customer != w.customer.Account() || created.Sealed || created.Tx != rc.TxHash {
		t.Fatalf("OrderCreated %+v (%v)", created, err)
	}
	p := w.providers[0]
	from := rc.BlockNumber.Uint64()
	if landed, err := w.reader.BidLanded(ctx, id, p.Account(), false, from); err != nil || landed {
		t.Fatalf("landed before any bid: %v, %v", landed, err)
	}
	pending, err := p.SendBid(ctx, id, fst(5))
	if err != nil {
		t.Fatal(err)
	}
	r, err := pending.Wait(ctx)
	if err != nil || r.TxHash != pending.Hash() {
		t.Fatalf("mined %v (%v), sent %s", r, err, pending.Hash())
	}
	if landed, err := w.reader.BidLanded(ctx, id, p.Account(), false, from); err != nil || !landed {
		t.Fatalf("landed after the bid: %v, %v", landed, err)
	}
	if landed, _ := w.reader.BidLanded(ctx, id, common.Address{1}, false, from); landed {
		t.Error("another provider's bid landed")
	}
}

// TestPayoffUnits is SPEC §4.4's table.
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
