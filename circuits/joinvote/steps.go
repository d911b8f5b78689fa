package joinvote

import (
	"github.com/consensys/gnark/frontend"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/eddsa"
	"github.com/zkvote/zkvote/circuits/encrypt"
	"github.com/zkvote/zkvote/circuits/merkle"
	"github.com/zkvote/zkvote/circuits/message"
)

// checkPoll: PollID is the hash of the poll fields, so the census root, the
// coordinator key, the mode and the option count are the poll's.
func (c *Circuit) checkPoll(g *gadgets) {
	id := g.h.Hash(circuits.DomainPoll, c.CensusRoot, c.CoordinatorKey.X, c.CoordinatorKey.Y, c.Mode, c.NumOptions, c.DescriptorHash)
	g.api.AssertIsEqual(id, c.PollID)
}

// checkMembership: the leaf (Poseidon2(secret), weight) is in the census,
// and 1 <= weight < 2^WeightBits, so sums of votes cannot wrap.
func (c *Circuit) checkMembership(g *gadgets) {
	commitment := g.h.Hash(circuits.DomainIdentity, c.Secret)
	leaf := g.h.Hash(circuits.DomainCensusLeaf, commitment, c.Weight)
	merkle.AssertIncluded(g.api, g.h, c.CensusRoot, c.CensusIndex, leaf, c.CensusSiblings)
	g.api.ToBinary(c.Weight, c.params.WeightBits)
	g.api.AssertIsDifferent(c.Weight, 0)
}

// checkNullifier: one join per member per poll.
func (c *Circuit) checkNullifier(g *gadgets) {
	g.api.AssertIsEqual(g.h.Hash(circuits.DomainNullifier, c.Secret, c.PollID), c.Nullifier)
}

// checkPollKey: the voter knows the poll key's private key (a voter who
// registers someone else's key could never change it, which would let a
// briber own the vote), and the state leaf holds that key and the weight,
// the weight only salted.
func (c *Circuit) checkPollKey(g *gadgets) {
	assertPoint(g.api, babyjub.ScalarMulBase(g.api, g.curve, c.PollSecret), c.PollKey)
	leaf := g.h.Hash(circuits.DomainState, c.PollKey.X, c.PollKey.Y, c.Weight, c.WeightSalt)
	g.api.AssertIsEqual(leaf, c.StateLeaf)
}

// checkBallot: each vote below 2^WeightBits, zero for options the poll
// does not have, and within the mode's budget.
func (c *Circuit) checkBallot(g *gadgets) {
	api := g.api
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

// checkSignature: the poll key signs the ballot body, the poll ID and the
// ephemeral key it travels under, so the coordinator and ProcessMessages
// can treat the join ballot as a signed command.
func (c *Circuit) checkSignature(g *gadgets) {
	signed := g.h.Hash(circuits.DomainCommand, append([]frontend.Variable{c.PollID, c.EphemeralKey.X, c.EphemeralKey.Y}, c.body()...)...)
	eddsa.AssertValid(g.api, g.h, c.PollKey, signed, c.Signature)
}

// checkEncryption: the ephemeral key is [eph]B and not the identity, the
// coordinator key is a usable ECDH key, and the ciphertext encrypts body
// and signature under [eph]([8]coordinator key).
func (c *Circuit) checkEncryption(g *gadgets) {
	eph := babyjub.ScalarMulBase(g.api, g.curve, c.EphemeralSecret)
	assertPoint(g.api, eph, c.EphemeralKey)
	g.api.AssertIsDifferent(c.EphemeralKey.X, 0) // not the identity
	shared := babyjub.Shared(g.api, g.curve, c.EphemeralSecret, c.CoordinatorKey)
	plaintext := append(c.body(), c.Signature.R.X, c.Signature.R.Y, c.Signature.S)
	encrypt.AssertEncrypts(g.api, g.h, shared, 0, plaintext, c.Ciphertext)
}

// checkMessageHash: MessageHash binds the transported keys and ciphertext.
func (c *Circuit) checkMessageHash(g *gadgets) {
	msg := append([]frontend.Variable{c.EphemeralKey.X, c.EphemeralKey.Y, c.PollKey.X, c.PollKey.Y}, c.Ciphertext...)
	g.api.AssertIsEqual(g.h.Hash(circuits.DomainMessage, msg...), c.MessageHash)
}

// body is the join's message body: [KindJoin, weight, salt, votes..., 0...].
func (c *Circuit) body() []frontend.Variable {
	body := make([]frontend.Variable, message.BodyLen(c.params))
	body[0], body[1], body[2] = message.KindJoin, c.Weight, c.WeightSalt
	copy(body[3:], c.Votes)
	for i := 3 + len(c.Votes); i < len(body); i++ {
		body[i] = 0
	}
	return body
}

func assertPoint(api frontend.API, got, want babyjub.CircuitPoint) {
	api.AssertIsEqual(got.X, want.X)
	api.AssertIsEqual(got.Y, want.Y)
}
