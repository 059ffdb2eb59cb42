package explorer_test

import (
	"context"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/defaas/defaas/market"
)

// The protocol's moves as the tests make them, by hand through the typed client (SPEC v2):
// the auction, the deployment (publish, accept, fulfill with the module's hash, confirm),
// then segment by segment the opening, the draw, the reports, and at the end the verdicts,
// the settlement and the payout. This is the one test file that knows the contracts' moves.

// testSegments is how many segments the tests' orders have, and testUnits their billing
// units: 16 units of the dev preset's 5 s in 4 segments of 20 s, long enough for a segment's
// opening, draw and three reports (a block, a second, each) in its first half, and for the
// previous segment's reveals before its reveal window ends.
const (
	testSegments = 4
	testUnits    = 16
)

// orderParams is an order on level 0 for units billing units in S segments of 3 witnesses.
func orderParams(units uint32, segments uint8, maxPrice int64, sealed bool) market.OrderParams {
	p := market.OrderParams{LevelID: 0, DurationUnits: units, MaxUnitPrice: fst(maxPrice), BiddingWindow: 10 * time.Second,
		WitnessCount: 3, Segments: segments}
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
	o := w.chainOrder(id)
	w.chain.AdvanceTo(o.AuctionEnd().Add(time.Second))
	if _, err := w.customer.CloseBidding(context.Background(), id); err != nil {
		w.t.Fatal(err)
	}
}

func (w *world) chainOrder(id uint64) market.Order {
	w.t.Helper()
	o, err := w.reader.Order(context.Background(), id)
	if err != nil {
		w.t.Fatal(err)
	}
	return o
}

// moduleHash is the sha256 every test order's customer commits to.
var moduleHash = common.HexToHash("0x5e1f0000000000000000000000000000000000000000000000000000000defaa")

// lease has the winner publish and the customer accept: the order is Deploying.
func (w *world) lease(id uint64) {
	w.t.Helper()
	ctx := context.Background()
	if _, err := w.winner(id).PublishDeployment(ctx, id, "https://winner.example/", []byte{1, 2, 3}); err != nil {
		w.t.Fatal(err)
	}
	if _, err := w.customer.AcceptDeployment(ctx, id); err != nil {
		w.t.Fatal(err)
	}
}

// deploy leases, has the customer commit its module (fulfill) and the winner confirm it: the
// service starts and segment 0's committee is requested.
func (w *world) deploy(id uint64) {
	w.t.Helper()
	w.lease(id)
	w.commitModule(id)
	if _, err := w.winner(id).ConfirmDeployment(context.Background(), id); err != nil {
		w.t.Fatal(err)
	}
}

func (w *world) commitModule(id uint64) {
	w.t.Helper()
	if _, err := w.customer.Fulfill(context.Background(), id, moduleHash); err != nil {
		w.t.Fatal(err)
	}
}

func (w *world) winner(id uint64) *market.Client { return w.provider(w.chainOrder(id).BestBidder) }

func (w *world) provider(a common.Address) *market.Client {
	return w.clientOf(w.providers, a, "providers")
}

func (w *world) witness(a common.Address) *market.Client {
	return w.clientOf(w.witnesses, a, "witnesses")
}

// clientOf is the client of a among the world's providers or witnesses.
func (w *world) clientOf(list []*market.Client, a common.Address, what string) *market.Client {
	w.t.Helper()
	for _, c := range list {
		if c.Account() == a {
			return c
		}
	}
	w.t.Fatalf("%s is not one of the world's %s", a, what)
	return nil
}

func (w *world) segment(id uint64, k int) market.Segment {
	w.t.Helper()
	s, err := w.reader.Segment(context.Background(), id, uint8(k))
	if err != nil {
		w.t.Fatal(err)
	}
	return s
}

// seatReport is what one member committed, to reveal later.
type seatReport struct {
	member   *market.Client
	violated bool
	at       uint64
	secret   [32]byte
}

// opener opens segments after the first: the customer's client, as SPEC §3.10 expects
// clients to, unless a test says otherwise.
func (w *world) runSegment(id uint64, k int, opener *market.Client, report func(i int) bool) []seatReport {
	w.t.Helper()
	ctx := context.Background()
	s := w.segment(id, k)
	if w.chain.Now().Before(s.Start) {
		w.chain.AdvanceTo(s.Start)
	}
	if k > 0 {
		if opener == nil {
			opener = w.customer
		}
		if _, err := opener.OpenSegment(ctx, id, uint8(k)); err != nil {
			w.t.Fatal(err)
		}
	}
	return w.drawAndCommit(id, k, report)
}

// drawAndCommit draws segment k's committee when due and has its members commit reports:
// report says what member i reports.
func (w *world) drawAndCommit(id uint64, k int, report func(i int) bool) []seatReport {
	w.t.Helper()
	ctx := context.Background()
	cid := market.CommitteeID(id, uint8(k))
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
		s := seatReport{member: w.witness(m), violated: report(i), at: uint64(w.chain.Now().Unix()), secret: [32]byte{byte(k), byte(i + 1)}}
		if _, err := s.member.CommitReport(ctx, cid, s.violated, s.at, s.secret); err != nil {
			w.t.Fatal(err)
		}
		seats = append(seats, s)
	}
	return seats
}

// reveal reveals segment k's committed reports once its commit window is over; reveals says
// which members reveal (nil: all).
func (w *world) reveal(id uint64, k int, seats []seatReport, reveals func(i int) bool) {
	w.t.Helper()
	s := w.segment(id, k)
	if !w.chain.Now().After(s.CommitEnd) {
		w.chain.AdvanceTo(s.CommitEnd.Add(time.Second))
	}
	cid := market.CommitteeID(id, uint8(k))
	for i, st := range seats {
		if reveals != nil && !reveals(i) {
			continue
		}
		if _, err := st.member.RevealReport(context.Background(), cid, st.violated, st.at, st.secret); err != nil {
			w.t.Fatal(err)
		}
	}
}

// finalizeAll finalizes, once the last segment's reveal window is over, every committee
// still open, as clients do (SPEC §3.10).
func (w *world) finalizeAll(id uint64) {
	w.t.Helper()
	ctx := context.Background()
	o := w.chainOrder(id)
	last := w.segment(id, int(o.Segments)-1)
	if !w.chain.Now().After(last.RevealEnd) {
		w.chain.AdvanceTo(last.RevealEnd.Add(time.Second))
	}
	for k := range int(o.Segments) {
		s := w.segment(id, k)
		if s.Status == market.CommitteeRequested || s.Status == market.CommitteeDrawn {
			if _, err := w.witnesses[0].Finalize(ctx, s.CommitteeID); err != nil {
				w.t.Fatal(err)
			}
		}
	}
}

// settle finalizes the committees, settles and finishes.
func (w *world) settle(id uint64) {
	w.t.Helper()
	w.finalizeAll(id)
	ctx := context.Background()
	if _, err := w.customer.Settle(ctx, id); err != nil {
		w.t.Fatal(err)
	}
	if _, err := w.customer.Finish(ctx, id); err != nil {
		w.t.Fatal(err)
	}
}

// segmentPlan is how one segment of serve goes: opened or not (segment 0 always is), and
// what each member reports.
type segmentPlan struct {
	closed bool
	report func(i int) bool
}

func reportAll(v bool) func(int) bool { return func(int) bool { return v } }

// serve runs an order in service through its segments by plan (one per segment) to its
// finish: each segment opened (or not), drawn and reported on in its first half, its reveals
// during the next one, then the verdicts, the settlement and the payout.
func (w *world) serve(id uint64, plan []segmentPlan) {
	w.t.Helper()
	seats := make([][]seatReport, len(plan))
	for k, p := range plan {
		if !p.closed {
			seats[k] = w.runSegment(id, k, nil, p.report)
		}
		if k > 0 && seats[k-1] != nil {
			w.reveal(id, k-1, seats[k-1], nil)
		}
	}
	if last := len(plan) - 1; seats[last] != nil {
		w.reveal(id, last, seats[last], nil)
	}
	w.settle(id)
}

// allServed is a plan of S segments, all opened, all reports "served".
func allServed(segments int) []segmentPlan {
	plan := make([]segmentPlan, segments)
	for k := range plan {
		plan[k].report = reportAll(false)
	}
	return plan
}
