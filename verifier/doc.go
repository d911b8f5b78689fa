// Package verifier checks zkvote proofs off-chain. A join+vote proof is
// checked from bytes against a statement (its public inputs and the values
// they hash) with errors that say what was wrong: a malformed proof, a key
// made for another circuit, a statement whose hashes do not match what it
// carries, or a proof that does not verify. Later it will hold the audit of
// a whole finished poll from its public artefacts (`zkvote verify`).
package verifier
