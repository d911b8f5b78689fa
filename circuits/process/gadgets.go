package process

import (
	"errors"
	"math/big"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	std "github.com/consensys/gnark/std/algebra/native/twistededwards"

	"github.com/zkvote/zkvote/circuits/babyjub"
)

func init() {
	solver.RegisterHint(torsionHint, belowHint, signHint)
}

// The hints' implementations, behind variables only so that tests can
// play a dishonest prover (export_test.go); nothing else assigns them.
var (
	torsionHintImpl = honestTorsionHint
	belowHintImpl   = honestBelowHint
	signHintImpl    = honestSignHint
)

func torsionHint(mod *big.Int, in, out []*big.Int) error { return torsionHintImpl(mod, in, out) }
func belowHint(mod *big.Int, in, out []*big.Int) error   { return belowHintImpl(mod, in, out) }
func signHint(mod *big.Int, in, out []*big.Int) error    { return signHintImpl(mod, in, out) }

// wideBits is the width of the decomposition that proves a field element
// large: 2^253 < r < 2^254.
const wideBits = 253

// torsion returns the 8 points of BabyJubJub's 8-torsion, [i]T for a
// generator T of order 8 (the group of 8-torsion points is cyclic: (0,-1)
// is its only point of order 2).
var torsion = sync.OnceValue(func() [8]babyjub.Point {
	c := twistededwards.GetEdwardsCurve()
	var one fr.Element
	one.SetOne()
	for y := uint64(2); ; y++ {
		var p babyjub.Point
		p.Y.SetUint64(y)
		// a x² + y² = 1 + d x² y²  ⇒  x² = (1 - y²) / (a - d y²)
		var yy, num, den fr.Element
		yy.Square(&p.Y)
		num.Sub(&one, &yy)
		den.Mul(&c.D, &yy)
		den.Sub(&c.A, &den)
		if den.IsZero() {
			continue
		}
		num.Div(&num, &den)
		if p.X.Sqrt(&num) == nil {
			continue
		}
		var t, t4 babyjub.Point
		t.ScalarMultiplication(&p, &c.Order)
		t4.Double(&t)
		t4.Double(&t4)
		if t4.IsZero() {
			continue // order below 8
		}
		var out [8]babyjub.Point
		out[0].Y.SetOne()
		for i := 1; i < 8; i++ {
			out[i].Add(&out[i-1], &t)
		}
		return out
	}
})

// torsionHint splits a curve point P as P = [8]Q + T_t: outputs Q.x, Q.y
// and the three bits of t. The decomposition's t is unique (the curve's
// group is the direct product of the prime-order subgroup and the
// 8-torsion), and P is in the prime-order subgroup iff t = 0.
func honestTorsionHint(_ *big.Int, in, out []*big.Int) error {
	if len(in) != 2 || len(out) != 5 {
		return errors.New("process: torsion hint arity")
	}
	var p babyjub.Point
	p.X.SetBigInt(in[0])
	p.Y.SetBigInt(in[1])
	if !p.IsOnCurve() {
		return errors.New("process: torsion hint: point not on the curve")
	}
	c := twistededwards.GetEdwardsCurve()
	tors := torsion()
	var tl babyjub.Point // [l]P = [l]T
	tl.ScalarMultiplication(&p, &c.Order)
	i := -1
	for k := range tors {
		if tors[k].Equal(&tl) {
			i = k
		}
	}
	if i < 0 {
		return errors.New("process: torsion hint: [l]P is not 8-torsion")
	}
	linv := new(big.Int).ModInverse(new(big.Int).Mod(&c.Order, big.NewInt(8)), big.NewInt(8))
	t := (i * int(linv.Int64())) % 8
	var pl, negT, q babyjub.Point
	negT.Neg(&tors[t])
	pl.Add(&p, &negT)
	inv8 := new(big.Int).ModInverse(big.NewInt(8), &c.Order)
	q.ScalarMultiplication(&pl, inv8)
	q.X.BigInt(out[0])
	q.Y.BigInt(out[1])
	for b := 0; b < 3; b++ {
		out[2+b].SetUint64(uint64(t>>b) & 1)
	}
	return nil
}

// validKey returns 1 iff p is a valid public key as
// babyjub.ValidatePublicKey defines it: on the curve, in the prime-order
// subgroup and not the identity. It is total: any p gives 0 or 1. It also
// returns p, or the base point when p is not on the curve, so that curve
// arithmetic on the result stays meaningful.
func validKey(api frontend.API, curve std.Curve, p babyjub.CircuitPoint) (frontend.Variable, babyjub.CircuitPoint) {
	cp := curve.Params()
	onCurve := isOnCurve(api, cp, p)
	safe := babyjub.CircuitPoint{X: api.Select(onCurve, p.X, cp.Base[0]), Y: api.Select(onCurve, p.Y, cp.Base[1])}
	h, err := api.Compiler().NewHint(torsionHint, 5, safe.X, safe.Y)
	if err != nil {
		panic(err)
	}
	q := babyjub.CircuitPoint{X: h[0], Y: h[1]}
	t := h[2:5]
	for _, b := range t {
		api.AssertIsBoolean(b)
	}
	curve.AssertIsOnCurve(q)
	tors := torsion()
	coord := func(k int) [8]frontend.Variable {
		var out [8]frontend.Variable
		for i := range tors {
			if k == 0 {
				out[i] = tors[i].X.BigInt(new(big.Int))
			} else {
				out[i] = tors[i].Y.BigInt(new(big.Int))
			}
		}
		return out
	}
	lookup8 := func(v [8]frontend.Variable) frontend.Variable {
		lo := api.Lookup2(t[0], t[1], v[0], v[1], v[2], v[3])
		hi := api.Lookup2(t[0], t[1], v[4], v[5], v[6], v[7])
		return api.Select(t[2], hi, lo)
	}
	tt := babyjub.CircuitPoint{X: lookup8(coord(0)), Y: lookup8(coord(1))}
	r := curve.Add(babyjub.MulByCofactor(curve, q), tt)
	api.AssertIsEqual(r.X, safe.X)
	api.AssertIsEqual(r.Y, safe.Y)
	inSubgroup := api.IsZero(api.Add(t[0], t[1], t[2]))
	notIdentity := api.Sub(1, api.IsZero(p.X))
	return api.And(api.And(onCurve, inSubgroup), notIdentity), safe
}

// isOnCurve returns 1 iff p satisfies the curve equation.
func isOnCurve(api frontend.API, cp *std.CurveParams, p babyjub.CircuitPoint) frontend.Variable {
	xx := api.Mul(p.X, p.X)
	yy := api.Mul(p.Y, p.Y)
	lhs := api.Add(api.Mul(xx, cp.A), yy)
	rhs := api.Add(api.Mul(xx, yy, cp.D), 1)
	return api.IsZero(api.Sub(lhs, rhs))
}

// belowHint: inputs n1, n2, x1, x2; outputs s = [x1 < 2^n1 and x2 < 2^n2],
// w = which field is large (0: x1, 1: x2) and c = whether that field is
// at the top of the field (r-1-x < 2^253) rather than just above 2^n.
func honestBelowHint(mod *big.Int, in, out []*big.Int) error {
	if len(in) != 4 || len(out) != 3 {
		return errors.New("process: below hint arity")
	}
	small := func(x, n *big.Int) bool { return x.BitLen() <= int(n.Int64()) }
	s1, s2 := small(in[2], in[0]), small(in[3], in[1])
	out[0].SetUint64(0)
	out[1].SetUint64(0)
	out[2].SetUint64(0)
	if s1 && s2 {
		out[0].SetUint64(1)
		return nil
	}
	x, n := in[2], in[0]
	if s1 {
		out[1].SetUint64(1)
		x, n = in[3], in[1]
	}
	d := new(big.Int).Sub(x, new(big.Int).Lsh(big.NewInt(1), uint(n.Int64())))
	if d.BitLen() > wideBits {
		out[2].SetUint64(1)
	}
	return nil
}

// bothBelow returns 1 iff x1 < 2^n1 and x2 < 2^n2 (as integers below r),
// and the bits of x1 and x2 (all zero when the result is 0). It is total
// and sound both ways: claiming 1 decomposes both values; claiming 0
// shows one of them is in [2^n, 2^n + 2^253) or in (r-1-2^253, r), which
// together cover [2^n, r) and exclude [0, 2^n).
func bothBelow(api frontend.API, x1 frontend.Variable, n1 int, x2 frontend.Variable, n2 int) (ok frontend.Variable, bits1, bits2 []frontend.Variable) {
	h, err := api.Compiler().NewHint(belowHint, 3, n1, n2, x1, x2)
	if err != nil {
		panic(err)
	}
	s, w, c := h[0], h[1], h[2]
	api.AssertIsBoolean(s)
	api.AssertIsBoolean(w)
	api.AssertIsBoolean(c)
	bits1 = api.ToBinary(api.Mul(s, x1), n1)
	bits2 = api.ToBinary(api.Mul(s, x2), n2)
	f := api.Select(w, x2, x1)
	pow := api.Select(w, new(big.Int).Lsh(big.NewInt(1), uint(n2)), new(big.Int).Lsh(big.NewInt(1), uint(n1)))
	big := api.Select(c, api.Sub(-1, f), api.Sub(f, pow))
	api.ToBinary(api.Mul(api.Sub(1, s), big), wideBits)
	return s, bits1, bits2
}

// signHint: input d; output 1 iff d, read as a signed value, is >= 0.
func honestSignHint(mod *big.Int, in, out []*big.Int) error {
	half := new(big.Int).Rsh(mod, 1)
	if in[0].Cmp(half) <= 0 {
		out[0].SetUint64(1)
	} else {
		out[0].SetUint64(0)
	}
	return nil
}

// isNonNegative returns 1 iff d >= 0, for d known to lie in (-2^n, 2^n).
func isNonNegative(api frontend.API, d frontend.Variable, n int) frontend.Variable {
	h, err := api.Compiler().NewHint(signHint, 1, d)
	if err != nil {
		panic(err)
	}
	b := h[0]
	api.AssertIsBoolean(b)
	api.ToBinary(api.Select(b, d, api.Sub(-1, d)), n)
	return b
}

// scalarBits is the number of bits of the coordinator's scalar (< l < 2^251),
// rounded up to whole 2-bit windows.
const scalarBits = 252

// ecdh returns [sk]([8]p) for a point p on the curve, with sk given by its
// bits (decomposed once per batch): 2-bit fixed windows over a table of
// the identity, P, 2P and 3P (~11 R1CS per bit).
func ecdh(api frontend.API, curve std.Curve, skBits []frontend.Variable, p babyjub.CircuitPoint) babyjub.CircuitPoint {
	p8 := babyjub.MulByCofactor(curve, p)
	p2 := curve.Double(p8)
	p3 := curve.Add(p2, p8)
	lookup := func(b0, b1 frontend.Variable) babyjub.CircuitPoint {
		return babyjub.CircuitPoint{
			X: api.Lookup2(b0, b1, 0, p8.X, p2.X, p3.X),
			Y: api.Lookup2(b0, b1, 1, p8.Y, p2.Y, p3.Y),
		}
	}
	n := len(skBits)
	acc := lookup(skBits[n-2], skBits[n-1])
	for i := n - 4; i >= 0; i -= 2 {
		acc = curve.Double(curve.Double(acc))
		acc = curve.Add(acc, lookup(skBits[i], skBits[i+1]))
	}
	return acc
}
