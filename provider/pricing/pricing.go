// Package pricing decides what a provider bids on an order: a Strategy looks at the order
// (its level, the customer's maximum, the best open bid so far) and names a unit price, or
// declines. Two strategies: Fixed, a price table per level, and Undercut, which goes one step
// below the best open bid but never below a floor.
package pricing

import (
	"fmt"
	"math/big"
	"sort"
	"strconv"
	"strings"

	"github.com/defaas/defaas/market"
)

// Quote is what a strategy prices: an order in the Bidding state and its level.
type Quote struct {
	Order market.Order
	Level market.Level
}

// Strategy names the unit price (FST base units per billing unit) to bid on an order, or
// declines with a reason.
type Strategy interface {
	UnitPrice(q Quote) (price *big.Int, ok bool, reason string)
}

// Table is a price per level id.
type Table map[uint32]*big.Int

// ParseTable reads a table of FST amounts keyed by level id written in decimal, as a TOML
// table of strings ({"0" = "1.5", "2" = "4"}) arrives.
func ParseTable(in map[string]string) (Table, error) {
	t := Table{}
	for k, v := range in {
		id, err := strconv.ParseUint(strings.TrimSpace(k), 10, 32)
		if err != nil {
			return nil, fmt.Errorf("price table: level %q is not a level id", k)
		}
		p, err := market.ParseFST(v)
		if err != nil {
			return nil, fmt.Errorf("price table: level %d: %w", id, err)
		}
		if p.Sign() <= 0 {
			return nil, fmt.Errorf("price table: level %d: the price must be above zero", id)
		}
		t[uint32(id)] = p
	}
	return t, nil
}

// String lists the table in FST, by level.
func (t Table) String() string {
	ids := make([]int, 0, len(t))
	for id := range t {
		ids = append(ids, int(id))
	}
	sort.Ints(ids)
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = fmt.Sprintf("%d=%s", id, market.FormatFST(t[uint32(id)]))
	}
	return strings.Join(parts, " ")
}

// ceiling is the highest price the contract takes on the order now: below the best open bid
// (equal later bids lose, SPEC §3.6), at most the customer's maximum.
func ceiling(o market.Order) *big.Int {
	if !o.Sealed && o.HasBid() {
		return new(big.Int).Sub(o.BestPrice, big.NewInt(1))
	}
	return new(big.Int).Set(o.MaxUnitPrice)
}

// Fixed bids the table's price for the order's level, when the order pays that much and, on
// an open order, nobody bid that low already. Levels not in the table are not bid on.
type Fixed struct{ Prices Table }

// UnitPrice implements Strategy.
func (f Fixed) UnitPrice(q Quote) (*big.Int, bool, string) {
	p, ok := f.Prices[q.Order.LevelID]
	if !ok {
		return nil, false, fmt.Sprintf("no price for level %d", q.Order.LevelID)
	}
	if c := ceiling(q.Order); p.Cmp(c) > 0 {
		return nil, false, fmt.Sprintf("price %s FST is above what the order takes (%s FST)", market.FormatFST(p), market.FormatFST(c))
	}
	return new(big.Int).Set(p), true, ""
}

// Undercut bids Step below the best open bid (the customer's maximum when there is none),
// but never below the level's floor. On a sealed order nobody's bid is visible, so it bids
// its floor: the lowest price it is content with, which is what a sealed auction rewards.
type Undercut struct {
	Floors Table
	Step   *big.Int
}

// UnitPrice implements Strategy.
func (u Undercut) UnitPrice(q Quote) (*big.Int, bool, string) {
	floor, ok := u.Floors[q.Order.LevelID]
	if !ok {
		return nil, false, fmt.Sprintf("no floor for level %d", q.Order.LevelID)
	}
	c := ceiling(q.Order)
	if floor.Cmp(c) > 0 {
		return nil, false, fmt.Sprintf("floor %s FST is above what the order takes (%s FST)", market.FormatFST(floor), market.FormatFST(c))
	}
	if q.Order.Sealed {
		return new(big.Int).Set(floor), true, ""
	}
	p := new(big.Int).Set(q.Order.MaxUnitPrice)
	if q.Order.HasBid() {
		p.Sub(q.Order.BestPrice, u.Step)
	}
	if p.Cmp(floor) < 0 {
		p.Set(floor)
	}
	return p, true, ""
}
