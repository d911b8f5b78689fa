// Package joinvote is the voter's proof (docs/protocol.md, "Messages"): one
// Groth16 circuit over BN254 showing that an anonymous census member joins
// a poll once and casts a valid ballot, encrypted to the coordinator.
//
// # Public inputs (3)
//
//   - PollID = Poseidon2(DomainPoll; census root, coordinator key x, y,
//     mode, option count, descriptor hash). Folding the census root and the
//     coordinator key into the poll ID keeps them out of the public inputs
//     (each costs ~6.7k gas on-chain); the verifier recomputes the ID from
//     the poll definition it holds. On-chain the poll ID is folded into the
//     verifying key's constant point too (contracts/solverifier,
//     PollSource): a poll's verifier takes the two inputs below.
//   - Nullifier = Poseidon2(DomainNullifier; secret, PollID).
//   - Entry = Poseidon2(DomainChain; KindJoin, MessageHash, StateLeaf,
//     Nullifier): the join's entry in the poll's message chain
//     (message.JoinEntry), what the coordinator's log records and what a
//     contract re-hashes or extends the chain by. It stands for the two
//     values below, which the proof carries as private inputs bound by it:
//   - StateLeaf = Poseidon2(DomainVoter; poll key x, y, 0, weight, salt,
//     vote_0..vote_{M-1}) with M = MaxVoteOptions (unused options 0): the
//     voter's leaf at nonce 0 (StateLeaf, VoterLeaf), which the join adds
//     to the poll's state tree. It holds the ballot, so the processing
//     proofs read it from the leaf and never decrypt a join; the census
//     weight and the votes are in it only salted, so a unique weight names
//     no one.
//   - MessageHash = Poseidon2(DomainMessage; ephemeral key x, y, poll key
//     x, y, ciphertext...): binds the transported keys and ciphertext.
//
// # Private inputs
//
// The poll fields above; the identity secret, census weight, leaf index and
// Merkle siblings; the poll key and its private key, the ephemeral key and
// its private key, the weight salt, the votes (one per option up to
// MaxVoteOptions) and the ciphertext.
//
// # What it proves: the steps of Define
//
// Define is this list of steps, in this order; each is a method of Circuit
// that checks the inputs and feeds no other step.
//
//  1. Poll: PollID is the hash of the poll fields.
//  2. Membership: Poseidon2(Poseidon2(secret), weight) is a leaf of the
//     census tree at the given index (depth CensusDepth), with
//     1 <= weight < 2^WeightBits.
//  3. Nullifier: Nullifier = Poseidon2(secret, PollID): one join per member
//     per poll, unlinkable across polls.
//  4. Poll key: poll key = [sk]B and not the identity, so the voter knows
//     its private key and it is a valid key (in the prime-order subgroup).
//     A voter who could register a key it does not know (a briber's), or
//     the identity (under which processing counts no command), could never
//     change the vote later, and would have sold a provable vote.
//  5. State leaf: StateLeaf is the voter leaf of the poll key at nonce 0
//     with the weight, the salt and the votes.
//  6. Ballot: valid for the mode: every vote below 2^WeightBits (no field
//     wrap), votes only for options below the option count (1..M), and
//     cost <= budget, where 1p1v: Σ votes <= 1; weighted: Σ votes <=
//     weight; quadratic: Σ votes² <= weight.
//  7. Encryption: the ephemeral key is [eph]B and not the identity, the
//     coordinator key is on the curve and not of small order, and the
//     ciphertext is the encryption of [weight, salt, votes...] (package
//     encrypt, nonce message.JoinNonce) under the ECDH key
//     [eph]([8]coordinator key): the coordinator can always open the
//     state leaf, and so knows every voter's starting ballot.
//  8. Message hash: MessageHash is the hash of the ephemeral key, the poll
//     key and the ciphertext.
//  9. Entry: Entry is the join's chain entry of MessageHash, StateLeaf and
//     Nullifier.
//
// The ballot is not signed: the proof itself shows that whoever made it
// knows the poll key's private key (step 4), and processing takes the
// ballot from the proven leaf, so a signature inside the ciphertext (6.5k
// R1CS until version 4) would prove nothing more.
//
// Each adversarial test (attacks_test.go) names the step that must reject
// its witness, and checks that the circuit refuses the witness with every
// step and accepts it with only that step left out, so no attack passes
// because some other check happened to fail. Only tests set the step mask
// (export_test.go); the production circuit always runs every step.
//
// The circuit carries no BSB22 commitment (every scalar multiplication is
// a plain double-and-add or a fixed-base table), so its exported Solidity
// verifier stays at the cheaper cost.
//
// # Cost (measured, testdata/constraints.golden; default parameters, 8 options)
//
// Measured by go test ./circuits/joinvote -run ConstraintCounts -v:
//
//	census depth 10: 13,627 R1CS
//	census depth 20: 15,807 R1CS
//	census depth 32: 18,423 R1CS
//
// Per step at depth 20 (go test ./circuits/joinvote -run StepCosts -v; the
// steps share no constraint, so they add up to the total): poll 364,
// membership 4,988, nullifier 265, poll key 1,521, state leaf over 13
// elements 556, ballot 921, encryption of 10 elements 6,272 (ECDH ~3.8k,
// ephemeral key ~1.5k), message hash over 15 elements 556, entry 364.
//
// Version 3 made the poll key and the ephemeral key inputs, each tied to
// its private key by one step (+4 R1CS); version 4 checked the signing key
// against the prime-order subgroup in EdDSA (+26 R1CS); version 5 publishes
// the voter leaf with the ballot and drops the in-ciphertext signature
// (23,098 → 15,443 R1CS at depth 20); version 6 makes the join's chain
// entry the public input in place of the state leaf and the message hash
// (+364 R1CS), so the on-chain verifier takes two inputs (the nullifier
// and the entry, the poll ID folded) and verifying a join costs ~224k gas
// instead of ~237k. Keys of version 5 (4 inputs) still verify the proofs
// they made (Statement.PublicInputsFor).
package joinvote
