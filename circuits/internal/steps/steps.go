// Package steps is how the voter's circuits (joinvote, command) are laid
// out: Define is a list of named checks over the circuit's inputs, each
// feeding no other, and a test may leave exactly one out to show that it,
// and no other, rejects a given attack.
package steps

import (
	"github.com/consensys/gnark/frontend"
	twistededwards "github.com/consensys/gnark/std/algebra/native/twistededwards"

	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/poseidon"
)

// Gadgets are the builders every step shares.
type Gadgets struct {
	API   frontend.API
	H     *poseidon.Hasher
	Curve twistededwards.Curve
}

// Runner runs a circuit's steps (named by values of S, the circuit's own
// step type) but the one it skips (only tests set one).
type Runner[S comparable] struct {
	Gadgets
	Skip S
}

// New returns a runner over api that skips skip.
func New[S comparable](api frontend.API, skip S) *Runner[S] {
	return &Runner[S]{Gadgets: Gadgets{API: api, H: poseidon.New(api), Curve: babyjub.NewCurve(api)}, Skip: skip}
}

// Run runs check unless s is the step skipped.
func (r *Runner[S]) Run(s S, check func(*Gadgets)) {
	if s != r.Skip {
		check(&r.Gadgets)
	}
}
