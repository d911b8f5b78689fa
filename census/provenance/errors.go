package provenance

import "errors"

// Errors returned by this package; match them with errors.Is. Failures
// of the inputs themselves wrap their packages' errors
// (reputation.ErrMismatch, snapshot.ErrMismatch, registration.ErrSignature…).
var (
	// ErrMismatch means the census's source section is not what its
	// published inputs give.
	ErrMismatch = errors.New("provenance: the census's source differs from its inputs")
	// ErrInput means an input is missing or is not for this census.
	ErrInput = errors.New("provenance: unusable input")
)
