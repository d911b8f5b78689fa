package joinvote

import (
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/poseidon"
)

// A voter's state leaf holds the whole voter: Hash(DomainVoter; key x,
// key y, nonce, weight, salt, vote per option...) with one vote per option
// up to MaxVoteOptions (unused options 0). The join publishes it at nonce
// 0, so the processing proofs read a joined voter's ballot from the leaf
// and never decrypt a join; the salt (the join's weight salt, random) hides
// the weight and the votes. The formula lives here, the lowest package
// that needs it; the processing circuits (package process) use the same.

// VoterLeaf is a voter's state leaf at a nonce.
func VoterLeaf(key *babyjub.Point, nonce uint64, weight, salt fr.Element, votes []fr.Element) fr.Element {
	var n fr.Element
	n.SetUint64(nonce)
	xs := append([]fr.Element{key.X, key.Y, n, weight, salt}, votes...)
	return poseidon.Hash(circuits.DomainVoter, xs...)
}

// StateLeaf is the leaf a join publishes and adds to the poll's state tree:
// the voter at nonce 0, with the join's ballot (votes: all MaxVoteOptions
// of them).
func StateLeaf(key *babyjub.Point, weight, salt fr.Element, votes []fr.Element) fr.Element {
	return VoterLeaf(key, 0, weight, salt, votes)
}

// CircuitVoterLeaf is VoterLeaf in circuit.
func CircuitVoterLeaf(h *poseidon.Hasher, key babyjub.CircuitPoint, nonce, weight, salt frontend.Variable, votes []frontend.Variable) frontend.Variable {
	xs := append([]frontend.Variable{key.X, key.Y, nonce, weight, salt}, votes...)
	return h.Hash(circuits.DomainVoter, xs...)
}
