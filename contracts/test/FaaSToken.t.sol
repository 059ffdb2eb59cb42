// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {Base} from "./Base.sol";
import {FaaSToken} from "../src/FaaSToken.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";

/// @notice FST (SPEC §2): metadata, the minter role, burning, and ERC-2612 permits.
contract FaaSTokenTest is Base {
    uint256 internal constant OWNER_PK = 0xA11CE;
    address internal owner;
    address internal spender = makeAddr("spender");

    bytes32 internal constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");

    function setUp() public override {
        super.setUp();
        owner = vm.addr(OWNER_PK);
        vm.prank(admin);
        token.mint(owner, 100 ether);
    }

    function _digest(address o, address s, uint256 value, uint256 nonce, uint256 deadline)
        internal
        view
        returns (bytes32)
    {
        bytes32 structHash = keccak256(abi.encode(PERMIT_TYPEHASH, o, s, value, nonce, deadline));
        return keccak256(abi.encodePacked("\x19\x01", token.DOMAIN_SEPARATOR(), structHash));
    }

    function test_Metadata() public view {
        vm.assertEq(keccak256(bytes(token.name())), keccak256("FaaS Token"));
        vm.assertEq(keccak256(bytes(token.symbol())), keccak256("FST"));
        vm.assertEq(uint256(token.decimals()), 18);
        vm.assertTrue(token.hasRole(token.DEFAULT_ADMIN_ROLE(), admin));
        // v2: no contract of the market mints; only the dev faucet (admin here) does
        vm.assertFalse(token.hasRole(token.MINTER_ROLE(), address(pool)));
        vm.assertFalse(token.hasRole(token.MINTER_ROLE(), address(market)));
        vm.assertTrue(token.hasRole(token.MINTER_ROLE(), admin));
    }

    /// The public preset: once the deployer renounces DEFAULT_ADMIN_ROLE, nobody can ever grant
    /// MINTER_ROLE again (SPEC §2, invariant 8).
    function test_RenouncedAdmin_NobodyCanGrantMinting() public {
        FaaSToken t = new FaaSToken(admin, admin, 1000 ether);
        bytes32 adminRole = t.DEFAULT_ADMIN_ROLE();
        bytes32 minter = t.MINTER_ROLE();
        vm.prank(admin);
        t.renounceRole(adminRole, admin);
        vm.assertFalse(t.hasRole(adminRole, admin));
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, admin, adminRole)
        );
        vm.prank(admin);
        t.grantRole(minter, admin);
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, admin, minter));
        vm.prank(admin);
        t.mint(admin, 1);
        vm.assertEq(t.totalSupply(), 1000 ether);
    }

    function test_Constructor_MintsInitialSupply() public {
        FaaSToken t = new FaaSToken(admin, bob, 42 ether);
        vm.assertEq(t.balanceOf(bob), 42 ether);
        vm.assertEq(t.totalSupply(), 42 ether);
        FaaSToken t0 = new FaaSToken(admin, address(0), 0);
        vm.assertEq(t0.totalSupply(), 0);
    }

    function test_Mint_ByMinter() public {
        uint256 supply = token.totalSupply();
        vm.prank(admin);
        token.mint(bob, 5 ether);
        vm.assertEq(token.balanceOf(bob), FUND + 5 ether);
        vm.assertEq(token.totalSupply(), supply + 5 ether);
    }

    function test_Mint_RevertsWhen_NotMinter() public {
        bytes32 role = token.MINTER_ROLE();
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, alice, role));
        vm.prank(alice);
        token.mint(alice, 1);
    }

    function test_GrantRole_RevertsWhen_NotAdmin() public {
        bytes32 role = token.MINTER_ROLE();
        bytes32 adminRole = token.DEFAULT_ADMIN_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, alice, adminRole)
        );
        vm.prank(alice);
        token.grantRole(role, alice);
    }

    function test_RevokeRole_StopsMinting() public {
        bytes32 role = token.MINTER_ROLE();
        vm.startPrank(admin);
        token.grantRole(role, bob);
        token.revokeRole(role, bob);
        vm.stopPrank();
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, bob, role));
        vm.prank(bob);
        token.mint(bob, 1);
    }

    function test_Burn_ReducesSupply() public {
        uint256 supply = token.totalSupply();
        vm.prank(owner);
        token.burn(40 ether);
        vm.assertEq(token.balanceOf(owner), 60 ether);
        vm.assertEq(token.totalSupply(), supply - 40 ether);
    }

    function test_BurnFrom_NeedsAllowance() public {
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientAllowance.selector, spender, 0, 1 ether)
        );
        vm.prank(spender);
        token.burnFrom(owner, 1 ether);
        vm.prank(owner);
        token.approve(spender, 1 ether);
        vm.prank(spender);
        token.burnFrom(owner, 1 ether);
        vm.assertEq(token.balanceOf(owner), 99 ether);
    }

    function test_Permit_SetsAllowanceAndBumpsNonce() public {
        uint256 deadline = block.timestamp + 1 days;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(OWNER_PK, _digest(owner, spender, 7 ether, 0, deadline));
        vm.prank(makeAddr("relayer"));
        token.permit(owner, spender, 7 ether, deadline, v, r, s);
        vm.assertEq(token.allowance(owner, spender), 7 ether);
        vm.assertEq(token.nonces(owner), 1);
    }

    function test_Permit_RevertsWhen_Expired() public {
        uint256 deadline = block.timestamp - 1;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(OWNER_PK, _digest(owner, spender, 7 ether, 0, deadline));
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612ExpiredSignature.selector, deadline));
        token.permit(owner, spender, 7 ether, deadline, v, r, s);
    }

    function test_Permit_RevertsWhen_WrongSigner() public {
        uint256 deadline = block.timestamp + 1 days;
        uint256 otherPk = 0xB0B;
        bytes32 d = _digest(owner, spender, 7 ether, 0, deadline);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(otherPk, d);
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612InvalidSigner.selector, vm.addr(otherPk), owner));
        token.permit(owner, spender, 7 ether, deadline, v, r, s);
    }

    function test_Permit_RevertsWhen_Replayed() public {
        uint256 deadline = block.timestamp + 1 days;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(OWNER_PK, _digest(owner, spender, 7 ether, 0, deadline));
        token.permit(owner, spender, 7 ether, deadline, v, r, s);
        // the nonce moved on: the same signature now recovers to some other address
        address recovered = ecrecover(_digest(owner, spender, 7 ether, 1, deadline), v, r, s);
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612InvalidSigner.selector, recovered, owner));
        token.permit(owner, spender, 7 ether, deadline, v, r, s);
    }

    function test_Permit_RevertsWhen_ValueChanged() public {
        uint256 deadline = block.timestamp + 1 days;
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(OWNER_PK, _digest(owner, spender, 7 ether, 0, deadline));
        address recovered = ecrecover(_digest(owner, spender, 8 ether, 0, deadline), v, r, s);
        vm.expectRevert(abi.encodeWithSelector(ERC20Permit.ERC2612InvalidSigner.selector, recovered, owner));
        token.permit(owner, spender, 8 ether, deadline, v, r, s);
    }
}
