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

    function deployAll(Market.Params memory m, WitnessPool.Params memory w) internal {
        vm.startPrank(admin);
        token = new FaaSToken(admin, admin, 0);
        pool = new WitnessPool(token, w, admin);
        market = new Market(token, pool, m, admin);
        token.grantRole(token.MINTER_ROLE(), address(pool));
        token.grantRole(token.MINTER_ROLE(), admin);
        pool.grantRole(pool.MARKET_ROLE(), address(market));
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

    function registerWitnesses() internal {
        for (uint256 i; i < witnessAccts.length; ++i) {
            vm.prank(witnessAccts[i]);
            pool.registerWitness(100 ether);
        }
    }

    function orderParams(uint32 revealSeconds) internal pure returns (Market.OrderParams memory) {
        return Market.OrderParams({
            levelId: 0,
            durationUnits: UNITS,
            maxUnitPrice: MAX_PRICE,
            biddingSeconds: 10,
            revealSeconds: revealSeconds,
            witnessCount: 3
        });
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

    /// Runs an open order to Fulfilling with `winner` at `price`.
    function runToService(address winner, uint96 price) internal returns (uint256 id) {
        id = createOpenOrder();
        bidAs(winner, id, price);
        toCloseAndMatch(id);
        vm.prank(winner);
        market.publishDeployment(id, "https://p.example", hex"01");
        vm.prank(alice);
        market.acceptDeployment(id);
        vm.prank(alice);
        market.fulfill(id);
    }

    function drawNow(uint256 id) internal returns (address[] memory members) {
        vm.roll(block.number + wp.blockNeed + 1);
        pool.drawCommittee(id);
        members = pool.committee(id).members;
    }

    function reportSecret(address w) internal pure returns (bytes32) {
        return keccak256(abi.encode("secret", w));
    }

    function commitAs(uint256 id, address w, bool violated) internal {
        bytes32 c = pool.reportCommitment(id, w, violated, uint64(block.timestamp), reportSecret(w));
        vm.prank(w);
        pool.commitReport(id, c);
    }

    /// Reveals with the T the commit used (the commit time, which commitAs used as T).
    function revealAs(uint256 id, address w, bool violated) internal {
        uint64 t = pool.seat(id, w).commitTime;
        vm.prank(w);
        pool.revealReport(id, violated, t, reportSecret(w));
    }

    function toRevealWindow(uint256 id) internal {
        vm.warp(pool.committee(id).commitEnd + 1);
    }

    function toAfterReveal(uint256 id) internal {
        vm.warp(pool.committee(id).revealEnd + 1);
    }

    // ---------------------------------------------------------------- helpers for the unit, fuzz
    // and invariant suites (added after the gas test; they change nothing it uses)

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

    /// An open order of alice's, won by `winner` at `price`, published and accepted: Deploying.
    function runToDeploying(address winner, uint96 price) internal returns (uint256 id) {
        id = createOpenOrder();
        bidAs(winner, id, price);
        toCloseAndMatch(id);
        vm.prank(winner);
        market.publishDeployment(id, "https://p.example", hex"01");
        vm.prank(alice);
        market.acceptDeployment(id);
    }

    /// The members of the drawable array, read from storage (slot 5 of WitnessPool, see
    /// `forge inspect WitnessPool storageLayout`), in array order.
    function drawableList() internal view returns (address[] memory list) {
        uint256 len = uint256(vm.load(address(pool), bytes32(uint256(5))));
        list = new address[](len);
        uint256 base = uint256(keccak256(abi.encode(uint256(5))));
        for (uint256 i; i < len; ++i) {
            list[i] = address(uint160(uint256(vm.load(address(pool), bytes32(base + i)))));
        }
    }

    /// Reference model of the draw (SPEC §4.2): seed from `blockNeed` hashes starting at `from`,
    /// then a plain Fisher–Yates over a copy of the drawable array, skipping the two parties.
    function expectedCommittee(uint256 leaseId, uint256 from, address customer, address provider_, uint256 n)
        internal
        view
        returns (address[] memory picked)
    {
        bytes32 acc = bytes32(leaseId);
        for (uint256 b = from; b < from + wp.blockNeed; ++b) {
            acc = keccak256(abi.encode(acc, blockhash(b)));
        }
        uint256 seed = uint256(acc);
        address[] memory arr = drawableList();
        uint256 len = arr.length;
        picked = new address[](n);
        uint256 count;
        for (uint256 i; i < len && count < n; ++i) {
            seed = uint256(keccak256(abi.encode(seed, i)));
            uint256 j = i + seed % (len - i);
            address a = arr[j];
            arr[j] = arr[i];
            arr[i] = a;
            if (a == customer || a == provider_) continue;
            picked[count++] = a;
        }
        assembly {
            mstore(picked, count)
        }
    }
}
