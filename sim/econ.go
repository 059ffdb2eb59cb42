package sim

import (
	"fmt"
	"math/big"
	"time"

	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/market"
)

// Lease is one order's money terms as the contracts compute them (SPEC §3.3, §3.5, §3.10,
// §4.4), in FST base units. Each formula names the Solidity function it follows; the worked
// example of docs/economics.md is checked against a real lifecycle on the embedded chain
// (contracts/economics_test.go), which also checks these formulas against the contracts.
type Lease struct {
	Units, Segments, N int
	MaxUnitPrice       *big.Int
	UnitPrice          *big.Int

	MaxFee *big.Int
	Fee    *big.Int
	// SeatFeeAtCreate and DepositAtCreate are what createOrder takes (s on maxFee);
	// SeatFee and Deposit are the ones of the winning fee (closeBidding).
	SeatFeeAtCreate, DepositAtCreate *big.Int
	SeatFee, Deposit                 *big.Int
	// Collateral is the winner's locked stake (Auction.collateral).
	Collateral *big.Int
	// SeatLock is what one seat locks of a member's stake (WitnessPool._seatLock).
	SeatLock *big.Int
}

// NewLease computes a lease's terms under a preset; it refuses terms createOrder refuses for
// their shape (S dividing the units, the segment length, N).
func NewLease(p contracts.Preset, units, segments, n int, maxUnitPrice, unitPrice *big.Int) (Lease, error) {
	m := p.Market
	switch {
	case units < 1:
		return Lease{}, fmt.Errorf("units %d: a lease lasts at least one billing unit", units)
	case segments < 1 || segments > int(m.MaxSegments):
		return Lease{}, fmt.Errorf("segments %d: the %s preset allows 1 to %d", segments, p.Name, m.MaxSegments)
	case units%segments != 0:
		return Lease{}, fmt.Errorf("segments %d do not divide units %d: choose S dividing the lease's units", segments, units)
	case n < 3 || n > int(m.MaxWitnesses):
		return Lease{}, fmt.Errorf("committee %d: the %s preset allows 3 to %d witnesses", n, p.Name, m.MaxWitnesses)
	case maxUnitPrice.Sign() <= 0 || unitPrice.Sign() <= 0 || unitPrice.Cmp(maxUnitPrice) > 0:
		return Lease{}, fmt.Errorf("price %s above the maximum %s, or not positive", unitPrice, maxUnitPrice)
	}
	seg := uint64(units/segments) * uint64(m.BillingPeriod)
	if seg < uint64(m.MinSegmentSeconds) || seg > uint64(m.MaxSegmentSeconds) {
		return Lease{}, fmt.Errorf("segments of %d s: the %s preset allows %d to %d s", seg, p.Name, m.MinSegmentSeconds, m.MaxSegmentSeconds)
	}
	l := Lease{Units: units, Segments: segments, N: n, MaxUnitPrice: maxUnitPrice, UnitPrice: unitPrice}
	l.MaxFee = mul(maxUnitPrice, int64(units))
	l.Fee = mul(unitPrice, int64(units))
	l.SeatFeeAtCreate = SeatFee(p, l.MaxFee, units, segments)
	l.DepositAtCreate = Deposit(l.SeatFeeAtCreate, n, segments)
	l.SeatFee = SeatFee(p, l.Fee, units, segments)
	l.Deposit = Deposit(l.SeatFee, n, segments)
	l.Collateral = Collateral(p, l.Fee, l.MaxFee)
	l.SeatLock = l.SeatFee
	if p.Pool.WitnessBond.Cmp(l.SeatLock) > 0 {
		l.SeatLock = p.Pool.WitnessBond
	}
	return l, nil
}

// SeatFee is market.SeatFee under preset p.
func SeatFee(p contracts.Preset, fee *big.Int, units, segments int) *big.Int {
	return market.SeatFee(p.Market.SeatFeeBps, p.Market.MinSeatFeePerUnit, fee, uint32(units), uint8(segments))
}

// Deposit is market.Deposit.
func Deposit(s *big.Int, n, segments int) *big.Int {
	return market.Deposit(s, uint8(n), uint8(segments))
}

// Collateral is market.Collateral under preset p.
func Collateral(p contracts.Preset, fee, maxFee *big.Int) *big.Int {
	return market.Collateral(p.Market.CollateralBps, p.Market.CollateralFloorBps, fee, maxFee)
}

// Report is one member's revealed report, or its silence.
type Report uint8

const (
	Silent Report = iota // revealed nothing
	False                // "no violation"
	True                 // "violation"
)

func (r Report) String() string {
	return [...]string{"none", "false", "true"}[r]
}

// Threshold is WitnessPool's M = ⌊size/2⌋ + 1.
func Threshold(size int) int { return size/2 + 1 }

// Verdict is WitnessPool._finalizeDrawn's rule (SPEC §4.4, invariant 4): Violation iff at
// least M members revealed true.
func Verdict(reports []Report) bool {
	w := 0
	for _, r := range reports {
		if r == True {
			w++
		}
	}
	return w >= Threshold(len(reports))
}

// Payoff is WitnessPool._pay, in seat fees: Violation — true +10, false 0, none −1;
// NoViolation — true −1, false +1, none −1.
func Payoff(violated bool, r Report) int {
	switch {
	case r == Silent:
		return -1
	case r == True && violated:
		return 10
	case r == True:
		return -1
	case violated:
		return 0
	}
	return 1
}

// SegmentOutcome is how one segment ended: not opened (nobody called openSegment), or its
// committee's reports.
type SegmentOutcome struct {
	Opened  bool
	Reports []Report
}

// Money is where a lease's FST went, from createOrder to finish, as changes of each party's
// balance or stake (base units; negative: paid or lost).
type Money struct {
	// Customer is the customer's balance: − prepayment − deposit + surplus at the close +
	// refund at finish.
	Customer *big.Int
	// Provider is the winner's balance (the fee of its clean segments); ProviderStake its
	// stake (− the burned collateral share).
	Provider, ProviderStake *big.Int
	// Witnesses is the sum of the members' stake changes (gains credited, losses burned).
	Witnesses *big.Int
	// Openers is what openSegment paid its callers.
	Openers *big.Int
	// Burned is what left the supply: collateral, witness losses, unopened segments' N s.
	Burned *big.Int
	// Violated is the number of violated segments.
	Violated int
}

// Settle follows a lease from creation to finish (Market.createOrder, closeBidding,
// confirmDeployment, Segments.open, WitnessPool.finalize, Segments.settle, Market.finish)
// for segment outcomes out (segment 0 is always opened: confirmDeployment requests it).
func Settle(l Lease, out []SegmentOutcome) (Money, error) {
	if len(out) != l.Segments {
		return Money{}, fmt.Errorf("%d segment outcomes for a lease of %d segments", len(out), l.Segments)
	}
	s := l.SeatFee
	m := Money{Customer: new(big.Int), Provider: new(big.Int), ProviderStake: new(big.Int), Witnesses: new(big.Int), Openers: new(big.Int), Burned: new(big.Int)}
	// createOrder and closeBidding: the customer is left paying fee + deposit.
	m.Customer.Sub(m.Customer, l.Fee).Sub(m.Customer, l.Deposit)
	refund := new(big.Int).Set(s) // segment 0's opener share
	for k, o := range out {
		if k == 0 && !o.Opened {
			return Money{}, fmt.Errorf("segment 0 is always opened (confirmDeployment requests it)")
		}
		if !o.Opened {
			m.Burned.Add(m.Burned, mul(s, int64(l.N)))
			refund.Add(refund, mul(s, int64(9*l.N+1)))
			continue
		}
		if len(o.Reports) != l.N {
			return Money{}, fmt.Errorf("segment %d: %d reports for a committee of %d", k, len(o.Reports), l.N)
		}
		if k > 0 {
			m.Openers.Add(m.Openers, s)
		}
		v := Verdict(o.Reports)
		if v {
			m.Violated++
		}
		paid := new(big.Int)
		for _, r := range o.Reports {
			u := Payoff(v, r)
			m.Witnesses.Add(m.Witnesses, mul(s, int64(u)))
			if u > 0 {
				paid.Add(paid, mul(s, int64(u)))
			} else if u < 0 {
				m.Burned.Add(m.Burned, s)
			}
		}
		refund.Add(refund, new(big.Int).Sub(mul(s, int64(10*l.N)), paid))
	}
	perSegment := new(big.Int).Div(l.Fee, big.NewInt(int64(l.Segments)))
	refund.Add(refund, mul(perSegment, int64(m.Violated)))
	m.Customer.Add(m.Customer, refund)
	m.Provider = mul(perSegment, int64(l.Segments-m.Violated))
	burn := new(big.Int).Div(mul(l.Collateral, int64(m.Violated)), big.NewInt(int64(l.Segments)))
	m.ProviderStake.Neg(burn)
	m.Burned.Add(m.Burned, burn)
	return m, nil
}

func mul(x *big.Int, n int64) *big.Int { return new(big.Int).Mul(x, big.NewInt(n)) }

// Lease is the lease the case simulates — S segments of the case's length at the given prices
// — under the case's preset and committee size.
func (c Config) Lease(maxUnitPrice, unitPrice *big.Int) (Lease, error) {
	period := time.Duration(c.Preset.Market.BillingPeriod) * time.Second
	if c.Segment%period != 0 {
		return Lease{}, fmt.Errorf("a segment of %s is no whole number of the %s preset's %s billing units", c.Segment, c.Preset.Name, period)
	}
	return NewLease(c.Preset, int(c.Segment/period)*c.Segments, c.Segments, c.Committee, maxUnitPrice, unitPrice)
}
