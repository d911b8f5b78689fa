package message

import "github.com/zkvote/zkvote/circuits"

// Message kinds: the first body element of a command, and the kind of a
// message-chain entry.
const (
	KindJoin    = 1
	KindCommand = 2
)

// CommandBodyLen is the number of body elements of a command: kind, state
// index, new key x, new key y, option, weight, nonce, salt.
const CommandBodyLen = 8

// Encryption nonces. Every message has a fresh ephemeral key, so the nonce
// only separates the two layouts: a join's ciphertext never opens as a
// command (their lengths meet when MaxVoteOptions = 9).
const (
	CommandNonce = 0
	JoinNonce    = 1
)

// BodyLen is the number of body elements of a command plaintext:
// CommandBodyLen for every parameter set (it takes the parameters so that
// the processing circuits size their slots from the one place).
func BodyLen(circuits.Params) int { return CommandBodyLen }

// PlaintextLen is the number of elements of a command plaintext: body and
// signature.
func PlaintextLen(p circuits.Params) int { return BodyLen(p) + 3 }

// CiphertextLen is the number of elements of a command ciphertext
// (plaintext + tag).
func CiphertextLen(p circuits.Params) int { return PlaintextLen(p) + 1 }

// JoinPlaintextLen is the number of elements of a join plaintext: weight,
// weight salt and one vote per option up to MaxVoteOptions.
func JoinPlaintextLen(p circuits.Params) int { return 2 + p.MaxVoteOptions }

// JoinCiphertextLen is the number of elements of a join ciphertext
// (plaintext + tag).
func JoinCiphertextLen(p circuits.Params) int { return JoinPlaintextLen(p) + 1 }
