package process

import (
	"fmt"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"

	"github.com/zkvote/zkvote/circuits/poseidon"
)

// The state tree is 4-ary: a node is Node(c0, c1, c2, c3) = P₄(c0, c1,
// c2, c3)[1] + c1, one width-4 Poseidon2 permutation in compression mode
// (as poseidon.Compress is for width 2), ~264 R1CS for four children where
// a binary tree pays ~434 for the two levels they span. A state tree of
// depth D (2^D voters) has ⌈D/2⌉ levels; empty leaves are 0.

// Node is the native 4-to-1 compression of the state tree.
func Node(c [4]fr.Element) fr.Element {
	s := c
	poseidon.Permute(s[:])
	s[1].Add(&s[1], &c[1])
	return s[1]
}

// node is the in-circuit Node.
func node(api frontend.API, h *poseidon.Hasher, c [4]frontend.Variable) frontend.Variable {
	s := c[:]
	s = append([]frontend.Variable(nil), s...)
	h.Permute(s)
	return api.Add(s[1], c[1])
}

// levels returns the number of 4-ary levels of a state tree of depth d.
func levels(depth int) int { return (depth + 1) / 2 }

const maxLevels = 32

var zeros = sync.OnceValue(func() []fr.Element {
	z := make([]fr.Element, maxLevels+1)
	for h := 1; h <= maxLevels; h++ {
		z[h] = Node([4]fr.Element{z[h-1], z[h-1], z[h-1], z[h-1]})
	}
	return z
})

// EmptyRoot returns the root of an empty subtree of the given height (in
// 4-ary levels).
func EmptyRoot(height int) fr.Element { return zeros()[height] }

// Tree is the native state tree.
type Tree struct {
	levels int
	nodes  [][]fr.Element // nodes[0] are the leaves, nodes[levels][0] the root
}

// NewTree returns an empty state tree for a state depth (in bits).
func NewTree(depth int) (*Tree, error) {
	l := levels(depth)
	if depth < 1 || l > maxLevels {
		return nil, fmt.Errorf("%w: state depth %d", ErrShape, depth)
	}
	return &Tree{levels: l, nodes: make([][]fr.Element, l+1)}, nil
}

func (t *Tree) node(h int, i uint64) fr.Element {
	if i < uint64(len(t.nodes[h])) {
		return t.nodes[h][i]
	}
	return EmptyRoot(h)
}

// Root returns the root.
func (t *Tree) Root() fr.Element { return t.node(t.levels, 0) }

// Leaf returns the leaf at index.
func (t *Tree) Leaf(index uint64) fr.Element { return t.node(0, index) }

// Set writes leaf at index and updates its path.
func (t *Tree) Set(index uint64, leaf fr.Element) error {
	if index>>(2*t.levels) != 0 {
		return fmt.Errorf("%w: index %d beyond the tree", ErrLog, index)
	}
	cur, i := leaf, index
	for h := 0; ; h++ {
		for uint64(len(t.nodes[h])) <= i {
			t.nodes[h] = append(t.nodes[h], EmptyRoot(h))
		}
		t.nodes[h][i] = cur
		if h == t.levels {
			return nil
		}
		base := i &^ 3
		cur = Node([4]fr.Element{t.node(h, base), t.node(h, base+1), t.node(h, base+2), t.node(h, base+3)})
		i >>= 2
	}
}

// Path returns the siblings of the node at height h and position i up to
// the root: per level, the three other children in order.
func (t *Tree) Path(h int, i uint64) [][3]fr.Element {
	var out [][3]fr.Element
	for ; h < t.levels; h++ {
		base, pos := i&^3, i&3
		var s [3]fr.Element
		k := 0
		for j := uint64(0); j < 4; j++ {
			if j != pos {
				s[k] = t.node(h, base+j)
				k++
			}
		}
		out = append(out, s)
		i >>= 2
	}
	return out
}

// pathRoot returns, in circuit, the root reached from cur along siblings,
// with the position at each level given by two bits (low bit first).
func pathRoot(api frontend.API, h *poseidon.Hasher, bits []frontend.Variable, cur frontend.Variable, siblings [][3]frontend.Variable) frontend.Variable {
	for i, s := range siblings {
		b0, b1 := bits[2*i], bits[2*i+1]
		c := [4]frontend.Variable{
			api.Lookup2(b0, b1, cur, s[0], s[0], s[0]),
			api.Lookup2(b0, b1, s[0], cur, s[1], s[1]),
			api.Lookup2(b0, b1, s[1], s[1], cur, s[2]),
			api.Lookup2(b0, b1, s[2], s[2], s[2], cur),
		}
		cur = node(api, h, c)
	}
	return cur
}
