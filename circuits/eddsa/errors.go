package eddsa

import "errors"

// Errors returned by Verify.
var (
	ErrInvalidSignature = errors.New("eddsa: invalid signature")
	ErrScalarRange      = errors.New("eddsa: S is not below the subgroup order")
	ErrPointNotOnCurve  = errors.New("eddsa: R is not on the curve")
)
