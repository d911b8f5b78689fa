// Command poseidon2gen writes contracts/src/Poseidon2.sol, zkvote's
// Poseidon2 in Solidity, from the round keys and internal diagonals that
// gnark-crypto's poseidon2.NewParameters gives circuits/poseidon, so that
// the contract and the Go and circuit hashes cannot drift apart:
//
//	go run ./contracts/internal/poseidon2gen   # then contracts/build.sh
//
// The output is deterministic; a test fails when the committed file
// differs from what Generate returns.
//
// # Arithmetic
//
// Each permutation is inline assembly over Yul variables: MULMOD for
// products, three per S-box, and lazy sums. Every value carries an exact
// upper bound on the integer it holds, and an ADD becomes an ADDMOD only
// where the bound could pass 2^256 (p is about 2^253.6, so a sum of five
// reduced words still fits); loop heads take the fixpoint of their body's
// bounds. Width 2 leaves lane 0 unassigned after its matrices, so that the
// next round adds its key in the same statement.
//
// # Layout: gas against code size
//
// The round keys are 659 words, 21 KB, against the 24 KiB contract limit,
// and the legacy code generator reaches 16 stack slots; these two limits
// shape the code (measured on the simulated chain, benchmarks/README.md):
//
//   - compress, the hottest, has its width-2 permutation fully unrolled with
//     the keys as PUSH32 literals: 8.0k gas, 4.7 KB of code;
//   - the sponge widths loop over their keys, a bytes constant copied into
//     memory: one loop runs the full rounds, with the partial rounds' loop
//     nested at the midpoint, whose body holds the internal diagonal as
//     literals. Unrolling that body saves the loop control (~60 gas a
//     round) for its size again: width 4 runs two rounds an iteration
//     (20.5k gas instead of 22.2k for 194 bytes), width 8 three (36.0k
//     instead of 37.6k for 740 bytes); widths 12 and 16 one. Each copy of
//     the body writes a diagonal entry d as another d + k·p, since the
//     optimizer turns a PUSH32 that appears twice into a CODECOPY from a
//     data section at ~25 gas a use;
//   - widths 12 and 16 keep 10 lanes on the stack (with the modulus, the
//     table, its cursor and one temporary, the most that stays within
//     DUP16's reach), the rest in the two scratch words and just below the
//     table. Each lane moved to the stack saved ~1k gas at width 16.
//
// All four sponge widths come to 24.2 KB with an external wrapper, 333
// bytes under the limit, so Poseidon2.hash and Poseidon2.compress cannot
// share a contract; hashWidth4 to hashWidth16 give a contract the widths
// it needs alone.
package main
