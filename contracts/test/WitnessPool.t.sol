// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Base} from "./Base.sol";
import {Market} from "../src/Market.sol";
import {WitnessPool} from "../src/WitnessPool.sol";
import {IWitnessPool} from "../src/IWitnessPool.sol";
import {FaaSToken} from "../src/FaaSToken.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

/// @notice Unit tests of the WitnessPool (SPEC §4): witnesses, requests, draws, reports, verdicts
/// and payoffs, with every named revert.
contract WitnessPoolTest is Base {
    address internal p0;
    address internal stranger = makeAddr("stranger");
    address internal fakeMarket = makeAddr("fakeMarket");

    uint8 internal constant REQUESTED = uint8(IWitnessPool.CommitteeStatus.Requested);
    uint8 internal constant DRAWN = uint8(IWitnessPool.CommitteeStatus.Drawn);
    uint8 internal constant FINALIZED = uint8(IWitnessPool.CommitteeStatus.Finalized);

    function setUp() public virtual override {
        super.setUp();
        registerProviders();
        registerWitnesses();
        p0 = providerAccts[0];
    }

    /// A lease in service with `n` witnesses wanted, alice the customer and p0 the provider.
    function _service(uint8 n) internal returns (uint256 id) {
        Market.OrderParams memory op = orderParams(0);
        op.witnessCount = n;
        vm.prank(alice);
        id = market.createOrder(op);
        bidAs(p0, id, 5 ether);
        toCloseAndMatch(id);
        vm.prank(p0);
        market.publishDeployment(id, "e", "");
        vm.prank(alice);
        market.acceptDeployment(id);
        vm.prank(alice);
        market.fulfill(id);
    }

    function _isIn(address a, address[] memory list) internal pure returns (bool) {
        for (uint256 i; i < list.length; ++i) {
            if (list[i] == a) return true;
        }
        return false;
    }

    function _commitRaw(uint256 id, address w, bool v, uint64 t, bytes32 s) internal {
        bytes32 c = pool.reportCommitment(id, w, v, t, s);
        vm.prank(w);
        pool.commitReport(id, c);
    }

    // ================================================================ constructor

    function _ctorReverts(WitnessPool.Params memory p, string memory name) internal {
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.InvalidParameter.selector, name));
        new WitnessPool(token, p, admin);
    }

    function test_Constructor_RevertsWhen_InvalidParameter() public {
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.InvalidParameter.selector, "token"));
        new WitnessPool(FaaSToken(address(0)), wp, admin);
        WitnessPool.Params memory p = wp;
        p.witnessBond = 0;
        _ctorReverts(p, "witnessBond");
        p = wp;
        p.rewardUnit = p.witnessBond + 1;
        _ctorReverts(p, "rewardUnit above witnessBond");
        p = wp;
        p.minWitnessStake = p.witnessBond - 1;
        _ctorReverts(p, "minWitnessStake below witnessBond");
        p = wp;
        p.blockNeed = 0;
        _ctorReverts(p, "blockNeed");
        p.blockNeed = 129;
        _ctorReverts(p, "blockNeed");
        p = wp;
        p.revealSeconds = 0;
        _ctorReverts(p, "revealSeconds");
        p = wp;
        p.maxWitnesses = 2;
        _ctorReverts(p, "maxWitnesses");
    }

    function test_Constructor_Params() public view {
        vm.assertEq(keccak256(abi.encode(pool.params())), keccak256(abi.encode(wp)));
        vm.assertEq(address(pool.token()), address(token));
        vm.assertTrue(pool.hasRole(pool.MARKET_ROLE(), address(market)));
    }

    // ================================================================ witnesses

    function test_RegisterWitness_PullsStakeAndMakesDrawable() public {
        address w = makeAddr("newWitness");
        fund(w);
        uint256 drawableBefore = pool.drawableCount();
        vm.expectEmit(address(pool));
        emit WitnessPool.WitnessRegistered(w, 50 ether);
        vm.expectEmit(address(pool));
        emit WitnessPool.WitnessAvailability(w, true);
        vm.prank(w);
        pool.registerWitness(50 ether);
        WitnessPool.Witness memory ws = pool.witness(w);
        vm.assertEq(uint256(ws.stake), 50 ether);
        vm.assertEq(uint256(ws.locked), 0);
        vm.assertEq(uint256(ws.id), 6);
        vm.assertEq(uint256(pool.witnessCount()), 6);
        vm.assertEq(pool.drawableCount(), drawableBefore + 1);
        vm.assertEq(token.balanceOf(w), FUND - 50 ether);
        vm.assertEq(token.balanceOf(address(pool)), 550 ether);
    }

    function test_RegisterWitness_RevertsWhen_AlreadyRegistered() public {
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.AlreadyRegistered.selector, witnessAccts[0]));
        vm.prank(witnessAccts[0]);
        pool.registerWitness(50 ether);
    }

    function test_RegisterWitness_RevertsWhen_StakeBelowMinimum() public {
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.StakeBelowMinimum.selector, 50 ether - 1, 50 ether));
        vm.prank(bob);
        pool.registerWitness(50 ether - 1);
    }

    function test_AddWitnessStake_IncreasesStake() public {
        address w = witnessAccts[0];
        vm.expectEmit(address(pool));
        emit WitnessPool.WitnessStakeAdded(w, 7 ether, 107 ether);
        vm.prank(w);
        pool.addWitnessStake(7 ether);
        vm.assertEq(wStake(w), 107 ether);
        vm.assertEq(token.balanceOf(address(pool)), 507 ether);
    }

    function test_AddWitnessStake_RevertsWhen_NotWitness() public {
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.NotWitness.selector, bob));
        vm.prank(bob);
        pool.addWitnessStake(1 ether);
    }

    function test_AddWitnessStake_RevertsWhen_ZeroAmount() public {
        vm.expectRevert(WitnessPool.ZeroAmount.selector);
        vm.prank(witnessAccts[0]);
        pool.addWitnessStake(0);
    }

    function test_SetAvailable_OfflineLeavesAndReturnsToDrawable() public {
        address w = witnessAccts[1];
        vm.expectEmit(address(pool));
        emit WitnessPool.WitnessAvailability(w, false);
        vm.prank(w);
        pool.setAvailable(false);
        vm.assertEq(pool.drawableCount(), 4);
        vm.assertFalse(_isIn(w, drawableList()));
        vm.assertEq(uint256(pool.witness(w).slot), 0);
        // the witness moved into the hole keeps a correct slot
        address[] memory list = drawableList();
        for (uint256 i; i < list.length; ++i) {
            vm.assertEq(uint256(pool.witness(list[i]).slot), i + 1);
        }
        vm.prank(w);
        pool.setAvailable(true);
        vm.assertEq(pool.drawableCount(), 5);
        vm.assertTrue(_isIn(w, drawableList()));
        // idempotent
        vm.prank(w);
        pool.setAvailable(true);
        vm.assertEq(pool.drawableCount(), 5);
    }

    function test_SetAvailable_RevertsWhen_NotWitness() public {
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.NotWitness.selector, bob));
        vm.prank(bob);
        pool.setAvailable(true);
    }

    function test_SetAvailable_RevertsWhen_Exiting() public {
        address w = witnessAccts[0];
        vm.prank(w);
        pool.requestWitnessExit();
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.WitnessExiting.selector, w));
        vm.prank(w);
        pool.setAvailable(true);
    }

    function test_RequestWitnessExit_LeavesDrawable() public {
        address w = witnessAccts[2];
        vm.expectEmit(address(pool));
        emit WitnessPool.WitnessExitRequested(w, uint64(block.timestamp) + wp.exitCooldown);
        vm.prank(w);
        pool.requestWitnessExit();
        vm.assertEq(pool.drawableCount(), 4);
        vm.assertFalse(_isIn(w, drawableList()));
    }

    function test_RequestWitnessExit_RevertsWhen_NotWitness() public {
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.NotWitness.selector, bob));
        vm.prank(bob);
        pool.requestWitnessExit();
    }

    function test_RequestWitnessExit_RevertsWhen_AlreadyExiting() public {
        address w = witnessAccts[0];
        vm.prank(w);
        pool.requestWitnessExit();
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.WitnessExiting.selector, w));
        vm.prank(w);
        pool.requestWitnessExit();
    }

    function test_WithdrawWitnessStake_AfterCooldown() public {
        address w = witnessAccts[0];
        vm.prank(w);
        pool.requestWitnessExit();
        vm.warp(block.timestamp + wp.exitCooldown);
        vm.expectEmit(address(pool));
        emit WitnessPool.WitnessWithdrawn(w, 100 ether);
        vm.prank(w);
        pool.withdrawWitnessStake();
        vm.assertEq(token.balanceOf(w), FUND);
        vm.assertEq(wStake(w), 0);
        vm.assertEq(token.balanceOf(address(pool)), 400 ether);
        // the id stays with the address; it may register again, under the same id
        uint32 id = pool.witness(w).id;
        vm.assertEq(uint256(id), 1);
        vm.prank(w);
        pool.registerWitness(60 ether);
        vm.assertEq(uint256(pool.witness(w).id), 1);
        vm.assertEq(uint256(pool.witnessCount()), 5);
        vm.assertTrue(_isIn(w, drawableList()));
    }

    function test_WithdrawWitnessStake_RevertsWhen_NotWitness() public {
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.NotWitness.selector, bob));
        vm.prank(bob);
        pool.withdrawWitnessStake();
    }

    function test_WithdrawWitnessStake_RevertsWhen_ExitNotRequested() public {
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.ExitNotRequested.selector, witnessAccts[0]));
        vm.prank(witnessAccts[0]);
        pool.withdrawWitnessStake();
    }

    function test_WithdrawWitnessStake_RevertsWhen_CooldownNotOver() public {
        address w = witnessAccts[0];
        vm.prank(w);
        pool.requestWitnessExit();
        uint64 until = uint64(block.timestamp) + wp.exitCooldown;
        vm.warp(until - 1);
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.CooldownNotOver.selector, until));
        vm.prank(w);
        pool.withdrawWitnessStake();
    }

    function test_WithdrawWitnessStake_RevertsWhen_BondLocked() public {
        uint256 id = _service(3);
        address[] memory m = drawNow(id);
        address w = m[0];
        vm.prank(w);
        pool.requestWitnessExit();
        vm.warp(block.timestamp + wp.exitCooldown);
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.StakeLocked.selector, uint256(wp.witnessBond)));
        vm.prank(w);
        pool.withdrawWitnessStake();
        // after the verdict the bond is released (less the -1 for not reporting)
        toAfterReveal(id);
        pool.finalize(id);
        vm.prank(w);
        pool.withdrawWitnessStake();
        vm.assertEq(token.balanceOf(w), FUND - wp.rewardUnit);
    }

    // ================================================================ requestCommittee

    function test_RequestCommittee_RevertsWhen_NotMarket() public {
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, alice, pool.MARKET_ROLE())
        );
        vm.prank(alice);
        pool.requestCommittee(1, 3, alice, p0, uint64(block.timestamp + 100));
    }

    function _grantFakeMarket() internal {
        bytes32 role = pool.MARKET_ROLE();
        vm.prank(admin);
        pool.grantRole(role, fakeMarket);
    }

    function test_RequestCommittee_RecordsRequest() public {
        _grantFakeMarket();
        vm.expectEmit(address(pool));
        emit WitnessPool.CommitteeRequested(500, uint64(block.number), 4);
        vm.prank(fakeMarket);
        pool.requestCommittee(500, 4, alice, p0, uint64(block.timestamp + 100));
        WitnessPool.CommitteeView memory c = pool.committee(500);
        vm.assertEq(uint256(c.status), REQUESTED);
        vm.assertEq(uint256(c.n), 4);
        vm.assertEq(uint256(c.requestBlock), block.number);
        vm.assertEq(uint256(c.serviceEnd), block.timestamp + 100);
        vm.assertEq(uint256(c.commitEnd), block.timestamp + 100 + wp.commitGrace);
        vm.assertEq(uint256(c.revealEnd), block.timestamp + 100 + wp.commitGrace + wp.revealSeconds);
        vm.assertEq(c.customer, alice);
        vm.assertEq(c.provider, p0);
        vm.assertEq(c.members.length, 0);
        vm.assertEq(uint256(pool.drawDueAfter(500)), block.number + wp.blockNeed);
    }

    function test_RequestCommittee_RevertsWhen_CommitteeExists() public {
        _grantFakeMarket();
        vm.prank(fakeMarket);
        pool.requestCommittee(500, 3, alice, p0, uint64(block.timestamp + 100));
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.CommitteeExists.selector, 500));
        vm.prank(fakeMarket);
        pool.requestCommittee(500, 3, alice, p0, uint64(block.timestamp + 100));
    }

    function test_RequestCommittee_RevertsWhen_SizeOutOfRange() public {
        _grantFakeMarket();
        vm.expectRevert(
            abi.encodeWithSelector(WitnessPool.CommitteeSizeOutOfRange.selector, uint8(2), uint8(3), uint8(15))
        );
        vm.prank(fakeMarket);
        pool.requestCommittee(500, 2, alice, p0, uint64(block.timestamp + 100));
        vm.expectRevert(
            abi.encodeWithSelector(WitnessPool.CommitteeSizeOutOfRange.selector, uint8(16), uint8(3), uint8(15))
        );
        vm.prank(fakeMarket);
        pool.requestCommittee(500, 16, alice, p0, uint64(block.timestamp + 100));
    }

    // ================================================================ drawCommittee

    function test_DrawCommittee_RevertsWhen_NotDue() public {
        uint256 id = _service(3);
        uint256 due = uint256(pool.committee(id).requestBlock) + wp.blockNeed;
        vm.roll(due);
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.DrawNotDue.selector, uint64(due), uint64(due)));
        pool.drawCommittee(id);
        vm.roll(due + 1);
        pool.drawCommittee(id);
    }

    function test_DrawCommittee_RevertsWhen_WrongState() public {
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.WrongCommitteeState.selector, 99, uint8(0)));
        pool.drawCommittee(99);
        uint256 id = _service(3);
        drawNow(id);
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.WrongCommitteeState.selector, id, DRAWN));
        pool.drawCommittee(id);
    }

    function test_DrawCommittee_RevertsWhen_AfterServiceEnd() public {
        uint256 id = _service(3);
        uint64 end = pool.committee(id).serviceEnd;
        vm.roll(block.number + wp.blockNeed + 1);
        vm.warp(end + 1);
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.DeadlinePassed.selector, end));
        pool.drawCommittee(id);
        // unwitnessed: finalize after the windows gives NoViolation
        toAfterReveal(id);
        market.settle(id);
        vm.assertEq(stateOf(id), uint8(Market.State.Settled));
        vm.assertEq(uint256(pool.committee(id).status), FINALIZED);
    }

    function test_DrawCommittee_MatchesReferenceDrawAndLocksBonds() public {
        addWitnesses("extra", 15, 100 ether);
        uint256 id = _service(7);
        uint256 rb = pool.committee(id).requestBlock;
        vm.roll(rb + wp.blockNeed + 1);
        address[] memory expected = expectedCommittee(id, rb + 1, alice, p0, 7);
        vm.expectEmit(address(pool));
        emit WitnessPool.CommitteeDrawn(id, expected, 4);
        vm.prank(stranger);
        pool.drawCommittee(id);
        WitnessPool.CommitteeView memory c = pool.committee(id);
        vm.assertEq(c.members, expected);
        vm.assertEq(uint256(c.threshold), 4);
        vm.assertEq(uint256(c.status), DRAWN);
        for (uint256 i; i < expected.length; ++i) {
            vm.assertEq(wLocked(expected[i]), wp.witnessBond);
            WitnessPool.Seat memory s = pool.seat(id, expected[i]);
            vm.assertEq(uint256(s.flags), 1);
        }
    }

    function test_DrawCommittee_SameCommitteeWhoeverAndWheneverInWindow() public {
        addWitnesses("extra", 20, 100 ether);
        uint256 id = _service(5);
        uint256 rb = pool.committee(id).requestBlock;
        vm.roll(rb + wp.blockNeed + 1);
        vm.setBlockhash(rb + 1, keccak256("h1"));
        vm.setBlockhash(rb + 2, keccak256("h2"));
        uint256 snap = vm.snapshotState();
        vm.prank(stranger);
        pool.drawCommittee(id);
        address[] memory first = pool.committee(id).members;
        vm.assertEq(first, expectedCommittee(id, rb + 1, alice, p0, 5));
        vm.revertToState(snap);
        // 200 blocks later, by the provider, the same committee
        vm.roll(rb + 200);
        vm.prank(p0);
        pool.drawCommittee(id);
        vm.assertEq(pool.committee(id).members, first);
        vm.revertToState(snap);
        vm.roll(rb + 256);
        vm.prank(alice);
        pool.drawCommittee(id);
        vm.assertEq(pool.committee(id).members, first, "last block with the window readable");
    }

    function test_DrawCommittee_SeedComesFromTheWindowHashes() public {
        addWitnesses("extra", 20, 100 ether);
        uint256 id = _service(5);
        uint256 rb = pool.committee(id).requestBlock;
        vm.roll(rb + 50);
        vm.setBlockhash(rb + 1, keccak256("h1"));
        vm.setBlockhash(rb + 2, keccak256("h2"));
        // blocks outside the window do not matter
        vm.setBlockhash(rb + 3, keccak256("outside"));
        vm.setBlockhash(rb + 49, keccak256("outside2"));
        uint256 snap = vm.snapshotState();
        pool.drawCommittee(id);
        address[] memory a = pool.committee(id).members;
        vm.revertToState(snap);
        vm.setBlockhash(rb + 3, keccak256("other"));
        vm.setBlockhash(rb + 49, keccak256("other2"));
        pool.drawCommittee(id);
        vm.assertEq(pool.committee(id).members, a);
        vm.revertToState(snap);
        vm.setBlockhash(rb + 2, keccak256("h2'"));
        pool.drawCommittee(id);
        address[] memory b = pool.committee(id).members;
        vm.assertEq(b, expectedCommittee(id, rb + 1, alice, p0, 5));
        vm.assertTrue(keccak256(abi.encode(a)) != keccak256(abi.encode(b)), "a window hash changes the draw");
    }

    function test_DrawCommittee_LateFallsBackToPivot() public {
        addWitnesses("extra", 20, 100 ether);
        uint256 id = _service(5);
        uint256 rb = pool.committee(id).requestBlock;
        // 300 blocks late: the window has left the 256 readable blocks; pivot = bn - 0 - blockNeed
        uint256 bn = rb + 300;
        vm.roll(bn);
        vm.assertEq(blockhash(rb + 1), bytes32(0));
        vm.setBlockhash(bn - 2, keccak256("p1"));
        vm.setBlockhash(bn - 1, keccak256("p2"));
        address[] memory expected = expectedCommittee(id, bn - 2, alice, p0, 5);
        uint256 snap = vm.snapshotState();
        pool.drawCommittee(id);
        vm.assertEq(pool.committee(id).members, expected);
        vm.revertToState(snap);
        // 5000 blocks late: pivot = bn - 5000/1024 - blockNeed = bn - 6
        bn = rb + 5000;
        vm.roll(bn);
        vm.setBlockhash(bn - 6, keccak256("q1"));
        vm.setBlockhash(bn - 5, keccak256("q2"));
        expected = expectedCommittee(id, bn - 6, alice, p0, 5);
        pool.drawCommittee(id);
        vm.assertEq(pool.committee(id).members, expected);
    }

    function test_DrawCommittee_RevertsWhen_SeedUnavailable() public {
        uint256 id = _service(3);
        uint256 rb = pool.committee(id).requestBlock;
        // (bn - rb) / 1024 + blockNeed > 256: even the pivot is unreadable
        vm.roll(rb + 1024 * 256);
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.SeedUnavailable.selector, id));
        pool.drawCommittee(id);
    }

    function test_DrawCommittee_FewerThanThreeEligible_Unwitnessed() public {
        for (uint256 i; i < 3; ++i) {
            vm.prank(witnessAccts[i]);
            pool.setAvailable(false);
        }
        uint256 id = _service(3);
        vm.roll(block.number + wp.blockNeed + 1);
        vm.expectEmit(address(pool));
        emit WitnessPool.CommitteeUnwitnessed(id, 2);
        vm.expectEmit(address(pool));
        emit WitnessPool.VerdictReached(id, false, 0, 0);
        pool.drawCommittee(id);
        WitnessPool.CommitteeView memory c = pool.committee(id);
        vm.assertEq(uint256(c.status), FINALIZED);
        vm.assertEq(c.members.length, 0);
        vm.assertEq(wLocked(witnessAccts[3]) + wLocked(witnessAccts[4]), 0, "no bond locked");
        // the market can settle right after the service ends
        vm.warp(market.order(id).deadline + 1);
        market.settle(id);
        market.finish(id);
        vm.assertEq(stateOf(id), uint8(Market.State.Finished));
        vm.assertEq(token.balanceOf(p0), FUND - 1000 ether + 20 ether);
    }

    function test_DrawCommittee_ExactlyThreeEligible() public {
        for (uint256 i; i < 2; ++i) {
            vm.prank(witnessAccts[i]);
            pool.setAvailable(false);
        }
        uint256 id = _service(15);
        address[] memory m = drawNow(id);
        vm.assertEq(m.length, 3);
        vm.assertEq(uint256(pool.committee(id).threshold), 2);
        for (uint256 i = 2; i < 5; ++i) {
            vm.assertTrue(_isIn(witnessAccts[i], m));
        }
    }

    function test_DrawCommittee_FewerThanN_ThresholdFollowsDrawnSize() public {
        vm.prank(witnessAccts[0]);
        pool.setAvailable(false);
        uint256 id = _service(9); // 4 eligible
        vm.roll(block.number + wp.blockNeed + 1);
        address[] memory expected = expectedCommittee(id, pool.committee(id).requestBlock + 1, alice, p0, 9);
        vm.assertEq(expected.length, 4);
        vm.expectEmit(address(pool));
        emit WitnessPool.CommitteeDrawn(id, expected, 3);
        pool.drawCommittee(id);
        WitnessPool.CommitteeView memory c = pool.committee(id);
        vm.assertEq(c.members.length, 4);
        vm.assertEq(uint256(c.threshold), 3);
        vm.assertEq(uint256(c.n), 9);
        // with 2 of 4 `true` the verdict is NoViolation (M = 3), with 3 it is Violation
        for (uint256 i; i < 4; ++i) {
            commitAs(id, c.members[i], i < 2);
        }
        toRevealWindow(id);
        for (uint256 i; i < 4; ++i) {
            revealAs(id, c.members[i], i < 2);
        }
        toAfterReveal(id);
        pool.finalize(id);
        (, bool violated, uint8 w, uint8 revealed) = pool.verdict(id);
        vm.assertFalse(violated);
        vm.assertEq(uint256(w), 2);
        vm.assertEq(uint256(revealed), 4);
    }

    function test_DrawCommittee_NeverCustomerOrProvider() public {
        // the customer and the provider are witnesses too, and available
        vm.prank(alice);
        pool.registerWitness(100 ether);
        vm.prank(p0);
        pool.registerWitness(100 ether);
        vm.assertEq(pool.drawableCount(), 7);
        uint256 id = _service(15);
        address[] memory m = drawNow(id);
        vm.assertEq(m.length, 5, "all five others, and only them");
        vm.assertFalse(_isIn(alice, m));
        vm.assertFalse(_isIn(p0, m));
        vm.assertEq(wLocked(alice) + wLocked(p0), 0);
    }

    function test_DrawCommittee_OfflineWitnessesNotDrawn() public {
        vm.prank(witnessAccts[1]);
        pool.setAvailable(false);
        vm.prank(witnessAccts[3]);
        pool.setAvailable(false);
        uint256 id = _service(3);
        address[] memory m = drawNow(id);
        vm.assertEq(m.length, 3);
        vm.assertTrue(_isIn(witnessAccts[0], m));
        vm.assertTrue(_isIn(witnessAccts[2], m));
        vm.assertTrue(_isIn(witnessAccts[4], m));
    }

    function test_DrawCommittee_WitnessWithoutFreeStakeNotDrawn() public {
        // a pool where a witness's minimum stake covers exactly one bond
        WitnessPool.Params memory p = wp;
        p.minWitnessStake = p.witnessBond;
        deployAll(mp, p);
        wp = p;
        for (uint256 i; i < 3; ++i) {
            fund(providerAccts[i]);
        }
        fund(alice);
        registerProviders();
        address[] memory ws = addWitnesses("thin", 5, p.witnessBond);
        uint256 id1 = _service(3);
        address[] memory m1 = drawNow(id1);
        vm.assertEq(m1.length, 3);
        vm.assertEq(pool.drawableCount(), 2, "drawn witnesses have no free stake left");
        for (uint256 i; i < 3; ++i) {
            vm.assertFalse(_isIn(m1[i], drawableList()));
        }
        // a second lease finds two eligible: unwitnessed
        uint256 id2 = _service(3);
        vm.roll(block.number + wp.blockNeed + 1);
        vm.expectEmit(address(pool));
        emit WitnessPool.CommitteeUnwitnessed(id2, 2);
        pool.drawCommittee(id2);
        // adding stake makes a witness drawable again
        vm.prank(m1[0]);
        pool.addWitnessStake(p.witnessBond);
        vm.assertEq(pool.drawableCount(), 3);
        uint256 id3 = _service(3);
        address[] memory m3 = drawNow(id3);
        vm.assertTrue(_isIn(m1[0], m3));
        vm.assertFalse(_isIn(m1[1], m3));
        vm.assertFalse(_isIn(m1[2], m3));
        vm.assertEq(ws.length, 5);
    }

    // ================================================================ reports

    function test_CommitReport_StoresCommitmentAndTime() public {
        uint256 id = _service(3);
        address[] memory m = drawNow(id);
        vm.warp(block.timestamp + 2);
        bytes32 c = pool.reportCommitment(id, m[0], true, uint64(block.timestamp), "S");
        vm.assertEq(c, keccak256(abi.encode(id, m[0], true, uint64(block.timestamp), bytes32("S"))));
        vm.expectEmit(address(pool));
        emit WitnessPool.ReportCommitted(id, m[0]);
        vm.prank(m[0]);
        pool.commitReport(id, c);
        WitnessPool.Seat memory s = pool.seat(id, m[0]);
        vm.assertEq(bytes32(s.commitment), bytes32(bytes20(c)));
        vm.assertEq(uint256(s.commitTime), block.timestamp);
        vm.assertEq(uint256(s.flags), 3);
    }

    function test_CommitReport_LaterCommitReplacesEarlier() public {
        uint256 id = _service(3);
        address[] memory m = drawNow(id);
        uint64 t0 = uint64(block.timestamp);
        _commitRaw(id, m[0], true, t0, "S1");
        vm.warp(block.timestamp + 3);
        uint64 t1 = uint64(block.timestamp);
        _commitRaw(id, m[0], false, t1, "S2");
        vm.assertEq(uint256(pool.seat(id, m[0]).commitTime), t1);
        toRevealWindow(id);
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.CommitmentMismatch.selector, id, m[0]));
        vm.prank(m[0]);
        pool.revealReport(id, true, t0, "S1");
        vm.prank(m[0]);
        pool.revealReport(id, false, t1, "S2");
        vm.assertEq(uint256(pool.committee(id).revealed), 1);
        vm.assertEq(uint256(pool.committee(id).violationReports), 0);
    }

    function test_CommitReport_RevertsWhen_NotMember() public {
        uint256 id = _service(3);
        // before the draw nobody is a member
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.NotMember.selector, id, witnessAccts[0]));
        vm.prank(witnessAccts[0]);
        pool.commitReport(id, bytes32(uint256(1)));
        drawNow(id);
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.NotMember.selector, id, alice));
        vm.prank(alice);
        pool.commitReport(id, bytes32(uint256(1)));
    }

    function test_CommitReport_RevertsWhen_CommitWindowClosed() public {
        uint256 id = _service(3);
        address[] memory m = drawNow(id);
        uint64 commitEnd = pool.committee(id).commitEnd;
        vm.warp(commitEnd);
        commitAs(id, m[0], false); // the last second is in
        vm.warp(commitEnd + 1);
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.DeadlinePassed.selector, commitEnd));
        vm.prank(m[1]);
        pool.commitReport(id, bytes32(uint256(1)));
    }

    function test_RevealReport_CountsAndEmits() public {
        uint256 id = _service(3);
        address[] memory m = drawNow(id);
        commitAs(id, m[0], true);
        commitAs(id, m[1], false);
        toRevealWindow(id);
        vm.expectEmit(address(pool));
        emit WitnessPool.ReportRevealed(id, m[0], true);
        revealAs(id, m[0], true);
        revealAs(id, m[1], false);
        WitnessPool.CommitteeView memory c = pool.committee(id);
        vm.assertEq(uint256(c.revealed), 2);
        vm.assertEq(uint256(c.violationReports), 1);
        vm.assertEq(uint256(pool.seat(id, m[0]).flags), 1 | 2 | 4 | 8);
        vm.assertEq(uint256(pool.seat(id, m[1]).flags), 1 | 2 | 4);
    }

    function test_RevealReport_RevertsWhen_NotMember() public {
        uint256 id = _service(3);
        drawNow(id);
        toRevealWindow(id);
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.NotMember.selector, id, p0));
        vm.prank(p0);
        pool.revealReport(id, false, 0, "");
    }

    function test_RevealReport_RevertsWhen_RevealNotOpen() public {
        uint256 id = _service(3);
        address[] memory m = drawNow(id);
        commitAs(id, m[0], true);
        uint64 commitEnd = pool.committee(id).commitEnd;
        vm.warp(commitEnd);
        uint64 t = pool.seat(id, m[0]).commitTime;
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.RevealNotOpen.selector, commitEnd));
        vm.prank(m[0]);
        pool.revealReport(id, true, t, reportSecret(m[0]));
    }

    function test_RevealReport_RevertsWhen_LateReveal() public {
        uint256 id = _service(3);
        address[] memory m = drawNow(id);
        commitAs(id, m[0], true);
        commitAs(id, m[1], true);
        uint64 revealEnd = pool.committee(id).revealEnd;
        vm.warp(revealEnd);
        revealAs(id, m[1], true); // the last second is in
        vm.warp(revealEnd + 1);
        uint64 t = pool.seat(id, m[0]).commitTime;
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.DeadlinePassed.selector, revealEnd));
        vm.prank(m[0]);
        pool.revealReport(id, true, t, reportSecret(m[0]));
    }

    function test_RevealReport_RevertsWhen_NoCommitment() public {
        uint256 id = _service(3);
        address[] memory m = drawNow(id);
        toRevealWindow(id);
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.NoCommitment.selector, id, m[2]));
        vm.prank(m[2]);
        pool.revealReport(id, false, 0, "");
    }

    function test_RevealReport_RevertsWhen_AlreadyRevealed() public {
        uint256 id = _service(3);
        address[] memory m = drawNow(id);
        commitAs(id, m[0], true);
        toRevealWindow(id);
        revealAs(id, m[0], true);
        uint64 t = pool.seat(id, m[0]).commitTime;
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.AlreadyRevealed.selector, id, m[0]));
        vm.prank(m[0]);
        pool.revealReport(id, true, t, reportSecret(m[0]));
        vm.assertEq(uint256(pool.committee(id).violationReports), 1, "counted once");
    }

    function test_RevealReport_RevertsWhen_WrongReportTimeOrSecret() public {
        uint256 id = _service(3);
        address[] memory m = drawNow(id);
        commitAs(id, m[0], true);
        toRevealWindow(id);
        uint64 t = pool.seat(id, m[0]).commitTime;
        bytes32 s = reportSecret(m[0]);
        bytes memory err = abi.encodeWithSelector(WitnessPool.CommitmentMismatch.selector, id, m[0]);
        vm.startPrank(m[0]);
        vm.expectRevert(err);
        pool.revealReport(id, true, t + 1, s);
        vm.expectRevert(err);
        pool.revealReport(id, true, t, bytes32(uint256(s) ^ 1));
        vm.expectRevert(err);
        pool.revealReport(id, false, t, s);
        pool.revealReport(id, true, t, s);
        vm.stopPrank();
    }

    function test_RevealReport_RevertsWhen_CopiedCommitment() public {
        uint256 id = _service(3);
        address[] memory m = drawNow(id);
        uint64 t = uint64(block.timestamp);
        bytes32 c0 = pool.reportCommitment(id, m[0], true, t, "S0");
        vm.prank(m[0]);
        pool.commitReport(id, c0);
        vm.prank(m[1]);
        pool.commitReport(id, c0); // m[1] copies m[0]'s commitment
        toRevealWindow(id);
        vm.prank(m[0]);
        pool.revealReport(id, true, t, "S0");
        // m[1] learns T and S from m[0]'s reveal, yet cannot open the copy
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.CommitmentMismatch.selector, id, m[1]));
        vm.prank(m[1]);
        pool.revealReport(id, true, t, "S0");
        vm.assertEq(uint256(pool.committee(id).violationReports), 1);
    }

    function test_RevealReport_RevertsWhen_ReportTimeOutOfRange() public {
        uint256 id = _service(3);
        address[] memory m = drawNow(id);
        uint64 ct = uint64(block.timestamp);
        uint64 age = wp.maxReportAge;
        // m0: T too old; m1: T after the commit; m2: the oldest T allowed
        _commitRaw(id, m[0], true, ct - age - 1, "a");
        _commitRaw(id, m[1], true, ct + 1, "b");
        _commitRaw(id, m[2], true, ct - age, "c");
        toRevealWindow(id);
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.ReportTimeOutOfRange.selector, ct - age - 1, ct, age));
        vm.prank(m[0]);
        pool.revealReport(id, true, ct - age - 1, "a");
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.ReportTimeOutOfRange.selector, ct + 1, ct, age));
        vm.prank(m[1]);
        pool.revealReport(id, true, ct + 1, "b");
        vm.prank(m[2]);
        pool.revealReport(id, true, ct - age, "c");
        // T equal to the commit time is the newest allowed
        uint256 id2 = _service(3);
        address[] memory m2 = drawNow(id2);
        uint64 ct2 = uint64(block.timestamp);
        _commitRaw(id2, m2[0], false, ct2, "d");
        toRevealWindow(id2);
        vm.prank(m2[0]);
        pool.revealReport(id2, false, ct2, "d");
        vm.assertEq(uint256(pool.committee(id2).revealed), 1);
    }

    // ================================================================ finalize, verdict, payoffs

    function test_Finalize_RevertsWhen_RevealWindowOpen() public {
        uint256 id = _service(3);
        drawNow(id);
        uint64 revealEnd = pool.committee(id).revealEnd;
        vm.warp(revealEnd);
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.DeadlineNotReached.selector, revealEnd));
        pool.finalize(id);
    }

    function test_Finalize_RevertsWhen_WrongState() public {
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.WrongCommitteeState.selector, 99, uint8(0)));
        pool.finalize(99);
        uint256 id = _service(3);
        drawNow(id);
        toAfterReveal(id);
        pool.finalize(id);
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.WrongCommitteeState.selector, id, FINALIZED));
        pool.finalize(id);
    }

    function test_Finalize_NeverDrawn_NoViolation() public {
        uint256 id = _service(3);
        toAfterReveal(id);
        vm.expectEmit(address(pool));
        emit WitnessPool.VerdictReached(id, false, 0, 0);
        vm.prank(stranger);
        pool.finalize(id);
        (IWitnessPool.CommitteeStatus st, bool v,,) = pool.verdict(id);
        vm.assertEq(uint256(st), FINALIZED);
        vm.assertFalse(v);
    }

    /// Five members: `trues` reveal true, `falses` reveal false, the rest reveal nothing.
    function _five(uint256 trues, uint256 falses) internal returns (uint256 id, address[] memory m) {
        id = _service(5);
        m = drawNow(id);
        vm.assertEq(m.length, 5);
        for (uint256 i; i < trues + falses; ++i) {
            commitAs(id, m[i], i < trues);
        }
        toRevealWindow(id);
        for (uint256 i; i < trues + falses; ++i) {
            revealAs(id, m[i], i < trues);
        }
        toAfterReveal(id);
    }

    function test_Finalize_ViolationAtExactlyM() public {
        (uint256 id,) = _five(3, 2);
        vm.expectEmit(address(pool));
        emit WitnessPool.VerdictReached(id, true, 3, 5);
        pool.finalize(id);
        (, bool v, uint8 w, uint8 r) = pool.verdict(id);
        vm.assertTrue(v);
        vm.assertEq(uint256(w), 3);
        vm.assertEq(uint256(r), 5);
        vm.assertTrue(pool.committee(id).violated);
    }

    function test_Finalize_NoViolationBelowM() public {
        (uint256 id,) = _five(2, 0); // 2 true, 3 silent: W = 2 < M = 3
        pool.finalize(id);
        (, bool v, uint8 w, uint8 r) = pool.verdict(id);
        vm.assertFalse(v);
        vm.assertEq(uint256(w), 2);
        vm.assertEq(uint256(r), 2);
    }

    function test_Finalize_Payoffs_Violation() public {
        (uint256 id, address[] memory m) = _five(3, 1); // 3 true, 1 false, 1 silent
        uint256 supply = token.totalSupply();
        uint256 poolBal = token.balanceOf(address(pool));
        uint256[] memory bal = new uint256[](5);
        for (uint256 i; i < 5; ++i) {
            bal[i] = token.balanceOf(m[i]);
        }
        uint256 unit = wp.rewardUnit;
        vm.expectEmit(address(pool));
        emit WitnessPool.VerdictReached(id, true, 3, 4);
        for (uint256 i; i < 3; ++i) {
            vm.expectEmit(address(pool));
            emit WitnessPool.WitnessPaid(id, m[i], int256(10 * unit));
        }
        vm.expectEmit(address(pool));
        emit WitnessPool.WitnessPaid(id, m[3], 0);
        vm.expectEmit(address(pool));
        emit WitnessPool.WitnessPaid(id, m[4], -int256(unit));
        pool.finalize(id);
        for (uint256 i; i < 3; ++i) {
            vm.assertEq(token.balanceOf(m[i]), bal[i] + 10 * unit, "true under Violation: +10 minted");
            vm.assertEq(wStake(m[i]), 100 ether);
        }
        vm.assertEq(token.balanceOf(m[3]), bal[3]);
        vm.assertEq(wStake(m[3]), 100 ether, "false under Violation: 0");
        vm.assertEq(wStake(m[4]), 100 ether - unit, "silent: -1 from the stake");
        for (uint256 i; i < 5; ++i) {
            vm.assertEq(wLocked(m[i]), 0, "bond released");
        }
        vm.assertEq(token.balanceOf(address(pool)), poolBal - unit, "the loss is burned");
        vm.assertEq(token.totalSupply(), supply + 30 * unit - unit);
    }

    function test_Finalize_Payoffs_NoViolation() public {
        (uint256 id, address[] memory m) = _five(1, 3); // 1 true, 3 false, 1 silent
        uint256 supply = token.totalSupply();
        uint256 poolBal = token.balanceOf(address(pool));
        uint256 unit = wp.rewardUnit;
        uint256 b1 = token.balanceOf(m[1]);
        pool.finalize(id);
        (, bool v,,) = pool.verdict(id);
        vm.assertFalse(v);
        vm.assertEq(wStake(m[0]), 100 ether - unit, "true under NoViolation: -1");
        vm.assertEq(token.balanceOf(m[1]), b1 + unit, "false under NoViolation: +1");
        vm.assertEq(wStake(m[1]), 100 ether);
        vm.assertEq(wStake(m[4]), 100 ether - unit, "silent: -1");
        vm.assertEq(token.balanceOf(address(pool)), poolBal - 2 * unit);
        vm.assertEq(token.totalSupply(), supply + 3 * unit - 2 * unit);
    }

    function test_Verdict_BeforeFinalizeIsNotViolation() public {
        (uint256 id,) = _five(5, 0);
        (IWitnessPool.CommitteeStatus st, bool v, uint8 w,) = pool.verdict(id);
        vm.assertEq(uint256(st), DRAWN);
        vm.assertFalse(v, "only a finalized committee has a verdict");
        vm.assertEq(uint256(w), 5);
    }
}
