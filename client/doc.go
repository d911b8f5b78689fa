// Package client is the voter library: it keeps the voter's identity,
// makes join+vote proofs ([Vote]), builds follow-up messages ([Revote],
// [KeyChange]), and talks to a coordinator ([Dial], [Conn]): it submits votes and
// messages, checks every receipt's signature and entry, and streams the
// public log as [poll.Entry] values. It is usable without the CLI; see
// ExampleVote. Only conn.go speaks protobuf (through proto/wire).
//
// # Voting
//
// [Vote] draws a fresh poll key, ephemeral key and weight salt, proves the
// join+vote circuit and returns a [Submission] (public: proof, statement,
// ciphertext) and a [Record] (secret: the keys and ballots a re-vote needs,
// written with permission 0600). [ParseChoice] reads ballots such as
// "yes:3,no:2".
//
// [Conn.Cast] submits a vote with the safety the CLI has: the record is
// written before anything is sent and removed only when the coordinator
// surely refused the vote (an error after which the vote may be logged
// matches [ErrMaybeLogged] and keeps it); once accepted, the record gains
// its state index and the checked receipt is written. [Conn.Send] submits
// re-votes and key changes and saves the record even after a partial send;
// [Conn.EnsureStateIndex] recovers a state index from the public log when
// the join's receipt never arrived.
//
// # Re-votes and key changes
//
// Later messages are MACI commands (package circuits/message), each setting
// one option's weight and the voter's key at a nonce. The coordinator
// processes a poll's messages newest first, starting from the state the
// join created (join key, nonce 0, join ballot); a command counts iff it is
// signed by the key current at that point, its nonce is one more than the
// last counted one, and the budget holds. So Revote and KeyChange produce
// one sequence of commands that
//
//   - starts (nonce 1) with a command signed by the join key — the key the
//     newest message is always checked against — that switches to a fresh
//     key; the rest are signed by that fresh key;
//   - changes only options that differ from the join ballot, decreases
//     before increases, so the budget holds after every step;
//   - is published highest nonce first, so that it is processed in nonce
//     order.
//
// Every older message — the voter's own earlier sequences, or one a briber
// made with a key the voter handed over — then fails its signature check,
// because only the voter knows the fresh key. Whoever publishes last wins,
// and nobody but the coordinator can see which sequence that was: a vote
// cannot be proven to a briber. Each signature also binds the message's
// ephemeral key, so a briber shown a signed command cannot re-encrypt and
// publish it again later; and the messages of a sequence must reach the
// coordinator in order (the client submits them one after the other).
//
// # Identity
//
// An Identity is one secret element of the BN254 scalar field, drawn
// uniformly and never zero. Its public face is the identity commitment,
// poseidon.Hash(circuits.DomainIdentity, secret), which is what a census
// lists. The secret alone lets its holder join any poll of any census that
// lists the commitment, so it never leaves the keystore except into a proof.
//
// # Keystore
//
// SaveIdentity writes a JSON keystore (format version 1) readable by
// LoadIdentity. The commitment is stored in clear so that it can be shown
// and put into a census without the passphrase. With a passphrase the file
// holds a "crypto" object:
//
//	{
//	  "version": 1,
//	  "commitment": "0x…",
//	  "crypto": {
//	    "kdf": "scrypt",
//	    "kdfparams": {"n": 131072, "r": 8, "p": 1, "dklen": 32, "salt": "<32 bytes hex>"},
//	    "cipher": "xchacha20-poly1305",
//	    "nonce": "<24 bytes hex>",
//	    "ciphertext": "<48 bytes hex>"
//	  }
//	}
//
// The key is scrypt(passphrase, salt, N=2^17, r=8, p=1), about 128 MiB and
// a fraction of a second per try, the same cost as Ethereum's standard
// keystores. The plaintext is the secret's 32 big-endian bytes and the
// additional data is the commitment's 32 big-endian bytes, so a commitment
// swapped in from another keystore makes decryption fail. With an empty
// passphrase the file holds "secret" (fieldhex) instead, which anyone who
// can read the file can use; SaveIdentity allows it, the CLI asks for it
// explicitly.
//
// Files are written atomically with permission 0600 and an existing file is
// never replaced unless the Overwrite option is given: losing a secret
// silently loses the vote it carries. LoadIdentity checks that the secret
// it recovers hashes to the stored commitment, and refuses scrypt
// parameters above N=2^20, r=16, p=16 so that a hostile file cannot make a
// load take gigabytes of memory.
package client
