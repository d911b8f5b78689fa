// Package verifier will hold off-chain proof verification (a join+vote
// proof from bytes, with errors that say what was wrong) and the audit of a
// whole finished poll from its public artefacts alone — the engine of
// `zkvote verify`. It is empty until the first circuit lands.
package verifier
