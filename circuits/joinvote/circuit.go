package joinvote

import (
	"github.com/consensys/gnark/frontend"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/eddsa"
	"github.com/zkvote/zkvote/circuits/encrypt"
	"github.com/zkvote/zkvote/circuits/merkle"
	"github.com/zkvote/zkvote/circuits/message"
	"github.com/zkvote/zkvote/circuits/poseidon"
)

// Circuit is the join+vote proof; see the package documentation for what
// it proves. Create instances with NewCircuit so slices have their sizes.
type Circuit struct {
	// Public inputs.
	PollID      frontend.Variable `gnark:",public"`
	Nullifier   frontend.Variable `gnark:",public"`
	StateLeaf   frontend.Variable `gnark:",public"`
	MessageHash frontend.Variable `gnark:",public"`

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

	// The ballot.
	PollSecret      frontend.Variable
	EphemeralSecret frontend.Variable
	WeightSalt      frontend.Variable
	Votes           []frontend.Variable
	Signature       eddsa.CircuitSignature
	Ciphertext      []frontend.Variable

	params circuits.Params
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

// Define declares the constraints.
func (c *Circuit) Define(api frontend.API) error {
	h := poseidon.New(api)
	curve := babyjub.NewCurve(api)
	wb := c.params.WeightBits

	// The poll: its ID binds the census root, the coordinator key, the mode,
	// the option count and the rest of the definition.
	pollID := h.Hash(circuits.DomainPoll, c.CensusRoot, c.CoordinatorKey.X, c.CoordinatorKey.Y, c.Mode, c.NumOptions, c.DescriptorHash)
	api.AssertIsEqual(pollID, c.PollID)

	// Membership: leaf (Poseidon2(secret), weight) is in the census.
	commitment := h.Hash(circuits.DomainIdentity, c.Secret)
	leaf := h.Hash(circuits.DomainCensusLeaf, commitment, c.Weight)
	merkle.AssertIncluded(api, h, c.CensusRoot, c.CensusIndex, leaf, c.CensusSiblings)
	api.ToBinary(c.Weight, wb) // weight < 2^WeightBits, so sums cannot wrap
	api.AssertIsDifferent(c.Weight, 0)

	// One join per member per poll.
	api.AssertIsEqual(h.Hash(circuits.DomainNullifier, c.Secret, c.PollID), c.Nullifier)

	// The poll key: the voter knows its private key (a voter who registers
	// someone else's key could never change it, which would let a briber
	// own the vote), and the weight enters the state only salted.
	pollKey := babyjub.ScalarMulBase(api, curve, c.PollSecret)
	api.AssertIsEqual(h.Hash(circuits.DomainState, pollKey.X, pollKey.Y, c.Weight, c.WeightSalt), c.StateLeaf)

	// The ballot is valid for the mode.
	c.assertBallot(api)

	// It is signed by the poll key...
	body := make([]frontend.Variable, message.BodyLen(c.params))
	body[0], body[1], body[2] = message.KindJoin, c.Weight, c.WeightSalt
	copy(body[3:], c.Votes)
	for i := 3 + len(c.Votes); i < len(body); i++ {
		body[i] = 0
	}
	// ...bound to the ephemeral key it is encrypted with...
	ephKey := babyjub.ScalarMulBase(api, curve, c.EphemeralSecret)
	api.AssertIsDifferent(ephKey.X, 0) // not the identity
	signed := h.Hash(circuits.DomainCommand, append([]frontend.Variable{c.PollID, ephKey.X, ephKey.Y}, body...)...)
	eddsa.AssertValid(api, h, pollKey, signed, c.Signature)

	// ...and encrypted to the coordinator.
	shared := babyjub.Shared(api, curve, c.EphemeralSecret, c.CoordinatorKey)
	plaintext := append(body, c.Signature.R.X, c.Signature.R.Y, c.Signature.S)
	encrypt.AssertEncrypts(api, h, shared, 0, plaintext, c.Ciphertext)

	msg := append([]frontend.Variable{ephKey.X, ephKey.Y, pollKey.X, pollKey.Y}, c.Ciphertext...)
	api.AssertIsEqual(h.Hash(circuits.DomainMessage, msg...), c.MessageHash)
	return nil
}

// assertBallot constrains the votes: each below 2^WeightBits, zero for
// options the poll does not have, and within the mode's budget.
func (c *Circuit) assertBallot(api frontend.API) {
	wb := c.params.WeightBits
	k := len(c.Votes)

	// Mode in {0, 1, 2}.
	is1p1v := api.IsZero(c.Mode)
	isQuadratic := api.IsZero(api.Sub(c.Mode, int(ModeQuadratic)))
	api.AssertIsEqual(api.Mul(c.Mode, api.Sub(c.Mode, 1), api.Sub(c.Mode, 2)), 0)

	// active[i] = 1 iff i < NumOptions, for NumOptions in [1, K]: it stays 1
	// and drops to 0 exactly once, at i = NumOptions.
	active := frontend.Variable(1)
	var hit frontend.Variable = 0
	var sum, sumSq frontend.Variable = 0, 0
	for i := 0; i < k; i++ {
		if i > 0 {
			eq := api.IsZero(api.Sub(c.NumOptions, i))
			hit = api.Add(hit, eq)
			active = api.Sub(active, eq)
		}
		v := c.Votes[i]
		api.ToBinary(v, wb)
		api.AssertIsEqual(api.Mul(v, api.Sub(1, active)), 0)
		sum = api.Add(sum, v)
		sumSq = api.Add(sumSq, api.Mul(v, v))
	}
	// NumOptions = K gives no hit among 1..K-1; otherwise exactly one.
	api.AssertIsEqual(api.Add(hit, api.IsZero(api.Sub(c.NumOptions, k))), 1)

	cost := api.Add(sum, api.Mul(isQuadratic, api.Sub(sumSq, sum)))
	budget := api.Add(c.Weight, api.Mul(is1p1v, api.Sub(1, c.Weight)))
	// budget - cost in [0, 2^wb): with every vote below 2^wb and at most
	// 256 options the cost is far below the modulus, so an overspent ballot
	// wraps to a huge value and fails this range check.
	api.ToBinary(api.Sub(budget, cost), wb)
}
