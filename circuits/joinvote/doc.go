// Package joinvote is the voter's proof (docs/protocol.md, "Messages"): one
// Groth16 circuit over BN254 showing that an anonymous census member joins
// a poll once and casts a valid ballot, encrypted to the coordinator.
//
// # Public inputs (4)
//
//   - PollID = Poseidon2(DomainPoll; census root, coordinator key x, y,
//     mode, option count, descriptor hash). Folding the census root and the
//     coordinator key into the poll ID keeps them out of the public inputs
//     (each costs ~6.7k gas on-chain); the verifier recomputes the ID from
//     the poll definition it holds.
//   - Nullifier = Poseidon2(DomainNullifier; secret, PollID).
//   - StateLeaf = Poseidon2(DomainState; poll key x, y, weight, salt): the
//     leaf the join adds to the poll's state tree. The census weight is in
//     it only salted, so a unique weight names no one.
//   - MessageHash = Poseidon2(DomainMessage; ephemeral key x, y, poll key
//     x, y, ciphertext...): binds the transported keys and ciphertext.
//
// # Private inputs
//
// The poll fields above; the identity secret, census weight, leaf index and
// Merkle siblings; the poll private key, the ephemeral private key, the
// weight salt, the votes (one per option up to MaxVoteOptions), the EdDSA
// signature and the ciphertext.
//
// # What it proves
//
//  1. PollID is the hash of the poll fields.
//  2. Poseidon2(Poseidon2(secret), weight) is a leaf of the census tree at
//     the given index (depth CensusDepth), with 1 <= weight < 2^WeightBits.
//  3. Nullifier = Poseidon2(secret, PollID): one join per member per poll,
//     unlinkable across polls.
//  4. The voter knows the poll private key: poll key = [sk]B. (A voter who
//     could register a key it does not know — a briber's — could never
//     change it later, and would have sold a provable vote.)
//  5. StateLeaf is computed from the poll key, weight and salt.
//  6. The ballot is valid for the mode: every vote below 2^WeightBits (no
//     field wrap), votes only for options below the option count (1..K),
//     and cost <= budget, where 1p1v: Σ votes <= 1; weighted: Σ votes <=
//     weight; quadratic: Σ votes² <= weight.
//  7. The plaintext [KindJoin, weight, salt, votes..., R.x, R.y, S] carries
//     an EdDSA signature by the poll key on Poseidon2(DomainCommand;
//     PollID, ephemeral key x, y, KindJoin, weight, salt, votes...), so the coordinator and
//     ProcessMessages can treat the join ballot as a signed command.
//  8. The ciphertext is the encryption of that plaintext (package encrypt,
//     nonce 0) under the ECDH key [eph]([8]coordinator key); the
//     coordinator key is on the curve and not of small order, and the
//     ephemeral key [eph]B is not the identity.
//  9. MessageHash is the hash of the ephemeral key, the poll key and the
//     ciphertext.
//
// The circuit carries no BSB22 commitment (every scalar multiplication is
// a plain double-and-add or a fixed-base table), so its exported Solidity
// verifier stays at the cheaper cost.
//
// # Cost (measured, testdata/constraints.golden; default parameters, 8 options)
//
//	census depth 10: 20,888 R1CS
//	census depth 20: 23,068 R1CS
//	census depth 32: 25,684 R1CS
//
// At depth 20 the largest parts are the EdDSA verification (~6.5k), the
// Merkle path (~4.4k), the ECDH (~3.8k), the two fixed-base key
// derivations (~1.5k each) and the message hash over 19 elements (~1.1k).
package joinvote
