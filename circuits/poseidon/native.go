package poseidon

import (
	"fmt"
	"math/big"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	p2 "github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"

	"github.com/zkvote/zkvote/circuits"
)

var (
	compressPerm = sync.OnceValue(func() *p2.Permutation {
		return p2.NewPermutation(circuits.Poseidon2CompressWidth, circuits.Poseidon2FullRounds, circuits.Poseidon2CompressPartialRounds)
	})
	spongePerms = sync.OnceValue(func() map[int]*p2.Permutation {
		m := make(map[int]*p2.Permutation, len(circuits.Poseidon2SpongeWidths))
		for _, w := range circuits.Poseidon2SpongeWidths {
			m[w] = p2.NewPermutation(w, circuits.Poseidon2FullRounds, circuits.Poseidon2PartialRounds(w))
		}
		return m
	})
)

// SpongeWidth returns the permutation width used to absorb n elements.
func SpongeWidth(n int) int {
	for _, w := range circuits.Poseidon2SpongeWidths {
		if n <= w-1 {
			return w
		}
	}
	return circuits.Poseidon2SpongeWidths[len(circuits.Poseidon2SpongeWidths)-1]
}

// Permute applies the native Poseidon2 permutation of width len(state) in place.
func Permute(state []fr.Element) {
	var perm *p2.Permutation
	if len(state) == circuits.Poseidon2CompressWidth {
		perm = compressPerm()
	} else {
		perm = spongePerms()[len(state)]
	}
	if perm == nil {
		panic(fmt.Sprintf("poseidon: no permutation of width %d", len(state)))
	}
	if err := perm.Permutation(state); err != nil {
		panic(err) // the width was checked above
	}
}

// Compress is the native 2-to-1 compression: P(l, r)[1] + r.
func Compress(l, r fr.Element) fr.Element {
	s := [2]fr.Element{l, r}
	Permute(s[:])
	s[1].Add(&s[1], &r)
	return s[1]
}

// CapacityIV returns the initial capacity lane for a sponge call.
func CapacityIV(domain uint64, n int) fr.Element {
	var iv, d fr.Element
	d.SetUint64(domain)
	iv.SetUint64(1 << 32)
	iv.Mul(&iv, &d)
	var nn fr.Element
	nn.SetUint64(uint64(n))
	iv.Add(&iv, &nn)
	return iv
}

// Hash is the native domain-separated Poseidon2 sponge over xs (at least one).
func Hash(domain uint64, xs ...fr.Element) fr.Element {
	if len(xs) == 0 {
		panic("poseidon: Hash of nothing")
	}
	w := SpongeWidth(len(xs))
	state := make([]fr.Element, w)
	state[0] = CapacityIV(domain, len(xs))
	for start := 0; start < len(xs); start += w - 1 {
		end := min(start+w-1, len(xs))
		for i, x := range xs[start:end] {
			state[1+i].Add(&state[1+i], &x)
		}
		Permute(state)
	}
	return state[1]
}

// HashBig is Hash on big integers, reduced modulo the field; a helper for
// callers that hold values as *big.Int.
func HashBig(domain uint64, xs ...*big.Int) *big.Int {
	es := make([]fr.Element, len(xs))
	for i, x := range xs {
		es[i].SetBigInt(x)
	}
	h := Hash(domain, es...)
	return h.BigInt(new(big.Int))
}
