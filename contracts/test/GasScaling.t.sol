// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Test} from "./lib/Test.sol";
import {FaaSToken} from "../src/FaaSToken.sol";
import {Market} from "../src/Market.sol";
import {WitnessPool} from "../src/WitnessPool.sol";
import {Presets} from "../src/Presets.sol";

/// @notice SPEC §7.6: the gas of bid, commitBid, revealBid, commitReport and revealReport does not
/// grow with the number of bids or witnesses, and drawCommittee grows with N only.
/// @dev Fair measurement without --isolate: everything measured is prepared in setUp (its own
/// transaction), so every slot a measured call touches is clean; before each measured call the
/// contract is cooled (vm.cool), so every measured call starts cold, like a transaction of its
/// own. Each pair of calls takes the same code path, and differs only in the number of earlier
/// bids or registered witnesses.
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

    // bidding, on `small`
    uint256 internal openFew; // 1 earlier bid
    uint256 internal openMany; // 100 earlier bids
    uint256 internal sealedFew; // 1 earlier commitment (open for commits)
    uint256 internal sealedMany; // 31 earlier commitments
    uint256 internal revealFew; // 1 earlier reveal (in its reveal window)
    uint256 internal revealMany; // 30 earlier reveals
    address internal mOpenFew = makeAddr("mOpenFew");
    address internal mOpenMany = makeAddr("mOpenMany");
    address internal mCommitFew = makeAddr("mCommitFew");
    address internal mCommitMany = makeAddr("mCommitMany");
    address internal mRevealFew = makeAddr("mRevealFew");
    address internal mRevealMany = makeAddr("mRevealMany");
    address[] internal bidders;

    // committees, one set per system: L1 to draw, L2 drawn (commit window), L3 committed (reveal window)
    uint256[2] internal l1;
    uint256[2] internal l2;
    uint256[2] internal l3;

    uint256 internal constant FUND = 10_000_000 ether;

    function _deploy() internal returns (Sys memory s) {
        vm.startPrank(admin);
        s.t = new FaaSToken(admin, admin, 0);
        s.p = new WitnessPool(s.t, Presets.devPool(), admin);
        s.m = new Market(s.t, s.p, Presets.devMarket(), admin);
        s.t.grantRole(s.t.MINTER_ROLE(), address(s.p));
        s.t.grantRole(s.t.MINTER_ROLE(), admin);
        s.p.grantRole(s.p.MARKET_ROLE(), address(s.m));
        vm.stopPrank();
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

    function _witnesses(Sys memory s, uint256 n) internal {
        for (uint256 i; i < n; ++i) {
            address w = address(uint160(uint256(keccak256(abi.encode("w", i)))));
            _fund(s, w);
            vm.prank(w);
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
                witnessCount: 3
            })
        );
    }

    /// An order won by `winner` and in service (committee requested), bidding closed now + 2s.
    function _toService(Sys memory s, uint256 id) internal {
        vm.prank(winner);
        s.m.bid(id, 1 ether);
    }

    function _serve(Sys memory s, uint256 id) internal {
        s.m.closeBidding(id);
        vm.prank(winner);
        s.m.publishDeployment(id, "e", "");
        vm.startPrank(customer);
        s.m.acceptDeployment(id);
        s.m.fulfill(id);
        vm.stopPrank();
    }

    function _commitAll(Sys memory s, uint256 id) internal {
        address[] memory mem = s.p.committee(id).members;
        for (uint256 i; i < mem.length; ++i) {
            bytes32 c = s.p.reportCommitment(id, mem[i], false, uint64(block.timestamp), bytes32(i));
            vm.prank(mem[i]);
            s.p.commitReport(id, c);
        }
    }

    function setUp() public {
        vm.warp(1_700_000_000);
        vm.roll(1000);
        small = _deploy();
        big = _deploy();
        Sys[2] memory sys = [small, big];
        for (uint256 k; k < 2; ++k) {
            _fund(sys[k], customer);
            _provider(sys[k], winner);
        }
        _witnesses(small, 10);
        _witnesses(big, 1000);

        // --- L3 of both systems: served now, drawn, all members commit; revealed during the test
        for (uint256 k; k < 2; ++k) {
            l3[k] = _order(sys[k], 2, 0);
            _toService(sys[k], l3[k]);
        }
        vm.warp(block.timestamp + 2);
        for (uint256 k; k < 2; ++k) {
            _serve(sys[k], l3[k]);
        }
        vm.roll(block.number + 3);
        for (uint256 k; k < 2; ++k) {
            sys[k].p.drawCommittee(l3[k]);
            _commitAll(sys[k], l3[k]);
        }

        // --- sealed orders whose reveal window will be open during the test
        revealFew = _order(small, 2, 60);
        revealMany = _order(small, 2, 60);
        _provider(small, mRevealFew);
        _provider(small, mRevealMany);
        for (uint256 i; i < 31; ++i) {
            bidders.push(makeAddr(string.concat("sealed", vm.toString(i))));
            _provider(small, bidders[i]);
        }
        _sealedCommit(revealFew, bidders[0], 900 ether);
        for (uint256 i; i < 30; ++i) {
            _sealedCommit(revealMany, bidders[i], uint96(900 ether - i * 1 ether));
        }
        _sealedCommit(revealFew, mRevealFew, 100 ether);
        _sealedCommit(revealMany, mRevealMany, 100 ether);

        // --- into L3's reveal window (serviceEnd + commitGrace, + revealSeconds]
        vm.warp(small.p.committee(l3[0]).commitEnd + 1);
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
        for (uint256 i; i < 31; ++i) {
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
            address b = i < 31 ? bidders[i] : address(uint160(uint256(keccak256(abi.encode("open", i)))));
            if (i >= 31) _provider(small, b);
            vm.prank(b);
            small.m.bid(openMany, uint96(990 ether - i * 1 ether));
        }

        // --- L1 (to draw in the test) and L2 (drawn, in its commit window) of both systems
        for (uint256 k; k < 2; ++k) {
            l1[k] = _order(sys[k], 2, 0);
            l2[k] = _order(sys[k], 2, 0);
            _toService(sys[k], l1[k]);
            _toService(sys[k], l2[k]);
        }
        vm.warp(block.timestamp + 2);
        for (uint256 k; k < 2; ++k) {
            _serve(sys[k], l1[k]);
            _serve(sys[k], l2[k]);
        }
        vm.roll(block.number + 3);
        for (uint256 k; k < 2; ++k) {
            sys[k].p.drawCommittee(l2[k]);
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

    function _gas() internal view returns (uint256) {
        return vm.lastCallGas().gasTotalUsed;
    }

    // ---------------------------------------------------------------- bids

    function test_GasScaling_BidAfter1Vs100Bids() public {
        vm.assertEq(small.m.order(openMany).bestPrice, 891 ether);
        vm.cool(address(small.m));
        vm.prank(mOpenFew);
        small.m.bid(openFew, 500 ether);
        uint256 few = _gas();
        vm.cool(address(small.m));
        vm.prank(mOpenMany);
        small.m.bid(openMany, 500 ether);
        uint256 many = _gas();
        vm.assertEq(small.m.order(openMany).bestBidder, mOpenMany);
        _within(few, many, 1, "bid: 1 vs 100 earlier bids");
    }

    function test_GasScaling_CommitBidAfter1Vs31Commitments() public {
        bytes32 c1 = small.m.bidCommitment(sealedFew, mCommitFew, 4 ether, "x");
        bytes32 c2 = small.m.bidCommitment(sealedMany, mCommitMany, 4 ether, "x");
        vm.cool(address(small.m));
        vm.prank(mCommitFew);
        small.m.commitBid(sealedFew, c1);
        uint256 few = _gas();
        vm.cool(address(small.m));
        vm.prank(mCommitMany);
        small.m.commitBid(sealedMany, c2);
        uint256 many = _gas();
        vm.assertEq(uint256(small.m.order(sealedMany).commits), 32);
        _within(few, many, 1, "commitBid: 1 vs 31 earlier commitments");
    }

    function test_GasScaling_RevealBidAfter1Vs30Reveals() public {
        vm.cool(address(small.m));
        _sealedReveal(revealFew, mRevealFew, 100 ether);
        uint256 few = _gas();
        vm.cool(address(small.m));
        _sealedReveal(revealMany, mRevealMany, 100 ether);
        uint256 many = _gas();
        vm.assertEq(small.m.order(revealMany).bestBidder, mRevealMany);
        vm.assertEq(small.m.order(revealFew).bestBidder, mRevealFew);
        _within(few, many, 1, "revealBid: 1 vs 30 earlier reveals");
    }

    // ---------------------------------------------------------------- witnesses

    function test_GasScaling_DrawCommittee10Vs1000Witnesses() public {
        vm.assertEq(small.p.drawableCount(), 10);
        vm.assertEq(big.p.drawableCount(), 1000);
        vm.cool(address(small.p));
        small.p.drawCommittee(l1[0]);
        uint256 few = _gas();
        vm.cool(address(big.p));
        big.p.drawCommittee(l1[1]);
        uint256 many = _gas();
        vm.assertEq(small.p.committee(l1[0]).members.length, 3);
        vm.assertEq(big.p.committee(l1[1]).members.length, 3);
        _within(few, many, 5, "drawCommittee(N=3): 10 vs 1000 witnesses");
    }

    function test_GasScaling_CommitReport10Vs1000Witnesses() public {
        address a = small.p.committee(l2[0]).members[0];
        address b = big.p.committee(l2[1]).members[0];
        bytes32 ca = small.p.reportCommitment(l2[0], a, true, uint64(block.timestamp), "s");
        bytes32 cb = big.p.reportCommitment(l2[1], b, true, uint64(block.timestamp), "s");
        vm.cool(address(small.p));
        vm.prank(a);
        small.p.commitReport(l2[0], ca);
        uint256 few = _gas();
        vm.cool(address(big.p));
        vm.prank(b);
        big.p.commitReport(l2[1], cb);
        uint256 many = _gas();
        _within(few, many, 1, "commitReport: 10 vs 1000 witnesses");
    }

    function test_GasScaling_RevealReport10Vs1000Witnesses() public {
        address a = small.p.committee(l3[0]).members[1];
        address b = big.p.committee(l3[1]).members[1];
        uint64 ta = small.p.seat(l3[0], a).commitTime;
        uint64 tb = big.p.seat(l3[1], b).commitTime;
        vm.cool(address(small.p));
        vm.prank(a);
        small.p.revealReport(l3[0], false, ta, bytes32(uint256(1)));
        uint256 few = _gas();
        vm.cool(address(big.p));
        vm.prank(b);
        big.p.revealReport(l3[1], false, tb, bytes32(uint256(1)));
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
                witnessCount: 15
            })
        );
        _toService(big, id);
        vm.warp(block.timestamp + 2);
        _serve(big, id);
        vm.roll(block.number + 3);
        vm.cool(address(big.p));
        big.p.drawCommittee(l1[1]);
        uint256 n3 = _gas();
        vm.cool(address(big.p));
        big.p.drawCommittee(id);
        uint256 n15 = _gas();
        vm.assertEq(big.p.committee(id).members.length, 15);
        vm.assertGt(n15, n3 * 3, "fifteen members cost more than three");
    }
}
