package eddsa

import (
	"math/big"

	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/math/cmp"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/poseidon"
)

// CircuitSignature is a signature as circuit variables.
type CircuitSignature struct {
	R babyjub.CircuitPoint
	S frontend.Variable
}

// Assign returns the circuit form of a native signature.
func (s *Signature) Assign() CircuitSignature {
	return CircuitSignature{R: babyjub.CircuitPoint{X: s.R.X, Y: s.R.Y}, S: new(big.Int).Set(&s.S)}
}

// IsValid returns 1 iff sig is a valid signature on msg under pub, by the
// rule of Verify, and 0 otherwise — it never makes the circuit
// unsatisfiable, whatever the inputs, so a message processor can prove
// that a badly signed message was skipped. pub must be a valid public key
// (babyjub.IsValidPublicKey: on the curve, in the prime-order subgroup, not
// the identity): under a key of small order anyone can sign anything, and
// a torsion component added to a key would let its owner's signatures
// verify under a key that Verify refuses. An invalid key, an off-curve R
// and an out-of-range S are replaced by harmless values before any
// arithmetic and make the result 0.
func IsValid(api frontend.API, h *poseidon.Hasher, pub babyjub.CircuitPoint, msg frontend.Variable, sig CircuitSignature) frontend.Variable {
	curve := babyjub.NewCurve(api)
	cp := curve.Params()
	base := babyjub.CircuitPoint{X: cp.Base[0], Y: cp.Base[1]}

	rOK := babyjub.IsOnCurve(api, curve, sig.R)
	aOK := babyjub.IsValidPublicKey(api, curve, pub)
	sOK := cmp.IsLess(api, sig.S, cp.Order)
	ok := api.And(api.And(rOK, aOK), sOK)

	safe := func(p babyjub.CircuitPoint, good frontend.Variable) babyjub.CircuitPoint {
		return babyjub.CircuitPoint{X: api.Select(good, p.X, base.X), Y: api.Select(good, p.Y, base.Y)}
	}
	r := safe(sig.R, rOK)
	a := safe(pub, aOK)
	s := api.Select(sOK, sig.S, 0)

	c := h.Hash(circuits.DomainEdDSA, sig.R.X, sig.R.Y, pub.X, pub.Y, msg)
	// Q = [S]B - [c]A - R, then [8]Q must be the identity.
	q := curve.DoubleBaseScalarMul(base, curve.Neg(a), s, c)
	q = curve.Add(q, curve.Neg(r))
	q = babyjub.MulByCofactor(curve, q)
	isIdentity := api.And(api.IsZero(q.X), api.IsZero(api.Sub(q.Y, 1)))
	return api.And(ok, isIdentity)
}

// AssertValid constrains sig to be a valid signature on msg under pub,
// which must be a valid public key; IsValid states the rule.
func AssertValid(api frontend.API, h *poseidon.Hasher, pub babyjub.CircuitPoint, msg frontend.Variable, sig CircuitSignature) {
	api.AssertIsEqual(IsValid(api, h, pub, msg, sig), 1)
}
