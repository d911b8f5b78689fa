// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {ERC721Votes} from "@openzeppelin/contracts/token/ERC721/extensions/ERC721Votes.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title VotesNFT, an ERC-721 governance token for tests and the demo.
/// @notice OpenZeppelin's audited ERC721Votes: one vote per token, delegated
/// and checkpointed like ERC20Votes, minted by its deployer.
/// @dev TEST AND DEMO ONLY: the deployer can mint at will.
contract VotesNFT is ERC721, EIP712, ERC721Votes, Ownable {
    constructor(string memory name_, string memory symbol_)
        ERC721(name_, symbol_)
        EIP712(name_, "1")
        Ownable(msg.sender)
    {}

    /// @notice Mints token `tokenId` to `to` (deployer only).
    function mint(address to, uint256 tokenId) external onlyOwner {
        _mint(to, tokenId);
    }

    function _update(address to, uint256 tokenId, address auth)
        internal
        override(ERC721, ERC721Votes)
        returns (address)
    {
        return super._update(to, tokenId, auth);
    }

    function _increaseBalance(address account, uint128 amount) internal override(ERC721, ERC721Votes) {
        super._increaseBalance(account, amount);
    }
}
