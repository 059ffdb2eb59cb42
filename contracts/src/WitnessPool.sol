// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {FaaSToken} from "./FaaSToken.sol";
import {IWitnessPool} from "./IWitnessPool.sol";

/// @title DeFaaS WitnessPool
/// @notice Staked witnesses, committees drawn at random for each lease, commit-then-reveal
/// reports, the verdict and the witnesses' payoffs (SPEC §4).
/// @dev The witnesses that can be drawn are kept in an array (swap-and-pop), so a draw costs
/// O(N) whatever the size of the pool: a witness is in the array exactly when it is available,
/// not exiting, and its free stake covers one more bond.
contract WitnessPool is IWitnessPool, AccessControl {
    using SafeERC20 for IERC20;

    bytes32 public constant MARKET_ROLE = keccak256("MARKET_ROLE");
    uint8 public constant MIN_COMMITTEE = 3;

    struct Params {
        uint96 minWitnessStake;
        uint96 witnessBond;
        uint16 blockNeed;
        uint32 commitGrace;
        uint32 revealSeconds;
        uint32 maxReportAge;
        uint96 rewardUnit;
        uint32 exitCooldown;
        uint8 maxWitnesses;
    }

    /// One slot: what the draw and the payoffs read and write.
    struct Witness {
        uint96 stake;
        uint96 locked;
        uint32 id; // names the witness in committee lists; never reused
        uint24 slot; // index + 1 in the drawable array, 0 when not in it
        uint8 flags;
    }

    /// @dev Two slots. Slot 0 holds everything commitReport and revealReport need, so each of
    /// them touches this slot and the witness's seat and nothing else. The members are a linked
    /// list through their seats (head here, `next` in each seat), by witness id: one storage
    /// write per member instead of three.
    struct Committee {
        address customer;
        uint32 serviceEnd;
        uint32 requestBlock;
        uint8 n;
        CommitteeStatus status;
        uint8 violationReports;
        uint8 revealed;
        address provider;
        uint32 head;
        uint8 size;
    }

    /// A member's seat, one slot: its commitment truncated to 20 bytes (binding to 2^80 work,
    /// hiding by the 32-byte secret), the block time of the commit, flags, and the next member.
    struct Seat {
        bytes20 commitment;
        uint32 commitTime;
        uint8 flags;
        uint32 next;
    }

    struct CommitteeView {
        CommitteeStatus status;
        uint8 n;
        uint8 threshold;
        uint64 requestBlock;
        uint64 serviceEnd;
        uint64 commitEnd;
        uint64 revealEnd;
        bool violated;
        uint8 violationReports;
        uint8 revealed;
        address customer;
        address provider;
        address[] members;
    }

    uint8 internal constant SEAT_MEMBER = 1;
    uint8 internal constant SEAT_COMMITTED = 2;
    uint8 internal constant SEAT_REVEALED = 4;
    uint8 internal constant SEAT_VIOLATED = 8;

    int8 internal constant PAY_VIOLATION_TRUE = 10;
    int8 internal constant PAY_VIOLATION_FALSE = 0;
    int8 internal constant PAY_NO_VIOLATION_TRUE = -1;
    int8 internal constant PAY_NO_VIOLATION_FALSE = 1;
    int8 internal constant PAY_NONE = -1;

    // ---------------------------------------------------------------- errors

    error InvalidParameter(string name);
    error AlreadyRegistered(address account);
    error NotWitness(address account);
    error WitnessExiting(address witness);
    error StakeBelowMinimum(uint256 stake, uint256 minimum);
    error ZeroAmount();
    error ExitNotRequested(address witness);
    error CooldownNotOver(uint64 until);
    error StakeLocked(uint256 locked);
    error CommitteeExists(uint256 leaseId);
    error CommitteeSizeOutOfRange(uint8 n, uint8 min, uint8 max);
    error WrongCommitteeState(uint256 leaseId, uint8 status);
    error DrawNotDue(uint64 blockNumber, uint64 dueAfterBlock);
    error DeadlinePassed(uint64 deadline);
    error DeadlineNotReached(uint64 deadline);
    error SeedUnavailable(uint256 leaseId);
    error NotMember(uint256 leaseId, address account);
    error NoCommitment(uint256 leaseId, address witness);
    error AlreadyRevealed(uint256 leaseId, address witness);
    error CommitmentMismatch(uint256 leaseId, address witness);
    error ReportTimeOutOfRange(uint64 reportTime, uint64 commitTime, uint64 maxAge);
    error RevealNotOpen(uint64 opensAfter);

    // ---------------------------------------------------------------- events

    event WitnessRegistered(address indexed witness, uint256 stake);
    event WitnessStakeAdded(address indexed witness, uint256 amount, uint256 stake);
    event WitnessAvailability(address indexed witness, bool available);
    event WitnessExitRequested(address indexed witness, uint64 withdrawableAt);
    event WitnessWithdrawn(address indexed witness, uint256 amount);
    event CommitteeRequested(uint256 indexed leaseId, uint64 requestBlock, uint8 n);
    event CommitteeDrawn(uint256 indexed leaseId, address[] members, uint8 threshold);
    event CommitteeUnwitnessed(uint256 indexed leaseId, uint8 eligible);
    event ReportCommitted(uint256 indexed leaseId, address indexed witness);
    event ReportRevealed(uint256 indexed leaseId, address indexed witness, bool violated);
    event VerdictReached(uint256 indexed leaseId, bool violated, uint8 violationReports, uint8 revealed);
    event WitnessPaid(uint256 indexed leaseId, address indexed witness, int256 payoff);

    // ---------------------------------------------------------------- state

    FaaSToken public immutable token;
    uint96 internal immutable minWitnessStake;
    uint96 internal immutable witnessBond;
    uint16 internal immutable blockNeed;
    uint32 internal immutable commitGrace;
    uint32 internal immutable revealSeconds;
    uint32 internal immutable maxReportAge;
    uint96 internal immutable rewardUnit;
    uint32 internal immutable exitCooldown;
    uint8 internal immutable maxWitnesses;

    uint8 internal constant W_REGISTERED = 1;
    uint8 internal constant W_AVAILABLE = 2;
    uint8 internal constant W_EXITING = 4;

    mapping(address => Witness) internal witnesses;
    mapping(uint32 id => address) internal witnessById;
    mapping(address => uint32) internal witnessExitAt;
    uint32 public witnessCount;
    address[] internal drawable;
    mapping(uint256 leaseId => Committee) internal committees;
    mapping(uint256 leaseId => mapping(address witness => Seat)) internal seats;

    constructor(FaaSToken token_, Params memory p, address admin) {
        if (address(token_) == address(0)) revert InvalidParameter("token");
        if (p.witnessBond == 0) revert InvalidParameter("witnessBond");
        if (p.rewardUnit > p.witnessBond) revert InvalidParameter("rewardUnit above witnessBond");
        if (p.minWitnessStake < p.witnessBond) revert InvalidParameter("minWitnessStake below witnessBond");
        if (p.blockNeed == 0 || p.blockNeed > 128) revert InvalidParameter("blockNeed");
        if (p.revealSeconds == 0) revert InvalidParameter("revealSeconds");
        if (p.maxWitnesses < MIN_COMMITTEE) revert InvalidParameter("maxWitnesses");
        token = token_;
        minWitnessStake = p.minWitnessStake;
        witnessBond = p.witnessBond;
        blockNeed = p.blockNeed;
        commitGrace = p.commitGrace;
        revealSeconds = p.revealSeconds;
        maxReportAge = p.maxReportAge;
        rewardUnit = p.rewardUnit;
        exitCooldown = p.exitCooldown;
        maxWitnesses = p.maxWitnesses;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    // ---------------------------------------------------------------- witnesses

    /// Registers a witness, available for draws from now on.
    function registerWitness(uint256 stake) external {
        Witness storage w = witnesses[msg.sender];
        if (w.flags & W_REGISTERED != 0) revert AlreadyRegistered(msg.sender);
        if (stake < minWitnessStake) revert StakeBelowMinimum(stake, minWitnessStake);
        IERC20(address(token)).safeTransferFrom(msg.sender, address(this), stake);
        if (w.id == 0) {
            uint32 id = ++witnessCount;
            w.id = id;
            witnessById[id] = msg.sender;
        }
        w.flags = W_REGISTERED | W_AVAILABLE;
        w.stake = SafeCast.toUint96(stake);
        _syncDrawable(msg.sender, w);
        emit WitnessRegistered(msg.sender, stake);
        emit WitnessAvailability(msg.sender, true);
    }

    function addWitnessStake(uint256 amount) external {
        Witness storage w = witnesses[msg.sender];
        if (w.flags & W_REGISTERED == 0) revert NotWitness(msg.sender);
        if (amount == 0) revert ZeroAmount();
        IERC20(address(token)).safeTransferFrom(msg.sender, address(this), amount);
        w.stake = SafeCast.toUint96(uint256(w.stake) + amount);
        _syncDrawable(msg.sender, w);
        emit WitnessStakeAdded(msg.sender, amount, w.stake);
    }

    /// Only available witnesses are drawn; one that goes offline stops being drawn.
    function setAvailable(bool available) external {
        Witness storage w = witnesses[msg.sender];
        if (w.flags & W_REGISTERED == 0) revert NotWitness(msg.sender);
        if (w.flags & W_EXITING != 0) revert WitnessExiting(msg.sender);
        w.flags = available ? w.flags | W_AVAILABLE : w.flags & ~W_AVAILABLE;
        _syncDrawable(msg.sender, w);
        emit WitnessAvailability(msg.sender, available);
    }

    function requestWitnessExit() external {
        Witness storage w = witnesses[msg.sender];
        if (w.flags & W_REGISTERED == 0) revert NotWitness(msg.sender);
        if (w.flags & W_EXITING != 0) revert WitnessExiting(msg.sender);
        w.flags |= W_EXITING;
        witnessExitAt[msg.sender] = uint32(block.timestamp);
        _syncDrawable(msg.sender, w);
        emit WitnessExitRequested(msg.sender, uint64(block.timestamp) + exitCooldown);
    }

    function withdrawWitnessStake() external {
        Witness memory w = witnesses[msg.sender];
        if (w.flags & W_REGISTERED == 0) revert NotWitness(msg.sender);
        if (w.flags & W_EXITING == 0) revert ExitNotRequested(msg.sender);
        uint64 until = uint64(witnessExitAt[msg.sender]) + exitCooldown;
        if (block.timestamp < until) revert CooldownNotOver(until);
        if (w.locked != 0) revert StakeLocked(w.locked);
        // The id stays with the address, so old committee lists still name it.
        witnesses[msg.sender] = Witness(0, 0, w.id, 0, 0);
        delete witnessExitAt[msg.sender];
        IERC20(address(token)).safeTransfer(msg.sender, w.stake);
        emit WitnessWithdrawn(msg.sender, w.stake);
    }

    // ---------------------------------------------------------------- committees

    function requestCommittee(uint256 leaseId, uint8 n, address customer, address provider, uint64 serviceEnd)
        external
        onlyRole(MARKET_ROLE)
    {
        Committee storage c = committees[leaseId];
        if (c.status != CommitteeStatus.None) revert CommitteeExists(leaseId);
        if (n < MIN_COMMITTEE || n > maxWitnesses) revert CommitteeSizeOutOfRange(n, MIN_COMMITTEE, maxWitnesses);
        c.customer = customer;
        c.serviceEnd = uint32(serviceEnd);
        c.requestBlock = uint32(block.number);
        c.n = n;
        c.status = CommitteeStatus.Requested;
        c.provider = provider;
        emit CommitteeRequested(leaseId, uint64(block.number), n);
    }

    /// Draws the committee once `blockNeed` blocks have passed since the request. The seed is
    /// fixed by the request (the hashes of the next `blockNeed` blocks), so whoever draws and
    /// whenever, the committee is the same. Fewer than three eligible witnesses leave the lease
    /// unwitnessed.
    function drawCommittee(uint256 leaseId) external {
        Committee storage c = committees[leaseId];
        if (c.status != CommitteeStatus.Requested) revert WrongCommitteeState(leaseId, uint8(c.status));
        uint256 due = uint256(c.requestBlock) + blockNeed;
        if (block.number <= due) revert DrawNotDue(uint64(block.number), uint64(due));
        if (block.timestamp > c.serviceEnd) revert DeadlinePassed(c.serviceEnd);

        uint256 seed = _seed(leaseId, c.requestBlock);
        address[] memory picked = _sample(seed, c.n, c.customer, c.provider);
        uint256 count = picked.length;
        if (count < MIN_COMMITTEE) {
            // Unwitnessed: the verdict will be NoViolation. Nobody's bond was locked.
            c.status = CommitteeStatus.Finalized;
            emit CommitteeUnwitnessed(leaseId, uint8(count));
            emit VerdictReached(leaseId, false, 0, 0);
            return;
        }
        c.status = CommitteeStatus.Drawn;
        // Built back to front so that the list runs in the order of the draw.
        uint32 next;
        for (uint256 i = count; i > 0; --i) {
            address a = picked[i - 1];
            Witness storage w = witnesses[a];
            w.locked += witnessBond;
            _syncDrawable(a, w);
            seats[leaseId][a] = Seat(bytes20(0), 0, SEAT_MEMBER, next);
            next = w.id;
        }
        c.head = next;
        c.size = uint8(count);
        emit CommitteeDrawn(leaseId, picked, uint8(count / 2 + 1));
    }

    // ---------------------------------------------------------------- reports

    function reportCommitment(uint256 leaseId, address witness, bool violated, uint64 reportTime, bytes32 secret)
        public
        pure
        returns (bytes32)
    {
        return keccak256(abi.encode(leaseId, witness, violated, reportTime, secret));
    }

    /// A member commits its report; a later commit replaces the earlier one.
    function commitReport(uint256 leaseId, bytes32 commitment) external {
        Committee storage c = committees[leaseId];
        Seat storage s = seats[leaseId][msg.sender];
        uint8 flags = s.flags;
        if (flags & SEAT_MEMBER == 0) revert NotMember(leaseId, msg.sender);
        uint256 commitEnd = uint256(c.serviceEnd) + commitGrace;
        if (block.timestamp > commitEnd) revert DeadlinePassed(uint64(commitEnd));
        s.commitment = bytes20(commitment);
        s.commitTime = uint32(block.timestamp);
        s.flags = flags | SEAT_COMMITTED;
        emit ReportCommitted(leaseId, msg.sender);
    }

    function revealReport(uint256 leaseId, bool violated, uint64 reportTime, bytes32 secret) external {
        Committee storage c = committees[leaseId];
        Seat storage s = seats[leaseId][msg.sender];
        uint8 flags = s.flags;
        if (flags & SEAT_MEMBER == 0) revert NotMember(leaseId, msg.sender);
        uint256 commitEnd = uint256(c.serviceEnd) + commitGrace;
        if (block.timestamp <= commitEnd) revert RevealNotOpen(uint64(commitEnd));
        if (block.timestamp > commitEnd + revealSeconds) revert DeadlinePassed(uint64(commitEnd + revealSeconds));
        if (flags & SEAT_COMMITTED == 0) revert NoCommitment(leaseId, msg.sender);
        if (flags & SEAT_REVEALED != 0) revert AlreadyRevealed(leaseId, msg.sender);
        if (s.commitment != bytes20(reportCommitment(leaseId, msg.sender, violated, reportTime, secret))) {
            revert CommitmentMismatch(leaseId, msg.sender);
        }
        uint64 commitTime = s.commitTime;
        // T lies within maxReportAge before the commit (SPEC §4.3, design §4.4 "T near the
        // current time"): a report cannot be prepared long in advance, nor dated after its
        // commit. Clients use the latest block's time as T.
        if (reportTime > commitTime || uint256(reportTime) + maxReportAge < commitTime) {
            revert ReportTimeOutOfRange(reportTime, commitTime, maxReportAge);
        }
        s.flags = flags | SEAT_REVEALED | (violated ? SEAT_VIOLATED : 0);
        c.revealed += 1;
        if (violated) c.violationReports += 1;
        emit ReportRevealed(leaseId, msg.sender, violated);
    }

    // ---------------------------------------------------------------- verdict and payoffs

    /// After the reveal window: Violation iff at least M = ⌊n/2⌋+1 members revealed `true`.
    /// Pays every member by the table of SPEC §4.4 and releases the bonds. A committee that was
    /// never drawn is finalized as unwitnessed (NoViolation).
    function finalize(uint256 leaseId) external {
        Committee storage c = committees[leaseId];
        CommitteeStatus status = c.status;
        if (status != CommitteeStatus.Requested && status != CommitteeStatus.Drawn) {
            revert WrongCommitteeState(leaseId, uint8(status));
        }
        uint256 revealEnd = uint256(c.serviceEnd) + commitGrace + revealSeconds;
        if (block.timestamp <= revealEnd) revert DeadlineNotReached(uint64(revealEnd));
        c.status = CommitteeStatus.Finalized;
        if (status == CommitteeStatus.Requested) {
            emit VerdictReached(leaseId, false, 0, 0);
            return;
        }
        uint8 w = c.violationReports;
        bool violated = w >= c.size / 2 + 1;
        emit VerdictReached(leaseId, violated, w, c.revealed);

        uint256 burned;
        for (uint32 id = c.head; id != 0;) {
            address a = witnessById[id];
            Seat storage s = seats[leaseId][a];
            uint8 flags = s.flags;
            id = s.next;
            int8 units;
            if (flags & SEAT_REVEALED == 0) units = PAY_NONE;
            else if (flags & SEAT_VIOLATED != 0) units = violated ? PAY_VIOLATION_TRUE : PAY_NO_VIOLATION_TRUE;
            else units = violated ? PAY_VIOLATION_FALSE : PAY_NO_VIOLATION_FALSE;

            Witness storage ws = witnesses[a];
            ws.locked -= witnessBond;
            int256 payoff = int256(units) * int256(uint256(rewardUnit));
            if (units < 0) {
                uint96 loss = uint96(uint256(-payoff));
                ws.stake -= loss;
                burned += loss;
            }
            _syncDrawable(a, ws);
            if (units > 0) token.mint(a, uint256(payoff));
            emit WitnessPaid(leaseId, a, payoff);
        }
        if (burned != 0) token.burn(burned);
    }

    // ---------------------------------------------------------------- views

    function params() external view returns (Params memory) {
        return Params({
            minWitnessStake: minWitnessStake,
            witnessBond: witnessBond,
            blockNeed: blockNeed,
            commitGrace: commitGrace,
            revealSeconds: revealSeconds,
            maxReportAge: maxReportAge,
            rewardUnit: rewardUnit,
            exitCooldown: exitCooldown,
            maxWitnesses: maxWitnesses
        });
    }

    function verdict(uint256 leaseId)
        external
        view
        returns (CommitteeStatus status, bool violated, uint8 violationReports, uint8 revealed)
    {
        Committee storage c = committees[leaseId];
        status = c.status;
        violationReports = c.violationReports;
        revealed = c.revealed;
        uint256 size = c.size;
        violated = status == CommitteeStatus.Finalized && size != 0 && violationReports >= size / 2 + 1;
    }

    function committee(uint256 leaseId) external view returns (CommitteeView memory v) {
        Committee storage c = committees[leaseId];
        v.status = c.status;
        v.n = c.n;
        v.members = new address[](c.size);
        uint256 k;
        for (uint32 id = c.head; id != 0; id = seats[leaseId][v.members[k++]].next) {
            v.members[k] = witnessById[id];
        }
        v.threshold = c.size == 0 ? 0 : c.size / 2 + 1;
        v.requestBlock = c.requestBlock;
        v.serviceEnd = c.serviceEnd;
        v.commitEnd = uint64(c.serviceEnd) + commitGrace;
        v.revealEnd = v.commitEnd + revealSeconds;
        v.violationReports = c.violationReports;
        v.revealed = c.revealed;
        v.violated = c.status == CommitteeStatus.Finalized && v.threshold != 0 && c.violationReports >= v.threshold;
        v.customer = c.customer;
        v.provider = c.provider;
    }

    function seat(uint256 leaseId, address witness) external view returns (Seat memory) {
        return seats[leaseId][witness];
    }

    function witness(address account) external view returns (Witness memory) {
        return witnesses[account];
    }

    /// The largest committee this pool draws; the Market checks it agrees at deployment.
    function maxCommittee() external view returns (uint8) {
        return maxWitnesses;
    }

    function drawableCount() external view returns (uint256) {
        return drawable.length;
    }

    /// The block after which a requested committee can be drawn.
    function drawDueAfter(uint256 leaseId) external view returns (uint64) {
        return uint64(committees[leaseId].requestBlock) + blockNeed;
    }

    // ---------------------------------------------------------------- internals

    /// The seed: the hashes of the `blockNeed` blocks after the request while they are
    /// readable; after that the design's pivot, which keeps hashes readable for ~2^18 blocks.
    function _seed(uint256 leaseId, uint256 requestBlock) internal view returns (uint256) {
        uint256 from = requestBlock + 1;
        if (blockhash(from) == bytes32(0)) {
            uint256 pivot = block.number - (block.number - requestBlock) / 1024 - blockNeed;
            from = pivot;
        }
        bytes32 acc = bytes32(leaseId);
        for (uint256 b = from; b < from + blockNeed; ++b) {
            bytes32 h = blockhash(b);
            if (h == bytes32(0)) revert SeedUnavailable(leaseId);
            acc = keccak256(abi.encode(acc, h));
        }
        return uint256(acc);
    }

    /// Picks up to n distinct drawable witnesses, never the customer or the provider, by a
    /// partial Fisher–Yates shuffle done in memory (the array in storage is not touched).
    /// At most n + 2 positions are read, since only the two parties can be skipped.
    function _sample(uint256 seed, uint8 n, address customer, address provider)
        internal
        view
        returns (address[] memory picked)
    {
        uint256 len = drawable.length;
        picked = new address[](n);
        // The shuffle is kept as a small map of moved positions: position movedPos[k] now
        // holds the element first at movedFrom[k]. Only the picked elements are read.
        uint256[] memory movedPos = new uint256[](uint256(n) + 2);
        uint256[] memory movedFrom = new uint256[](uint256(n) + 2);
        uint256 moved;
        uint256 count;
        for (uint256 i; i < len && count < n; ++i) {
            seed = uint256(keccak256(abi.encode(seed, i)));
            uint256 j = i + seed % (len - i);
            uint256 fromJ = _origin(j, movedPos, movedFrom, moved);
            // Position i is never read again; position j now holds what was at i.
            moved = _move(j, _origin(i, movedPos, movedFrom, moved), movedPos, movedFrom, moved);
            address a = drawable[fromJ];
            if (a == customer || a == provider) continue;
            picked[count++] = a;
        }
        assembly {
            mstore(picked, count)
        }
    }

    function _origin(uint256 pos, uint256[] memory movedPos, uint256[] memory movedFrom, uint256 moved)
        internal
        pure
        returns (uint256)
    {
        for (uint256 k; k < moved; ++k) {
            if (movedPos[k] == pos) return movedFrom[k];
        }
        return pos;
    }

    function _move(uint256 pos, uint256 from, uint256[] memory movedPos, uint256[] memory movedFrom, uint256 moved)
        internal
        pure
        returns (uint256)
    {
        for (uint256 k; k < moved; ++k) {
            if (movedPos[k] == pos) {
                movedFrom[k] = from;
                return moved;
            }
        }
        movedPos[moved] = pos;
        movedFrom[moved] = from;
        return moved + 1;
    }

    /// Puts the witness in the drawable array or takes it out, to keep the array's invariant.
    function _syncDrawable(address a, Witness storage w) internal {
        bool should = w.flags == W_REGISTERED | W_AVAILABLE && w.stake - w.locked >= witnessBond;
        uint24 slot = w.slot;
        if (should && slot == 0) {
            drawable.push(a);
            w.slot = uint24(drawable.length);
        } else if (!should && slot != 0) {
            uint256 last = drawable.length;
            if (slot != last) {
                address moved = drawable[last - 1];
                drawable[slot - 1] = moved;
                witnesses[moved].slot = slot;
            }
            drawable.pop();
            w.slot = 0;
        }
    }
}
