package process

import (
	"github.com/consensys/gnark/frontend"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/poseidon"
)

// SplitCircuit routes a run of the sealed log's entries into the join and
// command sub-chains (see the package documentation). An entry is opaque
// here: the join and command proofs re-derive each entry of their
// sub-chain from its content, under their kind, so an entry routed to the
// wrong sub-chain cannot be opened there.
type SplitCircuit struct {
	// Public is SplitEnds.Hash().
	Public frontend.Variable `gnark:",public"`

	ChainIn, JoinChainIn, CmdChainIn frontend.Variable
	// Per slot: Active (0 for padding after the log's end), IsJoin, Entry.
	Active, IsJoin, Entry []frontend.Variable
}

// NewSplitCircuit returns an empty split circuit for shape s.
func NewSplitCircuit(s Shape) *SplitCircuit {
	return &SplitCircuit{Active: make([]frontend.Variable, s.Entries), IsJoin: make([]frontend.Variable, s.Entries),
		Entry: make([]frontend.Variable, s.Entries)}
}

// Define declares the constraints.
func (c *SplitCircuit) Define(api frontend.API) error {
	h := poseidon.New(api)
	chain, joins, cmds := c.route(api, h)
	c.assertPublic(api, h, chain, joins, cmds)
	return nil
}

// route extends the sealed chain by every active entry and the sub-chain
// of its kind by the same entry.
func (c *SplitCircuit) route(api frontend.API, h *poseidon.Hasher) (chain, joins, cmds frontend.Variable) {
	chain, joins, cmds = c.ChainIn, c.JoinChainIn, c.CmdChainIn
	for i := range c.Entry {
		api.AssertIsBoolean(c.Active[i])
		api.AssertIsBoolean(c.IsJoin[i])
		chain = api.Select(c.Active[i], h.Compress(chain, c.Entry[i]), chain)
		sub := h.Compress(api.Select(c.IsJoin[i], joins, cmds), c.Entry[i])
		toJoins := api.Mul(c.Active[i], c.IsJoin[i])
		toCmds := api.Sub(c.Active[i], toJoins)
		joins = api.Select(toJoins, sub, joins)
		cmds = api.Select(toCmds, sub, cmds)
	}
	return chain, joins, cmds
}

func (c *SplitCircuit) assertPublic(api frontend.API, h *poseidon.Hasher, chain, joins, cmds frontend.Variable) {
	api.AssertIsEqual(h.Hash(circuits.DomainBatch, kindSplit, c.ChainIn, chain, c.JoinChainIn, joins, c.CmdChainIn, cmds), c.Public)
}
