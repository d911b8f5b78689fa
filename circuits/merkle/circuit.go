package merkle

import (
	"github.com/consensys/gnark/frontend"

	"github.com/zkvote/zkvote/circuits/poseidon"
)

// ComputeRoot returns, in circuit, the root reached from leaf at index with
// the given siblings (len(siblings) is the depth). index is constrained to
// fit in len(siblings) bits.
func ComputeRoot(api frontend.API, h *poseidon.Hasher, index, leaf frontend.Variable, siblings []frontend.Variable) frontend.Variable {
	bits := api.ToBinary(index, len(siblings))
	return rootFromBits(api, h, bits, leaf, siblings)
}

func rootFromBits(api frontend.API, h *poseidon.Hasher, bits []frontend.Variable, leaf frontend.Variable, siblings []frontend.Variable) frontend.Variable {
	cur := leaf
	for i, s := range siblings {
		// d = bit·(s - cur): left = cur + d, right = s - d; one constraint.
		d := api.Mul(bits[i], api.Sub(s, cur))
		cur = h.Compress(api.Add(cur, d), api.Sub(s, d))
	}
	return cur
}

// AssertIncluded constrains leaf to sit at index in the tree with root.
func AssertIncluded(api frontend.API, h *poseidon.Hasher, root, index, leaf frontend.Variable, siblings []frontend.Variable) {
	api.AssertIsEqual(ComputeRoot(api, h, index, leaf, siblings), root)
}

// Update constrains oldLeaf to sit at index under oldRoot and returns the
// root after replacing it with newLeaf (same index, same siblings).
func Update(api frontend.API, h *poseidon.Hasher, oldRoot, index, oldLeaf, newLeaf frontend.Variable, siblings []frontend.Variable) frontend.Variable {
	bits := api.ToBinary(index, len(siblings))
	api.AssertIsEqual(rootFromBits(api, h, bits, oldLeaf, siblings), oldRoot)
	return rootFromBits(api, h, bits, newLeaf, siblings)
}
