// Package contracts will hold the Solidity sources (Poll, Tally, Executor
// with a council veto), the Groth16 verifiers exported from the circuits,
// their compiled artefacts and committed abigen bindings, and deploy
// helpers for go-ethereum's simulated backend and real JSON-RPC nodes.
// Empty for now.
package contracts
