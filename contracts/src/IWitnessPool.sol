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

    /// Only the bound Market. It has transferred `10 × n × seatFee` to the pool just before.
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

    /// @return status the committee's status
    /// @return violated meaningful once Finalized
    /// @return returned the FST the pool gave back to the Market once the committee ended:
    /// `10 × n × seatFee` minus what the members were paid (everything when Unwitnessed)
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
