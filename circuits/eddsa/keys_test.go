package eddsa

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/test"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/internal/golden"
)

// keyCase is a public key with the most convincing signature on msg an
// attacker can make for it: an honest one for a valid key, and otherwise
// one that satisfies the cofactored equation [8]([S]B − [c]A − R) = O, so
// that only the key rule can refuse it.
type keyCase struct {
	name string
	pub  babyjub.Point
	sig  Signature
}

var keyMsg = msg(2026)

// forgeSmallOrder signs anything under a key of small order: R = [S]B
// leaves −[c]A, which [8] clears.
func forgeSmallOrder() Signature {
	var sig Signature
	sig.S.SetInt64(5)
	sig.R.ScalarMultiplicationBase(&sig.S)
	return sig
}

// signMixed signs under A = [sk]B + T with sk: the challenge is over A, and
// [c]T is cleared by [8].
func signMixed(sk *babyjub.PrivateKey, a babyjub.Point, m fr.Element) Signature {
	var sig Signature
	r := big.NewInt(123456789)
	sig.R.ScalarMultiplicationBase(r)
	c := Challenge(&sig.R, &a, m)
	sig.S.Mul(c.BigInt(new(big.Int)), sk.Scalar())
	sig.S.Add(&sig.S, r)
	sig.S.Mod(&sig.S, babyjub.Order())
	return sig
}

func keyCases(t testing.TB) []keyCase {
	var out []keyCase
	for seed := int64(0); seed < 2; seed++ {
		k := key(t, seed)
		out = append(out, keyCase{"valid key " + big.NewInt(seed).String(), k.Public(), Sign(k, keyMsg)})
	}
	small := []struct {
		k    int
		name string
	}{{0, "identity"}, {4, "order 2"}, {2, "order 4"}, {1, "order 8"}}
	for _, s := range small {
		out = append(out, keyCase{s.name, babyjub.Torsion(s.k), forgeSmallOrder()})
	}
	sk := key(t, 1)
	for _, s := range small[1:] {
		var a babyjub.Point
		pub, tor := sk.Public(), babyjub.Torsion(s.k)
		a.Add(&pub, &tor)
		out = append(out, keyCase{"valid key plus " + s.name + " torsion", a, signMixed(sk, a, keyMsg)})
	}
	off := sk.Public()
	off.X.Add(&off.X, &fr.Element{1})
	out = append(out, keyCase{"key off the curve", off, Sign(sk, keyMsg)})
	return out
}

// equationHolds is the cofactored verification equation alone, with no
// check of the key.
func equationHolds(a *babyjub.Point, m fr.Element, sig *Signature) bool {
	c := Challenge(&sig.R, a, m)
	var lhs, ca, negR babyjub.Point
	lhs.ScalarMultiplicationBase(&sig.S)
	ca.ScalarMultiplication(a, c.BigInt(new(big.Int)))
	ca.Neg(&ca)
	lhs.Add(&lhs, &ca)
	negR.Neg(&sig.R)
	lhs.Add(&lhs, &negR)
	return babyjub.IsSmallOrder(&lhs)
}

type keyVector struct {
	Name   string    `json:"name"`
	Public [2]string `json:"public"`
	Msg    string    `json:"msg"`
	R      [2]string `json:"r"`
	S      string    `json:"s"`
	Valid  bool      `json:"valid"`
}

func keyVectors(t testing.TB) []keyVector {
	var out []keyVector
	for _, c := range keyCases(t) {
		out = append(out, keyVector{Name: c.name, Public: [2]string{c.pub.X.String(), c.pub.Y.String()}, Msg: keyMsg.String(),
			R: [2]string{c.sig.R.X.String(), c.sig.R.Y.String()}, S: c.sig.S.String(), Valid: Verify(&c.pub, keyMsg, &c.sig) == nil})
	}
	return out
}

func TestKeyVectorsStable(t *testing.T) {
	golden.CheckJSON(t, "testdata/key_vectors.json", keyVectors(t))
}

// TestKeyRuleTwins: native Verify and in-circuit IsValid agree on every key
// case; for the invalid keys the signature satisfies the verification
// equation, so the key rule alone decides; IsValid stays satisfiable
// with result 0 and cannot be made to return 1; AssertValid refuses.
func TestKeyRuleTwins(t *testing.T) {
	field := ecc.BN254.ScalarField()
	vs := keyVectors(t)
	for i, c := range keyCases(t) {
		t.Run(c.name, func(t *testing.T) {
			err := Verify(&c.pub, keyMsg, &c.sig)
			require.Equal(t, vs[i].Valid, err == nil)
			if c.pub.IsOnCurve() {
				require.True(t, equationHolds(&c.pub, keyMsg, &c.sig), "the signature must pass the equation, so that only the key rule refuses it")
			}
			want, other := 0, 1
			if err == nil {
				want, other = 1, 0
			} else {
				require.ErrorIs(t, babyjub.ValidatePublicKey(&c.pub), errorOfKey(c.pub))
			}
			w := func(v int) *validCircuit {
				return &validCircuit{Pub: cp(c.pub), Msg: keyMsg, Sig: c.sig.Assign(), Valid: v}
			}
			require.NoError(t, test.IsSolved(&validCircuit{}, w(want), field))
			require.Error(t, test.IsSolved(&validCircuit{}, w(other), field))
			assertErr := test.IsSolved(&assertCircuit{}, &assertCircuit{Pub: cp(c.pub), Msg: keyMsg, Sig: c.sig.Assign()}, field)
			require.Equal(t, err == nil, assertErr == nil)
		})
	}
}

// errorOfKey names the rule an invalid key breaks.
func errorOfKey(p babyjub.Point) error {
	switch {
	case !p.IsOnCurve():
		return babyjub.ErrNotOnCurve
	case babyjub.IsSmallOrder(&p):
		return babyjub.ErrSmallOrder
	}
	return babyjub.ErrNotInSubgroup
}
