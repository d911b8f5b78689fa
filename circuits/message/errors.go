package message

import "errors"

// Errors returned when opening a message.
var (
	ErrLength    = errors.New("message: wrong ciphertext length")
	ErrKind      = errors.New("message: unexpected message kind")
	ErrSignature = errors.New("message: bad signature")
	ErrRange     = errors.New("message: field out of range")
)
