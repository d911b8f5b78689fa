package joinvote

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/merkle"
	"github.com/zkvote/zkvote/circuits/message"
	"github.com/zkvote/zkvote/circuits/poseidon"
)

// Private is everything the voter knows and the proof hides.
type Private struct {
	IdentitySecret fr.Element
	Weight         *big.Int
	CensusIndex    uint64
	CensusSiblings []fr.Element
	PollKey        *babyjub.PrivateKey // fresh per poll
	EphemeralKey   *babyjub.PrivateKey // fresh per message
	WeightSalt     fr.Element          // random; hides the weight and votes in the state leaf
	Votes          []*big.Int          // one entry per poll option
}

// Statement is the public side of a join+vote: the four public inputs of
// the proof, and the values they hash (the poll key, the ephemeral key and
// the ciphertext) which travel with the proof.
type Statement struct {
	PollID       fr.Element
	Nullifier    fr.Element
	StateLeaf    fr.Element
	MessageHash  fr.Element
	PollKey      babyjub.Point
	EphemeralKey babyjub.Point
	Ciphertext   []fr.Element
}

// PublicInputs returns the proof's public inputs in circuit order: the
// poll ID, the nullifier and the join's log entry.
func (s *Statement) PublicInputs() []fr.Element {
	return []fr.Element{s.PollID, s.Nullifier, s.Entry()}
}

// Entry is the join's entry in the poll's message chain
// (message.JoinEntry of its message hash, state leaf and nullifier).
func (s *Statement) Entry() fr.Element {
	return message.JoinEntry(s.MessageHash, s.StateLeaf, s.Nullifier)
}

// PublicInputsFor returns the public inputs for a verifying key with n of
// them: 3 for this version, 4 for keys made before version 6 (poll ID,
// nullifier, state leaf, message hash), so that a poll published then
// still verifies.
func (s *Statement) PublicInputsFor(n int) []fr.Element {
	if n == 4 {
		return []fr.Element{s.PollID, s.Nullifier, s.StateLeaf, s.MessageHash}
	}
	return s.PublicInputs()
}

// Nullifier is Poseidon2(secret, pollID): one join per member per poll,
// unlinkable across polls.
func Nullifier(secret, pollID fr.Element) fr.Element {
	return poseidon.Hash(circuits.DomainNullifier, secret, pollID)
}

// MessageHash binds the ephemeral key, the poll key and the ciphertext; it
// is what the coordinator's message chain records for a join.
func MessageHash(ephemeral, pollKey *babyjub.Point, ct []fr.Element) fr.Element {
	xs := append([]fr.Element{ephemeral.X, ephemeral.Y, pollKey.X, pollKey.Y}, ct...)
	return poseidon.Hash(circuits.DomainMessage, xs...)
}

// CheckStatement recomputes MessageHash from the transported values, so a
// receiver knows the ciphertext and keys are those the proof speaks of.
func (s *Statement) CheckStatement(params circuits.Params) error {
	if len(s.Ciphertext) != CiphertextLen(params) {
		return fmt.Errorf("%w: %d elements, want %d", ErrCiphertextLen, len(s.Ciphertext), CiphertextLen(params))
	}
	for name, k := range map[string]*babyjub.Point{"poll key": &s.PollKey, "ephemeral key": &s.EphemeralKey} {
		if err := babyjub.ValidatePublicKey(k); err != nil {
			return fmt.Errorf("%w: %s: %w", ErrKey, name, err)
		}
	}
	h := MessageHash(&s.EphemeralKey, &s.PollKey, s.Ciphertext)
	if !h.Equal(&s.MessageHash) {
		return fmt.Errorf("joinvote: message hash does not match the ciphertext and keys")
	}
	return nil
}

func bigElement(v *big.Int) fr.Element {
	var e fr.Element
	e.SetBigInt(v)
	return e
}

// checkBallot validates the ballot natively with the circuit's rules, so a
// bad ballot fails with a clear error instead of an unsatisfiable circuit.
func checkBallot(params circuits.Params, poll *Poll, weight *big.Int, votes []*big.Int) error {
	limit := new(big.Int).Lsh(big.NewInt(1), uint(params.WeightBits))
	if weight == nil || weight.Sign() <= 0 || weight.Cmp(limit) >= 0 {
		return fmt.Errorf("%w: weight must be in [1, 2^%d)", ErrWeightRange, params.WeightBits)
	}
	if len(votes) > poll.NumOptions {
		return fmt.Errorf("%w: %d votes for %d options", ErrOptionRange, len(votes), poll.NumOptions)
	}
	for i, v := range votes {
		if v == nil || v.Sign() < 0 || v.Cmp(limit) >= 0 {
			return fmt.Errorf("%w: option %d", ErrVoteRange, i)
		}
	}
	if cost, budget := poll.Cost(votes), poll.Budget(weight); cost.Cmp(budget) > 0 {
		return fmt.Errorf("%w: the ballot costs %s, the budget is %s (%s mode)", ErrBudget, cost, budget, poll.Mode)
	}
	return nil
}

// Witness is a complete join+vote witness: the statement and the circuit
// assignment that proves it.
type Witness struct {
	Statement  Statement
	Assignment *Circuit
}

// NewWitness checks the voter's inputs against the poll and computes the
// statement and the circuit assignment.
func NewWitness(params circuits.Params, poll *Poll, priv *Private) (*Witness, error) {
	if err := poll.Validate(params); err != nil {
		return nil, err
	}
	if err := checkBallot(params, poll, priv.Weight, priv.Votes); err != nil {
		return nil, err
	}
	if priv.PollKey == nil || priv.EphemeralKey == nil {
		return nil, fmt.Errorf("%w: poll key and ephemeral key are required", ErrKey)
	}
	leaf := poseidon.Hash(circuits.DomainCensusLeaf, poseidon.Hash(circuits.DomainIdentity, priv.IdentitySecret), bigElement(priv.Weight))
	proof := merkle.Proof{Index: priv.CensusIndex, Leaf: leaf, Siblings: priv.CensusSiblings}
	if err := proof.Verify(params.CensusDepth, poll.CensusRoot); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNotMember, err)
	}
	return assign(params, poll, poll.ID(), priv)
}

// ballot is the join's ballot as the state leaf and the plaintext hold
// it: one vote per option up to MaxVoteOptions, unused options 0.
func ballot(params circuits.Params, votes []*big.Int) ([]fr.Element, error) {
	if len(votes) > params.MaxVoteOptions {
		return nil, fmt.Errorf("%w: %d votes, at most %d options", ErrOptionRange, len(votes), params.MaxVoteOptions)
	}
	out := make([]fr.Element, params.MaxVoteOptions)
	for i, v := range votes {
		out[i] = bigElement(v)
	}
	return out, nil
}

// assign computes the statement and the assignment for the poll fields,
// pollID and the voter's inputs, checking nothing: NewWitness checks first,
// and the attack tests use it to build witnesses that are consistent
// everywhere but at the step they target.
func assign(params circuits.Params, poll *Poll, pollID fr.Element, priv *Private) (*Witness, error) {
	weight := bigElement(priv.Weight)
	pollPub := priv.PollKey.Public()
	ephPub := priv.EphemeralKey.Public()

	votes, err := ballot(params, priv.Votes)
	if err != nil {
		return nil, err
	}
	plaintext, err := message.JoinPlaintext(params, weight, priv.WeightSalt, votes)
	if err != nil {
		return nil, err
	}
	_, ct, err := message.EncryptJoin(params, plaintext, priv.EphemeralKey, &poll.CoordinatorKey)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrKey, err)
	}

	st := Statement{
		PollID:       pollID,
		Nullifier:    Nullifier(priv.IdentitySecret, pollID),
		StateLeaf:    StateLeaf(&pollPub, weight, priv.WeightSalt, votes),
		MessageHash:  MessageHash(&ephPub, &pollPub, ct),
		PollKey:      pollPub,
		EphemeralKey: ephPub,
		Ciphertext:   ct,
	}
	a := NewCircuit(params)
	a.PollID, a.Nullifier, a.Entry = st.PollID, st.Nullifier, st.Entry()
	a.StateLeaf, a.MessageHash = st.StateLeaf, st.MessageHash
	a.CensusRoot = poll.CensusRoot
	a.CoordinatorKey = babyjub.CircuitPoint{X: poll.CoordinatorKey.X, Y: poll.CoordinatorKey.Y}
	a.Mode = uint64(poll.Mode)
	a.NumOptions = poll.NumOptions
	a.DescriptorHash = poll.DescriptorHash
	a.Secret = priv.IdentitySecret
	a.Weight = weight
	a.CensusIndex = priv.CensusIndex
	for i := range a.CensusSiblings {
		a.CensusSiblings[i] = priv.CensusSiblings[i]
	}
	a.PollKey = babyjub.CircuitPoint{X: pollPub.X, Y: pollPub.Y}
	a.PollSecret = priv.PollKey.Scalar()
	a.EphemeralKey = babyjub.CircuitPoint{X: ephPub.X, Y: ephPub.Y}
	a.EphemeralSecret = priv.EphemeralKey.Scalar()
	a.WeightSalt = priv.WeightSalt
	for i := range a.Votes {
		a.Votes[i] = votes[i]
	}
	for i := range a.Ciphertext {
		a.Ciphertext[i] = ct[i]
	}
	return &Witness{Statement: st, Assignment: a}, nil
}

// DecryptBallot is the coordinator's side: it opens a join's ciphertext
// with the coordinator key and returns the census weight, the salt and the
// MaxVoteOptions votes, after checking that they open the join's state
// leaf (the proof shows they do; this catches a statement that is not the
// proven one).
func DecryptBallot(params circuits.Params, coordinator *babyjub.PrivateKey, st *Statement) (weight fr.Element, salt fr.Element, votes []fr.Element, err error) {
	if err = st.CheckStatement(params); err != nil {
		return
	}
	if weight, salt, votes, err = message.OpenJoin(params, coordinator, &st.EphemeralKey, st.Ciphertext); err != nil {
		return
	}
	if leaf := StateLeaf(&st.PollKey, weight, salt, votes); !leaf.Equal(&st.StateLeaf) {
		return fr.Element{}, fr.Element{}, nil, ErrStateLeaf
	}
	return weight, salt, votes, nil
}
