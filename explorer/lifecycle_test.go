package explorer_test

import (
	"context"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/defaas/defaas/market"
)

// The protocol's moves as the tests make them, by hand through the typed client. This is the
// one test file that knows the contract version. This driver still makes one-segment orders;
// the committee of segment k has the id orderId << 8 | k.

// orderParams is an open order on level 0 for units billing units.
func orderParams(units uint32, maxPrice int64, sealed bool) market.OrderParams {
	p := market.OrderParams{LevelID: 0, DurationUnits: units, MaxUnitPrice: fst(maxPrice), BiddingWindow: 10 * time.Second, WitnessCount: 3}
	if sealed {
		p.RevealWindow = 10 * time.Second
	}
	return p
}

func (w *world) create(p market.OrderParams) uint64 {
	w.t.Helper()
	id, _, err := w.customer.CreateOrder(context.Background(), p)
	if err != nil {
		w.t.Fatal(err)
	}
	return id
}

func (w *world) bid(id uint64, provider int, price int64) {
	w.t.Helper()
	if _, err := w.providers[provider].Bid(context.Background(), id, fst(price)); err != nil {
		w.t.Fatal(err)
	}
}

// closeAuction moves the chain past the auction and closes it.
func (w *world) closeAuction(id uint64) {
	w.t.Helper()
	o, err := w.reader.Order(context.Background(), id)
	if err != nil {
		w.t.Fatal(err)
	}
	w.chain.AdvanceTo(o.AuctionEnd().Add(time.Second))
	if _, err := w.customer.CloseBidding(context.Background(), id); err != nil {
		w.t.Fatal(err)
	}
}

// deploy has the winner publish and the customer accept and start the service.
func (w *world) deploy(id uint64) {
	w.t.Helper()
	ctx := context.Background()
	o, err := w.reader.Order(ctx, id)
	if err != nil {
		w.t.Fatal(err)
	}
	winner := w.provider(o.BestBidder)
	if _, err := winner.PublishDeployment(ctx, id, "https://winner.example/", []byte{1, 2, 3}); err != nil {
		w.t.Fatal(err)
	}
	if _, err := w.customer.AcceptDeployment(ctx, id); err != nil {
		w.t.Fatal(err)
	}
	if _, err := w.customer.Fulfill(ctx, id, moduleHash); err != nil {
		w.t.Fatal(err)
	}
	if _, err := winner.ConfirmDeployment(ctx, id); err != nil {
		w.t.Fatal(err)
	}
}

// moduleHash is the module every test order commits to.
var moduleHash = [32]byte{0xde, 0xfa, 0xa5}

func (w *world) provider(a common.Address) *market.Client {
	for _, p := range w.providers {
		if p.Account() == a {
			return p
		}
	}
	w.t.Fatalf("%s is not one of the world's providers", a)
	return nil
}

// committee draws the committee of every segment and has its members commit reports: report
// says what member i reports.
type seatReport struct {
	member   *market.Client
	violated bool
	at       uint64
}

func (w *world) drawAndCommit(id uint64, report func(i int) bool) ([]common.Address, []seatReport) {
	w.t.Helper()
	ctx := context.Background()
	cid := market.CommitteeID(id, 0)
	due, err := w.reader.DrawDueAfter(ctx, cid)
	if err != nil {
		w.t.Fatal(err)
	}
	head, _ := w.chain.Client.BlockNumber(ctx)
	if head <= due {
		w.chain.Mine(int(due - head + 1))
	}
	if _, err := w.witnesses[0].DrawCommittee(ctx, cid); err != nil {
		w.t.Fatal(err)
	}
	cm, err := w.reader.Committee(ctx, cid)
	if err != nil {
		w.t.Fatal(err)
	}
	var seats []seatReport
	for i, m := range cm.Members {
		var wc *market.Client
		for _, x := range w.witnesses {
			if x.Account() == m {
				wc = x
			}
		}
		s := seatReport{member: wc, violated: report(i), at: uint64(w.chain.Now().Unix())}
		if _, err := wc.CommitReport(ctx, cid, s.violated, s.at, [32]byte{byte(i + 1)}); err != nil {
			w.t.Fatal(err)
		}
		seats = append(seats, s)
	}
	return cm.Members, seats
}

// revealAndSettle reveals the committed reports, settles and finishes.
func (w *world) revealAndSettle(id uint64, seats []seatReport) {
	w.t.Helper()
	ctx := context.Background()
	cid := market.CommitteeID(id, 0)
	cm, err := w.reader.Committee(ctx, cid)
	if err != nil {
		w.t.Fatal(err)
	}
	w.chain.AdvanceTo(cm.CommitEnd.Add(time.Second))
	for i, s := range seats {
		if _, err := s.member.RevealReport(ctx, cid, s.violated, s.at, [32]byte{byte(i + 1)}); err != nil {
			w.t.Fatal(err)
		}
	}
	w.chain.AdvanceTo(cm.RevealEnd.Add(time.Second))
	if _, err := w.customer.Finalize(ctx, cid); err != nil {
		w.t.Fatal(err)
	}
	if _, err := w.customer.Settle(ctx, id); err != nil {
		w.t.Fatal(err)
	}
	if _, err := w.customer.Finish(ctx, id); err != nil {
		w.t.Fatal(err)
	}
}

// segmentsOf is how many segments (committees) an order of these parameters has: one in v1.
func segmentsOf(market.OrderParams) int { return 1 }
