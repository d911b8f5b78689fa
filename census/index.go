package census

import (
	"cmp"
	"slices"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// index finds a member by commitment: member positions sorted by
// commitment, 16 bytes a member where a map would take about 100.
type index []indexEntry

type indexEntry struct {
	key uint64 // a limb of the commitment, to compare without a lookup
	pos uint32
}

func compareElements(a, b *fr.Element) int {
	for l := 3; l >= 0; l-- {
		if c := cmp.Compare(a[l], b[l]); c != 0 {
			return c
		}
	}
	return 0
}

// newIndex sorts the commitments' positions and finds the first repeated
// commitment: dup is the smallest position whose commitment appears
// earlier, first is that earlier position; dup is -1 if none repeats.
func newIndex(commitments []fr.Element) (idx index, dup, first int) {
	idx = make(index, len(commitments))
	for i := range commitments {
		idx[i] = indexEntry{key: commitments[i][0], pos: uint32(i)}
	}
	slices.SortFunc(idx, func(a, b indexEntry) int {
		if c := cmp.Compare(a.key, b.key); c != 0 {
			return c
		}
		if c := compareElements(&commitments[a.pos], &commitments[b.pos]); c != 0 {
			return c
		}
		return cmp.Compare(a.pos, b.pos)
	})
	dup, first = -1, -1
	for i := 1; i < len(idx); i++ {
		a, b := idx[i-1], idx[i]
		if a.key != b.key || !commitments[a.pos].Equal(&commitments[b.pos]) {
			continue
		}
		// b is the second of its group when a starts the group.
		if i >= 2 {
			p := idx[i-2]
			if p.key == a.key && commitments[p.pos].Equal(&commitments[a.pos]) {
				continue
			}
		}
		if dup < 0 || int(b.pos) < dup {
			dup, first = int(b.pos), int(a.pos)
		}
	}
	return idx, dup, first
}

// find returns the position of commitment c.
func (idx index) find(commitments []fr.Element, c fr.Element) (uint64, bool) {
	i, ok := slices.BinarySearchFunc(idx, &c, func(e indexEntry, t *fr.Element) int {
		if r := cmp.Compare(e.key, t[0]); r != 0 {
			return r
		}
		return compareElements(&commitments[e.pos], t)
	})
	if !ok {
		return 0, false
	}
	return uint64(idx[i].pos), true
}
