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
// wrong sub-chain cannot be opened there. An entry that came through the
// Poll contract (OnChain) also extends the on-chain sub-chain, which the
// contract keeps itself: a log that drops, reorders or invents an on-chain
// entry ends at another on-chain sub-chain than the contract's.
type SplitCircuit struct {
	// Public is SplitEnds.Hash().
	Public frontend.Variable `gnark:",public"`

	ChainIn, JoinChainIn, CmdChainIn, OnChainIn frontend.Variable
	// Per slot: Active (0 for padding after the log's end), IsJoin,
	// OnChain (only on an active slot), Entry.
	Active, IsJoin, OnChain, Entry []frontend.Variable
}

// NewSplitCircuit returns an empty split circuit for shape s.
func NewSplitCircuit(s Shape) *SplitCircuit {
	return &SplitCircuit{Active: make([]frontend.Variable, s.Entries), IsJoin: make([]frontend.Variable, s.Entries),
		OnChain: make([]frontend.Variable, s.Entries), Entry: make([]frontend.Variable, s.Entries)}
}

// Define declares the constraints.
func (c *SplitCircuit) Define(api frontend.API) error {
	h := poseidon.New(api)
	chain, joins, cmds, onchain := c.route(api, h)
	c.assertPublic(api, h, chain, joins, cmds, onchain)
	return nil
}

// route extends the sealed chain by every active entry, the sub-chain of
// its kind by the same entry, and the on-chain sub-chain by every entry
// flagged on-chain.
func (c *SplitCircuit) route(api frontend.API, h *poseidon.Hasher) (chain, joins, cmds, onchain frontend.Variable) {
	chain, joins, cmds, onchain = c.ChainIn, c.JoinChainIn, c.CmdChainIn, c.OnChainIn
	for i := range c.Entry {
		api.AssertIsBoolean(c.Active[i])
		api.AssertIsBoolean(c.IsJoin[i])
		api.AssertIsBoolean(c.OnChain[i])
		api.AssertIsEqual(api.Mul(c.OnChain[i], api.Sub(1, c.Active[i])), 0) // padding is not on-chain
		chain = api.Select(c.Active[i], h.Compress(chain, c.Entry[i]), chain)
		sub := h.Compress(api.Select(c.IsJoin[i], joins, cmds), c.Entry[i])
		toJoins := api.Mul(c.Active[i], c.IsJoin[i])
		toCmds := api.Sub(c.Active[i], toJoins)
		joins = api.Select(toJoins, sub, joins)
		cmds = api.Select(toCmds, sub, cmds)
		onchain = api.Select(c.OnChain[i], h.Compress(onchain, c.Entry[i]), onchain)
	}
	return chain, joins, cmds, onchain
}

// assertPublic: the split's public input (SplitEnds.Hash) leads with the
// on-chain sub-chain's two ends compressed into one element, where the
// other kinds have their kind, so that seven values keep to the width-8
// sponge the Tally contract compiles in (the split is the only kind with
// seven, and the sponge's capacity holds the count).
func (c *SplitCircuit) assertPublic(api frontend.API, h *poseidon.Hasher, chain, joins, cmds, onchain frontend.Variable) {
	api.AssertIsEqual(h.Hash(circuits.DomainBatch, h.Compress(c.OnChainIn, onchain), c.ChainIn, chain, c.JoinChainIn, joins, c.CmdChainIn, cmds), c.Public)
}
