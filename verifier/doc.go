// Package verifier checks zkvote proofs off-chain. A join+vote proof is
// checked from bytes against a statement (its public inputs and the values
// they hash) with errors that say what was wrong: a malformed proof, a key
// made for another circuit, a statement whose hashes do not match what it
// carries, or a proof that does not verify.
//
// [CheckLog] checks a poll's published log ([poll.Log], the file `zkvote
// poll log` writes) without any gRPC: every entry hash from its content,
// the chain, the seal and its signature, and — given the poll's join+vote
// verifying key — every join proof and that no nullifier repeats. A
// receipt is then checked against it with [CheckedLog.CheckReceipt].
// Later it will hold the audit of a whole finished poll from its public
// artefacts (`zkvote verify`).
package verifier
