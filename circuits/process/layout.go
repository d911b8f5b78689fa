package process

import (
	"fmt"
	"math/big"
	"math/bits"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/message"
	"github.com/zkvote/zkvote/circuits/poseidon"
)

// Version is the version of the processing circuits; bump it whenever their
// constraints change (TestCircuitVersionsAreBumped). 2: 4-ary state tree,
// commands with a plaintext of their own (message, joinvote v5). 3: the
// commitment holds the root only blinded (State.Blinded). 4: the split
// keeps the on-chain sub-chain, the join pass skips duplicate joins
// (JoinEnds.Skipped) and commands copied from earlier ones
// (CommandEnds.Skipped).
const Version = 4

// Kinds of batch proofs, the first element of each one's packed public input.
const (
	kindSplit   = 1
	kindJoins   = 2
	kindCommand = 3
)

// Shape is the batch sizes of the three processing circuits for a
// parameter set.
type Shape struct {
	// Entries is how many log entries one split proof routes.
	Entries int
	// Joins is how many joins one join proof inserts (a power of four: a
	// batch fills one aligned subtree of the 4-ary state tree).
	Joins int
	// Commands is how many commands one command proof processes.
	Commands int
	// BodyLen is the number of body elements of a command plaintext
	// (message.BodyLen).
	BodyLen int
	// CommandProofs: commands carry a published command proof and are
	// opened from their opening (circuits.Params.CommandProofs).
	CommandProofs bool
}

// ShapeFor returns the shape of params: commands per proof =
// MessageBatchSize, joins per proof = the largest power of four not above
// TallyBatchSize (the fused tally needs no TallyVotes pass) nor 2^StateDepth,
// entries per split proof = 2·TallyBatchSize.
func ShapeFor(params circuits.Params) (Shape, error) {
	if params.StateDepth < 1 || params.StateDepth > 2*maxLevels || params.WeightBits > 120 {
		return Shape{}, fmt.Errorf("%w: state depth %d or weight bits %d out of range", ErrShape, params.StateDepth, params.WeightBits)
	}
	joins := 1
	for joins*4 <= params.TallyBatchSize && bits.Len(uint(joins*4))-1 <= params.StateDepth {
		joins *= 4
	}
	if joins > maxSkipBits || params.MessageBatchSize > maxSkipBits {
		return Shape{}, fmt.Errorf("%w: %d joins or %d commands per batch, at most %d", ErrShape, joins, params.MessageBatchSize, maxSkipBits)
	}
	s := Shape{Entries: 2 * params.TallyBatchSize, Joins: joins, Commands: params.MessageBatchSize, BodyLen: message.BodyLen(params),
		CommandProofs: params.CommandProofs}
	if s.Entries < 1 || s.Commands < 1 {
		return Shape{}, fmt.Errorf("%w: empty batches", ErrShape)
	}
	return s, nil
}

// maxSkipBits bounds the joins and commands per batch: JoinEnds.Skipped
// and CommandEnds.Skipped hold one bit per entry in one field element.
const maxSkipBits = 250

// joinLevels is log4(Joins), the height of one join batch's subtree.
func (s Shape) joinLevels() int { return (bits.Len(uint(s.Joins)) - 1) / 2 }

// VoterLeaf is a voter's state leaf: Hash(DomainVoter; key x, key y,
// nonce, weight, salt, votes...) with one vote per option up to
// MaxVoteOptions. It holds the ballot itself, so a command updates one
// leaf; the salt (the join's weight salt) hides weight and votes. The
// formula is joinvote.VoterLeaf's, the one definition.
func VoterLeaf(key *babyjub.Point, nonce uint64, weight, salt fr.Element, votes []fr.Element) fr.Element {
	return joinvote.VoterLeaf(key, nonce, weight, salt, votes)
}

// JoinLeaf is the state leaf a join creates (nonce 0): the StateLeaf the
// join+vote proof publishes, so processing never decrypts a join.
func JoinLeaf(key *babyjub.Point, weight, salt fr.Element, votes []fr.Element) fr.Element {
	return joinvote.StateLeaf(key, weight, salt, votes)
}

// State is what a batch boundary commits to: the state root, the number
// of joins, the per-option totals and sums of squares, and a salt.
type State struct {
	Root    fr.Element
	Joins   uint64
	Salt    fr.Element
	Totals  []fr.Element
	Squares []fr.Element
}

// EmptyState is the state before any join: empty tree, no joins, zero
// totals, salt 0.
func EmptyState(params circuits.Params) State {
	return State{Root: EmptyRoot(levels(params.StateDepth)), Totals: make([]fr.Element, params.MaxVoteOptions),
		Squares: make([]fr.Element, params.MaxVoteOptions)}
}

// Blinded is Hash(DomainProcess; root, salt): the state root as the
// commitment holds it. A published result shows only this: every join's
// leaf is public, so a published root would tell whether any command
// counted at all.
func (s *State) Blinded() fr.Element {
	return poseidon.Hash(circuits.DomainProcess, s.Root, s.Salt)
}

// Result is the public opening of a state commitment: everything but the
// root and its salt.
type Result struct {
	Blinded fr.Element
	Joins   uint64
	Totals  []fr.Element
	Squares []fr.Element
}

// Result returns the public opening of s.
func (s *State) Result() Result {
	return Result{Blinded: s.Blinded(), Joins: s.Joins, Totals: s.Totals, Squares: s.Squares}
}

// Commitment is Hash(DomainProcess; blinded root, joins, totals...,
// squares...).
func (r *Result) Commitment() fr.Element {
	var j fr.Element
	j.SetUint64(r.Joins)
	xs := append([]fr.Element{r.Blinded, j}, r.Totals...)
	return poseidon.Hash(circuits.DomainProcess, append(xs, r.Squares...)...)
}

// Commitment is the commitment to s (Result's, with its salted root).
func (s *State) Commitment() fr.Element {
	r := s.Result()
	return r.Commitment()
}

func (s *State) clone() State {
	c := *s
	c.Totals = append([]fr.Element(nil), s.Totals...)
	c.Squares = append([]fr.Element(nil), s.Squares...)
	return c
}

// SplitEnds are the boundary values of a split proof: the sealed chain and
// the join, command and on-chain sub-chains at both ends.
type SplitEnds struct {
	ChainIn, ChainOut         fr.Element
	JoinChainIn, JoinChainOut fr.Element
	CmdChainIn, CmdChainOut   fr.Element
	OnChainIn, OnChainOut     fr.Element
}

// Hash is the split proof's public input: Hash(DomainBatch;
// Compress(onChainIn, onChainOut), chainIn, chainOut, joinsIn, joinsOut,
// commandsIn, commandsOut) — the on-chain ends in the kind's place, the
// only kind with seven values.
func (e *SplitEnds) Hash() fr.Element {
	return poseidon.Hash(circuits.DomainBatch, poseidon.Compress(e.OnChainIn, e.OnChainOut), e.ChainIn, e.ChainOut,
		e.JoinChainIn, e.JoinChainOut, e.CmdChainIn, e.CmdChainOut)
}

// LegacyHash is the split proof's public input in processing circuits
// before version 4, which had no on-chain sub-chain (OnChainIn and
// OnChainOut are then zero): for tallies published before.
func (e *SplitEnds) LegacyHash() fr.Element {
	return poseidon.Hash(circuits.DomainBatch, elem(kindSplit), e.ChainIn, e.ChainOut, e.JoinChainIn, e.JoinChainOut, e.CmdChainIn, e.CmdChainOut)
}

// JoinEnds are the boundary values of a join proof.
type JoinEnds struct {
	JoinChainIn, JoinChainOut fr.Element
	StateIn, StateOut         fr.Element // State commitments
	// Skipped has bit i set when the batch's join i was skipped as a
	// duplicate (an earlier join of the log has its nullifier): its index
	// holds an empty leaf and its votes count nowhere. Challengeable
	// on-chain (docs/protocol.md, "On-chain voting path").
	Skipped fr.Element
}

// Hash is the join proof's public input.
func (e *JoinEnds) Hash() fr.Element {
	return poseidon.Hash(circuits.DomainBatch, elem(kindJoins), e.JoinChainIn, e.JoinChainOut, e.StateIn, e.StateOut, e.Skipped)
}

// LegacyHash is the join proof's public input in processing circuits
// before version 4, which skipped no join (Skipped is then zero).
func (e *JoinEnds) LegacyHash() fr.Element {
	return poseidon.Hash(circuits.DomainBatch, elem(kindJoins), e.JoinChainIn, e.JoinChainOut, e.StateIn, e.StateOut)
}

// CommandEnds are the boundary values of a command proof. The chain ends
// run forward (older to newer command); the state runs from StateIn (after
// every newer command) to StateOut (after this batch's commands too).
type CommandEnds struct {
	PollID                  fr.Element
	CmdChainIn, CmdChainOut fr.Element
	StateIn, StateOut       fr.Element
	// Skipped has bit i set when the batch's command i (log order) was
	// skipped as a copy of an earlier command of the log: it changed
	// nothing. Challengeable on-chain (docs/protocol.md, "On-chain voting
	// path").
	Skipped fr.Element
}

// Hash is the command proof's public input.
func (e *CommandEnds) Hash() fr.Element {
	return poseidon.Hash(circuits.DomainBatch, elem(kindCommand), e.PollID, e.CmdChainIn, e.CmdChainOut, e.StateIn, e.StateOut, e.Skipped)
}

// LegacyHash is the command proof's public input in processing circuits
// before version 4, which skipped no command (Skipped is then zero).
func (e *CommandEnds) LegacyHash() fr.Element {
	return poseidon.Hash(circuits.DomainBatch, elem(kindCommand), e.PollID, e.CmdChainIn, e.CmdChainOut, e.StateIn, e.StateOut)
}

// SubChainStart is the value every sub-chain (joins, commands, on-chain
// entries) starts from; each entry e moves a sub-chain from c to
// message.ChainNext(c, e). The Poll contract's on-chain sub-chain starts
// there too.
func SubChainStart() fr.Element { return fr.Element{} }

func elem(v uint64) fr.Element {
	var e fr.Element
	e.SetUint64(v)
	return e
}

func bigElem(v *big.Int) fr.Element {
	var e fr.Element
	e.SetBigInt(v)
	return e
}

func newBig(v int64) *big.Int { return big.NewInt(v) }
