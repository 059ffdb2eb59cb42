package market

import "math/big"

// The contracts' money formulas, for the programs that fold or simulate leases without a
// call per number (the explorer, defaas sim). Each names the Solidity function it follows;
// TestEconomics_FormulasAreTheContracts checks them against the deployed Market's views.

// Collateral is Auction.collateral, what backs a lease of fee on an order of maxFee
// (SPEC §3.3): ⌈max(fee × 10000, maxFee × collateralFloorBps) × collateralBps / 10⁸⌉.
func Collateral(collateralBps, collateralFloorBps uint16, fee, maxFee *big.Int) *big.Int {
	base := new(big.Int).Mul(fee, big.NewInt(10_000))
	if floor := new(big.Int).Mul(maxFee, big.NewInt(int64(collateralFloorBps))); floor.Cmp(base) > 0 {
		base = floor
	}
	c := base.Mul(base, big.NewInt(int64(collateralBps)))
	c.Add(c, big.NewInt(99_999_999))
	return c.Quo(c, big.NewInt(100_000_000))
}

// SeatFee is Segments.seatFee, s, what one witness earns for one segment of a lease of fee
// over units in segments (SPEC §3.5): max(minSeatFeePerUnit × units / S,
// ⌈fee × seatFeeBps / 10000 / S⌉); 0 without segments.
func SeatFee(seatFeeBps uint16, minSeatFeePerUnit, fee *big.Int, units uint32, segments uint8) *big.Int {
	if segments == 0 {
		return new(big.Int)
	}
	segs := big.NewInt(int64(segments))
	floor := new(big.Int)
	if minSeatFeePerUnit != nil {
		floor.Mul(minSeatFeePerUnit, big.NewInt(int64(units)))
		floor.Quo(floor, segs)
	}
	den := new(big.Int).Mul(big.NewInt(10_000), segs)
	share := new(big.Int).Mul(fee, big.NewInt(int64(seatFeeBps)))
	share.Add(share, den).Sub(share, big.NewInt(1))
	share.Quo(share, den)
	if share.Cmp(floor) > 0 {
		return share
	}
	return floor
}

// Deposit is Segments.deposit, the witness deposit of a lease: S × (10 N + 1) × s, per
// segment the largest payout (10 s per seat) and its opener's s.
func Deposit(s *big.Int, witnesses, segments uint8) *big.Int {
	return new(big.Int).Mul(s, big.NewInt(int64(segments)*(10*int64(witnesses)+1)))
}

// Collateral is the package's Collateral under these parameters.
func (p Params) Collateral(fee, maxFee *big.Int) *big.Int {
	return Collateral(p.CollateralBps, p.CollateralFloorBps, fee, maxFee)
}

// SeatFee is the package's SeatFee under these parameters.
func (p Params) SeatFee(fee *big.Int, units uint32, segments uint8) *big.Int {
	return SeatFee(p.SeatFeeBps, p.MinSeatFeePerUnit, fee, units, segments)
}
