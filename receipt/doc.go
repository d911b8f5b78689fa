// Package receipt holds the coordinator's signed statements about a poll's
// log — a Receipt for each accepted entry and the Seal of a closed log —
// with Ed25519 signatures a voter checks offline with the coordinator's
// signing key.
//
// Receipts and seals are protocol, not coordinator: the coordinator signs
// them, the client checks them as they arrive, and the verifier checks
// them against a published log ([Receipt.Message] and [Seal.Message] are
// the signed bytes, docs/protocol.md).
package receipt
