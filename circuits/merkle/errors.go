package merkle

import "errors"

// Errors returned by the native tree.
var (
	ErrDepth        = errors.New("merkle: depth out of range")
	ErrIndex        = errors.New("merkle: leaf index out of range")
	ErrProofLength  = errors.New("merkle: proof length does not match the depth")
	ErrInvalidProof = errors.New("merkle: proof does not lead to the root")
)
