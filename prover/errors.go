package prover

import "errors"

// Errors returned by the key store and the prover.
var (
	ErrUnknownCircuit = errors.New("prover: unknown circuit")
	ErrNoKeys         = errors.New("prover: no keys for this circuit and parameter set")
	ErrKeyMismatch    = errors.New("prover: key files do not match their manifest")
	ErrProve          = errors.New("prover: proving failed")
)
