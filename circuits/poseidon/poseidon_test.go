package poseidon

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/internal/golden"
)

type hashVector struct {
	Domain uint64   `json:"domain"`
	Inputs []string `json:"inputs"`
	Output string   `json:"output"`
}

type vectors struct {
	Compress []hashVector `json:"compress"`
	Hash     []hashVector `json:"hash"`
}

func elems(n int, seed uint64) []fr.Element {
	xs := make([]fr.Element, n)
	for i := range xs {
		xs[i].SetUint64(seed*1000 + uint64(i) + 1)
		xs[i].Exp(xs[i], bigPow) // spread the values over the whole field
	}
	return xs
}

var bigPow = big.NewInt(0x1234567)

func parse(t testing.TB, ss []string) []fr.Element {
	out := make([]fr.Element, len(ss))
	for i, s := range ss {
		_, err := out[i].SetString(s)
		require.NoError(t, err)
	}
	return out
}

// nativeVectors computes the shared test vectors with the native functions.
func nativeVectors() vectors {
	var v vectors
	for seed := uint64(0); seed < 3; seed++ {
		xs := elems(2, seed)
		c := Compress(xs[0], xs[1])
		v.Compress = append(v.Compress, hashVector{Inputs: golden.Strs(xs), Output: c.String()})
	}
	for _, n := range []int{1, 2, 3, 4, 7, 8, 11, 12, 15, 16, 31} {
		for _, d := range []uint64{circuits.DomainGeneric, circuits.DomainNullifier} {
			xs := elems(n, uint64(n))
			h := Hash(d, xs...)
			v.Hash = append(v.Hash, hashVector{Domain: d, Inputs: golden.Strs(xs), Output: h.String()})
		}
	}
	return v
}

func TestVectorsStable(t *testing.T) {
	golden.CheckJSON(t, "testdata/vectors.json", nativeVectors())
}

type compressCircuit struct {
	L, R, Out frontend.Variable
}

func (c *compressCircuit) Define(api frontend.API) error {
	api.AssertIsEqual(New(api).Compress(c.L, c.R), c.Out)
	return nil
}

type hashCircuit struct {
	domain uint64
	In     []frontend.Variable
	Out    frontend.Variable
}

func (c *hashCircuit) Define(api frontend.API) error {
	api.AssertIsEqual(New(api).Hash(c.domain, c.In...), c.Out)
	return nil
}

func TestCircuitAgreesWithNative(t *testing.T) {
	v := nativeVectors()
	for i, vec := range v.Compress {
		in := parse(t, vec.Inputs)
		out := parse(t, []string{vec.Output})[0]
		require.NoError(t, test.IsSolved(&compressCircuit{}, &compressCircuit{L: in[0], R: in[1], Out: out}, ecc.BN254.ScalarField()), "compress vector %d", i)
		// swapped inputs must not give the same digest
		require.Error(t, test.IsSolved(&compressCircuit{}, &compressCircuit{L: in[1], R: in[0], Out: out}, ecc.BN254.ScalarField()))
	}
	for i, vec := range v.Hash {
		in := parse(t, vec.Inputs)
		out := parse(t, []string{vec.Output})[0]
		circuit := &hashCircuit{domain: vec.Domain, In: make([]frontend.Variable, len(in))}
		require.NoError(t, test.IsSolved(circuit, &hashCircuit{In: golden.Vars(in), Out: out}, ecc.BN254.ScalarField()), "hash vector %d", i)
	}
}

func TestCircuitRejectsWrongDigest(t *testing.T) {
	xs := elems(3, 9)
	h := Hash(circuits.DomainGeneric, xs...)
	var wrong fr.Element
	wrong.Add(&h, &fr.Element{1})
	circuit := &hashCircuit{domain: circuits.DomainGeneric, In: make([]frontend.Variable, 3)}
	require.Error(t, test.IsSolved(circuit, &hashCircuit{In: golden.Vars(xs), Out: wrong}, ecc.BN254.ScalarField()))
	// the same inputs under another domain give another digest
	other := &hashCircuit{domain: circuits.DomainNullifier, In: make([]frontend.Variable, 3)}
	require.Error(t, test.IsSolved(other, &hashCircuit{In: golden.Vars(xs), Out: h}, ecc.BN254.ScalarField()))
}

func TestDomainAndLengthSeparation(t *testing.T) {
	xs := elems(2, 5)
	var zero fr.Element
	a := Hash(circuits.DomainGeneric, xs...)
	b := Hash(circuits.DomainGeneric, append(xs, zero)...) // zero-padding must not collide
	c := Hash(circuits.DomainIdentity, xs...)
	require.NotEqual(t, a, b)
	require.NotEqual(t, a, c)
	require.NotEqual(t, Compress(xs[0], xs[1]), Compress(xs[1], xs[0]))
}

func TestConstraintCounts(t *testing.T) {
	golden.CheckConstraints(t, "compress", &compressCircuit{})
	for _, n := range []int{1, 3, 7, 11, 15, 16} {
		golden.CheckConstraints(t, fmt.Sprintf("hash-%d", n), &hashCircuit{In: make([]frontend.Variable, n)})
	}
}
