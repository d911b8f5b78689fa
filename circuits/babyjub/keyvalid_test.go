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

type keyCase struct {
	name  string
	point Point
}

// keyCases are the keys every key check must agree on: valid keys, every
// kind of small-order point, keys with a torsion component, and a point
// off the curve.
func keyCases(t testing.TB) []keyCase {
	var out []keyCase
	for seed := int64(0); seed < 3; seed++ {
		out = append(out, keyCase{"valid key " + big.NewInt(seed).String(), testKey(t, seed).Public()})
	}
	out = append(out, keyCase{"base point", Base()})
	small := []struct {
		k    int
		name string
	}{{0, "identity"}, {4, "order 2"}, {2, "order 4"}, {6, "order 4 (other)"}, {1, "order 8"}, {3, "order 8 (other)"}}
	for _, s := range small {
		out = append(out, keyCase{s.name, Torsion(s.k)})
	}
	pub := testKey(t, 1).Public()
	for _, s := range small[1:] {
		var mixed Point
		tor := Torsion(s.k)
		mixed.Add(&pub, &tor)
		out = append(out, keyCase{"valid key plus " + s.name + " torsion", mixed})
	}
	off := pub
	off.X.Add(&off.X, &fr.Element{1})
	out = append(out, keyCase{"off the curve", off})
	return out
}

type keyValidityVector struct {
	Name  string    `json:"name"`
	Point [2]string `json:"point"`
	Valid bool      `json:"valid"`
	Error string    `json:"error,omitempty"`
}

// keyValidityVectors are the native verdicts, pinned in testdata and
// checked against the circuit.
func keyValidityVectors(t testing.TB) []keyValidityVector {
	var out []keyValidityVector
	for _, c := range keyCases(t) {
		v := keyValidityVector{Name: c.name, Point: pt(c.point), Valid: true}
		if err := ValidatePublicKey(&c.point); err != nil {
			v.Valid, v.Error = false, err.Error()
		}
		out = append(out, v)
	}
	return out
}

func TestKeyValidityVectorsStable(t *testing.T) {
	vs := keyValidityVectors(t)
	golden.CheckJSON(t, "testdata/key_validity.json", vs)
	valid := 0
	for _, v := range vs {
		if v.Valid {
			valid++
		}
	}
	require.Equal(t, 4, valid, "exactly the three keys and the base point are valid")
}

type keyValidityCircuit struct {
	P     CircuitPoint
	Valid frontend.Variable
}

func (c *keyValidityCircuit) Define(api frontend.API) error {
	api.AssertIsEqual(IsValidPublicKey(api, NewCurve(api), c.P), c.Valid)
	return nil
}

// TestKeyValidityTwins: the circuit gives ValidatePublicKey's verdict on
// every case, can be made to give no other, and stays satisfiable for an
// invalid key (IsValidPublicKey is total).
func TestKeyValidityTwins(t *testing.T) {
	field := ecc.BN254.ScalarField()
	for i, c := range keyCases(t) {
		v := keyValidityVectors(t)[i]
		t.Run(c.name, func(t *testing.T) {
			want, other := 0, 1
			if v.Valid {
				want, other = 1, 0
			}
			require.NoError(t, test.IsSolved(&keyValidityCircuit{}, &keyValidityCircuit{P: cp(c.point), Valid: want}, field))
			require.Error(t, test.IsSolved(&keyValidityCircuit{}, &keyValidityCircuit{P: cp(c.point), Valid: other}, field))
		})
	}
}

func TestDecompose(t *testing.T) {
	for _, c := range keyCases(t) {
		if !c.point.IsOnCurve() {
			continue
		}
		q, k := decompose(&c.point)
		var sum Point
		sum.Double(&q)
		sum.Double(&sum)
		sum.Double(&sum)
		tor := Torsion(k)
		sum.Add(&sum, &tor)
		require.True(t, sum.Equal(&c.point), c.name)
		require.Equal(t, k == 0, c.point.IsInSubGroup(), c.name)
	}
}

type decompositionCircuit struct {
	P, Q CircuitPoint
	K    frontend.Variable
	In   frontend.Variable
}

func (c *decompositionCircuit) Define(api frontend.API) error {
	api.AssertIsEqual(checkDecomposition(api, NewCurve(api), c.P, c.K, c.Q), c.In)
	return nil
}

// TestDecompositionCannotBeSteered plays the prover that controls the
// hint: for a key in the subgroup and for keys with a torsion component,
// it offers every torsion index k with the point q that would fit it
// ([8]q = p − [k]T8 where that has a solution, any q otherwise). Only the
// true k satisfies the circuit, so the in-subgroup bit is p's alone.
func TestDecompositionCannotBeSteered(t *testing.T) {
	field := ecc.BN254.ScalarField()
	inv8 := new(big.Int).ModInverse(big.NewInt(8), Order())
	pub := testKey(t, 2).Public()
	for _, trueK := range []int{0, 1, 2, 4, 5} {
		var p Point
		tor := Torsion(trueK)
		p.Add(&pub, &tor)
		for k := 0; k < 8; k++ {
			var rest, q Point
			tk := Torsion(k)
			tk.Neg(&tk)
			rest.Add(&p, &tk)
			q.ScalarMultiplication(&rest, inv8)
			in := 0
			if k == 0 {
				in = 1
			}
			err := test.IsSolved(&decompositionCircuit{}, &decompositionCircuit{P: cp(p), Q: cp(q), K: k, In: in}, field)
			if k == trueK {
				require.NoError(t, err, "true k=%d", trueK)
			} else {
				require.Error(t, err, "true k=%d, offered k=%d", trueK, k)
			}
		}
	}
}

// TestKeyValidityProves runs the hint through the real Groth16 solver.
func TestKeyValidityProves(t *testing.T) {
	var mixed Point
	pub, tor := testKey(t, 1).Public(), Torsion(1)
	mixed.Add(&pub, &tor)
	golden.ProveGroth16(t, &keyValidityCircuit{}, &keyValidityCircuit{P: cp(mixed), Valid: 0})
}
