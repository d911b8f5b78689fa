// Package merkle is zkvote's fixed-depth binary Poseidon2 Merkle tree: a
// native tree (build, update, inclusion proofs) and its in-circuit twin
// (inclusion check and leaf update from an old root to a new one).
//
// Nodes are poseidon.Compress(left, right); empty leaves are zero and an
// empty subtree of height h hashes to Zero(h). Leaves are filled from index
// 0 upwards (census members, state leaves), so the native tree stores each
// level densely up to its last non-empty node.
//
// A leaf's index is a private input, decomposed in circuit into exactly
// depth bits (so it is below 2^depth); bit i chooses whether the running
// node is the right (1) or left (0) child at height i. Measured cost per
// level, see testdata/constraints.golden: one Compress (217 R1CS) plus one
// multiplication for the ordering and one bit, ~219 R1CS; an update walks
// the shared path twice (old and new leaf), ~440 R1CS per level.
package merkle
