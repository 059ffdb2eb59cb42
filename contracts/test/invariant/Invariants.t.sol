// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Base} from "../Base.sol";
import {Handler} from "./Handler.sol";
import {Market} from "../../src/Market.sol";
import {WitnessPool} from "../../src/WitnessPool.sol";
import {IWitnessPool} from "../../src/IWitnessPool.sol";

/// @notice SPEC §7's invariants after every call of random sequences driven by the Handler —
/// conservation with deposits and burns (1), the winner (3), verdicts (4), no double payment
/// and no double role, no segment paid twice (5), committees from the request's pool (7, in
/// the Handler), no supply growth (8), no gain from a Violation beyond one's own money (9) — and
/// liveness (2) after each run: every order ends Finished or Failed, segments nobody opened
/// included, with every lock released.
contract InvariantsTest is Base {
    Handler internal h;

    function setUp() public override {
        super.setUp();
        // the dev preset with wider witness windows, so that short runs see reports revealed
        wp.commitGrace = 20;
        wp.reportRevealSeconds = 30;
        deployAll(mp, wp);
        h = new Handler(market, pool, token, admin);
        targetContract(address(h));
        bytes4[] memory s = new bytes4[](46);
        s[0] = Handler.advance.selector;
        s[1] = Handler.createOrder.selector;
        s[2] = Handler.bid.selector;
        s[3] = Handler.commitBid.selector;
        s[4] = Handler.revealBid.selector;
        s[5] = Handler.forfeitBond.selector;
        s[6] = Handler.closeBidding.selector;
        s[7] = Handler.publishDeployment.selector;
        s[8] = Handler.acceptDeployment.selector;
        s[9] = Handler.expire.selector;
        s[10] = Handler.fulfill.selector;
        s[11] = Handler.confirmDeployment.selector;
        s[12] = Handler.openSegment.selector;
        s[13] = Handler.drawCommittee.selector;
        s[14] = Handler.commitReport.selector;
        s[15] = Handler.revealReport.selector;
        s[16] = Handler.finalize.selector;
        s[17] = Handler.settle.selector;
        s[18] = Handler.finish.selector;
        s[19] = Handler.postProbeKit.selector;
        s[20] = Handler.registerProvider.selector;
        s[21] = Handler.addProviderStake.selector;
        s[22] = Handler.requestProviderExit.selector;
        s[23] = Handler.withdrawProviderStake.selector;
        s[24] = Handler.registerWitness.selector;
        s[25] = Handler.addWitnessStake.selector;
        s[26] = Handler.setAvailable.selector;
        s[27] = Handler.requestWitnessExit.selector;
        s[28] = Handler.withdrawWitnessStake.selector;
        // time matters most: give it a second entry
        s[29] = Handler.advance.selector;
        // and the natural next step of some order, most often of all
        for (uint256 i = 30; i < 46; ++i) {
            s[i] = Handler.progress.selector;
        }
        targetSelector(FuzzSelector(address(h), s));
    }

    // ---------------------------------------------------------------- helpers

    /// What the Market holds for an order: prepayment and deposit less what the openers got and
    /// what ended committees paid their members (the pool pulls that at finalize; a committee's
    /// 10 N s stays with the Market until then); the settled amounts once settled.
    function _held(uint256 id) internal view returns (uint256) {
        Market.Order memory o = market.order(id);
        if (o.state == Market.State.Bidding) return h.ghost(id).paidIn;
        if (o.state == Market.State.Settled) {
            (uint256 payout, uint256 refund,) = market.settlement(id);
            return payout + refund;
        }
        if (o.state != Market.State.Confirming && o.state != Market.State.Deploying && o.state != Market.State.Fulfilling) {
            return 0;
        }
        Market.Lease memory l = market.lease(id);
        if (l.unattended) return l.fee;
        uint256 s = l.seatFee;
        uint256 held = l.fee + uint256(o.segments) * (10 * uint256(o.witnessCount) + 1) * s;
        for (uint8 k; k < o.segments; ++k) {
            (IWitnessPool.CommitteeStatus st,, uint256 back) = pool.verdict(id << 8 | k);
            if (st == IWitnessPool.CommitteeStatus.None) continue;
            if (st == IWitnessPool.CommitteeStatus.Finalized || st == IWitnessPool.CommitteeStatus.Unwitnessed) {
                held = held + back - 10 * uint256(o.witnessCount) * s;
            }
            if (k != 0) held -= s;
        }
        return held;
    }

    function _eachCommittee(uint256 i) internal view returns (uint256 c, bool ok) {
        uint256 id = h.orderIds(i / 4);
        uint8 k = uint8(i % 4);
        if (k >= market.order(id).segments) return (0, false);
        return (id << 8 | k, true);
    }

    // ---------------------------------------------------------------- §7.1 conservation

    function _checkConservation() internal view {
        uint256 held;
        uint256 n = h.orderCount();
        for (uint256 k; k < n; ++k) {
            held += _held(h.orderIds(k));
        }
        for (uint256 i; i < h.providerCount(); ++i) {
            held += market.provider(h.providers(i)).stake;
        }
        vm.assertEq(token.balanceOf(address(market)), held, "Market balance != prepayments + deposits + stakes + settled");
        uint256 pooled;
        for (uint256 i; i < pool.witnessListLength(); ++i) {
            address w = pool.witnessAt(i);
            if (w != address(0)) pooled += pool.witness(w).stake;
        }
        vm.assertEq(token.balanceOf(address(pool)), pooled, "WitnessPool balance != witness stakes");
        // §7.8: total supply only ever shrinks (burns); nothing mints
        vm.assertLe(token.totalSupply(), h.initialSupply(), "total supply grew");
    }

    function invariant_1_ConservationAndNoSupplyGrowth() public view {
        _checkConservation();
    }

    /// Bookkeeping behind §7.1: each provider's locked stake is the collateral of the bids it
    /// leads and the leases it holds plus its open bid bonds; each witness's is one seat lock
    /// per seat of a committee still open.
    function _checkLocked() internal view {
        uint256 n = h.orderCount();
        for (uint256 i; i < h.providerCount(); ++i) {
            address p = h.providers(i);
            uint256 want;
            for (uint256 k; k < n; ++k) {
                uint256 id = h.orderIds(k);
                Market.Order memory o = market.order(id);
                bool open = o.state == Market.State.Bidding || o.state == Market.State.Confirming
                    || o.state == Market.State.Deploying || o.state == Market.State.Fulfilling;
                if (open && o.bestBidder == p) want += market.collateralFor(o.bestPrice, o.maxUnitPrice, o.durationUnits);
                if (market.sealedBid(id, p).status == Market.BidStatus.Committed) {
                    want += market.bidBondFor(o.maxUnitPrice, o.durationUnits);
                }
            }
            vm.assertEq(lockedOf(p), want, "provider locked != collateral + bonds");
            vm.assertLe(lockedOf(p), stakeOf(p), "provider locked above stake");
        }
        // one pass over the committees, the seat locks summed per list index
        uint256[] memory want = new uint256[](pool.witnessListLength());
        for (uint256 j; j < 4 * n; ++j) {
            (uint256 c, bool ok) = _eachCommittee(j);
            if (!ok) continue;
            WitnessPool.CommitteeView memory cv = pool.committee(c);
            if (cv.status != IWitnessPool.CommitteeStatus.Requested && cv.status != IWitnessPool.CommitteeStatus.Drawn) {
                continue;
            }
            for (uint256 m; m < cv.members.length; ++m) {
                want[pool.witness(cv.members[m]).index] += cv.seatLock;
            }
        }
        for (uint256 i; i < want.length; ++i) {
            address w = pool.witnessAt(i);
            if (w == address(0)) continue;
            vm.assertEq(wLocked(w), want[i], "witness locked != seat locks of open committees");
            vm.assertLe(wLocked(w), wStake(w), "witness locked above stake");
        }
    }

    function invariant_1_LockedMatchesObligations() public view {
        _checkLocked();
    }

    // ---------------------------------------------------------------- §7.3 winner

    function _checkWinner() internal view {
        uint256 n = h.orderCount();
        for (uint256 k; k < n; ++k) {
            uint256 id = h.orderIds(k);
            Handler.OrderGhost memory gh = h.ghost(id);
            Market.Order memory o = market.order(id);
            if (gh.any) {
                vm.assertEq(o.bestBidder, gh.minFirst, "winner is not the earliest lowest competing bid");
                vm.assertEq(uint256(o.bestPrice), gh.minPrice, "winning price is not the lowest competing bid");
            } else {
                vm.assertEq(o.bestBidder, address(0), "a winner without any competing bid");
            }
        }
    }

    function invariant_3_WinnerIsLowestEarliestCompetingBid() public view {
        _checkWinner();
    }

    // ---------------------------------------------------------------- §7.4 verdicts

    function _checkVerdicts() internal view {
        uint256 n = h.orderCount();
        for (uint256 j; j < 4 * n; ++j) {
            (uint256 c, bool ok) = _eachCommittee(j);
            if (!ok) continue;
            Handler.CommitteeGhost memory gh = h.committeeGhost(c);
            WitnessPool.CommitteeView memory cv = pool.committee(c);
            vm.assertEq(uint256(cv.violationReports), gh.trueReveals, "violation reports != revealed trues");
            vm.assertEq(uint256(cv.revealed), gh.reveals, "revealed count");
            vm.assertLe(gh.finalizations, 1, "finalized twice");
            (IWitnessPool.CommitteeStatus st, bool violated,) = pool.verdict(c);
            if (st != IWitnessPool.CommitteeStatus.Finalized) {
                vm.assertFalse(violated, "a verdict before finalization");
                continue;
            }
            uint256 size = cv.members.length;
            vm.assertGe(size, 3, "a finalized committee of fewer than three");
            vm.assertEq(violated, gh.trueReveals >= size / 2 + 1, "Violation iff at least M of the members");
        }
    }

    function invariant_4_ViolationIffAtLeastM() public view {
        _checkVerdicts();
    }

    // ---------------------------------------------------------------- §7.5, §7.9

    function _checkRolesAndPayments() internal view {
        uint256 n = h.orderCount();
        for (uint256 k; k < n; ++k) {
            uint256 id = h.orderIds(k);
            Market.Order memory o = market.order(id);
            Handler.OrderGhost memory gh = h.ghost(id);
            vm.assertEq(o.customer, gh.customer);
            vm.assertTrue(o.bestBidder != o.customer, "the customer won its own order");
            vm.assertLe(gh.settlements, 1, "settled twice");
            for (uint8 j; j < o.segments; ++j) {
                WitnessPool.CommitteeView memory cv = pool.committee(id << 8 | j);
                if (cv.status == IWitnessPool.CommitteeStatus.None) continue;
                vm.assertEq(cv.customer, o.customer);
                vm.assertEq(cv.provider, o.bestBidder);
                vm.assertFalse(isIn(o.customer, cv.members), "customer on its own committee");
                vm.assertFalse(isIn(o.bestBidder, cv.members), "provider on its own committee");
            }
            // §7.9: nobody gets more than its own money back from a lease; the provider gets
            // fee / S per segment not violated, once
            vm.assertLe(gh.customerIn, gh.paidIn, "the customer got back more than it paid");
            if (o.state == Market.State.Failed) {
                vm.assertEq(gh.customerIn, gh.paidIn, "a failed order refunds everything");
                vm.assertEq(gh.providerIn, 0);
            } else if (o.state == Market.State.Finished) {
                (uint256 payout,, uint8 v) = market.settlement(id);
                uint256 fee = uint256(o.bestPrice) * o.durationUnits;
                vm.assertEq(payout, fee / o.segments * (o.segments - v), "fee / S per clean segment");
                vm.assertEq(gh.providerIn, payout, "the provider paid what settle fixed, once");
            } else {
                vm.assertEq(gh.providerIn, 0, "paid before finish");
            }
        }
    }

    function invariant_5_9_NoDoublePaymentNoDoubleRoleNoGainFromViolation() public view {
        _checkRolesAndPayments();
    }

    /// Every call's outcome matched the rules (the Handler predicts each success or revert, each
    /// payoff, and checks each draw against the request's pool: §7.7).
    function invariant_HandlerPredictionsHold() public view {
        vm.assertEq(h.violations(), 0, h.lastViolation());
    }

    // ---------------------------------------------------------------- §7.2 liveness

    /// After each run: once every deadline has passed, permissionless calls finish every order,
    /// and then every lock and bond is released with every FST accounted for.
    function afterInvariant() public {
        h.driveAllToEnd();
        vm.assertEq(h.violations(), 0, h.lastViolation());
        uint256 n = h.orderCount();
        for (uint256 k; k < n; ++k) {
            Market.State st = market.order(h.orderIds(k)).state;
            vm.assertTrue(st == Market.State.Finished || st == Market.State.Failed, "order not terminal");
        }
        for (uint256 i; i < h.providerCount(); ++i) {
            vm.assertEq(lockedOf(h.providers(i)), 0, "provider stake still locked");
        }
        for (uint256 i; i < pool.witnessListLength(); ++i) {
            address w = pool.witnessAt(i);
            if (w != address(0)) vm.assertEq(wLocked(w), 0, "witness seat still locked");
        }
        _checkConservation();
        _checkLocked();
        _checkWinner();
        _checkVerdicts();
        _checkRolesAndPayments();
    }

    // ---------------------------------------------------------------- depth of the handler

    function _randomCall(uint256 r) internal {
        uint256 a = uint256(keccak256(abi.encode(r, 1)));
        uint256 b = uint256(keccak256(abi.encode(r, 2)));
        uint256 c = uint256(keccak256(abi.encode(r, 3)));
        uint256 k = r % 46;
        if (k < 16) h.progress(a, b, c);
        else if (k < 19) h.advance(a, b);
        else if (k == 19) h.bid(a, b, c);
        else if (k == 20) h.commitBid(a, b, c, bytes32(c));
        else if (k == 21) h.revealBid(a, b, uint8(c));
        else if (k == 22) h.forfeitBond(a, b);
        else if (k == 23) h.closeBidding(a);
        else if (k == 24) h.publishDeployment(a, uint8(b));
        else if (k == 25) h.acceptDeployment(a);
        else if (k == 26) h.expire(a);
        else if (k == 27) h.fulfill(a, b % 2 == 0);
        else if (k == 28) h.confirmDeployment(a, b % 4 != 0);
        else if (k == 29) h.openSegment(a, uint8(b));
        else if (k == 30) h.drawCommittee(a);
        else if (k == 31) h.commitReport(a, b, c % 2 == 0, uint8(c >> 8));
        else if (k == 32) h.revealReport(a, b, uint8(c));
        else if (k == 33) h.finalize(a);
        else if (k == 34) h.settle(a);
        else if (k == 35) h.finish(a);
        else if (k == 36) h.postProbeKit(a, b % 4 == 0);
        else if (k == 37) h.registerProvider(a, b);
        else if (k == 38) h.addProviderStake(a, b);
        else if (k == 39) h.requestProviderExit(a);
        else if (k == 40) h.withdrawProviderStake(a);
        else if (k == 41) h.registerWitness(a, b);
        else if (k == 42) h.addWitnessStake(a, b);
        else if (k == 43) h.setAvailable(a, b % 3 != 0);
        else if (k == 44) h.requestWitnessExit(a);
        else h.withdrawWitnessStake(a, b);
    }

    /// One long deterministic sequence: the handler must reach every kind of successful call,
    /// predict every outcome, and keep every invariant; otherwise the random runs above would
    /// only scratch the surface.
    function test_Handler_ReachesEveryStepAndKeepsInvariants() public {
        for (uint256 i; i < 1500; ++i) {
            _randomCall(uint256(keccak256(abi.encode("seq", i))));
            if (i % 300 == 299) {
                _checkConservation();
                _checkLocked();
                _checkWinner();
                _checkVerdicts();
                _checkRolesAndPayments();
            }
        }
        vm.assertEq(h.violations(), 0, h.lastViolation());
        string[28] memory must = [
            "createOrder", "publishDeployment", "acceptDeployment", "confirmDeployment", "drawCommittee", "finish",
            "openSegment", "postProbeKit", "requestProviderExit",
            // the rest are also tried when they must be refused
            "bid", "commitBid", "revealBid", "forfeitBond", "closeBidding", "expire", "fulfill", "commitReport",
            "revealReport", "finalize", "settle", "registerProvider", "withdrawProviderStake", "registerWitness",
            "setAvailable", "requestWitnessExit", "withdrawWitnessStake", "addWitnessStake", "addProviderStake"
        ];
        for (uint256 i; i < must.length; ++i) {
            bytes32 key = keccak256(bytes(must[i]));
            vm.assertGt(h.successes(key), 0, string.concat("never succeeded: ", must[i]));
            if (i >= 9) vm.assertGt(h.calls(key) - h.successes(key), 0, string.concat("never refused: ", must[i]));
        }
        afterInvariant();
    }
}
