// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Base} from "./Base.sol";
import {Market} from "../src/Market.sol";
import {WitnessPool} from "../src/WitnessPool.sol";
import {IWitnessPool} from "../src/IWitnessPool.sol";
import {FaaSToken} from "../src/FaaSToken.sol";
import {Presets} from "../src/Presets.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";

/// @notice The attacks of SPEC v2 (issue 10's list, 1–11), each written as the attacker would
/// run it against the contracts, and each failing now. Numbers follow the issue.
contract AttacksTest is Base {
    address internal p0;
    address internal mallory = makeAddr("mallory"); // the attacker's main account
    address[] internal sybils; // the attacker's witnesses
    address[] internal honest; // witnesses the attacker does not control

    function setUp() public override {
        super.setUp();
        registerProviders();
        p0 = providerAccts[0];
        fund(mallory);
        honest = addWitnesses("honest", 12, 100 ether);
        sybils = addWitnesses("sybil", 6, 100 ether);
        vm.roll(block.number + 1);
    }

    function _countIn(address[] memory xs, address[] memory set) internal pure returns (uint256 n) {
        for (uint256 i; i < xs.length; ++i) {
            if (isIn(xs[i], set)) ++n;
        }
    }

    /// mallory's order, won by p0 and in service: the committee id of segment 0.
    function _malloryLease(uint8 n) internal returns (uint256 c) {
        Market.OrderParams memory op = orderParams(0);
        op.witnessCount = n;
        vm.prank(mallory);
        uint256 id = market.createOrder(op);
        bidAs(p0, id, 5 ether);
        toCloseAndMatch(id);
        vm.prank(p0);
        market.publishDeployment(id, "e", "");
        vm.startPrank(mallory);
        market.acceptDeployment(id);
        market.fulfill(id, MODULE);
        vm.stopPrank();
        vm.prank(p0);
        market.confirmDeployment(id);
        return cid(id, 0);
    }

    // ================================================================ 1. committee grinding

    /// v1: a customer owning witnesses reshaped the drawable set between request and draw —
    /// spare accounts registered in the draw block, parked witnesses switched on, its own
    /// topped up — until it held 2 of 3 seats. v2: the committee comes from the list as it
    /// stood at the request and `eligibleSince < requestBlock`; none of it adds a seat.
    function test_Attack1_CommitteeGrinding_ChangesAfterTheRequestAddNoSeat() public {
        // two of mallory's witnesses park before the request, to be switched on once the seed
        // is known
        vm.prank(sybils[4]);
        pool.setAvailable(false);
        vm.prank(sybils[5]);
        pool.setAvailable(false);
        vm.roll(block.number + 1);
        uint256 c = _malloryLease(3);
        vm.roll(pool.drawDueAfter(c) + 1);
        uint256 snap = vm.snapshotState();
        pool.drawCommittee(c);
        address[] memory baseline = pool.committee(c).members;
        uint256 baseSeats = _countIn(baseline, sybils);
        vm.revertToState(snap);

        // the attack, in the draw block, knowing the seed
        address[] memory spares = addWitnesses("spare", 30, 100 ether);
        vm.startPrank(sybils[4]);
        pool.setAvailable(true);
        pool.addWitnessStake(50 ether);
        vm.stopPrank();
        vm.prank(sybils[5]);
        pool.setAvailable(true);
        vm.prank(sybils[0]);
        pool.addWitnessStake(1 ether);
        vm.prank(mallory);
        pool.drawCommittee(c);
        address[] memory got = pool.committee(c).members;
        vm.assertEq(_countIn(got, spares), 0, "a witness registered after the request is never drawn");
        vm.assertFalse(isIn(sybils[4], got) || isIn(sybils[5], got) || isIn(sybils[0], got), "nor one switched on or topped up");
        vm.assertLe(_countIn(got, sybils), baseSeats, "never more of mallory's seats");
    }

    /// Exits and going offline only take mallory's own witnesses out: honest ones fill in.
    function test_Attack1_CommitteeGrinding_ExitsOnlyRemoveTheAttackersOwn() public {
        uint256 c = _malloryLease(5);
        vm.roll(pool.drawDueAfter(c) + 1);
        uint256 snap = vm.snapshotState();
        pool.drawCommittee(c);
        address[] memory baseline = pool.committee(c).members;
        vm.revertToState(snap);
        for (uint256 i; i < 3; ++i) {
            vm.prank(sybils[i]);
            pool.requestWitnessExit();
        }
        vm.prank(sybils[3]);
        pool.setAvailable(false);
        pool.drawCommittee(c);
        address[] memory got = pool.committee(c).members;
        vm.assertLe(_countIn(got, sybils), _countIn(baseline, sybils));
        for (uint256 i; i < 4; ++i) {
            vm.assertFalse(isIn(sybils[i], got));
        }
        for (uint256 i; i < got.length; ++i) {
            vm.assertTrue(isIn(got[i], honest) || isIn(got[i], sybils), "only witnesses of the request's pool");
        }
    }

    /// The fuzz of attack 1: after a request, any sequence of register / setAvailable /
    /// addStake / exit / partial withdrawal by mallory's witnesses and fresh accounts, and of
    /// finalize of mallory's other committees (which release its witnesses' locks), leaves the
    /// committee drawn from witnesses eligible at the request, with never more of mallory's
    /// seats than without the interference.
    function testFuzz_Attack1_CommitteeGrinding_NoSequenceAddsASeat(uint256 script) public {
        // another lease of mallory's whose committee holds only her witnesses (the honest ones
        // were offline at its request), over and left for mallory to finalize when it suits her
        _setAvailable(honest, false);
        vm.roll(block.number + 1);
        uint256 other = _malloryLease(3);
        vm.roll(pool.drawDueAfter(other) + 1);
        pool.drawCommittee(other);
        vm.assertEq(_countIn(pool.committee(other).members, sybils), 3);
        _setAvailable(honest, true);
        vm.warp(pool.committee(other).revealEnd + 1);
        vm.roll(block.number + 1);
        uint256 c = _malloryLease(5);
        bool[] memory eligibleAtRequest = new bool[](pool.witnessListLength());
        for (uint256 i; i < eligibleAtRequest.length; ++i) {
            WitnessPool.WitnessView memory w = pool.witness(pool.witnessAt(i));
            eligibleAtRequest[i] = w.available && !w.exiting && w.stake - w.locked >= wp.witnessBond;
        }
        vm.roll(pool.drawDueAfter(c) + 1);
        uint256 snap = vm.snapshotState();
        pool.drawCommittee(c);
        uint256 baseSeats = _countIn(pool.committee(c).members, sybils);
        vm.revertToState(snap);

        for (uint256 step; step < 8; ++step) {
            uint256 r = uint256(keccak256(abi.encode(script, step)));
            address w = sybils[r % sybils.length];
            uint256 action = (r >> 8) % 7;
            if (action == 0) {
                addWitnesses(string.concat("fz", vm.toString(step)), 1, 60 ether);
            } else if (action == 1) {
                vm.prank(w);
                try pool.setAvailable((r >> 16) % 2 == 0) {} catch {}
            } else if (action == 2) {
                vm.prank(w);
                pool.addWitnessStake(1 ether + (r >> 16) % 100 ether);
            } else if (action == 3) {
                vm.prank(w);
                try pool.requestWitnessExit() {} catch {}
            } else if (action == 4) {
                vm.prank(w);
                try pool.withdrawWitnessStake(1 ether) {} catch {}
            } else if (action == 5) {
                try pool.finalize(other) {} catch {}
            } else {
                vm.roll(block.number + 1 + (r >> 16) % 3);
            }
        }
        pool.drawCommittee(c);
        address[] memory got = pool.committee(c).members;
        for (uint256 i; i < got.length; ++i) {
            uint256 index = pool.witness(got[i]).index;
            vm.assertTrue(index < eligibleAtRequest.length && eligibleAtRequest[index], "drawn from the request's pool");
        }
        vm.assertLe(_countIn(got, sybils), baseSeats, "no more of mallory's seats");
    }

    function _setAvailable(address[] memory ws, bool on) internal {
        for (uint256 i; i < ws.length; ++i) {
            vm.prank(ws[i]);
            pool.setAvailable(on);
        }
    }

    /// SPEC §8, a known limit: finalizing a committee releases its members' locks, which
    /// restarts their eligibility, so timing a finalize can take an honest witness out of a
    /// pending draw (never put one in). Shown here so that the limit is not forgotten.
    function test_KnownLimit_FinalizeTimingCanOnlyRemoveACandidate() public {
        uint256 other = _malloryLease(15);
        vm.roll(pool.drawDueAfter(other) + 1);
        pool.drawCommittee(other);
        address[] memory busy = pool.committee(other).members;
        vm.warp(pool.committee(other).revealEnd + 1);
        vm.roll(block.number + 1);
        uint256 c = _malloryLease(15);
        vm.roll(pool.drawDueAfter(c) + 1);
        uint256 snap = vm.snapshotState();
        pool.drawCommittee(c);
        address[] memory baseline = pool.committee(c).members;
        vm.revertToState(snap);
        pool.finalize(other);
        pool.drawCommittee(c);
        address[] memory got = pool.committee(c).members;
        for (uint256 i; i < got.length; ++i) {
            vm.assertTrue(isIn(got[i], baseline), "nobody added");
            vm.assertFalse(isIn(got[i], busy), "released witnesses wait for the next request");
        }
    }

    // ================================================================ 2. caller-chosen seed

    /// v1: past 256 blocks the fallback seed let the caller choose among known seeds. v2: the
    /// committee does not depend on who draws or when; a late call re-requests.
    function test_Attack2_CallerChosenSeed_SameCommitteeWhoeverAndWhenever() public {
        uint256 c = _malloryLease(5);
        uint256 rb = pool.committee(c).requestBlock;
        address[3] memory callers = [mallory, p0, makeAddr("anyone")];
        uint64[3] memory delays = [uint64(wp.blockNeed + 1), 100, 256];
        address[] memory first;
        for (uint256 i; i < 3; ++i) {
            uint256 snap = vm.snapshotState();
            vm.roll(rb + delays[i]);
            vm.prank(callers[i]);
            pool.drawCommittee(c);
            address[] memory m = pool.committee(c).members;
            if (i == 0) first = m;
            else vm.assertEq(m, first, "who draws and when does not matter");
            vm.revertToState(snap);
        }
    }

    /// Waiting out the 256 readable blocks gets the attacker nothing: the call re-requests, the
    /// new window is made of blocks still to come, and eligibility stays that of the request.
    function test_Attack2_CallerChosenSeed_PastTheWindowReRequests() public {
        uint256 c = _malloryLease(5);
        uint256 rb = pool.committee(c).requestBlock;
        vm.roll(rb + 400);
        // meanwhile mallory registers more witnesses, hoping the new window admits them
        address[] memory late = addWitnesses("late", 10, 100 ether);
        vm.prank(mallory);
        pool.drawCommittee(c);
        WitnessPool.CommitteeView memory v = pool.committee(c);
        vm.assertEq(uint8(v.status), uint8(IWitnessPool.CommitteeStatus.Requested), "nothing drawn");
        vm.assertEq(uint256(v.seedBlock), rb + 400);
        vm.assertEq(uint256(v.requestBlock), rb);
        vm.assertEq(uint256(v.listLength), 18, "L of the request");
        vm.roll(rb + 400 + wp.blockNeed + 1);
        address[] memory expected = expectedCommittee(c);
        vm.prank(mallory);
        pool.drawCommittee(c);
        address[] memory got = pool.committee(c).members;
        vm.assertEq(got, expected);
        vm.assertEq(_countIn(got, late), 0, "the late witnesses are not drawn");
    }

    /// The fuzz of attack 2: any caller, any delay (re-request path included), any number of
    /// re-requests: the committee is the reference draw of its final window, from the
    /// request's pool.
    function testFuzz_Attack2_CallerChosenSeed_CommitteeIndependentOfCallerAndTime(address caller, uint16 wait)
        public
    {
        vm.assume(caller != address(0));
        uint256 c = _malloryLease(5);
        uint256 rb = pool.committee(c).requestBlock;
        vm.roll(rb + wp.blockNeed + 1 + uint256(wait) % 1200);
        vm.prank(caller);
        pool.drawCommittee(c);
        if (pool.committee(c).status == IWitnessPool.CommitteeStatus.Requested) {
            vm.assertGt(uint256(wait) % 1200 + wp.blockNeed + 1, 256, "a re-request only past the window");
            vm.roll(pool.drawDueAfter(c) + 1);
            address[] memory expected = expectedCommittee(c);
            vm.prank(caller);
            pool.drawCommittee(c);
            vm.assertEq(pool.committee(c).members, expected);
        } else {
            // within the window: the committee of the request's own seed
            vm.assertEq(uint256(pool.committee(c).seedBlock), rb);
        }
        vm.assertEq(uint256(pool.committee(c).requestBlock), rb);
    }

    // ================================================================ 3. free seats

    /// v1: 1-wei, 10-year orders locked every witness bond for free; later leases went
    /// unwitnessed. v2: a seat costs at least minSeatFeePerUnit per unit, paid to the
    /// witnesses from the customer's deposit; a witness holds several seats; free stake above
    /// the minimum can be withdrawn at any time.
    function test_Attack3_FreeSeats_DustLeasesPayForEverySeatAndLockNobodyOut() public {
        // the longest dev lease: 8 segments of an hour, at 1 wei per unit
        Market.OrderParams memory op = segmentedParams(8 * 720, 8);
        op.maxUnitPrice = 1;
        (, uint256 deposit, uint256 s) = market.orderCost(op);
        vm.assertEq(s, 7.2 ether, "0.01 FST per unit and seat: 720 units a segment");
        vm.assertEq(deposit, 8 * 31 * 7.2 ether);
        uint256[] memory dust = new uint256[](4);
        for (uint256 i; i < 4; ++i) {
            vm.prank(mallory);
            dust[i] = market.createOrder(op);
            bidAs(p0, dust[i], 1);
        }
        vm.warp(block.timestamp + op.biddingSeconds);
        for (uint256 i; i < 4; ++i) {
            market.closeBidding(dust[i]);
            vm.prank(p0);
            market.publishDeployment(dust[i], "e", "");
            vm.startPrank(mallory);
            market.acceptDeployment(dust[i]);
            market.fulfill(dust[i], MODULE);
            vm.stopPrank();
            vm.prank(p0);
            market.confirmDeployment(dust[i]);
        }
        vm.roll(block.number + wp.blockNeed + 1);
        for (uint256 i; i < 4; ++i) {
            pool.drawCommittee(cid(dust[i], 0));
        }
        // twelve dust seats, yet an honest lease still gets its full committee
        uint256 h = runToService(orderParams(0), providerAccts[1], 5 ether);
        address[] memory m = drawNow(cid(h, 0));
        vm.assertEq(m.length, 3, "nobody is locked out");
        // a witness with dust seats still withdraws what is free above the minimum
        address busy = pool.committee(cid(dust[0], 0)).members[0];
        vm.assertGt(wLocked(busy), 0);
        uint256 free = wStake(busy) - (wLocked(busy) > wp.minWitnessStake ? wLocked(busy) : wp.minWitnessStake);
        vm.prank(busy);
        pool.withdrawWitnessStake(free);
        // the dust seats are paid: reporting honestly earns s each
        uint256 c0 = cid(dust[0], 0);
        address[] memory dm = pool.committee(c0).members;
        uint256[] memory before = new uint256[](dm.length);
        for (uint256 i; i < dm.length; ++i) {
            before[i] = wStake(dm[i]);
            commitAs(c0, dm[i], false);
        }
        toRevealWindow(c0);
        for (uint256 i; i < dm.length; ++i) {
            revealAs(c0, dm[i], false);
        }
        toAfterReveal(c0);
        pool.finalize(c0);
        for (uint256 i; i < dm.length; ++i) {
            vm.assertEq(wStake(dm[i]), before[i] + s, "a dust seat earns 7.2 FST");
        }
    }

    // ================================================================ 4. minting from dust

    /// v1: one actor as customer, provider and witnesses minted 30 reward units per 1-wei
    /// lease. v2: nothing mints; witness pay is the actor's own deposit moving between its
    /// accounts.
    function test_Attack4_MintingFromDust_SelfDealtLeaseCreatesNoFST() public {
        // a fresh market whose only witnesses are mallory's
        deployAll(mp, wp);
        fund(mallory);
        address prov = newProvider("mallory-provider", 100 ether);
        address[] memory mine = addWitnesses("mallory-w", 3, 50 ether);
        vm.roll(block.number + 1);
        address[] memory all = new address[](5);
        all[0] = mallory;
        all[1] = prov;
        for (uint256 i; i < 3; ++i) {
            all[2 + i] = mine[i];
        }
        uint256 supply = token.totalSupply();
        uint256 wealth = _wealth(all);
        for (uint256 round; round < 3; ++round) {
            vm.prank(mallory);
            uint256 id = market.createOrder(
                Market.OrderParams({
                    levelId: 0,
                    durationUnits: 4,
                    maxUnitPrice: 1,
                    biddingSeconds: 2,
                    revealSeconds: 0,
                    witnessCount: 3,
                    segments: 1
                })
            );
            bidAs(prov, id, 1);
            toCloseAndMatch(id);
            vm.prank(prov);
            market.publishDeployment(id, "e", "");
            vm.startPrank(mallory);
            market.acceptDeployment(id);
            market.fulfill(id, MODULE);
            vm.stopPrank();
            vm.prank(prov);
            market.confirmDeployment(id);
            witnessSegment(cid(id, 0), false);
            toAfterReveal(cid(id, 0));
            market.settle(id);
            market.finish(id);
            vm.assertLe(token.totalSupply(), supply, "total supply never grows");
            vm.assertLe(_wealth(all), wealth, "the actor's FST never grows");
        }
        vm.assertEq(token.totalSupply(), supply);
    }

    /// Balances plus stakes in the Market and the pool.
    function _wealth(address[] memory xs) internal view returns (uint256 total) {
        for (uint256 i; i < xs.length; ++i) {
            total += token.balanceOf(xs[i]) + market.provider(xs[i]).stake + pool.witness(xs[i]).stake;
        }
    }

    // ================================================================ 5. framing for profit

    /// v1: on Violation the customer received the provider's collateral, so the customer and a
    /// majority of the committee gained by a false verdict. v2: the collateral burns; the
    /// coalition ends exactly where it started (invariant 9).
    function test_Attack5_FramingForProfit_CoalitionGainsNothing() public {
        uint256 malloryBefore = _wealth(_one(mallory));
        uint256 providerBefore = _wealth(_one(p0));
        uint256 c = _malloryLease(3);
        uint256 id = c >> 8;
        vm.roll(pool.drawDueAfter(c) + 1);
        pool.drawCommittee(c);
        address[] memory m = pool.committee(c).members;
        // mallory bribes (or owns) two members: they lie
        uint256 accomplicesBefore = wStake(m[0]) + wStake(m[1]);
        uint256 supply = token.totalSupply();
        uint256 coll = market.lease(id).collateral;
        commitAs(c, m[0], true);
        commitAs(c, m[1], true);
        commitAs(c, m[2], false);
        toRevealWindow(c);
        revealAs(c, m[0], true);
        revealAs(c, m[1], true);
        revealAs(c, m[2], false);
        toAfterReveal(c);
        market.settle(id);
        market.finish(id);
        (,, uint8 v) = market.settlement(id);
        vm.assertEq(uint256(v), 1, "the lie stands");
        // mallory got her fee back and paid her accomplices 10 s each out of her own deposit:
        // together they end exactly where they started
        vm.assertEq(
            _wealth(_one(mallory)) + wStake(m[0]) + wStake(m[1]),
            malloryBefore + accomplicesBefore,
            "the coalition gains nothing"
        );
        vm.assertEq(_wealth(_one(p0)), providerBefore - coll, "the provider loses its collateral");
        vm.assertEq(token.totalSupply(), supply - coll, "burned, not paid to anyone");
    }

    function _one(address a) internal pure returns (address[] memory xs) {
        xs = new address[](1);
        xs[0] = a;
    }

    // ================================================================ 6. refund by never deploying

    /// v1: a customer that never uploaded got every probe failed and a refund plus the
    /// collateral. v2: the service starts only when the provider confirms the module the
    /// customer committed; a customer who never commits gets an unattended service, and pays.
    function test_Attack6_RefundByNeverDeploying_UnattendedStartPaysTheProvider() public {
        uint256 before = token.balanceOf(mallory);
        Market.OrderParams memory op = orderParams(0);
        vm.prank(mallory);
        uint256 id = market.createOrder(op);
        bidAs(p0, id, 5 ether);
        toCloseAndMatch(id);
        vm.prank(p0);
        market.publishDeployment(id, "e", "");
        vm.prank(mallory);
        market.acceptDeployment(id);
        // mallory never commits a module; no committee can be asked for
        vm.expectRevert(abi.encodeWithSelector(Market.ModuleNotCommitted.selector, id));
        market.expire(id);
        vm.warp(market.order(id).deadline + 1);
        vm.prank(p0);
        market.fulfill(id, 0);
        vm.assertEq(uint8(pool.committee(cid(id, 0)).status), uint8(IWitnessPool.CommitteeStatus.None));
        vm.warp(market.order(id).deadline);
        market.settle(id);
        market.finish(id);
        vm.assertEq(token.balanceOf(mallory), before - 20 ether, "mallory pays the fee");
        vm.assertEq(token.balanceOf(p0), FUND - 1000 ether + 20 ether);
        vm.assertEq(stakeOf(p0), 1000 ether, "no collateral lost");
    }

    /// A committed module the provider never confirms: Failed without fault, nobody paid,
    /// nothing burned.
    function test_Attack6_RefundByNeverDeploying_UnconfirmedModuleFailsWithoutFault() public {
        uint256 before = token.balanceOf(mallory);
        vm.prank(mallory);
        uint256 id = market.createOrder(orderParams(0));
        bidAs(p0, id, 5 ether);
        toCloseAndMatch(id);
        vm.prank(p0);
        market.publishDeployment(id, "e", "");
        vm.startPrank(mallory);
        market.acceptDeployment(id);
        market.fulfill(id, keccak256("a module the provider never saw"));
        vm.stopPrank();
        vm.warp(market.order(id).deadline + 1);
        market.expire(id);
        vm.assertEq(uint8(market.order(id).state), uint8(Market.State.Failed));
        vm.assertEq(token.balanceOf(mallory), before, "the customer gets its own money back only");
        vm.assertEq(stakeOf(p0), 1000 ether, "the provider loses nothing");
    }

    // ================================================================ 7. a provider that runs nothing

    /// The contract's side of attack 7: the service runs the very module the customer
    /// committed (witnesses read its hash from the lease and re-run requests on it, SPEC §5.4);
    /// a provider that serves nothing is reported, and a Violation refunds the segment and burns
    /// its share of the collateral.
    function test_Attack7_ProviderRunsNothing_CommittedModuleBindsAndViolationRefunds() public {
        uint256 id = runToDeploying(segmentedParams(12, 4), p0, 7 ether);
        vm.expectRevert(abi.encodeWithSelector(Market.ModuleNotCommitted.selector, id));
        vm.prank(p0);
        market.confirmDeployment(id);
        vm.prank(alice);
        market.fulfill(id, MODULE);
        vm.prank(p0);
        market.confirmDeployment(id);
        vm.assertEq(market.lease(id).moduleHash, MODULE, "what witnesses fetch and check");
        uint256 coll = market.lease(id).collateral;
        uint256 supply = token.totalSupply();
        for (uint8 k; k < 4; ++k) {
            if (k > 0) {
                vm.warp(market.segment(id, k).start);
                market.openSegment(id, k);
            }
            witnessSegment(cid(id, k), true);
        }
        vm.warp(market.segment(id, 3).revealEnd + 1);
        market.settle(id);
        (uint256 payout,, uint8 v) = market.settlement(id);
        vm.assertEq(uint256(v), 4);
        vm.assertEq(payout, 0, "nothing for running nothing");
        vm.assertEq(token.totalSupply(), supply - coll, "the whole collateral burned");
    }

    // ================================================================ 8. short reveal window

    /// v1: a 1-second reveal window could fall between blocks, so honest bidders could not
    /// reveal and forfeited their bonds to the customer. v2: minRevealSeconds, and forfeited
    /// bonds burn.
    function test_Attack8_BondTheftByShortRevealWindow_Refused() public {
        Market.OrderParams memory op = orderParams(1);
        vm.expectRevert(
            abi.encodeWithSelector(Market.RevealWindowOutOfRange.selector, uint32(1), mp.minRevealSeconds, mp.maxRevealSeconds)
        );
        vm.prank(mallory);
        market.createOrder(op);
        // and even a missed reveal pays the customer nothing
        op.revealSeconds = mp.minRevealSeconds;
        vm.prank(mallory);
        uint256 id = market.createOrder(op);
        bytes32 commitment = market.bidCommitment(id, p0, 5 ether, "salt");
        vm.prank(p0);
        market.commitBid(id, commitment);
        vm.warp(market.order(id).revealEnd);
        uint256 before = token.balanceOf(mallory);
        vm.prank(mallory);
        market.forfeitBond(id, p0);
        vm.assertEq(token.balanceOf(mallory), before, "burned, not paid to the customer");
    }

    // ================================================================ 9. slot squatting

    /// v1: 32 commitments filled every slot of an order and junk reveals got their bonds back.
    /// v2: no slot limit, bonds grow with maxFee, non-competing reveals forfeit and burn.
    function test_Attack9_SlotSquatting_UnlimitedCommitmentsJunkRevealsBurn() public {
        Market.OrderParams memory op = orderParams(10);
        op.maxUnitPrice = 250 ether; // maxFee 1000 FST: a bond of 10 FST
        vm.prank(alice);
        uint256 id = market.createOrder(op);
        uint256 bond = market.bidBondFor(op.maxUnitPrice, op.durationUnits);
        vm.assertEq(bond, 10 ether);
        address[] memory squat = new address[](40);
        for (uint256 i; i < 40; ++i) {
            squat[i] = newProvider(string.concat("squat", vm.toString(i)), 100 ether);
            bytes32 cm = market.bidCommitment(id, squat[i], 0, bytes32(i));
            vm.prank(squat[i]);
            market.commitBid(id, cm);
        }
        // an honest provider still commits after forty
        bytes32 hc = market.bidCommitment(id, p1(), 200 ether, "honest");
        vm.prank(p1());
        market.commitBid(id, hc);
        vm.warp(market.order(id).biddingEnd);
        uint256 supply = token.totalSupply();
        for (uint256 i; i < 40; ++i) {
            vm.prank(squat[i]);
            market.revealBid(id, 0, bytes32(i));
            vm.assertEq(stakeOf(squat[i]), 100 ether - bond, "a junk reveal forfeits");
        }
        vm.assertEq(token.totalSupply(), supply - 40 * bond, "and the bonds burn");
        vm.prank(p1());
        market.revealBid(id, 200 ether, "honest");
        toCloseAndMatch(id);
        vm.assertEq(market.order(id).bestBidder, p1());
    }

    function p1() internal view returns (address) {
        return providerAccts[1];
    }

    // ================================================================ 10. 1-wei open bid

    /// v1: a 1-wei bid was unbeatable, backed by 2 wei of collateral, and never published:
    /// any open order killed for gas. v2: the collateral has a floor on maxFee, and the
    /// unpublished winner's collateral burns.
    function test_Attack10_OneWeiBid_FloorCollateralBurnsWhenUnpublished() public {
        address griefer = newProvider("griefer", 100 ether);
        vm.prank(alice);
        uint256 id = market.createOrder(orderParams(0));
        bidAs(griefer, id, 1);
        uint256 coll = market.collateralFor(1, MAX_PRICE, UNITS);
        vm.assertEq(coll, 4 ether, "10 % of maxFee, not 2 wei");
        vm.assertEq(lockedOf(griefer), coll);
        toCloseAndMatch(id);
        uint256 supply = token.totalSupply();
        vm.warp(market.order(id).deadline + 1);
        market.expire(id);
        vm.assertEq(stakeOf(griefer), 100 ether - coll, "the griefer pays 4 FST per order it kills");
        vm.assertEq(token.totalSupply(), supply - coll);
    }

    // ================================================================ 11. admin powers

    /// v1: the token admin could revoke the pool's minter role and freeze every settlement; a
    /// second MARKET_ROLE holder collided on committee ids. v2: no contract needs a role, the
    /// pool is bound to one Market once, and on the public preset the token admin is renounced.
    function test_Attack11_AdminPowers_NothingLeftToAbuse() public {
        // the pool never holds MINTER_ROLE: revoking it, were it possible, changes nothing
        vm.assertFalse(token.hasRole(token.MINTER_ROLE(), address(pool)));
        vm.assertFalse(token.hasRole(token.MINTER_ROLE(), address(market)));
        // a second market cannot be bound, by the deployer or anyone
        vm.prank(admin);
        Market rogue = new Market(token, pool, mp, admin);
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.MarketAlreadySet.selector, address(market)));
        vm.prank(admin);
        pool.setMarket(address(rogue));
        // ... and it cannot request committees (its fulfil path reverts, its orders expire)
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.NotMarket.selector, admin));
        vm.prank(admin);
        pool.requestCommittee(cid(1, 0), 3, alice, p0, uint64(block.timestamp + 100), 1 ether);
        // the public preset: the deployer renounces the token's admin role after wiring
        vm.startPrank(admin);
        FaaSToken t = new FaaSToken(admin, admin, 1_000_000 ether);
        WitnessPool wpool = new WitnessPool(t, Presets.publicPool());
        Market m = new Market(t, wpool, Presets.publicMarket(), admin);
        wpool.setMarket(address(m));
        t.renounceRole(t.DEFAULT_ADMIN_ROLE(), admin);
        bytes32 minter = t.MINTER_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, admin, t.DEFAULT_ADMIN_ROLE())
        );
        t.grantRole(minter, admin);
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, admin, minter));
        t.mint(admin, 1);
        vm.stopPrank();
        vm.assertEq(t.totalSupply(), 1_000_000 ether, "fixed forever");
        // the Market's owner can add and deactivate levels, nothing else
        vm.prank(admin);
        m.addLevel(4000, 4096, 400);
        vm.assertEq(m.levelCount(), 4);
    }

    // ================================================================ the gas savings, as attacks

    /// Leases of `customers`, all won by `prov` at 5 FST and started in the same block, so that
    /// their committees share one timeline.
    function _leasesAtOnce(address[] memory customers, address prov) internal returns (uint256[] memory ids) {
        ids = new uint256[](customers.length);
        for (uint256 i; i < ids.length; ++i) {
            vm.prank(customers[i]);
            ids[i] = market.createOrder(orderParams(0));
            bidAs(prov, ids[i], 5 ether);
        }
        vm.warp(market.order(ids[ids.length - 1]).revealEnd);
        for (uint256 i; i < ids.length; ++i) {
            market.closeBidding(ids[i]);
            vm.prank(prov);
            market.publishDeployment(ids[i], "e", "");
            vm.startPrank(customers[i]);
            market.acceptDeployment(ids[i]);
            market.fulfill(ids[i], MODULE);
            vm.stopPrank();
            vm.prank(prov);
            market.confirmDeployment(ids[i]);
        }
    }

    /// A fresh market whose only witnesses are three of mallory's: every committee is them.
    function _marketOfThreeWitnesses() internal returns (address prov, address[] memory ws) {
        deployAll(mp, wp);
        fund(mallory);
        fund(alice);
        prov = newProvider("gas-provider", 100 ether);
        ws = addWitnesses("mallory-w", 3, 100 ether);
        vm.roll(block.number + 1);
    }

    /// createOrder no longer writes the best-bid slot; until a bid leads, the best price is
    /// maxUnitPrice + 1. A provider tries to win an order nobody bid on above the customer's
    /// maximum — openly (any price up to 2^96 − 1) or by a sealed reveal — and a customer tries
    /// to make maxUnitPrice + 1 overflow. Nothing above the maximum leads, the sealed reveal
    /// forfeits its bond, both orders fail without a bid and give the customer all back.
    function test_AttackGas_LazyBestBid_NothingAboveTheMaximumLeads() public {
        Market.OrderParams memory op = orderParams(0);
        op.maxUnitPrice = type(uint96).max;
        vm.expectRevert(abi.encodeWithSelector(Market.PriceTooLarge.selector, type(uint96).max));
        vm.prank(alice);
        market.createOrder(op);
        uint256 aliceBefore = token.balanceOf(alice);
        vm.prank(alice);
        uint256 open = market.createOrder(orderParams(0));
        vm.expectRevert(abi.encodeWithSelector(Market.BidAboveMax.selector, MAX_PRICE, MAX_PRICE + 1));
        bidAs(p0, open, MAX_PRICE + 1);
        vm.expectRevert(abi.encodeWithSelector(Market.BidAboveMax.selector, MAX_PRICE, type(uint96).max));
        bidAs(p0, open, type(uint96).max);
        vm.prank(alice);
        uint256 sealedId = market.createOrder(orderParams(10));
        bytes32 over = market.bidCommitment(sealedId, p0, MAX_PRICE + 1, "over");
        vm.prank(p0);
        market.commitBid(sealedId, over);
        uint256 stake = stakeOf(p0);
        uint256 bond = market.bidBondFor(MAX_PRICE, UNITS);
        vm.warp(market.order(sealedId).biddingEnd);
        vm.prank(p0);
        market.revealBid(sealedId, MAX_PRICE + 1, "over");
        vm.assertEq(market.order(sealedId).bestBidder, address(0), "a reveal above the maximum never leads");
        vm.assertEq(stakeOf(p0), stake - bond, "and forfeits its bond");
        vm.assertEq(lockedOf(p0), 0);
        vm.warp(market.order(sealedId).revealEnd);
        market.closeBidding(open);
        market.closeBidding(sealedId);
        vm.assertEq(stateOf(open), uint8(Market.State.Failed));
        vm.assertEq(stateOf(sealedId), uint8(Market.State.Failed));
        vm.assertEq(token.balanceOf(alice), aliceBefore, "no bid led: everything back");
    }

    /// The witness deposit stays in the Market, which lets the pool take from it (one allowance
    /// for all orders). mallory, customer of one lease and owner of every witness, makes her
    /// committee report a Violation (the largest pay, 10 s per member) and then calls finalize
    /// and conclude again and again, while alice's lease's money sits in the same Market. The
    /// pool takes her committee's pay once; alice's lease settles in full; once both are
    /// finished the Market holds exactly the provider's stake.
    function test_AttackGas_DepositInMarket_ACommitteeTakesItsPayOnce() public {
        (address prov, address[] memory ws) = _marketOfThreeWitnesses();
        address[] memory customers = new address[](2);
        customers[0] = alice;
        customers[1] = mallory;
        uint256 aliceBefore = token.balanceOf(alice);
        uint256 supply = token.totalSupply();
        uint256[] memory ids = _leasesAtOnce(customers, prov);
        uint256 cA = cid(ids[0], 0);
        uint256 cM = cid(ids[1], 0);
        uint256 s = seatFeeOf(ids[0]);
        uint256 coll = market.lease(ids[1]).collateral;
        vm.assertEq(drawNow(cA).length, 3);
        vm.assertEq(drawNow(cM).length, 3);
        for (uint256 i; i < 3; ++i) {
            commitAs(cA, ws[i], false);
            commitAs(cM, ws[i], true);
        }
        toRevealWindow(cM);
        for (uint256 i; i < 3; ++i) {
            revealAs(cA, ws[i], false);
            revealAs(cM, ws[i], true);
        }
        toAfterReveal(cM);
        uint256 marketBefore = token.balanceOf(address(market));
        vm.startPrank(mallory);
        pool.conclude(cM);
        pool.conclude(cM);
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.WrongCommitteeState.selector, cM, uint8(3)));
        pool.finalize(cM);
        pool.conclude(cM);
        vm.stopPrank();
        vm.assertEq(token.balanceOf(address(market)), marketBefore - 30 * s, "her committee's pay, once");
        for (uint256 i; i < 3; ++i) {
            vm.assertEq(wStake(ws[i]), 100 ether + 10 * s, "10 s each, once");
        }
        for (uint256 i; i < 2; ++i) {
            market.settle(ids[i]);
            market.finish(ids[i]);
        }
        vm.assertEq(token.balanceOf(alice), aliceBefore - 20 ether - 3 * s, "alice: the fee and 3 s of pay");
        vm.assertEq(token.balanceOf(address(market)), stakeOf(prov), "nothing left but the provider's stake");
        vm.assertEq(stakeOf(prov), 100 ether - coll, "one lease's collateral burned");
        vm.assertEq(token.totalSupply(), supply - coll, "nothing else burned, nothing minted");
    }

    /// Each witness has one commitment slot of its own, which one seat at a time commits into.
    /// A witness on two committees at once (its first seat in the own slot, the second in the
    /// committee's) tries to reveal in one seat a report committed for the other: directly,
    /// after copying the commitment across, and later from a seat that inherited the own slot
    /// still holding the old commitment. Every try is refused; the honest reveals stand.
    function test_AttackGas_OwnCommitmentSlot_ACommitmentServesOnlyItsSeat() public {
        (address prov, address[] memory ws) = _marketOfThreeWitnesses();
        address[] memory customers = new address[](2);
        customers[0] = alice;
        customers[1] = alice;
        uint256[] memory ids = _leasesAtOnce(customers, prov);
        uint256 cA = cid(ids[0], 0);
        uint256 cB = cid(ids[1], 0);
        drawNow(cA);
        drawNow(cB);
        address w = ws[0];
        uint64 t = uint64(block.timestamp);
        bytes32 secret = reportSecret(w);
        commitAs(cA, w, true); // into w's own slot: its seat on A was drawn first
        bytes32 onA = pool.seat(cA, w).commitment;
        // WitnessPool's storage: `ownCommitment` is slot 10 (see WitnessPoolTest)
        bytes32 ownSlot = keccak256(abi.encode(w, uint256(10)));
        vm.assertEq(vm.load(address(pool), ownSlot), onA, "A's seat commits into w's own slot");
        toRevealWindow(cB);
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.NoCommitment.selector, cB, w));
        vm.prank(w);
        pool.revealReport(cB, true, t, secret);
        // copied across: still bound to committee A
        vm.warp(block.timestamp - 2); // back into the commit window
        vm.prank(w);
        pool.commitReport(cB, onA);
        toRevealWindow(cB);
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.CommitmentMismatch.selector, cB, w));
        vm.prank(w);
        pool.revealReport(cB, true, t, secret);
        vm.prank(w);
        pool.revealReport(cA, true, t, secret);
        vm.assertTrue(pool.seat(cA, w).revealed && pool.seat(cA, w).violated);
        toAfterReveal(cB);
        pool.finalize(cA);
        pool.finalize(cB);
        // a new seat takes the own slot, which still holds A's commitment
        vm.roll(block.number + 1);
        customers = new address[](1);
        customers[0] = alice;
        uint256 cC = cid(_leasesAtOnce(customers, prov)[0], 0);
        vm.assertTrue(isIn(w, drawNow(cC)));
        vm.assertEq(vm.load(address(pool), ownSlot), onA, "the own slot C's seat took still holds A's commitment");
        toRevealWindow(cC);
        vm.expectRevert(abi.encodeWithSelector(WitnessPool.NoCommitment.selector, cC, w));
        vm.prank(w);
        pool.revealReport(cC, true, t, secret);
        vm.assertFalse(pool.seat(cC, w).committed);
    }
}
