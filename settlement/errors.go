package settlement

import "errors"

// Errors.
var (
	// ErrConfig is a deployment setting that cannot work.
	ErrConfig = errors.New("settlement: bad configuration")
	// ErrChain is a node that cannot be used (down, another chain).
	ErrChain = errors.New("settlement: chain")
	// ErrReverted is a transaction or call a contract refused; the error
	// names the contract's reason when the node reports it.
	ErrReverted = errors.New("settlement: reverted")
	// ErrMismatch is a deployment that is not the poll's.
	ErrMismatch = errors.New("settlement: deployment does not match the poll")
	// ErrState is an action the poll's on-chain state does not allow yet.
	ErrState = errors.New("settlement: not possible now")
)
