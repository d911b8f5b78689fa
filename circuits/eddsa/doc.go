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
// and it is valid iff S < l, R and A are on the curve, A is not of small
// order, and [8]([S]B − [c]A − R) is the identity (cofactored verification,
// as gnark's gadget does). The circuit checks R and A on the curve itself:
// gnark's gadget leaves that to the caller, and an off-curve R would let the
// unchecked addition formulas be steered to the identity.
//
// Longer messages are signed by their Poseidon2 hash. Measured cost in
// testdata/constraints.golden.
package eddsa
