package ratelimit

import (
	"github.com/consensys/gnark/frontend"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/merkle"
	"github.com/zkvote/zkvote/circuits/poseidon"
)

// Version is bumped whenever the circuit's constraints change.
const Version = 1

// Circuit is the command pass. Create instances with NewCircuit so that the
// path has the rate tree's depth (the poll's state depth: one rate set per
// join).
type Circuit struct {
	PollID    frontend.Variable `gnark:",public"`
	Root      frontend.Variable `gnark:",public"`
	Nullifier frontend.Variable `gnark:",public"`
	Command   frontend.Variable `gnark:",public"`
	Slots     frontend.Variable `gnark:",public"`

	Secret   frontend.Variable
	Set      [Identities]frontend.Variable
	Position frontend.Variable
	Index    frontend.Variable
	Siblings []frontend.Variable
	Slot     frontend.Variable
}

// NewCircuit returns an empty circuit for a rate tree of the given depth.
func NewCircuit(depth int) *Circuit {
	return &Circuit{Siblings: make([]frontend.Variable, depth)}
}

// Define constrains: the secret's identity is the set's entry at Position;
// the set's leaf is in the tree under Root at Index; Slot < Slots; the
// nullifier is the secret's for this poll and slot; and the command's hash
// is bound to the proof.
func (c *Circuit) Define(api frontend.API) error {
	h := poseidon.New(api)
	pos := api.ToBinary(c.Position, 2)
	api.AssertIsEqual(api.Lookup2(pos[0], pos[1], c.Set[0], c.Set[1], c.Set[2], c.Set[3]), h.Hash(circuits.DomainRateIdentity, c.Secret))
	merkle.AssertIncluded(api, h, c.Root, c.Index, h.Hash(circuits.DomainRateSet, c.Set[:]...), c.Siblings)
	// 0 <= Slot <= Slots-1 < 2^SlotBits: both differences fit in SlotBits
	// bits only if neither wrapped around the field.
	api.ToBinary(c.Slot, SlotBits)
	api.ToBinary(api.Sub(c.Slots, 1, c.Slot), SlotBits)
	api.AssertIsEqual(h.Hash(circuits.DomainRateNullifier, c.Secret, c.PollID, c.Slot), c.Nullifier)
	// A public input that no constraint reads has a zero term in the
	// Groth16 verifying key, and a proof would then hold for any value of
	// it: square the command hash so the pass is bound to its command.
	api.Mul(c.Command, c.Command)
	return nil
}

// Assign returns the circuit assignment of a witness.
func (w *Witness) Assign() *Circuit {
	c := &Circuit{
		PollID: w.PollID, Root: w.Root, Nullifier: w.Nullifier, Command: w.Command, Slots: w.Slots,
		Secret: w.Secret, Position: w.Position, Index: w.Path.Index, Slot: w.Slot,
		Siblings: make([]frontend.Variable, len(w.Path.Siblings)),
	}
	for i := range w.Set {
		c.Set[i] = w.Set[i]
	}
	for i := range w.Path.Siblings {
		c.Siblings[i] = w.Path.Siblings[i]
	}
	return c
}
