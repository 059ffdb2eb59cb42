package contracts

import (
	"fmt"
	"math/big"
)

// Preset is one of the two parameter sets of SPEC §6, fixed at deployment.
type Preset struct {
	Name   string
	Market MarketParams
	Pool   WitnessPoolParams
}

// Preset names, as given to `defaas deploy --preset` and written in manifests.
const (
	PresetDev    = "dev"
	PresetPublic = "public"
)

// FST returns n whole tokens in base units (18 decimals).
func FST(n int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18))
}

const (
	hour = 3600
	day  = 24 * hour
)

// DevPreset is for development chains: seconds, so that a whole lease runs in about a minute.
// It mirrors Presets.devMarket and Presets.devPool in contracts/src/Presets.sol.
func DevPreset() Preset {
	return Preset{
		Name: PresetDev,
		Market: MarketParams{
			BillingPeriod:     5,
			MinBiddingSeconds: 2,
			MaxBiddingSeconds: hour,
			MaxRevealSeconds:  hour,
			ConfirmTimeout:    30,
			AcceptTimeout:     30,
			DeployTimeout:     30,
			CollateralBps:     5000,
			MinProviderStake:  FST(100),
			ExitCooldown:      10,
			MaxBidsPerOrder:   32,
			BidBond:           FST(1),
			MaxWitnesses:      15,
		},
		Pool: WitnessPoolParams{
			MinWitnessStake: FST(50),
			WitnessBond:     FST(5),
			BlockNeed:       2,
			CommitGrace:     5,
			RevealSeconds:   10,
			MaxReportAge:    60,
			RewardUnit:      FST(1),
			ExitCooldown:    10,
			MaxWitnesses:    15,
		},
	}
}

// PublicPreset is for public chains: hourly billing and windows of hours.
// It mirrors Presets.publicMarket and Presets.publicPool in contracts/src/Presets.sol.
func PublicPreset() Preset {
	return Preset{
		Name: PresetPublic,
		Market: MarketParams{
			BillingPeriod:     hour,
			MinBiddingSeconds: 60,
			MaxBiddingSeconds: 7 * day,
			MaxRevealSeconds:  day,
			ConfirmTimeout:    hour,
			AcceptTimeout:     hour,
			DeployTimeout:     hour,
			CollateralBps:     5000,
			MinProviderStake:  FST(1000),
			ExitCooldown:      7 * day,
			MaxBidsPerOrder:   32,
			BidBond:           FST(10),
			MaxWitnesses:      15,
		},
		Pool: WitnessPoolParams{
			MinWitnessStake: FST(100),
			WitnessBond:     FST(10),
			BlockNeed:       16,
			CommitGrace:     hour,
			RevealSeconds:   hour,
			MaxReportAge:    hour,
			RewardUnit:      FST(1),
			ExitCooldown:    7 * day,
			MaxWitnesses:    15,
		},
	}
}

// PresetByName returns the preset called name.
func PresetByName(name string) (Preset, error) {
	switch name {
	case PresetDev:
		return DevPreset(), nil
	case PresetPublic:
		return PublicPreset(), nil
	}
	return Preset{}, fmt.Errorf("unknown preset %q: use %q or %q", name, PresetDev, PresetPublic)
}
