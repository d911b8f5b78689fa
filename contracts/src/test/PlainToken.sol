// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title PlainToken, an ERC-20 without voting checkpoints, for tests.
/// @notice OpenZeppelin's ERC20, minted by its deployer: a token whose
/// balances can only be read with balanceOf at a block (it has no
/// getPastVotes), as most ERC-20s in the wild.
/// @dev TEST ONLY: the deployer can mint at will.
contract PlainToken is ERC20, Ownable {
    constructor(string memory name_, string memory symbol_) ERC20(name_, symbol_) Ownable(msg.sender) {}

    /// @notice Mints `amount` base units to `to` (deployer only).
    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }
}
