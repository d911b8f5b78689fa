// Package circuits holds zkvote's protocol parameters (params.go) — the one
// place where tree depths, batch sizes, option and message limits and the
// Poseidon2 round numbers are set — and, in its subpackages, the gnark
// circuits and gadgets:
//
//   - poseidon: Poseidon2 hashing (2-to-1 compression and a domain-separated
//     wide sponge);
//   - merkle: fixed-depth binary Merkle trees (inclusion, update);
//   - babyjub: BabyJubJub keys and ECDH;
//   - encrypt: authenticated encryption of field elements;
//   - eddsa: EdDSA signatures with Poseidon2;
//   - message: the encrypted message layouts and the message chain;
//   - joinvote: the voter's join+vote proof.
//
// The processing and tally proofs of the protocol (docs/protocol.md) are
// still to come.
//
// Every gadget comes with a native Go twin and tests that the two agree on
// shared vectors (testdata/vectors.json), reject adversarial witnesses, and
// keep their measured constraint counts (testdata/constraints.golden;
// refresh with `go test ./circuits/... -update`). Circuits know nothing of
// files, networks or storage.
package circuits
