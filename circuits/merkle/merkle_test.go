package merkle

import (
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits/internal/golden"
	"github.com/zkvote/zkvote/circuits/poseidon"
)

const testDepth = 4

func leaves(n int) []fr.Element {
	out := make([]fr.Element, n)
	for i := range out {
		var x fr.Element
		x.SetUint64(uint64(i) + 100)
		out[i] = poseidon.Hash(0, x)
	}
	return out
}

type vector struct {
	Depth    int      `json:"depth"`
	Leaves   []string `json:"leaves"`
	Root     string   `json:"root"`
	Index    uint64   `json:"index"`
	Siblings []string `json:"siblings"`
	NewLeaf  string   `json:"new_leaf"`
	NewRoot  string   `json:"new_root"`
}

func nativeVector(t *testing.T) (vector, *Tree, Proof) {
	ls := leaves(5)
	tree, err := FromLeaves(testDepth, ls)
	require.NoError(t, err)
	p, err := tree.Prove(3)
	require.NoError(t, err)
	var nl fr.Element
	nl.SetUint64(42)
	updated, err := FromLeaves(testDepth, ls)
	require.NoError(t, err)
	require.NoError(t, updated.Set(3, nl))
	root, newRoot := tree.Root(), updated.Root()
	v := vector{Depth: testDepth, Leaves: golden.Strs(ls), Root: root.String(), Index: 3,
		Siblings: golden.Strs(p.Siblings), NewLeaf: nl.String(), NewRoot: newRoot.String()}
	return v, tree, p
}

func TestVectorsStable(t *testing.T) {
	v, _, _ := nativeVector(t)
	golden.CheckJSON(t, "testdata/vectors.json", v)
}

func TestNativeTree(t *testing.T) {
	ls := leaves(7)
	bulk, err := FromLeaves(testDepth, ls)
	require.NoError(t, err)
	incr, err := New(testDepth)
	require.NoError(t, err)
	for i, l := range ls {
		require.NoError(t, incr.Set(uint64(i), l))
	}
	require.Equal(t, bulk.Root(), incr.Root(), "bulk and incremental builds agree")

	empty, err := New(testDepth)
	require.NoError(t, err)
	require.Equal(t, Zero(testDepth), empty.Root())

	for i := uint64(0); i < 1<<testDepth; i++ {
		p, err := bulk.Prove(i)
		require.NoError(t, err)
		require.NoError(t, p.Verify(testDepth, bulk.Root()))
	}

	p, err := bulk.Prove(2)
	require.NoError(t, err)
	bad := p
	bad.Siblings = append([]fr.Element(nil), p.Siblings...)
	bad.Siblings[1].SetUint64(9)
	require.ErrorIs(t, bad.Verify(testDepth, bulk.Root()), ErrInvalidProof)
	bad = p
	bad.Index = 3
	require.ErrorIs(t, bad.Verify(testDepth, bulk.Root()), ErrInvalidProof)
	bad = p
	bad.Index = 1 << testDepth
	require.ErrorIs(t, bad.Verify(testDepth, bulk.Root()), ErrIndex)
	require.ErrorIs(t, p.Verify(testDepth+1, bulk.Root()), ErrProofLength)

	_, err = bulk.Prove(1 << testDepth)
	require.ErrorIs(t, err, ErrIndex)
	require.ErrorIs(t, bulk.Set(1<<testDepth, ls[0]), ErrIndex)
	_, err = FromLeaves(2, leaves(5))
	require.ErrorIs(t, err, ErrIndex)
	_, err = New(0)
	require.ErrorIs(t, err, ErrDepth)
}

type inclusionCircuit struct {
	Root, Index, Leaf frontend.Variable
	Siblings          []frontend.Variable
}

func (c *inclusionCircuit) Define(api frontend.API) error {
	AssertIncluded(api, poseidon.New(api), c.Root, c.Index, c.Leaf, c.Siblings)
	return nil
}

type updateCircuit struct {
	OldRoot, NewRoot, Index, OldLeaf, NewLeaf frontend.Variable
	Siblings                                  []frontend.Variable
}

func (c *updateCircuit) Define(api frontend.API) error {
	api.AssertIsEqual(Update(api, poseidon.New(api), c.OldRoot, c.Index, c.OldLeaf, c.NewLeaf, c.Siblings), c.NewRoot)
	return nil
}

func TestCircuitInclusion(t *testing.T) {
	field := ecc.BN254.ScalarField()
	_, tree, p := nativeVector(t)
	circuit := &inclusionCircuit{Siblings: make([]frontend.Variable, testDepth)}
	good := func() *inclusionCircuit {
		return &inclusionCircuit{Root: tree.Root(), Index: p.Index, Leaf: p.Leaf, Siblings: golden.Vars(p.Siblings)}
	}
	require.NoError(t, test.IsSolved(circuit, good(), field))

	cases := map[string]func(w *inclusionCircuit){
		"wrong path bit": func(w *inclusionCircuit) { w.Index = p.Index ^ 2 },
		"wrong sibling":  func(w *inclusionCircuit) { w.Siblings[2] = 7 },
		"wrong leaf":     func(w *inclusionCircuit) { w.Leaf = 7 },
		"wrong root":     func(w *inclusionCircuit) { w.Root = 7 },
		// the same path bits with extra high bits: the index must fit the depth
		"index beyond depth": func(w *inclusionCircuit) { w.Index = p.Index + 1<<testDepth },
		"swapped sibling order": func(w *inclusionCircuit) {
			w.Siblings[0], w.Siblings[1] = w.Siblings[1], w.Siblings[0]
		},
	}
	for name, mutate := range cases {
		t.Run(name, func(t *testing.T) {
			w := good()
			mutate(w)
			require.Error(t, test.IsSolved(circuit, w, field))
		})
	}
}

func TestCircuitUpdate(t *testing.T) {
	field := ecc.BN254.ScalarField()
	v, tree, p := nativeVector(t)
	var newLeaf, newRoot fr.Element
	_, err := newLeaf.SetString(v.NewLeaf)
	require.NoError(t, err)
	_, err = newRoot.SetString(v.NewRoot)
	require.NoError(t, err)
	circuit := &updateCircuit{Siblings: make([]frontend.Variable, testDepth)}
	good := func() *updateCircuit {
		return &updateCircuit{OldRoot: tree.Root(), NewRoot: newRoot, Index: p.Index, OldLeaf: p.Leaf, NewLeaf: newLeaf, Siblings: golden.Vars(p.Siblings)}
	}
	require.NoError(t, test.IsSolved(circuit, good(), field))

	cases := map[string]func(w *updateCircuit){
		"wrong old leaf": func(w *updateCircuit) { w.OldLeaf = 1 },
		"wrong new root": func(w *updateCircuit) { w.NewRoot = tree.Root() },
		"wrong path bit": func(w *updateCircuit) { w.Index = p.Index ^ 1 },
		"wrong sibling":  func(w *updateCircuit) { w.Siblings[0] = 1 },
	}
	for name, mutate := range cases {
		t.Run(name, func(t *testing.T) {
			w := good()
			mutate(w)
			require.Error(t, test.IsSolved(circuit, w, field))
		})
	}
}

func TestCircuitProves(t *testing.T) {
	_, tree, p := nativeVector(t)
	golden.ProveGroth16(t, &inclusionCircuit{Siblings: make([]frontend.Variable, testDepth)},
		&inclusionCircuit{Root: tree.Root(), Index: p.Index, Leaf: p.Leaf, Siblings: golden.Vars(p.Siblings)})
}

func TestConstraintCounts(t *testing.T) {
	golden.CheckConstraints(t, "inclusion-depth-20", &inclusionCircuit{Siblings: make([]frontend.Variable, 20)})
	golden.CheckConstraints(t, "update-depth-20", &updateCircuit{Siblings: make([]frontend.Variable, 20)})
}
