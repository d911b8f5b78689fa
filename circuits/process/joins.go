package process

import (
	"math/big"

	"github.com/consensys/gnark/frontend"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/message"
	"github.com/zkvote/zkvote/circuits/poseidon"
)

// JoinSlot is one join of a join proof: its chain entry's content and the
// opening of its state leaf.
type JoinSlot struct {
	Active frontend.Variable // 0 for padding after the last join
	// Skip (only on an active slot): the join is a duplicate, so its index
	// gets an empty leaf and its votes count nowhere. Bit i of the public
	// JoinEnds.Skipped.
	Skip                   frontend.Variable
	MessageHash, Nullifier frontend.Variable
	Key                    babyjub.CircuitPoint
	Weight, Salt           frontend.Variable
	Votes                  []frontend.Variable
}

// JoinsCircuit is the forward pass: it takes the next Joins entries of the
// join sub-chain, inserts their leaves as one aligned subtree of the state
// tree and adds their ballots to the running totals.
type JoinsCircuit struct {
	// Public is JoinEnds.Hash().
	Public frontend.Variable `gnark:",public"`

	JoinChainIn frontend.Variable
	StateIn     CircuitState
	SaltOut     frontend.Variable
	// Siblings of the batch's subtree, from its level up to the root's
	// children (⌈StateDepth/2⌉ - log4 Joins levels of three).
	Siblings [][3]frontend.Variable
	Slots    []JoinSlot

	shape Shape
	depth int
}

// NewJoinsCircuit returns an empty join circuit for params.
func NewJoinsCircuit(params circuits.Params) (*JoinsCircuit, error) {
	s, err := ShapeFor(params)
	if err != nil {
		return nil, err
	}
	c := &JoinsCircuit{StateIn: newCircuitState(params.MaxVoteOptions), Siblings: make([][3]frontend.Variable, levels(params.StateDepth)-s.joinLevels()),
		Slots: make([]JoinSlot, s.Joins), shape: s, depth: params.StateDepth}
	for i := range c.Slots {
		c.Slots[i].Votes = make([]frontend.Variable, params.MaxVoteOptions)
	}
	return c, nil
}

// Define declares the constraints, as a list of named steps.
func (c *JoinsCircuit) Define(api frontend.API) error {
	h := poseidon.New(api)
	c.assertPadding(api)
	leaves, chain := c.chainJoins(api, h)
	out := c.StateIn
	out.Root = c.insert(api, h, leaves)
	out.Joins = c.countJoins(api)
	out.Totals, out.Squares = c.addBallots(api)
	out.Salt = c.SaltOut
	c.assertEnds(api, h, chain, &out)
	return nil
}

// assertEnds checks the public input against the batch's computed ends.
func (c *JoinsCircuit) assertEnds(api frontend.API, h *poseidon.Hasher, chain frontend.Variable, out *CircuitState) {
	api.AssertIsEqual(h.Hash(circuits.DomainBatch, kindJoins, c.JoinChainIn, chain, c.StateIn.commitment(h), out.commitment(h), c.skipped(api)), c.Public)
}

// skipped packs the Skip flags, bit i for slot i (a linear combination:
// each flag is boolean, and the batch has fewer than 253 slots).
func (c *JoinsCircuit) skipped(api frontend.API) frontend.Variable {
	var mask frontend.Variable = 0
	for i := len(c.Slots) - 1; i >= 0; i-- {
		mask = api.Add(api.Add(mask, mask), c.Slots[i].Skip)
	}
	return mask
}

// live is 1 for a join that counts: active and not skipped.
func live(api frontend.API, s *JoinSlot) frontend.Variable { return api.Sub(s.Active, s.Skip) }

// assertPadding: active slots come first, so leaves keep their join order;
// only an active slot may be skipped.
func (c *JoinsCircuit) assertPadding(api frontend.API) {
	for i, s := range c.Slots {
		api.AssertIsBoolean(s.Active)
		api.AssertIsBoolean(s.Skip)
		api.AssertIsEqual(api.Mul(s.Skip, api.Sub(1, s.Active)), 0)
		if i > 0 {
			api.AssertIsEqual(api.Mul(s.Active, api.Sub(1, c.Slots[i-1].Active)), 0)
		}
	}
}

// chainJoins re-derives each join's leaf and chain entry and extends the
// join sub-chain; padding and skipped slots give an empty (zero) leaf.
func (c *JoinsCircuit) chainJoins(api frontend.API, h *poseidon.Hasher) (leaves []frontend.Variable, chain frontend.Variable) {
	chain = c.JoinChainIn
	leaves = make([]frontend.Variable, len(c.Slots))
	for i, s := range c.Slots {
		leaf := voterLeaf(h, s.Key, 0, s.Weight, s.Salt, s.Votes)
		entry := h.Hash(circuits.DomainChain, message.KindJoin, s.MessageHash, leaf, s.Nullifier)
		chain = api.Select(s.Active, h.Compress(chain, entry), chain)
		leaves[i] = api.Mul(live(api, &s), leaf)
	}
	return leaves, chain
}

// insert puts the batch's leaves as the subtree at position Joins/J, which
// must be empty, and returns the new root. The position is the number of
// joins so far: batches are aligned, so only the last may be partial.
func (c *JoinsCircuit) insert(api frontend.API, h *poseidon.Hasher, leaves []frontend.Variable) frontend.Variable {
	level := leaves
	for len(level) > 1 {
		next := make([]frontend.Variable, len(level)/4)
		for i := range next {
			next[i] = node(api, h, [4]frontend.Variable{level[4*i], level[4*i+1], level[4*i+2], level[4*i+3]})
		}
		level = next
	}
	sub := level[0]
	k := c.shape.joinLevels()
	top := 2 * levels(c.depth)
	bits := api.ToBinary(c.StateIn.Joins, max(c.depth+1, top))
	for i := 0; i < 2*k; i++ {
		api.AssertIsEqual(bits[i], 0) // aligned to the batch size
	}
	for i := c.depth; i < len(bits); i++ {
		api.AssertIsEqual(bits[i], 0) // below 2^StateDepth
	}
	path := bits[2*k : top]
	empty := EmptyRoot(k)
	api.AssertIsEqual(pathRoot(api, h, path, empty.BigInt(new(big.Int)), c.Siblings), c.StateIn.Root)
	return pathRoot(api, h, path, sub, c.Siblings)
}

func (c *JoinsCircuit) countJoins(api frontend.API) frontend.Variable {
	n := c.StateIn.Joins
	for _, s := range c.Slots {
		n = api.Add(n, s.Active)
	}
	return n
}

// addBallots adds every live join's votes (and their squares) to the
// totals. The join+vote proof has bounded each vote below 2^WeightBits.
func (c *JoinsCircuit) addBallots(api frontend.API) (totals, squares []frontend.Variable) {
	totals = append([]frontend.Variable(nil), c.StateIn.Totals...)
	squares = append([]frontend.Variable(nil), c.StateIn.Squares...)
	for _, s := range c.Slots {
		l := live(api, &s)
		for j, v := range s.Votes {
			av := api.Mul(l, v)
			totals[j] = api.Add(totals[j], av)
			squares[j] = api.Add(squares[j], api.Mul(av, v))
		}
	}
	return totals, squares
}
