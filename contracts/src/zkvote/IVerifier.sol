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

/// The join+vote verifier of one poll: the key's first public input, the
/// poll ID, is folded into its constant point (POLL_ID); the inputs left are
/// the nullifier and the join's log entry.
interface IPollGroth16Verifier2 {
    function verifyProof(bytes calldata proof, uint256[2] calldata input) external view;
    function VERIFYING_KEY_SHA256() external view returns (bytes32);
    function POLL_ID() external view returns (uint256);
}

/// A verifier of one poll with one input left once the poll ID is folded
/// into its constant point: the command proof's (the input is the
/// command's log entry).
interface IPollGroth16Verifier1 {
    function verifyProof(bytes calldata proof, uint256[1] calldata input) external view;
    function VERIFYING_KEY_SHA256() external view returns (bytes32);
    function POLL_ID() external view returns (uint256);
}
