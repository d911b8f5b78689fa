package process

import (
	"github.com/consensys/gnark/frontend"
	std "github.com/consensys/gnark/std/algebra/native/twistededwards"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/command"
	"github.com/zkvote/zkvote/circuits/eddsa"
	"github.com/zkvote/zkvote/circuits/encrypt"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/message"
	"github.com/zkvote/zkvote/circuits/poseidon"
)

// CommandSlot is one command of a command proof: the message as logged and
// the state of the voter its plaintext names, as it stands when the
// command is processed.
type CommandSlot struct {
	Active frontend.Variable // 0 for padding after the last command
	// Skip (only on an active slot): the command is a copy of an earlier
	// one of the log (posted again through the Poll contract), so it
	// changes nothing. Bit i of the public CommandEnds.Skipped.
	Skip         frontend.Variable
	EphemeralKey babyjub.CircuitPoint
	Ciphertext   []frontend.Variable // none with command proofs
	// Opened, with command proofs only: the message hash, the published
	// opening and the plaintext it opens to (command.PlaintextLen).
	Opened []frontend.Variable

	// Leaf is the state tree's leaf at the named index (0 when empty);
	// when it is not empty, the fields below open it.
	Leaf                frontend.Variable
	Key                 babyjub.CircuitPoint
	Nonce, Weight, Salt frontend.Variable
	Votes               []frontend.Variable
	Siblings            [][3]frontend.Variable
}

// CommandCircuit is the backward pass over one batch of the command
// sub-chain: it re-derives the batch's chain entries in log order, then
// applies the commands newest first to the state tree and the running
// totals, exactly as Processor.apply does.
type CommandCircuit struct {
	// Public is CommandEnds.Hash().
	Public frontend.Variable `gnark:",public"`

	// The poll, bound by its ID.
	CensusRoot     frontend.Variable
	CoordinatorKey babyjub.CircuitPoint
	Mode           frontend.Variable
	NumOptions     frontend.Variable
	DescriptorHash frontend.Variable
	// CoordinatorSecret is the coordinator's private key, checked against
	// CoordinatorKey and decomposed once per batch.
	CoordinatorSecret frontend.Variable

	CmdChainIn frontend.Variable
	StateIn    CircuitState
	SaltOut    frontend.Variable
	Slots      []CommandSlot

	params circuits.Params
	shape  Shape
}

// NewCommandCircuit returns an empty command circuit for params.
func NewCommandCircuit(params circuits.Params) (*CommandCircuit, error) {
	s, err := ShapeFor(params)
	if err != nil {
		return nil, err
	}
	return newCommandCircuit(params, s), nil
}

func newCommandCircuit(params circuits.Params, s Shape) *CommandCircuit {
	c := &CommandCircuit{StateIn: newCircuitState(params.MaxVoteOptions), Slots: make([]CommandSlot, s.Commands), params: params, shape: s}
	for i := range c.Slots {
		if s.CommandProofs {
			c.Slots[i].Opened = make([]frontend.Variable, 2+command.PlaintextLen)
		} else {
			c.Slots[i].Ciphertext = make([]frontend.Variable, s.BodyLen+4)
		}
		c.Slots[i].Votes = make([]frontend.Variable, params.MaxVoteOptions)
		c.Slots[i].Siblings = make([][3]frontend.Variable, levels(params.StateDepth))
	}
	return c
}

// pollContext is what every slot needs of the poll, computed once.
type pollContext struct {
	pollID         frontend.Variable
	skBits         []frontend.Variable
	is1p1v, isQuad frontend.Variable
	optionActive   []frontend.Variable // option j < NumOptions
}

// Define declares the constraints, as a list of named steps.
func (c *CommandCircuit) Define(api frontend.API) error {
	h := poseidon.New(api)
	curve := babyjub.NewCurve(api)
	poll := c.openPoll(api, h, curve)
	chain := c.chainCommands(api, h)
	out := c.StateIn
	out.Totals = append([]frontend.Variable(nil), c.StateIn.Totals...)
	out.Squares = append([]frontend.Variable(nil), c.StateIn.Squares...)
	for i := len(c.Slots) - 1; i >= 0; i-- { // newest first
		c.apply(api, h, curve, poll, &c.Slots[i], &out)
	}
	out.Salt = c.SaltOut
	c.assertEnds(api, h, poll.pollID, chain, &out)
	return nil
}

// assertEnds checks the public input against the batch's computed ends.
func (c *CommandCircuit) assertEnds(api frontend.API, h *poseidon.Hasher, pollID, chain frontend.Variable, out *CircuitState) {
	api.AssertIsEqual(h.Hash(circuits.DomainBatch, kindCommand, pollID, c.CmdChainIn, chain, c.StateIn.commitment(h), out.commitment(h), c.skipped(api)), c.Public)
}

// skipped packs the Skip flags, bit i for slot i (log order).
func (c *CommandCircuit) skipped(api frontend.API) frontend.Variable {
	var mask frontend.Variable = 0
	for i := len(c.Slots) - 1; i >= 0; i-- {
		mask = api.Add(api.Add(mask, mask), c.Slots[i].Skip)
	}
	return mask
}

// openVoter proves the slot's view of the state: whenever the index fits
// the tree (small), Leaf is the tree's leaf there, and a non-empty Leaf is
// the hash of the slot's voter fields. It returns whether a voter exists
// at the index. No voter can be hidden and no state invented.
func openVoter(api frontend.API, h *poseidon.Hasher, s *CommandSlot, small frontend.Variable, indexBits []frontend.Variable, root frontend.Variable) frontend.Variable {
	exists := api.Mul(small, api.Sub(1, api.IsZero(s.Leaf)))
	old := voterLeaf(h, s.Key, s.Nonce, s.Weight, s.Salt, s.Votes)
	api.AssertIsEqual(api.Mul(exists, api.Sub(s.Leaf, old)), 0)
	api.AssertIsEqual(api.Mul(small, api.Sub(pathRoot(api, h, indexBits, s.Leaf, s.Siblings), root)), 0)
	return exists
}

// openPoll recomputes the poll ID, checks the coordinator's secret against
// its key and decomposes it, and derives the mode and option flags.
func (c *CommandCircuit) openPoll(api frontend.API, h *poseidon.Hasher, curve std.Curve) pollContext {
	var p pollContext
	p.pollID = joinvote.CircuitPollID(h, c.CensusRoot, c.CoordinatorKey, c.Mode, c.NumOptions, c.DescriptorHash)
	if !c.shape.CommandProofs { // with command proofs nothing is decrypted
		pub := babyjub.ScalarMulBase(api, curve, c.CoordinatorSecret)
		api.AssertIsEqual(pub.X, c.CoordinatorKey.X)
		api.AssertIsEqual(pub.Y, c.CoordinatorKey.Y)
		p.skBits = api.ToBinary(c.CoordinatorSecret, scalarBits)
	}

	api.AssertIsEqual(api.Mul(c.Mode, api.Sub(c.Mode, 1), api.Sub(c.Mode, 2)), 0)
	p.is1p1v = api.IsZero(c.Mode)
	p.isQuad = api.IsZero(api.Sub(c.Mode, 2))

	// optionActive[j] = 1 iff j < NumOptions, for NumOptions in [1, K].
	k := c.params.MaxVoteOptions
	p.optionActive = make([]frontend.Variable, k)
	active := frontend.Variable(1)
	var hit frontend.Variable = 0
	for j := 0; j < k; j++ {
		if j > 0 {
			eq := api.IsZero(api.Sub(c.NumOptions, j))
			hit = api.Add(hit, eq)
			active = api.Sub(active, eq)
		}
		p.optionActive[j] = active
	}
	api.AssertIsEqual(api.Add(hit, api.IsZero(api.Sub(c.NumOptions, k))), 1)
	return p
}

// chainCommands re-derives each active slot's command entry
// Hash(DomainChain; KindCommand, Hash(DomainMessage; eph, ciphertext))
// (with command proofs: Hash(DomainChain; KindCommand, message hash,
// opening), command.Entry) and extends the command sub-chain in log order.
func (c *CommandCircuit) chainCommands(api frontend.API, h *poseidon.Hasher) frontend.Variable {
	chain := c.CmdChainIn
	for _, s := range c.Slots {
		api.AssertIsBoolean(s.Active)
		api.AssertIsBoolean(s.Skip)
		api.AssertIsEqual(api.Mul(s.Skip, api.Sub(1, s.Active)), 0) // padding is not skipped
		var entry frontend.Variable
		if c.shape.CommandProofs {
			entry = h.Hash(circuits.DomainChain, message.KindCommand, s.Opened[0], s.Opened[1])
		} else {
			mh := h.Hash(circuits.DomainMessage, append([]frontend.Variable{s.EphemeralKey.X, s.EphemeralKey.Y}, s.Ciphertext...)...)
			entry = h.Hash(circuits.DomainChain, message.KindCommand, mh)
		}
		chain = api.Select(s.Active, h.Compress(chain, entry), chain)
	}
	return chain
}

// apply processes one command against the state in out and updates it.
// Every rule of Processor.apply becomes one flag; the command counts iff
// all are 1, and otherwise nothing changes.
func (c *CommandCircuit) apply(api frontend.API, h *poseidon.Hasher, curve std.Curve, poll pollContext, s *CommandSlot, out *CircuitState) {
	wb := c.params.WeightBits
	b := c.shape.BodyLen

	// 1. Read the command: with command proofs, the plaintext its opening
	// commits to (the command proof shows the ciphertext holds it);
	// otherwise decrypted (a valid ephemeral key, then the tag) and of
	// kind command.
	var index, option, weight, nonce frontend.Variable
	var newKey, authKey babyjub.CircuitPoint
	var body []frontend.Variable
	var sig eddsa.CircuitSignature
	var readOK []frontend.Variable
	if c.shape.CommandProofs {
		pt := s.Opened[2:]
		api.AssertIsEqual(api.Mul(s.Active, api.Sub(h.Hash(circuits.DomainOpening, pt...), s.Opened[1])), 0)
		index, option, weight, nonce = pt[0], pt[5], pt[6], pt[7]
		authKey, newKey = babyjub.CircuitPoint{X: pt[1], Y: pt[2]}, babyjub.CircuitPoint{X: pt[3], Y: pt[4]}
	} else {
		ephOK, eph := validKey(api, curve, s.EphemeralKey)
		shared := ecdh(api, curve, poll.skBits, eph)
		pt, tagOK := encrypt.TryDecrypt(api, h, shared, message.CommandNonce, s.Ciphertext)
		body = pt[:b]
		sig = eddsa.CircuitSignature{R: babyjub.CircuitPoint{X: pt[b], Y: pt[b+1]}, S: pt[b+2]}
		kindOK := api.IsZero(api.Sub(body[0], message.KindCommand))
		index, newKey, option, weight, nonce = body[1], babyjub.CircuitPoint{X: body[2], Y: body[3]}, body[4], body[5], body[6]
		readOK = []frontend.Variable{ephOK, tagOK, kindOK}
	}

	// 2. The state index names a voter: it is below 2^StateDepth and its
	// leaf is not empty. The leaf is proven against the root whenever the
	// index fits the tree, so no voter can be hidden.
	small, indexBits, _ := bothBelow(api, index, c.params.StateDepth, weight, wb)
	for len(indexBits) < 2*len(s.Siblings) {
		indexBits = append(indexBits, 0)
	}
	exists := openVoter(api, h, s, small, indexBits, out.Root)

	// 3. The nonce follows the voter's.
	nonceOK := api.IsZero(api.Sub(nonce, api.Add(s.Nonce, 1)))

	// 4. The option is below the poll's option count.
	onehot := make([]frontend.Variable, len(s.Votes))
	var optOK, oldVote, sum, sumSq frontend.Variable = 0, 0, 0, 0
	for j, v := range s.Votes {
		onehot[j] = api.IsZero(api.Sub(option, j))
		optOK = api.Add(optOK, api.Mul(onehot[j], poll.optionActive[j]))
		oldVote = api.Add(oldVote, api.Mul(onehot[j], v))
		sum = api.Add(sum, v)
		sumSq = api.Add(sumSq, api.Mul(v, v))
	}

	// 5. Authorized by the voter's current key: with command proofs, the
	// key the plaintext names (whose secret the command proof shows the
	// sender knows) is the voter's; otherwise the signature, over the poll
	// ID, the ephemeral key and the body, verifies under it.
	var sigOK frontend.Variable
	if c.shape.CommandProofs {
		sigOK = api.Mul(api.IsZero(api.Sub(authKey.X, s.Key.X)), api.IsZero(api.Sub(authKey.Y, s.Key.Y)))
	} else {
		signed := h.Hash(circuits.DomainCommand, append([]frontend.Variable{poll.pollID, s.EphemeralKey.X, s.EphemeralKey.Y}, body...)...)
		sigOK = eddsa.IsValid(api, h, s.Key, signed, sig)
	}

	// 6. The budget holds after replacing the option's weight. Votes and
	// the new weight are below 2^WeightBits (the weight was checked with the
	// index), so the cost stays far below the field size.
	oldSq := api.Mul(oldVote, oldVote)
	newSq := api.Mul(weight, weight)
	costLin := api.Add(api.Sub(sum, oldVote), weight)
	costSq := api.Add(api.Sub(sumSq, oldSq), newSq)
	cost := api.Select(poll.isQuad, costSq, costLin)
	budget := api.Select(poll.is1p1v, 1, s.Weight)
	budgetOK := isNonNegative(api, api.Mul(exists, api.Sub(budget, cost)), 2*wb+10)

	valid := api.Sub(s.Active, s.Skip)
	for _, f := range append(readOK, exists, nonceOK, optOK, sigOK, budgetOK) {
		valid = api.Mul(valid, f)
	}

	// 7. A counted command overwrites the option, sets the key, bumps the
	// nonce and moves the totals by new - old; otherwise nothing changes.
	dv := api.Sub(weight, oldVote)
	dsq := api.Sub(newSq, oldSq)
	votes := make([]frontend.Variable, len(s.Votes))
	for j, v := range s.Votes {
		sel := api.Mul(onehot[j], valid)
		votes[j] = api.Add(v, api.Mul(sel, dv))
		out.Totals[j] = api.Add(out.Totals[j], api.Mul(sel, dv))
		out.Squares[j] = api.Add(out.Squares[j], api.Mul(sel, dsq))
	}
	key := babyjub.CircuitPoint{X: api.Select(valid, newKey.X, s.Key.X), Y: api.Select(valid, newKey.Y, s.Key.Y)}
	leaf := voterLeaf(h, key, api.Add(s.Nonce, valid), s.Weight, s.Salt, votes)
	out.Root = api.Select(valid, pathRoot(api, h, indexBits, leaf, s.Siblings), out.Root)
}
