// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {ERC20Burnable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Burnable.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {IWitnessPool} from "./IWitnessPool.sol";
import {Auction} from "./Auction.sol";
import {Segments} from "./Segments.sol";

/// @title DeFaaS Market
/// @notice Orders, auctions (open and sealed), deployment, leases split into segments, and
/// settlement (SPEC §3). The order id is also the lease id; segment k of order id is watched by
/// the WitnessPool's committee `id << 8 | k`.
/// @dev v2. Money: the customer prepays `maxFee` and a witness deposit `S × (10N + 1) × s` (s,
/// the seat fee, recomputed on the winning fee at the close). Per segment, `10 N s` is reserved
/// for the committee (it stays here; the pool pulls what it pays the members at finalize), `s`
/// goes to whoever opens the segment (back to the customer for segment 0), and the rest is
/// refunded at `settle`.
/// Nothing is minted; violations burn collateral, never pay it to anyone. The owner can only
/// add and deactivate levels.
///
/// Storage is packed so that the hot paths touch as few slots as possible: an order is three
/// slots (who/state/deadline, terms, best bid), a provider one.
contract Market is Ownable {
    using SafeERC20 for IERC20;

    // ---------------------------------------------------------------- types

    /// Numeric values are public interface (README): None 0, Bidding 1, Confirming 2,
    /// Deploying 3, Fulfilling 4, Settled 5, Finished 6, Failed 7.
    enum State {
        None,
        Bidding,
        Confirming,
        Deploying,
        Fulfilling,
        Settled,
        Finished,
        Failed
    }

    /// NoValidBid 0, NotPublished 1 (collateral burned), NotAccepted 2, NotConfirmed 3 (the
    /// provider never confirmed the committed module: nobody's fault, nothing burned).
    enum FailReason {
        NoValidBid,
        NotPublished,
        NotAccepted,
        NotConfirmed
    }

    /// None 0, Committed 1, Revealed 2 (competed, bond returned), Forfeited 3 (never revealed,
    /// bond burned by forfeitBond), RevealedNotCompeting 4 (revealed a price of 0, above the
    /// maximum or whose collateral the free stake could not cover: bond burned).
    enum BidStatus {
        None,
        Committed,
        Revealed,
        Forfeited,
        RevealedNotCompeting
    }

    /// SPEC §6, in this order. Times in seconds, amounts in FST base units, shares in basis
    /// points. The probe rules at the end are not used by the contract: witnesses and providers
    /// read them here, so that every one of them applies the same rule.
    struct Params {
        uint32 billingPeriod;
        uint32 minBiddingSeconds;
        uint32 maxBiddingSeconds;
        uint32 minRevealSeconds;
        uint32 maxRevealSeconds;
        uint32 publishTimeout;
        uint32 acceptTimeout;
        uint32 deployTimeout;
        uint32 confirmDeployTimeout;
        uint16 collateralBps;
        uint16 collateralFloorBps;
        uint96 minProviderStake;
        uint32 providerExitCooldown;
        uint96 bidBond;
        uint16 bidBondBps;
        uint8 maxWitnesses;
        uint8 maxSegments;
        uint32 minSegmentSeconds;
        uint32 maxSegmentSeconds;
        uint16 seatFeeBps;
        uint96 minSeatFeePerUnit;
        uint32 requestTimeout;
        uint32 probeMargin;
        uint32 probeRatePerMinute;
        uint32 probeBurst;
        uint16 slaFailBps;
        uint32 slaMinFailures;
    }

    struct OrderParams {
        uint32 levelId;
        uint32 durationUnits;
        uint96 maxUnitPrice;
        uint32 biddingSeconds;
        uint32 revealSeconds;
        uint8 witnessCount;
        uint8 segments;
    }

    struct Level {
        uint32 cpuMilli;
        uint32 memoryMB;
        uint32 imageMB;
        bool active;
    }

    /// @dev Three slots. Slot 0: who, what state and until when (every step touches it);
    /// slot 1: the terms and the sealed-bid counters; slot 2: the best bid so far (the winner
    /// once matched). `deadline` is the end of the current window: biddingEnd while Bidding,
    /// then the publish, accept, deploy and confirm deadlines, then serviceEnd from the start of
    /// the service on. Slot 2 stays empty until the first bid that takes the lead: createOrder
    /// does not write it (a bid then turns it non-zero, 20,000 gas, instead of createOrder's
    /// 22,100 and the first bid's 5,000), and until then the best price is maxUnitPrice + 1
    /// (`_bestPrice`), which `order()` shows. Times are uint32 unix seconds (good until 2106).
    struct Order {
        address customer;
        uint32 durationUnits;
        uint32 deadline;
        State state;
        uint8 flags;
        uint8 witnessCount;
        uint8 segments;
        uint96 maxUnitPrice;
        uint32 biddingEnd;
        uint32 revealEnd;
        uint32 levelId;
        uint32 commits;
        uint32 bestSeq;
        address bestBidder;
        uint96 bestPrice;
    }

    struct Lease {
        address customer;
        address provider;
        uint96 unitPrice;
        uint256 fee;
        uint256 collateral;
        uint256 seatFee;
        uint64 serviceStart;
        uint64 serviceEnd;
        uint64 segmentSeconds;
        uint8 segments;
        uint8 witnessCount;
        bool moduleCommitted;
        bool unattended;
        bytes32 moduleHash;
    }

    /// One slot. `locked` is the collateral of the bids the provider leads and of its leases
    /// plus its sealed-bid bonds. `lastLockOrder` is the latest order that locked some of it:
    /// withdrawProviderStake names it when it refuses (see there). Registered iff stake > 0.
    struct Provider {
        uint96 stake;
        uint96 locked;
        uint32 exitAt;
        uint32 lastLockOrder;
    }

    /// A sealed bid, one slot: the commitment cut to 27 bytes (108-bit collision resistance:
    /// nobody finds two prices with one commitment), its commit sequence number for ties, and
    /// its status.
    struct SealedBid {
        bytes27 commitment;
        uint32 seq;
        BidStatus status;
    }

    /// Segment k of a lease: its committee, its windows (zero before the service starts) and
    /// its committee's status and verdict.
    struct SegmentView {
        uint256 committeeId;
        uint64 start;
        uint64 end;
        /// openSegment is possible in [start, openUntil): the first half of the segment.
        uint64 openUntil;
        uint64 commitEnd;
        uint64 revealEnd;
        IWitnessPool.CommitteeStatus status;
        bool violated;
    }

    uint8 internal constant FLAG_SEALED = 1; // = Auction.FLAG_SEALED
    uint8 internal constant FLAG_PUBLISHED = 2;
    uint8 internal constant FLAG_COMMITTED = 4;
    uint8 internal constant FLAG_UNATTENDED = 8; // = Segments.FLAG_UNATTENDED

    uint8 public constant MIN_WITNESSES = 3;
    uint256 internal constant PARAMS_WORDS = 27;
    /// The longest service: ten years, so that service ends fit every time field until 2106.
    uint256 public constant MAX_SERVICE_SECONDS = 3650 days;

    // ---------------------------------------------------------------- errors

    error InvalidParameter(string name);
    error UnknownLevel(uint32 levelId);
    error LevelInactive(uint32 levelId);
    error ZeroDuration();
    error DurationTooLong(uint32 durationUnits, uint32 maxUnits);
    error ZeroPrice();
    error PriceTooLarge(uint96 maxUnitPrice);
    error BiddingWindowOutOfRange(uint32 biddingSeconds, uint32 min, uint32 max);
    error RevealWindowOutOfRange(uint32 revealSeconds, uint32 min, uint32 max);
    error WitnessCountOutOfRange(uint8 witnessCount, uint8 min, uint8 max);
    error SegmentsOutOfRange(uint8 segments, uint8 max);
    error SegmentsMustDivideDuration(uint8 segments, uint32 durationUnits);
    error SegmentLengthOutOfRange(uint256 segmentSeconds, uint32 min, uint32 max);
    error UnknownOrder(uint256 orderId);
    error WrongState(uint256 orderId, uint8 state);
    error DeadlinePassed(uint64 deadline);
    error DeadlineNotReached(uint64 deadline);
    error NotProvider(address account);
    error AlreadyRegistered(address account);
    error ProviderExiting(address provider);
    error StakeBelowMinimum(uint256 stake, uint256 minimum);
    error InsufficientFreeStake(uint256 free, uint256 needed);
    error CustomerCannotBid(uint256 orderId);
    error BidAboveMax(uint96 maxUnitPrice, uint96 offered);
    error BidNotLower(uint96 best, uint96 offered);
    error SealedBiddingOnly(uint256 orderId);
    error OpenBiddingOnly(uint256 orderId);
    error AlreadyCommitted(uint256 orderId, address provider);
    error NoCommitment(uint256 orderId, address provider);
    error AlreadyRevealed(uint256 orderId, address provider);
    error CommitmentMismatch(uint256 orderId, address provider);
    error RevealNotOpen(uint64 opensAt);
    error NotWinner(uint256 orderId, address caller);
    error NotCustomer(uint256 orderId, address caller);
    error AlreadyPublished(uint256 orderId);
    error NotPublished(uint256 orderId);
    /// fulfill with a module hash: only once; fulfill(orderId, 0) after a commitment: never.
    error ModuleAlreadyCommitted(uint256 orderId);
    /// The customer starts the service by committing its module's sha256: not zero.
    error ModuleHashRequired(uint256 orderId);
    /// confirmDeployment before the customer's fulfill, or expire of a lease whose customer
    /// never committed (that one starts unattended with fulfill(orderId, 0)).
    error ModuleNotCommitted(uint256 orderId);
    error Unattended(uint256 orderId);
    error SegmentOutOfRange(uint8 segment, uint8 segments);
    error SegmentNotStarted(uint64 start);
    error ProbeKitLengthMismatch(uint256 members, uint256 sealedKits);
    error CommitteeNotDrawn(uint256 committeeId, uint8 status);
    error NotCommitteeMember(uint256 committeeId, address account);
    error ExitNotRequested(address provider);
    error CooldownNotOver(uint64 until);
    /// `locked` is still locked; `orderId` is the latest order that locked stake (a lease, a
    /// leading bid or a sealed-bid bond): it and any earlier one release it at their deadlines.
    error StakeLocked(uint256 locked, uint256 orderId);
    error ZeroAmount();

    // ---------------------------------------------------------------- events

    event LevelAdded(uint32 indexed levelId, uint32 cpuMilli, uint32 memoryMB, uint32 imageMB);
    event LevelDeactivated(uint32 indexed levelId);
    event ProviderRegistered(address indexed provider, uint256 stake, string metadataURI);
    event ProviderStakeAdded(address indexed provider, uint256 amount, uint256 stake);
    event ProviderExitRequested(address indexed provider, uint64 withdrawableAt);
    event ProviderWithdrawn(address indexed provider, uint256 amount);
    event OrderCreated(
        uint256 indexed orderId,
        address indexed customer,
        uint32 levelId,
        uint32 durationUnits,
        uint96 maxUnitPrice,
        uint64 biddingEnd,
        uint64 revealEnd,
        uint8 witnessCount,
        uint8 segments
    );
    event BidPlaced(uint256 indexed orderId, address indexed provider, uint96 unitPrice);
    event BidCommitted(uint256 indexed orderId, address indexed provider);
    event BidRevealed(uint256 indexed orderId, address indexed provider, uint96 unitPrice);
    event BondForfeited(uint256 indexed orderId, address indexed provider, uint256 amount);
    event OrderMatched(uint256 indexed orderId, address indexed provider, uint96 unitPrice);
    event OrderFailed(uint256 indexed orderId, FailReason reason);
    event DeploymentPublished(uint256 indexed orderId, address indexed provider, string endpoint, bytes accessInfo);
    event LeaseCreated(uint256 indexed orderId, address indexed customer, address indexed provider, uint256 fee);
    event DeploymentCommitted(uint256 indexed orderId, bytes32 moduleHash);
    event ServiceStarted(uint256 indexed orderId, uint64 start, uint64 end);
    event SegmentOpened(uint256 indexed orderId, uint8 segment, address opener);
    event ProbeKit(uint256 indexed orderId, uint8 segment, address indexed witness, bytes sealedKit);
    event OrderSettled(uint256 indexed orderId, uint8 violatedSegments, uint256 providerPayout, uint256 customerRefund);
    event OrderFinished(uint256 indexed orderId);

    // ---------------------------------------------------------------- state

    IERC20 public immutable token;
    IWitnessPool public immutable witnessPool;

    uint32 internal immutable billingPeriod;
    uint32 internal immutable minBiddingSeconds;
    uint32 internal immutable maxBiddingSeconds;
    uint32 internal immutable minRevealSeconds;
    uint32 internal immutable maxRevealSeconds;
    uint32 internal immutable publishTimeout;
    uint32 internal immutable acceptTimeout;
    uint32 internal immutable deployTimeout;
    uint32 internal immutable confirmDeployTimeout;
    uint96 internal immutable minProviderStake;
    uint32 internal immutable providerExitCooldown;
    uint8 internal immutable maxWitnesses;
    uint8 internal immutable maxSegments;
    uint32 internal immutable minSegmentSeconds;
    uint32 internal immutable maxSegmentSeconds;
    /// Auction.packTerms: collateral and bond parameters in one word.
    uint256 internal immutable auctionTerms;
    /// Segments.packTerms: seat fee parameters, billingPeriod and the pool's report window.
    uint256 internal immutable seatTerms;

    /// Levels by id, 0 … levelCount() − 1. A mapping rather than an array, so that createOrder
    /// reads one slot (the level's; `cpuMilli` is never 0 for a level that exists) instead of
    /// two (an array's length for the bounds check, then the element).
    mapping(uint32 levelId => Level) internal levels;
    uint32 internal levelsAdded;
    /// The id the next order gets; order ids run from 1 to orderCount() = nextOrderId − 1. It
    /// starts at 1 in the constructor, so that no order pays for turning a zero slot non-zero
    /// (20,000 gas instead of 2,900; `orderCount` started at 0 and the first order paid it).
    uint256 internal nextOrderId = 1;
    mapping(uint256 orderId => Order) internal orders;
    mapping(address provider => Provider) internal providers;
    mapping(uint256 orderId => mapping(address provider => SealedBid)) internal sealedBids;
    /// One slot per lease, written twice: the module hash the customer committed (fulfill),
    /// then, at settle, the settlement — providerPayout (bits 0–119), customerRefund
    /// (120–239), violated segments (240–247) — which overwrites it (5,000 gas instead of a
    /// fresh slot's 22,100). lease() shows the hash until the lease is settled.
    mapping(uint256 orderId => bytes32) internal moduleOrSettlement;
    /// abi.encode(Params) of the constructor, for params().
    uint256[27] internal encodedParams;

    constructor(IERC20 token_, IWitnessPool pool_, Params memory p, address owner_) Ownable(owner_) {
        if (address(token_) == address(0)) revert InvalidParameter("token");
        if (address(pool_) == address(0)) revert InvalidParameter("witnessPool");
        if (p.billingPeriod == 0) revert InvalidParameter("billingPeriod");
        if (p.minBiddingSeconds == 0 || p.maxBiddingSeconds < p.minBiddingSeconds) {
            revert InvalidParameter("biddingSeconds bounds");
        }
        if (p.minRevealSeconds == 0 || p.maxRevealSeconds < p.minRevealSeconds) {
            revert InvalidParameter("revealSeconds bounds");
        }
        if (p.collateralBps == 0 || p.collateralBps > 10_000) revert InvalidParameter("collateralBps");
        if (p.collateralFloorBps > 10_000) revert InvalidParameter("collateralFloorBps");
        if (p.bidBondBps > 10_000) revert InvalidParameter("bidBondBps");
        if (p.minProviderStake == 0) revert InvalidParameter("minProviderStake");
        if (p.maxWitnesses < MIN_WITNESSES) revert InvalidParameter("maxWitnesses");
        // Orders may ask for up to maxWitnesses: the pool must draw that many, or the service
        // could never start.
        if (p.maxWitnesses > pool_.MAX_COMMITTEE()) revert InvalidParameter("maxWitnesses above the pool's");
        if (p.maxSegments == 0) revert InvalidParameter("maxSegments");
        if (p.minSegmentSeconds == 0 || p.maxSegmentSeconds < p.minSegmentSeconds) {
            revert InvalidParameter("segmentSeconds bounds");
        }
        // A seat must cost something whatever the price, or dust leases lock witnesses for free.
        if (p.minSeatFeePerUnit == 0) revert InvalidParameter("minSeatFeePerUnit");
        if (p.slaFailBps > 10_000) revert InvalidParameter("slaFailBps");
        token = token_;
        witnessPool = pool_;
        billingPeriod = p.billingPeriod;
        minBiddingSeconds = p.minBiddingSeconds;
        maxBiddingSeconds = p.maxBiddingSeconds;
        minRevealSeconds = p.minRevealSeconds;
        maxRevealSeconds = p.maxRevealSeconds;
        publishTimeout = p.publishTimeout;
        acceptTimeout = p.acceptTimeout;
        deployTimeout = p.deployTimeout;
        confirmDeployTimeout = p.confirmDeployTimeout;
        minProviderStake = p.minProviderStake;
        providerExitCooldown = p.providerExitCooldown;
        maxWitnesses = p.maxWitnesses;
        maxSegments = p.maxSegments;
        minSegmentSeconds = p.minSegmentSeconds;
        maxSegmentSeconds = p.maxSegmentSeconds;
        auctionTerms = Auction.packTerms(p.collateralBps, p.collateralFloorBps, p.bidBondBps, p.bidBond);
        seatTerms = Segments.packTerms(
            p.seatFeeBps, p.minSeatFeePerUnit, p.billingPeriod, pool_.commitGrace() + pool_.reportRevealSeconds()
        );
        // The witness deposit stays here; each committee's finalize pulls exactly what it pays
        // its members (WitnessPool), so the pool may take from the Market. It is bound to this
        // Market alone and only takes a committee's pay, once, out of that committee's 10 N s.
        token_.forceApprove(address(pool_), type(uint256).max);
        bytes memory enc = abi.encode(p);
        for (uint256 i; i < PARAMS_WORDS; ++i) {
            uint256 word;
            assembly ("memory-safe") {
                word := mload(add(add(enc, 32), shl(5, i)))
            }
            encodedParams[i] = word;
        }
        // The three initial levels of SPEC §3.2.
        _addLevel(1000, 512, 50);
        _addLevel(1000, 1024, 100);
        _addLevel(2000, 2048, 200);
    }

    // ---------------------------------------------------------------- levels

    function addLevel(uint32 cpuMilli, uint32 memoryMB, uint32 imageMB) external onlyOwner returns (uint32) {
        if (cpuMilli == 0) revert InvalidParameter("cpuMilli");
        if (memoryMB == 0) revert InvalidParameter("memoryMB");
        if (imageMB == 0) revert InvalidParameter("imageMB");
        return _addLevel(cpuMilli, memoryMB, imageMB);
    }

    /// A level is never edited in place, so the terms of open orders never change; it can only
    /// be closed to new orders.
    function deactivateLevel(uint32 levelId) external onlyOwner {
        if (levelId >= levelsAdded) revert UnknownLevel(levelId);
        levels[levelId].active = false;
        emit LevelDeactivated(levelId);
    }

    function _addLevel(uint32 cpuMilli, uint32 memoryMB, uint32 imageMB) internal returns (uint32 id) {
        id = levelsAdded++;
        levels[id] = Level(cpuMilli, memoryMB, imageMB, true);
        emit LevelAdded(id, cpuMilli, memoryMB, imageMB);
    }

    // ---------------------------------------------------------------- providers

    function registerProvider(uint256 stake, string calldata metadataURI) external {
        Provider storage p = providers[msg.sender];
        if (p.stake != 0) revert AlreadyRegistered(msg.sender);
        if (stake < minProviderStake) revert StakeBelowMinimum(stake, minProviderStake);
        token.safeTransferFrom(msg.sender, address(this), stake);
        providers[msg.sender] = Provider({stake: SafeCast.toUint96(stake), locked: 0, exitAt: 0, lastLockOrder: 0});
        emit ProviderRegistered(msg.sender, stake, metadataURI);
    }

    function addProviderStake(uint256 amount) external {
        Provider storage p = providers[msg.sender];
        if (p.stake == 0) revert NotProvider(msg.sender);
        if (amount == 0) revert ZeroAmount();
        token.safeTransferFrom(msg.sender, address(this), amount);
        uint96 stake = SafeCast.toUint96(uint256(p.stake) + amount);
        p.stake = stake;
        emit ProviderStakeAdded(msg.sender, amount, stake);
    }

    /// From now on the provider places no new bids and reveals none; its leases go on to the end.
    function requestProviderExit() external {
        Provider storage p = providers[msg.sender];
        if (p.stake == 0) revert NotProvider(msg.sender);
        if (p.exitAt != 0) revert ProviderExiting(msg.sender);
        p.exitAt = uint32(block.timestamp);
        emit ProviderExitRequested(msg.sender, uint64(block.timestamp) + providerExitCooldown);
    }

    /// Everything, after the exit cooldown, once nothing is locked. A refusal for locked stake
    /// names the latest order that locked some (`StakeLocked(locked, orderId)`): keeping the
    /// exact set of locking orders would cost a list per provider (a fresh slot, 22,100 gas, on
    /// every bid that takes the lead and every commitment), while every lock is released by a
    /// permissionless call after a deadline (closeBidding, forfeitBond, expire, settle), so the
    /// provider's client finds the rest from the order it is told about and its own events.
    function withdrawProviderStake() external {
        Provider memory p = providers[msg.sender];
        if (p.stake == 0) revert NotProvider(msg.sender);
        if (p.exitAt == 0) revert ExitNotRequested(msg.sender);
        uint64 until = uint64(p.exitAt) + providerExitCooldown;
        if (block.timestamp < until) revert CooldownNotOver(until);
        if (p.locked != 0) revert StakeLocked(p.locked, p.lastLockOrder);
        delete providers[msg.sender];
        token.safeTransfer(msg.sender, p.stake);
        emit ProviderWithdrawn(msg.sender, p.stake);
    }

    // ---------------------------------------------------------------- orders

    function createOrder(OrderParams calldata p) external returns (uint256) {
        return _createOrder(p);
    }

    /// One transaction for a customer with no allowance: an ERC-2612 permit for exactly
    /// `prepayment + witnessDeposit` (see orderCost), then the order. A permit that fails
    /// (already used, say, because someone front-ran it) is ignored; the transfer then needs the
    /// allowance to be there anyway.
    function createOrderWithPermit(OrderParams calldata p, uint256 permitDeadline, uint8 v, bytes32 r, bytes32 s)
        external
        returns (uint256)
    {
        (uint256 prepayment, uint256 deposit,) = _checkedCost(p);
        try IERC20Permit(address(token)).permit(msg.sender, address(this), prepayment + deposit, permitDeadline, v, r, s) {}
            catch {}
        return _createOrder(p);
    }

    /// What an order costs the customer up front: `prepayment = maxFee`, the witness deposit
    /// `S × (10N + 1) × seatFee`, and the seat fee s on maxFee. Approve or permit their sum.
    /// Validates like createOrder (same errors).
    function orderCost(OrderParams calldata p)
        external
        view
        returns (uint256 prepayment, uint256 witnessDeposit, uint256 seatFee)
    {
        return _checkedCost(p);
    }

    function _checkedCost(OrderParams calldata p) internal view returns (uint256, uint256, uint256) {
        Level storage lv = levels[p.levelId];
        if (lv.cpuMilli == 0) revert UnknownLevel(p.levelId);
        if (!lv.active) revert LevelInactive(p.levelId);
        uint32 units = p.durationUnits;
        if (units == 0) revert ZeroDuration();
        if (uint256(units) * billingPeriod > MAX_SERVICE_SECONDS) {
            revert DurationTooLong(units, uint32(MAX_SERVICE_SECONDS / billingPeriod));
        }
        if (p.maxUnitPrice == 0) revert ZeroPrice();
        if (p.maxUnitPrice == type(uint96).max) revert PriceTooLarge(p.maxUnitPrice);
        if (p.biddingSeconds < minBiddingSeconds || p.biddingSeconds > maxBiddingSeconds) {
            revert BiddingWindowOutOfRange(p.biddingSeconds, minBiddingSeconds, maxBiddingSeconds);
        }
        if (p.revealSeconds != 0 && (p.revealSeconds < minRevealSeconds || p.revealSeconds > maxRevealSeconds)) {
            revert RevealWindowOutOfRange(p.revealSeconds, minRevealSeconds, maxRevealSeconds);
        }
        if (p.witnessCount < MIN_WITNESSES || p.witnessCount > maxWitnesses) {
            revert WitnessCountOutOfRange(p.witnessCount, MIN_WITNESSES, maxWitnesses);
        }
        uint8 segs = p.segments;
        if (segs == 0 || segs > maxSegments) revert SegmentsOutOfRange(segs, maxSegments);
        if (units % segs != 0) revert SegmentsMustDivideDuration(segs, units);
        uint256 segSeconds = uint256(units / segs) * billingPeriod;
        if (segSeconds < minSegmentSeconds || segSeconds > maxSegmentSeconds) {
            revert SegmentLengthOutOfRange(segSeconds, minSegmentSeconds, maxSegmentSeconds);
        }
        uint256 maxFee = uint256(p.maxUnitPrice) * units;
        uint256 s = Segments.seatFee(maxFee, units, segs, seatTerms);
        // the seat fee travels to the pool as uint96
        SafeCast.toUint96(s);
        return (maxFee, Segments.deposit(s, p.witnessCount, segs), s);
    }

    function _createOrder(OrderParams calldata p) internal returns (uint256 orderId) {
        (uint256 prepayment, uint256 deposit,) = _checkedCost(p);
        token.safeTransferFrom(msg.sender, address(this), prepayment + deposit);

        orderId = nextOrderId++;
        uint32 biddingEnd = SafeCast.toUint32(block.timestamp + p.biddingSeconds);
        uint32 revealEnd = biddingEnd + p.revealSeconds;
        _storeOrder(orders[orderId], p, biddingEnd, revealEnd);
        emit OrderCreated(
            orderId,
            msg.sender,
            p.levelId,
            p.durationUnits,
            p.maxUnitPrice,
            biddingEnd,
            revealEnd,
            p.witnessCount,
            p.segments
        );
    }

    /// A new order's slots 0 and 1, one write each, packed as Solidity packs Order (fields
    /// from the low bits up); slot 2, the best bid, is written by the first bid that leads.
    function _storeOrder(Order storage o, OrderParams calldata p, uint32 biddingEnd, uint32 revealEnd) private {
        uint256 word0 = uint256(uint160(msg.sender)) | uint256(p.durationUnits) << 160 | uint256(biddingEnd) << 192
            | uint256(State.Bidding) << 224 | uint256(p.revealSeconds > 0 ? FLAG_SEALED : 0) << 232
            | uint256(p.witnessCount) << 240 | uint256(p.segments) << 248;
        uint256 word1 =
            uint256(p.maxUnitPrice) | uint256(biddingEnd) << 96 | uint256(revealEnd) << 128 | uint256(p.levelId) << 160;
        assembly ("memory-safe") {
            sstore(o.slot, word0)
            sstore(add(o.slot, 1), word1)
        }
    }

    // ---------------------------------------------------------------- open bidding

    /// Only the best bid is stored: a bid costs the same whether it is the first or the
    /// thousandth. It must be strictly lower than the best so far (the earliest wins ties).
    function bid(uint256 orderId, uint96 unitPrice) external {
        Order storage o = orders[orderId];
        _expectState(o, orderId, State.Bidding);
        if (o.flags & FLAG_SEALED != 0) revert SealedBiddingOnly(orderId);
        if (block.timestamp >= o.deadline) revert DeadlinePassed(o.deadline);
        if (msg.sender == o.customer) revert CustomerCannotBid(orderId);
        if (unitPrice == 0) revert ZeroPrice();
        uint96 best = Auction.bestPrice(o);
        if (unitPrice >= best) {
            if (o.bestBidder == address(0)) revert BidAboveMax(best - 1, unitPrice);
            revert BidNotLower(best, unitPrice);
        }
        Provider storage p = providers[msg.sender];
        if (p.stake == 0) revert NotProvider(msg.sender);
        if (p.exitAt != 0) revert ProviderExiting(msg.sender);
        Auction.takeLead(providers, o, p, orderId, msg.sender, unitPrice, auctionTerms);
        emit BidPlaced(orderId, msg.sender, unitPrice);
    }

    // ---------------------------------------------------------------- sealed bidding

    /// Any number of commitments per order, one per provider; nothing ever iterates over them.
    /// Each locks `max(bidBond, ⌈maxFee × bidBondBps / 10000⌉)` of the provider's free stake.
    /// `commitment = keccak256(abi.encode(orderId, provider, unitPrice, salt))` (bidCommitment).
    function commitBid(uint256 orderId, bytes32 commitment) external {
        Auction.commit(
            orders[orderId], sealedBids[orderId][msg.sender], providers[msg.sender], orderId, commitment, auctionTerms
        );
    }

    /// Opens a sealed bid, in [biddingEnd, revealEnd). A bid that competes —
    /// `0 < unitPrice ≤ maxUnitPrice` and its collateral fits the provider's free stake (the
    /// bond counted as free) — gets its bond back and takes the lead if it is the lowest (ties:
    /// the earlier commit). Any other reveal is recorded (RevealedNotCompeting) and its bond
    /// burned (`BondForfeited`, no `BidRevealed`). An exiting provider cannot reveal: its bond
    /// is forfeited.
    function revealBid(uint256 orderId, uint96 unitPrice, bytes32 salt) external {
        Auction.reveal(
            orders[orderId], sealedBids[orderId][msg.sender], providers, orderId, unitPrice, salt, auctionTerms, address(token)
        );
    }

    /// After the reveal window, anyone: a bond committed and never revealed is burned.
    function forfeitBond(uint256 orderId, address provider_) external {
        Auction.forfeit(
            orders[orderId], sealedBids[orderId][provider_], providers[provider_], orderId, provider_, auctionTerms, address(token)
        );
    }

    function bidCommitment(uint256 orderId, address provider_, uint96 unitPrice, bytes32 salt)
        external
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(orderId, provider_, unitPrice, salt));
    }

    // ---------------------------------------------------------------- closing the auction

    /// No valid bid: Failed, everything back to the customer. Otherwise Confirming; the price
    /// surplus and the deposit's surplus (the seat fee recomputed on the winning fee) go back.
    function closeBidding(uint256 orderId) external {
        Order storage o = orders[orderId];
        _expectState(o, orderId, State.Bidding);
        uint32 end = o.flags & FLAG_SEALED != 0 ? o.revealEnd : o.deadline;
        if (block.timestamp < end) revert DeadlineNotReached(end);
        address winner = o.bestBidder;
        uint256 units = o.durationUnits;
        uint8 segs = o.segments;
        uint8 n = o.witnessCount;
        uint256 maxFee = uint256(o.maxUnitPrice) * units;
        uint256 deposit = Segments.deposit(Segments.seatFee(maxFee, units, segs, seatTerms), n, segs);
        if (winner == address(0)) {
            o.state = State.Failed;
            token.safeTransfer(o.customer, maxFee + deposit);
            emit OrderFailed(orderId, FailReason.NoValidBid);
            return;
        }
        uint96 price = o.bestPrice;
        uint256 fee = uint256(price) * units;
        o.state = State.Confirming;
        o.deadline = SafeCast.toUint32(block.timestamp + publishTimeout);
        uint256 surplus =
            maxFee - fee + deposit - Segments.deposit(Segments.seatFee(fee, units, segs, seatTerms), n, segs);
        if (surplus != 0) token.safeTransfer(o.customer, surplus);
        emit OrderMatched(orderId, winner, price);
    }

    // ---------------------------------------------------------------- deployment and lease

    /// @param endpoint the provider's base URL for this order (SPEC §5.2)
    /// @param accessInfo opaque, encrypted to the customer's public key; it lives in the event
    /// only, since the contract checks nothing in it.
    function publishDeployment(uint256 orderId, string calldata endpoint, bytes calldata accessInfo) external {
        Order storage o = orders[orderId];
        _expectState(o, orderId, State.Confirming);
        if (msg.sender != o.bestBidder) revert NotWinner(orderId, msg.sender);
        if (o.flags & FLAG_PUBLISHED != 0) revert AlreadyPublished(orderId);
        if (block.timestamp > o.deadline) revert DeadlinePassed(o.deadline);
        o.flags |= FLAG_PUBLISHED;
        o.deadline = SafeCast.toUint32(block.timestamp + acceptTimeout);
        emit DeploymentPublished(orderId, msg.sender, endpoint, accessInfo);
    }

    function acceptDeployment(uint256 orderId) external {
        Order storage o = orders[orderId];
        _expectState(o, orderId, State.Confirming);
        if (msg.sender != o.customer) revert NotCustomer(orderId, msg.sender);
        if (o.flags & FLAG_PUBLISHED == 0) revert NotPublished(orderId);
        if (block.timestamp > o.deadline) revert DeadlinePassed(o.deadline);
        o.state = State.Deploying;
        o.deadline = SafeCast.toUint32(block.timestamp + deployTimeout);
        emit LeaseCreated(orderId, msg.sender, o.bestBidder, uint256(o.bestPrice) * o.durationUnits);
    }

    /// A missed deadline before service. The winner never published: Failed, the customer gets
    /// the prepayment and the deposit back, the collateral is burned. The customer never
    /// accepted, or the provider never confirmed the module the customer committed: Failed, the
    /// customer gets everything back, the collateral is unlocked. A lease whose customer never
    /// committed a module does not expire: anyone starts it unattended (fulfill(orderId, 0)).
    function expire(uint256 orderId) external {
        Order storage o = orders[orderId];
        State state = o.state;
        uint8 flags = o.flags;
        FailReason reason;
        if (state == State.Confirming) {
            reason = flags & FLAG_PUBLISHED == 0 ? FailReason.NotPublished : FailReason.NotAccepted;
        } else if (state == State.Deploying) {
            if (flags & FLAG_COMMITTED == 0) revert ModuleNotCommitted(orderId);
            reason = FailReason.NotConfirmed;
        } else {
            revert WrongState(orderId, uint8(state));
        }
        if (block.timestamp <= o.deadline) revert DeadlineNotReached(o.deadline);
        uint32 units = o.durationUnits;
        uint256 fee = uint256(o.bestPrice) * units;
        uint256 coll = _collateral(o.bestPrice, o.maxUnitPrice, units);
        Provider storage p = providers[o.bestBidder];
        p.locked -= uint96(coll);
        o.state = State.Failed;
        if (reason == FailReason.NotPublished) {
            p.stake -= uint96(coll);
            _burn(coll);
        }
        uint256 deposit =
            Segments.deposit(Segments.seatFee(fee, units, o.segments, seatTerms), o.witnessCount, o.segments);
        token.safeTransfer(o.customer, fee + deposit);
        emit OrderFailed(orderId, reason);
    }

    // ---------------------------------------------------------------- service

    /// `fulfill(orderId, moduleHash)`, moduleHash ≠ 0: the customer, once, within deployTimeout
    /// of the lease, commits the sha256 of the module it uploaded; the provider then confirms
    /// it (confirmDeployment) and the service starts. `fulfill(orderId, 0)`: anyone, once the
    /// customer let deployTimeout pass without committing: the service starts unattended at
    /// once — no committee, the whole witness deposit back to the customer now, and the
    /// provider earns the fee at settle (from serviceEnd).
    function fulfill(uint256 orderId, bytes32 moduleHash) external {
        Order storage o = orders[orderId];
        _expectState(o, orderId, State.Deploying);
        uint8 flags = o.flags;
        if (flags & FLAG_COMMITTED != 0) revert ModuleAlreadyCommitted(orderId);
        address customer = o.customer;
        uint32 deadline = o.deadline;
        if (moduleHash != bytes32(0)) {
            if (msg.sender != customer) revert NotCustomer(orderId, msg.sender);
            if (block.timestamp > deadline) revert DeadlinePassed(deadline);
            o.flags = flags | FLAG_COMMITTED;
            o.deadline = SafeCast.toUint32(block.timestamp + confirmDeployTimeout);
            moduleOrSettlement[orderId] = moduleHash;
            emit DeploymentCommitted(orderId, moduleHash);
            return;
        }
        if (block.timestamp <= deadline) {
            if (msg.sender == customer) revert ModuleHashRequired(orderId);
            revert DeadlineNotReached(deadline);
        }
        uint32 end = SafeCast.toUint32(block.timestamp + uint256(o.durationUnits) * billingPeriod);
        o.state = State.Fulfilling;
        o.flags = flags | FLAG_UNATTENDED;
        o.deadline = end;
        token.safeTransfer(customer, Segments.deposit(Segments.seatFeeOf(o, seatTerms), o.witnessCount, o.segments));
        emit ServiceStarted(orderId, uint64(block.timestamp), end);
    }

    /// The provider asserts it holds and serves the module the customer committed: the service
    /// starts now and segment 0's committee is requested.
    function confirmDeployment(uint256 orderId) external {
        Order storage o = orders[orderId];
        _expectState(o, orderId, State.Deploying);
        if (msg.sender != o.bestBidder) revert NotWinner(orderId, msg.sender);
        if (o.flags & FLAG_COMMITTED == 0) revert ModuleNotCommitted(orderId);
        if (block.timestamp > o.deadline) revert DeadlinePassed(o.deadline);
        uint256 units = o.durationUnits;
        uint32 end = SafeCast.toUint32(block.timestamp + units * billingPeriod);
        o.state = State.Fulfilling;
        o.deadline = end;
        uint256 segmentEnd = block.timestamp + units / o.segments * billingPeriod;
        Segments.request(witnessPool, orderId, 0, o, segmentEnd, Segments.seatFeeOf(o, seatTerms));
        emit ServiceStarted(orderId, uint64(block.timestamp), end);
    }

    /// Requests the committee of segment k (1 ≤ k < S), anyone, during the first half of the
    /// segment, and pays the caller one seat fee from the segment's deposit. A segment nobody
    /// opens is unwitnessed: at settle the provider is paid for it, N seat fees of its deposit
    /// are burned and the rest goes back to the customer.
    function openSegment(uint256 orderId, uint8 k) external {
        Segments.open(orders[orderId], orderId, k, seatTerms, witnessPool, token);
    }

    /// The customer sends each member of segment `segment`'s drawn committee its probe kit,
    /// sealed to the member's key (SPEC §5.4): one `ProbeKit` event per member; every member
    /// named must sit on that committee.
    function postProbeKit(uint256 orderId, uint8 segment_, address[] calldata members, bytes[] calldata sealedKits)
        external
    {
        Segments.postProbeKit(orders[orderId], orderId, segment_, members, sealedKits, witnessPool);
    }

    // ---------------------------------------------------------------- settlement

    /// Anyone, once the last segment's reveal window has closed (an unattended lease: from
    /// serviceEnd). Committees nobody finalized are finalized here, in the same transaction
    /// (one transaction instead of S + 1; see docs/gas.md). Per segment: NoViolation or
    /// unwitnessed → the provider earns fee / S; Violation → the customer gets fee / S back; a
    /// segment never opened also burns N seat fees of its deposit. With v violated segments
    /// ⌊collateral × v / S⌋ is burned and the rest unlocked. Whatever is left of the witness
    /// deposit goes back to the customer. Nothing is paid here: finish pays.
    function settle(uint256 orderId) external {
        Order storage o = orders[orderId];
        Segments.settle(
            o,
            providers[o.bestBidder],
            moduleOrSettlement,
            orderId,
            _collateral(o.bestPrice, o.maxUnitPrice, o.durationUnits),
            seatTerms,
            witnessPool,
            address(token)
        );
    }

    /// Anyone: pays what settle fixed.
    function finish(uint256 orderId) external {
        Order storage o = orders[orderId];
        _expectState(o, orderId, State.Settled);
        o.state = State.Finished;
        (uint256 payout, uint256 refund,) = _settlement(orderId);
        if (payout != 0) token.safeTransfer(o.bestBidder, payout);
        if (refund != 0) token.safeTransfer(o.customer, refund);
        emit OrderFinished(orderId);
    }

    // ---------------------------------------------------------------- views

    /// @dev Returns the ABI encoding the constructor stored (27 words): encoding the parameters
    /// here would cost 2 KB of the Market's 24 KB of code.
    function params() external view returns (Params memory) {
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            for { let i := 0 } lt(i, PARAMS_WORDS) { i := add(i, 1) } {
                mstore(add(ptr, shl(5, i)), sload(add(encodedParams.slot, i)))
            }
            return(ptr, shl(5, PARAMS_WORDS))
        }
    }

    function order(uint256 orderId) external view returns (Order memory) {
        Order storage o = orders[orderId];
        Order memory v = o;
        v.bestPrice = Auction.bestPrice(o);
        return v;
    }

    /// The lease of a matched order (all zero before the match). The service times are zero
    /// until the service starts; `seatFee` is the one of the winning fee; `moduleHash` is the
    /// committed module's sha256 from fulfill until settle.
    function lease(uint256 orderId) external view returns (Lease memory l) {
        Order storage o = orders[orderId];
        State state = o.state;
        if (state < State.Confirming || o.bestBidder == address(0)) return l;
        uint32 units = o.durationUnits;
        uint8 segs = o.segments;
        uint8 flags = o.flags;
        l.customer = o.customer;
        l.provider = o.bestBidder;
        l.unitPrice = o.bestPrice;
        l.fee = uint256(o.bestPrice) * units;
        l.collateral = _collateral(o.bestPrice, o.maxUnitPrice, units);
        l.seatFee = Segments.seatFeeOf(o, seatTerms);
        l.segments = segs;
        l.witnessCount = o.witnessCount;
        l.segmentSeconds = uint64(units / segs) * billingPeriod;
        l.moduleCommitted = flags & FLAG_COMMITTED != 0;
        l.unattended = flags & FLAG_UNATTENDED != 0;
        if (state < State.Settled) l.moduleHash = moduleOrSettlement[orderId];
        if (state >= State.Fulfilling && state != State.Failed) {
            l.serviceEnd = o.deadline;
            l.serviceStart = uint64(o.deadline) - uint64(units) * billingPeriod;
        }
    }

    /// Segment k of an order: its committee id, windows and committee status and verdict, so
    /// that clients need not compute them. Windows are zero before the service starts.
    function segment(uint256 orderId, uint8 k) external view returns (SegmentView memory) {
        return Segments.segmentView(orders[orderId], orderId, k, seatTerms, witnessPool);
    }

    /// What settle fixed (zero before): finish pays it.
    function settlement(uint256 orderId)
        external
        view
        returns (uint256 providerPayout, uint256 customerRefund, uint8 violatedSegments)
    {
        State state = orders[orderId].state;
        if (state == State.Settled || state == State.Finished) return _settlement(orderId);
    }

    function level(uint32 levelId) external view returns (Level memory) {
        if (levelId >= levelsAdded) revert UnknownLevel(levelId);
        return levels[levelId];
    }

    /// The number of orders so far; order ids run from 1 to orderCount.
    function orderCount() external view returns (uint256) {
        return nextOrderId - 1;
    }

    function levelCount() external view returns (uint256) {
        return levelsAdded;
    }

    /// A provider's stake, what is locked of it, when it asked to exit (0: it did not) and the
    /// latest order that locked some of it. Registered iff stake > 0.
    function provider(address account) external view returns (Provider memory) {
        return providers[account];
    }

    function sealedBid(uint256 orderId, address account) external view returns (SealedBid memory) {
        return sealedBids[orderId][account];
    }

    /// The WitnessPool's committee id of segment k of an order: `orderId << 8 | k`.
    function committeeId(uint256 orderId, uint8 k) external pure returns (uint256) {
        return Segments.committeeId(orderId, k);
    }

    /// The collateral behind a lease:
    /// `⌈max(fee, maxFee × collateralFloorBps / 10000) × collateralBps / 10000⌉`.
    function collateralFor(uint96 unitPrice, uint96 maxUnitPrice, uint32 durationUnits)
        external
        view
        returns (uint256)
    {
        return _collateral(unitPrice, maxUnitPrice, durationUnits);
    }

    /// The bond one sealed commitment locks: `max(bidBond, ⌈maxFee × bidBondBps / 10000⌉)`.
    function bidBondFor(uint96 maxUnitPrice, uint32 durationUnits) external view returns (uint256) {
        return Auction.bond(maxUnitPrice, durationUnits, auctionTerms);
    }

    /// The seat fee of a lease of `fee` over `durationUnits` in `segments` segments.
    function seatFeeFor(uint256 fee, uint32 durationUnits, uint8 segments_) external view returns (uint256) {
        return Segments.seatFee(fee, durationUnits, segments_, seatTerms);
    }

    // ---------------------------------------------------------------- internals

    function _expectState(Order storage o, uint256 orderId, State want) internal view {
        State st = o.state;
        if (st != want) revert WrongState(orderId, uint8(st));
    }

    function _collateral(uint96 price, uint96 maxPrice, uint32 units) internal view returns (uint256) {
        return Auction.collateral(price, maxPrice, units, auctionTerms);
    }

    function _settlement(uint256 orderId) internal view returns (uint256, uint256, uint8) {
        uint256 word = uint256(moduleOrSettlement[orderId]);
        return (uint120(word), uint120(word >> 120), uint8(word >> 240));
    }

    function _burn(uint256 amount) internal {
        ERC20Burnable(address(token)).burn(amount);
    }
}
