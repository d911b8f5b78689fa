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

// isOnCurve returns 1 iff p satisfies the curve equation.
func isOnCurve(api frontend.API, p babyjub.CircuitPoint, params *babyjubParams) frontend.Variable {
	xx := api.Mul(p.X, p.X)
	yy := api.Mul(p.Y, p.Y)
	lhs := api.Add(api.Mul(xx, params.a), yy)
	rhs := api.Add(api.Mul(xx, yy, params.d), 1)
	return api.IsZero(api.Sub(lhs, rhs))
}

type babyjubParams struct{ a, d, order *big.Int }

// IsValid returns 1 iff sig is a valid signature on msg under pub, and 0
// otherwise — it never makes the circuit unsatisfiable, whatever the
// inputs, so a message processor can prove that a badly signed message was
// skipped. Off-curve points and an out-of-range S are replaced by harmless
// values before any arithmetic and make the result 0. pub is checked on the
// curve; a small-order pub must be excluded by the caller
// (babyjub.AssertValidPublicKey) where it matters.
func IsValid(api frontend.API, h *poseidon.Hasher, pub babyjub.CircuitPoint, msg frontend.Variable, sig CircuitSignature) frontend.Variable {
	curve := babyjub.NewCurve(api)
	cp := curve.Params()
	params := &babyjubParams{a: cp.A, d: cp.D, order: cp.Order}
	base := babyjub.CircuitPoint{X: cp.Base[0], Y: cp.Base[1]}

	rOK := isOnCurve(api, sig.R, params)
	aOK := isOnCurve(api, pub, params)
	sOK := cmp.IsLess(api, sig.S, params.order)
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

// AssertValid constrains pub to be a valid public key (on the curve, not of
// small order) and sig a valid signature on msg under it.
func AssertValid(api frontend.API, h *poseidon.Hasher, pub babyjub.CircuitPoint, msg frontend.Variable, sig CircuitSignature) {
	babyjub.AssertValidPublicKey(api, babyjub.NewCurve(api), pub)
	api.AssertIsEqual(IsValid(api, h, pub, msg, sig), 1)
}
