package coordinator

import "errors"

// Errors of the coordinator service. The gRPC layer maps each to a status
// code; none carries internal detail a client should not see.
var (
	ErrPollNotFound   = errors.New("poll not found")
	ErrPollExists     = errors.New("poll already exists")
	ErrBadPoll        = errors.New("poll definition not acceptable")
	ErrNotOpen        = errors.New("poll is not open for voting at this time")
	ErrClosed         = errors.New("poll is closed")
	ErrNotClosed      = errors.New("poll is not closed yet")
	ErrNotTallied     = errors.New("poll is not tallied yet")
	ErrNullifierUsed  = errors.New("this member has already joined the poll")
	ErrInFlight       = errors.New("this vote is being logged: send it again for its receipt")
	ErrDuplicate      = errors.New("this message is already in the log")
	ErrPollFull       = errors.New("poll has reached its message limit")
	ErrInvalid        = errors.New("malformed submission")
	ErrInvalidProof   = errors.New("proof does not verify")
	ErrUnavailable    = errors.New("coordinator is not accepting submissions")
	ErrNotFound       = errors.New("not found")
	ErrStorage        = errors.New("storage failure")
	ErrNoVerifyingKey = errors.New("no verifying key for the poll's parameter set")
	ErrStorageFormat  = errors.New("unsupported storage format")
	ErrNoProvingKey   = errors.New("no proving keys for the poll's processing circuits")
	ErrKeys           = errors.New("coordinator keys")
	// ErrPassUsed: the command pass's slot is spent (by this voter's
	// client or by whoever else holds that rate identity): prove another.
	ErrPassUsed = errors.New("this command pass's slot is already spent")
	// ErrUnknownRoot: a pass proven against a rate tree this poll never had.
	ErrUnknownRoot = errors.New("the pass's rate tree root is not one of this poll's")
)

// Errors of the on-chain voting path.
var (
	ErrNoChain = errors.New("this coordinator reads no chain (start it with --chain-rpc)")
	// ErrChainPending: the poll's Poll contract may still take entries
	// (the chain has not passed its end), so its log cannot be sealed yet.
	ErrChainPending = errors.New("the poll's Poll contract may still take votes: the chain has not passed the poll's end")
	ErrChainEntry   = errors.New("an on-chain entry cannot be logged")
)
