// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Base} from "./Base.sol";
import {Market} from "../src/Market.sol";
import {IWitnessPool} from "../src/IWitnessPool.sol";

/// @notice Whole lifecycles, step by step, with the gas of every step written to the snapshot
/// (snapshots/LifecycleGas.json) that docs/gas.md is made from.
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

    function _service(uint256 id, address winner) internal returns (address[] memory members) {
        vm.prank(winner);
        market.publishDeployment(id, "https://provider-1.example:8443", hex"0102030405060708");
        step("publishDeployment");
        vm.prank(alice);
        market.acceptDeployment(id);
        step("acceptDeployment");
        vm.prank(alice);
        market.fulfill(id);
        step("fulfill");
        vm.roll(block.number + wp.blockNeed + 1);
        pool.drawCommittee(id);
        step("drawCommittee");
        members = pool.committee(id).members;
        for (uint256 i; i < members.length; ++i) {
            commitAs(id, members[i], false);
            step(string.concat("commitReport_", vm.toString(i)));
        }
        toRevealWindow(id);
        for (uint256 i; i < members.length; ++i) {
            revealAs(id, members[i], false);
            step(string.concat("revealReport_", vm.toString(i)));
        }
        toAfterReveal(id);
        // settle finalizes the committee when nobody has, as clients do: one transaction.
        market.settle(id);
        step("settle_with_finalize");
        market.finish(id);
        step("finish");
    }

    function test_Gas_OpenLifecycle() public {
        uint256 before = token.balanceOf(providerAccts[2]);
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
        vm.assertEq(token.balanceOf(providerAccts[2]), before + 7 ether * uint256(UNITS));
        vm.assertEq(uint8(market.order(id).state), uint8(Market.State.Finished));
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
        vm.assertEq(market.provider(providerAccts[1]).locked, market.collateralFor(7 ether, UNITS));
    }
}
