package fieldhex

import "errors"

// Errors returned by Decode.
var (
	// ErrSyntax means the text is not 1 to 64 hex digits after an optional 0x.
	ErrSyntax = errors.New("fieldhex: not a hex field element")
	// ErrNonCanonical means the value is at or above the field modulus.
	ErrNonCanonical = errors.New("fieldhex: value not below the BN254 scalar field modulus")
)
