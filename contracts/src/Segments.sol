// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {ERC20Burnable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Burnable.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {IWitnessPool} from "./IWitnessPool.sol";
import {Market} from "./Market.sol";

/// @title The Market's segments, committees and settlement
/// @notice A lease's service is split into S equal segments, each watched by a committee of its
/// own (SPEC §3.10): the seat fee and the witness deposit, opening a segment, the customer's
/// probe kits, the segment view and settlement, run on the Market's own storage (the Market
/// calls the external functions by DELEGATECALL, so they read and write its orders and
/// providers, emit its events and revert with its errors).
/// @dev A library of its own only because the Market with this inside exceeds the 24,576 bytes
/// of code a contract may have (EIP-170); see Auction. Only what runs once or twice per lease
/// lives here; the hot path of the open auction stays in the Market.
library Segments {
    using SafeERC20 for IERC20;

    uint8 internal constant FLAG_UNATTENDED = 8;

    /// The Market's parameters this needs, packed into one word: seatFeeBps (bits 0–15),
    /// minSeatFeePerUnit (16–111), billingPeriod (112–143) and the pool's report window,
    /// commitGrace + reportRevealSeconds (144–175).
    function packTerms(uint16 seatFeeBps, uint96 minSeatFeePerUnit, uint32 period, uint32 reportSeconds)
        internal
        pure
        returns (uint256)
    {
        return uint256(seatFeeBps) | uint256(minSeatFeePerUnit) << 16 | uint256(period) << 112
            | uint256(reportSeconds) << 144;
    }

    function billingPeriod(uint256 terms) internal pure returns (uint256) {
        return uint32(terms >> 112);
    }

    function reportWindow(uint256 terms) internal pure returns (uint256) {
        return uint32(terms >> 144);
    }

    /// The seat fee s, what one witness earns for one segment (SPEC §3.5):
    /// `max(minSeatFeePerUnit × durationUnits / S, ⌈fee × seatFeeBps / 10000 / S⌉)`.
    function seatFee(uint256 fee, uint256 units, uint256 segs, uint256 terms) internal pure returns (uint256) {
        uint256 floor = uint256(uint96(terms >> 16)) * units / segs;
        uint256 share = (fee * uint16(terms) + 10_000 * segs - 1) / (10_000 * segs);
        return share > floor ? share : floor;
    }

    /// `S × (10 N + 1) × s`: per segment the largest payout (10 s per seat) and the opener's s.
    function deposit(uint256 s, uint256 n, uint256 segs) internal pure returns (uint256) {
        return segs * (10 * n + 1) * s;
    }

    /// The WitnessPool's committee id of segment k of an order.
    function committeeId(uint256 orderId, uint8 k) internal pure returns (uint256) {
        return orderId << 8 | k;
    }

    /// Requests the committee of segment k. Its `10 N s` stays here: the pool pulls what it pays
    /// the members at finalize (the Market's constructor allowed it to).
    function request(IWitnessPool pool, uint256 orderId, uint8 k, Market.Order storage o, uint256 end, uint256 s)
        internal
    {
        pool.requestCommittee(committeeId(orderId, k), o.witnessCount, o.customer, o.bestBidder, uint64(end), uint96(s));
    }

    /// The seat fee of a matched order.
    function seatFeeOf(Market.Order storage o, uint256 terms) internal view returns (uint256) {
        uint256 units = o.durationUnits;
        return seatFee(uint256(o.bestPrice) * units, units, o.segments, terms);
    }

    /// Start of segment k and a segment's length, from serviceEnd (the deadline in service).
    function window(Market.Order storage o, uint256 k, uint256 terms)
        internal
        view
        returns (uint256 start, uint256 segSeconds)
    {
        uint256 units = o.durationUnits;
        uint256 period = billingPeriod(terms);
        segSeconds = units / o.segments * period;
        start = uint256(o.deadline) - units * period + k * segSeconds;
    }

    // ---------------------------------------------------------------- Market.openSegment

    function open(Market.Order storage o, uint256 orderId, uint8 k, uint256 terms, IWitnessPool pool, IERC20 token)
        external
    {
        if (o.state != Market.State.Fulfilling) revert Market.WrongState(orderId, uint8(o.state));
        if (o.flags & FLAG_UNATTENDED != 0) revert Market.Unattended(orderId);
        uint8 segs = o.segments;
        if (k == 0 || k >= segs) revert Market.SegmentOutOfRange(k, segs);
        (uint256 start, uint256 segSeconds) = window(o, k, terms);
        if (block.timestamp < start) revert Market.SegmentNotStarted(uint64(start));
        uint256 openUntil = start + segSeconds / 2;
        if (block.timestamp >= openUntil) revert Market.DeadlinePassed(uint64(openUntil));
        uint256 s = seatFeeOf(o, terms);
        request(pool, orderId, k, o, start + segSeconds, s);
        token.safeTransfer(msg.sender, s);
        emit Market.SegmentOpened(orderId, k, msg.sender);
    }

    // ---------------------------------------------------------------- Market.postProbeKit

    function postProbeKit(
        Market.Order storage o,
        uint256 orderId,
        uint8 k,
        address[] calldata members,
        bytes[] calldata sealedKits,
        IWitnessPool pool
    ) external {
        if (msg.sender != o.customer) revert Market.NotCustomer(orderId, msg.sender);
        if (o.state != Market.State.Fulfilling) revert Market.WrongState(orderId, uint8(o.state));
        if (k >= o.segments) revert Market.SegmentOutOfRange(k, o.segments);
        if (members.length != sealedKits.length || members.length == 0) {
            revert Market.ProbeKitLengthMismatch(members.length, sealedKits.length);
        }
        uint256 cid = committeeId(orderId, k);
        (IWitnessPool.CommitteeStatus st,,) = pool.verdict(cid);
        if (st != IWitnessPool.CommitteeStatus.Drawn) revert Market.CommitteeNotDrawn(cid, uint8(st));
        for (uint256 i; i < members.length; ++i) {
            if (!pool.isMember(cid, members[i])) revert Market.NotCommitteeMember(cid, members[i]);
            emit Market.ProbeKit(orderId, k, members[i], sealedKits[i]);
        }
    }

    // ---------------------------------------------------------------- Market.settle

    /// See Market.settle. `collateral` is the lease's collateral.
    function settle(
        Market.Order storage o,
        Market.Provider storage p,
        mapping(uint256 => bytes32) storage moduleOrSettlement,
        uint256 orderId,
        uint256 collateral,
        uint256 terms,
        IWitnessPool pool,
        address token
    ) external {
        if (o.state != Market.State.Fulfilling) revert Market.WrongState(orderId, uint8(o.state));
        uint256 refund;
        uint256 burned;
        uint256 violated;
        if (o.flags & FLAG_UNATTENDED != 0) {
            if (block.timestamp < o.deadline) revert Market.DeadlineNotReached(o.deadline);
        } else {
            uint256 ready = uint256(o.deadline) + reportWindow(terms);
            if (block.timestamp <= ready) revert Market.DeadlineNotReached(uint64(ready));
            (refund, burned, violated) = _outcomes(o, orderId, terms, pool);
        }
        uint256 segs = o.segments;
        uint256 collBurn = collateral * violated / segs;
        p.locked -= uint96(collateral);
        if (collBurn != 0) p.stake -= uint96(collBurn);
        burned += collBurn;
        if (burned != 0) ERC20Burnable(token).burn(burned);
        uint256 perSegment = uint256(o.bestPrice) * o.durationUnits / segs;
        uint256 payout = perSegment * (segs - violated);
        refund += perSegment * violated;
        o.state = Market.State.Settled;
        moduleOrSettlement[orderId] = bytes32(
            uint256(SafeCast.toUint120(payout)) | uint256(SafeCast.toUint120(refund)) << 120 | violated << 240
        );
        emit Market.OrderSettled(orderId, uint8(violated), payout, refund);
    }

    /// Reads each segment's committee, finalizing those nobody finalized yet: what of the
    /// witness deposit goes back to the customer, what is burned for segments never opened,
    /// and how many segments were violated.
    function _outcomes(Market.Order storage o, uint256 orderId, uint256 terms, IWitnessPool pool)
        private
        returns (uint256 refund, uint256 burned, uint256 violatedSegs)
    {
        uint8 segs = o.segments;
        uint256 s = seatFeeOf(o, terms);
        uint256 n = o.witnessCount;
        refund = s; // segment 0's opener share
        for (uint8 k; k < segs; ++k) {
            // finalized here unless somebody did before (one call either way)
            (IWitnessPool.CommitteeStatus st, bool violated, uint256 back) = pool.conclude(committeeId(orderId, k));
            if (st == IWitnessPool.CommitteeStatus.None) {
                // never opened: the N seat fees its committee would have earned are burned
                burned += n * s;
                refund += (9 * n + 1) * s;
                continue;
            }
            refund += back;
            if (violated) ++violatedSegs;
        }
    }

    // ---------------------------------------------------------------- Market.segment

    function segmentView(Market.Order storage o, uint256 orderId, uint8 k, uint256 terms, IWitnessPool pool)
        external
        view
        returns (Market.SegmentView memory v)
    {
        Market.State state = o.state;
        if (state == Market.State.None) revert Market.UnknownOrder(orderId);
        uint8 segs = o.segments;
        if (k >= segs) revert Market.SegmentOutOfRange(k, segs);
        v.committeeId = committeeId(orderId, k);
        if (state >= Market.State.Fulfilling && state != Market.State.Failed) {
            (uint256 start, uint256 segSeconds) = window(o, k, terms);
            v.start = uint64(start);
            v.end = uint64(start + segSeconds);
            v.openUntil = k == 0 ? v.start : uint64(start + segSeconds / 2);
            v.commitEnd = v.end + pool.commitGrace();
            v.revealEnd = uint64(v.end + reportWindow(terms));
        }
        (v.status, v.violated,) = pool.verdict(v.committeeId);
    }
}
