// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {FaaSToken} from "./FaaSToken.sol";
import {IWitnessPool} from "./IWitnessPool.sol";

/// @title DeFaaS WitnessPool
/// @notice Staked witnesses, committees drawn at random for each segment of a lease,
/// commit-then-reveal reports, the verdict and the witnesses' payoffs (SPEC §4).
/// @dev v2. The pool has no admin: the deployer binds it to one Market once (`setMarket`), and
/// from then on only that Market requests committees; nothing else can be changed by anyone.
/// Nothing here mints: a committee's pay comes out of the `10 × n × seatFee` of the customer's
/// witness deposit that the Market reserves for it. The Market keeps that money and allows the
/// pool to take from it: `finalize` pulls exactly what it pays the members (one transfer per
/// committee, none when nobody earned anything), instead of the whole amount travelling to the
/// pool at the request and its rest back to the Market at finalize.
///
/// A committee is fixed by its request (SPEC §4.2, invariant 7). Witnesses sit in a list in
/// which each keeps its index while registered (a slot freed by a full withdrawal is reused by
/// the next registration). The request records the block and the list's length L; the
/// candidates are `list[keccak256(seed, i) % L]` for i = 0, 1, …, and the committee is the first
/// n distinct candidates eligible when the draw looks at them, where eligibility needs
/// `eligibleSince < requestBlock`. `eligibleSince` moves forward whenever a witness could gain
/// eligibility (registration, `setAvailable(true)`, any increase of its free stake), so after a
/// request nobody can add a witness to that committee: every change can only remove one.
contract WitnessPool is IWitnessPool {
    using SafeERC20 for IERC20;

    uint8 public constant MIN_COMMITTEE = 3;
    /// The largest committee: bounds the gas of a draw call (4n + 8 candidates) and of finalize.
    uint8 public constant MAX_COMMITTEE = 31;
    uint16 public constant MAX_BLOCK_NEED = 64;

    /// SPEC §6, in this order.
    struct Params {
        uint96 minWitnessStake;
        uint96 witnessBond;
        uint16 blockNeed;
        uint32 commitGrace;
        uint32 reportRevealSeconds;
        uint32 maxReportAge;
        uint32 witnessExitCooldown;
    }

    /// One slot: everything the draw reads of a candidate and writes of a member.
    /// `eligibleSince` is a block number; `id` names the witness in committees (given at its
    /// first registration, never reused). A witness never holds more than 2^88 − 1 (3 × 10^8
    /// FST) in seat locks: one whose locks would pass that is not drawn. `flags`: registered,
    /// available, exiting, and W_OWN_SLOT_TAKEN — one of its seats keeps its report commitment
    /// in the witness's own commitment slot (see `ownCommitment`).
    struct Witness {
        uint96 stake;
        uint88 locked;
        uint32 eligibleSince;
        uint32 id;
        uint8 flags;
    }

    /// @dev Slot 0 is written by the request, `words` by the draw, the reports and finalize.
    /// Slot 0 keeps everything the request fixes, in one slot: the segment's end, the request
    /// block, the list's length L, n, the seat fee, and the customer and the provider as witness
    /// ids (0 when the account never registered as a witness; an id stays with its address for
    /// good, and an account registered after the request is never eligible for it, so comparing
    /// ids keeps the parties off exactly as comparing addresses would).
    /// words[0] holds the committee's progress — stage (bits 0–2, a CommitteeStatus except that
    /// a requested, incomplete committee keeps 0: the status is None exactly when `requestBlock`
    /// is 0), draw flags (3–4), size (5–9), violation reports (10–14), reveals (15–19) — the
    /// segment's end again (20–51, copied by the draw, so that a commit or a reveal reads this
    /// one word and not slot 0 too) and the first three members; words[k] members 3k … 3k + 2.
    /// A member is 68 bits: witness id (0–31), the block time of its latest commit (32–63) and
    /// seat flags (64–67: committed, revealed, violated, own slot). Every count fits its 5 bits: at most MAX_COMMITTEE = 31 members, each
    /// revealing at most once. So a committee of three is two slots, and every commit and reveal
    /// of it writes the one it reads.
    struct Committee {
        uint32 end;
        uint32 requestBlock;
        uint24 listLength;
        uint8 n;
        uint96 seatFee;
        uint32 customerId;
        uint32 providerId;
        uint256[11] words;
    }

    /// Kept only for a draw that needs more than one call (`DRAW_PARTIAL`) or was re-requested
    /// (`DRAW_REREQUESTED`): the seed, the candidates looked at so far, the seed window's block.
    struct DrawProgress {
        bytes32 seed;
        uint32 tried;
        uint32 seedBlock;
    }

    struct WitnessView {
        uint256 stake;
        uint256 locked;
        uint64 eligibleSince;
        uint32 id;
        uint32 index;
        bool registered;
        bool available;
        bool exiting;
        uint64 withdrawableAt;
    }

    /// A committee as clients read it. `requestBlock`: the request's block, which eligibility is
    /// measured against (`eligibleSince < requestBlock`); `seedBlock`: the block the seed window
    /// follows (the request's, or a re-request's); `drawDueAfter = seedBlock + blockNeed`;
    /// `listLength`: L; `tried`: candidates looked at by a draw that needed more than one call
    /// (0 when one call sufficed); `members` in the order of the draw, the first call's first;
    /// `violated` meaningful once Finalized.
    struct CommitteeView {
        CommitteeStatus status;
        uint8 n;
        uint8 threshold;
        uint64 requestBlock;
        uint64 seedBlock;
        uint64 drawDueAfter;
        uint64 end;
        uint64 commitEnd;
        uint64 revealEnd;
        uint256 seatFee;
        uint256 seatLock;
        uint32 listLength;
        uint32 tried;
        bool violated;
        uint8 violationReports;
        uint8 revealed;
        address customer;
        address provider;
        address[] members;
    }

    struct SeatView {
        bool member;
        bool committed;
        bool revealed;
        bool violated;
        uint64 commitTime;
        bytes32 commitment;
    }

    uint8 internal constant W_REGISTERED = 1;
    uint8 internal constant W_AVAILABLE = 2;
    uint8 internal constant W_EXITING = 4;
    uint8 internal constant W_OWN_SLOT_TAKEN = 8;
    uint8 internal constant W_STATUS = W_REGISTERED | W_AVAILABLE | W_EXITING;

    uint256 internal constant SEAT_COMMITTED = 1;
    uint256 internal constant SEAT_REVEALED = 2;
    uint256 internal constant SEAT_VIOLATED = 4;
    /// The seat's report commitment lives in the witness's own slot, not in `commitments`.
    uint256 internal constant SEAT_OWN_SLOT = 8;
    uint256 internal constant SEAT_MASK = 15;

    uint256 internal constant STAGE_MASK = 7;
    uint256 internal constant STAGE_DRAWN = uint256(CommitteeStatus.Drawn);
    uint256 internal constant STAGE_FINALIZED = uint256(CommitteeStatus.Finalized);
    uint256 internal constant STAGE_UNWITNESSED = uint256(CommitteeStatus.Unwitnessed);

    /// words[0]: stage 0–2, draw flags 3–4, size 5–9, violation reports 10–14, reveals 15–19,
    /// end 20–51, members from 52 (see Committee).
    uint256 internal constant DRAW_SHIFT = 3;
    uint256 internal constant SIZE_SHIFT = 5;
    uint256 internal constant VIOLATIONS_SHIFT = 10;
    uint256 internal constant REVEALED_SHIFT = 15;
    uint256 internal constant END_SHIFT = 20;
    uint256 internal constant COUNT_MASK = 31;

    uint256 internal constant DRAW_PARTIAL = 1;
    uint256 internal constant DRAW_REREQUESTED = 2;

    uint256 internal constant MEMBER_BITS = 68;
    uint256 internal constant HEADER_BITS = 52;

    /// Payoffs in seat fees (SPEC §4.4): Violation — true +10, false 0, none −1;
    /// NoViolation — true −1, false +1, none −1.
    int256 internal constant PAY_VIOLATION_TRUE = 10;
    int256 internal constant PAY_NO_VIOLATION_FALSE = 1;
    int256 internal constant PAY_LOSS = -1;

    // ---------------------------------------------------------------- errors

    error InvalidParameter(string name);
    error NotDeployer(address caller);
    error MarketAlreadySet(address market);
    error MarketNotSet();
    error NotMarket(address caller);
    error AlreadyRegistered(address account);
    error NotWitness(address account);
    error WitnessExiting(address witness);
    error StakeBelowMinimum(uint256 stake, uint256 minimum);
    error ZeroAmount();
    error PoolFull(uint256 witnesses);
    /// More than the free stake above the minimum, before exit (`withdrawable` is what can go now).
    error WithdrawalTooLarge(uint256 amount, uint256 withdrawable);
    error CooldownNotOver(uint64 until);
    error StakeLocked(uint256 locked);
    error CommitteeExists(uint256 committeeId);
    error CommitteeSizeOutOfRange(uint8 n, uint8 min, uint8 max);
    error WrongCommitteeState(uint256 committeeId, uint8 status);
    error DrawNotDue(uint64 blockNumber, uint64 dueAfterBlock);
    error DeadlinePassed(uint64 deadline);
    error DeadlineNotReached(uint64 deadline);
    error NotMember(uint256 committeeId, address account);
    error NoCommitment(uint256 committeeId, address witness);
    error AlreadyRevealed(uint256 committeeId, address witness);
    error CommitmentMismatch(uint256 committeeId, address witness);
    error ReportTimeOutOfRange(uint64 reportTime, uint64 commitTime, uint64 maxAge);
    error RevealNotOpen(uint64 opensAfter);

    // ---------------------------------------------------------------- events

    event MarketSet(address indexed market);
    event WitnessRegistered(address indexed witness, uint256 stake);
    event WitnessStakeAdded(address indexed witness, uint256 amount, uint256 stake);
    event WitnessAvailability(address indexed witness, bool available);
    event WitnessExitRequested(address indexed witness, uint64 withdrawableAt);
    event WitnessWithdrawn(address indexed witness, uint256 amount, uint256 stakeLeft);
    /// Emitted by the request and again by a re-request; `requestBlock` is the block the seed
    /// window follows (`drawCommittee` is due after `requestBlock + blockNeed`).
    event CommitteeRequested(uint256 indexed committeeId, uint64 requestBlock, uint8 n);
    /// A draw call that looked at its 4n + 8 candidates without completing the committee: call
    /// `drawCommittee` again.
    event CommitteePartlyDrawn(uint256 indexed committeeId, uint8 members, uint32 tried);
    event CommitteeDrawn(uint256 indexed committeeId, address[] members, uint8 threshold);
    event CommitteeUnwitnessed(uint256 indexed committeeId);
    event ReportCommitted(uint256 indexed committeeId, address indexed witness);
    event ReportRevealed(uint256 indexed committeeId, address indexed witness, bool violated);
    event VerdictReached(uint256 indexed committeeId, bool violated, uint8 violationReports, uint8 revealed);
    event WitnessPaid(uint256 indexed committeeId, address indexed witness, int256 payoff);

    // ---------------------------------------------------------------- state

    FaaSToken public immutable token;
    /// The only account that may call `setMarket`, once.
    address public immutable deployer;
    uint96 public immutable minWitnessStake;
    uint96 public immutable witnessBond;
    uint16 public immutable blockNeed;
    uint32 public immutable commitGrace;
    uint32 public immutable reportRevealSeconds;
    uint32 public immutable maxReportAge;
    uint32 public immutable witnessExitCooldown;

    /// The Market this pool serves; set once.
    address public market;
    /// The last witness id given.
    uint32 public witnessIds;
    /// The witness list's length L, next to `market` in one slot: a request reads both at once.
    uint24 internal listLength;

    mapping(address => Witness) internal witnesses;
    mapping(uint32 id => address) internal witnessById;
    mapping(address => uint256) internal listIndexOf;
    mapping(address => uint32) internal exitAt;
    /// Index → witness, for indices below listLength; address(0) in a freed slot.
    mapping(uint256 index => address) internal list;
    uint256[] internal freeSlots;
    mapping(uint256 committeeId => Committee) internal committees;
    mapping(uint256 committeeId => DrawProgress) internal progress;
    mapping(uint256 committeeId => mapping(address witness => bytes32)) internal commitments;
    /// Each witness's own commitment slot, made non-zero at its first registration and never
    /// cleared: a seat drawn while it is free (W_OWN_SLOT_TAKEN clear) commits into it, which
    /// writes a slot that is already non-zero (5,000 gas instead of a fresh slot's 22,100).
    /// The draw gives it to the seat (SEAT_OWN_SLOT) and finalize takes it back, both in writes
    /// they make anyway; a witness's other seats meanwhile commit into `commitments`. So a
    /// witness pays for its commitment slot once, at registration, not at every commit.
    mapping(address witness => bytes32) internal ownCommitment;

    constructor(FaaSToken token_, Params memory p) {
        if (address(token_) == address(0)) revert InvalidParameter("token");
        if (p.witnessBond == 0) revert InvalidParameter("witnessBond");
        if (p.minWitnessStake < p.witnessBond) revert InvalidParameter("minWitnessStake below witnessBond");
        if (p.blockNeed == 0 || p.blockNeed > MAX_BLOCK_NEED) revert InvalidParameter("blockNeed");
        if (p.reportRevealSeconds == 0) revert InvalidParameter("reportRevealSeconds");
        token = token_;
        deployer = msg.sender;
        minWitnessStake = p.minWitnessStake;
        witnessBond = p.witnessBond;
        blockNeed = p.blockNeed;
        commitGrace = p.commitGrace;
        reportRevealSeconds = p.reportRevealSeconds;
        maxReportAge = p.maxReportAge;
        witnessExitCooldown = p.witnessExitCooldown;
    }

    /// Binds the pool to its Market: once, by the deployer, before any witness registers.
    /// From then on nobody can change anything of the pool.
    function setMarket(address market_) external {
        if (msg.sender != deployer) revert NotDeployer(msg.sender);
        if (market != address(0)) revert MarketAlreadySet(market);
        if (market_ == address(0)) revert InvalidParameter("market");
        market = market_;
        emit MarketSet(market_);
    }

    // ---------------------------------------------------------------- witnesses

    /// Registers a witness, available from now on (eligible for committees requested in later
    /// blocks).
    function registerWitness(uint256 stake) external {
        if (market == address(0)) revert MarketNotSet();
        Witness storage w = witnesses[msg.sender];
        if (w.flags & W_REGISTERED != 0) revert AlreadyRegistered(msg.sender);
        if (stake < minWitnessStake) revert StakeBelowMinimum(stake, minWitnessStake);
        IERC20(address(token)).safeTransferFrom(msg.sender, address(this), stake);
        uint256 index;
        uint256 free = freeSlots.length;
        if (free != 0) {
            index = freeSlots[free - 1];
            freeSlots.pop();
            list[index] = msg.sender;
        } else {
            index = listLength;
            // L is a uint24 (in committees too): 2^24 − 1 entries at most
            if (index == type(uint24).max) revert PoolFull(index);
            list[index] = msg.sender;
            listLength = uint24(index + 1);
        }
        listIndexOf[msg.sender] = index;
        // the witness's own commitment slot, non-zero from now on (a placeholder no report
        // matches: it is a hash's preimage nobody knows)
        if (ownCommitment[msg.sender] == bytes32(0)) ownCommitment[msg.sender] = bytes32(uint256(1));
        uint32 id = w.id;
        if (id == 0) {
            id = ++witnessIds;
            witnessById[id] = msg.sender;
        }
        witnesses[msg.sender] = Witness({
            stake: SafeCast.toUint96(stake),
            locked: 0,
            eligibleSince: uint32(block.number),
            id: id,
            flags: W_REGISTERED | W_AVAILABLE
        });
        emit WitnessRegistered(msg.sender, stake);
        emit WitnessAvailability(msg.sender, true);
    }

    /// Tops the stake up. More free stake can only make a witness eligible for committees
    /// requested from the next block on.
    function addWitnessStake(uint256 amount) external {
        Witness storage w = witnesses[msg.sender];
        if (w.flags & W_REGISTERED == 0) revert NotWitness(msg.sender);
        if (amount == 0) revert ZeroAmount();
        IERC20(address(token)).safeTransferFrom(msg.sender, address(this), amount);
        uint96 stake = SafeCast.toUint96(uint256(w.stake) + amount);
        w.stake = stake;
        w.eligibleSince = uint32(block.number);
        emit WitnessStakeAdded(msg.sender, amount, stake);
    }

    /// Only available witnesses are drawn. Switching on counts from this block: it never
    /// makes a witness eligible for a committee requested before.
    function setAvailable(bool available) external {
        Witness storage w = witnesses[msg.sender];
        uint8 flags = w.flags;
        if (flags & W_REGISTERED == 0) revert NotWitness(msg.sender);
        if (flags & W_EXITING != 0) revert WitnessExiting(msg.sender);
        if (available) {
            w.flags = flags | W_AVAILABLE;
            w.eligibleSince = uint32(block.number);
        } else {
            w.flags = flags & ~W_AVAILABLE;
        }
        emit WitnessAvailability(msg.sender, available);
    }

    /// From now on the witness is never drawn; its seats run to their end.
    function requestWitnessExit() external {
        Witness storage w = witnesses[msg.sender];
        uint8 flags = w.flags;
        if (flags & W_REGISTERED == 0) revert NotWitness(msg.sender);
        if (flags & W_EXITING != 0) revert WitnessExiting(msg.sender);
        w.flags = flags | W_EXITING;
        exitAt[msg.sender] = uint32(block.timestamp);
        emit WitnessExitRequested(msg.sender, uint64(block.timestamp) + witnessExitCooldown);
    }

    /// Withdraws `amount` of the stake. Any time: free stake above `minWitnessStake`. After
    /// `requestWitnessExit`, once the cooldown has passed and no seat is locked: any of it; the
    /// witness leaves the pool when nothing is left (its list slot is then reused).
    function withdrawWitnessStake(uint256 amount) external {
        Witness memory w = witnesses[msg.sender];
        if (w.flags & W_REGISTERED == 0) revert NotWitness(msg.sender);
        if (amount == 0) revert ZeroAmount();
        uint256 floor = w.locked > minWitnessStake ? w.locked : minWitnessStake;
        uint256 aboveFloor = w.stake > floor ? w.stake - floor : 0;
        if (amount > aboveFloor) {
            if (w.flags & W_EXITING == 0) revert WithdrawalTooLarge(amount, aboveFloor);
            uint64 until = uint64(exitAt[msg.sender]) + witnessExitCooldown;
            if (block.timestamp < until) revert CooldownNotOver(until);
            if (w.locked != 0) revert StakeLocked(w.locked);
            if (amount > w.stake) revert WithdrawalTooLarge(amount, w.stake);
        }
        uint256 left = w.stake - amount;
        if (left == 0) {
            uint256 index = listIndexOf[msg.sender];
            list[index] = address(0);
            freeSlots.push(index);
            // The id stays with the address, so old committees still name it.
            witnesses[msg.sender] = Witness({stake: 0, locked: 0, eligibleSince: 0, id: w.id, flags: 0});
            delete listIndexOf[msg.sender];
            delete exitAt[msg.sender];
        } else {
            witnesses[msg.sender].stake = uint96(left);
        }
        IERC20(address(token)).safeTransfer(msg.sender, amount);
        emit WitnessWithdrawn(msg.sender, amount, left);
    }

    // ---------------------------------------------------------------- committees

    /// @inheritdoc IWitnessPool
    /// @dev The Market keeps the committee's `10 × n × seatFee`; finalize pulls from it what it
    /// pays. The pool trusts the one Market it is bound to for holding it. The customer and the
    /// provider are kept as their witness ids (0 for an account that never registered as a
    /// witness), which is all the draw needs to keep them off the committee (see Committee).
    function requestCommittee(
        uint256 committeeId,
        uint8 n,
        address customer,
        address provider,
        uint64 end,
        uint96 seatFee
    ) external {
        if (msg.sender != market) revert NotMarket(msg.sender);
        Committee storage c = committees[committeeId];
        if (c.requestBlock != 0) revert CommitteeExists(committeeId);
        if (n < MIN_COMMITTEE || n > MAX_COMMITTEE) revert CommitteeSizeOutOfRange(n, MIN_COMMITTEE, MAX_COMMITTEE);
        c.end = SafeCast.toUint32(end);
        c.requestBlock = SafeCast.toUint32(block.number);
        c.listLength = listLength;
        c.n = n;
        c.seatFee = seatFee;
        c.customerId = witnesses[customer].id;
        c.providerId = witnesses[provider].id;
        emit CommitteeRequested(committeeId, uint64(block.number), n);
    }

    /// Draws (part of) the committee once `blockNeed` blocks have followed the request. The seed
    /// is the hashes of those blocks, so the committee does not depend on who calls or when. If
    /// they are no longer readable (nobody drew within 256 blocks) the call re-requests instead:
    /// a new seed window starts at this block, while eligibility and L stay those of the
    /// original request, so waiting never lets a new witness in. One call looks at no more than
    /// 4n + 8 candidates; a further call continues the sequence, keeping the members found.
    /// A committee still short when the sequence ends (8L candidates) with fewer than three
    /// members, or still incomplete at its `end`, is unwitnessed.
    function drawCommittee(uint256 committeeId) external {
        Committee storage c = committees[committeeId];
        uint256 requestBlock = c.requestBlock;
        if (requestBlock == 0) revert WrongCommitteeState(committeeId, uint8(CommitteeStatus.None));
        uint256 header = c.words[0];
        uint256 stage = header & STAGE_MASK;
        if (stage != 0) revert WrongCommitteeState(committeeId, uint8(stage));
        if (block.timestamp >= c.end) {
            _unwitness(committeeId, c, header);
            return;
        }
        uint256 drawFlags = header >> DRAW_SHIFT & 3;
        DrawProgress storage pr = progress[committeeId];
        uint256 seedBlock = drawFlags & DRAW_REREQUESTED != 0 ? pr.seedBlock : requestBlock;
        uint256 due = seedBlock + blockNeed;
        if (block.number <= due) revert DrawNotDue(uint64(block.number), uint64(due));

        uint256 tried;
        bytes32 seed;
        if (drawFlags & DRAW_PARTIAL == 0) {
            if (blockhash(seedBlock + 1) == bytes32(0)) {
                // The window left the 256 readable blocks before anybody drew: move it, so that
                // nobody chooses among seeds already known.
                pr.seedBlock = uint32(block.number);
                c.words[0] = header | DRAW_REREQUESTED << DRAW_SHIFT;
                emit CommitteeRequested(committeeId, uint64(block.number), c.n);
                return;
            }
            seed = bytes32(committeeId);
            for (uint256 b = seedBlock + 1; b <= due; ++b) {
                seed = keccak256(abi.encode(seed, blockhash(b)));
            }
        } else {
            seed = pr.seed;
            tried = pr.tried;
        }
        _draw(committeeId, c, header, seed, tried);
    }

    /// What a draw call compares each candidate with, and the committee's first word, which
    /// the call builds here and writes once.
    struct DrawContext {
        uint256 customerId;
        uint256 providerId;
        uint256 lock;
        uint256 requestBlock;
        uint256 listLength;
        uint256 header;
    }

    function _draw(uint256 committeeId, Committee storage c, uint256 header, bytes32 seed, uint256 tried) internal {
        uint256 n = c.n;
        uint256 size = header >> SIZE_SHIFT & COUNT_MASK;
        address[] memory found = new address[](n);
        for (uint256 e; e < size; ++e) {
            found[e] = witnessById[_memberId(c, header, e)];
        }
        uint256 last = 8 * uint256(c.listLength);
        uint256 stop = tried + 4 * n + 8;
        if (stop > last) stop = last;
        DrawContext memory ctx = DrawContext({
            customerId: c.customerId,
            providerId: c.providerId,
            lock: _seatLock(c.seatFee),
            requestBlock: c.requestBlock,
            listLength: c.listLength,
            // the segment's end, for the reports (they read this word only)
            header: header | uint256(c.end) << END_SHIFT
        });
        uint256 count;
        (tried, count) = _scan(c, ctx, seed, tried, stop, found, size);
        header = ctx.header;
        if (count < n && tried < last) {
            // Not done: keep what was found and continue from here in the next call.
            DrawProgress storage pr = progress[committeeId];
            pr.seed = seed;
            pr.tried = uint32(tried);
            c.words[0] = header | DRAW_PARTIAL << DRAW_SHIFT;
            emit CommitteePartlyDrawn(committeeId, uint8(count), uint32(tried));
            return;
        }
        if (count < MIN_COMMITTEE) {
            _unwitness(committeeId, c, header);
            return;
        }
        c.words[0] = header & ~STAGE_MASK | STAGE_DRAWN;
        assembly ("memory-safe") {
            mstore(found, count)
        }
        emit CommitteeDrawn(committeeId, found, uint8(count / 2 + 1));
    }

    /// Looks at candidates `tried` … `stop` − 1 and seats each eligible one not yet in `found`,
    /// until the committee is full: its seat lock is taken and it becomes member `count` (in
    /// `ctx.header` for the first three, in `words` for the others).
    function _scan(
        Committee storage c,
        DrawContext memory ctx,
        bytes32 seed,
        uint256 tried,
        uint256 stop,
        address[] memory found,
        uint256 count
    ) internal returns (uint256, uint256) {
        uint256 n = found.length;
        while (tried < stop && count < n) {
            address a = _candidate(seed, tried, ctx.listLength);
            ++tried;
            if (a == address(0) || _contains(found, count, a)) continue;
            Witness storage w = witnesses[a];
            uint256 id = w.id;
            uint256 locked = w.locked + ctx.lock;
            uint8 flags = w.flags;
            if (
                flags & W_STATUS != W_REGISTERED | W_AVAILABLE || w.eligibleSince >= ctx.requestBlock
                    || locked > w.stake || locked > type(uint88).max || id == ctx.customerId || id == ctx.providerId
            ) continue;
            w.locked = uint88(locked);
            if (flags & W_OWN_SLOT_TAKEN == 0) {
                // the seat takes the witness's own commitment slot
                w.flags = flags | W_OWN_SLOT_TAKEN;
                id |= SEAT_OWN_SLOT << 64;
            }
            _seatMember(c, ctx, count, id);
            found[count++] = a;
        }
        return (tried, count);
    }

    /// Member e: `member` is its witness id and seat flags.
    function _seatMember(Committee storage c, DrawContext memory ctx, uint256 e, uint256 member) internal {
        (uint256 k, uint256 shift) = _position(e);
        if (k == 0) ctx.header |= member << shift;
        else c.words[k] |= member << shift;
        ctx.header += 1 << SIZE_SHIFT;
    }

    /// Candidate i: `list[uint256(keccak256(abi.encode(seed, i))) % L]`, computed in scratch
    /// memory. An index below L is always in the list (it never shrinks: a freed slot is
    /// reused, never popped).
    function _candidate(bytes32 seed, uint256 i, uint256 listLength_) internal view returns (address a) {
        assembly ("memory-safe") {
            mstore(0, seed)
            mstore(32, i)
            // list[index]: the mapping's slot keccak256(index, list.slot)
            mstore(0, mod(keccak256(0, 64), listLength_))
            mstore(32, list.slot)
            a := sload(keccak256(0, 64))
        }
    }

    function _contains(address[] memory xs, uint256 count, address a) internal pure returns (bool) {
        for (uint256 k; k < count; ++k) {
            if (xs[k] == a) return true;
        }
        return false;
    }

    /// No committee: the members found so far get their seat locks back (and are members no
    /// more) and the Market keeps the whole `10 × n × seatFee`; nothing is burned or moved.
    function _unwitness(uint256 committeeId, Committee storage c, uint256 header) internal {
        uint256 lock = _seatLock(c.seatFee);
        uint256 size = header >> SIZE_SHIFT & COUNT_MASK;
        for (uint256 e; e < size; ++e) {
            uint256 member = _member(c, header, e);
            Witness storage w = witnesses[witnessById[uint32(member)]];
            w.locked -= uint88(lock);
            w.eligibleSince = uint32(block.number);
            if ((member >> 64) & SEAT_OWN_SLOT != 0) w.flags &= ~W_OWN_SLOT_TAKEN;
        }
        // no members any more: size 0
        c.words[0] = header & ~(STAGE_MASK | COUNT_MASK << SIZE_SHIFT) | STAGE_UNWITNESSED;
        emit CommitteeUnwitnessed(committeeId);
    }

    // ---------------------------------------------------------------- reports

    function reportCommitment(uint256 committeeId, address witness_, bool violated, uint64 reportTime, bytes32 secret)
        public
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(committeeId, witness_, violated, reportTime, secret));
    }

    /// A member commits its report, from its draw until `end + commitGrace`; a later commit
    /// replaces the earlier one. The commitment is stored whole; the commit time and the seat's
    /// flags go into the member's bits of the committee word the member sits in.
    function commitReport(uint256 committeeId, bytes32 commitment) external {
        Committee storage c = committees[committeeId];
        (uint256 k, uint256 shift, uint256 word, uint256 header) = _seatOf(committeeId, c, msg.sender);
        uint256 commitEnd = _end(header) + commitGrace;
        if (block.timestamp > commitEnd) revert DeadlinePassed(uint64(commitEnd));
        if ((word >> (shift + 64)) & SEAT_OWN_SLOT != 0) ownCommitment[msg.sender] = commitment;
        else commitments[committeeId][msg.sender] = commitment;
        // commit time and the committed flag; the id stays
        uint256 mask = ((1 << 36) - 1) << (shift + 32);
        uint256 seatFlags = (word >> (shift + 64)) & SEAT_MASK | SEAT_COMMITTED;
        c.words[k] = word & ~mask | (block.timestamp | seatFlags << 32) << (shift + 32);
        emit ReportCommitted(committeeId, msg.sender);
    }

    function revealReport(uint256 committeeId, bool violated, uint64 reportTime, bytes32 secret) external {
        Committee storage c = committees[committeeId];
        (uint256 k, uint256 shift, uint256 word, uint256 header) = _seatOf(committeeId, c, msg.sender);
        uint256 commitEnd = _end(header) + commitGrace;
        if (block.timestamp <= commitEnd) revert RevealNotOpen(uint64(commitEnd));
        if (block.timestamp > commitEnd + reportRevealSeconds) {
            revert DeadlinePassed(uint64(commitEnd + reportRevealSeconds));
        }
        uint256 seatFlags = (word >> (shift + 64)) & SEAT_MASK;
        if (seatFlags & SEAT_COMMITTED == 0) revert NoCommitment(committeeId, msg.sender);
        if (seatFlags & SEAT_REVEALED != 0) revert AlreadyRevealed(committeeId, msg.sender);
        bool own = seatFlags & SEAT_OWN_SLOT != 0;
        bytes32 stored = own ? ownCommitment[msg.sender] : commitments[committeeId][msg.sender];
        if (stored != reportCommitment(committeeId, msg.sender, violated, reportTime, secret)) {
            revert CommitmentMismatch(committeeId, msg.sender);
        }
        uint64 commitTime = uint32(word >> (shift + 32));
        // T lies within maxReportAge before the commit (SPEC §4.3, design §4.4 "T near the
        // current time"): a report cannot be prepared long in advance, nor dated after its
        // commit. Clients use the latest block's time as T.
        if (reportTime > commitTime || uint256(reportTime) + maxReportAge < commitTime) {
            revert ReportTimeOutOfRange(reportTime, commitTime, maxReportAge);
        }
        // The commitment has served: clearing it refunds part of the reveal's gas. The witness's
        // own slot stays non-zero for its next seat.
        if (!own) delete commitments[committeeId][msg.sender];
        word |= (SEAT_REVEALED | (violated ? SEAT_VIOLATED : 0)) << (shift + 64);
        if (k != 0) {
            c.words[k] = word;
            word = header;
        }
        // reveals and violation reports: at most one reveal per member, at most 31 members
        word += (1 << REVEALED_SHIFT) | (violated ? 1 << VIOLATIONS_SHIFT : 0);
        c.words[0] = word;
        emit ReportRevealed(committeeId, msg.sender, violated);
    }

    // ---------------------------------------------------------------- verdict and payoffs

    /// After the reveal window: Violation iff at least M = ⌊size/2⌋ + 1 members revealed
    /// `true`. Each member is paid by the table of SPEC §4.4 in seat fees: positive payoffs are
    /// credited to its stake out of the committee's `10 × n × seatFee` (withdrawable above the
    /// minimum at any time), pulled from the Market that holds it; negative ones taken from its
    /// seat lock and burned; the seat locks are released and the rest stays with the Market.
    /// A committee never completed is unwitnessed instead.
    function finalize(uint256 committeeId) external returns (CommitteeStatus, bool, uint256) {
        Committee storage c = committees[committeeId];
        if (c.requestBlock == 0) revert WrongCommitteeState(committeeId, uint8(CommitteeStatus.None));
        uint256 header = c.words[0];
        uint256 stage = header & STAGE_MASK;
        if (stage > STAGE_DRAWN) revert WrongCommitteeState(committeeId, uint8(stage));
        return _finalize(committeeId, c, header, stage);
    }

    /// @inheritdoc IWitnessPool
    function conclude(uint256 committeeId)
        external
        returns (CommitteeStatus status, bool violated, uint256 returned)
    {
        Committee storage c = committees[committeeId];
        if (c.requestBlock == 0) return (CommitteeStatus.None, false, 0);
        uint256 header = c.words[0];
        uint256 stage = header & STAGE_MASK;
        if (stage <= STAGE_DRAWN) return _finalize(committeeId, c, header, stage);
        return _verdict(c, header);
    }

    function _finalize(uint256 committeeId, Committee storage c, uint256 header, uint256 stage)
        internal
        returns (CommitteeStatus, bool, uint256)
    {
        uint256 revealEnd = uint256(c.end) + commitGrace + reportRevealSeconds;
        if (block.timestamp <= revealEnd) revert DeadlineNotReached(uint64(revealEnd));
        if (stage == 0) {
            _unwitness(committeeId, c, header);
            return (CommitteeStatus.Unwitnessed, false, 10 * uint256(c.n) * c.seatFee);
        }
        (bool violated, uint256 back) = _finalizeDrawn(committeeId, c, header);
        return (CommitteeStatus.Finalized, violated, back);
    }

    function _finalizeDrawn(uint256 committeeId, Committee storage c, uint256 header)
        internal
        returns (bool violated, uint256 back)
    {
        uint256 size = header >> SIZE_SHIFT & COUNT_MASK;
        uint256 w = header >> VIOLATIONS_SHIFT & COUNT_MASK;
        violated = w >= size / 2 + 1;
        c.words[0] = header & ~STAGE_MASK | STAGE_FINALIZED;
        emit VerdictReached(committeeId, violated, uint8(w), uint8(header >> REVEALED_SHIFT & COUNT_MASK));
        uint256 s = c.seatFee;
        uint256 paid;
        uint256 burned;
        for (uint256 e; e < size; ++e) {
            (uint256 k, uint256 shift) = _position(e);
            int256 units = _pay(committeeId, (k == 0 ? header : c.words[k]) >> shift, violated, s);
            if (units > 0) paid += uint256(units) * s;
            else if (units < 0) burned += s;
        }
        if (burned != 0) token.burn(burned);
        back = 10 * uint256(c.n) * s - paid;
        if (paid != 0) IERC20(address(token)).safeTransferFrom(market, address(this), paid);
    }

    /// One member's payoff in seat fees by the table of SPEC §4.4, applied to its stake; its
    /// seat lock released.
    function _pay(uint256 committeeId, uint256 member, bool violated, uint256 s) internal returns (int256 units) {
        address a = witnessById[uint32(member)];
        uint256 seatFlags = (member >> 64) & SEAT_MASK;
        if (seatFlags & SEAT_REVEALED == 0) units = PAY_LOSS;
        else if (seatFlags & SEAT_VIOLATED != 0) units = violated ? PAY_VIOLATION_TRUE : PAY_LOSS;
        else units = violated ? int256(0) : PAY_NO_VIOLATION_FALSE;
        uint256 lock = _seatLock(s);
        Witness storage w = witnesses[a];
        uint256 stake = w.stake;
        if (units > 0) stake += uint256(units) * s;
        else if (units < 0) stake -= s;
        w.stake = SafeCast.toUint96(stake);
        w.locked -= uint88(lock);
        // the seat gives the witness's own commitment slot back
        if (seatFlags & SEAT_OWN_SLOT != 0) w.flags &= ~W_OWN_SLOT_TAKEN;
        // Free stake grows by the lock plus the payoff: always, except when a loss of s takes
        // exactly the lock (s >= witnessBond). Growth restarts eligibility (SPEC §4.1).
        if (units >= 0 || lock > s) w.eligibleSince = uint32(block.number);
        emit WitnessPaid(committeeId, a, units * int256(s));
    }

    // ---------------------------------------------------------------- views

    function params() external view returns (Params memory) {
        return Params({
            minWitnessStake: minWitnessStake,
            witnessBond: witnessBond,
            blockNeed: blockNeed,
            commitGrace: commitGrace,
            reportRevealSeconds: reportRevealSeconds,
            maxReportAge: maxReportAge,
            witnessExitCooldown: witnessExitCooldown
        });
    }

    /// @inheritdoc IWitnessPool
    function verdict(uint256 committeeId)
        external
        view
        returns (CommitteeStatus status, bool violated, uint256 returned)
    {
        Committee storage c = committees[committeeId];
        return _verdict(c, c.words[0]);
    }

    function _verdict(Committee storage c, uint256 header)
        internal
        view
        returns (CommitteeStatus status, bool violated, uint256 returned)
    {
        status = _status(c, header);
        uint256 s = c.seatFee;
        uint256 deposit = 10 * uint256(c.n) * s;
        if (status == CommitteeStatus.Unwitnessed) return (status, false, deposit);
        if (status != CommitteeStatus.Finalized) return (status, false, 0);
        uint256 w = header >> VIOLATIONS_SHIFT & COUNT_MASK;
        violated = w >= (header >> SIZE_SHIFT & COUNT_MASK) / 2 + 1;
        // what finalize paid: 10 s per true report under Violation, s per false report otherwise
        uint256 paid = violated ? 10 * s * w : s * ((header >> REVEALED_SHIFT & COUNT_MASK) - w);
        returned = deposit - paid;
    }

    function isMember(uint256 committeeId, address account) external view returns (bool found) {
        Committee storage c = committees[committeeId];
        (found,,) = _find(c, c.words[0], witnesses[account].id);
    }

    /// Everything about a committee; zeros for an id never requested. The customer and the
    /// provider are the lease's, read from the Market (the pool keeps only their witness ids).
    function committee(uint256 committeeId) external view returns (CommitteeView memory v) {
        Committee storage c = committees[committeeId];
        if (c.requestBlock == 0) return v;
        uint256 header = c.words[0];
        v.status = _status(c, header);
        v.n = c.n;
        uint256 size = header >> SIZE_SHIFT & COUNT_MASK;
        v.members = new address[](size);
        for (uint256 e; e < size; ++e) {
            v.members[e] = witnessById[_memberId(c, header, e)];
        }
        v.threshold = size == 0 ? 0 : uint8(size / 2 + 1);
        v.requestBlock = c.requestBlock;
        DrawProgress storage pr = progress[committeeId];
        v.seedBlock = (header >> DRAW_SHIFT) & DRAW_REREQUESTED != 0 ? pr.seedBlock : v.requestBlock;
        v.drawDueAfter = v.seedBlock + blockNeed;
        v.end = c.end;
        v.commitEnd = v.end + commitGrace;
        v.revealEnd = v.commitEnd + reportRevealSeconds;
        v.seatFee = c.seatFee;
        v.seatLock = _seatLock(c.seatFee);
        v.listLength = c.listLength;
        v.tried = pr.tried;
        v.violationReports = uint8(header >> VIOLATIONS_SHIFT & COUNT_MASK);
        v.revealed = uint8(header >> REVEALED_SHIFT & COUNT_MASK);
        v.violated = v.status == CommitteeStatus.Finalized && v.violationReports >= v.threshold;
        (v.customer, v.provider) = _parties(committeeId);
    }

    function seat(uint256 committeeId, address witness_) external view returns (SeatView memory v) {
        Committee storage c = committees[committeeId];
        uint256 header = c.words[0];
        (bool found, uint256 k, uint256 shift) = _find(c, header, witnesses[witness_].id);
        if (!found) return v;
        uint256 member = (k == 0 ? header : c.words[k]) >> shift;
        uint256 seatFlags = (member >> 64) & SEAT_MASK;
        v.member = true;
        v.committed = seatFlags & SEAT_COMMITTED != 0;
        v.revealed = seatFlags & SEAT_REVEALED != 0;
        v.violated = seatFlags & SEAT_VIOLATED != 0;
        v.commitTime = uint32(member >> 32);
        if (seatFlags & SEAT_OWN_SLOT == 0) {
            v.commitment = commitments[committeeId][witness_];
        } else if (v.committed && !v.revealed && header & STAGE_MASK <= STAGE_DRAWN) {
            // the witness's own slot holds it until the reveal; after the reveal, or once the
            // committee ended, the slot may serve another seat (the committee slot of a
            // revealed commitment is cleared too)
            v.commitment = ownCommitment[witness_];
        }
    }

    function witness(address account) external view returns (WitnessView memory v) {
        Witness storage w = witnesses[account];
        uint8 flags = w.flags;
        v.stake = w.stake;
        v.locked = w.locked;
        v.eligibleSince = w.eligibleSince;
        v.id = w.id;
        v.index = uint32(listIndexOf[account]);
        v.registered = flags & W_REGISTERED != 0;
        v.available = flags & W_AVAILABLE != 0;
        v.exiting = flags & W_EXITING != 0;
        if (v.exiting) v.withdrawableAt = uint64(exitAt[account]) + witnessExitCooldown;
    }

    /// The witness list's length: L for a committee requested now.
    function witnessListLength() external view returns (uint256) {
        return listLength;
    }

    /// The witness at `index` of the list (address(0) for a freed slot).
    function witnessAt(uint256 index) external view returns (address) {
        if (index >= listLength) {
            // as an array's bounds check does: Panic(0x32)
            assembly ("memory-safe") {
                mstore(0, shl(224, 0x4e487b71))
                mstore(4, 0x32)
                revert(0, 0x24)
            }
        }
        return list[index];
    }

    /// The block after which a requested committee can be drawn.
    function drawDueAfter(uint256 committeeId) external view returns (uint64) {
        Committee storage c = committees[committeeId];
        uint256 b =
            (c.words[0] >> DRAW_SHIFT) & DRAW_REREQUESTED != 0 ? progress[committeeId].seedBlock : c.requestBlock;
        return uint64(b + blockNeed);
    }

    /// What one seat locks of a witness's free stake for a committee with this seat fee.
    function seatLock(uint256 seatFee) external view returns (uint256) {
        return _seatLock(seatFee);
    }

    // ---------------------------------------------------------------- internals

    function _seatLock(uint256 seatFee) internal view returns (uint256) {
        return seatFee > witnessBond ? seatFee : witnessBond;
    }

    function _status(Committee storage c, uint256 header) internal view returns (CommitteeStatus) {
        uint256 stage = header & STAGE_MASK;
        if (stage != 0) return CommitteeStatus(stage);
        return c.requestBlock == 0 ? CommitteeStatus.None : CommitteeStatus.Requested;
    }

    /// The segment's end, as the draw copied it into the committee's first word.
    function _end(uint256 header) internal pure returns (uint256) {
        return uint32(header >> END_SHIFT);
    }

    /// The lease's customer and provider, from the Market's `lease(orderId)` (its first two
    /// words), the order id being `committeeId >> 8`. Zeros if the bound market does not
    /// answer that call (only a test's stand-in market does not).
    function _parties(uint256 committeeId) internal view returns (address customer, address provider) {
        (bool ok, bytes memory ret) = market.staticcall(abi.encodeWithSignature("lease(uint256)", committeeId >> 8));
        if (ok && ret.length >= 64) (customer, provider) = abi.decode(ret, (address, address));
    }

    /// Where member e sits: word e / 3, after the header in word 0.
    function _position(uint256 e) internal pure returns (uint256 k, uint256 shift) {
        k = e / 3;
        shift = (k == 0 ? HEADER_BITS : 0) + MEMBER_BITS * (e % 3);
    }

    /// Member e's bits (witness id, commit time, seat flags, and above them what follows in
    /// its word); `header` is words[0].
    function _member(Committee storage c, uint256 header, uint256 e) internal view returns (uint256) {
        (uint256 k, uint256 shift) = _position(e);
        return (k == 0 ? header : c.words[k]) >> shift;
    }

    /// The witness id of member e; `header` is words[0].
    function _memberId(Committee storage c, uint256 header, uint256 e) internal view returns (uint32) {
        return uint32(_member(c, header, e));
    }

    /// The seat of witness `id` on the committee, if any; `header` is words[0].
    function _find(Committee storage c, uint256 header, uint32 id) internal view returns (bool, uint256, uint256) {
        if (id == 0) return (false, 0, 0);
        uint256 size = header >> SIZE_SHIFT & COUNT_MASK;
        uint256 word = header;
        uint256 k;
        uint256 shift = HEADER_BITS;
        unchecked {
            for (uint256 e; e < size; ++e) {
                if (shift > 256 - MEMBER_BITS) {
                    // the next word: three members each (see _position)
                    word = c.words[++k];
                    shift = 0;
                }
                if (uint32(word >> shift) == id) return (true, k, shift);
                shift += MEMBER_BITS;
            }
        }
        return (false, 0, 0);
    }

    /// The caller's seat: the word it sits in and the committee's first word (read), or
    /// NotMember.
    function _seatOf(uint256 committeeId, Committee storage c, address account)
        internal
        view
        returns (uint256 k, uint256 shift, uint256 word, uint256 header)
    {
        header = c.words[0];
        bool found;
        (found, k, shift) = _find(c, header, witnesses[account].id);
        if (!found) revert NotMember(committeeId, account);
        word = k == 0 ? header : c.words[k];
    }
}
