package market_test

import (
	"context"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum"

	"github.com/defaas/defaas/contracts"
	"github.com/defaas/defaas/internal/testchain"
	"github.com/defaas/defaas/market"
)

// The Go copies of the contracts' money formulas give what the deployed Market's views give,
// on both presets, for random prices (down to a few wei, where every rounding shows), lengths
// and segment counts.
func TestEconomics_FormulasAreTheContracts(t *testing.T) {
	for _, preset := range []contracts.Preset{contracts.DevPreset(), contracts.PublicPreset()} {
		t.Run(preset.Name, func(t *testing.T) {
			c := testchain.NewWithPreset(t, 1, preset)
			ctx := context.Background()
			params, err := market.New(c.Client, c.Manifest, nil).Params(ctx)
			if err != nil {
				t.Fatal(err)
			}
			m := contracts.NewMarket()
			view := func(data []byte) []byte {
				t.Helper()
				out, err := c.Client.CallContract(ctx, ethereum.CallMsg{To: &c.Manifest.Market, Data: data}, nil)
				if err != nil {
					t.Fatal(err)
				}
				return out
			}
			rng := rand.New(rand.NewPCG(1, uint64(len(preset.Name))))
			price := func() *big.Int {
				switch rng.IntN(3) {
				case 0:
					return big.NewInt(rng.Int64N(1000)) // wei: the roundings
				case 1:
					return new(big.Int).Mul(big.NewInt(rng.Int64N(1e6)), big.NewInt(1e12+rng.Int64N(1e12)))
				}
				return new(big.Int).Rsh(new(big.Int).SetUint64(rng.Uint64()), uint(rng.IntN(40))) // up to uint96
			}
			for i := range 200 {
				unit, maxUnit := price(), price()
				if unit.Cmp(maxUnit) > 0 {
					unit, maxUnit = maxUnit, unit
				}
				units := uint32(1 + rng.IntN(10_000))
				segments := uint8(1 + rng.IntN(int(params.MaxSegments)))
				fee := new(big.Int).Mul(unit, big.NewInt(int64(units)))
				maxFee := new(big.Int).Mul(maxUnit, big.NewInt(int64(units)))

				want, err := m.UnpackCollateralFor(view(m.PackCollateralFor(unit, maxUnit, units)))
				if err != nil {
					t.Fatal(err)
				}
				if got := params.Collateral(fee, maxFee); got.Cmp(want) != 0 {
					t.Errorf("case %d: collateral of %s wei on %s max, %d units: %s, the Market says %s", i, unit, maxUnit, units, got, want)
				}
				want, err = m.UnpackSeatFeeFor(view(m.PackSeatFeeFor(fee, units, segments)))
				if err != nil {
					t.Fatal(err)
				}
				if got := params.SeatFee(fee, units, segments); got.Cmp(want) != 0 {
					t.Errorf("case %d: seat fee of %s wei over %d units in %d segments: %s, the Market says %s", i, fee, units, segments, got, want)
				}
			}
		})
	}
}
