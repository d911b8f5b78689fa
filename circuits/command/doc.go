// Package command is the command proof: a Groth16 circuit over BN254 that a
// voter proves for each command (a re-vote or a key change), published
// with the command so that processing need not check a signature nor
// decrypt (docs/protocol.md, "Command proofs"), in a poll whose
// parameter set has CommandProofs: clients prove it (client.ProveCommands),
// intake and zkvote verify check it, and the processing circuits read
// commands from their openings (circuits/process). The default and
// maci25 parameter sets have it; on-chain, a command's proof is checked
// when someone challenges it (the Challenges contract, package
// settlement).
//
// # Public inputs (2)
//
//   - PollID: binds the coordinator key (and the poll's other fields).
//   - Entry = Poseidon2(DomainChain; KindCommand, MessageHash, Opening):
//     the command's entry in the poll's message chain, with MessageHash =
//     Poseidon2(DomainMessage; ephemeral key x, y, ciphertext...) (as
//     today's commands) and Opening = Poseidon2(DomainOpening; plaintext),
//     the published commitment to the plaintext. The plaintext's salt (a
//     random field element) hides it.
//
// The plaintext: state index, the authorizing key x, y, the new key x, y,
// option, weight, nonce, salt (PlaintextLen). It carries no signature.
//
// # What it proves: the steps of Define
//
//  1. Poll: PollID is the hash of the poll fields.
//  2. Ephemeral key: the ephemeral key is [eph]B and not the identity.
//  3. Encryption: the ciphertext encrypts the plaintext (package encrypt,
//     nonce message.CommandNonce) under [eph]([8]coordinator key): the
//     coordinator can always open the command, to exactly the plaintext
//     the opening commits to.
//  4. Message hash: MessageHash is the hash of the ephemeral key and the
//     ciphertext.
//  5. Authorization: the authorizing key is [sk]B for a secret the sender
//     knows, not the identity. This is what a signature inside the
//     ciphertext shows today: processing will count the command only when
//     that key is the voter's key at that point (a field comparison, not
//     a signature check).
//  6. New key: the new key is a valid key (on the curve, in the prime-order
//     subgroup, not the identity).
//  7. Opening: Opening is the hash of the plaintext.
//  8. Entry: Entry is the chain entry of MessageHash and Opening.
//
// Whoever is shown a command's plaintext (a briber) cannot publish it
// again under another ephemeral key: that needs a new proof, and so the
// authorizing key's secret — the property the signature over the
// ephemeral key gives today.
//
// Each adversarial test (command_test.go) names the step that must reject
// its witness, and checks that the circuit refuses the witness with every
// step and accepts it with only that step left out. The circuit carries no
// BSB22 commitment.
//
// # Cost (testdata/constraints.golden)
//
// Measured by go test ./circuits/command -run 'ConstraintCounts|StepCosts' -v:
// 9,489 R1CS in all: poll 364, ephemeral key 1,521, encryption 4,750
// (ECDH ~3.8k), message hash 556, authorization 1,521, new key 52, opening
// 460, entry 265. What it moves off the processing proofs: the EdDSA check
// (6.5k per command, the key validity included) and the ECDH (3.0k), the
// decryption and the message hash; processing then opens the Opening
// (one hash) and compares the authorizing key with the voter's.
package command
