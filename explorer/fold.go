// Folding an order's events into what the pages show: its timeline, bids, segments and outcomes.

package explorer

import (
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/defaas/defaas/market"
)

var stateName = func() map[market.State]string {
	out := map[market.State]string{}
	for s := market.StateNone; s <= market.StateFailed; s++ {
		out[s] = s.String()
	}
	return out
}()

// States is every order state in the Market's numbering, for filters and colours.
var States = []string{"Bidding", "Confirming", "Deploying", "Fulfilling", "Settled", "Finished", "Failed"}

// foldOrder derives an order from its events in chain order; nil without its OrderCreated.
// The timeline, a third of an order's memory, is written only when asked for: the model
// keeps orders without it and folds an order again, with it, for its own page.
func foldOrder(id uint64, evs []*event, w rules, timeline bool) *Order {
	var o *Order
	seg := func(k int) *Segment {
		if k < 0 || o == nil || k >= len(o.Segments) {
			return nil
		}
		return &o.Segments[k]
	}
	committee := func(k int) *Committee {
		if s := seg(k); s != nil {
			return s.Committee
		}
		return nil
	}
	seat := func(c *Committee, a common.Address) *Seat {
		if c == nil {
			return nil
		}
		for i := range c.Members {
			if c.Members[i].Witness == a {
				return &c.Members[i]
			}
		}
		return nil
	}
	burned := new(big.Int)
	for _, e := range evs {
		if o == nil {
			c, ok := e.Body.(market.OrderCreatedEvent)
			if !ok {
				continue // an event whose order's creation is not (or no longer) known
			}
			maxFee := new(big.Int).Mul(c.MaxUnitPrice, big.NewInt(int64(c.DurationUnits)))
			deposit := market.Deposit(w.SeatFee(maxFee, c.DurationUnits, c.Segments), c.WitnessCount, c.Segments)
			o = &Order{
				ID: id, State: stateName[market.StateBidding], Customer: c.Customer, Level: c.LevelID, DurationUnits: c.DurationUnits,
				MaxUnitPrice: amount(c.MaxUnitPrice), Sealed: c.Sealed, WitnessCount: c.WitnessCount,
				SegmentCount: c.Segments, WitnessDeposit: amount(deposit), Created: stampOf(e), BiddingEnd: c.BiddingEnd, Bids: []Bid{},
				Segments: make([]Segment, c.Segments), timeline: timeline,
			}
			if timeline {
				o.Timeline = []Entry{}
			}
			if o.Sealed {
				o.RevealEnd = c.RevealEnd
			}
			for k := range o.Segments {
				o.Segments[k].Index = k
				o.Segments[k].CommitteeID = market.CommitteeID(id, uint8(k))
			}
			kind := "open"
			if o.Sealed {
				kind = "sealed"
			}
			o.add(e, "OrderCreated", c.Customer, nil, fmt.Sprintf("orders level %d for %d units at most %s per unit, %s bidding, %d segment(s) with %d witnesses each; pays the maximum fee %s and a witness deposit of %s",
				c.LevelID, c.DurationUnits, fstText(c.MaxUnitPrice), kind, c.Segments, c.WitnessCount, fstText(maxFee), fstText(deposit)),
				amountPtr(new(big.Int).Add(maxFee, deposit)))
			continue
		}
		o.Updated = stampOf(e)
		switch b := e.Body.(type) {
		case bidPlaced:
			bid := Bid{Provider: b.Provider, Kind: "bid", Price: amountPtr(b.Price), Stamp: stampOf(e)}
			o.Bids = append(o.Bids, bid)
			o.Best = &bid
			o.add(e, "BidPlaced", b.Provider, nil, "bids "+fstText(b.Price)+" per unit", amountPtr(b.Price))
		case bidCommitted:
			o.Bids = append(o.Bids, Bid{Provider: b.Provider, Kind: "commit", Stamp: stampOf(e)})
			o.add(e, "BidCommitted", b.Provider, nil, "commits a sealed bid", nil)
		case bidRevealed:
			o.Bids = append(o.Bids, Bid{Provider: b.Provider, Kind: "reveal", Price: amountPtr(b.Price), Stamp: stampOf(e)})
			o.Best = bestSealed(o)
			o.add(e, "BidRevealed", b.Provider, nil, "reveals "+fstText(b.Price)+" per unit", amountPtr(b.Price))
		case market.BondForfeitedEvent:
			o.Bids = append(o.Bids, Bid{Provider: b.Provider, Kind: "forfeit", Bond: amountPtr(b.Amount), Stamp: stampOf(e)})
			o.Best = bestSealed(o)
			burned.Add(burned, b.Amount)
			o.add(e, "BondForfeited", b.Provider, nil, "forfeits its bond of "+fstText(b.Amount)+" (burned)", amountPtr(b.Amount))
		case orderMatched:
			fee := new(big.Int).Mul(b.Price, big.NewInt(int64(o.DurationUnits)))
			s := w.SeatFee(fee, o.DurationUnits, o.SegmentCount)
			o.Match = &Match{Provider: b.Provider, UnitPrice: amount(b.Price), Fee: amount(fee),
				Collateral: amount(w.Collateral(fee, new(big.Int).Mul(o.MaxUnitPrice.Big(), big.NewInt(int64(o.DurationUnits))))),
				SeatFee:    amount(s), WitnessDeposit: amount(market.Deposit(s, o.WitnessCount, o.SegmentCount)), Stamp: stampOf(e)}
			o.Best = &Bid{Provider: b.Provider, Kind: "bid", Price: amountPtr(b.Price), Stamp: stampOf(e)}
			if w := winningBid(o); w != nil {
				o.Best = w
			}
			o.State = stateName[market.StateConfirming]
			o.add(e, "OrderMatched", b.Provider, nil, fmt.Sprintf("wins the auction at %s per unit (fee %s, collateral %s, seat fee %s)",
				fstText(b.Price), fstText(fee), fstText(o.Match.Collateral.Big()), fstText(s)), amountPtr(fee))
		case market.OrderFailedEvent:
			f := &Failure{Reason: b.Reason.String(), Code: uint8(b.Reason), NoShow: noShow(b.Reason), Stamp: stampOf(e)}
			text := "failed: " + b.Reason.String()
			if b.Reason == market.FailNotPublished && o.Match != nil {
				f.CollateralBurned = ptr(o.Match.Collateral)
				burned.Add(burned, o.Match.Collateral.Big())
				text += "; its collateral of " + fstText(o.Match.Collateral.Big()) + " is burned"
			}
			if b.Reason != market.FailNoValidBid {
				text += "; the customer gets the prepayment and the witness deposit back"
			}
			o.Failure = f
			o.State = stateName[market.StateFailed]
			o.add(e, "OrderFailed", common.Address{}, nil, text, f.CollateralBurned)
		case deploymentPublished:
			d := o.deployment()
			d.Endpoint, d.Published = b.Endpoint, ptr(stampOf(e))
			o.add(e, "DeploymentPublished", b.Provider, nil, "publishes its endpoint "+b.Endpoint, nil)
		case leaseCreated:
			d := o.deployment()
			d.Lease, d.Fee = ptr(stampOf(e)), amountPtr(b.Fee)
			o.State = stateName[market.StateDeploying]
			o.add(e, "LeaseCreated", b.Customer, nil, "accepts the deployment: the lease is created for a fee of "+fstText(b.Fee), amountPtr(b.Fee))
		case market.DeploymentCommittedEvent:
			d := o.deployment()
			d.ModuleHash, d.Committed = b.ModuleHash, ptr(stampOf(e))
			o.add(e, "DeploymentCommitted", o.Customer, nil, "commits its module, sha256 "+shortHash(b.ModuleHash)+"; the provider confirms it next", nil)
		case market.ServiceStartedEvent:
			unattended := o.Deployment == nil || o.Deployment.Committed == nil
			o.Service = &Service{Start: b.Start, End: b.End, Unattended: unattended, Stamp: stampOf(e)}
			o.State = stateName[market.StateFulfilling]
			o.placeSegments(w)
			var actor common.Address
			text := "the service starts unattended: the customer committed no module in time, so no committee watches it, the witness deposit goes back to the customer and the provider earns the fee"
			if !unattended {
				o.Deployment.Confirmed = ptr(stampOf(e))
				text = "confirms the committed module: the service starts and segment 0's committee is requested"
				if o.Match != nil {
					actor = o.Match.Provider
				}
			}
			o.add(e, "ServiceStarted", actor, nil, text, nil)
		case market.SegmentOpenedEvent:
			var fee *Amount
			if s := seg(e.Segment); s != nil {
				s.Opener = &Opener{Account: b.Opener, Stamp: stampOf(e)}
			}
			if o.Match != nil {
				fee = ptr(o.Match.SeatFee)
			}
			text := fmt.Sprintf("opens segment %d: its committee is requested", e.Segment)
			if fee != nil {
				text += " and the opener earns the seat fee " + fstText(fee.Big())
			}
			o.add(e, "SegmentOpened", b.Opener, &e.Segment, text, fee)
		case probeKit:
			if st := seat(committee(e.Segment), b.Witness); st != nil {
				st.ProbeKit = true
			}
			o.add(e, "ProbeKit", o.Customer, &e.Segment, fmt.Sprintf("sends a sealed probe kit (%d bytes) to %s", b.Size, b.Witness.Hex()), nil)
		case market.OrderSettledEvent:
			st := &Settlement{ViolatedSegments: b.ViolatedSegments, ProviderPayout: amount(b.ProviderPayout),
				CustomerRefund: amount(b.CustomerRefund), CollateralBurned: amount(nil), Stamp: stampOf(e)}
			if o.Match != nil && o.SegmentCount > 0 {
				c := new(big.Int).Mul(o.Match.Collateral.Big(), big.NewInt(int64(b.ViolatedSegments)))
				st.CollateralBurned = amount(c.Quo(c, big.NewInt(int64(o.SegmentCount))))
				burned.Add(burned, st.CollateralBurned.Big())
			}
			o.Settlement = st
			o.State = stateName[market.StateSettled]
			o.add(e, "OrderSettled", common.Address{}, nil, fmt.Sprintf("settled: %d of %d segment(s) violated; the provider earns %s, the customer gets %s back, %s of collateral burned",
				b.ViolatedSegments, o.SegmentCount, fstText(b.ProviderPayout), fstText(b.CustomerRefund), fstText(st.CollateralBurned.Big())), nil)
		case orderFinished:
			o.Finished = ptr(stampOf(e))
			o.State = stateName[market.StateFinished]
			o.add(e, "OrderFinished", common.Address{}, nil, "finished: the settled amounts are transferred", nil)
		case market.CommitteeRequestedEvent:
			text := fmt.Sprintf("a committee of %d is requested (drawn from the blocks after %d)", b.N, b.RequestBlock)
			if s := seg(e.Segment); s != nil {
				if c := s.Committee; c != nil && c.Status == "Requested" {
					// Nobody drew before the seed's blocks left the readable 256: the draw
					// re-requested, moving the seed's window; eligibility stays the request's.
					c.SeedBlock = b.RequestBlock
					c.Rerequests++
					text = fmt.Sprintf("the draw came too late for its seed: the committee is requested again (drawn from the blocks after %d)", b.RequestBlock)
				} else {
					s.Committee = &Committee{Status: "Requested", N: b.N, RequestBlock: b.RequestBlock, SeedBlock: b.RequestBlock, Requested: stampOf(e), Members: []Seat{}}
				}
			}
			o.add(e, "CommitteeRequested", common.Address{}, &e.Segment, text, nil)
		case market.CommitteeDrawnEvent:
			if c := committee(e.Segment); c != nil {
				c.Status, c.Threshold, c.Drawn, c.Found = "Drawn", b.Threshold, ptr(stampOf(e)), uint8(len(b.Members))
				c.Members = make([]Seat, len(b.Members))
				for i, a := range b.Members {
					c.Members[i] = Seat{Witness: a}
				}
			}
			o.add(e, "CommitteeDrawn", common.Address{}, &e.Segment, fmt.Sprintf("committee drawn: %d members, threshold %d", len(b.Members), b.Threshold), nil)
		case market.CommitteePartlyDrawnEvent:
			if c := committee(e.Segment); c != nil {
				c.Status, c.Found, c.Tried = "Drawing", b.Members, b.Tried
			}
			o.add(e, "CommitteePartlyDrawn", common.Address{}, &e.Segment, fmt.Sprintf("the draw goes on: %d members found after %d candidates", b.Members, b.Tried), nil)
		case market.CommitteeUnwitnessedEvent:
			if c := committee(e.Segment); c != nil {
				c.Status = "Unwitnessed"
				c.Members = []Seat{} // the members found so far got their locks back
			}
			o.add(e, "CommitteeUnwitnessed", common.Address{}, &e.Segment, "no committee: too few eligible witnesses, or not drawn by the segment's end; the segment is unwitnessed and its deposit goes back", nil)
		case reportCommitted:
			if st := seat(committee(e.Segment), b.Witness); st != nil {
				st.Committed = ptr(stampOf(e))
			}
			o.add(e, "ReportCommitted", b.Witness, &e.Segment, "commits a sealed report", nil)
		case reportRevealed:
			if st := seat(committee(e.Segment), b.Witness); st != nil {
				st.Revealed, st.Report = ptr(stampOf(e)), ptr(b.Violated)
			}
			text := "reveals its report: served"
			if b.Violated {
				text = "reveals its report: violated"
			}
			o.add(e, "ReportRevealed", b.Witness, &e.Segment, text, nil)
		case market.VerdictReachedEvent:
			if c := committee(e.Segment); c != nil {
				c.Verdict = &Verdict{Violated: b.Violated, ViolationReports: b.ViolationReports, Revealed: b.Revealed, Stamp: stampOf(e)}
				c.Status = "Finalized"
			}
			text := "verdict: no violation"
			if b.Violated {
				text = "verdict: VIOLATION"
			}
			o.add(e, "VerdictReached", common.Address{}, &e.Segment, fmt.Sprintf("%s (%d of %d revealed reports say violated)", text, b.ViolationReports, b.Revealed), nil)
		case market.WitnessPaidEvent:
			if st := seat(committee(e.Segment), b.Witness); st != nil {
				st.Payoff = amountPtr(b.Payoff)
			}
			text := "is credited " + fstText(b.Payoff) + " to its stake"
			switch b.Payoff.Sign() {
			case -1:
				burned.Sub(burned, b.Payoff)
				text = "loses " + fstText(new(big.Int).Neg(b.Payoff)) + " of its seat lock (burned)"
			case 0:
				text = "is paid nothing: its report did not match the verdict"
			}
			o.add(e, "WitnessPaid", b.Witness, &e.Segment, text, amountPtr(b.Payoff))
		}
	}
	if o != nil {
		o.outcomes(burned)
	}
	return o
}

// outcomes works out what each segment decided and paid once that is known, the
// settlement's breakdown, and the order's burned total (burned so far: bonds, collateral,
// witnesses' losses; the deposits of unopened segments are added here).
func (o *Order) outcomes(burned *big.Int) {
	defer func() { o.Burned = amount(burned) }()
	if o.Service == nil || o.Match == nil || o.SegmentCount == 0 {
		return
	}
	s := o.Match.SeatFee.Big()
	n := int64(o.WitnessCount)
	share := new(big.Int).Quo(o.Match.Fee.Big(), big.NewInt(int64(o.SegmentCount)))
	times := func(k int64, v *big.Int) *big.Int { return new(big.Int).Mul(big.NewInt(k), v) }
	var pay, losses, opener, depBurned, returned, feeRefund big.Int
	for k := range o.Segments {
		sg := &o.Segments[k]
		out := &Outcome{FeeShare: amount(share), FeeTo: "provider", WitnessPay: amount(nil), WitnessLoss: amount(nil),
			OpenerFee: amount(nil), Burned: amount(nil), Returned: amount(nil)}
		// Segment 0's committee is requested by the confirmation: its opener's share of
		// the deposit goes back; a later segment's goes to whoever opened it.
		openerShare := func(ret *big.Int) {
			if k == 0 {
				ret.Add(ret, s)
			} else {
				out.OpenerFee = amount(s)
			}
		}
		c := sg.Committee
		switch {
		case o.Service.Unattended:
			out.Kind, out.Returned = "unattended", amount(times(10*n+1, s))
		case c != nil && c.Status == "Unwitnessed":
			ret := times(10*n, s)
			openerShare(ret)
			out.Kind, out.Returned = "unwitnessed", amount(ret)
		case c != nil && c.Verdict != nil:
			gain, loss := new(big.Int), new(big.Int)
			for _, st := range c.Members {
				if st.Payoff == nil {
					continue
				}
				if p := st.Payoff.Big(); p.Sign() > 0 {
					gain.Add(gain, p)
				} else {
					loss.Sub(loss, p)
				}
			}
			ret := times(10*n, s)
			ret.Sub(ret, gain)
			openerShare(ret)
			out.Kind, out.WitnessPay, out.WitnessLoss, out.Returned = "no violation", amount(gain), amount(loss), amount(ret)
			if c.Verdict.Violated {
				out.Kind, out.FeeTo = "violation", "customer"
			}
		case c == nil && k > 0 && o.Settlement != nil:
			out.Kind, out.Burned, out.Returned = "unopened", amount(times(n, s)), amount(times(9*n+1, s))
			burned.Add(burned, out.Burned.Big())
		default:
			continue // not decided yet
		}
		sg.Outcome = out
		pay.Add(&pay, out.WitnessPay.Big())
		losses.Add(&losses, out.WitnessLoss.Big())
		opener.Add(&opener, out.OpenerFee.Big())
		depBurned.Add(&depBurned, out.Burned.Big())
		returned.Add(&returned, out.Returned.Big())
		if out.FeeTo == "customer" {
			feeRefund.Add(&feeRefund, share)
		}
	}
	if st := o.Settlement; st != nil {
		st.WitnessPay, st.OpenerFees, st.DepositBurned = amount(&pay), amount(&opener), amount(&depBurned)
		st.FeeRefund = amount(&feeRefund)
		st.DepositReturned = amount(new(big.Int).Sub(st.CustomerRefund.Big(), &feeRefund))
		if o.Service.Unattended {
			// The deposit went back at the start, not at settlement.
			st.DepositReturned = amount(nil)
		}
	}
}

func (o *Order) add(e *event, name string, actor common.Address, segment *int, text string, amt *Amount) {
	var sp *int
	if segment != nil && *segment >= 0 {
		sp = ptr(*segment)
	}
	o.Updated = stampOf(e)
	if o.timeline {
		o.Timeline = append(o.Timeline, Entry{Stamp: stampOf(e), Event: name, Actor: actor, Text: text, Segment: sp, Amount: amt})
	}
}

func (o *Order) deployment() *Deployment {
	if o.Deployment == nil {
		o.Deployment = &Deployment{}
	}
	return o.Deployment
}

// placeSegments dates the segments once the service has started, as the Market's segment
// view does: equal parts of whole seconds, segments after the first opened in their first
// half, each with its report windows after its end.
func (o *Order) placeSegments(w rules) {
	n := len(o.Segments)
	if n == 0 || o.Service == nil {
		return
	}
	each := o.Service.End.Sub(o.Service.Start) / time.Duration(n)
	for k := range o.Segments {
		s := &o.Segments[k]
		s.Start = o.Service.Start.Add(time.Duration(k) * each)
		s.End = s.Start.Add(each)
		if k > 0 && !o.Service.Unattended {
			s.OpenUntil = s.Start.Add((each / 2).Truncate(time.Second))
		}
		s.CommitEnd = s.End.Add(w.CommitGrace)
		s.RevealEnd = s.CommitEnd.Add(w.ReportRevealSeconds)
	}
}

// bestSealed is the best revealed bid: the lowest price, ties to the earliest commit; a
// reveal whose bond was forfeited does not compete.
func bestSealed(o *Order) *Bid {
	commitSeq := map[common.Address]int{}
	forfeited := map[common.Address]bool{}
	for i, b := range o.Bids {
		switch b.Kind {
		case "commit":
			commitSeq[b.Provider] = i
		case "forfeit":
			forfeited[b.Provider] = true
		}
	}
	var best *Bid
	for i := range o.Bids {
		b := o.Bids[i]
		if b.Kind != "reveal" || forfeited[b.Provider] || b.Price == nil || b.Price.Big().Sign() == 0 || b.Price.Big().Cmp(o.MaxUnitPrice.Big()) > 0 {
			continue
		}
		if best == nil || b.Price.Big().Cmp(best.Price.Big()) < 0 ||
			(b.Price.Big().Cmp(best.Price.Big()) == 0 && commitSeq[b.Provider] < commitSeq[best.Provider]) {
			best = &b
		}
	}
	return best
}

// winningBid is the bid event that won, once matched.
func winningBid(o *Order) *Bid {
	for i := len(o.Bids) - 1; i >= 0; i-- {
		b := o.Bids[i]
		if b.Provider == o.Match.Provider && b.Price != nil && b.Price.Big().Cmp(o.Match.UnitPrice.Big()) == 0 {
			return &b
		}
	}
	return nil
}

func ptr[T any](v T) *T { return &v }

func fstText(v *big.Int) string { return market.FormatFST(v) + " FST" }

func shortHash(h common.Hash) string { return h.Hex()[:10] + "…" }

// summary is an order in a list.
func summary(o *Order) OrderSummary {
	s := OrderSummary{ID: o.ID, State: o.State, Customer: o.Customer, Level: o.Level, DurationUnits: o.DurationUnits,
		MaxUnitPrice: o.MaxUnitPrice, Sealed: o.Sealed, Created: o.Created, Updated: o.Updated, AuctionEnd: o.BiddingEnd}
	if o.Sealed {
		s.AuctionEnd = o.RevealEnd
	}
	for _, b := range o.Bids {
		if b.Kind == "bid" || b.Kind == "commit" {
			s.Bids++
		}
	}
	if o.Best != nil {
		s.BestPrice, s.BestBidder = o.Best.Price, o.Best.Provider
	}
	if o.Settlement != nil {
		s.ViolatedSegments = ptr(o.Settlement.ViolatedSegments)
	}
	return s
}
