package process

import (
	"math/big"
	mrand "math/rand"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/poseidon"
)

type validKeyCircuit struct {
	P  babyjub.CircuitPoint
	OK frontend.Variable
}

func (c *validKeyCircuit) Define(api frontend.API) error {
	ok, _ := validKey(api, babyjub.NewCurve(api), c.P)
	api.AssertIsEqual(ok, c.OK)
	return nil
}

// TestValidKeyTwin: the in-circuit key check gives babyjub.ValidatePublicKey's
// verdict on valid keys, the identity, the order-2 point, torsion points,
// mixed-order keys and points off the curve.
func TestValidKeyTwin(t *testing.T) {
	k, err := babyjub.NewPrivateKey(big.NewInt(123456789))
	require.NoError(t, err)
	valid := k.Public()
	points := []babyjub.Point{valid, babyjub.Base(), {}}
	for _, tp := range torsion() {
		points = append(points, tp) // identity, order 2, 4, 8
		var mixed babyjub.Point
		mixed.Add(&valid, &tp)
		points = append(points, mixed)
	}
	var off babyjub.Point
	off.X.SetUint64(1)
	off.Y.SetUint64(1)
	points = append(points, off)
	for i, p := range points {
		want := 0
		if babyjub.ValidatePublicKey(&p) == nil {
			want = 1
		}
		require.NoError(t, test.IsSolved(&validKeyCircuit{}, &validKeyCircuit{P: babyjub.CircuitPoint{X: p.X, Y: p.Y}, OK: want}, ecc.BN254.ScalarField()), "point %d", i)
		require.Error(t, test.IsSolved(&validKeyCircuit{}, &validKeyCircuit{P: babyjub.CircuitPoint{X: p.X, Y: p.Y}, OK: 1 - want}, ecc.BN254.ScalarField()), "point %d", i)
	}
	require.Equal(t, 3, countValid(points), "the key, the base point and the key plus the identity")
}

func countValid(ps []babyjub.Point) int {
	n := 0
	for _, p := range ps {
		if babyjub.ValidatePublicKey(&p) == nil {
			n++
		}
	}
	return n
}

type ecdhCircuit struct {
	SK     frontend.Variable
	P, Out babyjub.CircuitPoint
}

func (c *ecdhCircuit) Define(api frontend.API) error {
	r := ecdh(api, babyjub.NewCurve(api), api.ToBinary(c.SK, scalarBits), c.P)
	api.AssertIsEqual(r.X, c.Out.X)
	api.AssertIsEqual(r.Y, c.Out.Y)
	return nil
}

func TestECDHTwin(t *testing.T) {
	for _, s := range []int64{1, 2, 3, 4, 987654321} {
		sk, err := babyjub.NewPrivateKey(new(big.Int).Exp(big.NewInt(s+5), big.NewInt(89), babyjub.Order()))
		require.NoError(t, err)
		peer, err := babyjub.NewPrivateKey(big.NewInt(s + 77))
		require.NoError(t, err)
		pub := peer.Public()
		want, err := sk.Shared(&pub)
		require.NoError(t, err)
		a := &ecdhCircuit{SK: sk.Scalar(), P: babyjub.CircuitPoint{X: pub.X, Y: pub.Y}, Out: babyjub.CircuitPoint{X: want.X, Y: want.Y}}
		require.NoError(t, test.IsSolved(&ecdhCircuit{}, a, ecc.BN254.ScalarField()))
		a.Out.X = 5
		require.Error(t, test.IsSolved(&ecdhCircuit{}, a, ecc.BN254.ScalarField()))
	}
}

type belowCircuit struct {
	X1, X2 frontend.Variable
	OK     frontend.Variable
}

func (c *belowCircuit) Define(api frontend.API) error {
	ok, _, _ := bothBelow(api, c.X1, 10, c.X2, 96)
	api.AssertIsEqual(ok, c.OK)
	return nil
}

func TestBothBelow(t *testing.T) {
	r := fr.Modulus()
	vals := []*big.Int{big.NewInt(0), big.NewInt(1023), big.NewInt(1024), new(big.Int).Lsh(big.NewInt(1), 96),
		new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1)), new(big.Int).Lsh(big.NewInt(1), 253),
		new(big.Int).Sub(r, big.NewInt(1)), new(big.Int).Sub(r, new(big.Int).Lsh(big.NewInt(1), 253))}
	for _, x1 := range vals {
		for _, x2 := range vals {
			want := 0
			if x1.BitLen() <= 10 && x2.BitLen() <= 96 {
				want = 1
			}
			require.NoError(t, test.IsSolved(&belowCircuit{}, &belowCircuit{X1: x1, X2: x2, OK: want}, ecc.BN254.ScalarField()), "%v %v", x1, x2)
		}
	}
}

type pathCircuit struct {
	Index, Leaf, Root frontend.Variable
	Siblings          [][3]frontend.Variable
}

func (c *pathCircuit) Define(api frontend.API) error {
	bits := api.ToBinary(c.Index, 2*len(c.Siblings))
	api.AssertIsEqual(pathRoot(api, poseidon.New(api), bits, c.Leaf, c.Siblings), c.Root)
	return nil
}

// TestTreeTwin: the native 4-ary tree and the in-circuit path agree at
// every position, and a wrong index or sibling fails.
func TestTreeTwin(t *testing.T) {
	tree, err := NewTree(5) // 3 levels, 64 leaves
	require.NoError(t, err)
	rng := mrand.New(mrand.NewSource(1))
	for i := uint64(0); i < 23; i++ {
		var leaf fr.Element
		leaf.SetUint64(rng.Uint64())
		require.NoError(t, tree.Set(i, leaf))
	}
	circuit := &pathCircuit{Siblings: make([][3]frontend.Variable, 3)}
	for i := uint64(0); i < 64; i += 5 {
		a := &pathCircuit{Index: i, Leaf: tree.Leaf(i), Root: tree.Root(), Siblings: make([][3]frontend.Variable, 3)}
		for k, s := range tree.Path(0, i) {
			a.Siblings[k] = [3]frontend.Variable{s[0], s[1], s[2]}
		}
		require.NoError(t, test.IsSolved(circuit, a, ecc.BN254.ScalarField()), "index %d", i)
		if i < 23 { // a non-empty leaf moved elsewhere
			a.Index = (i + 1) % 64
			require.Error(t, test.IsSolved(circuit, a, ecc.BN254.ScalarField()), "index %d moved", i)
		}
	}
	empty, err := NewTree(5)
	require.NoError(t, err)
	require.Equal(t, EmptyRoot(3), empty.Root())
}
