package verifier

import "errors"

// Errors returned by the verifier.
var (
	ErrMalformedProof = errors.New("verifier: malformed proof")
	ErrWrongKey       = errors.New("verifier: verifying key is for another circuit")
	ErrStatement      = errors.New("verifier: statement is inconsistent")
	ErrWrongPoll      = errors.New("verifier: proof is for another poll")
	ErrInvalidProof   = errors.New("verifier: invalid proof")
	// ErrBatcherClosed is returned by Batcher.Verify after Close.
	ErrBatcherClosed = errors.New("verifier: batcher closed")
	// ErrLog is returned when a poll's published log does not check out.
	ErrLog = errors.New("verifier: log does not check out")
	// ErrTally is returned when a proven tally does not check out.
	ErrTally = errors.New("verifier: tally does not check out")
)
