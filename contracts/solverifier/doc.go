// Package solverifier exports and deploys the on-chain Groth16 verifiers of
// zkvote's circuits: gnark's exported Solidity verifier, with a public
// VERIFYING_KEY_SHA256 constant that a Poll contract checks against the
// SHA-256 its poll pins, so that a contract is never paired with other
// keys.
//
// Every verifying key of a circuit with n public inputs gives the same
// contract but for its constants. The project commits one template per n
// (contracts/src/verifiers, Template: Source of a placeholder key, made by
// go run ./contracts/internal/verifiergen) and its compiled code
// (contracts/build). Bytecode writes a real key's constants over the
// placeholders' PUSH32 immediates, so deploying needs no compiler; Source
// is the same contract with the real constants, for audit or for compiling
// with one's own tools. The tests verify real proofs through patched code
// on go-ethereum's simulated chain and reject tampered ones.
//
// None of zkvote's circuits carries a BSB22 commitment, so the proofs the
// verifiers take (Proof: A, B, C in EIP-197 form, 256 bytes) are gnark's
// plain Groth16 proofs; Source refuses a key with a commitment.
package solverifier
