// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Base} from "./Base.sol";
import {Market} from "../src/Market.sol";
import {WitnessPool} from "../src/WitnessPool.sol";
import {IWitnessPool} from "../src/IWitnessPool.sol";

/// @notice Leases split into segments, a committee each (SPEC §3.10, issue 13): openSegment,
/// the segment view, probe kits, pro-rata settlement, and a fuzz over S × verdicts × opened
/// segments that accounts for every FST.
contract SegmentsTest is Base {
    address internal p0;
    address internal opener = makeAddr("opener");
    address internal stranger = makeAddr("stranger");

    /// 12 units of 5 s in 4 segments of 15 s; winning price 7 FST: fee 84 FST, s = 1.05 FST.
    uint32 internal constant U = 12;
    uint96 internal constant PRICE = 7 ether;
    uint256 internal constant FEE = 84 ether;

    function setUp() public override {
        super.setUp();
        registerProviders();
        addWitnesses("seg", 5, 100 ether);
        registerWitnesses();
        p0 = providerAccts[0];
    }

    function _lease(uint8 segs) internal returns (uint256) {
        return runToService(segmentedParams(U, segs), p0, PRICE);
    }

    function _open(uint256 id, uint8 k) internal {
        vm.warp(market.segment(id, k).start);
        vm.prank(opener);
        market.openSegment(id, k);
    }

    // ================================================================ openSegment

    function test_OpenSegment_RequestsTheCommitteeAndPaysTheOpener() public {
        uint256 id = _lease(4);
        uint256 s = seatFeeOf(id);
        vm.assertEq(s, 1.05 ether, "5 % of 84 FST / 4");
        Market.SegmentView memory sv = market.segment(id, 2);
        vm.assertEq(uint256(sv.end - sv.start), 15);
        vm.assertEq(uint256(sv.openUntil), uint256(sv.start) + 7);
        vm.warp(sv.start);
        uint256 poolBefore = token.balanceOf(address(pool));
        uint256 marketBefore = token.balanceOf(address(market));
        vm.expectEmit(address(pool));
        emit WitnessPool.CommitteeRequested(cid(id, 2), uint64(block.number), 3);
        vm.expectEmit(address(market));
        emit Market.SegmentOpened(id, 2, opener);
        vm.prank(opener);
        market.openSegment(id, 2);
        vm.assertEq(token.balanceOf(opener), s, "one seat fee for the opener");
        vm.assertEq(token.balanceOf(address(pool)), poolBefore, "10 N s stays with the Market");
        vm.assertEq(token.balanceOf(address(market)), marketBefore - s, "only the opener's s leaves");
        WitnessPool.CommitteeView memory c = pool.committee(cid(id, 2));
        vm.assertEq(uint256(c.end), sv.end, "the committee watches segment 2 only");
        vm.assertEq(c.seatFee, s);
        vm.assertEq(c.customer, alice);
        vm.assertEq(c.provider, p0);
        sv = market.segment(id, 2);
        vm.assertEq(uint8(sv.status), uint8(IWitnessPool.CommitteeStatus.Requested));
        vm.assertEq(sv.committeeId, cid(id, 2));
        vm.assertEq(uint256(sv.commitEnd), uint256(sv.end) + wp.commitGrace);
        vm.assertEq(uint256(sv.revealEnd), uint256(sv.end) + wp.commitGrace + wp.reportRevealSeconds);
    }

    /// Anyone may open, the customer and the provider included.
    function test_OpenSegment_ByAnyone() public {
        uint256 id = _lease(4);
        vm.warp(market.segment(id, 1).start);
        vm.prank(p0);
        market.openSegment(id, 1);
        vm.warp(market.segment(id, 2).start);
        vm.prank(alice);
        market.openSegment(id, 2);
        vm.assertEq(uint8(market.segment(id, 2).status), uint8(IWitnessPool.CommitteeStatus.Requested));
    }

    function test_OpenSegment_RevertsWhen_SegmentOutOfRange() public {
        uint256 id = _lease(4);
        vm.expectRevert(abi.encodeWithSelector(Market.SegmentOutOfRange.selector, uint8(0), uint8(4)));
        market.openSegment(id, 0);
        vm.expectRevert(abi.encodeWithSelector(Market.SegmentOutOfRange.selector, uint8(4), uint8(4)));
        market.openSegment(id, 4);
        vm.expectRevert(abi.encodeWithSelector(Market.SegmentOutOfRange.selector, uint8(5), uint8(4)));
        market.segment(id, 5);
    }

    function test_OpenSegment_RevertsWhen_SegmentNotStarted() public {
        uint256 id = _lease(4);
        uint64 start = market.segment(id, 1).start;
        vm.warp(start - 1);
        vm.expectRevert(abi.encodeWithSelector(Market.SegmentNotStarted.selector, start));
        market.openSegment(id, 1);
    }

    /// Only during the first half of the segment.
    function test_OpenSegment_RevertsWhen_FirstHalfOver() public {
        uint256 id = _lease(4);
        Market.SegmentView memory sv = market.segment(id, 1);
        vm.warp(sv.openUntil - 1);
        market.openSegment(id, 1);
        sv = market.segment(id, 2);
        vm.warp(sv.openUntil);
        vm.expectRevert(abi.encodeWithSelector(Market.DeadlinePassed.selector, sv.openUntil));
        market.openSegment(id, 2);
    }

    function test_OpenSegment_RevertsWhen_AlreadyOpened() public {
        uint256 id = _lease(4);
        _open(id, 1);
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.CommitteeExists.selector, cid(id, 1)));
        market.openSegment(id, 1);
    }

    function test_OpenSegment_RevertsWhen_WrongState() public {
        uint256 id = runToDeploying(segmentedParams(U, 4), p0, PRICE);
        vm.expectRevert(abi.encodeWithSelector(Market.WrongState.selector, id, uint8(Market.State.Deploying)));
        market.openSegment(id, 1);
    }

    // ================================================================ issue 13's rules

    /// A segment's committee is requested only once the segment has begun, so it cannot be
    /// drawn, nor known, before then.
    function test_Segment_CommitteeOfSegmentKCannotBeDrawnBeforeSegmentKBegins() public {
        uint256 id = _lease(4);
        for (uint8 k = 1; k < 4; ++k) {
            Market.SegmentView memory sv = market.segment(id, k);
            vm.roll(block.number + 300);
            vm.expectRevert(
                abi.encodeWithSelector(WitnessPool.WrongCommitteeState.selector, sv.committeeId, uint8(0))
            );
            pool.drawCommittee(sv.committeeId);
            vm.warp(sv.start - 1);
            vm.expectRevert(abi.encodeWithSelector(Market.SegmentNotStarted.selector, sv.start));
            market.openSegment(id, k);
            vm.warp(sv.start);
            market.openSegment(id, k);
            uint256 requestBlock = pool.committee(sv.committeeId).requestBlock;
            vm.expectRevert(
                abi.encodeWithSelector(
                    WitnessPool.DrawNotDue.selector, uint64(block.number), uint64(requestBlock + wp.blockNeed)
                )
            );
            pool.drawCommittee(sv.committeeId);
            vm.roll(requestBlock + wp.blockNeed + 1);
            pool.drawCommittee(sv.committeeId);
            vm.assertGe(block.timestamp, sv.start, "drawn within its own segment");
            vm.assertEq(uint8(pool.committee(sv.committeeId).status), uint8(IWitnessPool.CommitteeStatus.Drawn));
        }
    }

    /// Each segment's committee comes from its own seed (its own request's window and its own
    /// id): knowing one committee tells nothing of the next.
    function test_Segment_TwoSegmentsCommitteesAreIndependentDraws() public {
        uint256 id = _lease(4);
        uint256 c0 = cid(id, 0);
        uint256 c1 = cid(id, 1);
        vm.roll(pool.drawDueAfter(c0) + 1);
        pool.drawCommittee(c0);
        _open(id, 1);
        vm.roll(pool.drawDueAfter(c1) + 1);
        pool.drawCommittee(c1);
        WitnessPool.CommitteeView memory a = pool.committee(c0);
        WitnessPool.CommitteeView memory b = pool.committee(c1);
        vm.assertGt(uint256(b.seedBlock), uint256(a.seedBlock) + wp.blockNeed, "disjoint seed windows");
        bytes32 seedA = _seed(c0, a.seedBlock);
        bytes32 seedB = _seed(c1, b.seedBlock);
        vm.assertNotEq(seedA, seedB);
        // the same window under another id gives another seed: ids enter the seed too
        vm.assertNotEq(_seed(c1, a.seedBlock), seedA);
        vm.assertEq(a.members, _membersFrom(seedA, a));
        vm.assertEq(b.members, _membersFrom(seedB, b));
        vm.assertTrue(keccak256(abi.encode(a.members)) != keccak256(abi.encode(b.members)), "another committee");
    }

    function _seed(uint256 committeeId, uint256 seedBlock) internal view returns (bytes32 seed) {
        seed = bytes32(committeeId);
        for (uint256 bn = seedBlock + 1; bn <= seedBlock + wp.blockNeed; ++bn) {
            seed = keccak256(abi.encode(seed, blockhash(bn)));
        }
    }

    /// The first n distinct witnesses of the candidate sequence (all ten are eligible here).
    function _membersFrom(bytes32 seed, WitnessPool.CommitteeView memory c) internal view returns (address[] memory m) {
        m = new address[](c.n);
        uint256 count;
        for (uint256 i; count < c.n; ++i) {
            address w = pool.witnessAt(uint256(keccak256(abi.encode(seed, i))) % c.listLength);
            if (!isIn(w, m)) m[count++] = w;
        }
    }

    // ================================================================ settlement, pro rata

    /// The demo's story: the provider stops during segment 3 of 4. Segments 1–2 are paid to
    /// the provider, 3–4 refunded to the customer, and half the collateral is burned.
    function test_Settle_ProRata_TwoOfFourSegmentsViolated() public {
        uint256 aliceBefore = token.balanceOf(alice);
        uint256 id = _lease(4);
        uint256 afterClose = token.balanceOf(alice);
        uint256 s = seatFeeOf(id);
        uint256 coll = market.lease(id).collateral;
        uint256 supply = token.totalSupply();
        bool[4] memory violated = [false, false, true, true];
        for (uint8 k; k < 4; ++k) {
            if (k > 0) _open(id, k);
            witnessSegment(cid(id, k), violated[k]);
        }
        vm.warp(market.segment(id, 3).revealEnd + 1);
        // witnesses: NoViolation segments pay 3 s, Violation segments 30 s
        uint256 paid = 2 * 3 * s + 2 * 30 * s;
        uint256 deposit = 4 * 31 * s;
        uint256 refund = FEE / 2 + deposit - paid - 3 * s; // three openers were paid
        vm.expectEmit(address(market));
        emit Market.OrderSettled(id, 2, FEE / 2, refund);
        market.settle(id);
        vm.assertEq(token.totalSupply(), supply - coll / 2, "half the collateral burned, nothing else");
        vm.assertEq(stakeOf(p0), 1000 ether - coll / 2);
        vm.assertEq(lockedOf(p0), 0);
        market.finish(id);
        vm.assertEq(token.balanceOf(p0), FUND - 1000 ether + FEE / 2);
        vm.assertEq(token.balanceOf(alice), afterClose + refund);
        vm.assertEq(token.balanceOf(alice), aliceBefore - FEE / 2 - paid - 3 * s, "pays half the fee and the witnesses");
        vm.assertEq(token.balanceOf(opener), 3 * s);
        for (uint8 k; k < 4; ++k) {
            Market.SegmentView memory sv = market.segment(id, k);
            vm.assertEq(uint8(sv.status), uint8(IWitnessPool.CommitteeStatus.Finalized));
            vm.assertEq(sv.violated, violated[k]);
        }
    }

    /// A segment nobody opened: unwitnessed, the provider paid for it, N s of its deposit burned
    /// and the rest back to the customer.
    function test_Settle_UnopenedSegment_BurnsNSeatFees() public {
        uint256 id = _lease(2);
        uint256 s = seatFeeOf(id);
        vm.assertEq(s, 2.1 ether);
        uint256 afterClose = token.balanceOf(alice);
        uint256 supply = token.totalSupply();
        witnessSegment(cid(id, 0), false);
        vm.warp(market.segment(id, 1).openUntil);
        vm.expectRevert(abi.encodeWithSelector(Market.DeadlinePassed.selector, market.segment(id, 1).openUntil));
        market.openSegment(id, 1);
        vm.warp(market.segment(id, 1).revealEnd + 1);
        // segment 0: 3 s paid, 27 s back, plus its opener share s; segment 1: 3 s burned, 28 s back
        uint256 refund = 27 * s + s + 28 * s;
        vm.expectEmit(address(market));
        emit Market.OrderSettled(id, 0, FEE, refund);
        market.settle(id);
        vm.assertEq(token.totalSupply(), supply - 3 * s, "N seat fees burned");
        market.finish(id);
        vm.assertEq(token.balanceOf(alice), afterClose + refund);
        vm.assertEq(token.balanceOf(p0), FUND - 1000 ether + FEE);
        vm.assertEq(uint8(market.segment(id, 1).status), uint8(IWitnessPool.CommitteeStatus.None));
    }

    /// settle finalizes, in one transaction, every committee nobody finalized.
    function test_Settle_FinalizesEveryOpenCommittee() public {
        uint256 id = _lease(4);
        for (uint8 k; k < 4; ++k) {
            if (k > 0) _open(id, k);
            vm.roll(pool.drawDueAfter(cid(id, k)) + 1);
            pool.drawCommittee(cid(id, k));
        }
        pool.committee(cid(id, 0)); // drawn, no reports
        vm.warp(market.segment(id, 3).revealEnd + 1);
        pool.finalize(cid(id, 1)); // one finalized before
        market.settle(id);
        for (uint8 k; k < 4; ++k) {
            vm.assertEq(uint8(market.segment(id, k).status), uint8(IWitnessPool.CommitteeStatus.Finalized));
        }
        (uint256 payout,, uint8 v) = market.settlement(id);
        vm.assertEq(payout, FEE);
        vm.assertEq(uint256(v), 0);
    }

    function test_Settle_RevertsWhen_LastSegmentRevealWindowOpen() public {
        uint256 id = _lease(4);
        uint64 ready = market.segment(id, 3).revealEnd;
        vm.warp(market.segment(id, 2).revealEnd + 1);
        vm.expectRevert(abi.encodeWithSelector(Market.DeadlineNotReached.selector, ready));
        market.settle(id);
    }

    function test_SegmentView_WindowsAndStatus() public {
        uint256 id = runToDeploying(segmentedParams(U, 3), p0, PRICE);
        Market.SegmentView memory sv = market.segment(id, 1);
        vm.assertEq(sv.committeeId, cid(id, 1));
        vm.assertEq(uint256(sv.start) + sv.end, 0, "no windows before the service starts");
        vm.prank(alice);
        market.fulfill(id, MODULE);
        vm.prank(p0);
        market.confirmDeployment(id);
        uint256 t0 = block.timestamp;
        for (uint8 k; k < 3; ++k) {
            sv = market.segment(id, k);
            vm.assertEq(uint256(sv.start), t0 + 20 * k);
            vm.assertEq(uint256(sv.end), t0 + 20 * (k + 1));
            vm.assertEq(uint256(sv.openUntil), k == 0 ? sv.start : t0 + 20 * k + 10);
            vm.assertEq(uint256(sv.commitEnd), sv.end + wp.commitGrace);
            vm.assertEq(uint256(sv.revealEnd), sv.end + wp.commitGrace + wp.reportRevealSeconds);
            vm.assertEq(
                uint8(sv.status),
                uint8(k == 0 ? IWitnessPool.CommitteeStatus.Requested : IWitnessPool.CommitteeStatus.None)
            );
        }
        vm.expectRevert(abi.encodeWithSelector(Market.UnknownOrder.selector, 999));
        market.segment(999, 0);
    }

    // ================================================================ postProbeKit

    function test_PostProbeKit_EmitsOneKitPerMember() public {
        uint256 id = _lease(4);
        address[] memory m = drawNow(cid(id, 0));
        bytes[] memory kits = new bytes[](3);
        for (uint256 i; i < 3; ++i) {
            kits[i] = abi.encodePacked("sealed kit for ", m[i]);
            vm.expectEmit(address(market));
            emit Market.ProbeKit(id, 0, m[i], kits[i]);
        }
        vm.prank(alice);
        market.postProbeKit(id, 0, m, kits);
    }

    function test_PostProbeKit_RevertsWhen_NotCustomer() public {
        uint256 id = _lease(4);
        address[] memory m = drawNow(cid(id, 0));
        vm.expectRevert(abi.encodeWithSelector(Market.NotCustomer.selector, id, p0));
        vm.prank(p0);
        market.postProbeKit(id, 0, m, new bytes[](3));
    }

    function test_PostProbeKit_RevertsWhen_LengthsDiffer() public {
        uint256 id = _lease(4);
        address[] memory m = drawNow(cid(id, 0));
        vm.expectRevert(abi.encodeWithSelector(Market.ProbeKitLengthMismatch.selector, 3, 2));
        vm.prank(alice);
        market.postProbeKit(id, 0, m, new bytes[](2));
        vm.expectRevert(abi.encodeWithSelector(Market.ProbeKitLengthMismatch.selector, 0, 0));
        vm.prank(alice);
        market.postProbeKit(id, 0, new address[](0), new bytes[](0));
    }

    function test_PostProbeKit_RevertsWhen_CommitteeNotDrawn() public {
        uint256 id = _lease(4);
        address[] memory one = new address[](1);
        one[0] = witnessAccts[0];
        vm.expectRevert(abi.encodeWithSelector(Market.CommitteeNotDrawn.selector, cid(id, 0), uint8(1)));
        vm.prank(alice);
        market.postProbeKit(id, 0, one, new bytes[](1));
        vm.expectRevert(abi.encodeWithSelector(Market.CommitteeNotDrawn.selector, cid(id, 1), uint8(0)));
        vm.prank(alice);
        market.postProbeKit(id, 1, one, new bytes[](1));
    }

    function test_PostProbeKit_RevertsWhen_NotCommitteeMember() public {
        uint256 id = _lease(4);
        address[] memory m = drawNow(cid(id, 0));
        address outsider;
        for (uint256 i; i < witnessAccts.length; ++i) {
            if (!isIn(witnessAccts[i], m)) outsider = witnessAccts[i];
        }
        m[1] = outsider;
        vm.expectRevert(abi.encodeWithSelector(Market.NotCommitteeMember.selector, cid(id, 0), outsider));
        vm.prank(alice);
        market.postProbeKit(id, 0, m, new bytes[](3));
    }

    function test_PostProbeKit_RevertsWhen_SegmentOutOfRangeOrWrongState() public {
        uint256 id = _lease(4);
        vm.expectRevert(abi.encodeWithSelector(Market.SegmentOutOfRange.selector, uint8(4), uint8(4)));
        vm.prank(alice);
        market.postProbeKit(id, 4, new address[](1), new bytes[](1));
        uint256 id2 = runToDeploying(segmentedParams(U, 4), p0, PRICE);
        vm.expectRevert(abi.encodeWithSelector(Market.WrongState.selector, id2, uint8(Market.State.Deploying)));
        vm.prank(alice);
        market.postProbeKit(id2, 0, new address[](1), new bytes[](1));
    }

    // ================================================================ the fuzz of issue 13

    struct Tally {
        uint256 s;
        uint256 providerPayout;
        uint256 customerRefund;
        uint256 burned;
        uint256 openers;
        uint256 witnessNet; // payoffs credited to stakes
        uint256 witnessLoss; // losses burned from stakes
        uint256 violated;
        uint256 aliceStart;
        uint256 supply;
        uint256 deposit;
        uint256 poolStakes;
        uint8 segs;
    }

    /// Over S × opened/unopened × drawn/undrawn × every member's report (none, false, true):
    /// what settle fixes matches the rules, and every FST of the prepayment and the deposit is
    /// paid, refunded or burned exactly once.
    function testFuzz_Segments_EveryFSTPaidRefundedOrBurnedOnce(uint8 sSeed, uint256 plan) public {
        uint8[5] memory choices = [1, 2, 3, 4, 6];
        Tally memory t;
        t.segs = choices[sSeed % 5];
        t.aliceStart = token.balanceOf(alice);
        uint256 id = _lease(t.segs);
        t.poolStakes = _poolStakes();
        t.supply = token.totalSupply();
        t.s = seatFeeOf(id);
        t.deposit = uint256(t.segs) * 31 * t.s;
        vm.assertEq(token.balanceOf(alice), t.aliceStart - FEE - t.deposit, "after the close: fee + deposit held");
        vm.assertEq(token.balanceOf(address(market)), 3000 ether + FEE + t.deposit, "the deposit stays with the Market");
        for (uint8 k; k < t.segs; ++k) {
            _runSegment(id, k, plan >> (k * 10), t);
            if (k > 0) _revealAll(id, k - 1);
        }
        _revealAll(id, t.segs - 1);
        vm.warp(market.segment(id, t.segs - 1).revealEnd + 1);
        _settleAndCheck(id, t);
    }

    function _runSegment(uint256 id, uint8 k, uint256 bits, Tally memory t) internal {
        vm.warp(market.segment(id, k).start);
        if (k != 0 && bits & 1 == 0) {
            // nobody opens it
            t.burned += 3 * t.s;
            t.customerRefund += 28 * t.s;
            t.providerPayout += FEE / t.segs;
            return;
        }
        if (k > 0) {
            vm.prank(opener);
            market.openSegment(id, k);
            t.openers += t.s;
        }
        _runCommittee(id, k, bits >> 1, t);
    }

    function _settleAndCheck(uint256 id, Tally memory t) internal {
        uint256 coll = market.lease(id).collateral;
        market.settle(id);
        t.customerRefund += t.s; // segment 0's opener share
        uint256 collBurn = coll * t.violated / t.segs;
        (uint256 payout, uint256 refund, uint8 v) = market.settlement(id);
        vm.assertEq(uint256(v), t.violated, "violated segments");
        vm.assertEq(payout, t.providerPayout, "provider payout");
        vm.assertEq(refund, t.customerRefund, "customer refund");
        vm.assertEq(token.totalSupply(), t.supply - t.burned - t.witnessLoss - collBurn, "burned exactly");
        market.finish(id);
        // every FST of fee + deposit went exactly one way
        vm.assertEq(
            FEE + t.deposit,
            payout + refund + t.openers + t.witnessNet + t.burned,
            "fee + deposit = provider + customer + openers + witnesses + unopened burns"
        );
        vm.assertEq(token.balanceOf(address(market)), 3000 ether - collBurn, "the Market holds only stakes");
        vm.assertEq(token.balanceOf(address(pool)), _poolStakes(), "the pool holds only stakes");
        vm.assertEq(_poolStakes(), t.poolStakes + t.witnessNet - t.witnessLoss, "stakes moved by payoffs");
        vm.assertEq(token.balanceOf(opener), t.openers);
        vm.assertEq(token.balanceOf(alice), t.aliceStart - FEE - t.deposit + refund);
        vm.assertEq(lockedOf(p0), 0);
        for (uint256 i; i < pool.witnessListLength(); ++i) {
            vm.assertEq(wLocked(pool.witnessAt(i)), 0);
        }
    }

    function _poolStakes() internal view returns (uint256 total) {
        for (uint256 i; i < pool.witnessListLength(); ++i) {
            address w = pool.witnessAt(i);
            if (w != address(0)) total += wStake(w);
        }
    }

    /// Draws (or not) segment k's committee and commits each member's report by `bits`: bit 0
    /// draw, then per member two bits (0: silent, 1: false, 2 or 3: true). Tallies the expected
    /// payoffs.
    function _runCommittee(uint256 id, uint8 k, uint256 bits, Tally memory t) internal {
        uint256 c = cid(id, k);
        if (bits & 1 == 0) {
            // nobody draws: settle finds it incomplete and makes it unwitnessed
            t.providerPayout += FEE / t.segs;
            t.customerRefund += 30 * t.s;
            return;
        }
        address[] memory m = drawNow(c);
        uint256 trues;
        uint256 revealed;
        for (uint256 i; i < m.length; ++i) {
            uint256 r = (bits >> (1 + 2 * i)) & 3;
            if (r == 0) continue;
            commitAs(c, m[i], r >= 2);
            ++revealed;
            if (r >= 2) ++trues;
        }
        bool violated = trues >= 2;
        uint256 paid = violated ? 10 * t.s * trues : t.s * (revealed - trues);
        uint256 losses = (3 - revealed) + (violated ? 0 : trues);
        t.witnessNet += paid;
        t.witnessLoss += losses * t.s;
        t.customerRefund += 30 * t.s - paid;
        if (violated) {
            ++t.violated;
            t.customerRefund += FEE / t.segs;
        } else {
            t.providerPayout += FEE / t.segs;
        }
    }

    /// Reveals, in segment k's reveal window, every report committed there.
    function _revealAll(uint256 id, uint8 k) internal {
        uint256 c = cid(id, k);
        WitnessPool.CommitteeView memory cv = pool.committee(c);
        if (cv.status != IWitnessPool.CommitteeStatus.Drawn) return;
        vm.warp(cv.commitEnd + 1);
        for (uint256 i; i < cv.members.length; ++i) {
            WitnessPool.SeatView memory st = pool.seat(c, cv.members[i]);
            if (!st.committed) continue;
            // commitAs used T = commit time and violated as committed: try both
            bytes32 secret = reportSecret(cv.members[i]);
            bool v = pool.reportCommitment(c, cv.members[i], true, st.commitTime, secret) == st.commitment;
            revealAs(c, cv.members[i], v);
        }
    }
}
