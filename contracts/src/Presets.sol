// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Market} from "./Market.sol";
import {WitnessPool} from "./WitnessPool.sol";

/// @notice The two parameter presets of SPEC §6. The Go deployer (package contracts) carries
/// the same values; a Go test checks that the two agree.
library Presets {
    /// Public chains: hourly billing, windows of hours.
    function publicMarket() internal pure returns (Market.Params memory) {
        return Market.Params({
            billingPeriod: 3600,
            minBiddingSeconds: 60,
            maxBiddingSeconds: 7 days,
            maxRevealSeconds: 1 days,
            confirmTimeout: 1 hours,
            acceptTimeout: 1 hours,
            deployTimeout: 1 hours,
            collateralBps: 5000,
            minProviderStake: 1000 ether,
            exitCooldown: 7 days,
            maxBidsPerOrder: 32,
            bidBond: 10 ether,
            maxWitnesses: 15
        });
    }

    function publicPool() internal pure returns (WitnessPool.Params memory) {
        return WitnessPool.Params({
            minWitnessStake: 100 ether,
            witnessBond: 10 ether,
            blockNeed: 16,
            commitGrace: 1 hours,
            revealSeconds: 1 hours,
            maxReportAge: 1 hours,
            rewardUnit: 1 ether,
            exitCooldown: 7 days,
            maxWitnesses: 15
        });
    }

    /// Development chains: seconds, so that a whole lease runs in about a minute.
    function devMarket() internal pure returns (Market.Params memory) {
        return Market.Params({
            billingPeriod: 5,
            minBiddingSeconds: 2,
            maxBiddingSeconds: 1 hours,
            maxRevealSeconds: 1 hours,
            confirmTimeout: 30,
            acceptTimeout: 30,
            deployTimeout: 30,
            collateralBps: 5000,
            minProviderStake: 100 ether,
            exitCooldown: 10,
            maxBidsPerOrder: 32,
            bidBond: 1 ether,
            maxWitnesses: 15
        });
    }

    function devPool() internal pure returns (WitnessPool.Params memory) {
        return WitnessPool.Params({
            minWitnessStake: 50 ether,
            witnessBond: 5 ether,
            blockNeed: 2,
            commitGrace: 5,
            revealSeconds: 10,
            maxReportAge: 60,
            rewardUnit: 1 ether,
            exitCooldown: 10,
            maxWitnesses: 15
        });
    }
}
