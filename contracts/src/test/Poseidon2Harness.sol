// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Poseidon2} from "../Poseidon2.sol";

/// @title Poseidon2Harness
/// @notice Exposes Poseidon2.hash to tests and measures its gas. The sponge
/// inlines the permutations of widths 4 to 16 with their round keys, about
/// 23 KB of code, so the library's other functions have harnesses of their
/// own: with compress (5 KB more) this one would pass the 24 KiB limit.
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

/// @title Poseidon2NarrowHarness
/// @notice Exposes Poseidon2.hashWidth4 and hashWidth8 to tests.
contract Poseidon2NarrowHarness {
    function hashWidth4(uint256 domain, uint256[] memory xs) external pure returns (uint256) {
        return Poseidon2.hashWidth4(domain, xs);
    }

    function hashWidth8(uint256 domain, uint256[] memory xs) external pure returns (uint256) {
        return Poseidon2.hashWidth8(domain, xs);
    }
}

/// @title Poseidon2WideHarness
/// @notice Exposes Poseidon2.hashWidth12 and hashWidth16 to tests.
contract Poseidon2WideHarness {
    function hashWidth12(uint256 domain, uint256[] memory xs) external pure returns (uint256) {
        return Poseidon2.hashWidth12(domain, xs);
    }

    function hashWidth16(uint256 domain, uint256[] memory xs) external pure returns (uint256) {
        return Poseidon2.hashWidth16(domain, xs);
    }
}
