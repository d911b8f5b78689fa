package census

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"sync"

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
	fullCheck  bool
	progress   func(done, total int) // see WithProgress
}

// WithFullCheck makes ReadFile and Unmarshal rehash every member of a
// version-2 file, as Check does, instead of each subtree when a proof
// needs it: for a census about to be published (a poll's root), where
// the member list must be the one the root names.
func WithFullCheck() Option {
	return func(c *config) error {
		c.fullCheck = true
		return nil
	}
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

// Census is a census: its members, in order, and their Merkle tree. It is
// not modified after Build or ReadFile and is safe for concurrent reads.
type Census struct {
	depth       int
	commitments []fr.Element
	weights     []fr.Element // each in [1, 2^WeightBits), so exact in the field
	index       index
	tree        *tree
	source      *Source // how the members were chosen; nil for a member list
}

// Build checks the members and builds their tree of the given depth. It
// fails with ErrEmpty, ErrTooManyMembers, ErrDepth, ErrInvalidWeight or
// ErrDuplicate; errors name members by their index from 0. Build copies
// the members, so the caller may reuse the slice. Hashing runs on every
// core (GOMAXPROCS).
func Build(members []Member, depth int, opts ...Option) (*Census, error) {
	cfg, err := newConfig(opts)
	if err != nil {
		return nil, err
	}
	if err := checkSize(len(members), depth); err != nil {
		return nil, err
	}
	c, err := compact(members, cfg.weightBits, &source{unit: "member"})
	if err != nil {
		return nil, err
	}
	c.depth = depth
	c.tree = buildTreeMetered(c.commitments, c.weights, depth, newMeter(cfg.progress, len(c.commitments), depth))
	return c, nil
}

// checkSize checks the depth and that n members fit in it.
func checkSize(n, depth int) error {
	if depth < 1 || depth > merkle.MaxDepth {
		return fmt.Errorf("%w: %d not in [1,%d]", ErrDepth, depth, merkle.MaxDepth)
	}
	if n == 0 {
		return ErrEmpty
	}
	if depth < 64 && uint64(n) > uint64(1)<<depth {
		return fmt.Errorf("%w: %d members, depth %d holds %d", ErrTooManyMembers, n, depth, uint64(1)<<depth)
	}
	if uint64(n) > math.MaxUint32 {
		return fmt.Errorf("%w: %d members, at most %d in one census", ErrTooManyMembers, n, uint64(math.MaxUint32))
	}
	return nil
}

// compact checks the members (see check) and returns them as field
// elements with their index, in a Census without a tree.
func compact(members []Member, weightBits int, src *source) (*Census, error) {
	c := &Census{commitments: make([]fr.Element, len(members)), weights: make([]fr.Element, len(members))}
	badWeight, why := -1, error(nil)
	for i, m := range members {
		c.commitments[i] = m.Commitment
		if err := checkWeight(m.Weight, weightBits); err != nil {
			if badWeight < 0 {
				badWeight, why = i, err
			}
			continue
		}
		c.weights[i].SetBigInt(m.Weight)
	}
	if err := c.check(badWeight, why, src); err != nil {
		return nil, err
	}
	return c, nil
}

// check indexes the commitments and reports the first member, in order,
// whose weight is bad (badWeight, or -1) or whose commitment repeats an
// earlier one, naming it as src does.
func (c *Census) check(badWeight int, why error, src *source) error {
	if uint64(len(c.commitments)) > math.MaxUint32 {
		return fmt.Errorf("%w: %d members, at most %d in one census", ErrTooManyMembers, len(c.commitments), uint64(math.MaxUint32))
	}
	idx, dup, first := newIndex(c.commitments)
	if badWeight >= 0 && (dup < 0 || badWeight <= dup) {
		return src.fail(src.posOf(badWeight), ErrInvalidWeight, "%v", why)
	}
	if dup >= 0 {
		return src.fail(src.posOf(dup), ErrDuplicate, "%s repeats %s %d", fieldhex.Encode(c.commitments[dup]), src.unit, src.posOf(first))
	}
	c.index = idx
	return nil
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
func (c *Census) Root() fr.Element { return c.tree.root() }

// Depth returns the tree depth.
func (c *Census) Depth() int { return c.depth }

// Len returns the number of members.
func (c *Census) Len() int { return len(c.commitments) }

// Members returns a copy of the members, in tree order.
func (c *Census) Members() []Member {
	out := make([]Member, len(c.commitments))
	for i := range out {
		out[i] = c.member(i)
	}
	return out
}

func (c *Census) member(i int) Member {
	return Member{Commitment: c.commitments[i], Weight: c.weights[i].BigInt(new(big.Int))}
}

// Proof returns the membership proof of the member with this commitment,
// or ErrNotMember. For a census read from a file, it rehashes the member's
// subtree (at most 2^SubtreeHeight members) and fails with ErrRootMismatch
// if those members were altered.
func (c *Census) Proof(commitment fr.Element) (MemberProof, error) {
	i, ok := c.index.find(c.commitments, commitment)
	if !ok {
		return MemberProof{}, fmt.Errorf("%w: %s", ErrNotMember, fieldhex.Encode(commitment))
	}
	siblings, lf, err := c.tree.siblings(i, c.commitments, c.weights)
	if err != nil {
		return MemberProof{}, err
	}
	m := c.member(int(i))
	return MemberProof{
		CensusRoot: c.Root(),
		Depth:      c.depth,
		Index:      i,
		Commitment: commitment,
		Weight:     m.Weight,
		Leaf:       lf,
		Siblings:   siblings,
	}, nil
}

// Check rehashes every member and compares the result with the tree held:
// for a census read from a file, the stored subtree roots and root. It
// fails with ErrRootMismatch, naming the first altered subtree. Build's
// trees and version-1 files pass by construction.
func (c *Census) Check() error {
	full := buildTree(c.commitments, c.weights, c.depth)
	low := c.tree.low
	for s, got := range full.levels[low] {
		if want := c.tree.levels[low][s]; !got.Equal(&want) {
			lo := s << low
			hi := min(lo+1<<low, len(c.commitments))
			return fmt.Errorf("%w: members %d to %d do not hash to the stored subtree root %d: the file was altered", ErrRootMismatch, lo, hi-1, s)
		}
	}
	if got, want := full.root(), c.Root(); !got.Equal(&want) {
		return fmt.Errorf("%w: members give %s, stored %s", ErrRootMismatch, fieldhex.Encode(got), fieldhex.Encode(want))
	}
	return nil
}

// EachProof calls f with the membership proof of every member, so that an
// organiser can hand each member their own. Each subtree of 2^SubtreeHeight
// members is rehashed once (and, for a census read from a file, checked as
// Proof checks it), on every core: f is called from several goroutines at
// once, in no particular order. The first error, from f or a check, stops
// the walk and is returned.
func (c *Census) EachProof(f func(MemberProof) error) error {
	low := c.tree.low
	if low == 0 {
		low = lowHeight(c.depth)
	}
	count := subtreeCount(len(c.commitments), low)
	var (
		mu    sync.Mutex
		first error
	)
	failed := func() bool {
		mu.Lock()
		defer mu.Unlock()
		return first != nil
	}
	fail := func(err error) {
		mu.Lock()
		defer mu.Unlock()
		if first == nil {
			first = err
		}
	}
	parallelEach(count, func(s int) {
		if failed() {
			return
		}
		var sub [][]fr.Element
		if c.tree.low > 0 {
			var err error
			if sub, err = c.tree.subtree(s, c.commitments, c.weights); err != nil {
				fail(err)
				return
			}
		}
		lo := s << low
		hi := min(lo+1<<low, len(c.commitments))
		for i := lo; i < hi; i++ {
			p := MemberProof{CensusRoot: c.Root(), Depth: c.depth, Index: uint64(i), Commitment: c.commitments[i],
				Weight: c.weights[i].BigInt(new(big.Int))}
			p.Siblings, p.Leaf = c.tree.path(uint64(i), sub)
			if err := f(p); err != nil {
				fail(err)
				return
			}
		}
	})
	return first
}
