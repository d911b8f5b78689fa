package merkle

import (
	"fmt"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/circuits/poseidon"
)

// MaxDepth is the deepest tree the native code builds.
const MaxDepth = 64

var zeros = sync.OnceValue(func() []fr.Element {
	z := make([]fr.Element, MaxDepth+1)
	for h := 1; h <= MaxDepth; h++ {
		z[h] = poseidon.Compress(z[h-1], z[h-1])
	}
	return z
})

// Zero returns the root of an empty subtree of the given height.
func Zero(height int) fr.Element { return zeros()[height] }

// Tree is a native fixed-depth binary Merkle tree. The zero value is not
// usable; create trees with New or FromLeaves. Not safe for concurrent writes.
type Tree struct {
	depth  int
	levels [][]fr.Element // levels[0] are the leaves, levels[depth][0] the root
}

// Proof shows that Leaf sits at Index in the tree with root Root.
type Proof struct {
	Index    uint64
	Leaf     fr.Element
	Siblings []fr.Element // from the leaf's sibling up to the root's children
	Root     fr.Element
}

// New returns an empty tree of the given depth.
func New(depth int) (*Tree, error) {
	if depth < 1 || depth > MaxDepth {
		return nil, fmt.Errorf("%w: %d not in [1,%d]", ErrDepth, depth, MaxDepth)
	}
	return &Tree{depth: depth, levels: make([][]fr.Element, depth+1)}, nil
}

// FromLeaves builds a tree whose first leaves are the given ones, level by
// level (about 2·len(leaves) hashes).
func FromLeaves(depth int, leaves []fr.Element) (*Tree, error) {
	t, err := New(depth)
	if err != nil {
		return nil, err
	}
	if depth < 64 && uint64(len(leaves)) > uint64(1)<<depth {
		return nil, fmt.Errorf("%w: %d leaves do not fit depth %d", ErrIndex, len(leaves), depth)
	}
	t.levels[0] = append([]fr.Element(nil), leaves...)
	for h := 1; h <= depth; h++ {
		below := t.levels[h-1]
		n := (len(below) + 1) / 2
		level := make([]fr.Element, n)
		for i := range level {
			level[i] = poseidon.Compress(below[2*i], t.node(h-1, uint64(2*i+1)))
		}
		t.levels[h] = level
	}
	return t, nil
}

// Depth returns the tree's depth.
func (t *Tree) Depth() int { return t.depth }

// Len returns one past the index of the last leaf set.
func (t *Tree) Len() uint64 { return uint64(len(t.levels[0])) }

// Root returns the root.
func (t *Tree) Root() fr.Element { return t.node(t.depth, 0) }

// node returns the node at height h and position i, or the empty subtree.
func (t *Tree) node(h int, i uint64) fr.Element {
	if i < uint64(len(t.levels[h])) {
		return t.levels[h][i]
	}
	return Zero(h)
}

// Leaf returns the leaf at index (zero if never set).
func (t *Tree) Leaf(index uint64) fr.Element { return t.node(0, index) }

func (t *Tree) checkIndex(index uint64) error {
	if t.depth < 64 && index >= uint64(1)<<t.depth {
		return fmt.Errorf("%w: %d >= 2^%d", ErrIndex, index, t.depth)
	}
	return nil
}

// Set writes leaf at index and updates the path to the root.
func (t *Tree) Set(index uint64, leaf fr.Element) error {
	if err := t.checkIndex(index); err != nil {
		return err
	}
	cur := leaf
	i := index
	for h := 0; h <= t.depth; h++ {
		lvl := t.levels[h]
		for uint64(len(lvl)) <= i {
			lvl = append(lvl, Zero(h))
		}
		lvl[i] = cur
		t.levels[h] = lvl
		if h == t.depth {
			break
		}
		if i%2 == 0 {
			cur = poseidon.Compress(cur, t.node(h, i+1))
		} else {
			cur = poseidon.Compress(t.node(h, i-1), cur)
		}
		i /= 2
	}
	return nil
}

// Prove returns the inclusion proof of the leaf at index.
func (t *Tree) Prove(index uint64) (Proof, error) {
	if err := t.checkIndex(index); err != nil {
		return Proof{}, err
	}
	p := Proof{Index: index, Leaf: t.Leaf(index), Siblings: make([]fr.Element, t.depth), Root: t.Root()}
	i := index
	for h := 0; h < t.depth; h++ {
		p.Siblings[h] = t.node(h, i^1)
		i /= 2
	}
	return p, nil
}

// PathRoot returns the root that leaf at index with these siblings leads to.
func PathRoot(index uint64, leaf fr.Element, siblings []fr.Element) fr.Element {
	cur := leaf
	for _, s := range siblings {
		if index&1 == 0 {
			cur = poseidon.Compress(cur, s)
		} else {
			cur = poseidon.Compress(s, cur)
		}
		index >>= 1
	}
	return cur
}

// Verify checks p against root for a tree of the given depth.
func (p Proof) Verify(depth int, root fr.Element) error {
	if len(p.Siblings) != depth {
		return fmt.Errorf("%w: %d siblings for depth %d", ErrProofLength, len(p.Siblings), depth)
	}
	if depth < 64 && p.Index >= uint64(1)<<depth {
		return fmt.Errorf("%w: %d >= 2^%d", ErrIndex, p.Index, depth)
	}
	got := PathRoot(p.Index, p.Leaf, p.Siblings)
	if !got.Equal(&root) {
		return ErrInvalidProof
	}
	return nil
}
