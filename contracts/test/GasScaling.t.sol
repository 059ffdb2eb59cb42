// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Test} from "./lib/Test.sol";
import {FaaSToken} from "../src/FaaSToken.sol";
import {Market} from "../src/Market.sol";
import {WitnessPool} from "../src/WitnessPool.sol";
import {Presets} from "../src/Presets.sol";
import {Auction} from "../src/Auction.sol";
import {Segments} from "../src/Segments.sol";

/// @notice SPEC §7.6: the gas of bid, commitBid, revealBid, commitReport and revealReport does not
/// grow with the number of bids or witnesses, and one drawCommittee call is bounded by N, flat in
/// the pool's size — also when 30 % of the witness list is ineligible.
/// @dev Fair measurement without --isolate: everything measured is prepared in setUp (its own
/// transaction), so every slot a measured call touches is clean; before each measured call the
/// contract is cooled (vm.cool), so every measured call starts cold, like a transaction of its
/// own. Each pair of calls takes the same code path and differs only in the number of earlier
/// bids or registered witnesses: for the draws, the window hashes are chosen so that both draws
/// look at the same number of distinct candidates, the ineligible ones in the same places.
contract GasScalingTest is Test {
    struct Sys {
        FaaSToken t;
        Market m;
        WitnessPool p;
    }

    address internal admin = makeAddr("admin");
    address internal customer = makeAddr("customer");
    address internal winner = makeAddr("winner");

    Sys internal small; // 10 witnesses
    Sys internal big; // 1000 witnesses
    Sys internal smallOff; // 10 witnesses, 3 of them ineligible
    Sys internal bigOff; // 1000 witnesses, 300 of them ineligible

    // bidding, on `small`
    uint256 internal openFew; // 1 earlier bid
    uint256 internal openMany; // 100 earlier bids
    uint256 internal sealedFew; // 1 earlier commitment (open for commits)
    uint256 internal sealedMany; // 40 earlier commitments (v1 capped them at 32)
    uint256 internal revealFew; // 1 earlier reveal (in its reveal window)
    uint256 internal revealMany; // 30 earlier reveals
    address internal mOpenFew = makeAddr("mOpenFew");
    address internal mOpenMany = makeAddr("mOpenMany");
    address internal mCommitFew = makeAddr("mCommitFew");
    address internal mCommitMany = makeAddr("mCommitMany");
    address internal mRevealFew = makeAddr("mRevealFew");
    address internal mRevealMany = makeAddr("mRevealMany");
    address[] internal bidders;

    // committees (of segment 0), one per system: c1 to draw, c2 drawn (commit window), c3
    // committed (reveal window); cOff to draw on the pools with 30 % ineligible
    uint256[2] internal c1;
    uint256[2] internal c2;
    uint256[2] internal c3;
    uint256[2] internal cOff;

    uint256 internal constant FUND = 10_000_000 ether;

    function _deploy() internal returns (Sys memory s) {
        vm.startPrank(admin);
        s.t = new FaaSToken(admin, admin, 0);
        s.p = new WitnessPool(s.t, Presets.devPool());
        s.m = new Market(s.t, s.p, Presets.devMarket(), admin);
        s.p.setMarket(address(s.m));
        s.t.grantRole(s.t.MINTER_ROLE(), admin);
        vm.stopPrank();
        _fund(s, customer);
        _provider(s, winner);
    }

    function _fund(Sys memory s, address a) internal {
        vm.prank(admin);
        s.t.mint(a, FUND);
        vm.startPrank(a);
        s.t.approve(address(s.m), type(uint256).max);
        s.t.approve(address(s.p), type(uint256).max);
        vm.stopPrank();
    }

    function _provider(Sys memory s, address a) internal {
        _fund(s, a);
        vm.prank(a);
        s.m.registerProvider(10_000 ether, "");
    }

    function _witness(uint256 i) internal pure returns (address) {
        return address(uint160(uint256(keccak256(abi.encode("w", i)))));
    }

    function _witnesses(Sys memory s, uint256 n) internal {
        for (uint256 i; i < n; ++i) {
            _fund(s, _witness(i));
            vm.prank(_witness(i));
            s.p.registerWitness(100 ether);
        }
    }

    function _order(Sys memory s, uint32 biddingSeconds, uint32 revealSeconds) internal returns (uint256 id) {
        vm.prank(customer);
        id = s.m.createOrder(
            Market.OrderParams({
                levelId: 0,
                durationUnits: 4,
                maxUnitPrice: 1000 ether,
                biddingSeconds: biddingSeconds,
                revealSeconds: revealSeconds,
                witnessCount: 3,
                segments: 1
            })
        );
    }

    /// An open order won by `winner`, bidding over 2 s from now.
    function _won(Sys memory s) internal returns (uint256 id) {
        id = _order(s, 2, 0);
        vm.prank(winner);
        s.m.bid(id, 1 ether);
    }

    /// After its bidding: matched, published, accepted, module committed, confirmed. Returns
    /// the committee id of segment 0.
    function _serve(Sys memory s, uint256 id) internal returns (uint256) {
        s.m.closeBidding(id);
        vm.prank(winner);
        s.m.publishDeployment(id, "e", "");
        vm.startPrank(customer);
        s.m.acceptDeployment(id);
        s.m.fulfill(id, keccak256("module"));
        vm.stopPrank();
        vm.prank(winner);
        s.m.confirmDeployment(id);
        return id << 8;
    }

    function _commitAll(Sys memory s, uint256 c) internal {
        address[] memory mem = s.p.committee(c).members;
        for (uint256 i; i < mem.length; ++i) {
            bytes32 cm = s.p.reportCommitment(c, mem[i], false, uint64(block.timestamp), bytes32(i));
            vm.prank(mem[i]);
            s.p.commitReport(c, cm);
        }
    }

    /// The candidate indices of a committee's first `k` draws, for the window hash `h`.
    function _candidates(Sys memory s, uint256 c, bytes32 h, uint256 k) internal view returns (uint256[] memory idx) {
        WitnessPool.CommitteeView memory cv = s.p.committee(c);
        bytes32 seed = keccak256(abi.encode(keccak256(abi.encode(bytes32(c), h)), h));
        idx = new uint256[](k);
        for (uint256 i; i < k; ++i) {
            idx[i] = uint256(keccak256(abi.encode(seed, i))) % cv.listLength;
        }
    }

    /// Sets the two window hashes (the dev preset's blockNeed) of committee c to a value for
    /// which its first `k` candidates are distinct, and returns them.
    function _distinctWindow(Sys memory s, uint256 c, uint256 k) internal returns (uint256[] memory idx) {
        uint256 rb = s.p.committee(c).requestBlock;
        for (uint256 j;; ++j) {
            bytes32 h = keccak256(abi.encode("window", j));
            idx = _candidates(s, c, h, k);
            bool distinct = true;
            for (uint256 a; a < k && distinct; ++a) {
                for (uint256 b; b < a; ++b) {
                    if (idx[a] == idx[b]) distinct = false;
                }
            }
            if (distinct) {
                vm.setBlockhash(rb + 1, h);
                vm.setBlockhash(rb + 2, h);
                return idx;
            }
        }
    }

    /// 30 % of the list ineligible after the request: candidates 0 and 2 of the draw (so that
    /// both draws look at five candidates, skip two and seat 1, 3 and 4), and enough others, away
    /// from the first five candidates, to make 30 %: half of them offline, half exiting.
    function _ineligible(Sys memory s, uint256 n, uint256[] memory first) internal {
        uint256 want = n * 3 / 10;
        vm.prank(s.p.witnessAt(first[0]));
        s.p.setAvailable(false);
        vm.prank(s.p.witnessAt(first[2]));
        s.p.requestWitnessExit();
        uint256 done = 2;
        for (uint256 i; i < n && done < want; ++i) {
            bool isFirst;
            for (uint256 j; j < first.length; ++j) {
                if (first[j] == i) isFirst = true;
            }
            if (isFirst) continue;
            vm.prank(s.p.witnessAt(i));
            if (done % 2 == 0) s.p.setAvailable(false);
            else s.p.requestWitnessExit();
            ++done;
        }
    }

    function setUp() public {
        vm.warp(1_700_000_000);
        vm.roll(1000);
        small = _deploy();
        big = _deploy();
        smallOff = _deploy();
        bigOff = _deploy();
        _witnesses(small, 10);
        _witnesses(big, 1000);
        _witnesses(smallOff, 10);
        _witnesses(bigOff, 1000);
        vm.roll(block.number + 1);
        Sys[2] memory sys = [small, big];
        Sys[2] memory off = [smallOff, bigOff];

        // --- c3 of both systems: served now, drawn, all members commit; revealed during the test
        uint256[2] memory ids;
        for (uint256 k; k < 2; ++k) {
            ids[k] = _won(sys[k]);
        }
        vm.warp(block.timestamp + 2);
        for (uint256 k; k < 2; ++k) {
            c3[k] = _serve(sys[k], ids[k]);
        }
        vm.roll(block.number + 3);
        for (uint256 k; k < 2; ++k) {
            sys[k].p.drawCommittee(c3[k]);
            _commitAll(sys[k], c3[k]);
        }

        // --- sealed orders whose reveal window will be open during the test
        revealFew = _order(small, 2, 60);
        revealMany = _order(small, 2, 60);
        _provider(small, mRevealFew);
        _provider(small, mRevealMany);
        for (uint256 i; i < 40; ++i) {
            bidders.push(makeAddr(string.concat("sealed", vm.toString(i))));
            _provider(small, bidders[i]);
        }
        _sealedCommit(revealFew, bidders[0], 900 ether);
        for (uint256 i; i < 30; ++i) {
            _sealedCommit(revealMany, bidders[i], uint96(900 ether - i * 1 ether));
        }
        _sealedCommit(revealFew, mRevealFew, 100 ether);
        _sealedCommit(revealMany, mRevealMany, 100 ether);

        // --- into c3's reveal window
        vm.warp(small.p.committee(c3[0]).commitEnd + 1);
        _sealedReveal(revealFew, bidders[0], 900 ether);
        for (uint256 i; i < 30; ++i) {
            _sealedReveal(revealMany, bidders[i], uint96(900 ether - i * 1 ether));
        }

        // --- sealed orders open for commitments
        sealedFew = _order(small, 60, 60);
        sealedMany = _order(small, 60, 60);
        _provider(small, mCommitFew);
        _provider(small, mCommitMany);
        _sealedCommit(sealedFew, bidders[0], 5 ether);
        for (uint256 i; i < 40; ++i) {
            _sealedCommit(sealedMany, bidders[i], 5 ether);
        }

        // --- open orders
        openFew = _order(small, 60, 0);
        openMany = _order(small, 60, 0);
        _provider(small, mOpenFew);
        _provider(small, mOpenMany);
        vm.prank(bidders[0]);
        small.m.bid(openFew, 900 ether);
        for (uint256 i; i < 100; ++i) {
            address b = i < 40 ? bidders[i] : address(uint160(uint256(keccak256(abi.encode("open", i)))));
            if (i >= 40) _provider(small, b);
            vm.prank(b);
            small.m.bid(openMany, uint96(990 ether - i * 1 ether));
        }

        // --- c1 (to draw in the test) and c2 (drawn, in its commit window) of both systems, and
        // cOff on the pools with ineligible witnesses
        uint256[2] memory id1;
        uint256[2] memory id2;
        uint256[2] memory idOff;
        for (uint256 k; k < 2; ++k) {
            id1[k] = _won(sys[k]);
            id2[k] = _won(sys[k]);
            idOff[k] = _won(off[k]);
        }
        vm.warp(block.timestamp + 2);
        for (uint256 k; k < 2; ++k) {
            c1[k] = _serve(sys[k], id1[k]);
            c2[k] = _serve(sys[k], id2[k]);
            cOff[k] = _serve(off[k], idOff[k]);
        }
        vm.roll(block.number + 3);
        for (uint256 k; k < 2; ++k) {
            _distinctWindow(sys[k], c1[k], 3);
            _distinctWindow(sys[k], c2[k], 3);
            _ineligible(off[k], k == 0 ? 10 : 1000, _distinctWindow(off[k], cOff[k], 5));
        }
        for (uint256 k; k < 2; ++k) {
            sys[k].p.drawCommittee(c2[k]);
        }
    }

    function _sealedCommit(uint256 id, address p, uint96 price) internal {
        bytes32 c = small.m.bidCommitment(id, p, price, bytes32(uint256(uint160(p))));
        vm.prank(p);
        small.m.commitBid(id, c);
    }

    function _sealedReveal(uint256 id, address p, uint96 price) internal {
        vm.prank(p);
        small.m.revealBid(id, price, bytes32(uint256(uint160(p))));
    }

    /// Records both figures for docs/gas.md (gas profile only) and checks they are within pct.
    function _within(uint256 a, uint256 b, uint256 pct, string memory what) internal {
        vm.snapshotValue("Scaling", string.concat(what, " [fewer]"), a);
        vm.snapshotValue("Scaling", string.concat(what, " [more]"), b);
        uint256 hi = a > b ? a : b;
        uint256 lo = a > b ? b : a;
        vm.assertLt((hi - lo) * 100, pct * lo, what);
    }

    /// Every contract a measured call touches starts cold, as in a transaction of its own. The
    /// Market's libraries are the exception: vm.cool does not make a DELEGATECALL target cold
    /// again here, so they are made warm for both calls of a pair alike (under --isolate, the gas
    /// profile that writes the figures, every call is its own transaction and all is cold).
    function _cool(Sys memory s) internal {
        vm.cool(address(s.m));
        vm.cool(address(s.p));
        vm.cool(address(s.t));
        vm.assertGt(address(Auction).code.length + address(Segments).code.length, 0);
    }

    function _gas() internal view returns (uint256) {
        return vm.lastCallGas().gasTotalUsed;
    }

    // ---------------------------------------------------------------- bids

    function test_GasScaling_BidAfter1Vs100Bids() public {
        vm.assertEq(small.m.order(openMany).bestPrice, 891 ether);
        _cool(small);
        vm.prank(mOpenFew);
        small.m.bid(openFew, 500 ether);
        uint256 few = _gas();
        _cool(small);
        vm.prank(mOpenMany);
        small.m.bid(openMany, 500 ether);
        uint256 many = _gas();
        vm.assertEq(small.m.order(openMany).bestBidder, mOpenMany);
        _within(few, many, 1, "bid: 1 vs 100 earlier bids");
    }

    function test_GasScaling_CommitBidAfter1Vs40Commitments() public {
        bytes32 cFew = small.m.bidCommitment(sealedFew, mCommitFew, 4 ether, "x");
        bytes32 cMany = small.m.bidCommitment(sealedMany, mCommitMany, 4 ether, "x");
        _cool(small);
        vm.prank(mCommitFew);
        small.m.commitBid(sealedFew, cFew);
        uint256 few = _gas();
        _cool(small);
        vm.prank(mCommitMany);
        small.m.commitBid(sealedMany, cMany);
        uint256 many = _gas();
        vm.assertEq(uint256(small.m.order(sealedMany).commits), 41);
        _within(few, many, 1, "commitBid: 1 vs 40 earlier commitments");
    }

    function test_GasScaling_RevealBidAfter1Vs30Reveals() public {
        _cool(small);
        _sealedReveal(revealFew, mRevealFew, 100 ether);
        uint256 few = _gas();
        _cool(small);
        _sealedReveal(revealMany, mRevealMany, 100 ether);
        uint256 many = _gas();
        vm.assertEq(small.m.order(revealMany).bestBidder, mRevealMany);
        vm.assertEq(small.m.order(revealFew).bestBidder, mRevealFew);
        _within(few, many, 1, "revealBid: 1 vs 30 earlier reveals");
    }

    // ---------------------------------------------------------------- witnesses

    function test_GasScaling_DrawCommittee10Vs1000Witnesses() public {
        vm.assertEq(small.p.witnessListLength(), 10);
        vm.assertEq(big.p.witnessListLength(), 1000);
        _cool(small);
        small.p.drawCommittee(c1[0]);
        uint256 few = _gas();
        _cool(big);
        big.p.drawCommittee(c1[1]);
        uint256 many = _gas();
        vm.assertEq(small.p.committee(c1[0]).members.length, 3);
        vm.assertEq(big.p.committee(c1[1]).members.length, 3);
        _within(few, many, 5, "drawCommittee(N=3): 10 vs 1000 witnesses");
    }

    /// 30 % of each list ineligible (offline or exiting), two of them among the first
    /// candidates: both draws look at five candidates, skip two and seat three.
    function test_GasScaling_DrawCommittee10Vs1000Witnesses30PercentIneligible() public {
        for (uint256 k; k < 2; ++k) {
            Sys memory s = k == 0 ? smallOff : bigOff;
            uint256 n = s.p.witnessListLength();
            uint256 off;
            for (uint256 i; i < n; ++i) {
                WitnessPool.WitnessView memory w = s.p.witness(s.p.witnessAt(i));
                if (!w.available || w.exiting) ++off;
            }
            vm.assertEq(off, n * 3 / 10, "30 % ineligible");
        }
        _cool(smallOff);
        smallOff.p.drawCommittee(cOff[0]);
        uint256 few = _gas();
        _cool(bigOff);
        bigOff.p.drawCommittee(cOff[1]);
        uint256 many = _gas();
        vm.assertEq(smallOff.p.committee(cOff[0]).members.length, 3);
        vm.assertEq(bigOff.p.committee(cOff[1]).members.length, 3);
        _within(few, many, 5, "drawCommittee(N=3), 30 % ineligible: 10 vs 1000 witnesses");
    }

    function test_GasScaling_CommitReport10Vs1000Witnesses() public {
        address a = small.p.committee(c2[0]).members[0];
        address b = big.p.committee(c2[1]).members[0];
        bytes32 ca = small.p.reportCommitment(c2[0], a, true, uint64(block.timestamp), "s");
        bytes32 cb = big.p.reportCommitment(c2[1], b, true, uint64(block.timestamp), "s");
        _cool(small);
        vm.prank(a);
        small.p.commitReport(c2[0], ca);
        uint256 few = _gas();
        _cool(big);
        vm.prank(b);
        big.p.commitReport(c2[1], cb);
        uint256 many = _gas();
        _within(few, many, 1, "commitReport: 10 vs 1000 witnesses");
    }

    function test_GasScaling_RevealReport10Vs1000Witnesses() public {
        address a = small.p.committee(c3[0]).members[1];
        address b = big.p.committee(c3[1]).members[1];
        uint64 ta = small.p.seat(c3[0], a).commitTime;
        uint64 tb = big.p.seat(c3[1], b).commitTime;
        _cool(small);
        vm.prank(a);
        small.p.revealReport(c3[0], false, ta, bytes32(uint256(1)));
        uint256 few = _gas();
        _cool(big);
        vm.prank(b);
        big.p.revealReport(c3[1], false, tb, bytes32(uint256(1)));
        uint256 many = _gas();
        _within(few, many, 1, "revealReport: 10 vs 1000 witnesses");
    }

    /// The draw grows with N only: N = 3 vs N = 15 on the same pool differ, as they must,
    /// while the pool size does not matter (above).
    function test_GasScaling_DrawCommitteeGrowsWithN() public {
        vm.prank(customer);
        uint256 id = big.m.createOrder(
            Market.OrderParams({
                levelId: 0,
                durationUnits: 4,
                maxUnitPrice: 1000 ether,
                biddingSeconds: 2,
                revealSeconds: 0,
                witnessCount: 15,
                segments: 1
            })
        );
        vm.prank(winner);
        big.m.bid(id, 1 ether);
        vm.warp(block.timestamp + 2);
        uint256 c = _serve(big, id);
        vm.roll(block.number + 3);
        _cool(big);
        big.p.drawCommittee(c1[1]);
        uint256 n3 = _gas();
        _cool(big);
        big.p.drawCommittee(c);
        uint256 n15 = _gas();
        vm.assertEq(big.p.committee(c).members.length, 15);
        vm.assertGt(n15, n3 * 3, "fifteen members cost more than three");
    }
}
