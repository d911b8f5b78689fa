package message

import "github.com/zkvote/zkvote/circuits"

// Message kinds, the first body element.
const (
	KindJoin    = 1
	KindCommand = 2
)

// commandFields is the number of body elements of a command.
const commandFields = 8

// BodyLen is the number of body elements of every plaintext.
func BodyLen(p circuits.Params) int { return max(3+p.MaxVoteOptions, commandFields) }

// PlaintextLen is the number of plaintext elements: body and signature.
func PlaintextLen(p circuits.Params) int { return BodyLen(p) + 3 }

// CiphertextLen is the number of ciphertext elements (plaintext + tag).
func CiphertextLen(p circuits.Params) int { return PlaintextLen(p) + 1 }
