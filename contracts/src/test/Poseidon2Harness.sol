// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Poseidon2} from "../Poseidon2.sol";

/// @title Poseidon2Harness
/// @notice Exposes Poseidon2.hash to tests and measures its gas. The sponge
/// inlines the permutations of widths 4 to 16 and their round keys (about
/// 19 KB of constants alone), so compress, whose width-2 permutation adds
/// another 5 KB, has a harness of its own: together they would pass the
/// 24 KiB contract size limit.
contract Poseidon2Harness {
    function hash(uint256 domain, uint256[] memory xs) external pure returns (uint256) {
        return Poseidon2.hash(domain, xs);
    }

    /// @notice hash, and the gas the library call used (the call's jump
    /// and argument passing included, the ABI decoding of xs not).
    function hashGas(uint256 domain, uint256[] memory xs) external view returns (uint256 h, uint256 gasUsed) {
        uint256 before = gasleft();
        h = Poseidon2.hash(domain, xs);
        gasUsed = before - gasleft();
    }
}

/// @title Poseidon2CompressHarness
/// @notice Exposes Poseidon2.compress to tests and measures its gas.
contract Poseidon2CompressHarness {
    function compress(uint256 l, uint256 r) external pure returns (uint256) {
        return Poseidon2.compress(l, r);
    }

    /// @notice compress, and the gas the library call used.
    function compressGas(uint256 l, uint256 r) external view returns (uint256 h, uint256 gasUsed) {
        uint256 before = gasleft();
        h = Poseidon2.compress(l, r);
        gasUsed = before - gasleft();
    }
}
