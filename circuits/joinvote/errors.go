package joinvote

import "errors"

// Errors returned when a ballot or its inputs cannot make a valid proof;
// the native checks catch them before any proving work starts.
var (
	ErrMode          = errors.New("joinvote: unknown voting mode")
	ErrOptionCount   = errors.New("joinvote: option count out of range")
	ErrOptionRange   = errors.New("joinvote: vote for an option the poll does not have")
	ErrVoteRange     = errors.New("joinvote: vote weight out of range")
	ErrBudget        = errors.New("joinvote: ballot exceeds the voter's budget")
	ErrWeightRange   = errors.New("joinvote: census weight out of range")
	ErrNotMember     = errors.New("joinvote: census proof does not lead to the poll's census root")
	ErrKey           = errors.New("joinvote: invalid key")
	ErrCiphertextLen = errors.New("joinvote: ciphertext has the wrong length")
	ErrStateLeaf     = errors.New("joinvote: state leaf does not open to the decrypted ballot")
)
