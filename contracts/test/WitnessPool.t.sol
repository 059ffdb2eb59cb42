// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Base} from "./Base.sol";
import {Market} from "../src/Market.sol";
import {WitnessPool} from "../src/WitnessPool.sol";
import {IWitnessPool} from "../src/IWitnessPool.sol";
import {FaaSToken} from "../src/FaaSToken.sol";

/// @notice Unit tests of the WitnessPool (SPEC §4): witnesses, requests, draws, reports, verdicts
/// and payoffs, with every named revert. The attacks of SPEC v2 are in Attacks.t.sol.
contract WitnessPoolTest is Base {
    address internal p0;
    address internal stranger = makeAddr("stranger");
    address internal fakeMarket = makeAddr("fakeMarket");

    uint8 internal constant NONE = uint8(IWitnessPool.CommitteeStatus.None);
    uint8 internal constant REQUESTED = uint8(IWitnessPool.CommitteeStatus.Requested);
    uint8 internal constant DRAWN = uint8(IWitnessPool.CommitteeStatus.Drawn);
    uint8 internal constant FINALIZED = uint8(IWitnessPool.CommitteeStatus.Finalized);
    uint8 internal constant UNWITNESSED = uint8(IWitnessPool.CommitteeStatus.Unwitnessed);

    /// _service leases: fee 20 FST, so s = 1 FST and a seat locks the bond, 5 FST.
    uint256 internal constant S = 1 ether;

    function setUp() public virtual override {
        super.setUp();
        registerProviders();
        registerWitnesses();
        p0 = providerAccts[0];
    }

    /// A lease in service with `n` witnesses wanted, alice the customer and p0 the provider:
    /// the committee id of its segment 0.
    function _service(uint8 n) internal returns (uint256) {
        Market.OrderParams memory op = orderParams(0);
        op.witnessCount = n;
        return cid(runToService(op, p0, 5 ether), 0);
    }

    /// `count` such leases started together (so that none has ended when the others start).
    function _services(uint8 n, uint256 count) internal returns (uint256[] memory cids) {
        Market.OrderParams memory op = orderParams(0);
        op.witnessCount = n;
        uint256[] memory ids = new uint256[](count);
        cids = new uint256[](count);
        for (uint256 i; i < count; ++i) {
            vm.prank(alice);
            ids[i] = market.createOrder(op);
            bidAs(p0, ids[i], 5 ether);
        }
        vm.warp(block.timestamp + op.biddingSeconds);
        for (uint256 i; i < count; ++i) {
            market.closeBidding(ids[i]);
            vm.prank(p0);
            market.publishDeployment(ids[i], "e", "");
            vm.startPrank(alice);
            market.acceptDeployment(ids[i]);
            market.fulfill(ids[i], MODULE);
            vm.stopPrank();
            vm.prank(p0);
            market.confirmDeployment(ids[i]);
            cids[i] = cid(ids[i], 0);
        }
    }

    /// Draw calls until the committee is no longer Requested.
    function _drawAll(uint256 id) internal returns (uint256 calls) {
        vm.roll(pool.drawDueAfter(id) + 1);
        while (pool.committee(id).status == IWitnessPool.CommitteeStatus.Requested) {
            pool.drawCommittee(id);
            ++calls;
        }
    }

    function _orderOf(uint256 committeeId) internal pure returns (uint256) {
        return committeeId >> 8;
    }

    function _commitRaw(uint256 id, address w, bool v, uint64 t, bytes32 s) internal {
        bytes32 c = pool.reportCommitment(id, w, v, t, s);
        vm.prank(w);
        pool.commitReport(id, c);
    }

    /// A second pool bound to `fakeMarket`, sharing the token, with the five witnesses on it.
    function _fakePool() internal returns (WitnessPool fp) {
        vm.prank(admin);
        fp = new WitnessPool(token, wp);
        vm.prank(admin);
        fp.setMarket(fakeMarket);
        fund(fakeMarket);
        // as the Market's constructor does: the pool pulls what it pays
        vm.prank(fakeMarket);
        token.approve(address(fp), type(uint256).max);
        for (uint256 i; i < witnessAccts.length; ++i) {
            vm.startPrank(witnessAccts[i]);
            token.approve(address(fp), type(uint256).max);
            fp.registerWitness(100 ether);
            vm.stopPrank();
        }
        vm.roll(block.number + 1);
    }

    /// What the fake market does: request (it keeps the 10 n s; finalize pulls the pay).
    function _fakeRequest(WitnessPool fp, uint256 id, uint8 n, uint64 end, uint96 s) internal {
        vm.prank(fakeMarket);
        fp.requestCommittee(id, n, alice, p0, end, s);
    }

    // ================================================================ constructor, setMarket

    function _ctorReverts(WitnessPool.Params memory p, string memory name) internal {
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.InvalidParameter.selector, name));
        new WitnessPool(token, p);
    }

    function test_Constructor_RevertsWhen_InvalidParameter() public {
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.InvalidParameter.selector, "token"));
        new WitnessPool(FaaSToken(address(0)), wp);
        WitnessPool.Params memory p = wp;
        p.witnessBond = 0;
        _ctorReverts(p, "witnessBond");
        p = wp;
        p.minWitnessStake = p.witnessBond - 1;
        _ctorReverts(p, "minWitnessStake below witnessBond");
        p = wp;
        p.blockNeed = 0;
        _ctorReverts(p, "blockNeed");
        p.blockNeed = 65;
        _ctorReverts(p, "blockNeed");
        p = wp;
        p.reportRevealSeconds = 0;
        _ctorReverts(p, "reportRevealSeconds");
    }

    function test_Constructor_ParamsAndBinding() public view {
        vm.assertEq(keccak256(abi.encode(pool.params())), keccak256(abi.encode(wp)));
        vm.assertEq(address(pool.token()), address(token));
        vm.assertEq(pool.market(), address(market));
        vm.assertEq(pool.deployer(), admin);
        vm.assertEq(uint256(pool.MAX_COMMITTEE()), 31);
    }

    function test_SetMarket_OnceByTheDeployer() public {
        vm.prank(admin);
        WitnessPool fp = new WitnessPool(token, wp);
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.NotDeployer.selector, alice));
        vm.prank(alice);
        fp.setMarket(alice);
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.InvalidParameter.selector, "market"));
        vm.prank(admin);
        fp.setMarket(address(0));
        vm.expectEmit(address(fp));
        emit WitnessPool.MarketSet(fakeMarket);
        vm.prank(admin);
        fp.setMarket(fakeMarket);
        vm.assertEq(fp.market(), fakeMarket);
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.MarketAlreadySet.selector, fakeMarket));
        vm.prank(admin);
        fp.setMarket(alice);
    }

    function test_RegisterWitness_RevertsWhen_MarketNotSet() public {
        vm.prank(admin);
        WitnessPool fp = new WitnessPool(token, wp);
        vm.startPrank(bob);
        token.approve(address(fp), type(uint256).max);
        vm.expectRevert(WitnessPool.MarketNotSet.selector);
        fp.registerWitness(100 ether);
        vm.stopPrank();
    }

    // ================================================================ witnesses

    function test_RegisterWitness_PullsStakeAndTakesAListSlot() public {
        address w = makeAddr("newWitness");
        fund(w);
        vm.expectEmit(address(pool));
        emit WitnessPool.WitnessRegistered(w, 50 ether);
        vm.expectEmit(address(pool));
        emit WitnessPool.WitnessAvailability(w, true);
        vm.prank(w);
        pool.registerWitness(50 ether);
        WitnessPool.WitnessView memory v = pool.witness(w);
        vm.assertEq(v.stake, 50 ether);
        vm.assertEq(v.locked, 0);
        vm.assertEq(uint256(v.id), 6);
        vm.assertEq(uint256(v.index), 5);
        vm.assertEq(uint256(v.eligibleSince), block.number);
        vm.assertTrue(v.registered && v.available && !v.exiting);
        vm.assertEq(pool.witnessListLength(), 6);
        vm.assertEq(pool.witnessAt(5), w);
        // past the end: Panic(0x32), as an array's bounds check
        vm.expectRevert(abi.encodeWithSignature("Panic(uint256)", uint256(0x32)));
        pool.witnessAt(6);
        vm.assertEq(uint256(pool.witnessIds()), 6);
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

    /// A witness keeps its index while registered; a slot freed by a full withdrawal is taken by
    /// the next registration, so the list does not grow with churn.
    function test_RegisterWitness_ReusesAFreedSlot() public {
        address w = witnessAccts[2];
        vm.prank(w);
        pool.requestWitnessExit();
        vm.warp(block.timestamp + wp.witnessExitCooldown);
        vm.prank(w);
        pool.withdrawWitnessStake(100 ether);
        vm.assertEq(pool.witnessAt(2), address(0));
        vm.assertFalse(pool.witness(w).registered);
        vm.assertEq(uint256(pool.witness(w).id), 3, "the id stays with the address");
        vm.prank(bob);
        pool.registerWitness(60 ether);
        vm.assertEq(pool.witnessAt(2), bob);
        vm.assertEq(uint256(pool.witness(bob).index), 2);
        vm.assertEq(pool.witnessListLength(), 5);
        // the one that left may come back, under its old id, at the end of the list
        vm.prank(w);
        pool.registerWitness(60 ether);
        vm.assertEq(uint256(pool.witness(w).id), 3);
        vm.assertEq(uint256(pool.witness(w).index), 5);
    }

    function test_AddWitnessStake_IncreasesStakeAndRestartsEligibility() public {
        address w = witnessAccts[0];
        vm.roll(block.number + 10);
        vm.expectEmit(address(pool));
        emit WitnessPool.WitnessStakeAdded(w, 7 ether, 107 ether);
        vm.prank(w);
        pool.addWitnessStake(7 ether);
        vm.assertEq(wStake(w), 107 ether);
        vm.assertEq(uint256(pool.witness(w).eligibleSince), block.number);
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

    /// setAvailable(true) restarts eligibility; setAvailable(false) does not touch it.
    function test_SetAvailable_OffAndOn() public {
        address w = witnessAccts[1];
        uint256 since = pool.witness(w).eligibleSince;
        vm.roll(block.number + 5);
        vm.expectEmit(address(pool));
        emit WitnessPool.WitnessAvailability(w, false);
        vm.prank(w);
        pool.setAvailable(false);
        WitnessPool.WitnessView memory v = pool.witness(w);
        vm.assertFalse(v.available);
        vm.assertEq(uint256(v.eligibleSince), since);
        vm.roll(block.number + 5);
        vm.prank(w);
        pool.setAvailable(true);
        v = pool.witness(w);
        vm.assertTrue(v.available);
        vm.assertEq(uint256(v.eligibleSince), block.number);
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

    function test_RequestWitnessExit_MarksExiting() public {
        address w = witnessAccts[2];
        vm.expectEmit(address(pool));
        emit WitnessPool.WitnessExitRequested(w, uint64(block.timestamp) + wp.witnessExitCooldown);
        vm.prank(w);
        pool.requestWitnessExit();
        WitnessPool.WitnessView memory v = pool.witness(w);
        vm.assertTrue(v.exiting);
        vm.assertEq(uint256(v.withdrawableAt), block.timestamp + wp.witnessExitCooldown);
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

    /// Free stake above the minimum comes out at any time, no exit needed (SPEC §4.1).
    function test_WithdrawWitnessStake_PartialAboveTheMinimumAnyTime() public {
        address w = witnessAccts[0];
        vm.expectEmit(address(pool));
        emit WitnessPool.WitnessWithdrawn(w, 30 ether, 70 ether);
        vm.prank(w);
        pool.withdrawWitnessStake(30 ether);
        vm.assertEq(wStake(w), 70 ether);
        vm.assertEq(token.balanceOf(w), FUND - 70 ether);
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.WithdrawalTooLarge.selector, 21 ether, 20 ether));
        vm.prank(w);
        pool.withdrawWitnessStake(21 ether);
        vm.prank(w);
        pool.withdrawWitnessStake(20 ether);
        vm.assertEq(wStake(w), wp.minWitnessStake);
        vm.assertTrue(pool.witness(w).registered);
    }

    /// With seats locked, the floor is the larger of the minimum and the locks.
    function test_WithdrawWitnessStake_KeepsWhatSeatsLock() public {
        uint256[] memory ids = _services(3, 20);
        for (uint256 i; i < 20; ++i) {
            _drawAll(ids[i]);
        }
        // 60 seats over 5 witnesses: someone holds at least 12, locking 60 FST or more
        address w;
        for (uint256 i; i < 5; ++i) {
            if (wLocked(witnessAccts[i]) > wLocked(w)) w = witnessAccts[i];
        }
        uint256 locked = wLocked(w);
        vm.assertGt(locked, wp.minWitnessStake);
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.WithdrawalTooLarge.selector, 100 ether, 100 ether - locked));
        vm.prank(w);
        pool.withdrawWitnessStake(100 ether);
        vm.prank(w);
        pool.withdrawWitnessStake(100 ether - locked);
        vm.assertEq(wStake(w), locked);
    }

    function test_WithdrawWitnessStake_EverythingAfterExitAndCooldown() public {
        address w = witnessAccts[0];
        vm.prank(w);
        pool.requestWitnessExit();
        vm.warp(block.timestamp + wp.witnessExitCooldown);
        vm.expectEmit(address(pool));
        emit WitnessPool.WitnessWithdrawn(w, 100 ether, 0);
        vm.prank(w);
        pool.withdrawWitnessStake(100 ether);
        vm.assertEq(token.balanceOf(w), FUND);
        vm.assertEq(wStake(w), 0);
        vm.assertFalse(pool.witness(w).registered);
        vm.assertEq(token.balanceOf(address(pool)), 400 ether);
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.NotWitness.selector, w));
        vm.prank(w);
        pool.withdrawWitnessStake(1);
    }

    function test_WithdrawWitnessStake_RevertsWhen_NotWitness() public {
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.NotWitness.selector, bob));
        vm.prank(bob);
        pool.withdrawWitnessStake(1);
    }

    function test_WithdrawWitnessStake_RevertsWhen_ZeroAmount() public {
        vm.expectRevert(WitnessPool.ZeroAmount.selector);
        vm.prank(witnessAccts[0]);
        pool.withdrawWitnessStake(0);
    }

    function test_WithdrawWitnessStake_RevertsWhen_BelowTheMinimumWithoutExit() public {
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.WithdrawalTooLarge.selector, 100 ether, 50 ether));
        vm.prank(witnessAccts[0]);
        pool.withdrawWitnessStake(100 ether);
    }

    function test_WithdrawWitnessStake_RevertsWhen_CooldownNotOver() public {
        address w = witnessAccts[0];
        vm.prank(w);
        pool.requestWitnessExit();
        uint64 until = uint64(block.timestamp) + wp.witnessExitCooldown;
        vm.warp(until - 1);
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.CooldownNotOver.selector, until));
        vm.prank(w);
        pool.withdrawWitnessStake(100 ether);
        // what is above the minimum is free even now
        vm.prank(w);
        pool.withdrawWitnessStake(50 ether);
    }

    function test_WithdrawWitnessStake_RevertsWhen_SeatLocked() public {
        uint256 id = _service(3);
        address[] memory m = drawNow(id);
        address w = m[0];
        vm.prank(w);
        pool.requestWitnessExit();
        vm.warp(block.timestamp + wp.witnessExitCooldown);
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.StakeLocked.selector, uint256(wp.witnessBond)));
        vm.prank(w);
        pool.withdrawWitnessStake(100 ether);
        toAfterReveal(id);
        pool.finalize(id);
        // after the verdict the lock is released, less the seat fee lost for not reporting
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.WithdrawalTooLarge.selector, 100 ether, 100 ether - S));
        vm.prank(w);
        pool.withdrawWitnessStake(100 ether);
        vm.prank(w);
        pool.withdrawWitnessStake(100 ether - S);
        vm.assertEq(token.balanceOf(w), FUND - S);
    }

    // ================================================================ requestCommittee

    function test_RequestCommittee_RevertsWhen_NotMarket() public {
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.NotMarket.selector, alice));
        vm.prank(alice);
        pool.requestCommittee(1, 3, alice, p0, uint64(block.timestamp + 100), 1 ether);
        // not even the deployer
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.NotMarket.selector, admin));
        vm.prank(admin);
        pool.requestCommittee(1, 3, alice, p0, uint64(block.timestamp + 100), 1 ether);
    }

    function test_RequestCommittee_RecordsTheRequest() public {
        WitnessPool fp = _fakePool();
        uint256 poolBefore = token.balanceOf(address(fp));
        vm.expectEmit(address(fp));
        emit WitnessPool.CommitteeRequested(500, uint64(block.number), 4);
        vm.prank(fakeMarket);
        fp.requestCommittee(500, 4, alice, p0, uint64(block.timestamp + 100), 7 ether);
        WitnessPool.CommitteeView memory c = fp.committee(500);
        vm.assertEq(uint256(c.status), REQUESTED);
        vm.assertEq(uint256(c.n), 4);
        vm.assertEq(uint256(c.requestBlock), block.number);
        vm.assertEq(uint256(c.seedBlock), block.number);
        vm.assertEq(uint256(c.drawDueAfter), block.number + wp.blockNeed);
        vm.assertEq(uint256(c.end), block.timestamp + 100);
        vm.assertEq(uint256(c.commitEnd), block.timestamp + 100 + wp.commitGrace);
        vm.assertEq(uint256(c.revealEnd), block.timestamp + 100 + wp.commitGrace + wp.reportRevealSeconds);
        vm.assertEq(c.seatFee, 7 ether);
        vm.assertEq(c.seatLock, 7 ether, "the seat fee when above the bond");
        vm.assertEq(uint256(c.listLength), 5);
        // The pool keeps the parties as witness ids; the view names them from the Market's
        // lease, which a stand-in market does not have (the real one: test_ConfirmDeployment_*).
        vm.assertEq(c.customer, address(0));
        vm.assertEq(c.provider, address(0));
        vm.assertEq(c.members.length, 0);
        vm.assertEq(uint256(fp.drawDueAfter(500)), block.number + wp.blockNeed);
        vm.assertEq(token.balanceOf(address(fp)), poolBefore, "a request moves no FST");
        vm.assertEq(fp.seatLock(1 ether), wp.witnessBond);
    }

    function test_RequestCommittee_RevertsWhen_CommitteeExists() public {
        WitnessPool fp = _fakePool();
        _fakeRequest(fp, 500, 3, uint64(block.timestamp + 100), 1 ether);
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.CommitteeExists.selector, 500));
        vm.prank(fakeMarket);
        fp.requestCommittee(500, 3, alice, p0, uint64(block.timestamp + 100), 1 ether);
    }

    function test_RequestCommittee_RevertsWhen_SizeOutOfRange() public {
        WitnessPool fp = _fakePool();
        vm.startPrank(fakeMarket);
        vm.expectRevert(
            abi.encodeWithSelector(WitnessPool.CommitteeSizeOutOfRange.selector, uint8(2), uint8(3), uint8(31))
        );
        fp.requestCommittee(500, 2, alice, p0, uint64(block.timestamp + 100), 1 ether);
        vm.expectRevert(
            abi.encodeWithSelector(WitnessPool.CommitteeSizeOutOfRange.selector, uint8(32), uint8(3), uint8(31))
        );
        fp.requestCommittee(500, 32, alice, p0, uint64(block.timestamp + 100), 1 ether);
        vm.stopPrank();
    }

    function test_Committee_UnknownIdIsAllZeros() public view {
        WitnessPool.CommitteeView memory c = pool.committee(12345);
        vm.assertEq(uint256(c.status), NONE);
        vm.assertEq(uint256(c.n) + c.requestBlock + c.end + c.commitEnd + c.revealEnd + c.seatFee, 0);
        vm.assertEq(c.customer, address(0));
        vm.assertEq(c.members.length, 0);
        (IWitnessPool.CommitteeStatus st, bool v, uint256 back) = pool.verdict(12345);
        vm.assertEq(uint256(st), NONE);
        vm.assertFalse(v);
        vm.assertEq(back, 0);
        vm.assertFalse(pool.isMember(12345, witnessAccts[0]));
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
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.WrongCommitteeState.selector, 99, NONE));
        pool.drawCommittee(99);
        uint256 id = _service(3);
        drawNow(id);
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.WrongCommitteeState.selector, id, DRAWN));
        pool.drawCommittee(id);
    }

    /// Not complete by `end`: unwitnessed, the whole 10 n s back to the Market, no burn.
    function test_DrawCommittee_AfterEnd_Unwitnessed() public {
        uint256 id = _service(3);
        uint64 end = pool.committee(id).end;
        vm.roll(block.number + wp.blockNeed + 1);
        vm.warp(end);
        uint256 marketBefore = token.balanceOf(address(market));
        uint256 supply = token.totalSupply();
        vm.expectEmit(address(pool));
        emit WitnessPool.CommitteeUnwitnessed(id);
        pool.drawCommittee(id);
        vm.assertEq(uint256(pool.committee(id).status), UNWITNESSED);
        vm.assertEq(token.balanceOf(address(market)), marketBefore, "the Market keeps its 10 n s; nothing moves");
        vm.assertEq(token.totalSupply(), supply);
        (IWitnessPool.CommitteeStatus st,, uint256 back) = pool.verdict(id);
        vm.assertEq(uint256(st), UNWITNESSED);
        vm.assertEq(back, 30 * S);
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.WrongCommitteeState.selector, id, UNWITNESSED));
        pool.drawCommittee(id);
        // the provider is paid for the segment
        vm.warp(market.segment(_orderOf(id), 0).revealEnd + 1);
        market.settle(_orderOf(id));
        (uint256 payout,,) = market.settlement(_orderOf(id));
        vm.assertEq(payout, 20 ether);
    }

    function test_DrawCommittee_MatchesTheReferenceAndLocksSeats() public {
        addWitnesses("extra", 15, 100 ether);
        vm.roll(block.number + 1);
        uint256 id = _service(7);
        vm.roll(pool.drawDueAfter(id) + 1);
        address[] memory expected = expectedCommittee(id);
        vm.assertEq(expected.length, 7);
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
            vm.assertTrue(pool.isMember(id, expected[i]));
            WitnessPool.SeatView memory s = pool.seat(id, expected[i]);
            vm.assertTrue(s.member && !s.committed && !s.revealed);
        }
    }

    function test_DrawCommittee_SameCommitteeWhoeverAndWheneverInWindow() public {
        addWitnesses("extra", 20, 100 ether);
        vm.roll(block.number + 1);
        uint256 id = _service(5);
        uint256 rb = pool.committee(id).requestBlock;
        vm.roll(rb + wp.blockNeed + 1);
        vm.setBlockhash(rb + 1, keccak256("h1"));
        vm.setBlockhash(rb + 2, keccak256("h2"));
        uint256 snap = vm.snapshotState();
        vm.prank(stranger);
        pool.drawCommittee(id);
        address[] memory first = pool.committee(id).members;
        vm.assertEq(first, expectedCommittee(id));
        vm.revertToState(snap);
        vm.roll(rb + 200);
        vm.prank(p0);
        pool.drawCommittee(id);
        vm.assertEq(pool.committee(id).members, first, "200 blocks later, by the provider");
        vm.revertToState(snap);
        vm.roll(rb + 257);
        vm.prank(alice);
        pool.drawCommittee(id);
        vm.assertEq(pool.committee(id).members, first, "last block with the window readable");
    }

    function test_DrawCommittee_SeedComesFromTheWindowHashes() public {
        addWitnesses("extra", 20, 100 ether);
        vm.roll(block.number + 1);
        uint256 id = _service(5);
        uint256 rb = pool.committee(id).requestBlock;
        vm.roll(rb + 50);
        vm.setBlockhash(rb + 1, keccak256("h1"));
        vm.setBlockhash(rb + 2, keccak256("h2"));
        vm.setBlockhash(rb + 3, keccak256("outside"));
        vm.setBlockhash(rb + 49, keccak256("outside2"));
        uint256 snap = vm.snapshotState();
        pool.drawCommittee(id);
        address[] memory a = pool.committee(id).members;
        vm.revertToState(snap);
        vm.setBlockhash(rb + 3, keccak256("other"));
        vm.setBlockhash(rb + 49, keccak256("other2"));
        pool.drawCommittee(id);
        vm.assertEq(pool.committee(id).members, a, "blocks outside the window do not matter");
        vm.revertToState(snap);
        vm.setBlockhash(rb + 2, keccak256("h2'"));
        pool.drawCommittee(id);
        address[] memory b = pool.committee(id).members;
        vm.assertEq(b, expectedCommittee(id));
        vm.assertTrue(keccak256(abi.encode(a)) != keccak256(abi.encode(b)), "a window hash changes the draw");
    }

    /// Past 256 blocks the call re-requests: a new window from this block, nothing drawn.
    function test_DrawCommittee_LateCallReRequests() public {
        addWitnesses("extra", 20, 100 ether);
        vm.roll(block.number + 1);
        uint256 id = _service(5);
        uint256 rb = pool.committee(id).requestBlock;
        uint256 late = rb + 300;
        vm.roll(late);
        vm.assertEq(blockhash(rb + 1), bytes32(0));
        vm.expectEmit(address(pool));
        emit WitnessPool.CommitteeRequested(id, uint64(late), 5);
        pool.drawCommittee(id);
        WitnessPool.CommitteeView memory c = pool.committee(id);
        vm.assertEq(uint256(c.status), REQUESTED);
        vm.assertEq(uint256(c.requestBlock), rb, "eligibility stays with the request");
        vm.assertEq(uint256(c.seedBlock), late);
        vm.assertEq(uint256(pool.drawDueAfter(id)), late + wp.blockNeed);
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.DrawNotDue.selector, uint64(late), uint64(late + 2)));
        pool.drawCommittee(id);
        vm.roll(late + wp.blockNeed + 1);
        address[] memory expected = expectedCommittee(id);
        pool.drawCommittee(id);
        vm.assertEq(pool.committee(id).members, expected);
    }

    function test_DrawCommittee_FewerThanThreeEligible_Unwitnessed() public {
        for (uint256 i; i < 3; ++i) {
            vm.prank(witnessAccts[i]);
            pool.setAvailable(false);
        }
        vm.roll(block.number + 1);
        uint256 id = _service(3);
        vm.roll(block.number + wp.blockNeed + 1);
        uint256 marketBefore = token.balanceOf(address(market));
        // two eligible of five: 20 candidates a call, the sequence ends at 8L = 40
        pool.drawCommittee(id);
        vm.assertEq(uint256(pool.committee(id).status), REQUESTED);
        vm.assertEq(uint256(pool.committee(id).tried), 20);
        vm.expectEmit(address(pool));
        emit WitnessPool.CommitteeUnwitnessed(id);
        pool.drawCommittee(id);
        WitnessPool.CommitteeView memory c = pool.committee(id);
        vm.assertEq(uint256(c.status), UNWITNESSED);
        vm.assertEq(wLocked(witnessAccts[3]) + wLocked(witnessAccts[4]), 0, "no lock kept");
        vm.assertEq(token.balanceOf(address(market)), marketBefore, "nothing moves");
        vm.warp(market.segment(_orderOf(id), 0).revealEnd + 1);
        market.settle(_orderOf(id));
        market.finish(_orderOf(id));
        vm.assertEq(token.balanceOf(p0), FUND - 1000 ether + 20 ether);
    }

    function test_DrawCommittee_ExactlyThreeEligible() public {
        for (uint256 i; i < 2; ++i) {
            vm.prank(witnessAccts[i]);
            pool.setAvailable(false);
        }
        vm.roll(block.number + 1);
        uint256 id = _service(15);
        address[] memory m = drawNow(id);
        vm.assertEq(m.length, 3);
        vm.assertEq(uint256(pool.committee(id).threshold), 2);
        for (uint256 i = 2; i < 5; ++i) {
            vm.assertTrue(isIn(witnessAccts[i], m));
        }
    }

    function test_DrawCommittee_FewerThanN_ThresholdFollowsDrawnSize() public {
        vm.prank(witnessAccts[0]);
        pool.setAvailable(false);
        vm.roll(block.number + 1);
        uint256 id = _service(9); // 4 eligible
        vm.roll(pool.drawDueAfter(id) + 1);
        address[] memory expected = expectedCommittee(id);
        vm.assertEq(expected.length, 4);
        // 4n + 8 = 44 candidates per call, 8L = 40 in all: one call ends the sequence
        vm.expectEmit(address(pool));
        emit WitnessPool.CommitteeDrawn(id, expected, 3);
        pool.drawCommittee(id);
        WitnessPool.CommitteeView memory c = pool.committee(id);
        vm.assertEq(c.members.length, 4);
        vm.assertEq(uint256(c.threshold), 3);
        vm.assertEq(uint256(c.n), 9);
        for (uint256 i; i < 4; ++i) {
            commitAs(id, c.members[i], i < 2);
        }
        toRevealWindow(id);
        for (uint256 i; i < 4; ++i) {
            revealAs(id, c.members[i], i < 2);
        }
        toAfterReveal(id);
        uint256 marketBefore = token.balanceOf(address(market));
        pool.finalize(id);
        (, bool violated, uint256 back) = pool.verdict(id);
        vm.assertFalse(violated, "2 of 4 is below M = 3");
        // 90 s deposited; two false reporters paid s each
        vm.assertEq(back, 88 * S);
        vm.assertEq(token.balanceOf(address(market)), marketBefore - 2 * S, "the pool pulled the pay, 2 s");
    }

    function test_DrawCommittee_NeverCustomerOrProvider() public {
        vm.prank(alice);
        pool.registerWitness(100 ether);
        vm.prank(p0);
        pool.registerWitness(100 ether);
        vm.roll(block.number + 1);
        uint256 id = _service(15);
        address[] memory m = drawNow(id);
        vm.assertEq(m.length, 5, "all five others, and only them");
        vm.assertFalse(isIn(alice, m));
        vm.assertFalse(isIn(p0, m));
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
        vm.assertTrue(isIn(witnessAccts[0], m));
        vm.assertTrue(isIn(witnessAccts[2], m));
        vm.assertTrue(isIn(witnessAccts[4], m));
    }

    /// eligibleSince < requestBlock: a witness registered in the request's block is not drawn.
    function test_DrawCommittee_WitnessRegisteredInTheRequestBlockNotDrawn() public {
        for (uint256 i; i < 3; ++i) {
            vm.prank(witnessAccts[i]);
            pool.setAvailable(false);
        }
        vm.roll(block.number + 1);
        address[] memory late = addWitnesses("late", 3, 100 ether); // same block as the request
        uint256 id = _service(3);
        _drawAll(id);
        vm.assertEq(uint256(pool.committee(id).status), UNWITNESSED, "only two eligible");
        for (uint256 i; i < 3; ++i) {
            vm.assertEq(wLocked(late[i]), 0);
        }
    }

    /// A witness holds as many seats as its free stake covers (SPEC §4.1).
    function test_DrawCommittee_AWitnessSitsOnSeveralCommittees() public {
        uint256[] memory ids = _services(5, 4);
        for (uint256 i; i < 4; ++i) {
            _drawAll(ids[i]);
            vm.assertEq(pool.committee(ids[i]).members.length, 5);
        }
        for (uint256 i; i < 5; ++i) {
            vm.assertEq(wLocked(witnessAccts[i]), 4 * wp.witnessBond, "four seats each");
        }
    }

    function test_DrawCommittee_WitnessWithoutFreeStakeNotDrawn() public {
        // a pool where the minimum stake covers exactly one seat
        WitnessPool.Params memory p = wp;
        p.minWitnessStake = p.witnessBond;
        deployAll(mp, p);
        wp = p;
        for (uint256 i; i < 3; ++i) {
            fund(providerAccts[i]);
        }
        fund(alice);
        registerProviders();
        addWitnesses("thin", 5, p.witnessBond);
        vm.roll(block.number + 1);
        uint256[] memory ids = _services(3, 2);
        _drawAll(ids[0]);
        address[] memory m1 = pool.committee(ids[0]).members;
        vm.assertEq(m1.length, 3);
        // a second lease finds two with free stake: unwitnessed
        _drawAll(ids[1]);
        vm.assertEq(uint256(pool.committee(ids[1]).status), UNWITNESSED);
        // a top-up makes a witness eligible for committees requested later
        vm.prank(m1[0]);
        pool.addWitnessStake(p.witnessBond);
        vm.roll(block.number + 1);
        uint256 id3 = _service(3);
        _drawAll(id3);
        address[] memory m3 = pool.committee(id3).members;
        vm.assertTrue(isIn(m1[0], m3));
        vm.assertFalse(isIn(m1[1], m3));
        vm.assertFalse(isIn(m1[2], m3));
    }

    /// The request keeps the customer and the provider as witness ids. A party that left the
    /// pool and came back keeps its id, so it stays off; one that registers after the request
    /// is not eligible anyway. With five other witnesses and n = 5 the committee is exactly
    /// those five, whoever the parties are in the list; the view names the parties.
    function test_DrawCommittee_PartiesAreKeptOffByTheirWitnessIds() public {
        vm.prank(alice);
        pool.registerWitness(100 ether);
        vm.prank(p0);
        pool.registerWitness(100 ether);
        // alice leaves the pool entirely and comes back: same id, new list slot
        uint32 aliceId = pool.witness(alice).id;
        vm.prank(alice);
        pool.requestWitnessExit();
        vm.warp(block.timestamp + wp.witnessExitCooldown);
        vm.prank(alice);
        pool.withdrawWitnessStake(100 ether);
        vm.assertFalse(pool.witness(alice).registered);
        vm.prank(alice);
        pool.registerWitness(100 ether);
        vm.assertEq(pool.witness(alice).id, aliceId, "an id stays with its address");
        vm.roll(block.number + 1);
        uint256 id = _service(5);
        // bob registers after the request: never eligible for it
        vm.prank(bob);
        pool.registerWitness(100 ether);
        address[] memory m = drawNow(id);
        vm.assertEq(m.length, 5);
        for (uint256 i; i < 5; ++i) {
            vm.assertTrue(isIn(witnessAccts[i], m), "every other witness sits");
        }
        vm.assertFalse(isIn(alice, m) || isIn(p0, m) || isIn(bob, m));
        WitnessPool.CommitteeView memory c = pool.committee(id);
        vm.assertEq(c.customer, alice);
        vm.assertEq(c.provider, p0);
        vm.assertEq(wLocked(alice) + wLocked(p0), 0);
    }

    /// The seat lock is max(witnessBond, s): a seat fee above the bond locks the seat fee.
    function test_DrawCommittee_SeatLockIsTheSeatFeeWhenLarger() public {
        WitnessPool fp = _fakePool();
        _fakeRequest(fp, 700, 3, uint64(block.timestamp + 100), 40 ether);
        vm.roll(block.number + wp.blockNeed + 1);
        fp.drawCommittee(700);
        address[] memory m = fp.committee(700).members;
        vm.assertEq(m.length, 3);
        for (uint256 i; i < 3; ++i) {
            vm.assertEq(fp.witness(m[i]).locked, 40 ether);
        }
        // 60 FST free each: a second seat of 40 fits, a third does not
        _fakeRequest(fp, 701, 3, uint64(block.timestamp + 100), 40 ether);
        _fakeRequest(fp, 702, 5, uint64(block.timestamp + 100), 40 ether);
        vm.roll(block.number + wp.blockNeed + 1);
        fp.drawCommittee(701);
        fp.drawCommittee(702);
        address[] memory m2 = fp.committee(702).members;
        for (uint256 i; i < m2.length; ++i) {
            vm.assertLe(fp.witness(m2[i]).locked, 100 ether);
        }
        uint256 total;
        for (uint256 i; i < 5; ++i) {
            total += fp.witness(witnessAccts[i]).locked;
        }
        vm.assertEq(total, 40 ether * (3 + 3 + m2.length));
    }

    /// A draw looks at no more than 4n + 8 candidates per call; further calls continue the
    /// same sequence, keeping the members found.
    function test_DrawCommittee_ContinuesOverSeveralCalls() public {
        // 60 witnesses of whom only the five first are eligible
        address[] memory off = addWitnesses("off", 55, 100 ether);
        for (uint256 i; i < off.length; ++i) {
            vm.prank(off[i]);
            pool.setAvailable(false);
        }
        vm.roll(block.number + 1);
        uint256 id = _service(5);
        vm.roll(pool.drawDueAfter(id) + 1);
        address[] memory expected = expectedCommittee(id);
        uint256 calls;
        while (pool.committee(id).status == IWitnessPool.CommitteeStatus.Requested) {
            uint256 triedBefore = pool.committee(id).tried;
            pool.drawCommittee(id);
            ++calls;
            if (pool.committee(id).status == IWitnessPool.CommitteeStatus.Requested) {
                vm.assertEq(uint256(pool.committee(id).tried), triedBefore + 28, "4n + 8 per call");
            }
        }
        vm.assertGt(calls, 1, "more than one call");
        vm.assertEq(uint256(pool.committee(id).status), DRAWN);
        address[] memory got = pool.committee(id).members;
        vm.assertEq(got.length, expected.length);
        for (uint256 i; i < got.length; ++i) {
            vm.assertTrue(isIn(got[i], expected), "the same members as one long draw");
        }
    }

    function test_DrawCommittee_PartialDrawEmitsProgress() public {
        address[] memory off = addWitnesses("off", 300, 100 ether);
        for (uint256 i; i < off.length; ++i) {
            vm.prank(off[i]);
            pool.setAvailable(false);
        }
        vm.roll(block.number + 1);
        uint256 id = _service(3);
        vm.roll(pool.drawDueAfter(id) + 1);
        vm.recordLogs();
        pool.drawCommittee(id);
        WitnessPool.CommitteeView memory c = pool.committee(id);
        if (c.status == IWitnessPool.CommitteeStatus.Requested) {
            vm.assertEq(uint256(c.tried), 20);
            vm.assertEq(vm.getRecordedLogs()[0].topics[0], WitnessPool.CommitteePartlyDrawn.selector);
            // the members found so far hold their seats already
            for (uint256 i; i < c.members.length; ++i) {
                vm.assertEq(wLocked(c.members[i]), wp.witnessBond);
            }
        }
    }

    // ================================================================ reports

    /// The commitment is stored whole, 32 bytes (v1 cut it to 20).
    function test_CommitReport_StoresTheWholeCommitmentAndTime() public {
        uint256 id = _service(3);
        address[] memory m = drawNow(id);
        vm.warp(block.timestamp + 2);
        bytes32 c = pool.reportCommitment(id, m[0], true, uint64(block.timestamp), "S");
        vm.assertEq(c, keccak256(abi.encode(id, m[0], true, uint64(block.timestamp), bytes32("S"))));
        vm.expectEmit(address(pool));
        emit WitnessPool.ReportCommitted(id, m[0]);
        vm.prank(m[0]);
        pool.commitReport(id, c);
        WitnessPool.SeatView memory s = pool.seat(id, m[0]);
        vm.assertEq(s.commitment, c);
        vm.assertEq(uint256(s.commitTime), block.timestamp);
        vm.assertTrue(s.member && s.committed && !s.revealed);
        // the other seats are untouched
        vm.assertFalse(pool.seat(id, m[1]).committed);
        vm.assertEq(pool.committee(id).members, m);
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

    // ---- the witness's own commitment slot (one seat at a time commits into it)

    /// Storage of WitnessPool (`forge inspect WitnessPool storageLayout`): `witnesses` at slot
    /// 1, its flags in the top byte; `ownCommitment` at slot 10. No view shows either: what a
    /// client sees (SeatView) is the same wherever the commitment lives.
    uint256 internal constant WITNESSES_SLOT = 1;
    uint256 internal constant OWN_COMMITMENT_SLOT = 10;

    function _ownSlotTaken(address w) internal view returns (bool) {
        uint256 word = uint256(vm.load(address(pool), keccak256(abi.encode(w, WITNESSES_SLOT))));
        return (word >> 248) & 8 != 0;
    }

    function _ownSlot(address w) internal view returns (bytes32) {
        return vm.load(address(pool), keccak256(abi.encode(w, OWN_COMMITMENT_SLOT)));
    }

    /// Registration makes the witness's own commitment slot non-zero (so its commits write a
    /// slot that is already non-zero), with a value no report matches.
    function test_RegisterWitness_MakesTheOwnCommitmentSlotNonZero() public {
        vm.assertEq(_ownSlot(bob), bytes32(0));
        vm.prank(bob);
        pool.registerWitness(100 ether);
        vm.assertEq(_ownSlot(bob), bytes32(uint256(1)));
        vm.assertFalse(_ownSlotTaken(bob));
    }

    /// A witness on two committees at once: the seat drawn first commits into the witness's own
    /// slot, the other into the committee's; the reports do not touch each other, each seat
    /// shows its own commitment until its reveal, both reveal. Finalize gives the own slot back,
    /// and the witness's next seat takes it again.
    function test_CommitReport_OwnSlotServesOneSeatAtATime() public {
        uint256[] memory ids = _services(3, 2);
        vm.roll(pool.drawDueAfter(ids[1]) + 1);
        pool.drawCommittee(ids[0]);
        pool.drawCommittee(ids[1]);
        // with five witnesses, someone sits on both
        address[] memory m0 = pool.committee(ids[0]).members;
        address[] memory m1 = pool.committee(ids[1]).members;
        address w;
        for (uint256 i; i < m0.length && w == address(0); ++i) {
            if (isIn(m0[i], m1)) w = m0[i];
        }
        vm.assertTrue(w != address(0));
        vm.assertTrue(_ownSlotTaken(w), "the first seat holds the own slot");
        uint64 t = uint64(block.timestamp);
        _commitRaw(ids[0], w, true, t, "first");
        _commitRaw(ids[1], w, false, t, "second");
        bytes32 c0 = pool.reportCommitment(ids[0], w, true, t, "first");
        bytes32 c1 = pool.reportCommitment(ids[1], w, false, t, "second");
        vm.assertEq(_ownSlot(w), c0, "the first seat's commitment in the own slot");
        vm.assertEq(pool.seat(ids[0], w).commitment, c0);
        vm.assertEq(pool.seat(ids[1], w).commitment, c1);
        // a later commit of the first seat replaces its own, not the other's
        vm.warp(block.timestamp + 1);
        _commitRaw(ids[0], w, false, t + 1, "again");
        c0 = pool.reportCommitment(ids[0], w, false, t + 1, "again");
        vm.assertEq(pool.seat(ids[0], w).commitment, c0);
        vm.assertEq(pool.seat(ids[1], w).commitment, c1);
        toRevealWindow(ids[1]);
        vm.prank(w);
        pool.revealReport(ids[1], false, t, "second");
        vm.prank(w);
        pool.revealReport(ids[0], false, t + 1, "again");
        vm.assertTrue(pool.seat(ids[0], w).revealed && pool.seat(ids[1], w).revealed);
        vm.assertEq(pool.seat(ids[0], w).commitment, bytes32(0), "served: not shown");
        vm.assertEq(pool.seat(ids[1], w).commitment, bytes32(0), "served: cleared");
        vm.assertTrue(_ownSlotTaken(w), "held until finalize");
        toAfterReveal(ids[1]);
        pool.finalize(ids[1]);
        vm.assertTrue(_ownSlotTaken(w), "the committee slot's seat gives nothing back");
        pool.finalize(ids[0]);
        vm.assertFalse(_ownSlotTaken(w), "finalize gives the own slot back");
        // the next seat takes it again, and its reveal works from it (the released locks made
        // everyone eligible from the next block on)
        vm.roll(block.number + 1);
        uint256 id3 = _service(5);
        address[] memory m3 = drawNow(id3);
        vm.assertTrue(isIn(w, m3));
        vm.assertTrue(_ownSlotTaken(w));
        commitAs(id3, w, true);
        vm.assertEq(_ownSlot(w), pool.seat(id3, w).commitment);
        toRevealWindow(id3);
        revealAs(id3, w, true);
        vm.assertTrue(pool.seat(id3, w).violated);
    }

    /// An unwitnessed committee gives its members' own slots back with their locks, and a
    /// commitment made into the own slot by a member of an incomplete committee is never
    /// mistaken for a later seat's.
    function test_Unwitnessed_GivesTheOwnSlotsBack() public {
        uint256 id = _service(3);
        address[] memory m = drawNow(id);
        for (uint256 i; i < 3; ++i) {
            vm.assertTrue(_ownSlotTaken(m[i]));
        }
        commitAs(id, m[0], true);
        toAfterReveal(id);
        pool.finalize(id); // finalize of a drawn committee nobody revealed in: all lose s
        for (uint256 i; i < 3; ++i) {
            vm.assertFalse(_ownSlotTaken(m[i]), "finalize gives it back");
            vm.assertEq(wLocked(m[i]), 0);
        }
        // a draw that finds only two: they hold their own slots until the sequence ends and the
        // committee is unwitnessed
        for (uint256 i; i < 3; ++i) {
            vm.prank(witnessAccts[i]);
            pool.setAvailable(false);
        }
        vm.roll(block.number + 1);
        uint256 id2 = _service(3);
        vm.roll(block.number + wp.blockNeed + 1);
        pool.drawCommittee(id2);
        vm.assertEq(uint256(pool.committee(id2).status), REQUESTED);
        vm.assertTrue(_ownSlotTaken(witnessAccts[3]) && _ownSlotTaken(witnessAccts[4]));
        // a member of the incomplete committee commits into its own slot meanwhile
        commitAs(id2, witnessAccts[3], true);
        pool.drawCommittee(id2);
        vm.assertEq(uint256(pool.committee(id2).status), UNWITNESSED);
        vm.assertFalse(_ownSlotTaken(witnessAccts[3]) || _ownSlotTaken(witnessAccts[4]), "given back");
        vm.assertEq(wLocked(witnessAccts[3]) + wLocked(witnessAccts[4]), 0);
        vm.assertFalse(pool.seat(id2, witnessAccts[3]).member);
    }

    function test_CommitReport_RevertsWhen_NotMember() public {
        uint256 id = _service(3);
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

    function test_RevealReport_CountsEmitsAndClearsTheCommitment() public {
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
        WitnessPool.SeatView memory s0 = pool.seat(id, m[0]);
        vm.assertTrue(s0.revealed && s0.violated);
        vm.assertEq(s0.commitment, bytes32(0), "served: cleared");
        WitnessPool.SeatView memory s1 = pool.seat(id, m[1]);
        vm.assertTrue(s1.revealed && !s1.violated);
        vm.assertFalse(pool.seat(id, m[2]).revealed);
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
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.WrongCommitteeState.selector, 99, NONE));
        pool.finalize(99);
        uint256 id = _service(3);
        drawNow(id);
        toAfterReveal(id);
        pool.finalize(id);
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.WrongCommitteeState.selector, id, FINALIZED));
        pool.finalize(id);
    }

    function test_Finalize_NeverDrawn_Unwitnessed() public {
        uint256 id = _service(3);
        toAfterReveal(id);
        uint256 marketBefore = token.balanceOf(address(market));
        vm.expectEmit(address(pool));
        emit WitnessPool.CommitteeUnwitnessed(id);
        vm.prank(stranger);
        pool.finalize(id);
        (IWitnessPool.CommitteeStatus st, bool v, uint256 back) = pool.verdict(id);
        vm.assertEq(uint256(st), UNWITNESSED);
        vm.assertFalse(v);
        vm.assertEq(back, 30 * S);
        vm.assertEq(token.balanceOf(address(market)), marketBefore, "nothing moves");
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
        (, bool v,) = pool.verdict(id);
        vm.assertTrue(v);
        WitnessPool.CommitteeView memory c = pool.committee(id);
        vm.assertTrue(c.violated);
        vm.assertEq(uint256(c.violationReports), 3);
        vm.assertEq(uint256(c.revealed), 5);
    }

    function test_Finalize_NoViolationBelowM() public {
        (uint256 id,) = _five(2, 0); // 2 true, 3 silent: W = 2 < M = 3
        pool.finalize(id);
        (, bool v,) = pool.verdict(id);
        vm.assertFalse(v);
    }

    /// Violation: true +10 s from the deposit (into the stake), false 0, none −s burned from
    /// the lock; the pool pulls the pay from the Market, which keeps the rest of 10 n s.
    /// Nothing minted.
    function test_Finalize_Payoffs_Violation() public {
        (uint256 id, address[] memory m) = _five(3, 1); // 3 true, 1 false, 1 silent
        uint256 supply = token.totalSupply();
        uint256 marketBefore = token.balanceOf(address(market));
        vm.expectEmit(address(pool));
        emit WitnessPool.VerdictReached(id, true, 3, 4);
        for (uint256 i; i < 3; ++i) {
            vm.expectEmit(address(pool));
            emit WitnessPool.WitnessPaid(id, m[i], int256(10 * S));
        }
        vm.expectEmit(address(pool));
        emit WitnessPool.WitnessPaid(id, m[3], 0);
        vm.expectEmit(address(pool));
        emit WitnessPool.WitnessPaid(id, m[4], -int256(S));
        pool.finalize(id);
        for (uint256 i; i < 3; ++i) {
            vm.assertEq(wStake(m[i]), 100 ether + 10 * S, "true under Violation: +10 s");
        }
        vm.assertEq(wStake(m[3]), 100 ether, "false under Violation: 0");
        vm.assertEq(wStake(m[4]), 100 ether - S, "silent: -s");
        for (uint256 i; i < 5; ++i) {
            vm.assertEq(wLocked(m[i]), 0, "seat lock released");
        }
        vm.assertEq(token.totalSupply(), supply - S, "the loss is burned, nothing minted");
        vm.assertEq(token.balanceOf(address(market)), marketBefore - 30 * S, "the pay pulled, the rest kept");
        (,, uint256 back) = pool.verdict(id);
        vm.assertEq(back, 20 * S);
    }

    function test_Finalize_Payoffs_NoViolation() public {
        (uint256 id, address[] memory m) = _five(1, 3); // 1 true, 3 false, 1 silent
        uint256 supply = token.totalSupply();
        uint256 marketBefore = token.balanceOf(address(market));
        pool.finalize(id);
        (, bool v, uint256 back) = pool.verdict(id);
        vm.assertFalse(v);
        vm.assertEq(wStake(m[0]), 100 ether - S, "true under NoViolation: -s");
        for (uint256 i = 1; i < 4; ++i) {
            vm.assertEq(wStake(m[i]), 100 ether + S, "false under NoViolation: +s");
        }
        vm.assertEq(wStake(m[4]), 100 ether - S, "silent: -s");
        vm.assertEq(token.totalSupply(), supply - 2 * S);
        vm.assertEq(back, 50 * S - 3 * S);
        vm.assertEq(token.balanceOf(address(market)), marketBefore - 3 * S, "the pay pulled, the rest kept");
    }

    /// conclude: what settle asks of each committee in one call. Never requested: None.
    /// Open: finalized as finalize does (not before the reveal window closed). Ended: the
    /// verdict again, nothing paid or burned twice.
    function test_Conclude_FinalizesOnceThenReadsTheVerdict() public {
        (IWitnessPool.CommitteeStatus st, bool v, uint256 back) = pool.conclude(12345);
        vm.assertEq(uint256(st), NONE);
        (uint256 id, address[] memory m) = _five(3, 1); // 3 true, 1 false, 1 silent: Violation
        vm.warp(pool.committee(id).revealEnd);
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.DeadlineNotReached.selector, pool.committee(id).revealEnd));
        pool.conclude(id);
        vm.warp(pool.committee(id).revealEnd + 1);
        uint256 marketBefore = token.balanceOf(address(market));
        uint256 supply = token.totalSupply();
        vm.expectEmit(address(pool));
        emit WitnessPool.VerdictReached(id, true, 3, 4);
        vm.prank(stranger);
        (st, v, back) = pool.conclude(id);
        vm.assertEq(uint256(st), FINALIZED);
        vm.assertTrue(v);
        vm.assertEq(back, 50 * S - 30 * S);
        vm.assertEq(wStake(m[0]), 100 ether + 10 * S);
        // again: the same answer, nothing moves
        (IWitnessPool.CommitteeStatus st2, bool v2, uint256 back2) = pool.conclude(id);
        vm.assertEq(uint256(st2), FINALIZED);
        vm.assertTrue(v2);
        vm.assertEq(back2, back);
        vm.assertEq(wStake(m[0]), 100 ether + 10 * S, "paid once");
        vm.assertEq(token.balanceOf(address(market)), marketBefore - 30 * S);
        vm.assertEq(token.totalSupply(), supply - S);
        (st2, v2, back2) = pool.verdict(id);
        vm.assertEq(back2, back);
        // an unwitnessed one: its whole 10 n s stays with the Market
        uint256 id2 = _service(3);
        toAfterReveal(id2);
        (st, v, back) = pool.conclude(id2);
        vm.assertEq(uint256(st), UNWITNESSED);
        vm.assertEq(back, 30 * S);
        (st, v, back) = pool.conclude(id2);
        vm.assertEq(uint256(st), UNWITNESSED);
    }

    /// The pool takes the members' pay from the one Market it is bound to, exactly once per
    /// committee: another Market that allowed the pool loses nothing, a second finalize takes
    /// nothing, and an Unwitnessed committee takes nothing at all.
    function test_Finalize_PullsThePayOnceAndOnlyFromTheBoundMarket() public {
        vm.prank(admin);
        Market rogue = new Market(token, pool, mp, admin); // its constructor allows the pool too
        fund(address(rogue));
        vm.assertEq(token.allowance(address(rogue), address(pool)), type(uint256).max);
        (uint256 id,) = _five(0, 4); // 4 false, 1 silent: 4 s paid, s burned
        uint256 rogueBefore = token.balanceOf(address(rogue));
        uint256 marketBefore = token.balanceOf(address(market));
        uint256 poolBefore = token.balanceOf(address(pool));
        pool.finalize(id);
        vm.assertEq(token.balanceOf(address(market)), marketBefore - 4 * S, "the pay, from the bound Market");
        vm.assertEq(token.balanceOf(address(pool)), poolBefore + 4 * S - S, "pay in, the loss burned");
        vm.assertEq(token.balanceOf(address(rogue)), rogueBefore, "nothing from any other account");
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.WrongCommitteeState.selector, id, FINALIZED));
        pool.finalize(id);
        vm.assertEq(token.balanceOf(address(market)), marketBefore - 4 * S, "nothing the second time");
        // settle reads the verdict and refunds the rest of the 10 n s, which never left
        vm.warp(market.segment(_orderOf(id), 0).revealEnd + 1);
        market.settle(_orderOf(id));
        (, uint256 refund,) = market.settlement(_orderOf(id));
        vm.assertEq(refund, 50 * S - 4 * S + S, "the unpaid rest and segment 0's opener share");
    }

    /// A released lock restarts eligibility (free stake grew), except for a loss that takes
    /// exactly the lock (seat fee at or above the bond).
    function test_Finalize_ReleaseRestartsEligibilityOnlyWhenFreeStakeGrows() public {
        WitnessPool fp = _fakePool();
        _fakeRequest(fp, 800, 3, uint64(block.timestamp + 100), 10 ether); // lock = s = 10
        vm.roll(block.number + wp.blockNeed + 1);
        fp.drawCommittee(800);
        address[] memory m = fp.committee(800).members;
        uint256[] memory since = new uint256[](3);
        for (uint256 i; i < 3; ++i) {
            since[i] = fp.witness(m[i]).eligibleSince;
        }
        // m0 reports false (+s), the others stay silent (-s = the whole lock)
        bytes32 c = fp.reportCommitment(800, m[0], false, uint64(block.timestamp), "x");
        vm.prank(m[0]);
        fp.commitReport(800, c);
        vm.warp(fp.committee(800).commitEnd + 1);
        uint64 t = fp.seat(800, m[0]).commitTime;
        vm.prank(m[0]);
        fp.revealReport(800, false, t, "x");
        vm.warp(fp.committee(800).revealEnd + 1);
        vm.roll(block.number + 7);
        fp.finalize(800);
        vm.assertEq(uint256(fp.witness(m[0]).eligibleSince), block.number, "free stake grew");
        vm.assertEq(uint256(fp.witness(m[1]).eligibleSince), since[1], "free stake unchanged");
        vm.assertEq(fp.witness(m[1]).stake, 90 ether);
        vm.assertEq(fp.witness(m[0]).stake, 110 ether);
    }

    function test_Verdict_BeforeFinalizeIsNotViolation() public {
        (uint256 id,) = _five(5, 0);
        (IWitnessPool.CommitteeStatus st, bool v, uint256 back) = pool.verdict(id);
        vm.assertEq(uint256(st), DRAWN);
        vm.assertFalse(v, "only a finalized committee has a verdict");
        vm.assertEq(back, 0);
        vm.assertEq(uint256(pool.committee(id).violationReports), 5);
    }

    function test_IsMember() public {
        uint256 id = _service(3);
        address[] memory m = drawNow(id);
        for (uint256 i; i < 5; ++i) {
            vm.assertEq(pool.isMember(id, witnessAccts[i]), isIn(witnessAccts[i], m));
        }
        vm.assertFalse(pool.isMember(id, alice));
        vm.assertFalse(pool.isMember(id, bob), "no id: never a member");
    }
}
