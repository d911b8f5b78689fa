// Package prover will hold the proving side of zkvote: development
// (single-party, loudly not for production) and MPC-ceremony setup of
// Groth16 keys, key files named by a hash of the circuit and its parameter
// set (circuits.Params.ID) so that a mismatch fails loudly, fast key
// loading, proving with progress logs, and parallel batch proving for tally
// jobs. It is empty until the join+vote circuit lands.
package prover
