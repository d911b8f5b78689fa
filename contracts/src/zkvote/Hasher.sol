// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

import {Poseidon2} from "../Poseidon2.sol";

/// @title Poseidon2 over every width, as a contract of its own.
/// @notice The sponge with all four widths is about 23 KB of code: a
/// contract that hashes inputs of several lengths once in a while (Tally
/// opening a result) calls this instead of compiling them all in, and
/// inlines only the width of its hot path.
contract Hasher {
    /// Poseidon2.hash: circuits/poseidon's Hash(domain; xs...).
    function hash(uint256 domain, uint256[] calldata xs) external pure returns (uint256) {
        return Poseidon2.hash(domain, xs);
    }
}
