package babyjub

import "errors"

// Errors returned by key validation and ECDH.
var (
	ErrNotOnCurve    = errors.New("babyjub: point is not on the curve")
	ErrSmallOrder    = errors.New("babyjub: point has small order")
	ErrNotInSubgroup = errors.New("babyjub: point is not in the prime-order subgroup")
	ErrZeroScalar    = errors.New("babyjub: private key is zero or not below the subgroup order")
)
