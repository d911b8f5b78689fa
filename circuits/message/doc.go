// Package message fixes the encrypted message formats every zkvote circuit
// and service shares, natively (circuits decrypt them in ProcessMessages).
//
// Every message — the ballot inside a join and each later MACI-style
// command — decrypts to a plaintext of the same length, so one circuit slot
// layout handles them all:
//
//	[0 .. B)       body; [0] is the kind (KindJoin or KindCommand)
//	[B .. B+3)     EdDSA signature R.x, R.y, S on
//	               Poseidon2(DomainCommand; pollID, eph x, eph y, body...)
//
// with B = BodyLen(params) = max(3 + MaxVoteOptions, 8). The bodies:
//
//	join:     KindJoin, census weight, weight salt, vote per option..., 0...
//	command:  KindCommand, state index, new key x, new key y, option,
//	          new vote weight, nonce, salt, 0...
//
// A command follows MACI's rules (docs/protocol.md, "Processing"): it is valid iff it
// decrypts, is signed by the voter's key as it stands when processed, its
// nonce is the ballot's nonce + 1, its option is in range and the budget
// holds; it then overwrites one option's weight and sets the key (a key
// change when it differs). The coordinator accepts any well-formed message
// and never says whether it is valid.
//
// The signature binds the message's ephemeral key: a command whose
// plaintext a voter showed to a briber cannot be re-encrypted and published
// again by the briber (only the identical ciphertext could be replayed, and
// intake refuses duplicates), so the voter keeps the last word.
//
// Encryption is package encrypt under [eph]([8]coordinator key) with nonce
// 0 (a fresh ephemeral key per message). A message travels as its
// ephemeral public key and ciphertext; its hash for the message chain is
// Hash(DomainMessage; eph x, eph y, ciphertext...) (joins also bind the
// poll key, see joinvote.MessageHash).
package message
