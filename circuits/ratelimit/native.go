package ratelimit

import (
	"crypto/rand"
	"errors"
	"fmt"
	"io"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/merkle"
	"github.com/zkvote/zkvote/circuits/poseidon"
)

const (
	// Identities is the number of rate identities in a voter's set.
	Identities = 4
	// SlotBits bounds a poll's command slots per identity: slots < 2^SlotBits.
	SlotBits = 8
	// MaxSlots is the most command slots a poll may give each identity.
	MaxSlots = 1<<SlotBits - 1
)

// Errors of the native side.
var (
	ErrSlot     = errors.New("ratelimit: slot out of range")
	ErrPosition = errors.New("ratelimit: no such rate identity in the set")
	ErrPadding  = errors.New("ratelimit: that position of the set is padding")
	// ErrRegistration: a rate set not signed by the join's poll key.
	ErrRegistration = errors.New("ratelimit: the rate set is not signed by the join's poll key")
)

// Identity returns the public rate identity of a rate secret.
func Identity(secret fr.Element) fr.Element {
	return poseidon.Hash(circuits.DomainRateIdentity, secret)
}

// Leaf returns a rate set's leaf in the poll's rate tree.
func Leaf(set [Identities]fr.Element) fr.Element {
	return poseidon.Hash(circuits.DomainRateSet, set[:]...)
}

// Nullifier returns the nullifier that spends one command slot of a rate
// secret in a poll.
func Nullifier(secret, pollID fr.Element, slot uint64) fr.Element {
	var s fr.Element
	s.SetUint64(slot)
	return poseidon.Hash(circuits.DomainRateNullifier, secret, pollID, s)
}

// RegistrationMessage is what a join's poll key signs to register a rate
// set leaf for that poll.
func RegistrationMessage(pollID, leaf fr.Element) fr.Element {
	return poseidon.Hash(circuits.DomainRateRegistration, pollID, leaf)
}

// Set is a voter's rate set: the public identities and, for the positions
// that are real, their secrets (nil for padding). Whoever holds a Set can
// hand any subset of its secrets to someone else; the rest look like
// padding.
type Set struct {
	Identities [Identities]fr.Element
	Secrets    [Identities]*fr.Element
}

// NewSet draws a rate set with real identities at the first n positions
// and random padding after them.
func NewSet(n int, rnd io.Reader) (*Set, error) {
	if n < 1 || n > Identities {
		return nil, fmt.Errorf("%w: %d real identities, want 1 to %d", ErrPosition, n, Identities)
	}
	if rnd == nil {
		rnd = rand.Reader
	}
	s := &Set{}
	for i := range Identities {
		x, err := randomElement(rnd)
		if err != nil {
			return nil, err
		}
		if i < n {
			s.Secrets[i] = &x
			s.Identities[i] = Identity(x)
		} else {
			s.Identities[i] = x // indistinguishable from an identity
		}
	}
	return s, nil
}

func randomElement(rnd io.Reader) (fr.Element, error) {
	var buf [48]byte // 384 bits reduced mod r: a negligible bias
	if _, err := io.ReadFull(rnd, buf[:]); err != nil {
		return fr.Element{}, fmt.Errorf("ratelimit: reading randomness: %w", err)
	}
	var x fr.Element
	x.SetBytes(buf[:])
	return x, nil
}

// Leaf returns the set's leaf.
func (s *Set) Leaf() fr.Element { return Leaf(s.Identities) }

// Statement is a pass's public inputs.
type Statement struct {
	PollID    fr.Element
	Root      fr.Element
	Nullifier fr.Element
	Command   fr.Element
	Slots     uint64
}

// PublicInputs returns the statement in the circuit's public input order.
func (s *Statement) PublicInputs() []fr.Element {
	var slots fr.Element
	slots.SetUint64(s.Slots)
	return []fr.Element{s.PollID, s.Root, s.Nullifier, s.Command, slots}
}

// Witness is everything a pass is made from.
type Witness struct {
	Statement
	Secret   fr.Element
	Set      [Identities]fr.Element
	Position int
	Path     merkle.Proof // the set's leaf in the rate tree under Root
	Slot     uint64
}

// NewWitness assembles a pass for the command with message hash command,
// spending slot of the identity at position of set, whose leaf path leads
// to the rate tree's current root.
func NewWitness(pollID fr.Element, set *Set, position int, path merkle.Proof, slot, slots uint64, command fr.Element) (*Witness, error) {
	if position < 0 || position >= Identities {
		return nil, fmt.Errorf("%w: position %d", ErrPosition, position)
	}
	if set.Secrets[position] == nil {
		return nil, fmt.Errorf("%w: position %d", ErrPadding, position)
	}
	if slots < 1 || slots > MaxSlots || slot >= slots {
		return nil, fmt.Errorf("%w: slot %d of %d", ErrSlot, slot, slots)
	}
	if leaf := set.Leaf(); !path.Leaf.Equal(&leaf) {
		return nil, fmt.Errorf("%w: the path is for another rate set", merkle.ErrInvalidProof)
	}
	if err := path.Verify(len(path.Siblings), path.Root); err != nil {
		return nil, err
	}
	secret := *set.Secrets[position]
	return &Witness{
		Statement: Statement{PollID: pollID, Root: path.Root, Nullifier: Nullifier(secret, pollID, slot), Command: command, Slots: slots},
		Secret:    secret, Set: set.Identities, Position: position, Path: path, Slot: slot,
	}, nil
}

// Check verifies the witness natively, with the circuit's rules.
func (w *Witness) Check() error {
	if w.Position < 0 || w.Position >= Identities {
		return fmt.Errorf("%w: position %d", ErrPosition, w.Position)
	}
	if id := Identity(w.Secret); !id.Equal(&w.Set[w.Position]) {
		return fmt.Errorf("%w: the secret is not the identity at position %d", ErrPosition, w.Position)
	}
	if w.Slots < 1 || w.Slots > MaxSlots || w.Slot >= w.Slots {
		return fmt.Errorf("%w: slot %d of %d", ErrSlot, w.Slot, w.Slots)
	}
	p := w.Path
	p.Leaf = Leaf(w.Set)
	if err := p.Verify(len(p.Siblings), w.Root); err != nil {
		return err
	}
	if n := Nullifier(w.Secret, w.PollID, w.Slot); !n.Equal(&w.Nullifier) {
		return errors.New("ratelimit: nullifier does not match")
	}
	return nil
}
