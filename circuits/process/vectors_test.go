package process

import (
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/internal/golden"
	"github.com/zkvote/zkvote/circuits/poseidon"
)

// vectors are the layouts' values for fixed inputs, shared by the native
// functions and their in-circuit twins (testdata/vectors.json): a
// re-implementer checks against them.
type vectors struct {
	Leaf struct {
		Key    [2]string `json:"key"`
		Nonce  uint64    `json:"nonce"`
		Weight string    `json:"weight"`
		Salt   string    `json:"salt"`
		Votes  []string  `json:"votes"`
		Leaf   string    `json:"leaf"`
	} `json:"voter_leaf"`
	Node struct {
		Children []string `json:"children"`
		Node     string   `json:"node"`
	} `json:"node"`
	Empty []string `json:"empty_roots"` // EmptyRoot(0..3)
	State struct {
		Root, Salt      string
		Joins           uint64
		Totals, Squares []string
		Commitment      string
	} `json:"state"`
	Ends struct {
		Split, Joins, Command string
	} `json:"ends_hashes"`
}

func el(v uint64) fr.Element {
	var e fr.Element
	e.SetUint64(v)
	e.Exp(e, big7) // spread over the field
	return e
}

var big7 = newBig(0x10001)

func fixedInputs() (babyjub.Point, []fr.Element, [4]fr.Element, State) {
	k, _ := babyjub.NewPrivateKey(newBig(424242))
	votes := []fr.Element{elem(3), elem(0), elem(7), elem(1)}
	st := State{Root: el(9), Joins: 17, Salt: el(10), Totals: []fr.Element{elem(4), elem(5), elem(6), elem(7)}, Squares: []fr.Element{elem(16), elem(25), elem(36), elem(49)}}
	return k.Public(), votes, [4]fr.Element{el(1), el(2), el(3), el(4)}, st
}

func nativeVectors() vectors {
	var v vectors
	key, votes, children, st := fixedInputs()
	v.Leaf.Key = [2]string{key.X.String(), key.Y.String()}
	w, salt := elem(10), el(5)
	v.Leaf.Nonce, v.Leaf.Weight, v.Leaf.Salt = 2, w.String(), salt.String()
	v.Leaf.Votes = golden.Strs(votes)
	leaf := VoterLeaf(&key, 2, elem(10), el(5), votes)
	v.Leaf.Leaf = leaf.String()
	v.Node.Children = golden.Strs(children[:])
	n := Node(children)
	v.Node.Node = n.String()
	for h := 0; h < 4; h++ {
		e := EmptyRoot(h)
		v.Empty = append(v.Empty, e.String())
	}
	v.State.Root, v.State.Salt, v.State.Joins = st.Root.String(), st.Salt.String(), st.Joins
	v.State.Totals, v.State.Squares = golden.Strs(st.Totals), golden.Strs(st.Squares)
	c := st.Commitment()
	v.State.Commitment = c.String()
	se := SplitEnds{el(1), el(2), el(3), el(4), el(5), el(6), el(7), el(8)}
	je := JoinEnds{el(1), el(2), el(3), el(4), el(5)}
	ce := CommandEnds{el(1), el(2), el(3), el(4), el(5), el(6)}
	a, b, d := se.Hash(), je.Hash(), ce.Hash()
	v.Ends.Split, v.Ends.Joins, v.Ends.Command = a.String(), b.String(), d.String()
	return v
}

func TestVectorsStable(t *testing.T) {
	golden.CheckJSON(t, "testdata/vectors.json", nativeVectors())
}

type layoutCircuit struct {
	Key                       babyjub.CircuitPoint
	Nonce, Weight, Salt, Leaf frontend.Variable
	Votes                     []frontend.Variable
	Children                  [4]frontend.Variable
	Node                      frontend.Variable
	State                     CircuitState
	Commitment                frontend.Variable
}

func (c *layoutCircuit) Define(api frontend.API) error {
	h := poseidon.New(api)
	api.AssertIsEqual(voterLeaf(h, c.Key, c.Nonce, c.Weight, c.Salt, c.Votes), c.Leaf)
	api.AssertIsEqual(node(api, h, c.Children), c.Node)
	api.AssertIsEqual(c.State.commitment(h), c.Commitment)
	return nil
}

func TestLayoutTwins(t *testing.T) {
	key, votes, children, st := fixedInputs()
	leaf := VoterLeaf(&key, 2, elem(10), el(5), votes)
	a := &layoutCircuit{Key: babyjub.CircuitPoint{X: key.X, Y: key.Y}, Nonce: 2, Weight: elem(10), Salt: el(5), Leaf: leaf,
		Votes: golden.Vars(votes), Node: Node(children), State: st.Assign(), Commitment: st.Commitment()}
	for i := range children {
		a.Children[i] = children[i]
	}
	shape := &layoutCircuit{Votes: make([]frontend.Variable, len(votes)), State: newCircuitState(len(votes))}
	require.NoError(t, test.IsSolved(shape, a, ecc.BN254.ScalarField()))
	a.Nonce = 3
	require.Error(t, test.IsSolved(shape, a, ecc.BN254.ScalarField()))
}
