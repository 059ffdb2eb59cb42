// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {ERC20Burnable} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Burnable.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";

/// @title FaaS Token (FST)
/// @notice The market's only means of payment and only stake (SPEC §2). The supply is minted
/// at deployment; no contract of the market mints (v2: witnesses are paid from the customer's
/// deposit). MINTER_ROLE exists for the faucet account of development chains only. On public
/// deployments the deployer renounces DEFAULT_ADMIN_ROLE right after wiring (the Go deployer,
/// `contracts.Deploy`, does it and reports it), so nobody can ever grant MINTER_ROLE again.
/// Witness losses, burned collateral, forfeited bonds and the deposits of unopened segments are
/// burned with `burn`.
contract FaaSToken is ERC20, ERC20Permit, ERC20Burnable, AccessControl {
    bytes32 public constant MINTER_ROLE = keccak256("MINTER_ROLE");

    constructor(address admin, address initialHolder, uint256 initialSupply)
        ERC20("FaaS Token", "FST")
        ERC20Permit("FaaS Token")
    {
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        if (initialSupply > 0) _mint(initialHolder, initialSupply);
    }

    function mint(address to, uint256 amount) external onlyRole(MINTER_ROLE) {
        _mint(to, amount);
    }
}
