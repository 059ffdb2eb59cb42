// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @notice What the Market needs from the WitnessPool (SPEC §4.2, §4.4).
interface IWitnessPool {
    /// Lifecycle of one committee (one segment of one lease). Numeric values are public
    /// interface (README, "The contracts"): None 0, Requested 1, Drawn 2, Finalized 3,
    /// Unwitnessed 4. A committee is Requested until its last member is drawn (a draw may take
    /// several calls); Unwitnessed is terminal like Finalized, with no verdict.
    enum CommitteeStatus {
        None,
        Requested,
        Drawn,
        Finalized,
        Unwitnessed
    }

    /// Only the bound Market. The committee's `10 × n × seatFee` stays with the Market, which
    /// lets the pool take it (an allowance given in the Market's constructor): `finalize` pulls
    /// exactly what it pays the members, nothing else ever moves.
    function requestCommittee(
        uint256 committeeId,
        uint8 n,
        address customer,
        address provider,
        uint64 end,
        uint96 seatFee
    ) external;

    /// Anyone, after the committee's reveal window. Returns what the view `verdict` returns.
    function finalize(uint256 committeeId)
        external
        returns (CommitteeStatus status, bool violated, uint256 returned);

    /// What settle needs of a committee, in one call: a committee still open (Requested or
    /// Drawn) is finalized as `finalize` does (same checks, same effects); then what `verdict`
    /// returns. A committee never requested: None. Anyone may call it.
    function conclude(uint256 committeeId)
        external
        returns (CommitteeStatus status, bool violated, uint256 returned);

    /// @return status the committee's status
    /// @return violated meaningful once Finalized
    /// @return returned what of the committee's `10 × n × seatFee` is left to the Market once
    /// the committee ended: the members' pay subtracted (everything when Unwitnessed)
    function verdict(uint256 committeeId)
        external
        view
        returns (CommitteeStatus status, bool violated, uint256 returned);

    /// Whether `account` holds a seat on the committee.
    function isMember(uint256 committeeId, address account) external view returns (bool);

    /// The largest committee the pool draws.
    function MAX_COMMITTEE() external view returns (uint8);

    /// The pool's report windows, which the Market's segment view and settle use.
    function commitGrace() external view returns (uint32);

    function reportRevealSeconds() external view returns (uint32);
}
