// Command poseidon2gen writes contracts/src/Poseidon2.sol, zkvote's
// Poseidon2 in Solidity, from the round keys and internal diagonals that
// gnark-crypto's poseidon2.NewParameters gives circuits/poseidon, so that
// the contract and the Go and circuit hashes cannot drift apart:
//
//	go run ./contracts/internal/poseidon2gen   # then contracts/build.sh
//
// A test fails when the committed file differs from what Generate returns.
//
// # Layout
//
// Each permutation is inline assembly with the lanes in Yul variables, and
// in memory where the stack runs out (widths 12 and 16). Sums are lazily
// reduced: every value carries an exact upper bound, and an ADD becomes an
// ADDMOD only where the bound could pass 2^256; the S-box is three MULMODs.
//
// The round keys alone are 659 words (21 KB), so unrolling every round
// would not fit the 24 KiB contract limit. The width-2 permutation of
// compress, the hottest, is fully unrolled with its keys as PUSH32
// literals. The sponge widths loop: their keys are a bytes constant copied
// into memory, one loop runs the full rounds (the partial rounds nested in
// it at the midpoint), another the partial rounds, whose body holds the
// internal diagonal as literals. Even so the sponge's widths take 24 KB
// together, so compress and hash cannot share one deployed contract.
package main
