package babyjub

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits/internal/golden"
)

// testKey returns a deterministic private key for vectors.
func testKey(t testing.TB, seed int64) *PrivateKey {
	s := new(big.Int).Exp(big.NewInt(seed+7), big.NewInt(101), Order())
	k, err := NewPrivateKey(s)
	require.NoError(t, err)
	return k
}

// smallOrderPoints returns points of order 2, 4 and 8.
func smallOrderPoints(t testing.TB) map[string]Point {
	out := map[string]Point{}
	var two Point
	two.X.SetZero()
	two.Y.SetOne()
	two.Y.Neg(&two.Y)
	out["order 2"] = two
	for y := uint64(2); len(out) < 3 && y < 1000; y++ {
		p, ok := curvePoint(y)
		if !ok {
			continue
		}
		var tor Point
		tor.ScalarMultiplication(&p, Order())
		var t4 Point
		t4.Double(&tor)
		t4.Double(&t4)
		if !t4.IsZero() {
			out["order 8"] = tor
			var t2 Point
			t2.Double(&tor)
			out["order 4"] = t2
		}
	}
	require.Len(t, out, 3)
	for name, p := range out {
		require.True(t, p.IsOnCurve(), name)
		require.True(t, IsSmallOrder(&p), name)
	}
	return out
}

type keyVector struct {
	Private string    `json:"private"`
	Public  [2]string `json:"public"`
	Peer    [2]string `json:"peer"`
	Shared  [2]string `json:"shared"`
}

func pt(p Point) [2]string { return [2]string{p.X.String(), p.Y.String()} }

func nativeVectors(t *testing.T) []keyVector {
	var out []keyVector
	for seed := int64(0); seed < 3; seed++ {
		a, b := testKey(t, seed), testKey(t, seed+100)
		pa, pb := a.Public(), b.Public()
		s1, err := a.Shared(&pb)
		require.NoError(t, err)
		s2, err := b.Shared(&pa)
		require.NoError(t, err)
		require.True(t, s1.Equal(&s2), "ECDH is symmetric")
		out = append(out, keyVector{Private: a.Scalar().String(), Public: pt(pa), Peer: pt(pb), Shared: pt(s1)})
	}
	return out
}

func TestVectorsStable(t *testing.T) {
	golden.CheckJSON(t, "testdata/vectors.json", nativeVectors(t))
}

func TestNativeValidation(t *testing.T) {
	k := testKey(t, 1)
	pub := k.Public()
	require.NoError(t, ValidatePublicKey(&pub))
	for name, p := range smallOrderPoints(t) {
		require.ErrorIs(t, ValidatePublicKey(&p), ErrSmallOrder, name)
		_, err := k.Shared(&p)
		require.ErrorIs(t, err, ErrSmallOrder, name)
	}
	off := pub
	off.X.Add(&off.X, &fr.Element{1})
	require.ErrorIs(t, ValidatePublicKey(&off), ErrNotOnCurve)
	// a subgroup point plus 8-torsion is on the curve but outside the subgroup
	var mixed Point
	tor := smallOrderPoints(t)["order 8"]
	mixed.Add(&pub, &tor)
	require.ErrorIs(t, ValidatePublicKey(&mixed), ErrNotInSubgroup)

	_, err := NewPrivateKey(big.NewInt(0))
	require.ErrorIs(t, err, ErrZeroScalar)
	_, err = NewPrivateKey(Order())
	require.ErrorIs(t, err, ErrZeroScalar)
	g, err := GenerateKey(nil)
	require.NoError(t, err)
	require.Equal(t, 1, g.Scalar().Sign())
}

type pubKeyCircuit struct {
	Sk  frontend.Variable
	Pub CircuitPoint `gnark:",public"`
}

func (c *pubKeyCircuit) Define(api frontend.API) error {
	p := ScalarMulBase(api, NewCurve(api), c.Sk)
	api.AssertIsEqual(p.X, c.Pub.X)
	api.AssertIsEqual(p.Y, c.Pub.Y)
	return nil
}

type sharedCircuit struct {
	Sk     frontend.Variable
	Peer   CircuitPoint
	Shared CircuitPoint
}

func (c *sharedCircuit) Define(api frontend.API) error {
	s := Shared(api, NewCurve(api), c.Sk, c.Peer)
	api.AssertIsEqual(s.X, c.Shared.X)
	api.AssertIsEqual(s.Y, c.Shared.Y)
	return nil
}

func cp(p Point) CircuitPoint { return CircuitPoint{X: p.X, Y: p.Y} }

func TestCircuitPublicKey(t *testing.T) {
	field := ecc.BN254.ScalarField()
	scalars := []*big.Int{big.NewInt(1), big.NewInt(2), big.NewInt(3), big.NewInt(4), big.NewInt(5),
		new(big.Int).Sub(Order(), big.NewInt(1)), testKey(t, 3).Scalar()}
	for _, s := range scalars {
		k, err := NewPrivateKey(s)
		require.NoError(t, err)
		require.NoError(t, test.IsSolved(&pubKeyCircuit{}, &pubKeyCircuit{Sk: s, Pub: cp(k.Public())}, field), "scalar %s", s)
	}
	other := testKey(t, 4).Public()
	require.Error(t, test.IsSolved(&pubKeyCircuit{}, &pubKeyCircuit{Sk: testKey(t, 3).Scalar(), Pub: cp(other)}, field), "wrong key")
}

func TestCircuitShared(t *testing.T) {
	field := ecc.BN254.ScalarField()
	for i, v := range nativeVectors(t) {
		a, b := testKey(t, int64(i)), testKey(t, int64(i)+100)
		pb := b.Public()
		s, err := a.Shared(&pb)
		require.NoError(t, err)
		require.Equal(t, v.Shared, pt(s))
		good := sharedCircuit{Sk: a.Scalar(), Peer: cp(pb), Shared: cp(s)}
		require.NoError(t, test.IsSolved(&sharedCircuit{}, &good, field))

		bad := good
		bad.Sk = testKey(t, 50).Scalar()
		require.Error(t, test.IsSolved(&sharedCircuit{}, &bad, field), "wrong private key")
	}

	a := testKey(t, 1)
	pub := testKey(t, 2).Public()
	off := pub
	off.X.Add(&off.X, &fr.Element{1})
	// compute what the unchecked formulas would give, so that only the curve check can fail
	var offShared Point
	offShared.Double(&off)
	offShared.Double(&offShared)
	offShared.Double(&offShared)
	offShared.ScalarMultiplication(&offShared, a.Scalar())
	require.Error(t, test.IsSolved(&sharedCircuit{}, &sharedCircuit{Sk: a.Scalar(), Peer: cp(off), Shared: cp(offShared)}, field), "point not on the curve")

	for name, p := range smallOrderPoints(t) {
		// [sk]([8]p) is the identity for a small-order p
		identity := CircuitPoint{X: 0, Y: 1}
		require.Error(t, test.IsSolved(&sharedCircuit{}, &sharedCircuit{Sk: a.Scalar(), Peer: cp(p), Shared: identity}, field), name)
	}

	// a torsion component added to a valid key changes nothing: it is cleared
	var mixed Point
	tor := smallOrderPoints(t)["order 8"]
	mixed.Add(&pub, &tor)
	want, err := a.Shared(&pub)
	require.NoError(t, err)
	require.NoError(t, test.IsSolved(&sharedCircuit{}, &sharedCircuit{Sk: a.Scalar(), Peer: cp(mixed), Shared: cp(want)}, field))
}

func TestCircuitProves(t *testing.T) {
	a, b := testKey(t, 1), testKey(t, 2)
	pb := b.Public()
	s, err := a.Shared(&pb)
	require.NoError(t, err)
	golden.ProveGroth16(t, &sharedCircuit{}, &sharedCircuit{Sk: a.Scalar(), Peer: cp(pb), Shared: cp(s)})
}

func TestConstraintCounts(t *testing.T) {
	golden.CheckConstraints(t, "public-key", &pubKeyCircuit{})
	golden.CheckConstraints(t, "ecdh", &sharedCircuit{})
	golden.CheckConstraints(t, "is-valid-public-key", &keyValidityCircuit{})
}
