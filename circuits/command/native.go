package command

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/encrypt"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/message"
	"github.com/zkvote/zkvote/circuits/poseidon"
)

// Version is the circuit version; bump it whenever the constraints change,
// so keys made for an older circuit are not picked up.
const Version = 1

const (
	// PlaintextLen is the number of plaintext elements: state index,
	// authorizing key x, y, new key x, y, option, weight, nonce, salt.
	PlaintextLen = 9
	// CiphertextLen is the number of ciphertext elements (plaintext + tag).
	CiphertextLen = PlaintextLen + 1
)

// Errors of the native side.
var (
	ErrKey        = errors.New("command: invalid key")
	ErrLength     = errors.New("command: ciphertext has the wrong length")
	ErrOpening    = errors.New("command: the ciphertext does not open to the published opening")
	ErrPlaintext  = errors.New("command: plaintext out of range")
	ErrWeightSize = errors.New("command: weight is not a field element")
)

// Plaintext is a command's plaintext under the authorizing key authKey
// (the voter's key when the command is processed, if it is to count).
func Plaintext(c *message.Command, authKey *babyjub.Point) ([]fr.Element, error) {
	pt := make([]fr.Element, PlaintextLen)
	pt[0].SetUint64(c.StateIndex)
	pt[1], pt[2] = authKey.X, authKey.Y
	pt[3], pt[4] = c.NewKey.X, c.NewKey.Y
	pt[5].SetUint64(c.Option)
	if c.Weight != nil {
		if c.Weight.Sign() < 0 || c.Weight.Cmp(fr.Modulus()) >= 0 {
			return nil, fmt.Errorf("%w: %s", ErrWeightSize, c.Weight)
		}
		pt[6].SetBigInt(c.Weight)
	}
	pt[7].SetUint64(c.Nonce)
	pt[8] = c.Salt
	return pt, nil
}

// Opened is a decrypted command: what it asks and the key it names as its
// signer.
type Opened struct {
	Command message.Command
	AuthKey babyjub.Point
}

// parse reads a plaintext; the indexes, option and nonce must fit 64 bits
// (the processing rules refuse larger ones anyway).
func parse(pt []fr.Element) (*Opened, error) {
	for _, i := range []int{0, 5, 7} {
		if !pt[i].IsUint64() {
			return nil, fmt.Errorf("%w: element %d", ErrPlaintext, i)
		}
	}
	o := &Opened{Command: message.Command{StateIndex: pt[0].Uint64(), Option: pt[5].Uint64(), Nonce: pt[7].Uint64(),
		Weight: pt[6].BigInt(new(big.Int)), Salt: pt[8]}}
	o.AuthKey.X, o.AuthKey.Y = pt[1], pt[2]
	o.Command.NewKey.X, o.Command.NewKey.Y = pt[3], pt[4]
	return o, nil
}

// Opening is the published commitment to a plaintext.
func Opening(plaintext []fr.Element) fr.Element {
	return poseidon.Hash(circuits.DomainOpening, plaintext...)
}

// Entry is a command's entry in the poll's message chain: its message hash
// and its opening.
func Entry(messageHash, opening fr.Element) fr.Element {
	var kind fr.Element
	kind.SetUint64(message.KindCommand)
	return poseidon.Hash(circuits.DomainChain, kind, messageHash, opening)
}

// Statement is what a command and its proof publish.
type Statement struct {
	PollID       fr.Element
	EphemeralKey babyjub.Point
	Ciphertext   []fr.Element
	Opening      fr.Element
}

// MessageHash is the command's message hash (message.Hash).
func (s *Statement) MessageHash() fr.Element { return message.Hash(&s.EphemeralKey, s.Ciphertext) }

// Entry is the command's chain entry.
func (s *Statement) Entry() fr.Element { return Entry(s.MessageHash(), s.Opening) }

// PublicInputs returns the proof's public inputs in circuit order.
func (s *Statement) PublicInputs() []fr.Element { return []fr.Element{s.PollID, s.Entry()} }

// Private is what the sender knows: the command, the private key that
// authorizes it, and a fresh ephemeral key.
type Private struct {
	Command   message.Command
	AuthKey   *babyjub.PrivateKey
	Ephemeral *babyjub.PrivateKey
}

// Witness is a statement with its circuit assignment.
type Witness struct {
	Statement  Statement
	Plaintext  []fr.Element
	Assignment *Circuit
}

// NewWitness encrypts the command to the poll's coordinator and builds the
// proof's witness, after the native checks the circuit makes: a valid
// poll, a valid new key.
func NewWitness(params circuits.Params, poll *joinvote.Poll, priv *Private) (*Witness, error) {
	if err := poll.Validate(params); err != nil {
		return nil, err
	}
	if err := babyjub.ValidatePublicKey(&priv.Command.NewKey); err != nil {
		return nil, fmt.Errorf("%w: new key: %w", ErrKey, err)
	}
	auth, eph := priv.AuthKey.Public(), priv.Ephemeral.Public()
	pt, err := Plaintext(&priv.Command, &auth)
	if err != nil {
		return nil, err
	}
	shared, err := priv.Ephemeral.Shared(&poll.CoordinatorKey)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrKey, err)
	}
	var n fr.Element
	n.SetUint64(message.CommandNonce)
	st := Statement{PollID: poll.ID(), EphemeralKey: eph, Ciphertext: encrypt.Encrypt(&shared, n, pt), Opening: Opening(pt)}
	return &Witness{Statement: st, Plaintext: pt, Assignment: assign(poll, &st, pt, priv)}, nil
}

// assign fills the circuit from a statement, its plaintext and the secrets.
func assign(poll *joinvote.Poll, st *Statement, pt []fr.Element, priv *Private) *Circuit {
	a := NewCircuit()
	a.PollID, a.Entry = st.PollID, st.Entry()
	a.CensusRoot = poll.CensusRoot
	a.CoordinatorKey = babyjub.CircuitPoint{X: poll.CoordinatorKey.X, Y: poll.CoordinatorKey.Y}
	a.Mode, a.NumOptions, a.DescriptorHash = uint64(poll.Mode), poll.NumOptions, poll.DescriptorHash
	a.EphemeralKey = babyjub.CircuitPoint{X: st.EphemeralKey.X, Y: st.EphemeralKey.Y}
	for i := range a.Ciphertext {
		a.Ciphertext[i] = st.Ciphertext[i]
	}
	a.MessageHash, a.Opening = st.MessageHash(), st.Opening
	a.StateIndex = pt[0]
	a.AuthKey = babyjub.CircuitPoint{X: pt[1], Y: pt[2]}
	a.NewKey = babyjub.CircuitPoint{X: pt[3], Y: pt[4]}
	a.Option, a.Weight, a.Nonce, a.Salt = pt[5], pt[6], pt[7], pt[8]
	a.EphemeralSecret = priv.Ephemeral.Scalar()
	a.AuthSecret = priv.AuthKey.Scalar()
	return a
}

// Open is the coordinator's side: it decrypts the command with the
// coordinator key, checks the plaintext is the published opening
// (Decrypt) and reads it.
func Open(coordinator *babyjub.PrivateKey, st *Statement) (*Opened, error) {
	pt, err := Decrypt(coordinator, st)
	if err != nil {
		return nil, err
	}
	return parse(pt)
}

// Decrypt returns the command's plaintext (PlaintextLen elements, in the
// order of Plaintext), after checking it is the published opening's (the
// proof shows it is; this catches a statement that is not the proven one).
func Decrypt(coordinator *babyjub.PrivateKey, st *Statement) ([]fr.Element, error) {
	if len(st.Ciphertext) != CiphertextLen {
		return nil, fmt.Errorf("%w: %d elements, want %d", ErrLength, len(st.Ciphertext), CiphertextLen)
	}
	shared, err := coordinator.Shared(&st.EphemeralKey)
	if err != nil {
		return nil, fmt.Errorf("%w: ephemeral key: %w", ErrKey, err)
	}
	var n fr.Element
	n.SetUint64(message.CommandNonce)
	pt, err := encrypt.Decrypt(&shared, n, st.Ciphertext)
	if err != nil {
		return nil, err
	}
	if o := Opening(pt); !o.Equal(&st.Opening) {
		return nil, ErrOpening
	}
	return pt, nil
}
