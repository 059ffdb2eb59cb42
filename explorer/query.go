package explorer

import (
	"bytes"
	"cmp"
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/defaas/defaas/market"
)

// Reads of the model. They run under the indexer's read lock and return values the caller
// owns (folded orders are never modified once built, so sharing them is safe).

const (
	pricePoints    = 200 // per level in the market's price history
	recentOrders   = 20
	maxTransfers   = 100
	defaultPage    = 50
	maxPage        = 500
	auctionsListed = 50
)

func (m *model) order(id uint64) *Order {
	if r, ok := m.orders[id]; ok {
		return r.view
	}
	return nil
}

// orderDetail is an order with its timeline, for its page.
func (m *model) orderDetail(id uint64) *Order {
	if r, ok := m.orders[id]; ok && r.view != nil {
		return foldOrder(id, r.events, m.rules, true)
	}
	return nil
}

// orderFilter selects orders for a list.
type orderFilter struct {
	State   string
	Account common.Address // any role
	Level   *uint32
	Before  uint64 // ids below this; 0 = from the newest
	Limit   int
}

func (m *model) list(f orderFilter) OrderList {
	out := OrderList{Orders: []OrderSummary{}}
	limit := f.Limit
	if limit <= 0 {
		limit = defaultPage
	}
	var ids []uint64
	switch {
	case f.Account != (common.Address{}):
		if r, ok := m.accounts[f.Account]; ok {
			for id := range r.orders {
				ids = append(ids, id)
			}
		}
	case f.Level != nil:
		ids = slices.Clone(m.byLevel[*f.Level])
	case f.State != "":
		for id := range m.byState[f.State] {
			ids = append(ids, id)
		}
	}
	match := func(o *Order) bool {
		return (f.State == "" || o.State == f.State) && (f.Level == nil || o.Level == *f.Level) &&
			(f.Before == 0 || o.ID < f.Before)
	}
	take := func(o *Order) bool {
		if len(out.Orders) == limit {
			out.Next = out.Orders[len(out.Orders)-1].ID
			return false
		}
		out.Orders = append(out.Orders, summary(o))
		return true
	}
	if ids == nil && f.Account == (common.Address{}) && f.Level == nil && f.State == "" {
		start := m.maxOrder
		if f.Before != 0 && f.Before-1 < start {
			start = f.Before - 1
		}
		for id := start; id >= 1; id-- {
			if o := m.order(id); o != nil && !take(o) {
				break
			}
		}
		return out
	}
	slices.Sort(ids)
	for i := len(ids) - 1; i >= 0; i-- {
		o := m.order(ids[i])
		if o == nil || !match(o) {
			continue
		}
		if !take(o) {
			break
		}
	}
	return out
}

func (m *model) market() Market {
	mk := Market{Counts: map[string]int{}, Auctions: []OrderSummary{}, Recent: []OrderSummary{}, Levels: []LevelInfo{}}
	for _, s := range States {
		mk.Counts[s] = len(m.byState[s])
	}
	for _, l := range m.levels {
		l.Prices = []PricePoint{}
		ids := m.byLevel[l.ID]
		for i := len(ids) - 1; i >= 0; i-- {
			o := m.order(ids[i])
			if o == nil {
				continue
			}
			if o.State != "Finished" && o.State != "Failed" {
				l.Open++
			}
			if o.Match != nil && len(l.Prices) < pricePoints {
				l.Prices = append(l.Prices, PricePoint{Order: o.ID, Time: o.Match.Time, UnitPrice: o.Match.UnitPrice})
			}
		}
		slices.Reverse(l.Prices)
		if n := len(l.Prices); n > 0 {
			l.LastPrice = ptr(l.Prices[n-1].UnitPrice)
		}
		mk.Levels = append(mk.Levels, l)
	}
	var open []uint64
	for id := range m.byState["Bidding"] {
		open = append(open, id)
	}
	slices.Sort(open)
	for i := len(open) - 1; i >= 0 && len(mk.Auctions) < auctionsListed; i-- {
		mk.Auctions = append(mk.Auctions, summary(m.order(open[i])))
	}
	mk.Recent = m.list(orderFilter{Limit: recentOrders}).Orders
	if m.rules.BillingPeriod != 0 {
		p := m.rules.Params
		mk.Params = &p
	}
	for _, r := range m.accounts {
		if len(r.provider) > 0 {
			mk.Providers++
		}
		if len(r.witness) > 0 {
			mk.Witnesses++
		}
	}
	return mk
}

// providerInfo is a provider's record from the events; stakes are filled in by the caller.
func (m *model) providerInfo(r *accountRec) *ProviderInfo {
	if len(r.provider) == 0 {
		return nil
	}
	p := &ProviderInfo{Address: r.addr}
	for _, e := range r.provider {
		switch b := e.Body.(type) {
		case providerRegistered:
			p.MetadataURI, p.Registered = b.URI, stampOf(e)
		case providerExiting:
			p.Exiting = true
		}
	}
	earned, collateral, bonds := new(big.Int), new(big.Int), new(big.Int)
	for id, ro := range r.orders {
		o := m.order(id)
		if o == nil {
			continue
		}
		if ro&roleBidder != 0 {
			for _, b := range o.Bids {
				if b.Provider != r.addr {
					continue
				}
				switch b.Kind {
				case "bid", "commit":
					p.Bids++
				case "forfeit":
					bonds.Add(bonds, b.Bond.Big())
				}
			}
		}
		if ro&roleWinner == 0 {
			continue
		}
		if o.Deployment != nil && o.Deployment.Lease != nil {
			p.LeasesWon++
			if o.State == "Deploying" || o.State == "Fulfilling" {
				p.Active++
			}
		}
		if o.Service != nil && o.Service.Unattended {
			p.Unattended++
		}
		if f := o.Failure; f != nil && f.NoShow {
			p.NoShows++
			if market.FailReason(f.Code) == market.FailNotPublished {
				p.NeverPublished++
			} else {
				p.NeverConfirmed++
			}
			if f.CollateralBurned != nil {
				collateral.Add(collateral, f.CollateralBurned.Big())
			}
		}
		if o.Settlement != nil {
			p.ViolatedSegments += int(o.Settlement.ViolatedSegments)
			earned.Add(earned, o.Settlement.ProviderPayout.Big())
			collateral.Add(collateral, o.Settlement.CollateralBurned.Big())
		}
	}
	p.Earned, p.CollateralBurned, p.BondsBurned = amount(earned), amount(collateral), amount(bonds)
	return p
}

// witnessInfo is a witness's record from the events; stakes are filled in by the caller.
func (m *model) witnessInfo(r *accountRec) *WitnessInfo {
	if len(r.witness) == 0 {
		return nil
	}
	w := &WitnessInfo{Address: r.addr}
	for _, e := range r.witness {
		switch b := e.Body.(type) {
		case witnessRegistered:
			w.Registered, w.Available = stampOf(e), true
		case witnessAvailability:
			w.Available = b.Available
		case witnessExiting:
			w.Exiting = true
		}
	}
	credited, lost := new(big.Int), new(big.Int)
	for _, s := range m.seats(r) {
		w.Seats++
		if s.Report != nil {
			w.Revealed++
		} else if s.Verdict != nil {
			w.Missed++
		}
		if s.Payoff != nil {
			if p := s.Payoff.Big(); p.Sign() > 0 {
				credited.Add(credited, p)
			} else {
				lost.Sub(lost, p)
			}
		}
	}
	fees := new(big.Int)
	for id, ro := range r.orders {
		if ro&roleOpener == 0 {
			continue
		}
		if o := m.order(id); o != nil {
			for _, s := range o.Segments {
				if s.Opener != nil && s.Opener.Account == r.addr {
					w.Opened++
					if o.Match != nil {
						fees.Add(fees, o.Match.SeatFee.Big())
					}
				}
			}
		}
	}
	w.Credited, w.Lost, w.OpenerFees = amount(credited), amount(lost), amount(fees)
	w.Payoff = amount(new(big.Int).Sub(credited, lost))
	return w
}

// seats are the committee seats an account held, newest first.
func (m *model) seats(r *accountRec) []SeatRef {
	out := []SeatRef{}
	for id, ro := range r.orders {
		if ro&roleMember == 0 {
			continue
		}
		o := m.order(id)
		if o == nil {
			continue
		}
		for _, s := range o.Segments {
			if s.Committee == nil {
				continue
			}
			for _, st := range s.Committee.Members {
				if st.Witness != r.addr {
					continue
				}
				ref := SeatRef{Order: id, Segment: s.Index, Status: s.Committee.Status, Report: st.Report, Payoff: st.Payoff}
				if s.Committee.Drawn != nil {
					ref.Drawn = *s.Committee.Drawn
				}
				if v := s.Committee.Verdict; v != nil {
					ref.Verdict = ptr(v.Violated)
				}
				out = append(out, ref)
			}
		}
	}
	slices.SortFunc(out, func(a, b SeatRef) int {
		if a.Order != b.Order {
			return int(b.Order) - int(a.Order)
		}
		return b.Segment - a.Segment
	})
	return out
}

// accountView is an account's record from the events; stakes and balance are filled in by the
// caller. ok is false for an address the chain never mentioned.
func (m *model) accountView(a common.Address) (Account, bool) {
	r, ok := m.accounts[a]
	acc := Account{Address: a, Roles: []string{}, Orders: []OrderRef{}, Seats: []SeatRef{},
		FST: Flow{In: amount(nil), Out: amount(nil), Transfers: []Transfer{}}}
	if !ok {
		return acc, false
	}
	acc.Provider = m.providerInfo(r)
	acc.Witness = m.witnessInfo(r)
	customer := false
	for id, ro := range r.orders {
		o := m.order(id)
		if o == nil {
			continue
		}
		ref := OrderRef{ID: id, State: o.State, Level: o.Level, Updated: o.Updated}
		switch {
		case ro&roleCustomer != 0:
			ref.Role, customer = "customer", true
		case ro&roleWinner != 0:
			ref.Role = "provider"
		case ro&roleBidder != 0:
			ref.Role = "bidder"
		default:
			continue // seats are listed apart
		}
		if o.Match != nil {
			ref.UnitPrice = ptr(o.Match.UnitPrice)
		}
		acc.Orders = append(acc.Orders, ref)
	}
	slices.SortFunc(acc.Orders, func(x, y OrderRef) int { return int(y.ID) - int(x.ID) })
	acc.Seats = m.seats(r)
	if customer {
		acc.Roles = append(acc.Roles, "customer")
	}
	if acc.Provider != nil {
		acc.Roles = append(acc.Roles, "provider")
	}
	if acc.Witness != nil {
		acc.Roles = append(acc.Roles, "witness")
	}
	in, out := new(big.Int), new(big.Int)
	for i := len(r.transfers) - 1; i >= 0; i-- {
		e := r.transfers[i]
		t := e.Body.(transfer)
		received := t.To == a
		if received {
			in.Add(in, t.Value)
		} else {
			out.Add(out, t.Value)
		}
		if t.From == a && t.To == a {
			out.Add(out, t.Value)
		}
		if len(acc.FST.Transfers) < maxTransfers {
			acc.FST.Transfers = append(acc.FST.Transfers, Transfer{Stamp: stampOf(e), From: t.From, To: t.To,
				Amount: amount(t.Value), In: received, What: m.what(e)})
		}
	}
	acc.FST.In, acc.FST.Out, acc.FST.Count = amount(in), amount(out), len(r.transfers)
	return acc, true
}

// what says what a transfer's transaction did, from the market's events in it.
func (m *model) what(tr *event) string {
	var parts []string
	seen := map[string]bool{}
	for _, e := range m.byTx[tr.Tx] {
		var s string
		switch e.Body.(type) {
		case transfer:
			continue
		case market.OrderCreatedEvent:
			s = "order %d created"
		case orderMatched:
			s = "order %d matched"
		case market.OrderFailedEvent:
			s = "order %d failed"
		case orderFinished:
			s = "order %d finished"
		case market.OrderSettledEvent:
			s = "order %d settled"
		case market.ServiceStartedEvent:
			s = "order %d: service started"
		case market.VerdictReachedEvent, market.CommitteeUnwitnessedEvent:
			s = fmt.Sprintf("order %%d: segment %d's committee ended", e.Segment)
		case market.SegmentOpenedEvent:
			s = "order %d: segment opened"
		case market.BondForfeitedEvent:
			s = "order %d: bond forfeited"
		case providerRegistered:
			s = "provider registered"
		case providerStaked:
			s = "provider stake added"
		case providerWithdrawn:
			s = "provider stake withdrawn"
		case witnessRegistered:
			s = "witness registered"
		case witnessStaked:
			s = "witness stake added"
		case witnessWithdrawn:
			s = "witness stake withdrawn"
		default:
			continue
		}
		if strings.Contains(s, "%d") {
			s = fmt.Sprintf(s, e.Order)
		}
		if !seen[s] {
			seen[s] = true
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		t := tr.Body.(transfer)
		switch {
		case t.From == (common.Address{}):
			return "minted"
		case t.To == (common.Address{}):
			return "burned"
		}
	}
	return strings.Join(parts, ", ")
}

// providers are every registered provider's record, by registration.
func (m *model) providers() []*ProviderInfo {
	out := []*ProviderInfo{}
	for _, r := range m.accounts {
		if p := m.providerInfo(r); p != nil {
			out = append(out, p)
		}
	}
	slices.SortFunc(out, func(a, b *ProviderInfo) int { return byRegistration(a.Registered, b.Registered, a.Address, b.Address) })
	return out
}

func (m *model) witnesses() []*WitnessInfo {
	out := []*WitnessInfo{}
	for _, r := range m.accounts {
		if w := m.witnessInfo(r); w != nil {
			out = append(out, w)
		}
	}
	slices.SortFunc(out, func(a, b *WitnessInfo) int { return byRegistration(a.Registered, b.Registered, a.Address, b.Address) })
	return out
}

func byRegistration(a, b Stamp, x, y common.Address) int {
	if a.Block != b.Block {
		return cmp.Compare(a.Block, b.Block)
	}
	return bytes.Compare(x[:], y[:])
}
