// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Base} from "../Base.sol";
import {Handler} from "./Handler.sol";
import {Market} from "../../src/Market.sol";
import {WitnessPool} from "../../src/WitnessPool.sol";
import {IWitnessPool} from "../../src/IWitnessPool.sol";

/// @notice SPEC §7 invariants 1–5 after every call of random sequences driven by the Handler,
/// and liveness (every order ends Finished or Failed) after each run.
contract InvariantsTest is Base {
    Handler internal h;

    function setUp() public override {
        super.setUp();
        // the dev preset with wider witness windows, so that short runs see reports revealed
        wp.commitGrace = 20;
        wp.revealSeconds = 30;
        deployAll(mp, wp);
        h = new Handler(market, pool, token, admin);
        targetContract(address(h));
        bytes4[] memory s = new bytes4[](41);
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
        s[11] = Handler.drawCommittee.selector;
        s[12] = Handler.commitReport.selector;
        s[13] = Handler.revealReport.selector;
        s[14] = Handler.finalize.selector;
        s[15] = Handler.settle.selector;
        s[16] = Handler.finish.selector;
        s[17] = Handler.registerProvider.selector;
        s[18] = Handler.addProviderStake.selector;
        s[19] = Handler.requestProviderExit.selector;
        s[20] = Handler.withdrawProviderStake.selector;
        s[21] = Handler.registerWitness.selector;
        s[22] = Handler.addWitnessStake.selector;
        s[23] = Handler.setAvailable.selector;
        s[24] = Handler.requestWitnessExit.selector;
        s[25] = Handler.withdrawWitnessStake.selector;
        // time matters most: give it a second entry
        s[26] = Handler.advance.selector;
        // and the natural next step of some order, most often of all
        for (uint256 i = 27; i < 41; ++i) {
            s[i] = Handler.progress.selector;
        }
        targetSelector(FuzzSelector(address(h), s));
    }

    // ---------------------------------------------------------------- helpers

    function _held(uint256 id) internal view returns (uint256) {
        Market.Order memory o = market.order(id);
        uint256 fee = uint256(o.bestPrice) * o.durationUnits;
        if (o.state == Market.State.Bidding) return uint256(o.maxUnitPrice) * o.durationUnits;
        if (o.state == Market.State.Confirming || o.state == Market.State.Deploying || o.state == Market.State.Fulfilling) {
            return fee;
        }
        if (o.state == Market.State.Settled) {
            return o.flags & 4 != 0 ? fee + market.collateralFor(o.bestPrice, o.durationUnits) : fee;
        }
        return 0;
    }

    function _isIn(address a, address[] memory list) internal pure returns (bool) {
        for (uint256 i; i < list.length; ++i) {
            if (list[i] == a) return true;
        }
        return false;
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
        vm.assertEq(token.balanceOf(address(market)), held, "Market balance != prepayments + stakes + settled");
        uint256 stakes;
        for (uint256 i; i < h.witnessCount(); ++i) {
            stakes += pool.witness(h.witnesses(i)).stake;
        }
        vm.assertEq(token.balanceOf(address(pool)), stakes, "WitnessPool balance != witness stakes");
    }

    function invariant_1_Conservation() public view {
        _checkConservation();
    }

    /// Bookkeeping behind §7.1: each provider's locked stake is the collateral of the bids it
    /// leads and the leases it holds plus its open bid bonds; each witness's is one bond per
    /// drawn, unfinalized committee seat.
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
                if (open && o.bestBidder == p) want += market.collateralFor(o.bestPrice, o.durationUnits);
                if (market.sealedBid(id, p).status == 1) want += mp.bidBond;
            }
            vm.assertEq(lockedOf(p), want, "provider locked != collateral + bonds");
            vm.assertLe(lockedOf(p), stakeOf(p), "provider locked above stake");
        }
        for (uint256 i; i < h.witnessCount(); ++i) {
            address w = h.witnesses(i);
            uint256 want;
            for (uint256 k; k < n; ++k) {
                uint256 id = h.orderIds(k);
                if (pool.committee(id).status != IWitnessPool.CommitteeStatus.Drawn) continue;
                if (pool.seat(id, w).flags & 1 != 0) want += wp.witnessBond;
            }
            vm.assertEq(wLocked(w), want, "witness locked != bonds of open seats");
            // the drawable array holds exactly the available, non-exiting witnesses with a free bond
            WitnessPool.Witness memory ws = pool.witness(w);
            bool should = ws.flags == 3 && uint256(ws.stake) - ws.locked >= wp.witnessBond;
            vm.assertEq(ws.slot != 0, should, "drawable membership");
            if (ws.slot != 0) {
                bytes32 at = vm.load(address(pool), bytes32(uint256(keccak256(abi.encode(uint256(5)))) + ws.slot - 1));
                vm.assertEq(address(uint160(uint256(at))), w, "drawable slot points elsewhere");
            }
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
                vm.assertEq(o.bestBidder, gh.minFirst, "winner is not the earliest lowest valid bid");
                vm.assertEq(uint256(o.bestPrice), gh.minPrice, "winning price is not the lowest valid bid");
            } else {
                vm.assertEq(o.bestBidder, address(0), "a winner without any valid bid");
            }
        }
    }

    function invariant_3_WinnerIsLowestEarliestValidBid() public view {
        _checkWinner();
    }

    // ---------------------------------------------------------------- §7.4 verdict

    function _checkVerdicts() internal view {
        uint256 n = h.orderCount();
        for (uint256 k; k < n; ++k) {
            uint256 id = h.orderIds(k);
            Handler.OrderGhost memory gh = h.ghost(id);
            (IWitnessPool.CommitteeStatus st, bool violated, uint8 w, uint8 r) = pool.verdict(id);
            vm.assertEq(uint256(w), gh.trueReveals, "violation reports != revealed trues");
            vm.assertEq(uint256(r), gh.reveals, "revealed count");
            vm.assertLe(gh.finalizations, 1, "finalized twice");
            vm.assertLe(gh.settlements, 1, "settled twice");
            if (st != IWitnessPool.CommitteeStatus.Finalized) {
                vm.assertFalse(violated, "a verdict before finalization");
                continue;
            }
            uint256 size = pool.committee(id).members.length;
            bool want = size != 0 && gh.trueReveals >= size / 2 + 1;
            vm.assertEq(violated, want, "Violation iff at least M of N revealed true");
            Market.Order memory o = market.order(id);
            if (o.state == Market.State.Settled || o.state == Market.State.Finished) {
                vm.assertEq(o.flags & 4 != 0, violated, "market outcome differs from the verdict");
            }
        }
    }

    function invariant_4_ViolationIffAtLeastMOfN() public view {
        _checkVerdicts();
    }

    // ---------------------------------------------------------------- §7.5 roles and payments

    function _checkRolesAndPayments() internal view {
        uint256 n = h.orderCount();
        for (uint256 k; k < n; ++k) {
            uint256 id = h.orderIds(k);
            Market.Order memory o = market.order(id);
            Handler.OrderGhost memory gh = h.ghost(id);
            vm.assertEq(o.customer, gh.customer);
            vm.assertTrue(o.bestBidder != o.customer, "the customer won its own order");
            WitnessPool.CommitteeView memory c = pool.committee(id);
            if (c.status != IWitnessPool.CommitteeStatus.None) {
                vm.assertEq(c.customer, o.customer);
                vm.assertEq(c.provider, o.bestBidder);
                vm.assertFalse(_isIn(o.customer, c.members), "customer on its own committee");
                vm.assertFalse(_isIn(o.bestBidder, c.members), "provider on its own committee");
            }
            _checkPayments(o, gh);
        }
    }

    /// Exactly what each party of the order received so far: never more, never twice.
    function _checkPayments(Market.Order memory o, Handler.OrderGhost memory gh) internal view {
        uint256 fee = uint256(o.bestPrice) * o.durationUnits;
        uint256 coll = o.bestBidder == address(0) ? 0 : market.collateralFor(o.bestPrice, o.durationUnits);
        uint256 wantC;
        uint256 wantP;
        if (o.state == Market.State.Bidding) {
            wantC = gh.bonds;
        } else if (o.state == Market.State.Failed) {
            wantC = gh.prepay + gh.bonds + (gh.notPublished ? coll : 0);
        } else if (o.state == Market.State.Finished) {
            bool violated = o.flags & 4 != 0;
            wantC = violated ? gh.prepay + coll + gh.bonds : gh.prepay - fee + gh.bonds;
            wantP = violated ? 0 : fee;
        } else {
            wantC = gh.prepay - fee + gh.bonds; // the surplus, at the close
        }
        vm.assertEq(gh.customerIn, wantC, "customer paid a wrong amount");
        vm.assertEq(gh.providerIn, wantP, "provider paid a wrong amount");
    }

    function invariant_5_NoDoublePaymentNoDoubleRole() public view {
        _checkRolesAndPayments();
    }

    /// Every call's outcome matched the rules (the Handler predicts each success or revert, and
    /// each witness payoff, and counts mismatches).
    function invariant_HandlerPredictionsHold() public view {
        vm.assertEq(h.violations(), 0, h.lastViolation());
    }

    // ---------------------------------------------------------------- §7.2 liveness

    /// After each run: once every deadline has passed, permissionless calls finish every order,
    /// and then all collateral, bonds and seats are released with every FST accounted for.
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
        for (uint256 i; i < h.witnessCount(); ++i) {
            vm.assertEq(wLocked(h.witnesses(i)), 0, "witness bond still locked");
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
        uint256 k = r % 40;
        if (k < 14) h.progress(a, b, c);
        else if (k < 17) h.advance(a, b);
        else if (k == 17) h.bid(a, b, c);
        else if (k == 18) h.commitBid(a, b, c, bytes32(c));
        else if (k == 19) h.revealBid(a, b, uint8(c));
        else if (k == 20) h.forfeitBond(a, b);
        else if (k == 21) h.closeBidding(a);
        else if (k == 22) h.publishDeployment(a, uint8(b));
        else if (k == 23) h.acceptDeployment(a);
        else if (k == 24) h.expire(a);
        else if (k == 25) h.fulfill(a, b % 2 == 0);
        else if (k == 26) h.drawCommittee(a);
        else if (k == 27) h.commitReport(a, b, c % 2 == 0, uint8(c >> 8));
        else if (k == 28) h.revealReport(a, b, uint8(c));
        else if (k == 29) h.finalize(a);
        else if (k == 30) h.settle(a);
        else if (k == 31) h.finish(a);
        else if (k == 32) h.registerProvider(a, b);
        else if (k == 33) h.addProviderStake(a, b);
        else if (k == 34) h.requestProviderExit(a);
        else if (k == 35) h.withdrawProviderStake(a);
        else if (k == 36) h.registerWitness(a, b);
        else if (k == 37) h.addWitnessStake(a, b);
        else if (k == 38) h.setAvailable(a, b % 3 != 0);
        else if (k == 39) h.requestWitnessExit(a);
        if (r % 97 == 0) h.withdrawWitnessStake(a);
    }

    /// One long deterministic sequence: the handler must reach every kind of successful call,
    /// predict every outcome, and keep every invariant; otherwise the random runs above would
    /// only scratch the surface.
    function test_Handler_ReachesEveryStepAndKeepsInvariants() public {
        for (uint256 i; i < 1200; ++i) {
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
        string[22] memory must = [
            "createOrder", "publishDeployment", "acceptDeployment", "fulfill", "drawCommittee", "finish",
            // the rest are also tried when they must be refused
            "bid", "commitBid", "revealBid", "forfeitBond", "closeBidding", "expire", "commitReport", "revealReport",
            "finalize", "settle", "registerProvider", "withdrawProviderStake", "registerWitness", "setAvailable",
            "requestWitnessExit", "withdrawWitnessStake"
        ];
        for (uint256 i; i < must.length; ++i) {
            bytes32 key = keccak256(bytes(must[i]));
            vm.assertGt(h.successes(key), 0, string.concat("never succeeded: ", must[i]));
            if (i >= 6) vm.assertGt(h.calls(key) - h.successes(key), 0, string.concat("never refused: ", must[i]));
        }
        afterInvariant();
    }
}
