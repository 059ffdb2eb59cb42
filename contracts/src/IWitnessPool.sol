// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @notice What the Market needs from the WitnessPool (SPEC §4.2, §4.4).
interface IWitnessPool {
    /// Lifecycle of one lease's committee.
    enum CommitteeStatus {
        None,
        Requested,
        Drawn,
        Finalized
    }

    function requestCommittee(uint256 leaseId, uint8 n, address customer, address provider, uint64 serviceEnd)
        external;

    /// @return status the committee's status; violated is meaningful once Finalized.
    function verdict(uint256 leaseId)
        external
        view
        returns (CommitteeStatus status, bool violated, uint8 violationReports, uint8 revealed);

    function finalize(uint256 leaseId) external;

    /// The largest committee the pool draws.
    function maxCommittee() external view returns (uint8);
}
