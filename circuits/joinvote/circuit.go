package joinvote

import (
	"github.com/consensys/gnark/frontend"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/internal/steps"
)

// Circuit is the join+vote proof; see the package documentation for what
// it proves. Create instances with NewCircuit so slices have their sizes.
type Circuit struct {
	// Public inputs.
	PollID    frontend.Variable `gnark:",public"`
	Nullifier frontend.Variable `gnark:",public"`
	Entry     frontend.Variable `gnark:",public"`

	// The join's log entry, opened: Entry binds them.
	StateLeaf   frontend.Variable
	MessageHash frontend.Variable

	// The poll, bound by PollID.
	CensusRoot     frontend.Variable
	CoordinatorKey babyjub.CircuitPoint
	Mode           frontend.Variable
	NumOptions     frontend.Variable
	DescriptorHash frontend.Variable

	// The member.
	Secret         frontend.Variable
	Weight         frontend.Variable
	CensusIndex    frontend.Variable
	CensusSiblings []frontend.Variable

	// The ballot. The two public keys are inputs of their own, each tied
	// to its private key by exactly one step, so that every other step
	// reads them as given.
	PollKey         babyjub.CircuitPoint
	PollSecret      frontend.Variable
	EphemeralKey    babyjub.CircuitPoint
	EphemeralSecret frontend.Variable
	WeightSalt      frontend.Variable
	Votes           []frontend.Variable
	Ciphertext      []frontend.Variable

	params circuits.Params
	skip   step // a step left out, only ever set by tests (export_test.go)
}

// NewCircuit returns an empty circuit shaped by params.
func NewCircuit(params circuits.Params) *Circuit {
	return &Circuit{
		CensusSiblings: make([]frontend.Variable, params.CensusDepth),
		Votes:          make([]frontend.Variable, params.MaxVoteOptions),
		Ciphertext:     make([]frontend.Variable, CiphertextLen(params)),
		params:         params,
	}
}

// Define declares the constraints as a list of named steps. Each step is a
// check over the circuit's inputs alone (no step feeds another), so the
// tests can leave exactly one out and show that it, and no other, rejects
// a given attack.
func (c *Circuit) Define(api frontend.API) error {
	r := steps.New(api, c.skip)
	r.Run(stepPoll, c.checkPoll)
	r.Run(stepMembership, c.checkMembership)
	r.Run(stepNullifier, c.checkNullifier)
	r.Run(stepPollKey, c.checkPollKey)
	r.Run(stepStateLeaf, c.checkStateLeaf)
	r.Run(stepBallot, c.checkBallot)
	r.Run(stepEncryption, c.checkEncryption)
	r.Run(stepMessageHash, c.checkMessageHash)
	r.Run(stepEntry, c.checkEntry)
	return nil
}

// step names one check of Define.
type step int

const (
	stepPoll step = iota + 1
	stepMembership
	stepNullifier
	stepPollKey
	stepStateLeaf
	stepBallot
	stepEncryption
	stepMessageHash
	stepEntry
)

var stepNames = map[step]string{
	stepPoll:        "poll",
	stepMembership:  "membership",
	stepNullifier:   "nullifier",
	stepPollKey:     "poll key",
	stepStateLeaf:   "state leaf",
	stepBallot:      "ballot",
	stepEncryption:  "encryption",
	stepMessageHash: "message hash",
	stepEntry:       "entry",
}

// String returns the step's name as the package documentation gives it.
func (s step) String() string { return stepNames[s] }
