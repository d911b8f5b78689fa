package encrypt

import "errors"

// Errors returned by Decrypt.
var (
	ErrAuth       = errors.New("encrypt: authentication tag mismatch")
	ErrCiphertext = errors.New("encrypt: ciphertext too short")
)
