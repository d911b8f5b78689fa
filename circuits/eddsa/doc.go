// Package eddsa is EdDSA over BabyJubJub with zkvote's Poseidon2 as the
// challenge hash: native signing and verification, and in-circuit
// verification modelled on gnark's std/signature/eddsa, but total: IsValid
// returns 0 for any invalid input instead of making the circuit
// unsatisfiable.
//
// A signature on one field element M by the key A = [sk]B is (R, S) with
//
//	r = blake2b-512(sk ‖ M) mod l        (deterministic nonce)
//	R = [r]B
//	c = poseidon.Hash(DomainEdDSA, R.x, R.y, A.x, A.y, M)
//	S = r + c·sk mod l
//
// and it is valid iff S < l, R is on the curve, A is a valid public key
// (babyjub.ValidatePublicKey: on the curve, in the prime-order subgroup,
// not the identity) and [8]([S]B − [c]A − R) is the identity (cofactored
// verification, as gnark's gadget does). Native Verify and in-circuit
// IsValid apply this one rule and are tested to agree on the same cases
// (testdata/key_vectors.json): valid keys, the identity, points of order 2,
// 4 and 8, and keys with a torsion component, each with a signature that
// passes the cofactored equation, so only the key rule decides. The key
// rule matters: under a key of small order R = [S]B verifies any message,
// and a torsion component added to a key lets its owner's signatures
// verify under a key Verify refuses, so a message processor that used a
// weaker rule than the native one would count different commands. The
// circuit checks R on the curve itself: gnark's gadget leaves that to the
// caller, and an off-curve R would let the unchecked addition formulas be
// steered to the identity.
//
// IsValid is total: it returns 0 for any invalid input and never makes the
// circuit unsatisfiable, and the prover cannot choose its result (the
// subgroup check's hint is pinned by the constraints; see package
// babyjub). AssertValid is IsValid constrained to 1.
//
// Cost (testdata/constraints.golden, measured by
// go test ./circuits/eddsa -run ConstraintCounts -v): IsValid and
// AssertValid 6,542 R1CS each (before the subgroup check: IsValid 6,496,
// AssertValid 6,516); the key check is ~50 of them.
//
// Longer messages are signed by their Poseidon2 hash.
package eddsa
