// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {IWitnessPool} from "./IWitnessPool.sol";

/// @title DeFaaS Market
/// @notice Orders, auctions (open and sealed), deployment, leases, service and settlement
/// (SPEC §3). The order id is also the lease id and the WitnessPool's committee id.
/// @dev Storage is packed so that the hot paths touch as few slots as possible: an open bid
/// reads and writes the order's bid slot and the providers' stake slots and nothing else.
contract Market is Ownable {
    using SafeERC20 for IERC20;

    // ---------------------------------------------------------------- types

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

    enum FailReason {
        NoValidBid,
        NotPublished,
        NotAccepted
    }

    struct Params {
        uint32 billingPeriod;
        uint32 minBiddingSeconds;
        uint32 maxBiddingSeconds;
        uint32 maxRevealSeconds;
        uint32 confirmTimeout;
        uint32 acceptTimeout;
        uint32 deployTimeout;
        uint16 collateralBps;
        uint96 minProviderStake;
        uint32 exitCooldown;
        uint8 maxBidsPerOrder;
        uint96 bidBond;
        uint8 maxWitnesses;
    }

    struct OrderParams {
        uint32 levelId;
        uint32 durationUnits;
        uint96 maxUnitPrice;
        uint32 biddingSeconds;
        uint32 revealSeconds;
        uint8 witnessCount;
    }

    struct Level {
        uint32 cpuMilli;
        uint32 memoryMB;
        uint32 imageMB;
        bool active;
    }

    /// @dev Three slots. Slot 0: who, what state and until when; slot 1: terms; slot 2: the best
    /// bid so far (the winner once matched). Every step after creation touches slot 0, so the
    /// state and its deadline live together. `deadline` is the end of the current window:
    /// biddingEnd while Bidding, then the confirm, accept and deploy deadlines, then serviceEnd
    /// while Fulfilling. `bestPrice` starts at maxUnitPrice + 1 so that "strictly lower than the
    /// best" also enforces the maximum, and the first bid writes a slot that is already non-zero.
    struct Order {
        address customer;
        uint32 durationUnits;
        uint40 deadline;
        State state;
        uint8 flags;
        uint8 witnessCount;
        uint96 maxUnitPrice;
        uint40 biddingEnd;
        uint40 revealEnd;
        uint32 levelId;
        uint8 commits;
        uint8 bestSeq;
        address bestBidder;
        uint96 bestPrice;
    }

    struct Lease {
        address customer;
        address provider;
        uint96 unitPrice;
        uint256 fee;
        uint256 collateral;
        uint64 serviceStart;
        uint64 serviceEnd;
    }

    /// One slot. `locked` is collateral of leading bids and leases plus bid bonds; collateral
    /// rounds up, so locked == 0 exactly when the provider has nothing open.
    struct Provider {
        uint96 stake;
        uint96 locked;
        uint32 exitAt;
        bool registered;
    }

    /// A sealed bid: the commitment truncated to 28 bytes (still 112-bit collision resistance),
    /// its commit sequence number for tie-breaks, and whether it was revealed or forfeited.
    struct SealedBid {
        bytes28 commitment;
        uint8 seq;
        uint8 status;
    }

    uint8 internal constant FLAG_SEALED = 1;
    uint8 internal constant FLAG_PUBLISHED = 2;
    uint8 internal constant FLAG_VIOLATED = 4;

    uint8 internal constant BID_COMMITTED = 1;
    uint8 internal constant BID_REVEALED = 2;
    uint8 internal constant BID_FORFEITED = 3;

    uint8 public constant MIN_WITNESSES = 3;
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
    error RevealWindowOutOfRange(uint32 revealSeconds, uint32 max);
    error WitnessCountOutOfRange(uint8 witnessCount, uint8 min, uint8 max);
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
    error TooManyCommitments(uint256 orderId, uint8 max);
    error AlreadyCommitted(uint256 orderId, address provider);
    error NoCommitment(uint256 orderId, address provider);
    error AlreadyRevealed(uint256 orderId, address provider);
    error CommitmentMismatch(uint256 orderId, address provider);
    error RevealNotOpen(uint64 opensAt);
    error NotWinner(uint256 orderId, address caller);
    error NotCustomer(uint256 orderId, address caller);
    error AlreadyPublished(uint256 orderId);
    error NotPublished(uint256 orderId);
    error ExitNotRequested(address provider);
    error CooldownNotOver(uint64 until);
    error StakeLocked(uint256 locked);
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
        uint8 witnessCount
    );
    event BidPlaced(uint256 indexed orderId, address indexed provider, uint96 unitPrice);
    event BidCommitted(uint256 indexed orderId, address indexed provider);
    event BidRevealed(uint256 indexed orderId, address indexed provider, uint96 unitPrice);
    event BondForfeited(uint256 indexed orderId, address indexed provider, uint256 amount);
    event OrderMatched(uint256 indexed orderId, address indexed provider, uint96 unitPrice);
    event OrderFailed(uint256 indexed orderId, FailReason reason);
    event DeploymentPublished(uint256 indexed orderId, address indexed provider, string endpoint, bytes accessInfo);
    event LeaseCreated(uint256 indexed orderId, address indexed customer, address indexed provider, uint256 fee);
    event ServiceStarted(uint256 indexed orderId, uint64 start, uint64 end);
    event OrderSettled(uint256 indexed orderId, bool violated, uint256 providerPayout, uint256 customerRefund);
    event OrderFinished(uint256 indexed orderId);

    // ---------------------------------------------------------------- state

    IERC20 public immutable token;
    IWitnessPool public immutable witnessPool;

    uint32 internal immutable billingPeriod;
    uint32 internal immutable minBiddingSeconds;
    uint32 internal immutable maxBiddingSeconds;
    uint32 internal immutable maxRevealSeconds;
    uint32 internal immutable confirmTimeout;
    uint32 internal immutable acceptTimeout;
    uint32 internal immutable deployTimeout;
    uint16 internal immutable collateralBps;
    uint96 internal immutable minProviderStake;
    uint32 internal immutable exitCooldown;
    uint8 internal immutable maxBidsPerOrder;
    uint96 internal immutable bidBond;
    uint8 internal immutable maxWitnesses;

    Level[] internal levels;
    uint256 public orderCount;
    mapping(uint256 orderId => Order) internal orders;
    mapping(address provider => Provider) internal providers;
    mapping(uint256 orderId => mapping(address provider => SealedBid)) internal sealedBids;

    constructor(IERC20 token_, IWitnessPool pool_, Params memory p, address owner_) Ownable(owner_) {
        if (address(token_) == address(0)) revert InvalidParameter("token");
        if (address(pool_) == address(0)) revert InvalidParameter("witnessPool");
        if (p.billingPeriod == 0) revert InvalidParameter("billingPeriod");
        if (p.minBiddingSeconds == 0 || p.maxBiddingSeconds < p.minBiddingSeconds) {
            revert InvalidParameter("biddingSeconds bounds");
        }
        if (p.collateralBps == 0 || p.collateralBps > 10_000) revert InvalidParameter("collateralBps");
        if (p.maxBidsPerOrder == 0) revert InvalidParameter("maxBidsPerOrder");
        if (p.maxWitnesses < MIN_WITNESSES) revert InvalidParameter("maxWitnesses");
        if (p.minProviderStake == 0) revert InvalidParameter("minProviderStake");
        // Orders may ask for up to maxWitnesses: the pool must be able to draw that many, or
        // fulfill would revert for ever and the order's funds stay stuck.
        if (p.maxWitnesses > pool_.maxCommittee()) revert InvalidParameter("maxWitnesses above the pool's");
        token = token_;
        witnessPool = pool_;
        billingPeriod = p.billingPeriod;
        minBiddingSeconds = p.minBiddingSeconds;
        maxBiddingSeconds = p.maxBiddingSeconds;
        maxRevealSeconds = p.maxRevealSeconds;
        confirmTimeout = p.confirmTimeout;
        acceptTimeout = p.acceptTimeout;
        deployTimeout = p.deployTimeout;
        collateralBps = p.collateralBps;
        minProviderStake = p.minProviderStake;
        exitCooldown = p.exitCooldown;
        maxBidsPerOrder = p.maxBidsPerOrder;
        bidBond = p.bidBond;
        maxWitnesses = p.maxWitnesses;
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
        if (levelId >= levels.length) revert UnknownLevel(levelId);
        levels[levelId].active = false;
        emit LevelDeactivated(levelId);
    }

    function _addLevel(uint32 cpuMilli, uint32 memoryMB, uint32 imageMB) internal returns (uint32 id) {
        id = uint32(levels.length);
        levels.push(Level(cpuMilli, memoryMB, imageMB, true));
        emit LevelAdded(id, cpuMilli, memoryMB, imageMB);
    }

    // ---------------------------------------------------------------- providers

    function registerProvider(uint256 stake, string calldata metadataURI) external {
        Provider storage p = providers[msg.sender];
        if (p.registered) revert AlreadyRegistered(msg.sender);
        if (stake < minProviderStake) revert StakeBelowMinimum(stake, minProviderStake);
        token.safeTransferFrom(msg.sender, address(this), stake);
        p.registered = true;
        p.stake = SafeCast.toUint96(stake);
        emit ProviderRegistered(msg.sender, stake, metadataURI);
    }

    function addProviderStake(uint256 amount) external {
        Provider storage p = providers[msg.sender];
        if (!p.registered) revert NotProvider(msg.sender);
        if (amount == 0) revert ZeroAmount();
        token.safeTransferFrom(msg.sender, address(this), amount);
        uint96 stake = SafeCast.toUint96(uint256(p.stake) + amount);
        p.stake = stake;
        emit ProviderStakeAdded(msg.sender, amount, stake);
    }

    /// From now on the provider places no new bids; its running leases go on to the end.
    function requestProviderExit() external {
        Provider storage p = providers[msg.sender];
        if (!p.registered) revert NotProvider(msg.sender);
        if (p.exitAt != 0) revert ProviderExiting(msg.sender);
        p.exitAt = uint32(block.timestamp);
        emit ProviderExitRequested(msg.sender, uint64(block.timestamp) + exitCooldown);
    }

    function withdrawProviderStake() external {
        Provider memory p = providers[msg.sender];
        if (!p.registered) revert NotProvider(msg.sender);
        if (p.exitAt == 0) revert ExitNotRequested(msg.sender);
        uint64 until = uint64(p.exitAt) + exitCooldown;
        if (block.timestamp < until) revert CooldownNotOver(until);
        if (p.locked != 0) revert StakeLocked(p.locked);
        delete providers[msg.sender];
        token.safeTransfer(msg.sender, p.stake);
        emit ProviderWithdrawn(msg.sender, p.stake);
    }

    // ---------------------------------------------------------------- orders

    function createOrder(OrderParams calldata p) external returns (uint256) {
        return _createOrder(p);
    }

    /// One transaction for a customer with no allowance: an ERC-2612 permit, then the order. A
    /// permit that fails (already used, say, because someone front-ran it) is ignored; the
    /// transfer then needs the allowance to be there anyway.
    function createOrderWithPermit(OrderParams calldata p, uint256 permitDeadline, uint8 v, bytes32 r, bytes32 s)
        external
        returns (uint256)
    {
        uint256 amount = uint256(p.maxUnitPrice) * p.durationUnits;
        try IERC20Permit(address(token)).permit(msg.sender, address(this), amount, permitDeadline, v, r, s) {} catch {}
        return _createOrder(p);
    }

    function _createOrder(OrderParams calldata p) internal returns (uint256 orderId) {
        if (p.levelId >= levels.length) revert UnknownLevel(p.levelId);
        if (!levels[p.levelId].active) revert LevelInactive(p.levelId);
        if (p.durationUnits == 0) revert ZeroDuration();
        if (uint256(p.durationUnits) * billingPeriod > MAX_SERVICE_SECONDS) {
            revert DurationTooLong(p.durationUnits, uint32(MAX_SERVICE_SECONDS / billingPeriod));
        }
        if (p.maxUnitPrice == 0) revert ZeroPrice();
        if (p.maxUnitPrice == type(uint96).max) revert PriceTooLarge(p.maxUnitPrice);
        if (p.biddingSeconds < minBiddingSeconds || p.biddingSeconds > maxBiddingSeconds) {
            revert BiddingWindowOutOfRange(p.biddingSeconds, minBiddingSeconds, maxBiddingSeconds);
        }
        if (p.revealSeconds > maxRevealSeconds) revert RevealWindowOutOfRange(p.revealSeconds, maxRevealSeconds);
        if (p.witnessCount < MIN_WITNESSES || p.witnessCount > maxWitnesses) {
            revert WitnessCountOutOfRange(p.witnessCount, MIN_WITNESSES, maxWitnesses);
        }

        token.safeTransferFrom(msg.sender, address(this), uint256(p.maxUnitPrice) * p.durationUnits);

        orderId = ++orderCount;
        uint40 biddingEnd = uint40(block.timestamp + p.biddingSeconds);
        uint40 revealEnd = biddingEnd + uint40(p.revealSeconds);
        orders[orderId] = Order({
            customer: msg.sender,
            durationUnits: p.durationUnits,
            deadline: biddingEnd,
            state: State.Bidding,
            flags: p.revealSeconds > 0 ? FLAG_SEALED : 0,
            witnessCount: p.witnessCount,
            maxUnitPrice: p.maxUnitPrice,
            biddingEnd: biddingEnd,
            revealEnd: revealEnd,
            levelId: p.levelId,
            commits: 0,
            bestSeq: 0,
            bestBidder: address(0),
            bestPrice: p.maxUnitPrice + 1
        });
        emit OrderCreated(
            orderId, msg.sender, p.levelId, p.durationUnits, p.maxUnitPrice, biddingEnd, revealEnd, p.witnessCount
        );
    }

    // ---------------------------------------------------------------- open bidding

    function bid(uint256 orderId, uint96 unitPrice) external {
        Order storage o = orders[orderId];
        if (o.state != State.Bidding) revert WrongState(orderId, uint8(o.state));
        if (o.flags & FLAG_SEALED != 0) revert SealedBiddingOnly(orderId);
        if (block.timestamp >= o.deadline) revert DeadlinePassed(o.deadline);
        if (msg.sender == o.customer) revert CustomerCannotBid(orderId);
        if (unitPrice == 0) revert ZeroPrice();
        uint96 best = o.bestPrice;
        if (unitPrice >= best) {
            if (o.bestBidder == address(0)) revert BidAboveMax(best - 1, unitPrice);
            revert BidNotLower(best, unitPrice);
        }
        Provider storage p = _activeProvider(msg.sender);
        _takeLead(o, p, msg.sender, unitPrice);
        emit BidPlaced(orderId, msg.sender, unitPrice);
    }

    // ---------------------------------------------------------------- sealed bidding

    function commitBid(uint256 orderId, bytes32 commitment) external {
        Order storage o = orders[orderId];
        if (o.state != State.Bidding) revert WrongState(orderId, uint8(o.state));
        if (o.flags & FLAG_SEALED == 0) revert OpenBiddingOnly(orderId);
        if (block.timestamp >= o.deadline) revert DeadlinePassed(o.deadline);
        if (msg.sender == o.customer) revert CustomerCannotBid(orderId);
        uint8 commits = o.commits;
        if (commits >= maxBidsPerOrder) revert TooManyCommitments(orderId, maxBidsPerOrder);
        SealedBid storage sb = sealedBids[orderId][msg.sender];
        if (sb.status != 0) revert AlreadyCommitted(orderId, msg.sender);
        Provider storage p = _activeProvider(msg.sender);
        uint96 free = p.stake - p.locked;
        if (free < bidBond) revert InsufficientFreeStake(free, bidBond);
        p.locked += bidBond;
        o.commits = commits + 1;
        sealedBids[orderId][msg.sender] = SealedBid(bytes28(commitment), commits + 1, BID_COMMITTED);
        emit BidCommitted(orderId, msg.sender);
    }

    /// Opens a sealed bid and returns its bond. A revealed price above the customer's maximum
    /// is an honest but losing bid: the bond comes back and the bid does not compete.
    function revealBid(uint256 orderId, uint96 unitPrice, bytes32 salt) external {
        Order storage o = orders[orderId];
        if (o.state != State.Bidding) revert WrongState(orderId, uint8(o.state));
        if (o.flags & FLAG_SEALED == 0) revert OpenBiddingOnly(orderId);
        if (block.timestamp < o.deadline) revert RevealNotOpen(o.deadline);
        if (block.timestamp >= o.revealEnd) revert DeadlinePassed(o.revealEnd);
        SealedBid storage sb = sealedBids[orderId][msg.sender];
        uint8 status = sb.status;
        if (status == 0) revert NoCommitment(orderId, msg.sender);
        if (status != BID_COMMITTED) revert AlreadyRevealed(orderId, msg.sender);
        if (sb.commitment != bytes28(bidCommitment(orderId, msg.sender, unitPrice, salt))) {
            revert CommitmentMismatch(orderId, msg.sender);
        }
        sb.status = BID_REVEALED;
        Provider storage p = providers[msg.sender];
        p.locked -= bidBond;

        uint96 best = o.bestPrice;
        uint8 seq = sb.seq;
        if (unitPrice != 0 && (unitPrice < best || (unitPrice == best && o.bestBidder != address(0) && seq < o.bestSeq)))
        {
            _takeLead(o, p, msg.sender, unitPrice);
            o.bestSeq = seq;
        }
        emit BidRevealed(orderId, msg.sender, unitPrice);
    }

    /// After the reveal window, a bond that was committed but never revealed goes to the
    /// customer. Anyone may call it (the customer has the reason to).
    function forfeitBond(uint256 orderId, address provider) external {
        Order storage o = orders[orderId];
        if (o.state == State.None) revert UnknownOrder(orderId);
        if (o.flags & FLAG_SEALED == 0) revert OpenBiddingOnly(orderId);
        if (block.timestamp < o.revealEnd) revert DeadlineNotReached(o.revealEnd);
        SealedBid storage sb = sealedBids[orderId][provider];
        if (sb.status == 0) revert NoCommitment(orderId, provider);
        if (sb.status != BID_COMMITTED) revert AlreadyRevealed(orderId, provider);
        sb.status = BID_FORFEITED;
        Provider storage p = providers[provider];
        p.locked -= bidBond;
        p.stake -= bidBond;
        token.safeTransfer(o.customer, bidBond);
        emit BondForfeited(orderId, provider, bidBond);
    }

    function bidCommitment(uint256 orderId, address provider, uint96 unitPrice, bytes32 salt)
        public
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(orderId, provider, unitPrice, salt));
    }

    // ---------------------------------------------------------------- closing the auction

    function closeBidding(uint256 orderId) external {
        Order storage o = orders[orderId];
        if (o.state != State.Bidding) revert WrongState(orderId, uint8(o.state));
        uint40 end = o.flags & FLAG_SEALED != 0 ? o.revealEnd : o.deadline;
        if (block.timestamp < end) revert DeadlineNotReached(end);
        address winner = o.bestBidder;
        uint256 units = o.durationUnits;
        if (winner == address(0)) {
            o.state = State.Failed;
            token.safeTransfer(o.customer, uint256(o.maxUnitPrice) * units);
            emit OrderFailed(orderId, FailReason.NoValidBid);
            return;
        }
        uint96 price = o.bestPrice;
        o.state = State.Confirming;
        o.deadline = uint40(block.timestamp + confirmTimeout);
        uint256 surplus = uint256(o.maxUnitPrice - price) * units;
        if (surplus != 0) token.safeTransfer(o.customer, surplus);
        emit OrderMatched(orderId, winner, price);
    }

    // ---------------------------------------------------------------- deployment and lease

    /// @param endpoint the provider's base URL for this order (SPEC §5.2)
    /// @param accessInfo opaque, encrypted to the customer's public key; it lives in the event
    /// only, since the contract checks nothing in it.
    function publishDeployment(uint256 orderId, string calldata endpoint, bytes calldata accessInfo) external {
        Order storage o = orders[orderId];
        if (o.state != State.Confirming) revert WrongState(orderId, uint8(o.state));
        if (msg.sender != o.bestBidder) revert NotWinner(orderId, msg.sender);
        if (o.flags & FLAG_PUBLISHED != 0) revert AlreadyPublished(orderId);
        if (block.timestamp > o.deadline) revert DeadlinePassed(o.deadline);
        o.flags |= FLAG_PUBLISHED;
        o.deadline = uint40(block.timestamp + acceptTimeout);
        emit DeploymentPublished(orderId, msg.sender, endpoint, accessInfo);
    }

    function acceptDeployment(uint256 orderId) external {
        Order storage o = orders[orderId];
        if (o.state != State.Confirming) revert WrongState(orderId, uint8(o.state));
        if (msg.sender != o.customer) revert NotCustomer(orderId, msg.sender);
        if (o.flags & FLAG_PUBLISHED == 0) revert NotPublished(orderId);
        if (block.timestamp > o.deadline) revert DeadlinePassed(o.deadline);
        o.state = State.Deploying;
        o.deadline = uint40(block.timestamp + deployTimeout);
        emit LeaseCreated(orderId, msg.sender, o.bestBidder, uint256(o.bestPrice) * o.durationUnits);
    }

    /// A missed deadline before service: the provider never published (the customer gets the
    /// prepayment and the provider's collateral) or the customer never accepted (prepayment
    /// back, collateral unlocked).
    function expire(uint256 orderId) external {
        Order storage o = orders[orderId];
        if (o.state != State.Confirming) revert WrongState(orderId, uint8(o.state));
        if (block.timestamp <= o.deadline) revert DeadlineNotReached(o.deadline);
        address winner = o.bestBidder;
        uint256 fee = uint256(o.bestPrice) * o.durationUnits;
        uint96 coll = uint96(_collateral(o.bestPrice, o.durationUnits));
        Provider storage p = providers[winner];
        p.locked -= coll;
        o.state = State.Failed;
        FailReason reason;
        if (o.flags & FLAG_PUBLISHED == 0) {
            p.stake -= coll;
            fee += coll;
            reason = FailReason.NotPublished;
        } else {
            reason = FailReason.NotAccepted;
        }
        token.safeTransfer(o.customer, fee);
        emit OrderFailed(orderId, reason);
    }

    // ---------------------------------------------------------------- service and settlement

    /// The customer starts the service once its function is deployed; anyone may after
    /// deployTimeout, so a customer cannot stall a provider that reserved capacity.
    function fulfill(uint256 orderId) external {
        Order storage o = orders[orderId];
        if (o.state != State.Deploying) revert WrongState(orderId, uint8(o.state));
        address customer = o.customer;
        if (msg.sender != customer && block.timestamp <= o.deadline) revert DeadlineNotReached(o.deadline);
        uint40 end = uint40(block.timestamp + uint256(o.durationUnits) * billingPeriod);
        o.state = State.Fulfilling;
        o.deadline = end;
        witnessPool.requestCommittee(orderId, o.witnessCount, customer, o.bestBidder, end);
        emit ServiceStarted(orderId, uint64(block.timestamp), end);
    }

    function settle(uint256 orderId) external {
        Order storage o = orders[orderId];
        if (o.state != State.Fulfilling) revert WrongState(orderId, uint8(o.state));
        if (block.timestamp <= o.deadline) revert DeadlineNotReached(o.deadline);
        (IWitnessPool.CommitteeStatus status, bool violated,,) = witnessPool.verdict(orderId);
        if (status != IWitnessPool.CommitteeStatus.Finalized) {
            witnessPool.finalize(orderId);
            (, violated,,) = witnessPool.verdict(orderId);
        }
        uint96 price = o.bestPrice;
        uint32 units = o.durationUnits;
        uint256 fee = uint256(price) * units;
        uint96 coll = uint96(_collateral(price, units));
        Provider storage p = providers[o.bestBidder];
        p.locked -= coll;
        o.state = State.Settled;
        if (violated) {
            p.stake -= coll;
            o.flags |= FLAG_VIOLATED;
            emit OrderSettled(orderId, true, 0, fee + coll);
        } else {
            emit OrderSettled(orderId, false, fee, 0);
        }
    }

    function finish(uint256 orderId) external {
        Order storage o = orders[orderId];
        if (o.state != State.Settled) revert WrongState(orderId, uint8(o.state));
        o.state = State.Finished;
        uint96 price = o.bestPrice;
        uint32 units = o.durationUnits;
        uint256 fee = uint256(price) * units;
        if (o.flags & FLAG_VIOLATED != 0) {
            token.safeTransfer(o.customer, fee + _collateral(price, units));
        } else {
            token.safeTransfer(o.bestBidder, fee);
        }
        emit OrderFinished(orderId);
    }

    // ---------------------------------------------------------------- views

    function params() external view returns (Params memory) {
        return Params({
            billingPeriod: billingPeriod,
            minBiddingSeconds: minBiddingSeconds,
            maxBiddingSeconds: maxBiddingSeconds,
            maxRevealSeconds: maxRevealSeconds,
            confirmTimeout: confirmTimeout,
            acceptTimeout: acceptTimeout,
            deployTimeout: deployTimeout,
            collateralBps: collateralBps,
            minProviderStake: minProviderStake,
            exitCooldown: exitCooldown,
            maxBidsPerOrder: maxBidsPerOrder,
            bidBond: bidBond,
            maxWitnesses: maxWitnesses
        });
    }

    function order(uint256 orderId) external view returns (Order memory) {
        return orders[orderId];
    }

    /// The lease of a matched order (provider zero before the match). serviceStart and
    /// serviceEnd are zero until the service starts.
    function lease(uint256 orderId) external view returns (Lease memory l) {
        Order storage o = orders[orderId];
        if (o.state < State.Confirming || o.bestBidder == address(0)) return l;
        l.customer = o.customer;
        l.provider = o.bestBidder;
        l.unitPrice = o.bestPrice;
        l.fee = uint256(o.bestPrice) * o.durationUnits;
        l.collateral = _collateral(o.bestPrice, o.durationUnits);
        if (o.state >= State.Fulfilling && o.state != State.Failed) {
            l.serviceEnd = o.deadline;
            l.serviceStart = uint64(o.deadline) - uint64(o.durationUnits) * billingPeriod;
        }
    }

    function level(uint32 levelId) external view returns (Level memory) {
        if (levelId >= levels.length) revert UnknownLevel(levelId);
        return levels[levelId];
    }

    function levelCount() external view returns (uint256) {
        return levels.length;
    }

    function provider(address account) external view returns (Provider memory) {
        return providers[account];
    }

    function sealedBid(uint256 orderId, address account) external view returns (SealedBid memory) {
        return sealedBids[orderId][account];
    }

    /// The collateral that backs a lease at this price and duration.
    function collateralFor(uint96 unitPrice, uint32 durationUnits) external view returns (uint256) {
        return _collateral(unitPrice, durationUnits);
    }

    // ---------------------------------------------------------------- internals

    function _activeProvider(address account) internal view returns (Provider storage p) {
        p = providers[account];
        if (!p.registered) revert NotProvider(account);
        if (p.exitAt != 0) revert ProviderExiting(account);
    }

    /// Makes `bidder` the best bid at `price`: its collateral is locked now, and the previous
    /// leader's is unlocked, so the winner's collateral is in place whenever the auction closes.
    function _takeLead(Order storage o, Provider storage p, address bidder, uint96 price) internal {
        uint32 units = o.durationUnits;
        uint256 coll = _collateral(price, units);
        address prev = o.bestBidder;
        if (prev == bidder) {
            // A leader lowering its own price: its collateral shrinks.
            p.locked -= uint96(_collateral(o.bestPrice, units) - coll);
        } else {
            uint96 free = p.stake - p.locked;
            if (free < coll) revert InsufficientFreeStake(free, coll);
            p.locked += uint96(coll);
            if (prev != address(0)) providers[prev].locked -= uint96(_collateral(o.bestPrice, units));
        }
        o.bestBidder = bidder;
        o.bestPrice = price;
    }

    /// Rounded up, so every lease locks something. Fits in uint96 wherever it was locked: it was
    /// checked against a uint96 free stake.
    function _collateral(uint96 price, uint32 units) internal view returns (uint256) {
        return (uint256(price) * units * collateralBps + 9_999) / 10_000;
    }
}
