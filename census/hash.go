package census

import (
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	p2 "github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/poseidon"
)

// The two Poseidon2 permutations a census spends its time in, written out
// for their fixed widths: the width-4 one behind each leaf and the width-2
// compression behind each node. They are gnark-crypto's permutations with
// the same round keys (taken from gnark-crypto, not copied), minus the
// per-call width dispatch, slice bounds and copies: about a fifth less CPU
// for building a census, where they are nearly all of it. Tests check them
// against poseidon.Permute and poseidon.Compress on random states.
type hashers struct {
	leafIV fr.Element     // the sponge's capacity for a two-element hash
	rk4    [][]fr.Element // width-4 round keys
	diag4  [4]fr.Element  // width-4 internal matrix diagonal, minus one
	rk2    [][]fr.Element // width-2 round keys
}

var hashes = sync.OnceValue(func() *hashers {
	full := circuits.Poseidon2FullRounds
	p4 := p2.NewParameters(4, full, circuits.Poseidon2PartialRounds(4))
	p2w := p2.NewParameters(circuits.Poseidon2CompressWidth, full, circuits.Poseidon2CompressPartialRounds)
	h := &hashers{leafIV: poseidon.CapacityIV(circuits.DomainCensusLeaf, 2), rk4: p4.RoundKeys, rk2: p2w.RoundKeys}
	copy(h.diag4[:], p4.DiagM1)
	return h
})

// leaf is Member.Leaf on a weight already in the field: poseidon.Hash of
// two elements, one width-4 permutation.
func leaf(commitment, weight fr.Element) fr.Element {
	h := hashes()
	s := [4]fr.Element{h.leafIV, commitment, weight}
	h.permute4(&s)
	return s[1]
}

// compress is poseidon.Compress.
func compress(l, r fr.Element) fr.Element {
	h := hashes()
	s := [2]fr.Element{l, r}
	h.permute2(&s)
	s[1].Add(&s[1], &r)
	return s[1]
}

// sbox raises x to the fifth power.
func sbox(x *fr.Element) {
	var t fr.Element
	t.Square(x)
	t.Square(&t)
	x.Mul(x, &t)
}

// m4 multiplies s by the width-4 external matrix
// ((5 7 1 3) (4 6 1 1) (1 3 5 7) (1 1 4 6)).
func m4(s *[4]fr.Element) {
	var t0, t1, t2, t3, t4, t5 fr.Element
	t0.Add(&s[0], &s[1])
	t1.Add(&s[2], &s[3])
	t2.Double(&s[1]).Add(&t2, &t1)
	t3.Double(&s[3]).Add(&t3, &t0)
	t4.Double(&t1).Double(&t4).Add(&t4, &t3)
	t5.Double(&t0).Double(&t5).Add(&t5, &t2)
	s[0].Add(&t3, &t5)
	s[1] = t5
	s[2].Add(&t2, &t4)
	s[3] = t4
}

func (h *hashers) fullRound4(s *[4]fr.Element, k []fr.Element) {
	for i := range s {
		s[i].Add(&s[i], &k[i])
		sbox(&s[i])
	}
	m4(s)
}

func (h *hashers) permute4(s *[4]fr.Element) {
	rf := len(h.rk4) - circuits.Poseidon2PartialRounds(4)
	m4(s)
	for r := range rf / 2 {
		h.fullRound4(s, h.rk4[r])
	}
	for r := rf / 2; r < len(h.rk4)-rf/2; r++ {
		s[0].Add(&s[0], &h.rk4[r][0])
		sbox(&s[0])
		var sum fr.Element
		sum.Add(&s[0], &s[1]).Add(&sum, &s[2]).Add(&sum, &s[3])
		for i := range s {
			s[i].Mul(&s[i], &h.diag4[i]).Add(&s[i], &sum)
		}
	}
	for r := len(h.rk4) - rf/2; r < len(h.rk4); r++ {
		h.fullRound4(s, h.rk4[r])
	}
}

// m2 multiplies s by the width-2 external matrix ((2 1) (1 2)).
func m2(s *[2]fr.Element) {
	var t fr.Element
	t.Add(&s[0], &s[1])
	s[0].Add(&s[0], &t)
	s[1].Add(&s[1], &t)
}

func (h *hashers) fullRound2(s *[2]fr.Element, k []fr.Element) {
	s[0].Add(&s[0], &k[0])
	s[1].Add(&s[1], &k[1])
	sbox(&s[0])
	sbox(&s[1])
	m2(s)
}

func (h *hashers) permute2(s *[2]fr.Element) {
	rf := len(h.rk2) - circuits.Poseidon2CompressPartialRounds
	m2(s)
	for r := range rf / 2 {
		h.fullRound2(s, h.rk2[r])
	}
	for r := rf / 2; r < len(h.rk2)-rf/2; r++ {
		// internal matrix ((2 1) (1 3))
		s[0].Add(&s[0], &h.rk2[r][0])
		sbox(&s[0])
		var sum fr.Element
		sum.Add(&s[0], &s[1])
		s[0].Add(&s[0], &sum)
		s[1].Double(&s[1]).Add(&s[1], &sum)
	}
	for r := len(h.rk2) - rf/2; r < len(h.rk2); r++ {
		h.fullRound2(s, h.rk2[r])
	}
}
