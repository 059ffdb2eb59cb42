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

	"github.com/ethereum/go-ethereum/common"

	"github.com/defaas/defaas/explorer"
	"github.com/defaas/defaas/market"
)

// TestAPI_FullLifecycle follows one order from creation to finish through the JSON API, at
// every step, and checks the end against the chain: the winning bid, the committee and its
// reports, the verdict, every payoff, the settlement, and each party's FST and stakes.
func TestAPI_FullLifecycle(t *testing.T) {
	w := newWorld(t, 3, 5)
	start := map[common.Address]*big.Int{}
	for _, a := range w.chain.Accounts {
		start[a.Addr], _ = w.reader.Balance(ctx(), a.Addr)
	}

	p := orderParams(4, 10, false)
	id := w.create(p)
	o := w.orderIn(id, "Bidding")
	if o.Customer != w.customer.Account() || o.DurationUnits != 4 || o.MaxUnitPrice.Big().Cmp(fst(10)) != 0 || o.Sealed || o.Best != nil {
		t.Fatalf("new order = %+v", o)
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
	if o.Match == nil || o.Match.Provider != w.providers[2].Account() || o.Match.Fee.Big().Cmp(fst(28)) != 0 {
		t.Fatalf("match = %+v, want provider-3 for a fee of 28 FST", o.Match)
	}
	w.deploy(id)
	o = w.orderIn(id, "Fulfilling")
	if o.Deployment == nil || o.Deployment.Endpoint != "https://winner.example/" || o.Deployment.Lease == nil || o.Service == nil {
		t.Fatalf("deployment %+v, service %+v", o.Deployment, o.Service)
	}
	members, seats := w.drawAndCommit(id, func(int) bool { return true })
	waitFor(t, "the committed reports", func() bool {
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
	w.revealAndSettle(id, seats)
	o = w.orderIn(id, "Finished")

	// The order against the chain.
	lease, err := w.reader.Lease(ctx(), id)
	if err != nil {
		t.Fatal(err)
	}
	if len(o.Segments) != segmentsOf(p) {
		t.Fatalf("%d segments, want %d", len(o.Segments), segmentsOf(p))
	}
	c := o.Segments[0].Committee
	if c.Status != "Finalized" || c.Threshold != 2 || c.Verdict == nil || !c.Verdict.Violated || c.Verdict.ViolationReports != 3 || c.Verdict.Revealed != 3 {
		t.Fatalf("committee = %+v verdict %+v", c, c.Verdict)
	}
	var got []common.Address
	for _, s := range c.Members {
		got = append(got, s.Witness)
		if s.Report == nil || !*s.Report || s.Revealed == nil {
			t.Errorf("seat %s: report %v revealed %v, want a revealed violation", s.Witness, s.Report, s.Revealed)
		}
		if s.Payoff == nil || s.Payoff.Big().Cmp(fst(10)) != 0 {
			t.Errorf("seat %s: payoff %v, want +10 FST", s.Witness, s.Payoff)
		}
	}
	if !reflect.DeepEqual(got, members) {
		t.Errorf("members %v, want %v", got, members)
	}
	if o.Match.Collateral.Big().Cmp(lease.Collateral) != 0 {
		t.Errorf("collateral %s, the lease says %s", o.Match.Collateral.Big(), lease.Collateral)
	}
	refund := new(big.Int).Add(lease.Fee, lease.Collateral)
	st := o.Settlement
	if st == nil || st.ViolatedSegments != 1 || st.ProviderPayout.Big().Sign() != 0 || st.CustomerRefund.Big().Cmp(refund) != 0 || o.Finished == nil {
		t.Fatalf("settlement = %+v, want 1 violated segment and %s FST back", st, market.FormatFST(refund))
	}

	// The timeline: every event once, in chain order, from creation to finish.
	count := map[string]int{}
	for i, e := range o.Timeline {
		count[e.Event]++
		if i > 0 && e.Block < o.Timeline[i-1].Block {
			t.Errorf("timeline entry %d (%s, block %d) comes after block %d", i, e.Event, e.Block, o.Timeline[i-1].Block)
		}
	}
	want := map[string]int{"OrderCreated": 1, "BidPlaced": 3, "OrderMatched": 1, "DeploymentPublished": 1, "LeaseCreated": 1,
		"ServiceStarted": 1, "CommitteeRequested": 1, "CommitteeDrawn": 1, "ReportCommitted": 3, "ReportRevealed": 3,
		"VerdictReached": 1, "WitnessPaid": 3, "OrderSettled": 1, "OrderFinished": 1}
	if !reflect.DeepEqual(count, want) {
		t.Errorf("timeline events %v, want %v", count, want)
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
	flow := new(big.Int).Sub(acc.FST.In.Big(), acc.FST.Out.Big())
	if flow.Cmp(bal) != 0 { // the customer's whole history is on this chain: a mint, then the market
		t.Errorf("customer FST in − out = %s, balance %s", flow, bal)
	}
	if !slices.Equal(acc.Roles, []string{"customer"}) || len(acc.Orders) != 1 || acc.Orders[0].Role != "customer" {
		t.Errorf("customer roles %v orders %+v", acc.Roles, acc.Orders)
	}
	if !slices.ContainsFunc(acc.FST.Transfers, func(tr explorer.Transfer) bool { return !tr.In && tr.What == "order 1 created" }) ||
		!slices.ContainsFunc(acc.FST.Transfers, func(tr explorer.Transfer) bool { return tr.In && strings.Contains(tr.What, "order 1 finished") }) {
		t.Errorf("customer transfers do not say what they paid for: %+v", acc.FST.Transfers)
	}
	if gain := new(big.Int).Sub(bal, start[w.customer.Account()]); gain.Cmp(lease.Collateral) != 0 {
		t.Errorf("customer gained %s, want the collateral %s", gain, lease.Collateral)
	}

	// Providers: the winner's lease, violation and stake; the others' bids.
	var ps struct{ Providers []explorer.ProviderInfo }
	w.get("/api/providers", &ps)
	if len(ps.Providers) != 3 {
		t.Fatalf("%d providers, want 3", len(ps.Providers))
	}
	for i, pi := range ps.Providers {
		chainP, _ := w.reader.Provider(ctx(), pi.Address)
		if pi.Address != w.providers[i].Account() || pi.Bids != 1 || pi.Stake == nil || pi.Stake.Big().Cmp(chainP.Stake) != 0 || pi.Locked.Big().Sign() != 0 {
			t.Errorf("provider %d = %+v (stake on chain %s)", i, pi, chainP.Stake)
		}
		won := i == 2
		if (pi.LeasesWon == 1) != won || (pi.ViolatedSegments == 1) != won || pi.Earned.Big().Sign() != 0 || pi.MetadataURI == "" {
			t.Errorf("provider %d: won %d, violated %d, earned %s", i, pi.LeasesWon, pi.ViolatedSegments, pi.Earned.Big())
		}
	}
	if ps.Providers[2].Stake.Big().Cmp(new(big.Int).Sub(fst(providerStake), lease.Collateral)) != 0 {
		t.Errorf("the violating provider's stake is %s, want its collateral gone", ps.Providers[2].Stake.Big())
	}

	// Witnesses: the members' seats and payoffs.
	var ws struct{ Witnesses []explorer.WitnessInfo }
	w.get("/api/witnesses", &ws)
	if len(ws.Witnesses) != 5 {
		t.Fatalf("%d witnesses, want 5", len(ws.Witnesses))
	}
	for _, wi := range ws.Witnesses {
		member := slices.Contains(members, wi.Address)
		seats, payoff := 0, int64(0)
		if member {
			seats, payoff = 1, 10
		}
		if wi.Seats != seats || wi.Revealed != seats || wi.Missed != 0 || wi.Payoff.Big().Cmp(fst(payoff)) != 0 || !wi.Available ||
			wi.Stake.Big().Cmp(fst(witnessStake)) != 0 || wi.Locked.Big().Sign() != 0 {
			t.Errorf("witness %s (member %v) = %+v", wi.Address, member, wi)
		}
		var wacc explorer.Account
		w.get("/api/accounts/"+wi.Address.Hex(), &wacc)
		if len(wacc.Seats) != seats || !slices.Contains(wacc.Roles, "witness") {
			t.Errorf("witness account %s: seats %+v roles %v", wi.Address, wacc.Seats, wacc.Roles)
		}
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

	var list explorer.OrderList
	w.get("/api/orders?state=finished", &list)
	if len(list.Orders) != 1 || list.Orders[0].ID != id || list.Orders[0].ViolatedSegments == nil || *list.Orders[0].ViolatedSegments != 1 {
		t.Errorf("finished orders = %+v", list)
	}
}

// TestAPI_SealedBestIsLowestRevealEarliestCommit: the best sealed bid is the lowest revealed
// price, ties going to the earlier commitment; an unrevealed commitment's bond is forfeited.
func TestAPI_SealedBestIsLowestRevealEarliestCommit(t *testing.T) {
	w := newWorld(t, 3, 0)
	id := w.create(orderParams(2, 10, true))
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
	if last.Provider != w.providers[2].Account() || last.Bond == nil || last.Bond.Big().Sign() <= 0 {
		t.Errorf("forfeit = %+v", last)
	}
	if eo.Match == nil || eo.Match.Provider != w.providers[1].Account() || eo.Best.Provider != w.providers[1].Account() {
		t.Errorf("match %+v best %+v, want provider-2", eo.Match, eo.Best)
	}
}

// TestAPI_NoShowIsCountedAgainstTheProvider: a winner that never publishes fails the order,
// and the providers table counts it.
func TestAPI_NoShowIsCountedAgainstTheProvider(t *testing.T) {
	w := newWorld(t, 1, 0)
	id := w.create(orderParams(1, 5, false))
	w.bid(id, 0, 3)
	w.closeAuction(id)
	o, err := w.reader.Order(ctx(), id)
	if err != nil {
		t.Fatal(err)
	}
	w.chain.AdvanceTo(o.Deadline.Add(time.Second))
	if _, err := w.customer.Expire(ctx(), id); err != nil {
		t.Fatal(err)
	}
	eo := w.orderIn(id, "Failed")
	if eo.Failure == nil || eo.Failure.Code != 1 || !strings.Contains(eo.Failure.Reason, "never published") {
		t.Fatalf("failure = %+v", eo.Failure)
	}
	var ps struct{ Providers []explorer.ProviderInfo }
	w.get("/api/providers", &ps)
	if len(ps.Providers) != 1 || ps.Providers[0].NoShows != 1 || ps.Providers[0].LeasesWon != 0 {
		t.Errorf("providers = %+v", ps.Providers)
	}
}

// TestAPI_NoValidBidFails: an auction without bids fails with its reason.
func TestAPI_NoValidBidFails(t *testing.T) {
	w := newWorld(t, 0, 0)
	id := w.create(orderParams(1, 5, false))
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
		w.create(orderParams(1, 5, false))
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
	id := w.create(orderParams(2, 10, false))
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
