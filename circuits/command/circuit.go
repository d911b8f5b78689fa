package command

import (
	"github.com/consensys/gnark/frontend"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/encrypt"
	"github.com/zkvote/zkvote/circuits/internal/steps"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/message"
)

// Circuit is the command proof; see the package documentation for what it
// proves. Create instances with NewCircuit so slices have their sizes.
type Circuit struct {
	// Public inputs.
	PollID frontend.Variable `gnark:",public"`
	Entry  frontend.Variable `gnark:",public"`

	// The poll, bound by PollID.
	CensusRoot     frontend.Variable
	CoordinatorKey babyjub.CircuitPoint
	Mode           frontend.Variable
	NumOptions     frontend.Variable
	DescriptorHash frontend.Variable

	// The message as the log holds it, and its opening; Entry binds the
	// message hash and the opening.
	EphemeralKey babyjub.CircuitPoint
	Ciphertext   []frontend.Variable
	MessageHash  frontend.Variable
	Opening      frontend.Variable

	// The plaintext (Plaintext gives the order).
	StateIndex frontend.Variable
	AuthKey    babyjub.CircuitPoint
	NewKey     babyjub.CircuitPoint
	Option     frontend.Variable
	Weight     frontend.Variable
	Nonce      frontend.Variable
	Salt       frontend.Variable

	// The sender's secrets.
	EphemeralSecret frontend.Variable
	AuthSecret      frontend.Variable

	skip step // a step left out, only ever set by tests (export_test.go)
}

// NewCircuit returns an empty circuit.
func NewCircuit() *Circuit {
	return &Circuit{Ciphertext: make([]frontend.Variable, CiphertextLen)}
}

// Define declares the constraints as a list of named steps, each a check
// over the circuit's inputs alone (no step feeds another), so that the
// tests can leave exactly one out and show that it, and no other, rejects
// a given attack.
func (c *Circuit) Define(api frontend.API) error {
	r := steps.New(api, c.skip)
	r.Run(stepPoll, c.checkPoll)
	r.Run(stepEphemeralKey, c.checkEphemeralKey)
	r.Run(stepEncryption, c.checkEncryption)
	r.Run(stepMessageHash, c.checkMessageHash)
	r.Run(stepAuthorization, c.checkAuthorization)
	r.Run(stepNewKey, c.checkNewKey)
	r.Run(stepOpening, c.checkOpening)
	r.Run(stepEntry, c.checkEntry)
	return nil
}

// step names one check of Define.
type step int

const (
	stepPoll step = iota + 1
	stepEphemeralKey
	stepEncryption
	stepMessageHash
	stepAuthorization
	stepNewKey
	stepOpening
	stepEntry
)

var stepNames = map[step]string{
	stepPoll:          "poll",
	stepEphemeralKey:  "ephemeral key",
	stepEncryption:    "encryption",
	stepMessageHash:   "message hash",
	stepAuthorization: "authorization",
	stepNewKey:        "new key",
	stepOpening:       "opening",
	stepEntry:         "entry",
}

// String returns the step's name as the package documentation gives it.
func (s step) String() string { return stepNames[s] }

// checkPoll: PollID is the hash of the poll fields, so the coordinator key
// is the poll's.
func (c *Circuit) checkPoll(g *steps.Gadgets) {
	g.API.AssertIsEqual(joinvote.CircuitPollID(g.H, c.CensusRoot, c.CoordinatorKey, c.Mode, c.NumOptions, c.DescriptorHash), c.PollID)
}

// checkEphemeralKey: the ephemeral key is [eph]B and not the identity.
func (c *Circuit) checkEphemeralKey(g *steps.Gadgets) {
	assertPoint(g.API, babyjub.ScalarMulBase(g.API, g.Curve, c.EphemeralSecret), c.EphemeralKey)
	g.API.AssertIsDifferent(c.EphemeralKey.X, 0)
}

// checkEncryption: the ciphertext encrypts the plaintext under
// [eph]([8]coordinator key), nonce message.CommandNonce: the coordinator
// can always open the command, and opens exactly this plaintext.
func (c *Circuit) checkEncryption(g *steps.Gadgets) {
	shared := babyjub.Shared(g.API, g.Curve, c.EphemeralSecret, c.CoordinatorKey)
	encrypt.AssertEncrypts(g.API, g.H, shared, message.CommandNonce, c.plaintext(), c.Ciphertext)
}

// checkMessageHash: MessageHash binds the ephemeral key and the ciphertext
// (message.Hash).
func (c *Circuit) checkMessageHash(g *steps.Gadgets) {
	msg := append([]frontend.Variable{c.EphemeralKey.X, c.EphemeralKey.Y}, c.Ciphertext...)
	g.API.AssertIsEqual(g.H.Hash(circuits.DomainMessage, msg...), c.MessageHash)
}

// checkAuthorization: the sender knows the private key of the key the
// plaintext names as its signer, [sk]B, not the identity. This is what a
// signature inside the ciphertext showed: processing counts the command
// only if that key is the voter's key at that point.
func (c *Circuit) checkAuthorization(g *steps.Gadgets) {
	assertPoint(g.API, babyjub.ScalarMulBase(g.API, g.Curve, c.AuthSecret), c.AuthKey)
	g.API.AssertIsDifferent(c.AuthKey.X, 0)
}

// checkNewKey: the new key is a valid key (on the curve, in the prime-order
// subgroup, not the identity), so no command can leave a voter with a key
// under which nothing counts.
func (c *Circuit) checkNewKey(g *steps.Gadgets) {
	g.API.AssertIsEqual(babyjub.IsValidPublicKey(g.API, g.Curve, c.NewKey), 1)
}

// checkOpening: Opening is the hash of the plaintext. The salt in it hides
// the rest, so it can be published; processing opens it instead of
// decrypting the command.
func (c *Circuit) checkOpening(g *steps.Gadgets) {
	g.API.AssertIsEqual(g.H.Hash(circuits.DomainOpening, c.plaintext()...), c.Opening)
}

// checkEntry: Entry is the command's chain entry of its message hash and
// opening (Entry).
func (c *Circuit) checkEntry(g *steps.Gadgets) {
	g.API.AssertIsEqual(g.H.Hash(circuits.DomainChain, message.KindCommand, c.MessageHash, c.Opening), c.Entry)
}

// plaintext is the command's plaintext in the order of Plaintext.
func (c *Circuit) plaintext() []frontend.Variable {
	return []frontend.Variable{c.StateIndex, c.AuthKey.X, c.AuthKey.Y, c.NewKey.X, c.NewKey.Y, c.Option, c.Weight, c.Nonce, c.Salt}
}

func assertPoint(api frontend.API, got, want babyjub.CircuitPoint) {
	api.AssertIsEqual(got.X, want.X)
	api.AssertIsEqual(got.Y, want.Y)
}
