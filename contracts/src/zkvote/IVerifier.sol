// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title The exported Groth16 verifiers as zkvote's contracts call them.
/// @notice Each verifier (contracts/src/verifiers, deployed with a real
/// key's constants by package solverifier) reverts on a proof that does not
/// verify and carries the SHA-256 of its verifying key file.
interface IGroth16Verifier1 {
    function verifyProof(bytes calldata proof, uint256[1] calldata input) external view;
    function VERIFYING_KEY_SHA256() external view returns (bytes32);
}

interface IGroth16Verifier4 {
    function verifyProof(bytes calldata proof, uint256[4] calldata input) external view;
    function VERIFYING_KEY_SHA256() external view returns (bytes32);
}
