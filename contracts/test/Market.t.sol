// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Base} from "./Base.sol";
import {Vm} from "./lib/Test.sol";
import {Market} from "../src/Market.sol";
import {WitnessPool} from "../src/WitnessPool.sol";
import {IWitnessPool} from "../src/IWitnessPool.sol";
import {FaaSToken} from "../src/FaaSToken.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";

/// @notice Unit tests of the Market (SPEC §3): every public function's success path and every
/// named revert, with exact arguments. Segments and probe kits: Segments.t.sol.
contract MarketTest is Base {
    address internal p0;
    address internal p1;
    address internal p2;
    address internal stranger = makeAddr("stranger");

    uint8 internal constant BIDDING = uint8(Market.State.Bidding);
    uint8 internal constant CONFIRMING = uint8(Market.State.Confirming);
    uint8 internal constant DEPLOYING = uint8(Market.State.Deploying);
    uint8 internal constant FULFILLING = uint8(Market.State.Fulfilling);
    uint8 internal constant SETTLED = uint8(Market.State.Settled);
    uint8 internal constant FINISHED = uint8(Market.State.Finished);
    uint8 internal constant FAILED = uint8(Market.State.Failed);

    /// orderParams(0): maxFee 40 FST; s on maxFee = 5 % of 40 = 2 FST; deposit 31 s = 62 FST.
    uint256 internal constant MAX_FEE = 40 ether;
    uint256 internal constant DEPOSIT_ON_MAX = 62 ether;

    function setUp() public virtual override {
        super.setUp();
        registerProviders();
        registerWitnesses();
        p0 = providerAccts[0];
        p1 = providerAccts[1];
        p2 = providerAccts[2];
    }

    function _coll(uint96 price) internal view returns (uint256) {
        return market.collateralFor(price, MAX_PRICE, UNITS);
    }

    /// The deposit left after the close at `price`: 31 seat fees on the fee.
    function _deposit(uint96 price) internal view returns (uint256) {
        return 31 * market.seatFeeFor(uint256(price) * UNITS, UNITS, 1);
    }

    function _commit(address p, uint256 id, uint96 price, bytes32 salt) internal {
        bytes32 c = market.bidCommitment(id, p, price, salt);
        vm.prank(p);
        market.commitBid(id, c);
    }

    /// Computes the commitment first, so that the expected revert applies to commitBid itself.
    function _commitReverts(address p, uint256 id, uint96 price, bytes32 salt, bytes memory err) internal {
        bytes32 c = market.bidCommitment(id, p, price, salt);
        vm.expectRevert(err);
        vm.prank(p);
        market.commitBid(id, c);
    }

    function _reveal(address p, uint256 id, uint96 price, bytes32 salt) internal {
        vm.prank(p);
        market.revealBid(id, price, salt);
    }

    function _toReveal(uint256 id) internal {
        vm.warp(market.order(id).biddingEnd);
    }

    function _matched(address winner, uint96 price) internal returns (uint256 id) {
        id = createOpenOrder();
        bidAs(winner, id, price);
        toCloseAndMatch(id);
    }

    function _committed(address winner, uint96 price) internal returns (uint256 id) {
        id = runToDeploying(winner, price);
        vm.prank(alice);
        market.fulfill(id, MODULE);
    }

    // ================================================================ constructor, params, levels

    function test_Constructor_InitialLevelsAndParams() public view {
        vm.assertEq(market.levelCount(), 3);
        Market.Level memory l = market.level(0);
        vm.assertEq(uint256(l.cpuMilli), 1000);
        vm.assertEq(uint256(l.memoryMB), 512);
        vm.assertEq(uint256(l.imageMB), 50);
        vm.assertTrue(l.active);
        l = market.level(1);
        vm.assertEq(uint256(l.memoryMB), 1024);
        vm.assertEq(uint256(l.imageMB), 100);
        l = market.level(2);
        vm.assertEq(uint256(l.cpuMilli), 2000);
        vm.assertEq(uint256(l.memoryMB), 2048);
        vm.assertEq(uint256(l.imageMB), 200);
        vm.assertEq(keccak256(abi.encode(market.params())), keccak256(abi.encode(mp)), "params() as deployed");
        vm.assertEq(address(market.token()), address(token));
        vm.assertEq(address(market.witnessPool()), address(pool));
        vm.assertEq(market.owner(), admin);
        vm.assertEq(market.orderCount(), 0);
    }

    /// The probe rules and every other field travel through params() unchanged, in SPEC §6's
    /// order (the field names are checked by the Go bindings' test of the presets).
    function test_Params_ReturnsTheProbeRules() public view {
        Market.Params memory p = market.params();
        vm.assertEq(uint256(p.requestTimeout), mp.requestTimeout);
        vm.assertEq(uint256(p.probeMargin), mp.probeMargin);
        vm.assertEq(uint256(p.probeRatePerMinute), mp.probeRatePerMinute);
        vm.assertEq(uint256(p.probeBurst), mp.probeBurst);
        vm.assertEq(uint256(p.slaFailBps), mp.slaFailBps);
        vm.assertEq(uint256(p.slaMinFailures), mp.slaMinFailures);
        vm.assertEq(uint256(p.confirmDeployTimeout), mp.confirmDeployTimeout);
        vm.assertEq(uint256(p.minSeatFeePerUnit), mp.minSeatFeePerUnit);
    }

    function _ctorReverts(Market.Params memory p, string memory name) internal {
        vm.expectRevert(abi.encodeWithSelector(Market.InvalidParameter.selector, name));
        new Market(token, pool, p, admin);
    }

    function test_Constructor_RevertsWhen_InvalidParameter() public {
        vm.expectRevert(abi.encodeWithSelector(Market.InvalidParameter.selector, "token"));
        new Market(FaaSToken(address(0)), pool, mp, admin);
        vm.expectRevert(abi.encodeWithSelector(Market.InvalidParameter.selector, "witnessPool"));
        new Market(token, IWitnessPool(address(0)), mp, admin);
        Market.Params memory p = mp;
        p.billingPeriod = 0;
        _ctorReverts(p, "billingPeriod");
        p = mp;
        p.minBiddingSeconds = 0;
        _ctorReverts(p, "biddingSeconds bounds");
        p = mp;
        p.maxBiddingSeconds = p.minBiddingSeconds - 1;
        _ctorReverts(p, "biddingSeconds bounds");
        p = mp;
        p.minRevealSeconds = 0;
        _ctorReverts(p, "revealSeconds bounds");
        p = mp;
        p.maxRevealSeconds = p.minRevealSeconds - 1;
        _ctorReverts(p, "revealSeconds bounds");
        p = mp;
        p.collateralBps = 0;
        _ctorReverts(p, "collateralBps");
        p.collateralBps = 10_001;
        _ctorReverts(p, "collateralBps");
        p = mp;
        p.collateralFloorBps = 10_001;
        _ctorReverts(p, "collateralFloorBps");
        p = mp;
        p.bidBondBps = 10_001;
        _ctorReverts(p, "bidBondBps");
        p = mp;
        p.minProviderStake = 0;
        _ctorReverts(p, "minProviderStake");
        p = mp;
        p.maxWitnesses = 2;
        _ctorReverts(p, "maxWitnesses");
        p.maxWitnesses = pool.MAX_COMMITTEE() + 1;
        _ctorReverts(p, "maxWitnesses above the pool's");
        p = mp;
        p.maxSegments = 0;
        _ctorReverts(p, "maxSegments");
        p = mp;
        p.minSegmentSeconds = 0;
        _ctorReverts(p, "segmentSeconds bounds");
        p = mp;
        p.maxSegmentSeconds = p.minSegmentSeconds - 1;
        _ctorReverts(p, "segmentSeconds bounds");
        p = mp;
        p.minSeatFeePerUnit = 0;
        _ctorReverts(p, "minSeatFeePerUnit");
        p = mp;
        p.slaFailBps = 10_001;
        _ctorReverts(p, "slaFailBps");
    }

    function test_AddLevel_AppendsActiveLevelAndEmits() public {
        vm.expectEmit(address(market));
        emit Market.LevelAdded(3, 4000, 8192, 500);
        vm.prank(admin);
        uint32 id = market.addLevel(4000, 8192, 500);
        vm.assertEq(uint256(id), 3);
        vm.assertEq(market.levelCount(), 4);
        Market.Level memory l = market.level(3);
        vm.assertEq(uint256(l.cpuMilli), 4000);
        vm.assertEq(uint256(l.memoryMB), 8192);
        vm.assertEq(uint256(l.imageMB), 500);
        vm.assertTrue(l.active);
        Market.OrderParams memory op = orderParams(0);
        op.levelId = 3;
        vm.prank(alice);
        uint256 oid = market.createOrder(op);
        vm.assertEq(uint256(market.order(oid).levelId), 3);
    }

    function test_AddLevel_RevertsWhen_NotOwner() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, alice));
        vm.prank(alice);
        market.addLevel(1, 1, 1);
    }

    function test_AddLevel_RevertsWhen_ZeroResource() public {
        vm.startPrank(admin);
        vm.expectRevert(abi.encodeWithSelector(Market.InvalidParameter.selector, "cpuMilli"));
        market.addLevel(0, 1, 1);
        vm.expectRevert(abi.encodeWithSelector(Market.InvalidParameter.selector, "memoryMB"));
        market.addLevel(1, 0, 1);
        vm.expectRevert(abi.encodeWithSelector(Market.InvalidParameter.selector, "imageMB"));
        market.addLevel(1, 1, 0);
        vm.stopPrank();
        vm.assertEq(market.levelCount(), 3);
    }

    function test_DeactivateLevel_BlocksNewOrdersButKeepsOpenOnes() public {
        Market.OrderParams memory op = orderParams(0);
        op.levelId = 1;
        vm.prank(alice);
        uint256 id = market.createOrder(op);
        vm.expectEmit(address(market));
        emit Market.LevelDeactivated(1);
        vm.prank(admin);
        market.deactivateLevel(1);
        vm.assertFalse(market.level(1).active);
        vm.assertEq(uint256(market.level(1).memoryMB), 1024, "level not edited in place");
        vm.expectRevert(abi.encodeWithSelector(Market.LevelInactive.selector, uint32(1)));
        vm.prank(alice);
        market.createOrder(op);
        bidAs(p0, id, 5 ether);
        toCloseAndMatch(id);
        vm.assertEq(stateOf(id), CONFIRMING);
    }

    function test_DeactivateLevel_RevertsWhen_NotOwner() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, alice));
        vm.prank(alice);
        market.deactivateLevel(0);
    }

    function test_DeactivateLevel_RevertsWhen_UnknownLevel() public {
        vm.expectRevert(abi.encodeWithSelector(Market.UnknownLevel.selector, uint32(3)));
        vm.prank(admin);
        market.deactivateLevel(3);
    }

    function test_Level_RevertsWhen_UnknownLevel() public {
        vm.expectRevert(abi.encodeWithSelector(Market.UnknownLevel.selector, uint32(7)));
        market.level(7);
    }

    // ================================================================ providers

    function test_RegisterProvider_PullsStakeAndEmits() public {
        address p = makeAddr("newProvider");
        fund(p);
        vm.expectEmit(address(market));
        emit Market.ProviderRegistered(p, 100 ether, "ipfs://x");
        vm.prank(p);
        market.registerProvider(100 ether, "ipfs://x");
        vm.assertEq(token.balanceOf(p), FUND - 100 ether);
        Market.Provider memory pr = market.provider(p);
        vm.assertEq(uint256(pr.stake), 100 ether);
        vm.assertEq(uint256(pr.locked), 0);
        vm.assertEq(uint256(pr.exitAt), 0);
        vm.assertEq(uint256(pr.lastLockOrder), 0);
    }

    function test_RegisterProvider_RevertsWhen_AlreadyRegistered() public {
        vm.expectRevert(abi.encodeWithSelector(Market.AlreadyRegistered.selector, p0));
        vm.prank(p0);
        market.registerProvider(100 ether, "");
    }

    function test_RegisterProvider_RevertsWhen_StakeBelowMinimum() public {
        vm.expectRevert(abi.encodeWithSelector(Market.StakeBelowMinimum.selector, 100 ether - 1, 100 ether));
        vm.prank(bob);
        market.registerProvider(100 ether - 1, "");
    }

    function test_RegisterProvider_RevertsWhen_NoAllowance() public {
        address p = makeAddr("noAllowance");
        vm.prank(admin);
        token.mint(p, 500 ether);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(market), 0, 100 ether)
        );
        vm.prank(p);
        market.registerProvider(100 ether, "");
    }

    function test_AddProviderStake_IncreasesStake() public {
        vm.expectEmit(address(market));
        emit Market.ProviderStakeAdded(p0, 5 ether, 1005 ether);
        vm.prank(p0);
        market.addProviderStake(5 ether);
        vm.assertEq(stakeOf(p0), 1005 ether);
        vm.assertEq(token.balanceOf(p0), FUND - 1005 ether);
    }

    function test_AddProviderStake_RevertsWhen_NotProvider() public {
        vm.expectRevert(abi.encodeWithSelector(Market.NotProvider.selector, bob));
        vm.prank(bob);
        market.addProviderStake(1 ether);
    }

    function test_AddProviderStake_RevertsWhen_ZeroAmount() public {
        vm.expectRevert(Market.ZeroAmount.selector);
        vm.prank(p0);
        market.addProviderStake(0);
    }

    function test_RequestProviderExit_StopsNewBidsAndReveals() public {
        uint256 open = createOpenOrder();
        uint256 sealedId = createSealedOrder();
        _commit(p0, sealedId, 5 ether, "s");
        vm.expectEmit(address(market));
        emit Market.ProviderExitRequested(p0, uint64(block.timestamp) + mp.providerExitCooldown);
        vm.prank(p0);
        market.requestProviderExit();
        vm.assertEq(uint256(market.provider(p0).exitAt), block.timestamp);
        vm.expectRevert(abi.encodeWithSelector(Market.ProviderExiting.selector, p0));
        bidAs(p0, open, 5 ether);
        uint256 other = createSealedOrder();
        _commitReverts(p0, other, 5 ether, "s", abi.encodeWithSelector(Market.ProviderExiting.selector, p0));
        _toReveal(sealedId);
        vm.expectRevert(abi.encodeWithSelector(Market.ProviderExiting.selector, p0));
        _reveal(p0, sealedId, 5 ether, "s");
        // its bond is then forfeited like any unrevealed one
        vm.warp(market.order(sealedId).revealEnd);
        market.forfeitBond(sealedId, p0);
        vm.assertEq(stakeOf(p0), 1000 ether - mp.bidBond);
    }

    function test_RequestProviderExit_RevertsWhen_NotProvider() public {
        vm.expectRevert(abi.encodeWithSelector(Market.NotProvider.selector, bob));
        vm.prank(bob);
        market.requestProviderExit();
    }

    function test_RequestProviderExit_RevertsWhen_AlreadyExiting() public {
        vm.prank(p0);
        market.requestProviderExit();
        vm.expectRevert(abi.encodeWithSelector(Market.ProviderExiting.selector, p0));
        vm.prank(p0);
        market.requestProviderExit();
    }

    function test_WithdrawProviderStake_AfterCooldown_ReturnsStake() public {
        vm.prank(p0);
        market.requestProviderExit();
        vm.warp(block.timestamp + mp.providerExitCooldown);
        vm.expectEmit(address(market));
        emit Market.ProviderWithdrawn(p0, 1000 ether);
        vm.prank(p0);
        market.withdrawProviderStake();
        vm.assertEq(token.balanceOf(p0), FUND);
        vm.assertEq(stakeOf(p0), 0);
        vm.expectRevert(abi.encodeWithSelector(Market.NotProvider.selector, p0));
        vm.prank(p0);
        market.withdrawProviderStake();
        vm.prank(p0);
        market.registerProvider(100 ether, "");
        vm.assertEq(stakeOf(p0), 100 ether);
        vm.assertEq(uint256(market.provider(p0).exitAt), 0, "a fresh registration");
    }

    function test_WithdrawProviderStake_RevertsWhen_NotProvider() public {
        vm.expectRevert(abi.encodeWithSelector(Market.NotProvider.selector, bob));
        vm.prank(bob);
        market.withdrawProviderStake();
    }

    function test_WithdrawProviderStake_RevertsWhen_ExitNotRequested() public {
        vm.expectRevert(abi.encodeWithSelector(Market.ExitNotRequested.selector, p0));
        vm.prank(p0);
        market.withdrawProviderStake();
    }

    function test_WithdrawProviderStake_RevertsWhen_CooldownNotOver() public {
        vm.prank(p0);
        market.requestProviderExit();
        uint64 until = uint64(block.timestamp) + mp.providerExitCooldown;
        vm.warp(until - 1);
        vm.expectRevert(abi.encodeWithSelector(Market.CooldownNotOver.selector, until));
        vm.prank(p0);
        market.withdrawProviderStake();
    }

    /// The refusal names the order that locks the stake (SPEC §3.3).
    function test_WithdrawProviderStake_RevertsWhen_CollateralLocked_NamesTheOrder() public {
        uint256 id = createOpenOrder();
        bidAs(p0, id, 5 ether);
        vm.prank(p0);
        market.requestProviderExit();
        vm.warp(block.timestamp + mp.providerExitCooldown + 100);
        vm.expectRevert(abi.encodeWithSelector(Market.StakeLocked.selector, _coll(5 ether), id));
        vm.prank(p0);
        market.withdrawProviderStake();
    }

    function test_WithdrawProviderStake_RevertsWhen_BondLocked_NamesTheOrder() public {
        createOpenOrder();
        uint256 id = createSealedOrder();
        _commit(p0, id, 5 ether, "s");
        vm.prank(p0);
        market.requestProviderExit();
        vm.warp(block.timestamp + mp.providerExitCooldown);
        vm.expectRevert(abi.encodeWithSelector(Market.StakeLocked.selector, uint256(mp.bidBond), id));
        vm.prank(p0);
        market.withdrawProviderStake();
    }

    function test_WithdrawProviderStake_AfterLeaseSettles() public {
        uint256 id = runToService(p0, 5 ether);
        vm.prank(p0);
        market.requestProviderExit();
        vm.warp(block.timestamp + mp.providerExitCooldown);
        vm.expectRevert(abi.encodeWithSelector(Market.StakeLocked.selector, _coll(5 ether), id));
        vm.prank(p0);
        market.withdrawProviderStake();
        vm.warp(market.segment(id, 0).revealEnd + 1);
        market.settle(id);
        market.finish(id);
        vm.prank(p0);
        market.withdrawProviderStake();
        vm.assertEq(token.balanceOf(p0), FUND + 5 ether * uint256(UNITS));
    }

    // ================================================================ createOrder

    function test_CreateOrder_LocksPrepaymentAndDepositAndEmits() public {
        uint256 before = token.balanceOf(alice);
        uint64 end = uint64(block.timestamp) + 10;
        vm.expectEmit(address(market));
        emit Market.OrderCreated(1, alice, 0, UNITS, MAX_PRICE, end, end, 3, 1);
        uint256 id = createOpenOrder();
        vm.assertEq(id, 1, "order ids start at 1");
        vm.assertEq(market.orderCount(), 1);
        vm.assertEq(token.balanceOf(alice), before - MAX_FEE - DEPOSIT_ON_MAX);
        vm.assertEq(token.balanceOf(address(market)), MAX_FEE + DEPOSIT_ON_MAX + 3000 ether);
        Market.Order memory o = market.order(id);
        vm.assertEq(o.customer, alice);
        vm.assertEq(uint8(o.state), BIDDING);
        vm.assertEq(uint256(o.durationUnits), UNITS);
        vm.assertEq(uint256(o.maxUnitPrice), MAX_PRICE);
        vm.assertEq(uint256(o.biddingEnd), end);
        vm.assertEq(uint256(o.revealEnd), end);
        vm.assertEq(uint256(o.witnessCount), 3);
        vm.assertEq(uint256(o.segments), 1);
        vm.assertEq(o.bestBidder, address(0));
        // the best-bid slot is not written before a bid; the view shows the bound a bid must beat
        vm.assertEq(uint256(o.bestPrice), uint256(MAX_PRICE) + 1, "no bid yet: best price is maxUnitPrice + 1");
        vm.assertEq(createOpenOrder(), 2);
        vm.assertEq(market.orderCount(), 2);
    }

    /// s = max(minSeatFeePerUnit × units / S, ⌈fee × seatFeeBps / 10000 / S⌉) on maxFee, and
    /// the deposit S × (10N + 1) × s (SPEC §3.5).
    function test_OrderCost_SeatFeeAndDeposit() public view {
        (uint256 prepayment, uint256 deposit, uint256 s) = market.orderCost(orderParams(0));
        vm.assertEq(prepayment, MAX_FEE);
        vm.assertEq(s, 2 ether, "5 % of 40 FST");
        vm.assertEq(deposit, 31 * 2 ether);
        // the floor: 0.01 FST per unit and seat
        Market.OrderParams memory op = orderParams(0);
        op.maxUnitPrice = 1;
        (, deposit, s) = market.orderCost(op);
        vm.assertEq(s, 0.04 ether, "4 units at 0.01 FST");
        // S = 2, N = 5: per segment the fee is halved
        op = orderParams(0);
        op.segments = 2;
        op.witnessCount = 5;
        (, deposit, s) = market.orderCost(op);
        vm.assertEq(s, 1 ether);
        vm.assertEq(deposit, 2 * 51 * 1 ether);
        // rounding up: fee 3 wei × 5 % / 1 = 0.15 wei → 1 wei, but the floor wins
        vm.assertEq(market.seatFeeFor(3, 1, 1), 0.01 ether);
    }

    function test_OrderCost_ValidatesLikeCreateOrder() public {
        Market.OrderParams memory op = orderParams(0);
        op.witnessCount = 1;
        vm.expectRevert(abi.encodeWithSelector(Market.WitnessCountOutOfRange.selector, uint8(1), uint8(3), uint8(15)));
        market.orderCost(op);
    }

    function test_CreateOrder_Sealed_SetsRevealEnd() public {
        uint256 id = createSealedOrder();
        Market.Order memory o = market.order(id);
        vm.assertEq(uint256(o.biddingEnd), block.timestamp + 10);
        vm.assertEq(uint256(o.revealEnd), block.timestamp + 20);
        vm.assertEq(uint256(o.flags) & 1, 1);
    }

    function _createReverts(Market.OrderParams memory op, bytes memory err) internal {
        vm.expectRevert(err);
        vm.prank(alice);
        market.createOrder(op);
    }

    function test_CreateOrder_RevertsWhen_UnknownLevel() public {
        Market.OrderParams memory op = orderParams(0);
        op.levelId = 3;
        _createReverts(op, abi.encodeWithSelector(Market.UnknownLevel.selector, uint32(3)));
        op.levelId = type(uint32).max;
        _createReverts(op, abi.encodeWithSelector(Market.UnknownLevel.selector, type(uint32).max));
        // levels are a mapping: a level exists once added (its cpuMilli is never 0)
        vm.prank(admin);
        vm.assertEq(market.addLevel(500, 256, 20), 3);
        op.levelId = 3;
        vm.prank(alice);
        vm.assertGt(market.createOrder(op), 0);
        vm.assertEq(market.levelCount(), 4);
    }

    function test_CreateOrder_RevertsWhen_LevelInactive() public {
        vm.prank(admin);
        market.deactivateLevel(2);
        Market.OrderParams memory op = orderParams(0);
        op.levelId = 2;
        _createReverts(op, abi.encodeWithSelector(Market.LevelInactive.selector, uint32(2)));
    }

    function test_CreateOrder_RevertsWhen_ZeroDuration() public {
        Market.OrderParams memory op = orderParams(0);
        op.durationUnits = 0;
        _createReverts(op, abi.encodeWithSelector(Market.ZeroDuration.selector));
    }

    function test_CreateOrder_RevertsWhen_DurationTooLong() public {
        Market.OrderParams memory op = orderParams(0);
        uint32 maxUnits = uint32(market.MAX_SERVICE_SECONDS() / mp.billingPeriod);
        op.durationUnits = maxUnits + 1;
        _createReverts(op, abi.encodeWithSelector(Market.DurationTooLong.selector, maxUnits + 1, maxUnits));
    }

    function test_CreateOrder_RevertsWhen_ZeroPrice() public {
        Market.OrderParams memory op = orderParams(0);
        op.maxUnitPrice = 0;
        _createReverts(op, abi.encodeWithSelector(Market.ZeroPrice.selector));
    }

    function test_CreateOrder_RevertsWhen_PriceTooLarge() public {
        Market.OrderParams memory op = orderParams(0);
        op.maxUnitPrice = type(uint96).max;
        _createReverts(op, abi.encodeWithSelector(Market.PriceTooLarge.selector, type(uint96).max));
    }

    function test_CreateOrder_RevertsWhen_BiddingWindowOutOfRange() public {
        Market.OrderParams memory op = orderParams(0);
        op.biddingSeconds = mp.minBiddingSeconds - 1;
        _createReverts(
            op,
            abi.encodeWithSelector(
                Market.BiddingWindowOutOfRange.selector, op.biddingSeconds, mp.minBiddingSeconds, mp.maxBiddingSeconds
            )
        );
        op.biddingSeconds = mp.maxBiddingSeconds + 1;
        _createReverts(
            op,
            abi.encodeWithSelector(
                Market.BiddingWindowOutOfRange.selector, op.biddingSeconds, mp.minBiddingSeconds, mp.maxBiddingSeconds
            )
        );
        op.biddingSeconds = mp.minBiddingSeconds;
        vm.prank(alice);
        market.createOrder(op);
        op.biddingSeconds = mp.maxBiddingSeconds;
        vm.prank(alice);
        market.createOrder(op);
    }

    /// revealSeconds 0 is open bidding; otherwise minRevealSeconds ≤ revealSeconds ≤ max.
    function test_CreateOrder_RevertsWhen_RevealWindowOutOfRange() public {
        Market.OrderParams memory op = orderParams(mp.maxRevealSeconds + 1);
        bytes4 sel = Market.RevealWindowOutOfRange.selector;
        _createReverts(op, abi.encodeWithSelector(sel, op.revealSeconds, mp.minRevealSeconds, mp.maxRevealSeconds));
        op.revealSeconds = mp.minRevealSeconds - 1;
        _createReverts(op, abi.encodeWithSelector(sel, op.revealSeconds, mp.minRevealSeconds, mp.maxRevealSeconds));
        op.revealSeconds = mp.maxRevealSeconds;
        vm.prank(alice);
        market.createOrder(op);
        op.revealSeconds = mp.minRevealSeconds;
        vm.prank(alice);
        market.createOrder(op);
    }

    function test_CreateOrder_RevertsWhen_WitnessCountOutOfRange() public {
        Market.OrderParams memory op = orderParams(0);
        op.witnessCount = 2;
        _createReverts(op, abi.encodeWithSelector(Market.WitnessCountOutOfRange.selector, uint8(2), uint8(3), uint8(15)));
        op.witnessCount = 16;
        _createReverts(
            op, abi.encodeWithSelector(Market.WitnessCountOutOfRange.selector, uint8(16), uint8(3), uint8(15))
        );
        op.witnessCount = 15;
        vm.prank(alice);
        market.createOrder(op);
    }

    function test_CreateOrder_RevertsWhen_SegmentsOutOfRange() public {
        Market.OrderParams memory op = segmentedParams(16, 0);
        _createReverts(op, abi.encodeWithSelector(Market.SegmentsOutOfRange.selector, uint8(0), mp.maxSegments));
        op.segments = mp.maxSegments + 1;
        op.durationUnits = uint32(op.segments) * 4;
        _createReverts(op, abi.encodeWithSelector(Market.SegmentsOutOfRange.selector, op.segments, mp.maxSegments));
    }

    function test_CreateOrder_RevertsWhen_SegmentsDoNotDivideDuration() public {
        Market.OrderParams memory op = segmentedParams(10, 4);
        _createReverts(
            op, abi.encodeWithSelector(Market.SegmentsMustDivideDuration.selector, uint8(4), uint32(10))
        );
    }

    /// Each segment (durationUnits / S × billingPeriod) between minSegmentSeconds and max.
    function test_CreateOrder_RevertsWhen_SegmentLengthOutOfRange() public {
        // 4 units in 4 segments: 5 s each, below the dev preset's 10 s
        Market.OrderParams memory op = segmentedParams(4, 4);
        bytes4 sel = Market.SegmentLengthOutOfRange.selector;
        _createReverts(op, abi.encodeWithSelector(sel, uint256(5), mp.minSegmentSeconds, mp.maxSegmentSeconds));
        // one segment of more than an hour
        op = segmentedParams(721, 1);
        _createReverts(op, abi.encodeWithSelector(sel, uint256(3605), mp.minSegmentSeconds, mp.maxSegmentSeconds));
        op = segmentedParams(8, 4); // 10 s: the minimum
        vm.prank(alice);
        market.createOrder(op);
    }

    function test_CreateOrder_RevertsWhen_NoAllowance() public {
        vm.prank(alice);
        token.approve(address(market), 0);
        _createReverts(
            orderParams(0),
            abi.encodeWithSelector(
                IERC20Errors.ERC20InsufficientAllowance.selector, address(market), 0, MAX_FEE + DEPOSIT_ON_MAX
            )
        );
    }

    // ---------------------------------------------------------------- createOrderWithPermit

    uint256 internal constant CAROL_PK = 0xC0FFEE;

    bytes32 internal constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");

    function _permitSig(uint256 pk, address spender, uint256 value, uint256 deadline)
        internal
        view
        returns (uint8 v, bytes32 r, bytes32 s)
    {
        address owner = vm.addr(pk);
        bytes32 structHash =
            keccak256(abi.encode(PERMIT_TYPEHASH, owner, spender, value, token.nonces(owner), deadline));
        bytes32 digest = keccak256(abi.encodePacked("\x19\x01", token.DOMAIN_SEPARATOR(), structHash));
        (v, r, s) = vm.sign(pk, digest);
    }

    /// The permit covers exactly prepayment + witness deposit.
    function test_CreateOrderWithPermit_OneTransaction() public {
        address carol = vm.addr(CAROL_PK);
        vm.prank(admin);
        token.mint(carol, 200 ether);
        uint256 amount = MAX_FEE + DEPOSIT_ON_MAX;
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _permitSig(CAROL_PK, address(market), amount, deadline);
        vm.prank(carol);
        uint256 id = market.createOrderWithPermit(orderParams(0), deadline, v, r, s);
        vm.assertEq(market.order(id).customer, carol);
        vm.assertEq(token.balanceOf(carol), 200 ether - amount);
        vm.assertEq(token.allowance(carol, address(market)), 0, "permit spent exactly");
        vm.assertEq(token.nonces(carol), 1);
    }

    function test_CreateOrderWithPermit_FrontRunPermitStillCreatesOrder() public {
        address carol = vm.addr(CAROL_PK);
        vm.prank(admin);
        token.mint(carol, 200 ether);
        uint256 amount = MAX_FEE + DEPOSIT_ON_MAX;
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _permitSig(CAROL_PK, address(market), amount, deadline);
        vm.prank(stranger);
        token.permit(carol, address(market), amount, deadline, v, r, s);
        vm.prank(carol);
        uint256 id = market.createOrderWithPermit(orderParams(0), deadline, v, r, s);
        vm.assertEq(market.order(id).customer, carol);
        vm.assertEq(token.balanceOf(carol), 200 ether - amount);
    }

    function test_CreateOrderWithPermit_RevertsWhen_BadPermitAndNoAllowance() public {
        address carol = vm.addr(CAROL_PK);
        vm.prank(admin);
        token.mint(carol, 200 ether);
        uint256 amount = MAX_FEE + DEPOSIT_ON_MAX;
        uint256 deadline = block.timestamp + 1 hours;
        // a permit for the prepayment alone (v1's amount) does not cover the deposit
        (uint8 v, bytes32 r, bytes32 s) = _permitSig(CAROL_PK, address(market), MAX_FEE, deadline);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(market), 0, amount)
        );
        vm.prank(carol);
        market.createOrderWithPermit(orderParams(0), deadline, v, r, s);
        (v, r, s) = _permitSig(CAROL_PK, address(market), amount, block.timestamp - 1);
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, address(market), 0, amount)
        );
        vm.prank(carol);
        market.createOrderWithPermit(orderParams(0), block.timestamp - 1, v, r, s);
        vm.assertEq(token.balanceOf(carol), 200 ether);
    }

    function test_CreateOrderWithPermit_RevertsWhen_InvalidOrder() public {
        address carol = vm.addr(CAROL_PK);
        Market.OrderParams memory op = orderParams(0);
        op.witnessCount = 1;
        uint256 deadline = block.timestamp + 1 hours;
        (uint8 v, bytes32 r, bytes32 s) = _permitSig(CAROL_PK, address(market), MAX_FEE, deadline);
        vm.expectRevert(abi.encodeWithSelector(Market.WitnessCountOutOfRange.selector, uint8(1), uint8(3), uint8(15)));
        vm.prank(carol);
        market.createOrderWithPermit(op, deadline, v, r, s);
    }

    // ================================================================ open bidding

    function test_Bid_FirstBidTakesLeadAndLocksCollateral() public {
        uint256 id = createOpenOrder();
        vm.expectEmit(address(market));
        emit Market.BidPlaced(id, p0, 9 ether);
        bidAs(p0, id, 9 ether);
        Market.Order memory o = market.order(id);
        vm.assertEq(o.bestBidder, p0);
        vm.assertEq(uint256(o.bestPrice), 9 ether);
        vm.assertEq(lockedOf(p0), 18 ether, "collateral = 9 * 4 * 50%");
        vm.assertEq(_coll(9 ether), 18 ether);
        vm.assertEq(uint256(market.provider(p0).lastLockOrder), id);
    }

    /// Collateral = ⌈max(fee, maxFee × 20 %) × 50 %⌉: below 8 FST of fee the floor holds.
    function test_Bid_CollateralHasAFloorOnMaxFee() public {
        vm.assertEq(_coll(2 ether), 4 ether, "fee 8 = the floor");
        vm.assertEq(_coll(1 ether), 4 ether, "fee 4: the floor, 20 % of maxFee 40");
        vm.assertEq(_coll(1), 4 ether, "a 1-wei bid still puts 4 FST behind it");
        uint256 id = createOpenOrder();
        bidAs(p0, id, 1);
        vm.assertEq(lockedOf(p0), 4 ether);
        // the same price on an order with a higher maxUnitPrice: more collateral
        vm.assertEq(market.collateralFor(1, 100 ether, UNITS), 40 ether);
    }

    function test_Bid_AtMaxPriceAccepted() public {
        uint256 id = createOpenOrder();
        bidAs(p0, id, MAX_PRICE);
        vm.assertEq(market.order(id).bestBidder, p0);
    }

    function test_Bid_LowerBidTakesLeadAndUnlocksPrevious() public {
        uint256 id = createOpenOrder();
        bidAs(p0, id, 9 ether);
        bidAs(p1, id, 8 ether);
        vm.assertEq(market.order(id).bestBidder, p1);
        vm.assertEq(lockedOf(p0), 0);
        vm.assertEq(lockedOf(p1), _coll(8 ether));
        bidAs(p0, id, 7 ether);
        vm.assertEq(market.order(id).bestBidder, p0);
        vm.assertEq(lockedOf(p0), _coll(7 ether));
        vm.assertEq(lockedOf(p1), 0);
    }

    function test_Bid_LeaderLowersOwnPrice_ShrinksCollateralDownToTheFloor() public {
        uint256 id = createOpenOrder();
        bidAs(p0, id, 9 ether);
        bidAs(p0, id, 3 ether);
        vm.assertEq(lockedOf(p0), _coll(3 ether));
        vm.assertEq(uint256(market.order(id).bestPrice), 3 ether);
        bidAs(p0, id, 1 ether);
        vm.assertEq(lockedOf(p0), 4 ether, "the floor");
        bidAs(p0, id, 1);
        vm.assertEq(lockedOf(p0), 4 ether, "still the floor");
    }

    function test_Bid_CollateralRoundsUp() public view {
        // fee 3 wei × 50 % = 1.5 wei → 2 (maxUnitPrice 1: floor 20 % of 3 wei)
        vm.assertEq(market.collateralFor(3, 3, 1), 2);
        vm.assertEq(market.collateralFor(1, 1, 1), 1, "half a wei rounds up");
    }

    function test_Bid_EqualPriceLosesToEarlier() public {
        uint256 id = createOpenOrder();
        bidAs(p0, id, 8 ether);
        vm.expectRevert(abi.encodeWithSelector(Market.BidNotLower.selector, uint96(8 ether), uint96(8 ether)));
        bidAs(p1, id, 8 ether);
        vm.assertEq(market.order(id).bestBidder, p0);
        vm.assertEq(lockedOf(p1), 0);
    }

    function test_Bid_RevertsWhen_NotLowerThanBest() public {
        uint256 id = createOpenOrder();
        bidAs(p0, id, 8 ether);
        vm.expectRevert(abi.encodeWithSelector(Market.BidNotLower.selector, uint96(8 ether), uint96(9 ether)));
        bidAs(p1, id, 9 ether);
    }

    function test_Bid_RevertsWhen_AboveMax() public {
        uint256 id = createOpenOrder();
        vm.expectRevert(abi.encodeWithSelector(Market.BidAboveMax.selector, MAX_PRICE, MAX_PRICE + 1));
        bidAs(p0, id, MAX_PRICE + 1);
    }

    function test_Bid_RevertsWhen_ZeroPrice() public {
        uint256 id = createOpenOrder();
        vm.expectRevert(Market.ZeroPrice.selector);
        bidAs(p0, id, 0);
    }

    function test_Bid_RevertsWhen_CustomerBids() public {
        vm.prank(alice);
        market.registerProvider(100 ether, "");
        uint256 id = createOpenOrder();
        vm.expectRevert(abi.encodeWithSelector(Market.CustomerCannotBid.selector, id));
        bidAs(alice, id, 5 ether);
    }

    function test_Bid_RevertsWhen_NotProvider() public {
        uint256 id = createOpenOrder();
        vm.expectRevert(abi.encodeWithSelector(Market.NotProvider.selector, bob));
        bidAs(bob, id, 5 ether);
    }

    function test_Bid_RevertsWhen_InsufficientFreeStake() public {
        address small = newProvider("small", 100 ether);
        Market.OrderParams memory op = orderParams(0);
        op.maxUnitPrice = 100 ether;
        vm.prank(alice);
        uint256 id = market.createOrder(op);
        vm.expectRevert(abi.encodeWithSelector(Market.InsufficientFreeStake.selector, 100 ether, 120 ether));
        bidAs(small, id, 60 ether);
        bidAs(small, id, 50 ether); // exactly the stake
        vm.assertEq(lockedOf(small), 100 ether);
    }

    function test_Bid_RevertsWhen_AfterBiddingEnd() public {
        uint256 id = createOpenOrder();
        uint32 end = market.order(id).biddingEnd;
        vm.warp(end - 1);
        bidAs(p0, id, 9 ether);
        vm.warp(end);
        vm.expectRevert(abi.encodeWithSelector(Market.DeadlinePassed.selector, uint64(end)));
        bidAs(p1, id, 8 ether);
    }

    function test_Bid_RevertsWhen_SealedOrder() public {
        uint256 id = createSealedOrder();
        vm.expectRevert(abi.encodeWithSelector(Market.SealedBiddingOnly.selector, id));
        bidAs(p0, id, 5 ether);
    }

    function test_Bid_RevertsWhen_UnknownOrder() public {
        vm.expectRevert(abi.encodeWithSelector(Market.WrongState.selector, 42, uint8(0)));
        bidAs(p0, 42, 5 ether);
    }

    function test_Bid_RevertsWhen_NotBidding() public {
        uint256 id = _matched(p0, 5 ether);
        vm.expectRevert(abi.encodeWithSelector(Market.WrongState.selector, id, CONFIRMING));
        bidAs(p1, id, 4 ether);
    }

    // ================================================================ sealed bidding

    function test_CommitBid_LocksBondAndEmits() public {
        uint256 id = createSealedOrder();
        bytes32 c = market.bidCommitment(id, p0, 5 ether, "salt");
        vm.assertEq(c, keccak256(abi.encode(id, p0, uint96(5 ether), bytes32("salt"))));
        vm.expectEmit(address(market));
        emit Market.BidCommitted(id, p0);
        vm.prank(p0);
        market.commitBid(id, c);
        vm.assertEq(lockedOf(p0), mp.bidBond);
        Market.SealedBid memory sb = market.sealedBid(id, p0);
        vm.assertEq(bytes32(sb.commitment), bytes32(bytes27(c)));
        vm.assertEq(uint256(sb.seq), 1);
        vm.assertEq(uint8(sb.status), uint8(Market.BidStatus.Committed));
        vm.assertEq(uint256(market.order(id).commits), 1);
        vm.assertEq(market.order(id).bestBidder, address(0), "nothing leads before the reveal");
        vm.assertEq(uint256(market.provider(p0).lastLockOrder), id);
    }

    /// bond = max(bidBond, ⌈maxFee × bidBondBps / 10000⌉): 1 FST here, 1 % of maxFee above
    /// 100 FST of maxFee.
    function test_CommitBid_BondGrowsWithMaxFee() public {
        vm.assertEq(market.bidBondFor(MAX_PRICE, UNITS), 1 ether);
        vm.assertEq(market.bidBondFor(250 ether, UNITS), 10 ether);
        vm.assertEq(market.bidBondFor(1, 1), 1 ether);
        Market.OrderParams memory op = orderParams(10);
        op.maxUnitPrice = 250 ether;
        vm.prank(alice);
        uint256 id = market.createOrder(op);
        _commit(p0, id, 100 ether, "s");
        vm.assertEq(lockedOf(p0), 10 ether);
    }

    function test_CommitBid_RevertsWhen_WrongState() public {
        uint256 id = createSealedOrder();
        toCloseAndMatch(id); // no bids: Failed
        _commitReverts(p0, id, 1 ether, "s", abi.encodeWithSelector(Market.WrongState.selector, id, FAILED));
    }

    function test_CommitBid_RevertsWhen_OpenOrder() public {
        uint256 id = createOpenOrder();
        _commitReverts(p0, id, 1 ether, "s", abi.encodeWithSelector(Market.OpenBiddingOnly.selector, id));
    }

    function test_CommitBid_RevertsWhen_AfterBiddingEnd() public {
        uint256 id = createSealedOrder();
        uint32 end = market.order(id).biddingEnd;
        vm.warp(end);
        _commitReverts(p0, id, 1 ether, "s", abi.encodeWithSelector(Market.DeadlinePassed.selector, uint64(end)));
    }

    function test_CommitBid_RevertsWhen_CustomerBids() public {
        uint256 id = createSealedOrder();
        vm.expectRevert(abi.encodeWithSelector(Market.CustomerCannotBid.selector, id));
        vm.prank(alice);
        market.commitBid(id, bytes32(uint256(1)));
    }

    function test_CommitBid_RevertsWhen_AlreadyCommitted() public {
        uint256 id = createSealedOrder();
        _commit(p0, id, 1 ether, "s");
        _commitReverts(p0, id, 2 ether, "t", abi.encodeWithSelector(Market.AlreadyCommitted.selector, id, p0));
        vm.assertEq(lockedOf(p0), mp.bidBond, "one bond only");
    }

    function test_CommitBid_RevertsWhen_NotProvider() public {
        uint256 id = createSealedOrder();
        vm.expectRevert(abi.encodeWithSelector(Market.NotProvider.selector, bob));
        vm.prank(bob);
        market.commitBid(id, bytes32(uint256(1)));
    }

    function test_CommitBid_RevertsWhen_InsufficientFreeStake() public {
        address small = newProvider("small", 100 ether);
        Market.OrderParams memory op = orderParams(0);
        op.maxUnitPrice = 50 ether;
        vm.prank(alice);
        uint256 open = market.createOrder(op);
        bidAs(small, open, 50 ether); // locks all 100
        uint256 id = createSealedOrder();
        _commitReverts(
            small, id, 1 ether, "s", abi.encodeWithSelector(Market.InsufficientFreeStake.selector, 0, uint256(mp.bidBond))
        );
    }

    /// v1 capped commitments at 32 per order; v2 has no cap (nothing iterates over them).
    function test_CommitBid_NoLimitOnTheNumberOfCommitments() public {
        uint256 id = createSealedOrder();
        for (uint256 i; i < 40; ++i) {
            address p = newProvider(string.concat("many", vm.toString(i)), 100 ether);
            _commit(p, id, 5 ether, bytes32(i));
        }
        _commit(p0, id, 4 ether, "late");
        vm.assertEq(uint256(market.order(id).commits), 41);
        vm.assertEq(uint256(market.sealedBid(id, p0).seq), 41);
    }

    function test_RevealBid_ReturnsBondAndTakesLead() public {
        uint256 id = createSealedOrder();
        _commit(p0, id, 6 ether, "s0");
        _toReveal(id);
        vm.expectEmit(address(market));
        emit Market.BidRevealed(id, p0, 6 ether);
        _reveal(p0, id, 6 ether, "s0");
        vm.assertEq(lockedOf(p0), _coll(6 ether), "bond back, collateral locked");
        vm.assertEq(market.order(id).bestBidder, p0);
        vm.assertEq(uint8(market.sealedBid(id, p0).status), uint8(Market.BidStatus.Revealed));
    }

    /// The order's best-bid slot is empty until a bid leads: the first competing reveal, even at
    /// the maximum, takes the lead, and the view's best price moves from maxUnitPrice + 1 to it.
    function test_RevealBid_AtMaxPriceTakesTheLeadOfAnOrderWithoutBids() public {
        uint256 id = createSealedOrder();
        _commit(p0, id, MAX_PRICE, "s0");
        _toReveal(id);
        vm.assertEq(uint256(market.order(id).bestPrice), uint256(MAX_PRICE) + 1);
        _reveal(p0, id, MAX_PRICE, "s0");
        vm.assertEq(market.order(id).bestBidder, p0);
        vm.assertEq(uint256(market.order(id).bestPrice), MAX_PRICE);
        vm.assertEq(lockedOf(p0), _coll(MAX_PRICE));
    }

    function test_RevealBid_LowestWinsWhateverTheRevealOrder() public {
        uint256 id = createSealedOrder();
        _commit(p0, id, 6 ether, "s0");
        _commit(p1, id, 4 ether, "s1");
        _commit(p2, id, 5 ether, "s2");
        _toReveal(id);
        _reveal(p1, id, 4 ether, "s1");
        _reveal(p0, id, 6 ether, "s0");
        _reveal(p2, id, 5 ether, "s2");
        vm.assertEq(market.order(id).bestBidder, p1);
        vm.assertEq(lockedOf(p0), 0);
        vm.assertEq(lockedOf(p2), 0);
        vm.assertEq(lockedOf(p1), _coll(4 ether));
    }

    function test_RevealBid_EqualPriceGoesToEarlierCommit() public {
        uint256 id = createSealedOrder();
        _commit(p0, id, 5 ether, "s0"); // earlier commit
        _commit(p1, id, 5 ether, "s1");
        _toReveal(id);
        _reveal(p1, id, 5 ether, "s1"); // the later commit reveals first and leads for now
        vm.assertEq(market.order(id).bestBidder, p1);
        _reveal(p0, id, 5 ether, "s0");
        vm.assertEq(market.order(id).bestBidder, p0, "earlier commit wins the tie");
        vm.assertEq(lockedOf(p1), 0);
        vm.assertEq(lockedOf(p0), _coll(5 ether));
    }

    function test_RevealBid_EqualPriceLaterCommitDoesNotTakeLead() public {
        uint256 id = createSealedOrder();
        _commit(p0, id, 5 ether, "s0");
        _commit(p1, id, 5 ether, "s1");
        _toReveal(id);
        _reveal(p0, id, 5 ether, "s0");
        _reveal(p1, id, 5 ether, "s1");
        vm.assertEq(market.order(id).bestBidder, p0);
        vm.assertEq(lockedOf(p1), 0);
    }

    /// A reveal of 0 or above the maximum is recorded, does not compete, and its bond burns
    /// (v2; v1 returned it with a misleading BidRevealed).
    function test_RevealBid_AboveMaxOrZero_ForfeitsAndBurnsTheBond() public {
        uint256 id = createSealedOrder();
        _commit(p0, id, MAX_PRICE + 1, "s0");
        _commit(p1, id, 0, "s1");
        _toReveal(id);
        uint256 supply = token.totalSupply();
        uint256 aliceBefore = token.balanceOf(alice);
        vm.recordLogs();
        _reveal(p0, id, MAX_PRICE + 1, "s0");
        Vm.Log[] memory logs = vm.getRecordedLogs();
        bool forfeited;
        for (uint256 i; i < logs.length; ++i) {
            vm.assertTrue(logs[i].topics[0] != Market.BidRevealed.selector, "no BidRevealed for a junk reveal");
            if (logs[i].topics[0] == Market.BondForfeited.selector) forfeited = true;
        }
        vm.assertTrue(forfeited, "BondForfeited");
        vm.expectEmit(address(market));
        emit Market.BondForfeited(id, p1, mp.bidBond);
        _reveal(p1, id, 0, "s1");
        vm.assertEq(lockedOf(p0), 0);
        vm.assertEq(stakeOf(p0), 1000 ether - mp.bidBond);
        vm.assertEq(stakeOf(p1), 1000 ether - mp.bidBond);
        vm.assertEq(uint8(market.sealedBid(id, p0).status), uint8(Market.BidStatus.RevealedNotCompeting));
        vm.assertEq(token.totalSupply(), supply - 2 * mp.bidBond, "burned");
        vm.assertEq(token.balanceOf(alice), aliceBefore, "the customer gains nothing");
        vm.assertEq(market.order(id).bestBidder, address(0));
        toCloseAndMatch(id);
        vm.assertEq(stateOf(id), FAILED);
    }

    /// A reveal whose collateral the free stake (bond counted) cannot cover does not compete.
    function test_RevealBid_CollateralNotCoverable_ForfeitsTheBond() public {
        address small = newProvider("small", 100 ether);
        Market.OrderParams memory op = orderParams(10);
        op.maxUnitPrice = 100 ether;
        vm.prank(alice);
        uint256 id = market.createOrder(op);
        _commit(small, id, 60 ether, "s"); // collateral 120 > 100
        _toReveal(id);
        vm.expectEmit(address(market));
        emit Market.BondForfeited(id, small, 4 ether);
        _reveal(small, id, 60 ether, "s");
        vm.assertEq(stakeOf(small), 96 ether);
        vm.assertEq(lockedOf(small), 0);
        vm.assertEq(market.order(id).bestBidder, address(0));
    }

    function test_RevealBid_RevertsWhen_WrongState() public {
        uint256 id = createSealedOrder();
        _commit(p0, id, 5 ether, "s0");
        _toReveal(id);
        _reveal(p0, id, 5 ether, "s0");
        toCloseAndMatch(id);
        vm.expectRevert(abi.encodeWithSelector(Market.WrongState.selector, id, CONFIRMING));
        _reveal(p0, id, 5 ether, "s0");
    }

    function test_RevealBid_RevertsWhen_OpenOrder() public {
        uint256 id = createOpenOrder();
        vm.expectRevert(abi.encodeWithSelector(Market.OpenBiddingOnly.selector, id));
        _reveal(p0, id, 5 ether, "s0");
    }

    function test_RevealBid_RevertsWhen_RevealNotOpen() public {
        uint256 id = createSealedOrder();
        _commit(p0, id, 5 ether, "s0");
        uint32 end = market.order(id).biddingEnd;
        vm.warp(end - 1);
        vm.expectRevert(abi.encodeWithSelector(Market.RevealNotOpen.selector, uint64(end)));
        _reveal(p0, id, 5 ether, "s0");
    }

    function test_RevealBid_RevertsWhen_LateReveal() public {
        uint256 id = createSealedOrder();
        _commit(p0, id, 5 ether, "s0");
        uint32 end = market.order(id).revealEnd;
        vm.warp(end);
        vm.expectRevert(abi.encodeWithSelector(Market.DeadlinePassed.selector, uint64(end)));
        _reveal(p0, id, 5 ether, "s0");
    }

    function test_RevealBid_RevertsWhen_NoCommitment() public {
        uint256 id = createSealedOrder();
        _toReveal(id);
        vm.expectRevert(abi.encodeWithSelector(Market.NoCommitment.selector, id, p0));
        _reveal(p0, id, 5 ether, "s0");
    }

    function test_RevealBid_RevertsWhen_AlreadyRevealed() public {
        uint256 id = createSealedOrder();
        _commit(p0, id, 5 ether, "s0");
        _toReveal(id);
        _reveal(p0, id, 5 ether, "s0");
        vm.expectRevert(abi.encodeWithSelector(Market.AlreadyRevealed.selector, id, p0));
        _reveal(p0, id, 5 ether, "s0");
    }

    function test_RevealBid_RevertsWhen_WrongSaltOrPrice() public {
        uint256 id = createSealedOrder();
        _commit(p0, id, 5 ether, "s0");
        _toReveal(id);
        vm.expectRevert(abi.encodeWithSelector(Market.CommitmentMismatch.selector, id, p0));
        _reveal(p0, id, 5 ether, "s1");
        vm.expectRevert(abi.encodeWithSelector(Market.CommitmentMismatch.selector, id, p0));
        _reveal(p0, id, 4 ether, "s0");
        vm.assertEq(lockedOf(p0), mp.bidBond, "bond still held");
    }

    function test_RevealBid_RevertsWhen_CopiedCommitment() public {
        uint256 id = createSealedOrder();
        bytes32 c0 = market.bidCommitment(id, p0, 5 ether, "s0");
        vm.prank(p0);
        market.commitBid(id, c0);
        vm.prank(p1);
        market.commitBid(id, c0); // p1 copies p0's commitment
        _toReveal(id);
        _reveal(p0, id, 5 ether, "s0");
        vm.expectRevert(abi.encodeWithSelector(Market.CommitmentMismatch.selector, id, p1));
        _reveal(p1, id, 5 ether, "s0");
    }

    // ---------------------------------------------------------------- forfeitBond

    function test_ForfeitBond_BurnsTheBond() public {
        uint256 id = createSealedOrder();
        _commit(p0, id, 5 ether, "s0");
        vm.warp(market.order(id).revealEnd);
        uint256 aliceBefore = token.balanceOf(alice);
        uint256 supply = token.totalSupply();
        vm.expectEmit(address(market));
        emit Market.BondForfeited(id, p0, mp.bidBond);
        vm.prank(stranger);
        market.forfeitBond(id, p0);
        vm.assertEq(token.balanceOf(alice), aliceBefore, "not paid to the customer (v2)");
        vm.assertEq(token.totalSupply(), supply - mp.bidBond, "burned");
        vm.assertEq(stakeOf(p0), 1000 ether - mp.bidBond);
        vm.assertEq(lockedOf(p0), 0);
        vm.assertEq(uint8(market.sealedBid(id, p0).status), uint8(Market.BidStatus.Forfeited));
    }

    function test_ForfeitBond_AfterClose() public {
        uint256 id = createSealedOrder();
        _commit(p0, id, 5 ether, "s0");
        _commit(p1, id, 6 ether, "s1");
        _toReveal(id);
        _reveal(p1, id, 6 ether, "s1");
        toCloseAndMatch(id);
        vm.assertEq(market.order(id).bestBidder, p1);
        market.forfeitBond(id, p0);
        vm.assertEq(stakeOf(p0), 1000 ether - mp.bidBond);
    }

    function test_ForfeitBond_RevertsWhen_UnknownOrder() public {
        vm.expectRevert(abi.encodeWithSelector(Market.UnknownOrder.selector, 9));
        market.forfeitBond(9, p0);
    }

    function test_ForfeitBond_RevertsWhen_OpenOrder() public {
        uint256 id = createOpenOrder();
        vm.expectRevert(abi.encodeWithSelector(Market.OpenBiddingOnly.selector, id));
        market.forfeitBond(id, p0);
    }

    function test_ForfeitBond_RevertsWhen_RevealWindowOpen() public {
        uint256 id = createSealedOrder();
        _commit(p0, id, 5 ether, "s0");
        uint32 end = market.order(id).revealEnd;
        vm.warp(end - 1);
        vm.expectRevert(abi.encodeWithSelector(Market.DeadlineNotReached.selector, uint64(end)));
        market.forfeitBond(id, p0);
    }

    function test_ForfeitBond_RevertsWhen_NoCommitment() public {
        uint256 id = createSealedOrder();
        vm.warp(market.order(id).revealEnd);
        vm.expectRevert(abi.encodeWithSelector(Market.NoCommitment.selector, id, p0));
        market.forfeitBond(id, p0);
    }

    function test_ForfeitBond_RevertsWhen_RevealedOrAlreadyForfeited() public {
        uint256 id = createSealedOrder();
        _commit(p0, id, 5 ether, "s0");
        _commit(p1, id, 5 ether, "s1");
        _toReveal(id);
        _reveal(p0, id, 5 ether, "s0");
        vm.warp(market.order(id).revealEnd);
        vm.expectRevert(abi.encodeWithSelector(Market.AlreadyRevealed.selector, id, p0));
        market.forfeitBond(id, p0);
        market.forfeitBond(id, p1);
        vm.expectRevert(abi.encodeWithSelector(Market.AlreadyRevealed.selector, id, p1));
        market.forfeitBond(id, p1);
        vm.assertEq(stakeOf(p1), 1000 ether - mp.bidBond, "forfeited once");
    }

    // ================================================================ closeBidding

    function test_CloseBidding_NoBid_FailsAndRefundsEverything() public {
        uint256 before = token.balanceOf(alice);
        uint256 id = createOpenOrder();
        vm.warp(market.order(id).biddingEnd);
        vm.expectEmit(address(market));
        emit Market.OrderFailed(id, Market.FailReason.NoValidBid);
        vm.prank(stranger);
        market.closeBidding(id);
        vm.assertEq(stateOf(id), FAILED);
        vm.assertEq(token.balanceOf(alice), before, "prepayment and deposit back");
        vm.assertEq(token.balanceOf(address(market)), 3000 ether);
    }

    /// The price surplus and the deposit's surplus (s recomputed on the fee) go back at once.
    function test_CloseBidding_Matched_RefundsBothSurplusesAndKeepsCollateral() public {
        uint256 before = token.balanceOf(alice);
        uint256 id = createOpenOrder();
        bidAs(p0, id, 9 ether);
        bidAs(p1, id, 6 ether);
        vm.warp(market.order(id).biddingEnd);
        vm.expectEmit(address(market));
        emit Market.OrderMatched(id, p1, 6 ether);
        vm.prank(stranger);
        market.closeBidding(id);
        vm.assertEq(stateOf(id), CONFIRMING);
        // fee 24 FST, s = 1.2 FST, deposit 37.2 FST
        vm.assertEq(_deposit(6 ether), 37.2 ether);
        vm.assertEq(token.balanceOf(alice), before - 24 ether - 37.2 ether, "surpluses back at once");
        vm.assertEq(lockedOf(p1), _coll(6 ether));
        vm.assertEq(lockedOf(p0), 0);
        vm.assertEq(uint256(market.order(id).deadline), block.timestamp + mp.publishTimeout);
        Market.Lease memory l = market.lease(id);
        vm.assertEq(l.provider, p1);
        vm.assertEq(l.customer, alice);
        vm.assertEq(uint256(l.unitPrice), 6 ether);
        vm.assertEq(l.fee, 24 ether);
        vm.assertEq(l.collateral, 12 ether);
        vm.assertEq(l.seatFee, 1.2 ether);
        vm.assertEq(uint256(l.segments), 1);
        vm.assertEq(uint256(l.witnessCount), 3);
        vm.assertEq(uint256(l.segmentSeconds), UNITS * mp.billingPeriod);
        vm.assertEq(uint256(l.serviceEnd), 0);
        vm.assertEq(l.moduleHash, bytes32(0));
    }

    function test_CloseBidding_AtMaxPrice_NoSurplus() public {
        uint256 before = token.balanceOf(alice);
        uint256 id = _matched(p0, MAX_PRICE);
        vm.assertEq(token.balanceOf(alice), before - MAX_FEE - DEPOSIT_ON_MAX);
        vm.assertEq(stateOf(id), CONFIRMING);
    }

    function test_CloseBidding_Sealed_WaitsForRevealEnd() public {
        uint256 id = createSealedOrder();
        _commit(p0, id, 5 ether, "s0");
        Market.Order memory o = market.order(id);
        vm.warp(o.biddingEnd);
        vm.expectRevert(abi.encodeWithSelector(Market.DeadlineNotReached.selector, uint64(o.revealEnd)));
        market.closeBidding(id);
        _reveal(p0, id, 5 ether, "s0");
        vm.warp(o.revealEnd);
        market.closeBidding(id);
        vm.assertEq(market.order(id).bestBidder, p0);
        vm.assertEq(stateOf(id), CONFIRMING);
    }

    function test_CloseBidding_Sealed_NoReveal_Fails() public {
        uint256 before = token.balanceOf(alice);
        uint256 id = createSealedOrder();
        _commit(p0, id, 5 ether, "s0");
        toCloseAndMatch(id);
        vm.assertEq(stateOf(id), FAILED);
        vm.assertEq(token.balanceOf(alice), before);
        market.forfeitBond(id, p0);
        vm.assertEq(token.balanceOf(alice), before, "the forfeited bond burns");
    }

    function test_CloseBidding_RevertsWhen_BeforeBiddingEnd() public {
        uint256 id = createOpenOrder();
        uint32 end = market.order(id).biddingEnd;
        vm.warp(end - 1);
        vm.expectRevert(abi.encodeWithSelector(Market.DeadlineNotReached.selector, uint64(end)));
        market.closeBidding(id);
    }

    function test_CloseBidding_RevertsWhen_WrongState() public {
        uint256 id = _matched(p0, 5 ether);
        vm.expectRevert(abi.encodeWithSelector(Market.WrongState.selector, id, CONFIRMING));
        market.closeBidding(id);
        vm.expectRevert(abi.encodeWithSelector(Market.WrongState.selector, 77, uint8(0)));
        market.closeBidding(77);
    }

    // ================================================================ publish / accept / expire

    function test_PublishDeployment_EmitsAndStartsAcceptWindow() public {
        uint256 id = _matched(p0, 5 ether);
        vm.warp(block.timestamp + 3);
        vm.expectEmit(address(market));
        emit Market.DeploymentPublished(id, p0, "https://p0.example", hex"c0ffee");
        vm.prank(p0);
        market.publishDeployment(id, "https://p0.example", hex"c0ffee");
        Market.Order memory o = market.order(id);
        vm.assertEq(uint8(o.state), CONFIRMING);
        vm.assertEq(uint256(o.deadline), block.timestamp + mp.acceptTimeout);
    }

    function test_PublishDeployment_RevertsWhen_WrongState() public {
        uint256 id = createOpenOrder();
        bidAs(p0, id, 5 ether);
        vm.expectRevert(abi.encodeWithSelector(Market.WrongState.selector, id, BIDDING));
        vm.prank(p0);
        market.publishDeployment(id, "e", "");
    }

    function test_PublishDeployment_RevertsWhen_NotWinner() public {
        uint256 id = _matched(p0, 5 ether);
        vm.expectRevert(abi.encodeWithSelector(Market.NotWinner.selector, id, p1));
        vm.prank(p1);
        market.publishDeployment(id, "e", "");
    }

    function test_PublishDeployment_RevertsWhen_AlreadyPublished() public {
        uint256 id = _matched(p0, 5 ether);
        vm.prank(p0);
        market.publishDeployment(id, "e", "");
        vm.expectRevert(abi.encodeWithSelector(Market.AlreadyPublished.selector, id));
        vm.prank(p0);
        market.publishDeployment(id, "e2", "");
    }

    function test_PublishDeployment_RevertsWhen_PublishTimeoutPassed() public {
        uint256 id = _matched(p0, 5 ether);
        uint32 d = market.order(id).deadline;
        vm.assertEq(uint256(d), block.timestamp + mp.publishTimeout);
        vm.warp(d + 1);
        vm.expectRevert(abi.encodeWithSelector(Market.DeadlinePassed.selector, uint64(d)));
        vm.prank(p0);
        market.publishDeployment(id, "e", "");
    }

    function test_AcceptDeployment_CreatesLease() public {
        uint256 id = _matched(p0, 5 ether);
        vm.prank(p0);
        market.publishDeployment(id, "e", "");
        vm.expectEmit(address(market));
        emit Market.LeaseCreated(id, alice, p0, 20 ether);
        vm.prank(alice);
        market.acceptDeployment(id);
        Market.Order memory o = market.order(id);
        vm.assertEq(uint8(o.state), DEPLOYING);
        vm.assertEq(uint256(o.deadline), block.timestamp + mp.deployTimeout);
        vm.assertEq(lockedOf(p0), _coll(5 ether));
    }

    function test_AcceptDeployment_RevertsWhen_WrongState() public {
        uint256 id = createOpenOrder();
        vm.expectRevert(abi.encodeWithSelector(Market.WrongState.selector, id, BIDDING));
        vm.prank(alice);
        market.acceptDeployment(id);
    }

    function test_AcceptDeployment_RevertsWhen_NotCustomer() public {
        uint256 id = _matched(p0, 5 ether);
        vm.prank(p0);
        market.publishDeployment(id, "e", "");
        vm.expectRevert(abi.encodeWithSelector(Market.NotCustomer.selector, id, p0));
        vm.prank(p0);
        market.acceptDeployment(id);
    }

    function test_AcceptDeployment_RevertsWhen_NotPublished() public {
        uint256 id = _matched(p0, 5 ether);
        vm.expectRevert(abi.encodeWithSelector(Market.NotPublished.selector, id));
        vm.prank(alice);
        market.acceptDeployment(id);
    }

    function test_AcceptDeployment_RevertsWhen_AcceptTimeoutPassed() public {
        uint256 id = _matched(p0, 5 ether);
        vm.prank(p0);
        market.publishDeployment(id, "e", "");
        uint32 d = market.order(id).deadline;
        vm.warp(d + 1);
        vm.expectRevert(abi.encodeWithSelector(Market.DeadlinePassed.selector, uint64(d)));
        vm.prank(alice);
        market.acceptDeployment(id);
    }

    /// v2: the unpublished winner's collateral is burned, not paid to the customer.
    function test_Expire_NotPublished_BurnsCollateralAndRefunds() public {
        uint256 before = token.balanceOf(alice);
        uint256 id = _matched(p0, 5 ether);
        uint256 supply = token.totalSupply();
        uint32 d = market.order(id).deadline;
        vm.warp(d + 1);
        vm.expectEmit(address(market));
        emit Market.OrderFailed(id, Market.FailReason.NotPublished);
        vm.prank(stranger);
        market.expire(id);
        vm.assertEq(stateOf(id), FAILED);
        vm.assertEq(token.balanceOf(alice), before, "prepayment and deposit back, nothing more");
        vm.assertEq(stakeOf(p0), 1000 ether - _coll(5 ether));
        vm.assertEq(lockedOf(p0), 0);
        vm.assertEq(token.totalSupply(), supply - _coll(5 ether), "collateral burned");
    }

    function test_Expire_NotAccepted_RefundsAndUnlocksCollateral() public {
        uint256 before = token.balanceOf(alice);
        uint256 id = _matched(p0, 5 ether);
        vm.prank(p0);
        market.publishDeployment(id, "e", "");
        uint32 d = market.order(id).deadline;
        vm.warp(d + 1);
        vm.expectEmit(address(market));
        emit Market.OrderFailed(id, Market.FailReason.NotAccepted);
        vm.prank(stranger);
        market.expire(id);
        vm.assertEq(stateOf(id), FAILED);
        vm.assertEq(token.balanceOf(alice), before);
        vm.assertEq(stakeOf(p0), 1000 ether);
        vm.assertEq(lockedOf(p0), 0);
    }

    /// The customer committed a module and the provider never confirmed: Failed without fault.
    function test_Expire_NotConfirmed_FailsWithoutFault() public {
        uint256 before = token.balanceOf(alice);
        uint256 id = _committed(p0, 5 ether);
        uint256 supply = token.totalSupply();
        uint32 d = market.order(id).deadline;
        vm.assertEq(uint256(d), block.timestamp + mp.confirmDeployTimeout);
        vm.warp(d);
        vm.expectRevert(abi.encodeWithSelector(Market.DeadlineNotReached.selector, uint64(d)));
        market.expire(id);
        vm.warp(d + 1);
        vm.expectEmit(address(market));
        emit Market.OrderFailed(id, Market.FailReason.NotConfirmed);
        vm.prank(stranger);
        market.expire(id);
        vm.assertEq(token.balanceOf(alice), before, "everything back");
        vm.assertEq(stakeOf(p0), 1000 ether, "nothing burned");
        vm.assertEq(lockedOf(p0), 0);
        vm.assertEq(token.totalSupply(), supply);
    }

    function test_Expire_RevertsWhen_DeadlineNotReached() public {
        uint256 id = _matched(p0, 5 ether);
        uint32 d = market.order(id).deadline;
        vm.warp(d);
        vm.expectRevert(abi.encodeWithSelector(Market.DeadlineNotReached.selector, uint64(d)));
        market.expire(id);
        vm.prank(p0);
        market.publishDeployment(id, "e", "");
        d = market.order(id).deadline;
        vm.warp(d);
        vm.expectRevert(abi.encodeWithSelector(Market.DeadlineNotReached.selector, uint64(d)));
        market.expire(id);
    }

    /// A lease whose customer never committed does not expire: it starts unattended.
    function test_Expire_RevertsWhen_ModuleNotCommitted() public {
        uint256 id = runToDeploying(p0, 5 ether);
        vm.warp(block.timestamp + 1000);
        vm.expectRevert(abi.encodeWithSelector(Market.ModuleNotCommitted.selector, id));
        market.expire(id);
    }

    function test_Expire_RevertsWhen_WrongState() public {
        uint256 id = createOpenOrder();
        vm.expectRevert(abi.encodeWithSelector(Market.WrongState.selector, id, BIDDING));
        market.expire(id);
        id = runToService(p0, 5 ether);
        vm.warp(block.timestamp + 1000);
        vm.expectRevert(abi.encodeWithSelector(Market.WrongState.selector, id, FULFILLING));
        market.expire(id);
    }

    // ================================================================ fulfill and confirmDeployment

    function test_Fulfill_CustomerCommitsTheModuleHash() public {
        uint256 id = runToDeploying(p0, 5 ether);
        vm.expectEmit(address(market));
        emit Market.DeploymentCommitted(id, MODULE);
        vm.prank(alice);
        market.fulfill(id, MODULE);
        Market.Order memory o = market.order(id);
        vm.assertEq(uint8(o.state), DEPLOYING, "the service waits for the provider");
        vm.assertEq(uint256(o.deadline), block.timestamp + mp.confirmDeployTimeout);
        Market.Lease memory l = market.lease(id);
        vm.assertTrue(l.moduleCommitted);
        vm.assertEq(l.moduleHash, MODULE);
        vm.assertEq(uint8(pool.committee(cid(id, 0)).status), uint8(IWitnessPool.CommitteeStatus.None));
    }

    function test_Fulfill_RevertsWhen_NotCustomer() public {
        uint256 id = runToDeploying(p0, 5 ether);
        vm.expectRevert(abi.encodeWithSelector(Market.NotCustomer.selector, id, p0));
        vm.prank(p0);
        market.fulfill(id, MODULE);
    }

    function test_Fulfill_RevertsWhen_DeployTimeoutPassed() public {
        uint256 id = runToDeploying(p0, 5 ether);
        uint32 d = market.order(id).deadline;
        vm.warp(d + 1);
        vm.expectRevert(abi.encodeWithSelector(Market.DeadlinePassed.selector, uint64(d)));
        vm.prank(alice);
        market.fulfill(id, MODULE);
    }

    function test_Fulfill_RevertsWhen_AlreadyCommitted() public {
        uint256 id = _committed(p0, 5 ether);
        vm.expectRevert(abi.encodeWithSelector(Market.ModuleAlreadyCommitted.selector, id));
        vm.prank(alice);
        market.fulfill(id, keccak256("another"));
        vm.warp(block.timestamp + 1000);
        vm.expectRevert(abi.encodeWithSelector(Market.ModuleAlreadyCommitted.selector, id));
        market.fulfill(id, 0);
    }

    function test_Fulfill_RevertsWhen_CustomerSendsZeroHash() public {
        uint256 id = runToDeploying(p0, 5 ether);
        vm.expectRevert(abi.encodeWithSelector(Market.ModuleHashRequired.selector, id));
        vm.prank(alice);
        market.fulfill(id, 0);
    }

    function test_Fulfill_RevertsWhen_UnattendedBeforeDeployTimeout() public {
        uint256 id = runToDeploying(p0, 5 ether);
        uint32 d = market.order(id).deadline;
        vm.warp(d);
        vm.expectRevert(abi.encodeWithSelector(Market.DeadlineNotReached.selector, uint64(d)));
        vm.prank(p0); // not even the provider
        market.fulfill(id, 0);
    }

    function test_Fulfill_RevertsWhen_WrongState() public {
        uint256 id = _matched(p0, 5 ether);
        vm.expectRevert(abi.encodeWithSelector(Market.WrongState.selector, id, CONFIRMING));
        vm.prank(alice);
        market.fulfill(id, MODULE);
    }

    /// After deployTimeout without a commitment anyone starts the service unattended: no
    /// committee, the whole deposit back at once, the provider earns the fee from serviceEnd.
    function test_Fulfill_Unattended_ProviderPaidNoCommitteeDepositBack() public {
        uint256 aliceBefore = token.balanceOf(alice);
        uint256 id = runToDeploying(p0, 5 ether);
        uint256 supply = token.totalSupply();
        vm.warp(market.order(id).deadline + 1);
        uint64 start = uint64(block.timestamp);
        uint64 end = start + UNITS * mp.billingPeriod;
        vm.expectEmit(address(market));
        emit Market.ServiceStarted(id, start, end);
        vm.prank(stranger);
        market.fulfill(id, 0);
        vm.assertEq(stateOf(id), FULFILLING);
        vm.assertEq(token.balanceOf(alice), aliceBefore - 20 ether, "deposit back at once");
        Market.Lease memory l = market.lease(id);
        vm.assertTrue(l.unattended);
        vm.assertFalse(l.moduleCommitted);
        vm.assertEq(uint256(l.serviceEnd), end);
        vm.assertEq(uint8(pool.committee(cid(id, 0)).status), uint8(IWitnessPool.CommitteeStatus.None));
        vm.expectRevert(abi.encodeWithSelector(Market.Unattended.selector, id));
        market.openSegment(id, 1);
        vm.warp(end - 1);
        vm.expectRevert(abi.encodeWithSelector(Market.DeadlineNotReached.selector, end));
        market.settle(id);
        vm.warp(end);
        vm.expectEmit(address(market));
        emit Market.OrderSettled(id, 0, 20 ether, 0);
        market.settle(id);
        market.finish(id);
        vm.assertEq(token.balanceOf(p0), FUND - 1000 ether + 20 ether);
        vm.assertEq(token.balanceOf(alice), aliceBefore - 20 ether);
        vm.assertEq(token.totalSupply(), supply, "nothing burned");
        vm.assertEq(lockedOf(p0), 0);
    }

    function test_ConfirmDeployment_StartsServiceAndRequestsSegmentZero() public {
        uint256 id = _committed(p0, 5 ether);
        uint256 poolBefore = token.balanceOf(address(pool));
        uint256 marketBefore = token.balanceOf(address(market));
        uint64 start = uint64(block.timestamp);
        uint64 end = start + UNITS * mp.billingPeriod;
        vm.expectEmit(address(pool));
        emit WitnessPool.CommitteeRequested(cid(id, 0), uint64(block.number), 3);
        vm.expectEmit(address(market));
        emit Market.ServiceStarted(id, start, end);
        vm.prank(p0);
        market.confirmDeployment(id);
        vm.assertEq(stateOf(id), FULFILLING);
        Market.Lease memory l = market.lease(id);
        vm.assertEq(uint256(l.serviceStart), start);
        vm.assertEq(uint256(l.serviceEnd), end);
        vm.assertEq(l.moduleHash, MODULE, "the hash stays readable in service");
        WitnessPool.CommitteeView memory c = pool.committee(cid(id, 0));
        vm.assertEq(uint8(c.status), uint8(IWitnessPool.CommitteeStatus.Requested));
        vm.assertEq(uint256(c.n), 3);
        vm.assertEq(c.customer, alice);
        vm.assertEq(c.provider, p0);
        vm.assertEq(uint256(c.end), end, "one segment: it ends with the service");
        vm.assertEq(c.seatFee, 1 ether);
        vm.assertEq(uint256(c.requestBlock), block.number);
        // the committee's 10 N s stays with the Market until finalize pulls what it pays
        vm.assertEq(token.balanceOf(address(pool)), poolBefore, "nothing moves to the pool at the request");
        vm.assertEq(token.balanceOf(address(market)), marketBefore, "the Market keeps the deposit");
        vm.assertEq(token.allowance(address(market), address(pool)), type(uint256).max, "the pool may pull pay");
    }

    function test_ConfirmDeployment_RevertsWhen_NotWinner() public {
        uint256 id = _committed(p0, 5 ether);
        vm.expectRevert(abi.encodeWithSelector(Market.NotWinner.selector, id, alice));
        vm.prank(alice);
        market.confirmDeployment(id);
    }

    function test_ConfirmDeployment_RevertsWhen_ModuleNotCommitted() public {
        uint256 id = runToDeploying(p0, 5 ether);
        vm.expectRevert(abi.encodeWithSelector(Market.ModuleNotCommitted.selector, id));
        vm.prank(p0);
        market.confirmDeployment(id);
    }

    function test_ConfirmDeployment_RevertsWhen_ConfirmDeployTimeoutPassed() public {
        uint256 id = _committed(p0, 5 ether);
        uint32 d = market.order(id).deadline;
        vm.warp(d + 1);
        vm.expectRevert(abi.encodeWithSelector(Market.DeadlinePassed.selector, uint64(d)));
        vm.prank(p0);
        market.confirmDeployment(id);
    }

    function test_ConfirmDeployment_RevertsWhen_WrongState() public {
        uint256 id = runToService(p0, 5 ether);
        vm.expectRevert(abi.encodeWithSelector(Market.WrongState.selector, id, FULFILLING));
        vm.prank(p0);
        market.confirmDeployment(id);
    }

    // ================================================================ settle and finish

    function _witnessed(uint256 id, uint256 trues) internal returns (address[] memory m) {
        uint256 c = cid(id, 0);
        m = drawNow(c);
        for (uint256 i; i < m.length; ++i) {
            commitAs(c, m[i], i < trues);
        }
        toRevealWindow(c);
        for (uint256 i; i < m.length; ++i) {
            revealAs(c, m[i], i < trues);
        }
        toAfterReveal(c);
    }

    function test_Settle_NoViolation_PaysProviderFeeAndRefundsTheDepositLeft() public {
        uint256 aliceBefore = token.balanceOf(alice);
        uint256 id = runToService(p0, 5 ether);
        _witnessed(id, 1); // 1 of 3 says violated: below M = 2
        // s = 1 FST: the member who said true loses 1 (burned from its lock), the two others
        // earn 1 each from the deposit; 31 - 2 come back to the customer
        vm.expectEmit(address(market));
        emit Market.OrderSettled(id, 0, 20 ether, 29 ether);
        vm.prank(stranger);
        market.settle(id);
        vm.assertEq(stateOf(id), SETTLED);
        vm.assertEq(lockedOf(p0), 0);
        vm.assertEq(stakeOf(p0), 1000 ether);
        (uint256 payout, uint256 refund, uint8 v) = market.settlement(id);
        vm.assertEq(payout, 20 ether);
        vm.assertEq(refund, 29 ether);
        vm.assertEq(uint256(v), 0);
        vm.assertEq(market.lease(id).moduleHash, bytes32(0), "replaced by the settlement");
        (IWitnessPool.CommitteeStatus st, bool violated,) = pool.verdict(cid(id, 0));
        vm.assertEq(uint8(st), uint8(IWitnessPool.CommitteeStatus.Finalized));
        vm.assertFalse(violated);
        vm.expectEmit(address(market));
        emit Market.OrderFinished(id);
        vm.prank(stranger);
        market.finish(id);
        vm.assertEq(stateOf(id), FINISHED);
        vm.assertEq(token.balanceOf(p0), FUND - 1000 ether + 20 ether);
        vm.assertEq(token.balanceOf(alice), aliceBefore - 20 ether - 2 ether, "the fee and two seats");
        vm.assertEq(token.balanceOf(address(market)), 3000 ether, "only stakes remain");
    }

    /// v2: the collateral is burned; the customer gets its fee back and nothing more.
    function test_Settle_Violation_CustomerGetsFeeBackCollateralBurned() public {
        uint256 aliceBefore = token.balanceOf(alice);
        uint256 id = runToService(p0, 5 ether);
        uint256 supply = token.totalSupply();
        _witnessed(id, 2); // M = 2 of 3
        // two true reporters earn 10 s each, the false one 0: 31 - 20 = 11 back
        vm.expectEmit(address(market));
        emit Market.OrderSettled(id, 1, 0, 20 ether + 11 ether);
        market.settle(id);
        vm.assertEq(stakeOf(p0), 1000 ether - 10 ether);
        vm.assertEq(lockedOf(p0), 0);
        vm.assertEq(token.totalSupply(), supply - 10 ether, "the collateral burned");
        market.finish(id);
        vm.assertEq(token.balanceOf(alice), aliceBefore - 20 ether, "fee back; it paid the reporters");
        vm.assertEq(token.balanceOf(p0), FUND - 1000 ether);
        vm.assertEq(token.balanceOf(address(market)), 3000 ether - 10 ether);
    }

    /// Nobody drew: the committee is finalized unwitnessed by settle, the provider is paid and
    /// the whole deposit comes back.
    function test_Settle_Unwitnessed_PaysProviderRefundsDeposit() public {
        uint256 aliceBefore = token.balanceOf(alice);
        uint256 id = runToService(p0, 5 ether);
        vm.warp(market.segment(id, 0).revealEnd + 1);
        vm.expectEmit(address(pool));
        emit WitnessPool.CommitteeUnwitnessed(cid(id, 0));
        market.settle(id);
        market.finish(id);
        vm.assertEq(token.balanceOf(p0), FUND - 1000 ether + 20 ether);
        vm.assertEq(token.balanceOf(alice), aliceBefore - 20 ether);
    }

    function test_Settle_AfterDirectFinalize() public {
        uint256 id = runToService(p0, 5 ether);
        _witnessed(id, 3);
        pool.finalize(cid(id, 0));
        market.settle(id);
        vm.assertEq(stakeOf(p0), 990 ether);
        (,, uint8 v) = market.settlement(id);
        vm.assertEq(uint256(v), 1);
    }

    /// settle waits for the last segment's reveal window: serviceEnd + commitGrace +
    /// reportRevealSeconds.
    function test_Settle_RevertsWhen_LastRevealWindowOpen() public {
        uint256 id = runToService(p0, 5 ether);
        uint64 ready = market.segment(id, 0).revealEnd;
        vm.assertEq(uint256(ready), uint256(market.order(id).deadline) + wp.commitGrace + wp.reportRevealSeconds);
        vm.warp(ready);
        vm.expectRevert(abi.encodeWithSelector(Market.DeadlineNotReached.selector, ready));
        market.settle(id);
    }

    function test_Settle_RevertsWhen_WrongState() public {
        uint256 id = runToDeploying(p0, 5 ether);
        vm.expectRevert(abi.encodeWithSelector(Market.WrongState.selector, id, DEPLOYING));
        market.settle(id);
    }

    function test_Finish_RevertsWhen_NotSettled() public {
        uint256 id = runToService(p0, 5 ether);
        vm.expectRevert(abi.encodeWithSelector(Market.WrongState.selector, id, FULFILLING));
        market.finish(id);
        vm.warp(market.segment(id, 0).revealEnd + 1);
        market.settle(id);
        market.finish(id);
        vm.expectRevert(abi.encodeWithSelector(Market.WrongState.selector, id, FINISHED));
        market.finish(id);
    }

    // ================================================================ views

    function test_Lease_EmptyBeforeMatch() public {
        uint256 id = createOpenOrder();
        bidAs(p0, id, 5 ether);
        Market.Lease memory l = market.lease(id);
        vm.assertEq(l.provider, address(0));
        vm.assertEq(l.fee, 0);
    }

    function test_Settlement_ZeroBeforeSettle() public {
        uint256 id = runToService(p0, 5 ether);
        (uint256 payout, uint256 refund, uint8 v) = market.settlement(id);
        vm.assertEq(payout + refund + v, 0, "the module hash is not read as a settlement");
    }

    function test_CommitteeId_IsOrderIdShiftedBy8() public view {
        vm.assertEq(market.committeeId(1, 0), 256);
        vm.assertEq(market.committeeId(7, 3), 7 * 256 + 3);
    }
}
