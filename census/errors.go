package census

import "errors"

// Errors returned by this package; match them with errors.Is.
var (
	// ErrMalformed means the input is not a census list or file: a CSV line
	// without exactly two fields, invalid JSON, a missing field.
	ErrMalformed = errors.New("census: malformed input")
	// ErrInvalidCommitment means a commitment is not a hex field element.
	ErrInvalidCommitment = errors.New("census: invalid commitment")
	// ErrInvalidWeight means a weight is not an integer in [1, 2^WeightBits).
	ErrInvalidWeight = errors.New("census: invalid weight")
	// ErrDuplicate means a commitment is listed twice.
	ErrDuplicate = errors.New("census: duplicate commitment")
	// ErrEmpty means there are no members.
	ErrEmpty = errors.New("census: no members")
	// ErrTooManyMembers means the members do not fit in 2^depth leaves.
	ErrTooManyMembers = errors.New("census: too many members for the tree depth")
	// ErrDepth means the depth is outside [1, merkle.MaxDepth].
	ErrDepth = errors.New("census: depth out of range")
	// ErrNotMember means a commitment is not in the census.
	ErrNotMember = errors.New("census: not a member")
	// ErrRootMismatch means a census file's root is not that of its members.
	ErrRootMismatch = errors.New("census: stored root does not match the members")
	// ErrInvalidProof means a member proof does not lead to the census root.
	ErrInvalidProof = errors.New("census: invalid member proof")
	// ErrInvalidOption means an Option was given an unusable value.
	ErrInvalidOption = errors.New("census: invalid option")
)
