// Package babyjub holds BabyJubJub key pairs and ECDH, natively and in
// circuit. BabyJubJub here is gnark-crypto's twisted Edwards curve over the
// BN254 scalar field (a = -1, cofactor 8, prime subgroup order l ≈ 2^251);
// its coordinates differ from circomlib's form, so keys are not
// interchangeable with MACI's.
//
// Keys: a private key is a scalar in [1, l); its public key is [sk]B for
// gnark-crypto's base point B, which lies in the prime-order subgroup.
//
// ECDH clears the cofactor: Shared(sk, P) = [sk]([8]P). Both sides of an
// exchange get [8·sk_a·sk_b]B, and any small-order component an adversary
// adds to a public key is multiplied away, so it can neither leak bits of a
// private key nor split the two sides' keys. For ECDH, public keys are
// checked on the curve and not of small order ([8]P ≠ identity) in circuit
// (AssertValidPublicKey); natively they must also be in the prime-order
// subgroup.
//
// Key validity, the rule every signature check uses: ValidatePublicKey
// natively and IsValidPublicKey in circuit accept exactly the points on the
// curve, in the prime-order subgroup and not the identity (twin tests on
// testdata/key_validity.json). IsValidPublicKey is total (0 or 1, never an
// unsatisfiable circuit) and its result is a function of the point alone:
// the curve group is the direct sum of the subgroup and the cyclic
// 8-torsion, so a hint gives q and k with P = [8]q + [k]T8 for a fixed T8
// of order 8, the circuit checks that sum, and P is in the subgroup iff
// k = 0; k is unique, so the prover cannot steer the bit (tested by offering
// every k). It costs 52 R1CS (testdata/constraints.golden, with the
// assertion of its result). The hint is registered with gnark's solver when
// the package loads.
//
// In-circuit scalar multiplications use gnark's complete
// DoubleBaseScalarMul (plain double-and-add), which adds no BSB22
// commitment to a Groth16 circuit, unlike ScalarMul's fake-GLV path. The
// fixed-base multiplication [s]B uses precomputed multiples of B (constants),
// two bits per addition. Measured costs are in testdata/constraints.golden.
package babyjub
