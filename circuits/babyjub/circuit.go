package babyjub

import (
	"math/big"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"
	tedwards "github.com/consensys/gnark-crypto/ecc/twistededwards"
	"github.com/consensys/gnark/frontend"
	std "github.com/consensys/gnark/std/algebra/native/twistededwards"
)

// CircuitPoint is an in-circuit affine point.
type CircuitPoint = std.Point

// NewCurve returns gnark's BabyJubJub curve gadget bound to api.
func NewCurve(api frontend.API) std.Curve {
	c, err := std.NewEdCurve(api, tedwards.BN254)
	if err != nil {
		panic(err) // only fails for a mismatched field, a programming error
	}
	return c
}

// ScalarBits is the number of bits of an in-circuit scalar: every scalar
// below the BN254 field modulus fits.
const ScalarBits = 254

// baseMultiples[i] = [4^i]B, [2·4^i]B, [3·4^i]B for the 2-bit fixed-base
// windows of ScalarMulBase.
var baseMultiples = sync.OnceValue(func() [][3][2]*big.Int {
	c := twistededwards.GetEdwardsCurve()
	n := (ScalarBits + 1) / 2
	out := make([][3][2]*big.Int, n)
	var p Point
	p.Set(&c.Base)
	for i := 0; i < n; i++ {
		var q Point
		q.Set(&p)
		for j := 0; j < 3; j++ {
			out[i][j] = [2]*big.Int{q.X.BigInt(new(big.Int)), q.Y.BigInt(new(big.Int))}
			q.Add(&q, &p)
		}
		p.Double(&p)
		p.Double(&p)
	}
	return out
})

// ScalarMulBase returns [s]B in circuit, for any s in the field. Each 2-bit
// window selects a constant multiple of B (identity, 1, 2 or 3 times 4^i·B)
// with one product of bits, then adds it with the complete Edwards formula.
func ScalarMulBase(api frontend.API, curve std.Curve, s frontend.Variable) CircuitPoint {
	bits := api.ToBinary(s, ScalarBits)
	table := baseMultiples()
	acc := CircuitPoint{X: 0, Y: 1}
	for i := range table {
		b0 := bits[2*i]
		var b1 frontend.Variable = 0
		if 2*i+1 < len(bits) {
			b1 = bits[2*i+1]
		}
		t := table[i]
		win := CircuitPoint{
			X: api.Lookup2(b0, b1, 0, t[0][0], t[1][0], t[2][0]),
			Y: api.Lookup2(b0, b1, 1, t[0][1], t[1][1], t[2][1]),
		}
		if i == 0 {
			acc = win
			continue
		}
		acc = curve.Add(acc, win)
	}
	return acc
}

// MulByCofactor returns [8]p.
func MulByCofactor(curve std.Curve, p CircuitPoint) CircuitPoint {
	return curve.Double(curve.Double(curve.Double(p)))
}

// AssertValidPublicKey constrains p to be on the curve and not of small
// order, and returns [8]p for reuse (ECDH needs it).
func AssertValidPublicKey(api frontend.API, curve std.Curve, p CircuitPoint) CircuitPoint {
	curve.AssertIsOnCurve(p)
	p8 := MulByCofactor(curve, p)
	// On the curve, [8]p lies in the prime subgroup, where the only point
	// with x = 0 is the identity.
	api.AssertIsDifferent(p8.X, 0)
	return p8
}

// Shared returns the ECDH key [sk]([8]pub) in circuit after checking pub as
// AssertValidPublicKey does.
func Shared(api frontend.API, curve std.Curve, sk frontend.Variable, pub CircuitPoint) CircuitPoint {
	p8 := AssertValidPublicKey(api, curve, pub)
	return ScalarMul(curve, p8, sk)
}

// ScalarMul returns [s]p for a point p on the curve, with the complete
// double-and-add of DoubleBaseScalarMul (no commitment).
func ScalarMul(curve std.Curve, p CircuitPoint, s frontend.Variable) CircuitPoint {
	base := CircuitPoint{X: curve.Params().Base[0], Y: curve.Params().Base[1]}
	return curve.DoubleBaseScalarMul(p, base, s, 0)
}
