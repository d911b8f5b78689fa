package snapshot

import "errors"

// Errors returned by this package; match them with errors.Is.
var (
	// ErrFutureBlock means the snapshot block is not yet on the chain, or,
	// for getPastVotes, not yet in the past (the token's clock must be
	// beyond it).
	ErrFutureBlock = errors.New("snapshot: block is not yet final on this node")
	// ErrMissingBlock means the node has no header for a block at or below
	// its head (pruned, or still syncing).
	ErrMissingBlock = errors.New("snapshot: block not found on the node")
	// ErrReorg means the snapshot block's hash is not the expected one: the
	// chain reorganised below it, or the node follows another chain.
	ErrReorg = errors.New("snapshot: block hash changed (reorg)")
	// ErrWrongChain means the node's chain ID is not the expected one.
	ErrWrongChain = errors.New("snapshot: node is on another chain")
	// ErrNotContract means there is no code at the token address at the
	// snapshot block.
	ErrNotContract = errors.New("snapshot: token is not a contract at the block")
	// ErrNoMethod means the token does not answer the method the mode reads
	// (getPastVotes or balanceOf).
	ErrNoMethod = errors.New("snapshot: token lacks the method")
	// ErrRule means a weighting rule is unusable (negative minimum, zero
	// divisor, unknown scale, weight bits out of range).
	ErrRule = errors.New("snapshot: invalid weighting rule")
	// ErrWeightRange means a weight does not fit in the census's weight
	// range and the rule does not scale it.
	ErrWeightRange = errors.New("snapshot: weight out of the census range")
	// ErrNoHolders means no account is eligible.
	ErrNoHolders = errors.New("snapshot: no eligible account")
	// ErrState means a resume state file belongs to another snapshot or is
	// unreadable.
	ErrState = errors.New("snapshot: unusable resume state")
	// ErrMalformed means a snapshot file is not one, or its entries do not
	// follow from its own rule.
	ErrMalformed = errors.New("snapshot: malformed snapshot file")
	// ErrMismatch means a snapshot recomputed from a node differs from the
	// published one.
	ErrMismatch = errors.New("snapshot: recomputation differs from the snapshot")
	// ErrInvalidOption means an Option was given an unusable value.
	ErrInvalidOption = errors.New("snapshot: invalid option")
)
