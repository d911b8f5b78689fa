package census

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/merkle"
	"github.com/zkvote/zkvote/circuits/poseidon"
	"github.com/zkvote/zkvote/internal/fieldhex"
)

// Member is one voter of a census.
type Member struct {
	Commitment fr.Element
	Weight     *big.Int
}

// Leaf returns the member's tree leaf,
// poseidon.Hash(circuits.DomainCensusLeaf, commitment, weight).
func (m Member) Leaf() fr.Element {
	var w fr.Element
	w.SetBigInt(m.Weight)
	return poseidon.Hash(circuits.DomainCensusLeaf, m.Commitment, w)
}

// Option changes the rules a census is built or read with.
type Option func(*config) error

type config struct {
	weightBits int
}

// WithWeightBits sets the weight bound (weights below 2^bits); the default
// is circuits.Defaults().WeightBits. Use the WeightBits of the Params the
// circuits are compiled with.
func WithWeightBits(bits int) Option {
	return func(c *config) error {
		if bits < 1 || bits > fr.Bits-1 {
			return fmt.Errorf("%w: weight bits %d not in [1,%d]", ErrInvalidOption, bits, fr.Bits-1)
		}
		c.weightBits = bits
		return nil
	}
}

func newConfig(opts []Option) (config, error) {
	cfg := config{weightBits: circuits.Defaults().WeightBits}
	for _, opt := range opts {
		if err := opt(&cfg); err != nil {
			return cfg, err
		}
	}
	return cfg, nil
}

// Census is a built census: its members, in order, and their Merkle tree.
// It is not modified after Build and is safe for concurrent reads.
type Census struct {
	depth   int
	members []Member
	index   map[fr.Element]uint64
	tree    *merkle.Tree
}

// Build checks the members and builds their tree of the given depth. It
// fails with ErrEmpty, ErrTooManyMembers, ErrDepth, ErrInvalidWeight or
// ErrDuplicate; errors name members by their index from 0. Build copies
// the members, so the caller may reuse the slice.
func Build(members []Member, depth int, opts ...Option) (*Census, error) {
	cfg, err := newConfig(opts)
	if err != nil {
		return nil, err
	}
	if depth < 1 || depth > merkle.MaxDepth {
		return nil, fmt.Errorf("%w: %d not in [1,%d]", ErrDepth, depth, merkle.MaxDepth)
	}
	if len(members) == 0 {
		return nil, ErrEmpty
	}
	if depth < 64 && uint64(len(members)) > uint64(1)<<depth {
		return nil, fmt.Errorf("%w: %d members, depth %d holds %d", ErrTooManyMembers, len(members), depth, uint64(1)<<depth)
	}
	index, err := validate(members, cfg.weightBits, &source{unit: "member"})
	if err != nil {
		return nil, err
	}
	own := make([]Member, len(members))
	leaves := make([]fr.Element, len(members))
	for i, m := range members {
		own[i] = Member{Commitment: m.Commitment, Weight: new(big.Int).Set(m.Weight)}
		leaves[i] = m.Leaf()
	}
	tree, err := merkle.FromLeaves(depth, leaves)
	if err != nil {
		return nil, err // unreachable: depth and size were checked above
	}
	return &Census{depth: depth, members: own, index: index, tree: tree}, nil
}

// validate checks every weight and that no commitment repeats, naming
// member i as src does, and returns the position of each commitment.
func validate(members []Member, weightBits int, src *source) (map[fr.Element]uint64, error) {
	index := make(map[fr.Element]uint64, len(members))
	for i, m := range members {
		if err := checkWeight(m.Weight, weightBits); err != nil {
			return nil, src.fail(src.posOf(i), ErrInvalidWeight, "%v", err)
		}
		if first, dup := index[m.Commitment]; dup {
			return nil, src.fail(src.posOf(i), ErrDuplicate, "%s repeats %s %d", fieldhex.Encode(m.Commitment), src.unit, src.posOf(int(first)))
		}
		index[m.Commitment] = uint64(i)
	}
	return index, nil
}

// checkWeight says why w is not in [1, 2^bits), or returns nil.
func checkWeight(w *big.Int, bits int) error {
	switch {
	case w == nil:
		return errors.New("missing")
	case w.Sign() == 0:
		return errors.New("zero; weights start at 1")
	case w.Sign() < 0:
		return fmt.Errorf("%s is negative", w)
	case w.BitLen() > bits:
		return fmt.Errorf("%s overflows: weights must be below 2^%d", w, bits)
	}
	return nil
}

// Root returns the census root.
func (c *Census) Root() fr.Element { return c.tree.Root() }

// Depth returns the tree depth.
func (c *Census) Depth() int { return c.depth }

// Len returns the number of members.
func (c *Census) Len() int { return len(c.members) }

// Members returns a copy of the members, in tree order.
func (c *Census) Members() []Member {
	out := make([]Member, len(c.members))
	for i, m := range c.members {
		out[i] = Member{Commitment: m.Commitment, Weight: new(big.Int).Set(m.Weight)}
	}
	return out
}

// Proof returns the membership proof of the member with this commitment,
// or ErrNotMember.
func (c *Census) Proof(commitment fr.Element) (MemberProof, error) {
	i, ok := c.index[commitment]
	if !ok {
		return MemberProof{}, fmt.Errorf("%w: %s", ErrNotMember, fieldhex.Encode(commitment))
	}
	p, err := c.tree.Prove(i)
	if err != nil {
		return MemberProof{}, err // unreachable: i is a leaf index of the tree
	}
	return MemberProof{
		CensusRoot: p.Root,
		Depth:      c.depth,
		Index:      i,
		Commitment: commitment,
		Weight:     new(big.Int).Set(c.members[i].Weight),
		Leaf:       p.Leaf,
		Siblings:   p.Siblings,
	}, nil
}
