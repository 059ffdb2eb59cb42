// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Base} from "./Base.sol";
import {Market} from "../src/Market.sol";
import {WitnessPool} from "../src/WitnessPool.sol";
import {IWitnessPool} from "../src/IWitnessPool.sol";

/// @notice Fuzz tests against small reference models: open bid sequences, sealed bids with
/// wrong salts, junk and late reveals and forfeits, witness reports with wrong T/S and copied
/// commitments, the payoff table, and the draw (SPEC §3.6–3.8, §4.2–4.4, §7.3–7.4). The
/// attacks' fuzzes are in Attacks.t.sol, the segments' in Segments.t.sol.
contract FuzzTest is Base {
    uint256 internal constant NP = 5;
    address[] internal provs;

    function setUp() public override {
        super.setUp();
        registerProviders();
        registerWitnesses();
        for (uint256 i; i < providerAccts.length; ++i) {
            provs.push(providerAccts[i]);
        }
        provs.push(newProvider("provider3", 1000 ether));
        provs.push(newProvider("provider4", 1000 ether));
    }

    function _errEq(bytes memory got, bytes memory want) internal pure {
        vm.assertEq(keccak256(got), keccak256(want), "unexpected revert data");
    }

    // ================================================================ open bidding

    struct OpenModel {
        uint256 id;
        uint96 maxPrice;
        uint32 units;
        address best;
        uint96 bestPrice;
    }

    /// Random bids by five providers on two open orders with different terms. After every bid the
    /// outcome (success or the exact error) matches the model; at the end the winner is the
    /// lowest bid, ties to the earliest, and each provider's locked stake is exactly the
    /// collateral of the orders it leads.
    function testFuzz_BidSequence_LowestWinsTiesToEarliest(uint64[24] memory steps) public {
        OpenModel[2] memory m;
        vm.prank(alice);
        m[0].id = market.createOrder(orderParams(0));
        m[0].maxPrice = MAX_PRICE;
        m[0].units = UNITS;
        Market.OrderParams memory op = orderParams(0);
        op.durationUnits = 7; // 35 s, one segment
        op.maxUnitPrice = 6 ether;
        vm.prank(bob);
        m[1].id = market.createOrder(op);
        m[1].maxPrice = 6 ether;
        m[1].units = 7;

        for (uint256 k; k < steps.length; ++k) {
            uint64 r = steps[k];
            address p = provs[r % NP];
            OpenModel memory o = m[(r >> 8) % 2];
            // prices from a small set so that ties and above-max bids are common
            uint96 price = uint96((r >> 16) % 12) * 1 ether;
            bytes memory want;
            if (price == 0) {
                want = abi.encodeWithSelector(Market.ZeroPrice.selector);
            } else if (o.best == address(0) && price > o.maxPrice) {
                want = abi.encodeWithSelector(Market.BidAboveMax.selector, o.maxPrice, price);
            } else if (o.best != address(0) && price >= o.bestPrice) {
                want = abi.encodeWithSelector(Market.BidNotLower.selector, o.bestPrice, price);
            }
            vm.prank(p);
            try market.bid(o.id, price) {
                vm.assertEq(want.length, 0, "bid should have reverted");
                o.best = p;
                o.bestPrice = price;
            } catch (bytes memory err) {
                vm.assertGt(want.length, 0, "bid should have succeeded");
                _errEq(err, want);
            }
            _checkLocked(m);
        }
        vm.warp(block.timestamp + 10);
        for (uint256 j; j < 2; ++j) {
            market.closeBidding(m[j].id);
            Market.Order memory ord = market.order(m[j].id);
            if (m[j].best == address(0)) {
                vm.assertEq(uint8(ord.state), uint8(Market.State.Failed));
            } else {
                vm.assertEq(uint8(ord.state), uint8(Market.State.Confirming));
                vm.assertEq(ord.bestBidder, m[j].best);
                vm.assertEq(uint256(ord.bestPrice), m[j].bestPrice);
            }
        }
        _checkLocked(m);
        // the customers hold back exactly the winning fee and its witness deposit
        vm.assertEq(token.balanceOf(alice), FUND - _held(m[0]));
        vm.assertEq(token.balanceOf(bob), FUND - _held(m[1]));
    }

    function _held(OpenModel memory o) internal view returns (uint256) {
        if (o.best == address(0)) return 0;
        uint256 fee = uint256(o.bestPrice) * o.units;
        return fee + 31 * market.seatFeeFor(fee, o.units, 1);
    }

    function _checkLocked(OpenModel[2] memory m) internal view {
        for (uint256 i; i < NP; ++i) {
            uint256 want;
            for (uint256 j; j < 2; ++j) {
                if (m[j].best == provs[i]) want += market.collateralFor(m[j].bestPrice, m[j].maxPrice, m[j].units);
            }
            vm.assertEq(lockedOf(provs[i]), want, "locked == collateral of the bids it leads");
        }
    }

    // ================================================================ sealed bidding

    uint8 internal constant REVEAL = 0;
    uint8 internal constant WRONG_SALT_ONLY = 1;
    uint8 internal constant WRONG_SALT_THEN_REVEAL = 2;
    uint8 internal constant LATE_REVEAL = 3;
    uint8 internal constant NO_REVEAL = 4;

    uint256 internal sid;
    uint96[5] internal sprice;
    uint8[5] internal saction;
    uint8[5] internal sseq;

    function _sRevealed(uint256 i) internal view returns (bool) {
        return saction[i] == REVEAL || saction[i] == WRONG_SALT_THEN_REVEAL;
    }

    /// Revealed and competing: 0 < price <= maxUnitPrice (collateral always fits here).
    function _sCompetes(uint256 i) internal view returns (bool) {
        return _sRevealed(i) && sprice[i] != 0 && sprice[i] <= MAX_PRICE;
    }

    /// Five providers commit in a random order, then each either reveals, reveals with a wrong
    /// salt (and maybe then correctly), reveals late, or never reveals. The winner is the lowest
    /// competing revealed price, ties to the earlier commit; every bond not revealed, or
    /// revealed without competing (0, above the maximum), burns; the customer gains nothing.
    function testFuzz_Sealed_WrongSaltsLateRevealsAndForfeits(
        uint8[5] memory priceSeed,
        uint8[5] memory actionSeed,
        uint8 commitRot,
        uint8 revealRot
    ) public {
        uint256 supply = token.totalSupply();
        sid = createSealedOrder();
        for (uint256 i; i < NP; ++i) {
            sprice[i] = uint96(priceSeed[i] % 12) * 1 ether; // 0 and 11 ether: valid commits, losing reveals
            saction[i] = actionSeed[i] % 5;
        }
        for (uint256 k; k < NP; ++k) {
            _sCommit((k + commitRot) % NP, k);
        }
        vm.warp(market.order(sid).biddingEnd);
        for (uint256 k; k < NP; ++k) {
            _sReveal((k + revealRot) % NP);
        }
        uint32 revealEnd = market.order(sid).revealEnd;
        vm.warp(revealEnd);
        for (uint256 i; i < NP; ++i) {
            if (saction[i] == LATE_REVEAL) {
                vm.expectRevert(abi.encodeWithSelector(Market.DeadlinePassed.selector, uint64(revealEnd)));
                vm.prank(provs[i]);
                market.revealBid(sid, sprice[i], bytes32(i + 1));
            }
        }
        int256 w = _sModelWinner();
        market.closeBidding(sid);
        uint256 forfeited = _sForfeitAll();
        Market.Order memory o = market.order(sid);
        uint256 paid;
        if (w < 0) {
            vm.assertEq(uint8(o.state), uint8(Market.State.Failed));
        } else {
            vm.assertEq(uint8(o.state), uint8(Market.State.Confirming));
            vm.assertEq(o.bestBidder, provs[uint256(w)]);
            vm.assertEq(uint256(o.bestPrice), sprice[uint256(w)]);
            paid = uint256(sprice[uint256(w)]) * UNITS;
            paid += 31 * market.seatFeeFor(paid, UNITS, 1);
        }
        vm.assertEq(token.balanceOf(alice), FUND - paid, "forfeited bonds never reach the customer");
        uint256 burned;
        for (uint256 i; i < NP; ++i) {
            vm.assertEq(stakeOf(provs[i]), _sCompetes(i) ? 1000 ether : 1000 ether - mp.bidBond);
            if (!_sCompetes(i)) burned += mp.bidBond;
            vm.assertEq(lockedOf(provs[i]), int256(i) == w ? market.collateralFor(sprice[i], MAX_PRICE, UNITS) : 0);
        }
        vm.assertEq(token.totalSupply(), supply - burned, "every lost bond burned");
        vm.assertLe(forfeited, burned);
    }

    function _sCommit(uint256 i, uint256 k) internal {
        bytes32 c = market.bidCommitment(sid, provs[i], sprice[i], bytes32(i + 1));
        vm.prank(provs[i]);
        market.commitBid(sid, c);
        sseq[i] = uint8(k + 1);
        vm.assertEq(lockedOf(provs[i]), mp.bidBond);
    }

    function _sReveal(uint256 i) internal {
        uint8 a = saction[i];
        if (a == WRONG_SALT_ONLY || a == WRONG_SALT_THEN_REVEAL) {
            vm.expectRevert(abi.encodeWithSelector(Market.CommitmentMismatch.selector, sid, provs[i]));
            vm.prank(provs[i]);
            market.revealBid(sid, sprice[i], bytes32(i + 100));
        }
        if (a == REVEAL || a == WRONG_SALT_THEN_REVEAL) {
            vm.prank(provs[i]);
            market.revealBid(sid, sprice[i], bytes32(i + 1));
        }
    }

    function _sModelWinner() internal view returns (int256 w) {
        w = -1;
        for (uint256 i; i < NP; ++i) {
            if (!_sCompetes(i)) continue;
            if (w < 0) {
                w = int256(i);
                continue;
            }
            uint256 b = uint256(w);
            if (sprice[i] < sprice[b] || (sprice[i] == sprice[b] && sseq[i] < sseq[b])) w = int256(i);
        }
    }

    function _sForfeitAll() internal returns (uint256 forfeited) {
        for (uint256 i; i < NP; ++i) {
            if (_sRevealed(i)) {
                // revealed (competing or not): nothing left to forfeit
                vm.expectRevert(abi.encodeWithSelector(Market.AlreadyRevealed.selector, sid, provs[i]));
                market.forfeitBond(sid, provs[i]);
            } else {
                market.forfeitBond(sid, provs[i]);
                forfeited += mp.bidBond;
            }
        }
    }

    // ================================================================ reports

    uint8 internal constant R_HONEST = 0;
    uint8 internal constant R_WRONG_T_THEN_HONEST = 1;
    uint8 internal constant R_WRONG_S = 2;
    uint8 internal constant R_COPIED = 3;
    uint8 internal constant R_STALE_T = 4;
    uint8 internal constant R_NONE = 5;

    /// A lease in service (fee 20 FST, s = 1 FST): the committee id of its segment 0.
    function _service(uint8 n) internal returns (uint256) {
        Market.OrderParams memory op = orderParams(0);
        op.witnessCount = n;
        return cid(runToService(op, provs[0], 5 ether), 0);
    }

    /// Five members; each reports honestly, tries a wrong T first, reveals a wrong S, copies
    /// another member's commitment, dates its report outside maxReportAge, or stays silent; a
    /// member may first commit the opposite vote and replace it. Only honest reveals count, the
    /// verdict is Violation iff W >= 3, and the payoffs follow the table.
    struct ReportRun {
        uint256 id;
        uint64 ct;
        uint64 age;
        uint64 t;
        uint64 stale;
        uint256 w;
        uint256 revealed;
    }

    ReportRun internal rr;
    address[] internal members;
    uint8[5] internal ractions;
    bool[5] internal rvotes;

    function testFuzz_Reports_WrongTSAndCopiedCommitments(
        uint8[5] memory actionSeed,
        bool[5] memory votes,
        bool[5] memory replace,
        uint16 tOffset
    ) public {
        rr.id = _service(5);
        members = drawNow(rr.id);
        vm.assertEq(members.length, 5);
        rr.ct = uint64(block.timestamp);
        rr.age = wp.maxReportAge;
        // T anywhere in [ct - age, ct + age]; a stale T just below that
        rr.t = rr.ct - rr.age + uint64(tOffset % (uint256(rr.age) + 1));
        rr.stale = rr.ct - rr.age - 1 - (tOffset % 1000);
        rvotes = votes;
        for (uint256 i; i < 5; ++i) {
            ractions[i] = actionSeed[i] % 6;
            if (ractions[i] == R_NONE) continue;
            if (replace[i]) {
                bytes32 pre = pool.reportCommitment(rr.id, members[i], !votes[i], rr.t, bytes32(uint256(7)));
                vm.prank(members[i]);
                pool.commitReport(rr.id, pre);
            }
            _commitFor(i);
        }
        toRevealWindow(rr.id);
        for (uint256 i; i < 5; ++i) {
            _revealFor(i);
        }
        toAfterReveal(rr.id);
        bool violated = rr.w >= 3;
        vm.expectEmit(address(pool));
        emit WitnessPool.VerdictReached(rr.id, violated, uint8(rr.w), uint8(rr.revealed));
        market.settle(rr.id >> 8);
        (, bool v,) = pool.verdict(rr.id);
        WitnessPool.CommitteeView memory cv = pool.committee(rr.id);
        vm.assertEq(v, violated);
        vm.assertEq(uint256(cv.violationReports), rr.w);
        vm.assertEq(uint256(cv.revealed), rr.revealed);
        vm.assertEq(
            stakeOf(provs[0]), violated ? 1000 ether - market.collateralFor(5 ether, MAX_PRICE, UNITS) : 1000 ether
        );
        for (uint256 i; i < 5; ++i) {
            bool counted = ractions[i] == R_HONEST || ractions[i] == R_WRONG_T_THEN_HONEST;
            int256 units = _payoffUnits(violated, counted ? (votes[i] ? 0 : 1) : 2);
            _checkPaid(members[i], 100 ether, units);
        }
    }

    function _commitFor(uint256 i) internal {
        bytes32 c;
        if (ractions[i] == R_COPIED) {
            uint256 j = (i + 1) % 5;
            c = pool.reportCommitment(rr.id, members[j], rvotes[j], rr.t, bytes32(j + 1));
        } else if (ractions[i] == R_STALE_T) {
            c = pool.reportCommitment(rr.id, members[i], rvotes[i], rr.stale, bytes32(i + 1));
        } else {
            c = pool.reportCommitment(rr.id, members[i], rvotes[i], rr.t, bytes32(i + 1));
        }
        vm.prank(members[i]);
        pool.commitReport(rr.id, c);
    }

    function _revealFor(uint256 i) internal {
        uint8 a = ractions[i];
        uint256 id = rr.id;
        address mi = members[i];
        bool vote = rvotes[i];
        vm.startPrank(mi);
        if (a == R_HONEST || a == R_WRONG_T_THEN_HONEST) {
            if (a == R_WRONG_T_THEN_HONEST) {
                vm.expectRevert(abi.encodeWithSelector(WitnessPool.CommitmentMismatch.selector, id, mi));
                pool.revealReport(id, vote, rr.t + 1, bytes32(i + 1));
            }
            pool.revealReport(id, vote, rr.t, bytes32(i + 1));
            rr.revealed++;
            if (vote) rr.w++;
        } else if (a == R_WRONG_S) {
            vm.expectRevert(abi.encodeWithSelector(WitnessPool.CommitmentMismatch.selector, id, mi));
            pool.revealReport(id, vote, rr.t, bytes32(i + 1000));
        } else if (a == R_COPIED) {
            uint256 j = (i + 1) % 5;
            vm.expectRevert(abi.encodeWithSelector(WitnessPool.CommitmentMismatch.selector, id, mi));
            pool.revealReport(id, rvotes[j], rr.t, bytes32(j + 1));
        } else if (a == R_STALE_T) {
            uint64 commitTime = pool.seat(id, mi).commitTime;
            vm.expectRevert(
                abi.encodeWithSelector(WitnessPool.ReportTimeOutOfRange.selector, rr.stale, commitTime, rr.age)
            );
            pool.revealReport(id, vote, rr.stale, bytes32(i + 1));
        } else {
            vm.expectRevert(abi.encodeWithSelector(WitnessPool.NoCommitment.selector, id, mi));
            pool.revealReport(id, vote, rr.t, bytes32(i + 1));
        }
        vm.stopPrank();
    }

    // ================================================================ payoffs

    /// The table of SPEC §4.4, cell = 0 (true), 1 (false), 2 (none revealed).
    function _payoffUnits(bool violated, uint8 cell) internal pure returns (int256) {
        if (cell == 2) return -1;
        if (violated) return cell == 0 ? int256(10) : int256(0);
        return cell == 0 ? int256(-1) : int256(1);
    }

    /// Payoffs in seat fees (s = 1 FST in these leases), credited to or taken from the stake.
    function _checkPaid(address w, uint256 stakeBefore, int256 units) internal view {
        if (units >= 0) {
            vm.assertEq(wStake(w), stakeBefore + uint256(units) * 1 ether, "positive payoff from the deposit");
        } else {
            vm.assertEq(wStake(w), stakeBefore - uint256(-units) * 1 ether, "negative payoff from the stake");
        }
        vm.assertEq(token.balanceOf(w), FUND - 100 ether, "nothing minted or sent");
        vm.assertEq(wLocked(w), 0, "seat lock released");
    }

    uint8[9] internal pcell;

    /// Every verdict × report cell: N in 3..9 members with random cells; the verdict is Violation
    /// iff W >= floor(N/2)+1; positive payoffs come from the deposit into the stake, negative
    /// ones are burned from the stake, and the rest of 10 N s goes back to the Market.
    function testFuzz_Payoffs_EveryVerdictAndCell(uint8 nSeed, uint8[9] memory cellSeed) public {
        addWitnesses("more", 4, 100 ether);
        vm.roll(block.number + 1);
        uint8 n = uint8(3 + nSeed % 7);
        uint256 id = _service(n);
        address[] memory m = drawNow(id);
        vm.assertEq(m.length, n);
        uint256 w;
        for (uint256 i; i < n; ++i) {
            pcell[i] = cellSeed[i] % 3;
            if (pcell[i] != 2) commitAs(id, m[i], pcell[i] == 0);
        }
        toRevealWindow(id);
        for (uint256 i; i < n; ++i) {
            if (pcell[i] == 2) continue;
            revealAs(id, m[i], pcell[i] == 0);
            if (pcell[i] == 0) w++;
        }
        toAfterReveal(id);
        uint256 supply = token.totalSupply();
        uint256 poolBal = token.balanceOf(address(pool));
        uint256 marketBal = token.balanceOf(address(market));
        bool violated = w >= n / 2 + 1;
        (uint256 paid, uint256 burned) = _totals(violated, n);
        pool.finalize(id);
        (, bool v, uint256 back) = pool.verdict(id);
        vm.assertEq(v, violated, "Violation iff W >= M");
        for (uint256 i; i < n; ++i) {
            _checkPaid(m[i], 100 ether, _payoffUnits(violated, pcell[i]));
        }
        vm.assertEq(token.totalSupply(), supply - burned, "nothing minted; losses burned");
        vm.assertEq(back, 10 * uint256(n) * 1 ether - paid, "the rest of the deposit");
        // the pool pulls exactly what it pays from the Market, which keeps the rest
        vm.assertEq(token.balanceOf(address(market)), marketBal - paid, "the members' pay leaves the Market");
        vm.assertEq(token.balanceOf(address(pool)), poolBal + paid - burned, "the pool gains the pay, burns losses");
    }

    function _totals(bool violated, uint256 n) internal view returns (uint256 paid, uint256 burned) {
        for (uint256 i; i < n; ++i) {
            int256 u = _payoffUnits(violated, pcell[i]);
            if (u > 0) paid += uint256(u) * 1 ether;
            else if (u < 0) burned += 1 ether;
        }
    }

    // ================================================================ draws

    function _contains(address[] memory list, address a) internal pure returns (bool) {
        for (uint256 i; i < list.length; ++i) {
            if (list[i] == a) return true;
        }
        return false;
    }

    /// Random pool sizes, offline witnesses, parties that are witnesses themselves, committee
    /// sizes, window hashes and lateness: the committee is exactly the reference draw (the
    /// window's hashes while readable; a late call re-requests and the draw uses the new window),
    /// with distinct members, never a party, M = floor(size/2)+1, or unwitnessed below three.
    function testFuzz_Draw_MatchesReferenceAndExcludesParties(
        uint8 extra,
        uint8 nSeed,
        uint8 offlineMask,
        bool customerIsWitness,
        bool providerIsWitness,
        bytes32 h1,
        bytes32 h2,
        uint24 lateSeed
    ) public {
        addWitnesses("fz", extra % 30, 100 ether);
        for (uint256 i; i < 5; ++i) {
            if ((offlineMask >> i) & 1 == 1) {
                vm.prank(witnessAccts[i]);
                pool.setAvailable(false);
            }
        }
        if (customerIsWitness) {
            vm.prank(alice);
            pool.registerWitness(100 ether);
        }
        if (providerIsWitness) {
            vm.prank(provs[0]);
            pool.registerWitness(100 ether);
        }
        vm.roll(block.number + 1);
        uint8 n = uint8(3 + nSeed % 13);
        uint256 id = _service(n);
        uint256 rb = pool.committee(id).requestBlock;
        uint256 d = wp.blockNeed + 1 + uint256(lateSeed) % (lateSeed % 2 == 0 ? 256 : 5000);
        vm.roll(rb + d);
        if (d <= 257) {
            vm.setBlockhash(rb + 1, h1 == bytes32(0) ? bytes32(uint256(1)) : h1);
            vm.setBlockhash(rb + 2, h2 == bytes32(0) ? bytes32(uint256(2)) : h2);
        } else {
            pool.drawCommittee(id);
            vm.assertEq(uint256(pool.committee(id).seedBlock), rb + d, "a late call re-requests");
            vm.roll(rb + d + wp.blockNeed + 1);
        }
        address[] memory want = expectedCommittee(id);
        uint256 eligible;
        for (uint256 i; i < pool.witnessListLength(); ++i) {
            address a = pool.witnessAt(i);
            if (a != alice && a != provs[0] && pool.witness(a).available) eligible++;
        }
        // As many as there are, up to N — of those the sequence reaches: it ends after 8L
        // candidates (SPEC §4.2), so a witness it never names stays off even when seats are left.
        uint256 cap = eligible < n ? eligible : n;
        vm.assertLe(want.length, cap, "no more than there are, up to N");
        if (want.length < cap) {
            for (uint256 i; i < pool.witnessListLength(); ++i) {
                address a = pool.witnessAt(i);
                if (a == alice || a == provs[0] || !pool.witness(a).available || isIn(a, want)) continue;
                vm.assertFalse(_named(id, i), "an eligible witness the sequence named was left off");
            }
        }
        while (pool.committee(id).status == IWitnessPool.CommitteeStatus.Requested) {
            pool.drawCommittee(id);
        }
        WitnessPool.CommitteeView memory c = pool.committee(id);
        if (want.length < 3) {
            vm.assertEq(uint8(c.status), uint8(IWitnessPool.CommitteeStatus.Unwitnessed));
            vm.assertEq(c.members.length, 0);
            return;
        }
        vm.assertEq(c.members.length, want.length);
        vm.assertEq(uint256(c.threshold), want.length / 2 + 1);
        for (uint256 i; i < want.length; ++i) {
            vm.assertTrue(isIn(want[i], c.members), "a member of the reference draw");
            vm.assertTrue(want[i] != alice && want[i] != provs[0], "a party on its own committee");
            for (uint256 j; j < i; ++j) {
                vm.assertTrue(want[i] != want[j], "a member drawn twice");
            }
            vm.assertEq(wLocked(want[i]), wp.witnessBond);
        }
    }

    /// Whether list index `index` is among the 8L candidates of the committee's draw sequence
    /// (the seed as in Base.expectedCommittee).
    function _named(uint256 committeeId, uint256 index) internal view returns (bool) {
        WitnessPool.CommitteeView memory c = pool.committee(committeeId);
        bytes32 seed = bytes32(committeeId);
        for (uint256 b = c.seedBlock + 1; b <= c.seedBlock + wp.blockNeed; ++b) {
            seed = keccak256(abi.encode(seed, blockhash(b)));
        }
        for (uint256 i; i < 8 * uint256(c.listLength); ++i) {
            if (uint256(keccak256(abi.encode(seed, i))) % c.listLength == index) return true;
        }
        return false;
    }
}
