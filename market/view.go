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
