package census

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/circuits/merkle"
)

// SubtreeHeight is the height of the subtrees whose roots a census file
// stores (or the tree depth, if smaller): 2^10 members each, so that a
// file loads by hashing one node per 1,024 members and a proof rehashes
// only its member's subtree.
const SubtreeHeight = 10

// tree is a census's Merkle tree, the same tree as merkle.FromLeaves over
// the members' leaves. levels[h] holds the nodes at height h up to the
// last non-empty one; nodes past it are empty subtrees (merkle.Zero). A
// built tree holds every level (low is 0); a tree read from a file holds
// the levels from low = min(SubtreeHeight, depth) up, and the levels below
// are rebuilt one subtree at a time when a proof needs them.
type tree struct {
	depth  int
	low    int
	levels [][]fr.Element
}

// node returns the node at height h and position i, or the empty subtree.
func (t *tree) node(h int, i uint64) fr.Element {
	if i < uint64(len(t.levels[h])) {
		return t.levels[h][i]
	}
	return merkle.Zero(h)
}

func (t *tree) root() fr.Element { return t.node(t.depth, 0) }

// lowHeight is the height of the subtree roots stored for a tree of depth.
func lowHeight(depth int) int { return min(SubtreeHeight, depth) }

// buildTree hashes the members' leaves and every level above them, on all
// cores: about one width-4 and one width-2 Poseidon2 permutation a member.
func buildTree(commitments, weights []fr.Element, depth int) *tree {
	return buildTreeMetered(commitments, weights, depth, nil)
}

// buildTreeMetered is buildTree counting its hashes on m (which may be nil).
func buildTreeMetered(commitments, weights []fr.Element, depth int, m *meter) *tree {
	t := &tree{depth: depth, levels: make([][]fr.Element, depth+1)}
	leaves := make([]fr.Element, len(commitments))
	parallel(len(leaves), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			leaves[i] = leaf(commitments[i], weights[i])
		}
		m.add(hi - lo)
	})
	t.levels[0] = leaves
	t.hashUpMetered(0, m)
	m.finish()
	return t
}

// hashUp fills the levels above height from, which must be set.
func (t *tree) hashUp(from int) { t.hashUpMetered(from, nil) }

// hashUpMetered is hashUp counting its hashes on m (which may be nil).
func (t *tree) hashUpMetered(from int, m *meter) {
	for h := from + 1; h <= t.depth; h++ {
		below := t.levels[h-1]
		level := make([]fr.Element, (len(below)+1)/2)
		parallel(len(level), func(lo, hi int) {
			for i := lo; i < hi; i++ {
				right := merkle.Zero(h - 1)
				if 2*i+1 < len(below) {
					right = below[2*i+1]
				}
				level[i] = compress(below[2*i], right)
			}
			m.add(hi - lo)
		})
		t.levels[h] = level
	}
}

// subtreeCount is the number of non-empty subtrees of height low over n members.
func subtreeCount(n, low int) int { return (n + 1<<low - 1) >> low }

// subtree rebuilds the levels 0..t.low of subtree s from the members and
// checks its root against the one held: a file whose members were altered
// fails here, naming the members concerned.
func (t *tree) subtree(s int, commitments, weights []fr.Element) ([][]fr.Element, error) {
	lo := s << t.low
	hi := min(lo+1<<t.low, len(commitments))
	levels := make([][]fr.Element, t.low+1)
	levels[0] = make([]fr.Element, hi-lo)
	for i := range levels[0] {
		levels[0][i] = leaf(commitments[lo+i], weights[lo+i])
	}
	for h := 1; h <= t.low; h++ {
		below := levels[h-1]
		levels[h] = make([]fr.Element, (len(below)+1)/2)
		for i := range levels[h] {
			right := merkle.Zero(h - 1)
			if 2*i+1 < len(below) {
				right = below[2*i+1]
			}
			levels[h][i] = compress(below[2*i], right)
		}
	}
	if want := t.levels[t.low][s]; !levels[t.low][0].Equal(&want) {
		return nil, fmt.Errorf("%w: members %d to %d do not hash to the stored subtree root %d: the file was altered", ErrRootMismatch, lo, hi-1, s)
	}
	return levels, nil
}

// siblings returns the Merkle path of leaf i and the leaf, rebuilding its
// subtree if the tree does not hold the low levels.
func (t *tree) siblings(i uint64, commitments, weights []fr.Element) ([]fr.Element, fr.Element, error) {
	var sub [][]fr.Element
	if t.low > 0 {
		var err error
		if sub, err = t.subtree(int(i>>t.low), commitments, weights); err != nil {
			return nil, fr.Element{}, err
		}
	}
	path, lf := t.path(i, sub)
	return path, lf, nil
}

// path returns the Merkle path of leaf i and the leaf, taking the levels
// below t.low from sub, the rebuilt subtree holding i (nil if t.low is 0).
func (t *tree) path(i uint64, sub [][]fr.Element) ([]fr.Element, fr.Element) {
	path := make([]fr.Element, t.depth)
	if t.low == 0 {
		for h := range t.depth {
			path[h] = t.node(h, (i>>h)^1)
		}
		return path, t.node(0, i)
	}
	local := i - (i>>t.low)<<t.low
	for h := range t.depth {
		if h >= t.low {
			path[h] = t.node(h, (i>>h)^1)
			continue
		}
		if j := (local >> h) ^ 1; j < uint64(len(sub[h])) {
			path[h] = sub[h][j]
		} else {
			path[h] = merkle.Zero(h)
		}
	}
	return path, sub[0][local]
}

// parallelEach calls f(i) for every i in [0, n), spread over GOMAXPROCS
// goroutines.
func parallelEach(n int, f func(i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
				f(i)
			}
		})
	}
	wg.Wait()
}

// parallel calls f on consecutive ranges covering [0, n), spread over
// GOMAXPROCS goroutines in blocks small enough to even out the load.
func parallel(n int, f func(lo, hi int)) {
	const block = 1 << 12
	workers := min(runtime.GOMAXPROCS(0), (n+block-1)/block)
	if workers <= 1 {
		f(0, n)
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				lo := int(next.Add(block)) - block
				if lo >= n {
					return
				}
				f(lo, min(lo+block, n))
			}
		})
	}
	wg.Wait()
}
