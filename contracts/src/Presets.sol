// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Market} from "./Market.sol";
import {WitnessPool} from "./WitnessPool.sol";

/// @notice The two parameter presets of SPEC §6. The Go deployer (package contracts,
/// presets.go) carries the same values; a Go test checks that the two agree.
library Presets {
    /// Public chains: hourly billing, windows of hours, stakes worth losing.
    function publicMarket() internal pure returns (Market.Params memory) {
        return Market.Params({
            // SPEC §3.1: hourly billing units, as in the design.
            billingPeriod: 3600,
            minBiddingSeconds: 60,
            maxBiddingSeconds: 7 days,
            // A sealed reveal window spans many blocks on any chain (attack 8).
            minRevealSeconds: 600,
            maxRevealSeconds: 1 days,
            publishTimeout: 1 hours,
            acceptTimeout: 1 hours,
            deployTimeout: 1 hours,
            confirmDeployTimeout: 1 hours,
            // The collateral is half the fee, and at least 10 % of maxFee (half of a 20 % floor),
            // so a 1-wei bid still risks real money (attack 10).
            collateralBps: 5000,
            collateralFloorBps: 2000,
            minProviderStake: 1000 ether,
            providerExitCooldown: 7 days,
            // A sealed bid locks 10 FST or 1 % of maxFee, whichever is more (attack 9).
            bidBond: 10 ether,
            bidBondBps: 100,
            maxWitnesses: 15,
            // Segments of 1 hour to 1 day; 32 of them bound settle's gas. A month-long lease
            // therefore has at least 31 committees, none known before its segment starts.
            maxSegments: 32,
            minSegmentSeconds: 1 hours,
            maxSegmentSeconds: 1 days,
            // A seat earns 10 % of the segment's fee, so bribing M = 2 of 3 members to hide a
            // violation costs more than 2 × 9 × 10 % = 1.8 × the segment's fee, above the
            // 1.5 × (fee and collateral share) a cheating provider saves: bribery is a loss at
            // N = 3 (it needs ≥ 834; 500 made it pay, docs/economics.md). Never less than
            // 0.01 FST per hour of the segment, so dust leases pay for every seat they lock
            // (attack 3). The deposit is S × (10N + 1) seat fees, 310 % of the fee for N = 3,
            // most of it refunded.
            seatFeeBps: 1000,
            minSeatFeePerUnit: 0.01 ether,
            // Probe rules: 30 s per request; a probe waits 2 × 30 + 5 s; one probe per 10 s per
            // member (burst 5); a member reports a violation when more than 7 % of its probes
            // failed, at least 10 of them (an hour-long segment sees ~270 counted probes). At
            // 7 % `defaas sim` convicts a provider dropping 10 % in 99.7 % of segments (1000:
            // 47.8 %), one dropping 5 % in 1.8 %, honest ones never (docs/trust.md).
            requestTimeout: 30,
            probeMargin: 5,
            probeRatePerMinute: 6,
            probeBurst: 5,
            slaFailBps: 700,
            slaMinFailures: 10
        });
    }

    function publicPool() internal pure returns (WitnessPool.Params memory) {
        return WitnessPool.Params({
            minWitnessStake: 100 ether,
            // The lock of one seat: the seat fee when larger. 100 FST hold ten seats.
            witnessBond: 10 ether,
            blockNeed: 16,
            commitGrace: 1 hours,
            reportRevealSeconds: 1 hours,
            maxReportAge: 1 hours,
            witnessExitCooldown: 7 days
        });
    }

    /// Development chains: seconds, so that a 1-segment lease runs in about a minute and the
    /// demo's 4-segment lease (12 units of 5 s: 15 s segments) in well under three.
    function devMarket() internal pure returns (Market.Params memory) {
        return Market.Params({
            // A billing unit of 5 s: 12 units are one minute of service.
            billingPeriod: 5,
            minBiddingSeconds: 2,
            maxBiddingSeconds: 1 hours,
            // Several blocks of the devnet (1 s blocks) or anvil.
            minRevealSeconds: 4,
            maxRevealSeconds: 1 hours,
            publishTimeout: 30,
            acceptTimeout: 30,
            deployTimeout: 30,
            confirmDeployTimeout: 30,
            collateralBps: 5000,
            collateralFloorBps: 2000,
            minProviderStake: 100 ether,
            providerExitCooldown: 10,
            bidBond: 1 ether,
            bidBondBps: 100,
            maxWitnesses: 15,
            // Segments of at least 10 s: 10 probes at 1 per second, so slaMinFailures (3) can be
            // reached in any segment; the demo's 15 s segments see about 15.
            maxSegments: 8,
            minSegmentSeconds: 10,
            maxSegmentSeconds: 1 hours,
            seatFeeBps: 500,
            minSeatFeePerUnit: 0.01 ether,
            // Probe rules sized for seconds-long segments: 5 s per request, one probe per
            // second per member (burst 5), violation above 10 % failed with at least 3.
            requestTimeout: 5,
            probeMargin: 1,
            probeRatePerMinute: 60,
            probeBurst: 5,
            slaFailBps: 1000,
            slaMinFailures: 3
        });
    }

    function devPool() internal pure returns (WitnessPool.Params memory) {
        return WitnessPool.Params({
            minWitnessStake: 50 ether,
            witnessBond: 5 ether,
            blockNeed: 2,
            // Each segment's reports: commits until 5 s after its end, reveals 10 s after that.
            commitGrace: 5,
            reportRevealSeconds: 10,
            maxReportAge: 60,
            witnessExitCooldown: 10
        });
    }
}
