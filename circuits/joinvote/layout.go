package joinvote

import (
	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/message"
)

// Version is the circuit version; bump it whenever the constraints change,
// so keys made for an older circuit are not picked up.
const Version = 6

// CiphertextLen is the number of ciphertext elements of a join ballot
// (package message fixes the layout: weight, salt, votes, tag).
func CiphertextLen(p circuits.Params) int { return message.JoinCiphertextLen(p) }
