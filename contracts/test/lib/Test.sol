// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @notice The Foundry cheatcodes our tests use. forge-std is not on the package registries this
/// project installs from (only an unmaintained 2022 copy is), so the tests declare the few
/// cheatcodes they need against Foundry's fixed cheatcode address. Assertions are cheatcodes too
/// (vm.assertEq and friends), so failures print both values.
interface Vm {
    struct Log {
        bytes32[] topics;
        bytes data;
        address emitter;
    }

    function warp(uint256) external;
    function roll(uint256) external;
    function prank(address) external;
    function startPrank(address) external;
    function stopPrank() external;
    function deal(address, uint256) external;
    function expectRevert(bytes calldata) external;
    function expectRevert(bytes4) external;
    function expectRevert() external;
    function expectEmit() external;
    function expectEmit(address) external;
    function recordLogs() external;
    function getRecordedLogs() external returns (Log[] memory);
    function addr(uint256) external pure returns (address);
    function sign(uint256, bytes32) external pure returns (uint8, bytes32, bytes32);
    function label(address, string calldata) external;
    function assume(bool) external pure;
    function setBlockhash(uint256, bytes32) external;
    function snapshotGasLastCall(string calldata name) external returns (uint256);
    function snapshotGasLastCall(string calldata group, string calldata name) external returns (uint256);
    function lastCallGas() external view returns (Gas memory);
    function pauseGasMetering() external;
    function resumeGasMetering() external;
    function toString(uint256) external pure returns (string memory);
    function snapshotValue(string calldata group, string calldata name, uint256 value) external;
    function load(address target, bytes32 slot) external view returns (bytes32);
    function cool(address target) external;
    function snapshotState() external returns (uint256);
    function revertToState(uint256) external returns (bool);
    function expectEmit(bool checkTopic1, bool checkTopic2, bool checkTopic3, bool checkData) external;
    function expectEmit(bool checkTopic1, bool checkTopic2, bool checkTopic3, bool checkData, address emitter)
        external;
    function getBlockNumber() external view returns (uint256);
    function getBlockTimestamp() external view returns (uint256);

    struct Gas {
        uint64 gasLimit;
        uint64 gasTotalUsed;
        uint64 gasMemoryUsed;
        int64 gasRefunded;
        uint64 gasRemaining;
    }

    function assertEq(uint256, uint256, string calldata) external pure;
    function assertEq(uint256, uint256) external pure;
    function assertEq(int256, int256) external pure;
    function assertEq(address, address) external pure;
    function assertEq(address, address, string calldata) external pure;
    function assertEq(bool, bool) external pure;
    function assertEq(bool, bool, string calldata) external pure;
    function assertEq(bytes32, bytes32) external pure;
    function assertEq(bytes32, bytes32, string calldata) external pure;
    function assertEq(int256, int256, string calldata) external pure;
    function assertEq(address[] calldata, address[] calldata) external pure;
    function assertEq(address[] calldata, address[] calldata, string calldata) external pure;
    function assertNotEq(address, address) external pure;
    function assertNotEq(address, address, string calldata) external pure;
    function assertNotEq(bytes32, bytes32) external pure;
    function assertNotEq(uint256, uint256) external pure;
    function assertTrue(bool) external pure;
    function assertTrue(bool, string calldata) external pure;
    function assertFalse(bool) external pure;
    function assertFalse(bool, string calldata) external pure;
    function assertLt(uint256, uint256) external pure;
    function assertLt(uint256, uint256, string calldata) external pure;
    function assertLe(uint256, uint256) external pure;
    function assertLe(uint256, uint256, string calldata) external pure;
    function assertGt(uint256, uint256) external pure;
    function assertGt(uint256, uint256, string calldata) external pure;
    function assertGe(uint256, uint256) external pure;
    function assertGe(uint256, uint256, string calldata) external pure;
}

abstract contract Test {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    struct FuzzSelector {
        address addr;
        bytes4[] selectors;
    }

    address[] private _targetContracts;
    address[] private _targetSenders;
    FuzzSelector[] private _targetSelectors;
    address[] private _excludeSenders;

    function targetContracts() public view returns (address[] memory) {
        return _targetContracts;
    }

    function targetSenders() public view returns (address[] memory) {
        return _targetSenders;
    }

    function targetSelectors() public view returns (FuzzSelector[] memory) {
        return _targetSelectors;
    }

    function excludeSenders() public view returns (address[] memory) {
        return _excludeSenders;
    }

    function excludeSender(address a) internal {
        _excludeSenders.push(a);
    }

    function targetContract(address a) internal {
        _targetContracts.push(a);
    }

    function targetSender(address a) internal {
        _targetSenders.push(a);
    }

    function targetSelector(FuzzSelector memory s) internal {
        _targetSelectors.push(s);
    }

    /// Maps x into [min, max] without discarding fuzz runs.
    function bound(uint256 x, uint256 min, uint256 max) internal pure returns (uint256) {
        require(min <= max, "bound: min > max");
        if (x >= min && x <= max) return x;
        uint256 size = max - min + 1;
        return min + (x % size);
    }

    function makeAddr(string memory name) internal returns (address a) {
        a = vm.addr(uint256(keccak256(bytes(name))));
        vm.label(a, name);
    }
}
