// Package process proves a poll's processing: from the poll ID and the
// sealed chain hash alone, its proofs show that the published per-option
// totals (and sums of squares, and the number of joins) are what the
// protocol's rules (docs/protocol.md, "Processing" and "Proven
// processing") give on that sealed log with the coordinator's key. It holds
// the circuits and their native twin, Processor, the protocol's one native
// reference (it superseded coordinator/process, whose scenarios it keeps in
// native_rules_test.go): New, Join, Process, Voters, Tally, plus the log
// order (Append), a
// named reason for every command that does not count (Outcomes; MACI's
// ProcessMessageErrors) and the witnesses of every batch proof (Witness),
// so native code and circuits cannot drift apart.
//
// # Passes and circuits
//
// The sealed chain interleaves joins and commands; every command is
// processed against the state after all joins, newest first. Three Groth16
// circuits over BN254, each with one public input (a Poseidon2 hash of its
// boundary values, DomainBatch), split the work:
//
//   - SplitCircuit routes a run of log entries: it extends the sealed
//     chain by each entry and the join or command sub-chain by the same
//     entry (opaque here: each sub-chain's consumer re-derives its entries
//     from their content under their kind, so a misrouted entry cannot be
//     opened), and the on-chain sub-chain by each entry that came through
//     the Poll contract (JoinOnChain, AppendOnChain), which the contract
//     keeps too. Ends: chain, join, command and on-chain sub-chains, in
//     and out.
//   - JoinsCircuit, the forward pass: the next Shape.Joins joins of the
//     join sub-chain, each re-derived as Hash(DomainChain; 1, message hash,
//     leaf, nullifier) with leaf = JoinLeaf(key, weight, salt, votes), are
//     inserted as one aligned subtree of the state tree (so only the last
//     batch may be partial), and their votes and squares added to the
//     running totals. No join is decrypted. A join whose nullifier an
//     earlier join has (a member who joined on-chain too) is skipped: its
//     index gets an empty leaf, its votes count nowhere, and the batch's
//     skip mask is public. Ends: join sub-chain and state commitment, in
//     and out, and the skip mask.
//   - CommandCircuit, the backward pass: MessageBatchSize commands of the
//     command sub-chain, re-derived from their ephemeral key and ciphertext
//     in log order, are applied newest first: ECDH with the coordinator's
//     secret (checked against the poll's key and decomposed once per
//     batch), decryption, and one flag per rule of Processor.apply; a
//     counted command updates its voter's leaf and moves the totals by
//     new − old; a command identical to an earlier one of the log (a copy
//     posted on-chain) is skipped. Ends: poll ID, command sub-chain in and
//     out, state commitment in and out, and the skip mask. With command
//     proofs (Params.CommandProofs;
//     docs/protocol.md, "Command proofs") each command is instead read
//     from the plaintext its published opening commits to (its chain entry
//     is command.Entry of its message hash and opening), and it is
//     authorized iff the key the plaintext names is the voter's: no ECDH,
//     no decryption, no EdDSA, and no coordinator secret (6,743 R1CS per
//     command at depth 10 and 25 options instead of 17,589).
//
// The proofs rely on every join's proof being verified (zkvote verify
// does): the join+vote proof is what bounds a join's weight and votes below
// 2^WeightBits and its ballot within budget, and the join pass adds them
// unchecked.
//
// A state commitment is Hash(DomainProcess; Hash(DomainProcess; state
// root, salt), joins, totals..., squares...) with a fresh salt at every
// boundary; the last one is opened by publishing Witness.Final.Result():
// the blinded root, never the root (with every join leaf public, a final
// root would tell whether any command counted). CheckResult states what a
// verifier checks besides each proof.
//
// The state tree is 4-ary (Node: one width-4 Poseidon2 permutation in
// compression mode), ⌈StateDepth/2⌉ levels; a voter's leaf is
// VoterLeaf = Hash(DomainVoter; key x, y, nonce, weight, salt, votes...)
// with the ballot inside (one tree update per command). A command's state
// index exists iff it is below 2^StateDepth and its leaf is not empty;
// the leaf at any index that fits the tree is always proven against the
// root, so no voter can be hidden. Join batches hold a power of four
// joins (the largest not above TallyBatchSize).
//
// # Public inputs (1 per proof)
//
//	split:    Hash(13; 1, chain in, chain out, joins in, joins out, commands in, commands out)
//	joins:    Hash(13; 2, join sub-chain in, out, state commitment in, out)
//	commands: Hash(13; 3, poll ID, command sub-chain in, out, state commitment in, out)
//
// # Private inputs
//
// Split: the entries, their kinds and padding flags, the chain values in.
// Joins: the joins' message hashes, nullifiers, keys, weights, salts and
// votes; the opening of the state commitment in and the salt out; the
// siblings of the batch's subtree. Commands: the poll fields (census
// root, coordinator key, mode, option count, descriptor hash) and the
// coordinator's secret; per command its ephemeral key and ciphertext, the
// leaf at the index its plaintext names, that leaf's opening and Merkle
// path; the opening of the state commitment in and the salt out. Hints
// (torsion split, range and sign bits) are checked both ways: a dishonest
// value cannot turn a valid command invalid or the reverse.
//
// # Cost (measured, testdata/constraints.golden; R1CS)
//
// At MACI's comparison point (25 options), per command (batch of 2 minus
// batch of 1):
//
//	state depth 10: 17,589
//	state depth 14: 18,693
//	state depth 16: 19,245
//
// Per join 1,789 at every depth (its 30-element leaf hash, entry hash,
// sub-chain link, a third of a subtree node, tally; the subtree's path is
// paid once per batch), plus 661 per log entry in the split. MACI v2.5
// spends ~26.7k per message and ~3.4k per ballot in TallyVotes; here the
// tally is fused. With 8 options (the default set) a command costs 16,326
// and a join 1,200 at depth 10. Steps that brought a command from 22.8k:
// the 4-ary state tree (-1.6k at depth 10, -2.5k at 16) and the command
// plaintext of its own (message.CommandBodyLen = 8 instead of the join's
// 28 elements at 25 options: -3.6k).
//
// Where a command's constraints go (depth 10, 25 options): EdDSA
// verification 6.5k (eddsa.IsValid, key validity included), ECDH 3.0k
// (2-bit windows over the coordinator's bits, decomposed once per batch),
// the two Merkle paths 2.7k (5 levels of 4-ary nodes each), the two
// 30-element leaf hashes 2.2k, decryption, message, entry, chain and
// signed-content hashes 2.4k, range, budget and option logic 0.8k. With
// signed commands the bound of 13,400 is not met: docs/protocol.md
// ("Proven processing", Cost) explains why the two scalar multiplications
// leave ~1k to gain without commitment-based lookups or a protocol change;
// command proofs are that change.
//
// Proving (Groth16, default set: depth 10, 8 options; dev setup; a 2-core
// machine shared with other jobs, so upper bounds): a split of 64 entries
// (28,588 R1CS) 1.2 s, a join batch of 16 (24,050) 0.74 s, a command batch
// of 16 (279,400) 6.6 s, 0.7 GiB peak — about 2.6 min for 1,000 joins and
// 200 commands. `go run ./benchmarks/processbench -prove -options 8
// -commands 16 -joins 32`.
//
// No circuit carries a BSB22 commitment (checked by TestNoCommitment).
//
// # The rules and how they differ from MACI
//
// Per voter, starting from the state the join created (join key, nonce 0,
// join ballot): messages are taken newest first; a command counts iff it
// decrypts, names an existing state index, is signed by the voter's key as
// it stands at that point, has nonce = last nonce + 1, names an option
// below the poll's option count, and keeps the budget (quadratic: Σ votes²
// <= weight; weighted: Σ votes <= weight; 1p1v: Σ votes <= 1) after
// replacing that option's weight. A counted command overwrites the
// option's weight, sets the key and bumps the nonce; any other message
// changes nothing. As in MACI the new key is not validated when it is set:
// a voter who sets an invalid key freezes their own ballot (no signature
// verifies under it: key validity is part of eddsa.IsValid).
//
// Differences from MACI (v3 line, packages/core/ts/Poll.ts): a voter starts
// from the ballot of their join (MACI starts from zero votes) and the
// join's state leaf holds that ballot, salted; the option range is the
// poll's option count (MACI v3; v2 used the tree capacity); the signed
// content binds the poll ID and the message's ephemeral key (MACI packs the
// poll ID but never checks it); state indices start at 0 (MACI keeps a
// blank leaf 0); command fields are full field elements (MACI packs 50-bit
// fields); the tally is fused into processing (no TallyVotes pass).
package process
