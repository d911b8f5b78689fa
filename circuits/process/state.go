package process

import (
	"github.com/consensys/gnark/frontend"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/poseidon"
)

// CircuitState is a State as circuit variables.
type CircuitState struct {
	Root, Joins, Salt frontend.Variable
	Totals, Squares   []frontend.Variable
}

func newCircuitState(options int) CircuitState {
	return CircuitState{Totals: make([]frontend.Variable, options), Squares: make([]frontend.Variable, options)}
}

// Assign returns the circuit form of s.
func (s *State) Assign() CircuitState {
	c := CircuitState{Root: s.Root, Joins: s.Joins, Salt: s.Salt,
		Totals: make([]frontend.Variable, len(s.Totals)), Squares: make([]frontend.Variable, len(s.Squares))}
	for i := range s.Totals {
		c.Totals[i], c.Squares[i] = s.Totals[i], s.Squares[i]
	}
	return c
}

// commitment is the in-circuit State.Commitment.
func (s *CircuitState) commitment(h *poseidon.Hasher) frontend.Variable {
	blinded := h.Hash(circuits.DomainProcess, s.Root, s.Salt)
	xs := append([]frontend.Variable{blinded, s.Joins}, s.Totals...)
	return h.Hash(circuits.DomainProcess, append(xs, s.Squares...)...)
}

// voterLeaf is the in-circuit VoterLeaf.
func voterLeaf(h *poseidon.Hasher, key babyjub.CircuitPoint, nonce, weight, salt frontend.Variable, votes []frontend.Variable) frontend.Variable {
	return joinvote.CircuitVoterLeaf(h, key, nonce, weight, salt, votes)
}
