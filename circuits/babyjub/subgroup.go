package babyjub

import (
	"math/big"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	std "github.com/consensys/gnark/std/algebra/native/twistededwards"
)

// The curve group is the direct sum of the prime-order subgroup G and the
// cyclic 8-torsion E[8], so every point P splits in one way only as
// P = [8]Q + [k]T8 with k in [0, 8) and T8 a fixed point of order 8 (Q is
// any point with [8]Q = P's G part). P is in G iff k = 0. The circuit takes
// Q and k from a hint and checks the sum: a prover can choose Q among eight
// values but not k, so the in-subgroup bit is a function of P alone.

func init() { solver.RegisterHint(decomposeHint) }

// torsion returns [k]T8 for k in [0, 8), T8 the first point of order 8
// found from y = 2, 3, ... (any generator of E[8] would do; this one is
// fixed so that circuit and hint agree).
var torsion = sync.OnceValue(func() [8]Point {
	c := twistededwards.GetEdwardsCurve()
	for y := uint64(2); ; y++ {
		p, ok := curvePoint(y)
		if !ok {
			continue
		}
		var t8, t4 Point
		t8.ScalarMultiplication(&p, &c.Order)
		t4.Double(&t8)
		t4.Double(&t4)
		if t4.IsZero() {
			continue // order below 8
		}
		var out [8]Point
		out[0].Y.SetOne()
		for k := 1; k < 8; k++ {
			out[k].Add(&out[k-1], &t8)
		}
		return out
	}
})

// curvePoint returns a point of the full curve group (any order) with
// coordinate y, if one exists.
func curvePoint(y uint64) (Point, bool) {
	c := twistededwards.GetEdwardsCurve()
	var p Point
	p.Y.SetUint64(y)
	var yy, num, den fr.Element
	yy.Square(&p.Y)
	num.SetOne()
	num.Sub(&num, &yy)
	den.Mul(&c.D, &yy)
	den.Sub(&c.A, &den)
	den.Inverse(&den)
	num.Mul(&num, &den)
	if p.X.Sqrt(&num) == nil {
		return p, false
	}
	return p, p.IsOnCurve()
}

// decompose splits a point on the curve as p = [8]q + torsion()[k].
func decompose(p *Point) (q Point, k int) {
	l := Order()
	// [l·u]p with l·u ≡ 1 (mod 8) is p's E[8] part; u = l mod 8 works as
	// l is odd, so l² ≡ 1 (mod 8).
	u := new(big.Int).Mod(l, big.NewInt(8))
	var t, g Point
	t.ScalarMultiplication(p, new(big.Int).Mul(l, u))
	g.Neg(&t)
	g.Add(p, &g)
	q.ScalarMultiplication(&g, new(big.Int).ModInverse(big.NewInt(8), l))
	tor := torsion()
	for k = range tor {
		if tor[k].Equal(&t) {
			return q, k
		}
	}
	panic("babyjub: a point's 8-torsion part is not a multiple of T8") // E[8] is cyclic
}

// decomposeHint returns k, q.x, q.y of decompose for the point (x, y). A
// point off the curve (which the circuit never passes) gets k = 0 and the
// identity, and the circuit's checks then fail.
func decomposeHint(_ *big.Int, in, out []*big.Int) error {
	var p Point
	p.X.SetBigInt(in[0])
	p.Y.SetBigInt(in[1])
	var q Point
	k := 0
	if p.IsOnCurve() {
		q, k = decompose(&p)
	} else {
		q.Y.SetOne()
	}
	out[0].SetInt64(int64(k))
	q.X.BigInt(out[1])
	q.Y.BigInt(out[2])
	return nil
}

// IsOnCurve returns 1 iff p satisfies the curve equation, and 0 otherwise.
func IsOnCurve(api frontend.API, curve std.Curve, p CircuitPoint) frontend.Variable {
	cp := curve.Params()
	xx := api.Mul(p.X, p.X)
	yy := api.Mul(p.Y, p.Y)
	lhs := api.Add(api.Mul(xx, cp.A), yy)
	rhs := api.Add(api.Mul(xx, yy, cp.D), 1)
	return api.IsZero(api.Sub(lhs, rhs))
}

// IsValidPublicKey returns 1 iff p is a valid public key by the rule of
// ValidatePublicKey — on the curve, in the prime-order subgroup, not the
// identity — and 0 otherwise. It never makes the circuit unsatisfiable,
// whatever p, and a prover cannot make it return 1 for an invalid key nor
// 0 for a valid one (see decompose).
func IsValidPublicKey(api frontend.API, curve std.Curve, p CircuitPoint) frontend.Variable {
	onCurve := IsOnCurve(api, curve, p)
	base := curve.Params().Base
	safe := CircuitPoint{X: api.Select(onCurve, p.X, base[0]), Y: api.Select(onCurve, p.Y, base[1])}
	// In the prime-order subgroup, x = 0 only for the identity.
	notIdentity := api.Sub(1, api.IsZero(safe.X))
	return api.And(onCurve, api.And(isInSubgroup(api, curve, safe), notIdentity))
}

// isInSubgroup returns 1 iff p, which must be on the curve, is in the
// prime-order subgroup.
func isInSubgroup(api frontend.API, curve std.Curve, p CircuitPoint) frontend.Variable {
	out, err := api.Compiler().NewHint(decomposeHint, 3, p.X, p.Y)
	if err != nil {
		panic(err) // only fails for a malformed hint call, a programming error
	}
	return checkDecomposition(api, curve, p, out[0], CircuitPoint{X: out[1], Y: out[2]})
}

// checkDecomposition constrains p = [8]q + [k]T8 with k in [0, 8) and
// returns 1 iff k = 0, that is iff p is in the prime-order subgroup.
func checkDecomposition(api frontend.API, curve std.Curve, p CircuitPoint, k frontend.Variable, q CircuitPoint) frontend.Variable {
	b := api.ToBinary(k, 3)
	tor := torsion()
	coord := func(i int) frontend.Variable {
		c := func(k int) *big.Int {
			if i == 0 {
				return tor[k].X.BigInt(new(big.Int))
			}
			return tor[k].Y.BigInt(new(big.Int))
		}
		lo := api.Lookup2(b[0], b[1], c(0), c(1), c(2), c(3))
		hi := api.Lookup2(b[0], b[1], c(4), c(5), c(6), c(7))
		return api.Select(b[2], hi, lo)
	}
	t := CircuitPoint{X: coord(0), Y: coord(1)}
	curve.AssertIsOnCurve(q)
	sum := curve.Add(MulByCofactor(curve, q), t)
	api.AssertIsEqual(sum.X, p.X)
	api.AssertIsEqual(sum.Y, p.Y)
	return api.IsZero(k)
}

// Torsion returns [k]T8 for the fixed point T8 of order 8 that the subgroup
// check uses: for k not a multiple of 8, a point of small order that every
// key check must refuse, and the component a torsion-mixed key carries.
// Tests across packages use it to build invalid keys.
func Torsion(k int) Point {
	return torsion()[((k%8)+8)%8]
}
