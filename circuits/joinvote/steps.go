package joinvote

import (
	"github.com/consensys/gnark/frontend"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/encrypt"
	"github.com/zkvote/zkvote/circuits/internal/steps"
	"github.com/zkvote/zkvote/circuits/merkle"
	"github.com/zkvote/zkvote/circuits/message"
)

// checkPoll: PollID is the hash of the poll fields, so the census root, the
// coordinator key, the mode and the option count are the poll's.
func (c *Circuit) checkPoll(g *steps.Gadgets) {
	g.API.AssertIsEqual(CircuitPollID(g.H, c.CensusRoot, c.CoordinatorKey, c.Mode, c.NumOptions, c.DescriptorHash), c.PollID)
}

// checkMembership: the leaf (Poseidon2(secret), weight) is in the census,
// and 1 <= weight < 2^WeightBits, so sums of votes cannot wrap.
func (c *Circuit) checkMembership(g *steps.Gadgets) {
	commitment := g.H.Hash(circuits.DomainIdentity, c.Secret)
	leaf := g.H.Hash(circuits.DomainCensusLeaf, commitment, c.Weight)
	merkle.AssertIncluded(g.API, g.H, c.CensusRoot, c.CensusIndex, leaf, c.CensusSiblings)
	g.API.ToBinary(c.Weight, c.params.WeightBits)
	g.API.AssertIsDifferent(c.Weight, 0)
}

// checkNullifier: one join per member per poll.
func (c *Circuit) checkNullifier(g *steps.Gadgets) {
	g.API.AssertIsEqual(g.H.Hash(circuits.DomainNullifier, c.Secret, c.PollID), c.Nullifier)
}

// checkPollKey: the voter knows the poll key's private key, and the key
// is not the identity. A voter who could register a key it does not know
// (a briber's), or one under which no signature is valid (the identity:
// processing refuses every command under it), could never change the vote
// later, and would have sold a provable vote. [sk]B is in the prime-order
// subgroup for every sk, so not the identity makes it a valid key.
func (c *Circuit) checkPollKey(g *steps.Gadgets) {
	assertPoint(g.API, babyjub.ScalarMulBase(g.API, g.Curve, c.PollSecret), c.PollKey)
	g.API.AssertIsDifferent(c.PollKey.X, 0)
}

// checkStateLeaf: the state leaf is the voter at nonce 0 — the poll key,
// the weight, the salt and the ballot — so processing takes the ballot
// from the leaf without decrypting the join.
func (c *Circuit) checkStateLeaf(g *steps.Gadgets) {
	leaf := CircuitVoterLeaf(g.H, c.PollKey, 0, c.Weight, c.WeightSalt, c.Votes)
	g.API.AssertIsEqual(leaf, c.StateLeaf)
}

// checkBallot: each vote below 2^WeightBits, zero for options the poll
// does not have, and within the mode's budget.
func (c *Circuit) checkBallot(g *steps.Gadgets) {
	api := g.API
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

// checkEncryption: the ephemeral key is [eph]B and not the identity, the
// coordinator key is a usable ECDH key, and the ciphertext encrypts the
// weight, the salt and the votes under [eph]([8]coordinator key): the
// coordinator can always open the state leaf.
func (c *Circuit) checkEncryption(g *steps.Gadgets) {
	eph := babyjub.ScalarMulBase(g.API, g.Curve, c.EphemeralSecret)
	assertPoint(g.API, eph, c.EphemeralKey)
	g.API.AssertIsDifferent(c.EphemeralKey.X, 0) // not the identity
	shared := babyjub.Shared(g.API, g.Curve, c.EphemeralSecret, c.CoordinatorKey)
	encrypt.AssertEncrypts(g.API, g.H, shared, message.JoinNonce, c.plaintext(), c.Ciphertext)
}

// checkMessageHash: MessageHash binds the transported keys and ciphertext.
func (c *Circuit) checkMessageHash(g *steps.Gadgets) {
	msg := append([]frontend.Variable{c.EphemeralKey.X, c.EphemeralKey.Y, c.PollKey.X, c.PollKey.Y}, c.Ciphertext...)
	g.API.AssertIsEqual(g.H.Hash(circuits.DomainMessage, msg...), c.MessageHash)
}

// checkEntry: Entry is the join's log entry, Hash(DomainChain; KindJoin,
// message hash, state leaf, nullifier), the value the coordinator's chain
// records: one public input stands for the leaf and the message hash, and
// a contract that extends or re-hashes the chain uses it as it is.
func (c *Circuit) checkEntry(g *steps.Gadgets) {
	entry := g.H.Hash(circuits.DomainChain, message.KindJoin, c.MessageHash, c.StateLeaf, c.Nullifier)
	g.API.AssertIsEqual(entry, c.Entry)
}

// plaintext is the join's plaintext: [weight, salt, votes...].
func (c *Circuit) plaintext() []frontend.Variable {
	return append([]frontend.Variable{c.Weight, c.WeightSalt}, c.Votes...)
}

func assertPoint(api frontend.API, got, want babyjub.CircuitPoint) {
	api.AssertIsEqual(got.X, want.X)
	api.AssertIsEqual(got.Y, want.Y)
}
