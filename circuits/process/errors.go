package process

import "errors"

// ErrJoin is returned for a join whose ballot does not open correctly —
// impossible for a join whose proof verified.
var ErrJoin = errors.New("process: join ballot does not open")

// Reasons a command does not count, in the order they are checked (MACI's
// ProcessMessageErrors). A command that fails several checks reports the
// first; every one of them makes the command change nothing.
var (
	// ErrCopy is checked first: a command identical to an earlier one of
	// the log (posted again through the Poll contract) is skipped.
	ErrCopy       = errors.New("process: a copy of an earlier command of the log")
	ErrDecrypt    = errors.New("process: the message does not decrypt")
	ErrNotCommand = errors.New("process: the plaintext is not a command")
	ErrStateIndex = errors.New("process: no voter at the state index")
	ErrNonce      = errors.New("process: the nonce is not the voter's nonce + 1")
	ErrOption     = errors.New("process: the option is not below the poll's option count")
	ErrSignature  = errors.New("process: not signed by the voter's current key")
	ErrBudget     = errors.New("process: the ballot would exceed the voter's budget")
)

// Errors of witness emission.
var (
	ErrShape = errors.New("process: parameters do not fit the processing circuits")
	ErrLog   = errors.New("process: log does not fit the parameters")
)
