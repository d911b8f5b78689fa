// Package message fixes the encrypted message formats every zkvote circuit
// and service shares, natively (the circuits repeat them: joinvote encrypts
// a join, the processing circuits decrypt commands).
//
// A command (a MACI-style re-vote or key change) decrypts to
//
//	[0 .. 8)       body: KindCommand, state index, new key x, new key y,
//	               option, new vote weight, nonce, salt
//	[8 .. 11)      EdDSA signature R.x, R.y, S on
//	               Poseidon2(DomainCommand; pollID, eph x, eph y, body...)
//
// whatever the parameters (BodyLen = CommandBodyLen = 8), so that a
// processed command costs the same at 8 options as at 25. A join's
// ballot decrypts to
//
//	weight, weight salt, vote per option... (MaxVoteOptions, unused 0)
//
// unsigned: the join proof shows that the poll key's owner made it and that
// the join's public state leaf holds exactly these values, so processing
// reads the ballot from the leaf and never decrypts a join; the ciphertext
// is the coordinator's record of what the leaf holds.
//
// A command follows MACI's rules (docs/protocol.md, "Processing"): it is
// valid iff it decrypts, is signed by the voter's key as it stands when
// processed, its nonce is the ballot's nonce + 1, its option is in range
// and the budget holds; it then overwrites one option's weight and sets
// the key (a key change when it differs). The coordinator accepts any
// well-formed message and never says whether it is valid.
//
// The signature binds the message's ephemeral key: a command whose
// plaintext a voter showed to a briber cannot be re-encrypted and published
// again by the briber (only the identical ciphertext could be replayed, and
// intake refuses duplicates), so the voter keeps the last word.
//
// Encryption is package encrypt under [eph]([8]coordinator key) for a
// fresh ephemeral key per message, with nonce CommandNonce (0) for a
// command and JoinNonce (1) for a join, so one never opens as the other. A
// message travels as its ephemeral public key and ciphertext; a command's
// hash for the message chain is Hash(DomainMessage; eph x, eph y,
// ciphertext...) (a join's also binds the poll key, see
// joinvote.MessageHash).
package message
