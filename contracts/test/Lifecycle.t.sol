// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Base} from "./Base.sol";
import {Market} from "../src/Market.sol";
import {IWitnessPool} from "../src/IWitnessPool.sol";

/// @notice Whole lifecycles, step by step, with the gas of every step written to the snapshot
/// (snapshots/LifecycleGas.json) that docs/gas.md is made from, and every balance checked at
/// the end.
contract LifecycleGasTest is Base {
    uint256 internal total;

    function setUp() public override {
        super.setUp();
        registerProviders();
        registerWitnesses();
    }

    function step(string memory name) internal {
        total += vm.snapshotGasLastCall("LifecycleGas", name);
    }

    /// Publish, accept, commit the module, confirm; then the committee of segment 0 draws,
    /// commits and reveals `false`; settle (finalizing it) and finish.
    function _service(uint256 id, address winner) internal {
        vm.prank(winner);
        market.publishDeployment(id, "https://provider-1.example:8443", hex"0102030405060708");
        step("publishDeployment");
        vm.prank(alice);
        market.acceptDeployment(id);
        step("acceptDeployment");
        vm.prank(alice);
        market.fulfill(id, MODULE);
        step("fulfill");
        vm.prank(winner);
        market.confirmDeployment(id);
        step("confirmDeployment");
        uint256 c = cid(id, 0);
        vm.roll(pool.drawDueAfter(c) + 1);
        pool.drawCommittee(c);
        step("drawCommittee");
        address[] memory members = pool.committee(c).members;
        for (uint256 i; i < members.length; ++i) {
            commitAs(c, members[i], false);
            step(string.concat("commitReport_", vm.toString(i)));
        }
        toRevealWindow(c);
        for (uint256 i; i < members.length; ++i) {
            revealAs(c, members[i], false);
            step(string.concat("revealReport_", vm.toString(i)));
        }
        toAfterReveal(c);
        // settle finalizes the committee when nobody has, as clients do: one transaction.
        market.settle(id);
        step("settle_with_finalize");
        market.finish(id);
        step("finish");
    }

    function test_Gas_OpenLifecycle() public {
        uint256 customerBefore = token.balanceOf(alice);
        uint256 winnerBefore = token.balanceOf(providerAccts[2]);
        uint256 supply = token.totalSupply();
        vm.prank(alice);
        uint256 id = market.createOrder(orderParams(0));
        step("createOrder");
        bidAs(providerAccts[0], id, 9 ether);
        step("bid_first");
        bidAs(providerAccts[1], id, 8 ether);
        step("bid_improving_other");
        bidAs(providerAccts[2], id, 7 ether);
        step("bid_improving_other_2");
        vm.warp(block.timestamp + 10);
        market.closeBidding(id);
        step("closeBidding");
        _service(id, providerAccts[2]);
        vm.snapshotValue("LifecycleGas", "total_open", total);

        uint256 fee = 7 ether * uint256(UNITS);
        uint256 s = seatFeeOf(id);
        vm.assertEq(uint8(market.order(id).state), uint8(Market.State.Finished));
        vm.assertEq(token.balanceOf(providerAccts[2]), winnerBefore + fee, "provider earns the fee");
        // NoViolation, every member reported false: each earned s, paid from the deposit
        vm.assertEq(token.balanceOf(alice), customerBefore - fee - 3 * s, "customer pays the fee and 3 seats");
        for (uint256 i; i < witnessAccts.length; ++i) {
            bool member = pool.seat(cid(id, 0), witnessAccts[i]).member;
            vm.assertEq(wStake(witnessAccts[i]), 100 ether + (member ? s : 0), "a member earns one seat fee");
            vm.assertEq(wLocked(witnessAccts[i]), 0);
        }
        vm.assertEq(token.totalSupply(), supply, "nothing minted, nothing burned");
        vm.assertEq(lockedOf(providerAccts[2]), 0);
    }

    function test_Gas_SealedLifecycle() public {
        vm.prank(alice);
        uint256 id = market.createOrder(orderParams(10));
        step("sealed_createOrder");
        uint96[3] memory prices = [uint96(9 ether), 8 ether, 7 ether];
        for (uint256 i; i < 3; ++i) {
            bytes32 c = market.bidCommitment(id, providerAccts[i], prices[i], bytes32(i + 1));
            vm.prank(providerAccts[i]);
            market.commitBid(id, c);
            step(string.concat("sealed_commitBid_", vm.toString(i)));
        }
        vm.warp(block.timestamp + 10);
        for (uint256 i; i < 3; ++i) {
            vm.prank(providerAccts[i]);
            market.revealBid(id, prices[i], bytes32(i + 1));
            step(string.concat("sealed_revealBid_", vm.toString(i)));
        }
        vm.warp(block.timestamp + 10);
        market.closeBidding(id);
        step("sealed_closeBidding");
        _service(id, providerAccts[2]);
        vm.snapshotValue("LifecycleGas", "total_sealed", total);
        vm.assertEq(uint8(market.order(id).state), uint8(Market.State.Finished));
    }

    /// S = 4: 12 units of 5 s, segments of 15 s. Segment 0's committee comes with
    /// confirmDeployment, segments 1–3 are opened by a witness; every committee draws, commits
    /// and reveals; one settle finalizes all four.
    function test_Gas_FourSegmentLifecycle() public {
        address opener = witnessAccts[0];
        uint256 openerBefore = token.balanceOf(opener);
        uint256 customerBefore = token.balanceOf(alice);
        uint256 winnerBefore = token.balanceOf(providerAccts[2]);
        uint256 supply = token.totalSupply();
        vm.prank(alice);
        uint256 id = market.createOrder(segmentedParams(12, 4));
        step("s4_createOrder");
        bidAs(providerAccts[0], id, 9 ether);
        step("s4_bid_first");
        bidAs(providerAccts[1], id, 8 ether);
        step("s4_bid_improving_other");
        bidAs(providerAccts[2], id, 7 ether);
        step("s4_bid_improving_other_2");
        vm.warp(block.timestamp + 10);
        market.closeBidding(id);
        step("s4_closeBidding");
        vm.prank(providerAccts[2]);
        market.publishDeployment(id, "https://provider-1.example:8443", hex"0102030405060708");
        step("s4_publishDeployment");
        vm.prank(alice);
        market.acceptDeployment(id);
        step("s4_acceptDeployment");
        vm.prank(alice);
        market.fulfill(id, MODULE);
        step("s4_fulfill");
        vm.prank(providerAccts[2]);
        market.confirmDeployment(id);
        step("s4_confirmDeployment");
        for (uint8 k; k < 4; ++k) {
            Market.SegmentView memory sv = market.segment(id, k);
            if (k > 0) {
                vm.warp(sv.start);
                vm.prank(opener);
                market.openSegment(id, k);
                step(string.concat("s4_openSegment_", vm.toString(k)));
            }
            vm.roll(pool.drawDueAfter(sv.committeeId) + 1);
            pool.drawCommittee(sv.committeeId);
            step(string.concat("s4_drawCommittee_", vm.toString(k)));
            address[] memory members = pool.committee(sv.committeeId).members;
            for (uint256 i; i < members.length; ++i) {
                commitAs(sv.committeeId, members[i], false);
                step(string.concat("s4_commitReport_", vm.toString(k), "_", vm.toString(i)));
            }
            if (k > 0) _revealSegment(id, k - 1);
        }
        _revealSegment(id, 3);
        vm.warp(market.segment(id, 3).revealEnd + 1);
        market.settle(id);
        step("s4_settle_with_finalize");
        market.finish(id);
        step("s4_finish");
        vm.snapshotValue("LifecycleGas", "total_four_segments", total);

        uint256 fee = 7 ether * 12;
        uint256 s = seatFeeOf(id);
        vm.assertEq(token.balanceOf(providerAccts[2]), winnerBefore + fee, "provider earns the whole fee");
        vm.assertEq(token.balanceOf(opener), openerBefore + 3 * s, "the opener earns s per segment it opened");
        // four committees of three paid s each, and three openers' fees
        vm.assertEq(token.balanceOf(alice), customerBefore - fee - 12 * s - 3 * s, "customer pays fee and seats");
        vm.assertEq(token.totalSupply(), supply, "nothing minted, nothing burned");
        vm.assertEq(lockedOf(providerAccts[2]), 0);
    }

    function _revealSegment(uint256 id, uint8 k) internal {
        Market.SegmentView memory sv = market.segment(id, k);
        vm.warp(sv.commitEnd + 1);
        address[] memory members = pool.committee(sv.committeeId).members;
        for (uint256 i; i < members.length; ++i) {
            revealAs(sv.committeeId, members[i], false);
            step(string.concat("s4_revealReport_", vm.toString(k), "_", vm.toString(i)));
        }
    }

    /// settle when every committee was finalized before (one finalize transaction each) against
    /// settle finalizing them itself: the measurement behind settle's choice (docs/gas.md).
    function test_Gas_SettleFinalizingVsFinalizedBefore() public {
        uint256[2] memory ids;
        for (uint256 j; j < 2; ++j) {
            ids[j] = runToService(segmentedParams(12, 4), providerAccts[j], 7 ether);
        }
        for (uint8 k; k < 4; ++k) {
            for (uint256 j; j < 2; ++j) {
                Market.SegmentView memory sv = market.segment(ids[j], k);
                if (k > 0) {
                    vm.warp(sv.start);
                    market.openSegment(ids[j], k);
                }
                vm.roll(pool.drawDueAfter(sv.committeeId) + 1);
                pool.drawCommittee(sv.committeeId);
            }
        }
        vm.warp(market.segment(ids[1], 3).revealEnd + 1);
        uint256 separate;
        for (uint8 k; k < 4; ++k) {
            pool.finalize(cid(ids[0], k));
            separate += vm.snapshotGasLastCall("LifecycleGas", string.concat("variant_finalize_alone_", vm.toString(k)));
        }
        market.settle(ids[0]);
        separate += vm.snapshotGasLastCall("LifecycleGas", "variant_s4_settle_all_finalized");
        market.settle(ids[1]);
        uint256 together = vm.snapshotGasLastCall("LifecycleGas", "variant_s4_settle_finalizing_all");
        vm.snapshotValue("LifecycleGas", "variant_s4_finalize_then_settle_total", separate);
        vm.assertLt(together, separate, "one transaction is cheaper than five");
        (uint256 p0,,) = market.settlement(ids[0]);
        (uint256 p1,,) = market.settlement(ids[1]);
        vm.assertEq(p0, p1, "same outcome either way");
    }

    /// The three kinds of open bid: the first, one that outbids another provider (whose
    /// collateral is unlocked in the same call), and a leader lowering its own price.
    function test_Gas_BidVariants() public {
        uint256 id = createOpenOrder();
        bidAs(providerAccts[0], id, 9 ether);
        vm.snapshotGasLastCall("LifecycleGas", "variant_bid_first");
        bidAs(providerAccts[1], id, 8 ether);
        vm.snapshotGasLastCall("LifecycleGas", "variant_bid_outbid_other");
        bidAs(providerAccts[1], id, 7 ether);
        vm.snapshotGasLastCall("LifecycleGas", "variant_bid_lower_own");
        vm.assertEq(market.order(id).bestBidder, providerAccts[1]);
        vm.assertEq(market.provider(providerAccts[0]).locked, 0);
        vm.assertEq(market.provider(providerAccts[1]).locked, market.collateralFor(7 ether, MAX_PRICE, UNITS));
    }
}
