package explorer_test

import (
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/explorer"
	"github.com/defaas/defaas/market"
)

// totalSupply is the token's supply: what burns take away.
func (w *world) totalSupply() *big.Int {
	w.t.Helper()
	tk := contracts.NewFaaSToken()
	to := w.chain.Manifest.Token
	out, err := w.chain.Client.CallContract(ctx(), ethereum.CallMsg{To: &to, Data: tk.PackTotalSupply()}, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	v, err := tk.UnpackTotalSupply(out)
	if err != nil {
		w.t.Fatal(err)
	}
	return v
}

// TestAPI_FullLifecycle follows one order of four segments from creation to finish through
// the JSON API and checks the end against the chain: the winning bid, the module and its
// confirmation, each segment's opener, committee, reports, verdict and what it paid (a
// violation, a segment with a loser, one nobody opened, one with a member who never
// revealed), every payoff credited to or burned from the witnesses' stakes, the settlement,
// what the order burned, and each party's FST and stakes.
func TestAPI_FullLifecycle(t *testing.T) {
	w := newWorld(t, 3, 5)
	supply := w.totalSupply()

	p := orderParams(testUnits, testSegments, 10, false)
	cost, err := w.reader.OrderCost(ctx(), p)
	if err != nil {
		t.Fatal(err)
	}
	id := w.create(p)
	o := w.orderIn(id, "Bidding")
	if o.Customer != w.customer.Account() || o.DurationUnits != testUnits || o.SegmentCount != testSegments || o.MaxUnitPrice.Big().Cmp(fst(10)) != 0 ||
		o.Sealed || o.Best != nil || o.WitnessDeposit.Big().Cmp(cost.WitnessDeposit) != 0 || len(o.Segments) != testSegments {
		t.Fatalf("new order = %+v, want the witness deposit %s", o, cost.WitnessDeposit)
	}
	var m explorer.Market
	waitFor(t, "the open auction on the market", func() bool {
		w.get("/api/market", &m)
		return len(m.Auctions) == 1 && m.Auctions[0].ID == id
	})

	for i, price := range []int64{9, 8, 7} {
		w.bid(id, i, price)
	}
	waitFor(t, "three bids", func() bool {
		w.get(fmt.Sprintf("/api/orders/%d", id), &o)
		return len(o.Bids) == 3
	})
	if o.Best == nil || o.Best.Provider != w.providers[2].Account() || o.Best.Price.Big().Cmp(fst(7)) != 0 {
		t.Fatalf("best bid = %+v, want provider-3 at 7 FST", o.Best)
	}

	w.closeAuction(id)
	o = w.orderIn(id, "Confirming")
	fee := fst(7 * testUnits)
	if o.Match == nil || o.Match.Provider != w.providers[2].Account() || o.Match.Fee.Big().Cmp(fee) != 0 {
		t.Fatalf("match = %+v, want provider-3 for a fee of %s", o.Match, fee)
	}
	w.lease(id)
	w.commitModule(id)
	waitFor(t, "the module's commitment", func() bool {
		w.get(fmt.Sprintf("/api/orders/%d", id), &o)
		return o.Deployment != nil && o.Deployment.Committed != nil
	})
	if d := o.Deployment; d == nil || d.ModuleHash != moduleHash || d.Committed == nil || d.Confirmed != nil || o.Service != nil {
		t.Fatalf("after fulfill: deployment %+v, service %+v", d, o.Service)
	}
	if _, err := w.providers[2].ConfirmDeployment(ctx(), id); err != nil {
		t.Fatal(err)
	}
	o = w.orderIn(id, "Fulfilling")
	if d := o.Deployment; d.Endpoint != "https://winner.example/" || d.Lease == nil || d.Confirmed == nil || o.Service == nil || o.Service.Unattended {
		t.Fatalf("deployment %+v, service %+v", d, o.Service)
	}

	// Segment 0: all three say violated. Segment 1, opened by witness-5: one of three says
	// violated. Segment 2: nobody opens it. Segment 3: all say served, one never reveals.
	opener := w.witnesses[4]
	seats0 := w.runSegment(id, 0, nil, reportAll(true))
	waitFor(t, "segment 0's committed reports", func() bool {
		w.get(fmt.Sprintf("/api/orders/%d", id), &o)
		c := o.Segments[0].Committee
		if c == nil || len(c.Members) != 3 {
			return false
		}
		for _, s := range c.Members {
			if s.Committed == nil {
				return false
			}
		}
		return true
	})
	var members []common.Address
	var kits [][]byte
	for _, st := range seats0 {
		members, kits = append(members, st.member.Account()), append(kits, make([]byte, 512))
	}
	if _, err := w.customer.PostProbeKit(ctx(), id, 0, members, kits); err != nil {
		t.Fatal(err)
	}
	seats1 := w.runSegment(id, 1, opener, func(i int) bool { return i == 0 })
	w.reveal(id, 0, seats0, nil)
	w.reveal(id, 1, seats1, nil)
	seats3 := w.runSegment(id, 3, nil, reportAll(false))
	w.reveal(id, 3, seats3, func(i int) bool { return i != 2 })
	w.settle(id)
	o = w.orderIn(id, "Finished")

	// The order against the chain.
	lease, err := w.reader.Lease(ctx(), id)
	if err != nil {
		t.Fatal(err)
	}
	if o.Match.Collateral.Big().Cmp(lease.Collateral) != 0 || o.Match.SeatFee.Big().Cmp(lease.SeatFee) != 0 {
		t.Errorf("collateral %s and seat fee %s, the lease says %s and %s", o.Match.Collateral.Big(), o.Match.SeatFee.Big(), lease.Collateral, lease.SeatFee)
	}
	s := lease.SeatFee
	sf := func(k int64) *big.Int { return new(big.Int).Mul(big.NewInt(k), s) }
	kinds := []string{}
	for k, sg := range o.Segments {
		if sg.CommitteeID != market.CommitteeID(id, uint8(k)) {
			t.Errorf("segment %d: committee id %d", k, sg.CommitteeID)
		}
		chainSeg := w.segment(id, k)
		if !sg.Start.Equal(chainSeg.Start) || !sg.End.Equal(chainSeg.End) || !sg.CommitEnd.Equal(chainSeg.CommitEnd) || !sg.RevealEnd.Equal(chainSeg.RevealEnd) ||
			(k > 0 && !sg.OpenUntil.Equal(chainSeg.OpenUntil)) {
			t.Errorf("segment %d: windows %v–%v open until %v, commits %v, reveals %v; the chain says %+v", k, sg.Start, sg.End, sg.OpenUntil, sg.CommitEnd, sg.RevealEnd, chainSeg)
		}
		if sg.Outcome == nil {
			t.Fatalf("segment %d has no outcome", k)
		}
		kinds = append(kinds, sg.Outcome.Kind)
	}
	if want := []string{"violation", "no violation", "unopened", "no violation"}; !slices.Equal(kinds, want) {
		t.Fatalf("segment outcomes %v, want %v", kinds, want)
	}
	c := o.Segments[0].Committee
	if c.Status != "Finalized" || c.Threshold != 2 || c.Verdict == nil || !c.Verdict.Violated || c.Verdict.ViolationReports != 3 || c.Verdict.Revealed != 3 {
		t.Fatalf("segment 0's committee = %+v verdict %+v", c, c.Verdict)
	}
	for _, st := range o.Segments[1].Committee.Members {
		if st.ProbeKit {
			t.Errorf("segment 1 seat %s got no probe kit, the explorer says it did", st.Witness)
		}
	}
	for _, st := range c.Members {
		if !st.ProbeKit {
			t.Errorf("segment 0 seat %s: its probe kit is not shown", st.Witness)
		}
		if st.Report == nil || !*st.Report || st.Revealed == nil || st.Payoff == nil || st.Payoff.Big().Cmp(sf(10)) != 0 {
			t.Errorf("segment 0 seat %s: report %v revealed %v payoff %v, want a revealed violation paid 10 s", st.Witness, st.Report, st.Revealed, st.Payoff)
		}
	}
	if op := o.Segments[1].Opener; op == nil || op.Account != opener.Account() || o.Segments[1].Outcome.OpenerFee.Big().Cmp(s) != 0 {
		t.Errorf("segment 1 opener %+v, outcome %+v, want witness-5 paid s", op, o.Segments[1].Outcome)
	}
	if o.Segments[0].Opener != nil || o.Segments[2].Opener != nil || o.Segments[2].Committee != nil {
		t.Errorf("segments 0 and 2: openers %+v, %+v; committee %+v", o.Segments[0].Opener, o.Segments[2].Opener, o.Segments[2].Committee)
	}
	want := []struct{ pay, loss, opener, burned, returned *big.Int }{
		{sf(30), sf(0), sf(0), sf(0), sf(1)}, // 3 × 10 s paid, the opener's share back
		{sf(2), sf(1), sf(1), sf(0), sf(28)}, // two served +s, the loser −s
		{sf(0), sf(0), sf(0), sf(3), sf(28)}, // N s burned, (9N + 1) s back
		{sf(2), sf(1), sf(1), sf(0), sf(28)}, // two served +s, the silent one −s
	}
	var returned, payBack big.Int
	for k, x := range want {
		out := o.Segments[k].Outcome
		if out.WitnessPay.Big().Cmp(x.pay) != 0 || out.WitnessLoss.Big().Cmp(x.loss) != 0 || out.OpenerFee.Big().Cmp(x.opener) != 0 ||
			out.Burned.Big().Cmp(x.burned) != 0 || out.Returned.Big().Cmp(x.returned) != 0 {
			t.Errorf("segment %d paid %+v, want pay %s loss %s opener %s burned %s returned %s", k, out, x.pay, x.loss, x.opener, x.burned, x.returned)
		}
		returned.Add(&returned, out.Returned.Big())
		if out.FeeTo == "customer" {
			payBack.Add(&payBack, out.FeeShare.Big())
		}
	}
	if o.Segments[3].Committee.Members[2].Payoff.Big().Cmp(new(big.Int).Neg(s)) != 0 || o.Segments[3].Committee.Members[2].Report != nil {
		t.Errorf("segment 3's silent member: %+v", o.Segments[3].Committee.Members[2])
	}
	st := o.Settlement
	quarter := new(big.Int).Quo(fee, big.NewInt(testSegments))
	collBurn := new(big.Int).Quo(lease.Collateral, big.NewInt(testSegments))
	if st == nil || st.ViolatedSegments != 1 || st.ProviderPayout.Big().Cmp(new(big.Int).Mul(quarter, big.NewInt(3))) != 0 ||
		st.CollateralBurned.Big().Cmp(collBurn) != 0 || st.FeeRefund.Big().Cmp(quarter) != 0 || st.FeeRefund.Big().Cmp(&payBack) != 0 ||
		st.DepositReturned.Big().Cmp(&returned) != 0 || st.DepositBurned.Big().Cmp(sf(3)) != 0 || o.Finished == nil {
		t.Fatalf("settlement = %+v, want 1 violated segment, 3/4 of the fee paid, %s of collateral and 3 s burned, the deposit's rest %s back", st, collBurn, &returned)
	}
	if refund := new(big.Int).Add(quarter, &returned); st.CustomerRefund.Big().Cmp(refund) != 0 {
		t.Errorf("the customer's refund %s (the chain's) is not the violated quarter plus the deposit's rest %s", st.CustomerRefund.Big(), refund)
	}
	// What the order burned is what the supply lost: a quarter of the collateral, segment
	// 2's N s, and the two members' losses of s each.
	gone := new(big.Int).Sub(supply, w.totalSupply())
	if o.Burned.Big().Cmp(gone) != 0 || gone.Cmp(new(big.Int).Add(collBurn, sf(5))) != 0 {
		t.Errorf("the order burned %s by the explorer, the supply lost %s", o.Burned.Big(), gone)
	}

	// The timeline: every event once, in chain order, from creation to finish.
	count := map[string]int{}
	for i, e := range o.Timeline {
		count[e.Event]++
		if i > 0 && e.Block < o.Timeline[i-1].Block {
			t.Errorf("timeline entry %d (%s, block %d) comes after block %d", i, e.Event, e.Block, o.Timeline[i-1].Block)
		}
	}
	wantCount := map[string]int{"OrderCreated": 1, "BidPlaced": 3, "OrderMatched": 1, "DeploymentPublished": 1, "LeaseCreated": 1,
		"DeploymentCommitted": 1, "ServiceStarted": 1, "SegmentOpened": 2, "CommitteeRequested": 3, "CommitteeDrawn": 3,
		"ProbeKit": 3, "ReportCommitted": 9, "ReportRevealed": 8, "VerdictReached": 3, "WitnessPaid": 9, "OrderSettled": 1, "OrderFinished": 1}
	if !reflect.DeepEqual(count, wantCount) {
		t.Errorf("timeline events %v, want %v", count, wantCount)
	}
	if o.Timeline[0].Event != "OrderCreated" || o.Timeline[len(o.Timeline)-1].Event != "OrderFinished" {
		t.Errorf("timeline runs from %s to %s", o.Timeline[0].Event, o.Timeline[len(o.Timeline)-1].Event)
	}

	// The customer: its FST in and out add up to what its balance did.
	var acc explorer.Account
	if w.get("/api/accounts/"+w.customer.Account().Hex(), &acc) != http.StatusOK {
		t.Fatal("customer account not served")
	}
	bal, _ := w.reader.Balance(ctx(), w.customer.Account())
	if acc.Balance == nil || acc.Balance.Big().Cmp(bal) != 0 {
		t.Errorf("customer balance %v, chain says %s", acc.Balance, bal)
	}
	if flow := new(big.Int).Sub(acc.FST.In.Big(), acc.FST.Out.Big()); flow.Cmp(bal) != 0 { // a mint, then the market
		t.Errorf("customer FST in − out = %s, balance %s", flow, bal)
	}
	if !slices.Equal(acc.Roles, []string{"customer"}) || len(acc.Orders) != 1 || acc.Orders[0].Role != "customer" {
		t.Errorf("customer roles %v orders %+v", acc.Roles, acc.Orders)
	}
	if !slices.ContainsFunc(acc.FST.Transfers, func(tr explorer.Transfer) bool { return !tr.In && tr.What == "order 1 created" }) ||
		!slices.ContainsFunc(acc.FST.Transfers, func(tr explorer.Transfer) bool { return tr.In && strings.Contains(tr.What, "order 1 finished") }) ||
		!slices.ContainsFunc(acc.FST.Transfers, func(tr explorer.Transfer) bool { return tr.In && tr.What == "order 1: segment opened" }) {
		t.Errorf("customer transfers do not say what they paid for: %+v", acc.FST.Transfers)
	}

	// Providers: the winner's lease, violation, burned collateral and stake; the others' bids.
	var ps struct{ Providers []explorer.ProviderInfo }
	w.get("/api/providers", &ps)
	if len(ps.Providers) != 3 {
		t.Fatalf("%d providers, want 3", len(ps.Providers))
	}
	for i, pi := range ps.Providers {
		chainP, _ := w.reader.Provider(ctx(), pi.Address)
		if pi.Address != w.providers[i].Account() || pi.Bids != 1 || pi.Stake == nil || pi.Stake.Big().Cmp(chainP.Stake) != 0 || pi.Locked.Big().Sign() != 0 ||
			pi.NoShows != 0 || pi.MetadataURI == "" {
			t.Errorf("provider %d = %+v (stake on chain %s)", i, pi, chainP.Stake)
		}
		won := i == 2
		if (pi.LeasesWon == 1) != won || (pi.ViolatedSegments == 1) != won || (pi.Earned.Big().Cmp(st.ProviderPayout.Big()) == 0) != won ||
			(pi.CollateralBurned.Big().Cmp(collBurn) == 0) != won {
			t.Errorf("provider %d: won %d, violated %d, earned %s, collateral burned %s", i, pi.LeasesWon, pi.ViolatedSegments, pi.Earned.Big(), pi.CollateralBurned.Big())
		}
	}
	if ps.Providers[2].Stake.Big().Cmp(new(big.Int).Sub(fst(providerStake), collBurn)) != 0 {
		t.Errorf("the provider's stake is %s, want a quarter of its collateral burned", ps.Providers[2].Stake.Big())
	}

	// Witnesses: seats, and pay credited to (or taken from) their stakes, not transferred.
	var ws struct{ Witnesses []explorer.WitnessInfo }
	w.get("/api/witnesses", &ws)
	if len(ws.Witnesses) != 5 {
		t.Fatalf("%d witnesses, want 5", len(ws.Witnesses))
	}
	seatsHeld := 0
	for _, wi := range ws.Witnesses {
		chainW, err := w.reader.Witness(ctx(), wi.Address)
		if err != nil {
			t.Fatal(err)
		}
		grew := new(big.Int).Sub(chainW.Stake, fst(witnessStake))
		if wi.Payoff.Big().Cmp(grew) != 0 || new(big.Int).Sub(wi.Credited.Big(), wi.Lost.Big()).Cmp(grew) != 0 ||
			wi.Stake.Big().Cmp(chainW.Stake) != 0 || wi.Locked.Big().Sign() != 0 || !wi.Available {
			t.Errorf("witness %s: credited %s, lost %s, stake %v; its stake grew by %s on the chain", wi.Address, wi.Credited.Big(), wi.Lost.Big(), wi.Stake, grew)
		}
		seatsHeld += wi.Seats
		var wacc explorer.Account
		w.get("/api/accounts/"+wi.Address.Hex(), &wacc)
		if len(wacc.Seats) != wi.Seats || !slices.Contains(wacc.Roles, "witness") {
			t.Errorf("witness account %s: seats %+v roles %v", wi.Address, wacc.Seats, wacc.Roles)
		}
		if slices.ContainsFunc(wacc.FST.Transfers, func(tr explorer.Transfer) bool { return tr.In && tr.From == w.chain.Manifest.WitnessPool }) {
			t.Errorf("witness %s was transferred FST by the pool; pay is credited to the stake", wi.Address)
		}
		isOpener := wi.Address == opener.Account()
		if (wi.Opened == 1) != isOpener || (wi.OpenerFees.Big().Cmp(s) == 0) != isOpener {
			t.Errorf("witness %s: opened %d for %s", wi.Address, wi.Opened, wi.OpenerFees.Big())
		}
	}
	if seatsHeld != 9 {
		t.Errorf("%d seats held, want 9", seatsHeld)
	}

	// The market: counts by state, the level's price history.
	w.get("/api/market", &m)
	if m.Counts["Finished"] != 1 || m.Counts["Bidding"] != 0 || len(m.Auctions) != 0 || len(m.Recent) != 1 || m.Providers != 3 || m.Witnesses != 5 {
		t.Errorf("market = counts %v, auctions %d, recent %d, %d providers, %d witnesses", m.Counts, len(m.Auctions), len(m.Recent), m.Providers, m.Witnesses)
	}
	if len(m.Levels) != 3 || len(m.Levels[0].Prices) != 1 || m.Levels[0].Prices[0].Order != id || m.Levels[0].LastPrice.Big().Cmp(fst(7)) != 0 {
		t.Errorf("level 0 = %+v", m.Levels[0])
	}
	if !m.Status.RPC.OK || m.Status.Head == 0 || m.Status.ChainID != w.chain.ChainID.Uint64() {
		t.Errorf("status = %+v", m.Status)
	}
	params, _ := w.reader.Params(ctx())
	if m.Params == nil || m.Params.ReportRevealSeconds != params.ReportRevealSeconds || m.Params.CollateralFloorBps != params.CollateralFloorBps {
		t.Errorf("market params = %+v, the chain's %+v", m.Params, params)
	}

	var list explorer.OrderList
	w.get("/api/orders?state=finished", &list)
	if len(list.Orders) != 1 || list.Orders[0].ID != id || list.Orders[0].ViolatedSegments == nil || *list.Orders[0].ViolatedSegments != 1 {
		t.Errorf("finished orders = %+v", list)
	}
}

// TestAPI_UnattendedStartHasNoCommittees: a customer that never commits a module lets anyone
// start the service unattended after the deploy timeout: no committee, the deposit back at
// once, the provider paid the whole fee; the provider's record counts it.
func TestAPI_UnattendedStartHasNoCommittees(t *testing.T) {
	w := newWorld(t, 1, 3)
	id := w.create(orderParams(testUnits, testSegments, 5, false))
	w.bid(id, 0, 4)
	w.closeAuction(id)
	w.lease(id)
	w.chain.AdvanceTo(w.chainOrder(id).Deadline.Add(time.Second))
	if _, err := w.witnesses[0].StartUnattended(ctx(), id); err != nil {
		t.Fatal(err)
	}
	o := w.orderIn(id, "Fulfilling")
	if o.Service == nil || !o.Service.Unattended || o.Deployment.Committed != nil || o.Deployment.Confirmed != nil {
		t.Fatalf("service %+v deployment %+v, want an unattended start", o.Service, o.Deployment)
	}
	for _, sg := range o.Segments {
		if sg.Committee != nil || !sg.OpenUntil.IsZero() || sg.Outcome == nil || sg.Outcome.Kind != "unattended" || sg.Outcome.FeeTo != "provider" {
			t.Errorf("segment %d = %+v outcome %+v", sg.Index, sg, sg.Outcome)
		}
	}
	w.chain.AdvanceTo(o.Service.End.Add(time.Second))
	if _, err := w.customer.Settle(ctx(), id); err != nil {
		t.Fatal(err)
	}
	o = w.orderIn(id, "Settled")
	if st := o.Settlement; st.ProviderPayout.Big().Cmp(o.Match.Fee.Big()) != 0 || st.CustomerRefund.Big().Sign() != 0 || st.DepositReturned.Big().Sign() != 0 || o.Burned.Big().Sign() != 0 {
		t.Errorf("settlement %+v, burned %s; want the whole fee to the provider, nothing burned", st, o.Burned.Big())
	}
	var ps struct{ Providers []explorer.ProviderInfo }
	w.get("/api/providers", &ps)
	if len(ps.Providers) != 1 || ps.Providers[0].Unattended != 1 || ps.Providers[0].NoShows != 0 {
		t.Errorf("providers = %+v", ps.Providers)
	}
}

// TestAPI_UnwitnessedSegmentsPayTheProviderAndBurnNothing: with too few witnesses no
// committee can be drawn; each opened segment ends unwitnessed, its deposit goes back
// untouched (less its opener's fee), the provider earns its fee, and nothing is burned.
func TestAPI_UnwitnessedSegmentsPayTheProviderAndBurnNothing(t *testing.T) {
	w := newWorld(t, 1, 2)
	supply := w.totalSupply()
	id := w.create(orderParams(testUnits, testSegments, 5, false))
	w.bid(id, 0, 4)
	w.closeAuction(id)
	w.deploy(id)
	w.serve(id, allServed(testSegments))
	o := w.orderIn(id, "Finished")
	s := o.Match.SeatFee.Big()
	for _, sg := range o.Segments {
		back := new(big.Int).Mul(s, big.NewInt(30))
		opener := new(big.Int).Set(s)
		if sg.Index == 0 {
			back.Add(back, s)
			opener.SetInt64(0)
		}
		out := sg.Outcome
		if sg.Committee == nil || sg.Committee.Status != "Unwitnessed" || len(sg.Committee.Members) != 0 || out == nil || out.Kind != "unwitnessed" ||
			out.FeeTo != "provider" || out.Returned.Big().Cmp(back) != 0 || out.OpenerFee.Big().Cmp(opener) != 0 || out.Burned.Big().Sign() != 0 {
			t.Errorf("segment %d: committee %+v, outcome %+v", sg.Index, sg.Committee, out)
		}
	}
	if st := o.Settlement; st.ViolatedSegments != 0 || st.ProviderPayout.Big().Cmp(o.Match.Fee.Big()) != 0 || st.DepositReturned.Big().Cmp(st.CustomerRefund.Big()) != 0 {
		t.Errorf("settlement = %+v", st)
	}
	if o.Burned.Big().Sign() != 0 || w.totalSupply().Cmp(supply) != 0 {
		t.Errorf("burned %s; the supply went from %s to %s", o.Burned.Big(), supply, w.totalSupply())
	}
}

// TestAPI_SealedBestIsLowestRevealEarliestCommit: the best sealed bid is the lowest revealed
// price, ties going to the earlier commitment; an unrevealed commitment's bond is forfeited.
func TestAPI_SealedBestIsLowestRevealEarliestCommit(t *testing.T) {
	w := newWorld(t, 3, 0)
	id := w.create(orderParams(testUnits, testSegments, 10, true))
	salts := [][32]byte{{1}, {2}, {3}}
	prices := []int64{6, 5, 5}
	for i := range 3 {
		if _, err := w.providers[i].CommitBid(ctx(), id, fst(prices[i]), salts[i]); err != nil {
			t.Fatal(err)
		}
	}
	o, err := w.reader.Order(ctx(), id)
	if err != nil {
		t.Fatal(err)
	}
	w.chain.AdvanceTo(o.BiddingEnd.Add(time.Second))
	for _, i := range []int{0, 1} { // provider-3 never reveals
		if _, err := w.providers[i].RevealBid(ctx(), id, fst(prices[i]), salts[i]); err != nil {
			t.Fatal(err)
		}
	}
	var eo explorer.Order
	waitFor(t, "two reveals", func() bool {
		w.get(fmt.Sprintf("/api/orders/%d", id), &eo)
		return len(eo.Bids) == 5
	})
	if eo.Best == nil || eo.Best.Provider != w.providers[1].Account() || eo.Best.Price.Big().Cmp(fst(5)) != 0 || eo.Best.Kind != "reveal" {
		t.Fatalf("best sealed bid = %+v, want provider-2's reveal at 5", eo.Best)
	}
	w.chain.AdvanceTo(o.RevealEnd.Add(time.Second))
	if _, err := w.customer.ForfeitBond(ctx(), id, w.providers[2].Account()); err != nil {
		t.Fatal(err)
	}
	if _, err := w.customer.CloseBidding(ctx(), id); err != nil {
		t.Fatal(err)
	}
	eo = w.orderIn(id, "Confirming")
	kinds := []string{}
	for _, b := range eo.Bids {
		kinds = append(kinds, b.Kind)
	}
	if !slices.Equal(kinds, []string{"commit", "commit", "commit", "reveal", "reveal", "forfeit"}) {
		t.Errorf("bid kinds %v", kinds)
	}
	last := eo.Bids[len(eo.Bids)-1]
	if last.Provider != w.providers[2].Account() || last.Bond == nil || last.Bond.Big().Sign() <= 0 || eo.Burned.Big().Cmp(last.Bond.Big()) != 0 {
		t.Errorf("forfeit = %+v, the order burned %s", last, eo.Burned.Big())
	}
	var ps struct{ Providers []explorer.ProviderInfo }
	w.get("/api/providers", &ps)
	if ps.Providers[2].BondsBurned.Big().Cmp(last.Bond.Big()) != 0 || ps.Providers[0].BondsBurned.Big().Sign() != 0 {
		t.Errorf("bonds burned: %s and %s", ps.Providers[2].BondsBurned.Big(), ps.Providers[0].BondsBurned.Big())
	}
	if eo.Match == nil || eo.Match.Provider != w.providers[1].Account() || eo.Best.Provider != w.providers[1].Account() {
		t.Errorf("match %+v best %+v, want provider-2", eo.Match, eo.Best)
	}
}

// TestAPI_NoShowsAreCountedPerProvider: a winner that never publishes, and one that never
// confirms the module the customer committed, fail their orders; the providers table counts
// both (SPEC §8), and the one that never published has its collateral burned.
func TestAPI_NoShowsAreCountedPerProvider(t *testing.T) {
	w := newWorld(t, 2, 0)
	supply := w.totalSupply()
	silent := w.create(orderParams(testUnits, testSegments, 5, false))
	w.bid(silent, 0, 3)
	w.closeAuction(silent)
	w.chain.AdvanceTo(w.chainOrder(silent).Deadline.Add(time.Second))
	if _, err := w.customer.Expire(ctx(), silent); err != nil {
		t.Fatal(err)
	}
	unconfirmed := w.create(orderParams(testUnits, testSegments, 5, false))
	w.bid(unconfirmed, 1, 3)
	w.closeAuction(unconfirmed)
	w.lease(unconfirmed)
	w.commitModule(unconfirmed)
	w.chain.AdvanceTo(w.chainOrder(unconfirmed).Deadline.Add(time.Second))
	if _, err := w.customer.Expire(ctx(), unconfirmed); err != nil {
		t.Fatal(err)
	}

	eo := w.orderIn(silent, "Failed")
	if f := eo.Failure; f == nil || f.Code != uint8(market.FailNotPublished) || !f.NoShow || !strings.Contains(f.Reason, "never published") ||
		f.CollateralBurned == nil || f.CollateralBurned.Big().Cmp(eo.Match.Collateral.Big()) != 0 || eo.Burned.Big().Cmp(eo.Match.Collateral.Big()) != 0 {
		t.Fatalf("failure = %+v, burned %s", eo.Failure, eo.Burned.Big())
	}
	if gone := new(big.Int).Sub(supply, w.totalSupply()); gone.Cmp(eo.Burned.Big()) != 0 {
		t.Errorf("the supply lost %s, the explorer says %s was burned", gone, eo.Burned.Big())
	}
	eo = w.orderIn(unconfirmed, "Failed")
	if f := eo.Failure; f == nil || f.Code != uint8(market.FailNotConfirmed) || !f.NoShow || f.CollateralBurned != nil || eo.Burned.Big().Sign() != 0 {
		t.Fatalf("failure = %+v, burned %s", eo.Failure, eo.Burned.Big())
	}
	var ps struct{ Providers []explorer.ProviderInfo }
	w.get("/api/providers", &ps)
	if len(ps.Providers) != 2 {
		t.Fatalf("providers = %+v", ps.Providers)
	}
	for i, want := range []struct{ published, confirmed int }{{1, 0}, {0, 1}} {
		p := ps.Providers[i]
		chainP, _ := w.reader.Provider(ctx(), p.Address)
		if p.NoShows != 1 || p.NeverPublished != want.published || p.NeverConfirmed != want.confirmed || p.LeasesWon != i ||
			new(big.Int).Sub(fst(providerStake), chainP.Stake).Cmp(p.CollateralBurned.Big()) != 0 {
			t.Errorf("provider %d = %+v (stake on chain %s)", i, p, chainP.Stake)
		}
	}
}

// TestAPI_NoValidBidFails: an auction without bids fails with its reason.
func TestAPI_NoValidBidFails(t *testing.T) {
	w := newWorld(t, 0, 0)
	id := w.create(orderParams(testUnits, testSegments, 5, false))
	w.closeAuction(id)
	eo := w.orderIn(id, "Failed")
	if eo.Failure == nil || eo.Failure.Reason != "no valid bid" || eo.Match != nil {
		t.Fatalf("failed order = %+v", eo)
	}
}

// TestAPI_OrderListPages: lists are newest first, filtered, and paged with before.
func TestAPI_OrderListPages(t *testing.T) {
	w := newWorld(t, 0, 0)
	for range 5 {
		w.create(orderParams(testUnits, testSegments, 5, false))
	}
	var l explorer.OrderList
	waitFor(t, "five orders", func() bool {
		l = explorer.OrderList{}
		w.get("/api/orders", &l)
		return len(l.Orders) == 5
	})
	list := func(path string) explorer.OrderList {
		var l explorer.OrderList
		w.get(path, &l)
		return l
	}
	l = list("/api/orders?limit=2")
	if len(l.Orders) != 2 || l.Orders[0].ID != 5 || l.Orders[1].ID != 4 || l.Next != 4 {
		t.Fatalf("first page = %+v", l)
	}
	l = list(fmt.Sprintf("/api/orders?limit=2&before=%d", l.Next))
	if len(l.Orders) != 2 || l.Orders[0].ID != 3 || l.Next != 2 {
		t.Fatalf("second page = %+v", l)
	}
	l = list("/api/orders?before=2")
	if len(l.Orders) != 1 || l.Orders[0].ID != 1 || l.Next != 0 {
		t.Fatalf("last page = %+v", l)
	}
	l = list("/api/orders?state=Bidding&level=0&account=" + strings.ToLower(w.customer.Account().Hex()))
	if len(l.Orders) != 5 {
		t.Fatalf("filtered = %d orders", len(l.Orders))
	}
	l = list("/api/orders?state=Failed")
	if len(l.Orders) != 0 {
		t.Fatalf("no order failed, the list has %d", len(l.Orders))
	}
}

// TestAPI_ReorganisedLogsAreUndone: when blocks the explorer indexed leave the chain, what
// they said is undone and the new blocks' events applied: the explorer then shows what an
// explorer started afresh on the new chain shows.
func TestAPI_ReorganisedLogsAreUndone(t *testing.T) {
	w := newWorld(t, 2, 0)
	id := w.create(orderParams(testUnits, testSegments, 10, false))
	w.bid(id, 0, 9)
	var o explorer.Order
	waitFor(t, "the first bid", func() bool {
		w.get(fmt.Sprintf("/api/orders/%d", id), &o)
		return len(o.Bids) == 1
	})
	bidBlock := o.Bids[0].Block
	parent, err := w.chain.Client.HeaderByNumber(ctx(), new(big.Int).SetUint64(bidBlock-1))
	if err != nil {
		t.Fatal(err)
	}
	old, err := w.chain.Client.HeaderByNumber(ctx(), new(big.Int).SetUint64(bidBlock))
	if err != nil {
		t.Fatal(err)
	}
	// The new chain forks before the bid: provider-1's bid goes back to the pool and lands
	// again elsewhere; provider-2 bids lower in the new chain, which grows longer.
	if err := w.chain.Backend.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	w.chain.Mine(1) // not Advance: the pool holds provider-1's bid again, and the clock moves only without pending transactions
	w.bid(id, 1, 8)
	w.chain.Mine(3)
	w.caughtUp(w.url)
	if now, err := w.chain.Client.HeaderByNumber(ctx(), new(big.Int).SetUint64(bidBlock)); err != nil || now.Hash() == old.Hash() {
		t.Fatalf("block %d was not reorganised (%v)", bidBlock, err)
	}

	fresh := w.startExplorer()
	base := strings.TrimSuffix(fresh.URL(), "/")
	w.caughtUp(base)
	var after, want explorer.Order
	w.get(fmt.Sprintf("/api/orders/%d", id), &after)
	getJSON(t, fmt.Sprintf("%s/api/orders/%d", base, id), &want)
	a, _ := json.Marshal(after)
	b, _ := json.Marshal(want)
	if string(a) != string(b) {
		t.Fatalf("after the reorganisation the explorer shows\n%s\nwhile a fresh one shows\n%s", a, b)
	}
	if after.Best == nil || after.Best.Provider != w.providers[1].Account() {
		t.Fatalf("best bid after the reorganisation = %+v, want provider-2's", after.Best)
	}
	var acc explorer.Account
	w.get("/api/accounts/"+w.providers[0].Account().Hex(), &acc)
	var accFresh explorer.Account
	getJSON(t, base+"/api/accounts/"+w.providers[0].Account().Hex(), &accFresh)
	if !reflect.DeepEqual(acc.Orders, accFresh.Orders) {
		t.Fatalf("provider-1's orders %+v, fresh %+v", acc.Orders, accFresh.Orders)
	}
}
