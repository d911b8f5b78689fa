// Package coordinator is the coordinator's logic, behind the gRPC edge in
// coordinator/server: polls, gasless intake, the message chain, signed
// receipts, sealing, and tally jobs, on a durable store. It speaks in the
// domain types of package poll ([poll.Info], [poll.Entry], [poll.Results],
// [poll.TallyJob]) and receipt; protobuf messages exist only at the edge.
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
// A join whose nullifier is used is refused (ErrNullifierUsed) unless it is
// the very join that used it — a client retrying after a lost answer — which
// gets its original receipt and state index, even after the close, or
// ErrInFlight while that join is not yet durable: a retry is always safe.
//
// A command is accepted if it is well formed (ciphertext length, ephemeral
// key on the curve) and not an exact copy of one already logged; whether it
// is valid is never revealed: that is decided, secretly, at tally time.
//
// # Closing and tallying
//
// ClosePoll seals the log: the final count and chain hash, signed. A poll
// with an end time seals itself once it has passed (checked every second).
// A tally job then reads the sealed log into the processing circuits'
// native twin (circuits/process): joins in log order create the voters,
// commands are applied newest first, and every batch proof's witness is
// built. For a poll that pins processing keys (poll.Definition's
// ProcessingKeys) each batch is proven as a prover.Task by the service's
// prover.Runner (in-process by default, see WithRunner) and its proof is
// stored at once; the job's progress (proofs made, ETA) is in the job
// record. A job that a crash or shutdown interrupted starts again at the
// next start, rebuilds the same witnesses (their boundary salts come from
// the job's secret seed) and proves only the missing batches. Results are
// marked proven only after every proof and boundary has been checked
// (verifier.CheckTally); [Service.Artefacts] then serves the published
// files (results.json, log.json, the verifying keys). A poll without
// processing keys is tallied natively, its results marked not proven.
//
// # Storage format
//
// The store (Pebble, see package store) holds the coordinator's own
// records, not the API's messages, so that the two evolve apart. Key
// meta/format holds [StorageFormat] (one byte, now 1); a store without it
// that holds records of the older protobuf layout (keys poll/…) is refused
// with [ErrStorageFormat]. Every record starts with a version byte (1);
// integers are big-endian, field elements 32 canonical big-endian bytes,
// points x‖y, byte strings and element lists a 4-byte length then their
// content. Keys (ID = the 32-byte poll ID):
//
//	meta/signing      the Ed25519 public key (32 bytes) of signing.key, written at the first
//	                  start: a later start with another signing key is refused (ErrKeys)
//	def/ID            version ‖ the definition's JSON file form (written once, at creation)
//	head/ID           version ‖ state u8 ‖ count u64 ‖ joins u64 ‖ chain hash ‖ sealed u8
//	                  [‖ seal count u64 ‖ seal chain hash ‖ sealed unix u64 ‖ signature]
//	log/ID‖index u64  version ‖ kind u8 (1 join, 2 command) ‖ index u64 ‖ state index u64 ‖
//	                  received unix u64 ‖ entry hash ‖ chain hash ‖ body
//	                  join: nullifier ‖ state leaf ‖ message hash ‖ poll key ‖ ephemeral key ‖
//	                        ciphertext ‖ proof;  command: ephemeral key ‖ ciphertext
//	null/ID‖nullifier index u64 of the join that used it
//	msg/ID‖entry hash index u64 of the command (refuses exact duplicates)
//	rate/ID‖state index u64  the join's rate set leaf (polls with command passes; written with the join)
//	pass/ID‖nullifier index u64 of the command whose pass spent that slot
//	job/ID            version ‖ poll ID ‖ state u8 ‖ processed u64 ‖ total u64 ‖ proofs done u64 ‖
//	                  proofs u64 ‖ error ‖ seed (32 bytes, secret) ‖ started unix u64
//	proof/ID‖kind u8‖index u64  version ‖ a batch proof of the tally (kind 1 split, 2 joins, 3 commands)
//	result/ID         version ‖ results.json (poll.ResultsFile), written once
//
// Each accepted entry writes its log record, its null/ or msg/ key (and,
// in a poll with command passes, its rate/ or pass/ key) and the head (51 bytes while open) in one batch; the definition is never
// rewritten, and nothing is hex-decoded or subgroup-checked under the
// poll's lock.
//
// # Keys
//
// On first start the data directory receives the BabyJubJub key ballots
// are encrypted to, the Ed25519 receipt-signing key and the admin token,
// each with permission 0600 (see LoadOrCreateKeys).
package coordinator
