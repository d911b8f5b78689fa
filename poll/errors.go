package poll

import "errors"

// Errors returned by this package.
var (
	ErrInvalid          = errors.New("poll: invalid definition")
	ErrKeyFile          = errors.New("poll: invalid key file")
	ErrParams           = errors.New("poll: parameter set mismatch")
	ErrNoPrivate        = errors.New("poll: key file holds no private key")
	ErrMalformedLog     = errors.New("poll: malformed log")
	ErrMalformedResults = errors.New("poll: malformed results")
)
