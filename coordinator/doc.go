// Package coordinator is the coordinator's logic, behind the gRPC edge in
// coordinator/server: polls, gasless intake, the message chain, signed
// receipts, sealing, and tally jobs, on a durable store.
//
// # Intake
//
// A join+vote is checked cheaply first (poll open and inside its window,
// statement hashes and keys, nullifier unused, room left), then its proof
// is verified — outside any lock, batched with concurrent submissions into
// one pairing product (verifier.Batcher; a failed batch is re-checked
// proof by proof). The
// poll's lock is taken only to re-check, order the entry into the log
// (index, chain hash = Poseidon2 compression of the previous chain hash and
// the entry hash), and apply it to the store with the nullifier and the new
// head in one batch. Durability is awaited after the lock is released:
// concurrent submissions share the store's fsyncs (group commit). The
// receipt — Ed25519 over poll ID, index, entry hash and chain hash — is
// only signed once the entry is durable, and readers (GetReceipt, the log)
// only see durable entries. If an fsync fails, intake stops until a
// restart reloads the state from disk.
//
// A command is accepted if it is well formed (ciphertext length, ephemeral
// key on the curve) and not an exact copy of one already logged; whether it
// is valid is never revealed: that is decided, secretly, at tally time.
//
// # Closing and tallying
//
// ClosePoll seals the log: the final count and chain hash, signed. A poll
// with an end time seals itself once it has passed (checked every second).
// A tally
// job then processes the sealed log natively (package process): joins in
// log order create the voters, commands are applied newest first. Its
// results are NOT proven yet — the ProcessMessages and TallyVotes circuits
// will prove the same job in batches. Jobs survive restarts: one that was
// running when the process died starts again.
//
// # Keys
//
// On first start the data directory receives the BabyJubJub key ballots
// are encrypted to, the Ed25519 receipt-signing key and the admin token,
// each with permission 0600 (see LoadOrCreateKeys).
package coordinator
