package joinvote

import "github.com/zkvote/zkvote/circuits"

// Step names a step of Define for the attack tests.
type Step = step

// The steps of Define, in order.
const (
	StepPoll        = stepPoll
	StepMembership  = stepMembership
	StepNullifier   = stepNullifier
	StepPollKey     = stepPollKey
	StepStateLeaf   = stepStateLeaf
	StepBallot      = stepBallot
	StepEncryption  = stepEncryption
	StepMessageHash = stepMessageHash
	StepEntry       = stepEntry
)

// Steps lists every step of Define.
var Steps = []Step{StepPoll, StepMembership, StepNullifier, StepPollKey, StepStateLeaf, StepBallot, StepEncryption, StepMessageHash, StepEntry}

// NewCircuitWithout returns the circuit with one step left out: a witness
// it accepts while the full circuit refuses it is refused by that step
// alone.
func NewCircuitWithout(params circuits.Params, s Step) *Circuit {
	c := NewCircuit(params)
	c.skip = s
	return c
}

// Assign builds a witness without the native checks, for an explicit poll ID.
var Assign = assign

// Ballot is the join's ballot padded to MaxVoteOptions.
var Ballot = ballot
