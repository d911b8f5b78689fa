package poseidon

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/frontend"
	perm "github.com/consensys/gnark/std/permutation/poseidon2"

	"github.com/zkvote/zkvote/circuits"
)

// Hasher is the in-circuit twin of the native functions. Create one per
// circuit with New; it caches a permutation per width.
type Hasher struct {
	api   frontend.API
	perms map[int]*perm.Permutation
}

// New returns a Hasher bound to api.
func New(api frontend.API) *Hasher {
	return &Hasher{api: api, perms: make(map[int]*perm.Permutation)}
}

func (h *Hasher) perm(width int) *perm.Permutation {
	if p, ok := h.perms[width]; ok {
		return p
	}
	rp := circuits.Poseidon2CompressPartialRounds
	if width != circuits.Poseidon2CompressWidth {
		rp = circuits.Poseidon2PartialRounds(width)
	}
	p, err := perm.NewPoseidon2FromParameters(h.api, width, circuits.Poseidon2FullRounds, rp)
	if err != nil {
		panic(fmt.Sprintf("poseidon: %v", err)) // only BN254 is used
	}
	h.perms[width] = p
	return p
}

// Permute applies the Poseidon2 permutation of width len(state) in place.
func (h *Hasher) Permute(state []frontend.Variable) {
	if err := h.perm(len(state)).Permutation(state); err != nil {
		panic(fmt.Sprintf("poseidon: %v", err))
	}
}

// Compress is the in-circuit 2-to-1 compression: P(l, r)[1] + r.
func (h *Hasher) Compress(l, r frontend.Variable) frontend.Variable {
	return h.perm(circuits.Poseidon2CompressWidth).Compress(l, r)
}

// Hash is the in-circuit domain-separated sponge; see the native Hash.
func (h *Hasher) Hash(domain uint64, xs ...frontend.Variable) frontend.Variable {
	if len(xs) == 0 {
		panic("poseidon: Hash of nothing")
	}
	w := SpongeWidth(len(xs))
	state := make([]frontend.Variable, w)
	iv := CapacityIV(domain, len(xs))
	state[0] = iv.BigInt(new(big.Int))
	for i := 1; i < w; i++ {
		state[i] = 0
	}
	for start := 0; start < len(xs); start += w - 1 {
		end := min(start+w-1, len(xs))
		for i, x := range xs[start:end] {
			state[1+i] = h.api.Add(state[1+i], x)
		}
		h.Permute(state)
	}
	return state[1]
}

// FieldHasher adapts a Hasher to gnark's hash.FieldHasher interface: Sum is
// Hash(domain, everything written since the last Reset). It lets gnark's
// std gadgets (such as std/signature/eddsa) use zkvote's hash.
type FieldHasher struct {
	h      *Hasher
	domain uint64
	buf    []frontend.Variable
}

// NewFieldHasher returns a FieldHasher over h for one domain.
func NewFieldHasher(h *Hasher, domain uint64) *FieldHasher {
	return &FieldHasher{h: h, domain: domain}
}

// Write appends inputs.
func (f *FieldHasher) Write(data ...frontend.Variable) { f.buf = append(f.buf, data...) }

// Reset forgets the inputs.
func (f *FieldHasher) Reset() { f.buf = nil }

// Sum hashes the inputs written so far.
func (f *FieldHasher) Sum() frontend.Variable { return f.h.Hash(f.domain, f.buf...) }
