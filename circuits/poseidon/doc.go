// Package poseidon is zkvote's Poseidon2 hashing over the BN254 scalar field,
// as a native function and an in-circuit gadget that give identical results.
//
// Two functions, both built on gnark-crypto's Poseidon2 permutation (natively)
// and gnark's std/permutation/poseidon2 (in circuit), with the round numbers
// stated in circuits/params.go:
//
//   - Compress(l, r) is the 2-to-1 compression of gnark's Merkle-Damgård
//     hasher: P(l, r)[1] + r with the width-2 permutation. It hashes Merkle
//     nodes and hash-chain links.
//   - Hash(domain, x1..xn) is a sponge: the capacity lane starts at
//     domain·2^32 + n, the inputs fill the rate lanes, the state is permuted
//     and lane 1 is the digest. The width is the narrowest of 4, 8, 12, 16
//     whose rate (width-1) holds n; longer inputs are absorbed in blocks of 15
//     with width 16. Encoding the length and domain in the capacity makes
//     different lengths and different purposes independent functions.
//
// Measured costs (R1CS, see testdata/constraints.golden): one Compress is
// ~220 constraints, a Hash of up to 3 elements ~265, up to 7 ~365, up to 11
// ~460, up to 15 ~555 — a wide sponge is 3-5x cheaper per element than a
// chain of Compress calls.
package poseidon
