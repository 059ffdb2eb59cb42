package market

import (
	"context"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// OrderView is what the chain says about an order that its parties and its permissionless
// moves need: the order, its lease once matched, each segment with its committee once in
// service, the sealed commitments never revealed, and the settlement.
type OrderView struct {
	Order Order  `json:"order"`
	Lease *Lease `json:"lease,omitempty"`
	// Segments are read once the service started (the Market's segment view, each with the
	// pool's committee view once requested).
	Segments []Segment `json:"segments,omitempty"`
	// Unrevealed are the providers whose sealed commitment was neither revealed nor forfeited,
	// read once the reveal window closed.
	Unrevealed []common.Address `json:"unrevealed,omitempty"`
	Settlement *Settlement      `json:"settlement,omitempty"`
}

// View reads order id as the chain has it at now (the chain's time: it decides whether the
// unrevealed commitments are worth looking for).
func (c *Client) View(ctx context.Context, id uint64, now time.Time) (OrderView, error) {
	o, err := c.Order(ctx, id)
	if err != nil {
		return OrderView{}, err
	}
	v := OrderView{Order: o}
	if o.HasBid() && o.State >= StateConfirming {
		l, err := c.Lease(ctx, id)
		if err != nil {
			return v, err
		}
		v.Lease = &l
	}
	if o.Sealed && o.Commits > 0 && !now.Before(o.RevealEnd) {
		if v.Unrevealed, err = c.Unrevealed(ctx, id); err != nil {
			return v, err
		}
	}
	if o.State >= StateFulfilling && o.State != StateFailed {
		if v.Segments, err = c.Segments(ctx, o); err != nil {
			return v, err
		}
		for i, s := range v.Segments {
			if !s.Opened() {
				continue
			}
			cm, err := c.Committee(ctx, s.CommitteeID)
			if err != nil {
				return v, err
			}
			v.Segments[i].Committee = &cm
		}
	}
	if o.State == StateSettled || o.State == StateFinished {
		if v.Settlement, err = c.Settlement(ctx, id); err != nil {
			return v, err
		}
	}
	return v, nil
}

// Awaiting is a step that only one party of an order can take, which the order waits for
// until its deadline (after which a permissionless move of Plan takes over).
type Awaiting struct {
	// Who takes the step: "providers" (anyone registered, before a winner), "winner",
	// "customer"; Party is its address when there is one.
	Who   string         `json:"who"`
	Party common.Address `json:"party,omitzero"`
	// Step is the call (or, for "serve", the work) awaited.
	Step string `json:"step"`
	// Until is the last second the step is accepted.
	Until time.Time `json:"until"`
}

// Awaited is the party step v waits for at now, if any (SPEC §3.4's "ends with" column).
func Awaited(v OrderView, now time.Time) (Awaiting, bool) {
	o := v.Order
	last := func(t time.Time) time.Time { return t.Add(-time.Second) } // windows that end before t
	switch o.State {
	case StateBidding:
		if now.Before(o.BiddingEnd) {
			step := "bid"
			if o.Sealed {
				step = "commitBid"
			}
			return Awaiting{Who: "providers", Step: step, Until: last(o.BiddingEnd)}, true
		}
		if o.Revealing(now) {
			return Awaiting{Who: "providers", Step: "revealBid", Until: last(o.RevealEnd)}, true
		}
	case StateConfirming:
		if !o.Published {
			return Awaiting{Who: "winner", Party: o.BestBidder, Step: "publishDeployment", Until: o.Deadline}, true
		}
		return Awaiting{Who: "customer", Party: o.Customer, Step: "acceptDeployment", Until: o.Deadline}, true
	case StateDeploying:
		if !o.ModuleCommitted {
			return Awaiting{Who: "customer", Party: o.Customer, Step: "upload the module, then fulfill(moduleHash)", Until: o.Deadline}, true
		}
		return Awaiting{Who: "winner", Party: o.BestBidder, Step: "confirmDeployment", Until: o.Deadline}, true
	case StateFulfilling:
		if now.Before(o.Deadline) {
			return Awaiting{Who: "winner", Party: o.BestBidder, Step: "serve", Until: last(o.Deadline)}, true
		}
	}
	return Awaiting{}, false
}
