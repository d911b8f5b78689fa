package joinvote

import (
	"github.com/zkvote/zkvote/circuits"
)

// KindJoin tags the plaintext of a join ballot (later message kinds use
// other tags, so one decryption layout serves every message).
const KindJoin = 1

// Plaintext layout of a join ballot, in field elements:
//
//	[0]            KindJoin
//	[1]            census weight
//	[2]            weight salt
//	[3 .. 3+K)     vote weight per option (K = MaxVoteOptions, zero-padded)
//	[3+K .. 6+K)   EdDSA signature R.x, R.y, S by the poll key
//
// The signature covers poseidon.Hash(DomainCommand, pollID, [0..3+K)).

// PlaintextLen is the number of plaintext elements of a join ballot.
func PlaintextLen(p circuits.Params) int { return 6 + p.MaxVoteOptions }

// CiphertextLen is the number of ciphertext elements (plaintext + tag).
func CiphertextLen(p circuits.Params) int { return PlaintextLen(p) + 1 }

// Version is the circuit version; bump it whenever the constraints change,
// so keys made for an older circuit are not picked up.
const Version = 1
