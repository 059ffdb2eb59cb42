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
	// RenounceAdmin makes Deploy give up the token's admin role once the contracts are wired,
	// so that nobody — the deployer included — can mint or grant a role again (SPEC §2).
	RenounceAdmin bool
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

// centiFST returns n hundredths of a token in base units.
func centiFST(n int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e16))
}

const (
	hour = 3600
	day  = 24 * hour
)

// DevPreset is for development chains: seconds, so that a one-segment lease runs in about a
// minute and the demo's four-segment lease (12 units of 5 s: segments of 15 s) in well under
// three. Every choice is explained in contracts/src/Presets.sol (Presets.devMarket and
// Presets.devPool), which carries the same values; TestPresets_MatchSolidity keeps them equal.
func DevPreset() Preset {
	return Preset{
		Name: PresetDev,
		Market: MarketParams{
			BillingPeriod:        5,
			MinBiddingSeconds:    2,
			MaxBiddingSeconds:    hour,
			MinRevealSeconds:     4,
			MaxRevealSeconds:     hour,
			PublishTimeout:       30,
			AcceptTimeout:        30,
			DeployTimeout:        30,
			ConfirmDeployTimeout: 30,
			CollateralBps:        5000,
			CollateralFloorBps:   2000,
			MinProviderStake:     FST(100),
			ProviderExitCooldown: 10,
			BidBond:              FST(1),
			BidBondBps:           100,
			MaxWitnesses:         15,
			MaxSegments:          8,
			MinSegmentSeconds:    10,
			MaxSegmentSeconds:    hour,
			SeatFeeBps:           500,
			MinSeatFeePerUnit:    centiFST(1),
			RequestTimeout:       5,
			ProbeMargin:          1,
			ProbeRatePerMinute:   60,
			ProbeBurst:           5,
			SlaFailBps:           1000,
			SlaMinFailures:       3,
		},
		Pool: WitnessPoolParams{
			MinWitnessStake:     FST(50),
			WitnessBond:         FST(5),
			BlockNeed:           2,
			CommitGrace:         5,
			ReportRevealSeconds: 10,
			MaxReportAge:        60,
			WitnessExitCooldown: 10,
		},
	}
}

// PublicPreset is for public chains: hourly billing, windows of hours, stakes worth losing,
// and no admin power left after deployment. It mirrors Presets.publicMarket and
// Presets.publicPool in contracts/src/Presets.sol, where each choice is explained.
func PublicPreset() Preset {
	return Preset{
		Name: PresetPublic,
		Market: MarketParams{
			BillingPeriod:        hour,
			MinBiddingSeconds:    60,
			MaxBiddingSeconds:    7 * day,
			MinRevealSeconds:     600,
			MaxRevealSeconds:     day,
			PublishTimeout:       hour,
			AcceptTimeout:        hour,
			DeployTimeout:        hour,
			ConfirmDeployTimeout: hour,
			CollateralBps:        5000,
			CollateralFloorBps:   2000,
			MinProviderStake:     FST(1000),
			ProviderExitCooldown: 7 * day,
			BidBond:              FST(10),
			BidBondBps:           100,
			MaxWitnesses:         15,
			MaxSegments:          32,
			MinSegmentSeconds:    hour,
			MaxSegmentSeconds:    day,
			SeatFeeBps:           1000,
			MinSeatFeePerUnit:    centiFST(1),
			RequestTimeout:       30,
			ProbeMargin:          5,
			ProbeRatePerMinute:   6,
			ProbeBurst:           5,
			SlaFailBps:           700,
			SlaMinFailures:       10,
		},
		Pool: WitnessPoolParams{
			MinWitnessStake:     FST(100),
			WitnessBond:         FST(10),
			BlockNeed:           16,
			CommitGrace:         hour,
			ReportRevealSeconds: hour,
			MaxReportAge:        hour,
			WitnessExitCooldown: 7 * day,
		},
		RenounceAdmin: true,
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
