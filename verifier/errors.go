package verifier

import "errors"

// Errors returned by the verifier.
var (
	ErrMalformedProof = errors.New("verifier: malformed proof")
	ErrWrongKey       = errors.New("verifier: verifying key is for another circuit")
	ErrStatement      = errors.New("verifier: statement is inconsistent")
	ErrWrongPoll      = errors.New("verifier: proof is for another poll")
	ErrInvalidProof   = errors.New("verifier: invalid proof")
)
