// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {ERC20Burnable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Burnable.sol";
import {Market} from "./Market.sol";

/// @title The Market's auction rules
/// @notice The best bid and its collateral (SPEC §3.3, §3.6) and sealed bidding (§3.7), run on
/// the Market's own storage: the Market calls `commit`, `reveal` and `forfeit` by DELEGATECALL,
/// so they read and write its orders and providers, emit its events and revert with its errors.
/// @dev A library of its own only because the Market with sealed bidding inside exceeds the
/// 24,576 bytes of code a contract may have (EIP-170). The internal functions are compiled into
/// the Market; the external ones live at the library's address, which the Market's code is
/// linked to at deployment (`contracts.Deploy` does it).
library Auction {
    /// The Market's parameters the auction needs, packed into one word so that passing them
    /// costs one immutable: collateralBps (bits 0–15), collateralFloorBps (16–31), bidBondBps
    /// (32–47), bidBond (48–143).
    function packTerms(uint16 collateralBps, uint16 collateralFloorBps, uint16 bidBondBps, uint96 bidBond)
        internal
        pure
        returns (uint256)
    {
        return uint256(collateralBps) | uint256(collateralFloorBps) << 16 | uint256(bidBondBps) << 32
            | uint256(bidBond) << 48;
    }

    uint8 internal constant FLAG_SEALED = 1;

    // ---------------------------------------------------------------- sealed bidding

    /// A commitment (Market.commitBid): locks the bond of the provider's free stake.
    function commit(
        Market.Order storage o,
        Market.SealedBid storage sb,
        Market.Provider storage p,
        uint256 orderId,
        bytes32 commitment,
        uint256 t
    ) external {
        _expectSealedBidding(o, orderId);
        if (block.timestamp >= o.deadline) revert Market.DeadlinePassed(o.deadline);
        if (msg.sender == o.customer) revert Market.CustomerCannotBid(orderId);
        if (sb.status != Market.BidStatus.None) revert Market.AlreadyCommitted(orderId, msg.sender);
        if (p.stake == 0) revert Market.NotProvider(msg.sender);
        if (p.exitAt != 0) revert Market.ProviderExiting(msg.sender);
        uint256 amount = bond(o.maxUnitPrice, o.durationUnits, t);
        uint256 free = p.stake - p.locked;
        if (free < amount) revert Market.InsufficientFreeStake(free, amount);
        p.locked += uint96(amount);
        p.lastLockOrder = uint32(orderId);
        uint32 seq = o.commits + 1;
        o.commits = seq;
        sb.commitment = bytes27(commitment);
        sb.seq = seq;
        sb.status = Market.BidStatus.Committed;
        emit Market.BidCommitted(orderId, msg.sender);
    }

    /// A reveal (Market.revealBid). A bid that competes — `0 < unitPrice ≤ maxUnitPrice` and
    /// its collateral fits the free stake, the bond counted as free — gets its bond back and
    /// takes the lead if it is the lowest (ties: the earlier commit). Any other is recorded
    /// (RevealedNotCompeting) and its bond burned.
    function reveal(
        Market.Order storage o,
        Market.SealedBid storage sb,
        mapping(address => Market.Provider) storage providers,
        uint256 orderId,
        uint96 unitPrice,
        bytes32 salt,
        uint256 t,
        address token
    ) external {
        _expectSealedBidding(o, orderId);
        if (block.timestamp < o.deadline) revert Market.RevealNotOpen(o.deadline);
        if (block.timestamp >= o.revealEnd) revert Market.DeadlinePassed(o.revealEnd);
        Market.BidStatus status = sb.status;
        if (status == Market.BidStatus.None) revert Market.NoCommitment(orderId, msg.sender);
        if (status != Market.BidStatus.Committed) revert Market.AlreadyRevealed(orderId, msg.sender);
        Market.Provider storage p = providers[msg.sender];
        if (p.exitAt != 0) revert Market.ProviderExiting(msg.sender);
        if (sb.commitment != bytes27(keccak256(abi.encode(orderId, msg.sender, unitPrice, salt)))) {
            revert Market.CommitmentMismatch(orderId, msg.sender);
        }
        (bool competes, uint256 amount) = _releaseBond(o, p, unitPrice, t);
        if (!competes) {
            sb.status = Market.BidStatus.RevealedNotCompeting;
            p.stake -= uint96(amount);
            ERC20Burnable(token).burn(amount);
            emit Market.BondForfeited(orderId, msg.sender, amount);
            return;
        }
        sb.status = Market.BidStatus.Revealed;
        uint32 seq = sb.seq;
        uint96 best = bestPrice(o);
        if (unitPrice < best || (unitPrice == best && seq < o.bestSeq)) {
            takeLead(providers, o, p, orderId, msg.sender, unitPrice, t);
            o.bestSeq = seq;
        }
        emit Market.BidRevealed(orderId, msg.sender, unitPrice);
    }

    /// A bond committed and never revealed, after the reveal window (Market.forfeitBond): burned.
    function forfeit(
        Market.Order storage o,
        Market.SealedBid storage sb,
        Market.Provider storage p,
        uint256 orderId,
        address provider,
        uint256 t,
        address token
    ) external {
        if (o.state == Market.State.None) revert Market.UnknownOrder(orderId);
        if (o.flags & FLAG_SEALED == 0) revert Market.OpenBiddingOnly(orderId);
        if (block.timestamp < o.revealEnd) revert Market.DeadlineNotReached(o.revealEnd);
        Market.BidStatus status = sb.status;
        if (status == Market.BidStatus.None) revert Market.NoCommitment(orderId, provider);
        if (status != Market.BidStatus.Committed) revert Market.AlreadyRevealed(orderId, provider);
        sb.status = Market.BidStatus.Forfeited;
        uint256 amount = bond(o.maxUnitPrice, o.durationUnits, t);
        p.locked -= uint96(amount);
        p.stake -= uint96(amount);
        ERC20Burnable(token).burn(amount);
        emit Market.BondForfeited(orderId, provider, amount);
    }

    // ---------------------------------------------------------------- shared with the Market

    /// Makes `bidder` the best bid at `price`: its collateral is locked now and the previous
    /// leader's unlocked, so the winner's collateral is in place whenever the auction closes.
    function takeLead(
        mapping(address => Market.Provider) storage providers,
        Market.Order storage o,
        Market.Provider storage p,
        uint256 orderId,
        address bidder,
        uint96 price,
        uint256 t
    ) internal {
        uint32 units = o.durationUnits;
        uint96 maxPrice = o.maxUnitPrice;
        uint256 coll = collateral(price, maxPrice, units, t);
        address prev = o.bestBidder;
        if (prev == bidder) {
            // A leader lowering its own price: its collateral shrinks (or stays, at the floor).
            p.locked -= uint96(collateral(o.bestPrice, maxPrice, units, t) - coll);
        } else {
            uint256 free = p.stake - p.locked;
            if (free < coll) revert Market.InsufficientFreeStake(free, coll);
            p.locked += uint96(coll);
            p.lastLockOrder = uint32(orderId);
            if (prev != address(0)) providers[prev].locked -= uint96(collateral(o.bestPrice, maxPrice, units, t));
        }
        o.bestBidder = bidder;
        o.bestPrice = price;
    }

    /// The best price so far: that of the leading bid, maxUnitPrice + 1 before any (so that
    /// "strictly lower than the best" also enforces the maximum). An order's best-bid slot is
    /// empty until a bid takes the lead (see Market.Order).
    function bestPrice(Market.Order storage o) internal view returns (uint96) {
        return o.bestBidder == address(0) ? o.maxUnitPrice + 1 : o.bestPrice;
    }

    /// `⌈max(fee, maxFee × collateralFloorBps / 10000) × collateralBps / 10000⌉`, rounded up so
    /// that every lease locks something. Fits in uint96 wherever it is locked: it was checked
    /// against a uint96 free stake.
    function collateral(uint96 price, uint96 maxPrice, uint32 units, uint256 t) internal pure returns (uint256) {
        uint256 base = uint256(price) * units * 10_000;
        uint256 floor = uint256(maxPrice) * units * uint16(t >> 16);
        if (floor > base) base = floor;
        return (base * uint16(t) + 99_999_999) / 100_000_000;
    }

    /// `max(bidBond, ⌈maxFee × bidBondBps / 10000⌉)`.
    function bond(uint96 maxPrice, uint32 units, uint256 t) internal pure returns (uint256) {
        uint256 scaled = (uint256(maxPrice) * units * uint16(t >> 32) + 9_999) / 10_000;
        uint256 fixedBond = uint96(t >> 48);
        return scaled > fixedBond ? scaled : fixedBond;
    }

    /// Unlocks a revealed bid's bond; says whether the bid competes.
    function _releaseBond(Market.Order storage o, Market.Provider storage p, uint96 unitPrice, uint256 t)
        private
        returns (bool competes, uint256 amount)
    {
        uint96 maxPrice = o.maxUnitPrice;
        uint32 units = o.durationUnits;
        amount = bond(maxPrice, units, t);
        uint256 locked = p.locked - amount;
        p.locked = uint96(locked);
        competes = unitPrice != 0 && unitPrice <= maxPrice && collateral(unitPrice, maxPrice, units, t) <= p.stake - locked;
    }

    function _expectSealedBidding(Market.Order storage o, uint256 orderId) private view {
        if (o.state != Market.State.Bidding) revert Market.WrongState(orderId, uint8(o.state));
        if (o.flags & FLAG_SEALED == 0) revert Market.OpenBiddingOnly(orderId);
    }
}
