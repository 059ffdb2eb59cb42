// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Test} from "./lib/Test.sol";
import {FaaSToken} from "../src/FaaSToken.sol";
import {Market} from "../src/Market.sol";
import {WitnessPool} from "../src/WitnessPool.sol";
import {IWitnessPool} from "../src/IWitnessPool.sol";
import {Presets} from "../src/Presets.sol";

/// @notice The deployed market on the dev preset, funded actors, and helpers for each step of a
/// lease, shared by the unit, fuzz, invariant and gas tests.
abstract contract Base is Test {
    FaaSToken internal token;
    Market internal market;
    WitnessPool internal pool;

    address internal admin = makeAddr("admin");
    address internal alice = makeAddr("alice"); // customer
    address internal bob = makeAddr("bob"); // customer
    address[] internal providerAccts;
    address[] internal witnessAccts;

    uint256 internal constant FUND = 1_000_000 ether;
    uint96 internal constant MAX_PRICE = 10 ether;
    uint32 internal constant UNITS = 4;
    bytes32 internal constant MODULE = keccak256("the customer's module");

    Market.Params internal mp;
    WitnessPool.Params internal wp;

    function setUp() public virtual {
        vm.warp(1_700_000_000);
        vm.roll(100);
        mp = Presets.devMarket();
        wp = Presets.devPool();
        deployAll(mp, wp);
        for (uint256 i; i < 3; ++i) {
            providerAccts.push(makeAddr(string.concat("provider", vm.toString(i))));
        }
        for (uint256 i; i < 5; ++i) {
            witnessAccts.push(makeAddr(string.concat("witness", vm.toString(i))));
        }
        fund(alice);
        fund(bob);
        for (uint256 i; i < providerAccts.length; ++i) fund(providerAccts[i]);
        for (uint256 i; i < witnessAccts.length; ++i) fund(witnessAccts[i]);
    }

    /// The deployment of contracts.Deploy on the dev preset: the pool bound to the market, the
    /// admin a faucet (MINTER_ROLE); nothing else holds a role.
    function deployAll(Market.Params memory m, WitnessPool.Params memory w) internal {
        vm.startPrank(admin);
        token = new FaaSToken(admin, admin, 0);
        pool = new WitnessPool(token, w);
        market = new Market(token, pool, m, admin);
        pool.setMarket(address(market));
        token.grantRole(token.MINTER_ROLE(), admin);
        vm.stopPrank();
    }

    function fund(address a) internal {
        vm.prank(admin);
        token.mint(a, FUND);
        vm.startPrank(a);
        token.approve(address(market), type(uint256).max);
        token.approve(address(pool), type(uint256).max);
        vm.stopPrank();
    }

    function registerProviders() internal {
        for (uint256 i; i < providerAccts.length; ++i) {
            vm.prank(providerAccts[i]);
            market.registerProvider(1000 ether, "https://provider.example/meta.json");
        }
    }

    /// Registers the five witnesses and moves to the next block, so that committees requested
    /// from now on may draw them (eligibleSince < requestBlock).
    function registerWitnesses() internal {
        for (uint256 i; i < witnessAccts.length; ++i) {
            vm.prank(witnessAccts[i]);
            pool.registerWitness(100 ether);
        }
        vm.roll(block.number + 1);
    }

    function orderParams(uint32 revealSeconds) internal pure returns (Market.OrderParams memory) {
        return Market.OrderParams({
            levelId: 0,
            durationUnits: UNITS,
            maxUnitPrice: MAX_PRICE,
            biddingSeconds: 10,
            revealSeconds: revealSeconds,
            witnessCount: 3,
            segments: 1
        });
    }

    function segmentedParams(uint32 units, uint8 segs) internal pure returns (Market.OrderParams memory p) {
        p = orderParams(0);
        p.durationUnits = units;
        p.segments = segs;
    }

    function createOpenOrder() internal returns (uint256 id) {
        vm.prank(alice);
        id = market.createOrder(orderParams(0));
    }

    function createSealedOrder() internal returns (uint256 id) {
        vm.prank(alice);
        id = market.createOrder(orderParams(10));
    }

    function bidAs(address p, uint256 id, uint96 price) internal {
        vm.prank(p);
        market.bid(id, price);
    }

    function toCloseAndMatch(uint256 id) internal {
        Market.Order memory o = market.order(id);
        vm.warp(o.revealEnd);
        market.closeBidding(id);
    }

    /// An order of alice's with these params, won by `winner` at `price`, published and
    /// accepted: Deploying.
    function runToDeploying(Market.OrderParams memory p, address winner, uint96 price) internal returns (uint256 id) {
        vm.prank(alice);
        id = market.createOrder(p);
        bidAs(winner, id, price);
        toCloseAndMatch(id);
        vm.prank(winner);
        market.publishDeployment(id, "https://p.example", hex"01");
        vm.prank(alice);
        market.acceptDeployment(id);
    }

    function runToDeploying(address winner, uint96 price) internal returns (uint256 id) {
        return runToDeploying(orderParams(0), winner, price);
    }

    /// ... then the customer commits its module and the provider confirms: Fulfilling, segment
    /// 0's committee requested.
    function runToService(Market.OrderParams memory p, address winner, uint96 price) internal returns (uint256 id) {
        id = runToDeploying(p, winner, price);
        vm.prank(alice);
        market.fulfill(id, MODULE);
        vm.prank(winner);
        market.confirmDeployment(id);
    }

    function runToService(address winner, uint96 price) internal returns (uint256 id) {
        return runToService(orderParams(0), winner, price);
    }

    function cid(uint256 orderId, uint8 k) internal pure returns (uint256) {
        return orderId << 8 | k;
    }

    function drawNow(uint256 committeeId) internal returns (address[] memory members) {
        vm.roll(pool.drawDueAfter(committeeId) + 1);
        pool.drawCommittee(committeeId);
        members = pool.committee(committeeId).members;
    }

    function reportSecret(address w) internal pure returns (bytes32) {
        return keccak256(abi.encode("secret", w));
    }

    function commitAs(uint256 committeeId, address w, bool violated) internal {
        bytes32 c = pool.reportCommitment(committeeId, w, violated, uint64(block.timestamp), reportSecret(w));
        vm.prank(w);
        pool.commitReport(committeeId, c);
    }

    /// Reveals with the T the commit used (the commit time, which commitAs used as T).
    function revealAs(uint256 committeeId, address w, bool violated) internal {
        uint64 t = pool.seat(committeeId, w).commitTime;
        vm.prank(w);
        pool.revealReport(committeeId, violated, t, reportSecret(w));
    }

    function toRevealWindow(uint256 committeeId) internal {
        vm.warp(pool.committee(committeeId).commitEnd + 1);
    }

    function toAfterReveal(uint256 committeeId) internal {
        vm.warp(pool.committee(committeeId).revealEnd + 1);
    }

    /// Draws the committee, every member commits `violated` and reveals it.
    function witnessSegment(uint256 committeeId, bool violated) internal returns (address[] memory members) {
        members = drawNow(committeeId);
        for (uint256 i; i < members.length; ++i) {
            commitAs(committeeId, members[i], violated);
        }
        toRevealWindow(committeeId);
        for (uint256 i; i < members.length; ++i) {
            revealAs(committeeId, members[i], violated);
        }
    }

    // ---------------------------------------------------------------- small readers

    function stateOf(uint256 id) internal view returns (uint8) {
        return uint8(market.order(id).state);
    }

    function lockedOf(address p) internal view returns (uint256) {
        return market.provider(p).locked;
    }

    function stakeOf(address p) internal view returns (uint256) {
        return market.provider(p).stake;
    }

    function wStake(address w) internal view returns (uint256) {
        return pool.witness(w).stake;
    }

    function wLocked(address w) internal view returns (uint256) {
        return pool.witness(w).locked;
    }

    function feeOf(uint256 id) internal view returns (uint256) {
        return market.lease(id).fee;
    }

    function seatFeeOf(uint256 id) internal view returns (uint256) {
        return market.lease(id).seatFee;
    }

    /// Funds and registers `n` more witnesses named `prefix0..`, each staking `stake`.
    function addWitnesses(string memory prefix, uint256 n, uint256 stake) internal returns (address[] memory ws) {
        ws = new address[](n);
        for (uint256 i; i < n; ++i) {
            address w = makeAddr(string.concat(prefix, vm.toString(i)));
            fund(w);
            vm.prank(w);
            pool.registerWitness(stake);
            ws[i] = w;
        }
    }

    /// Funds and registers one more provider.
    function newProvider(string memory name, uint256 stake) internal returns (address p) {
        p = makeAddr(name);
        fund(p);
        vm.prank(p);
        market.registerProvider(stake, "ipfs://meta");
    }

    function isIn(address a, address[] memory list) internal pure returns (bool) {
        for (uint256 i; i < list.length; ++i) {
            if (list[i] == a) return true;
        }
        return false;
    }

    /// Reference model of the draw (SPEC §4.2): the seed from the `blockNeed` hashes after
    /// `seedBlock`, then the first n distinct candidates `list[keccak(seed, i) % L]` that are
    /// eligible now for a committee requested at `requestBlock`.
    function expectedCommittee(uint256 committeeId) internal view returns (address[] memory picked) {
        WitnessPool.CommitteeView memory c = pool.committee(committeeId);
        bytes32 seed = bytes32(committeeId);
        for (uint256 b = c.seedBlock + 1; b <= c.seedBlock + wp.blockNeed; ++b) {
            seed = keccak256(abi.encode(seed, blockhash(b)));
        }
        uint256 len = c.listLength;
        picked = new address[](c.n);
        uint256 count;
        for (uint256 i; i < 8 * len && count < c.n; ++i) {
            address a = pool.witnessAt(uint256(keccak256(abi.encode(seed, i))) % len);
            if (a == address(0) || a == c.customer || a == c.provider || isIn(a, picked)) continue;
            WitnessPool.WitnessView memory w = pool.witness(a);
            if (!w.registered || !w.available || w.exiting || w.eligibleSince >= c.requestBlock) continue;
            if (w.stake - w.locked < c.seatLock) continue;
            picked[count++] = a;
        }
        assembly {
            mstore(picked, count)
        }
    }
}
