package poll

import (
	"crypto/ed25519"
	"fmt"
	"math/big"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/command"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/message"
	"github.com/zkvote/zkvote/receipt"
)

// State is where a poll is in its lifecycle.
type State uint8

// Poll states, in lifecycle order.
const (
	StateUnknown State = iota
	StateOpen          // taking joins and commands
	StateClosed        // sealed: the log is final
	StateTallied       // results are available
)

// String returns the state's name as the CLI prints it.
func (s State) String() string {
	switch s {
	case StateOpen:
		return "open"
	case StateClosed:
		return "closed"
	case StateTallied:
		return "tallied"
	}
	return fmt.Sprintf("unknown(%d)", uint8(s))
}

// Head is what changes as a poll's log grows: its state, how many entries
// (and joins among them) it holds, the chain hash after the last one, and
// the seal once closed.
type Head struct {
	State     State
	Count     uint64
	Joins     uint64
	ChainHash fr.Element
	Seal      *receipt.Seal // nil until closed
}

// Info is a poll as a coordinator reports it and a client sees it: its ID,
// its definition and its head.
type Info struct {
	ID         fr.Element
	Definition *Definition
	Head
}

// Join is a join+vote in the log: the statement its proof speaks of, and
// the proof (compressed Groth16).
type Join struct {
	Statement joinvote.Statement
	Proof     []byte
}

// Command is a command message in the log (a re-vote or key change): its
// ephemeral key and ciphertext. Only the coordinator can read it. In a
// poll with command proofs it also carries the published opening of its
// plaintext and its command proof (circuits/command); both are nil
// otherwise.
type Command struct {
	EphemeralKey babyjub.Point
	Ciphertext   []fr.Element
	Opening      *fr.Element
	Proof        []byte
}

// Hash is the command's message hash (what its entry hash is made from).
func (c *Command) Hash() fr.Element { return message.Hash(&c.EphemeralKey, c.Ciphertext) }

// Entry is the command's chain entry: message.CommandEntry of its hash, or
// with an opening command.Entry of its hash and opening.
func (c *Command) Entry() fr.Element {
	if c.Opening != nil {
		return command.Entry(c.Hash(), *c.Opening)
	}
	return message.CommandEntry(c.Hash())
}

// Statement is what the command's proof speaks of, in poll pollID (the
// command must carry an opening).
func (c *Command) Statement(pollID fr.Element) *command.Statement {
	st := &command.Statement{PollID: pollID, EphemeralKey: c.EphemeralKey, Ciphertext: c.Ciphertext}
	if c.Opening != nil {
		st.Opening = *c.Opening
	}
	return st
}

// Entry is one entry of a poll's log: a join or a command (exactly one is
// set), where it stands in the log, and the chain hash after it.
type Entry struct {
	Index        uint64
	Join         *Join
	Command      *Command
	EntryHash    fr.Element
	ChainHash    fr.Element
	ReceivedUnix int64
	StateIndex   uint64 // joins only: the voter's index in the state tree
	// OnChain is, for an entry that came through the Poll contract, its
	// index among the contract's entries (its event's index); nil for a
	// gasless entry. The on-chain entries, in log order, extend the
	// on-chain sub-chain the Tally checks against the contract's.
	OnChain *uint64
}

// OnChainHash is the on-chain sub-chain of entries (process.SubChainStart
// moved by every on-chain entry's EntryHash, in log order): the value the
// Poll contract holds when the log took its entries exactly.
func OnChainHash(entries []*Entry) fr.Element {
	var c fr.Element // process.SubChainStart
	for _, e := range entries {
		if e.OnChain != nil {
			c = message.ChainNext(c, e.EntryHash)
		}
	}
	return c
}

// ContentHash re-derives the entry hash from the entry's content.
func (e *Entry) ContentHash() (fr.Element, error) {
	switch {
	case e.Join != nil && e.Command == nil:
		st := &e.Join.Statement
		return message.JoinEntry(st.MessageHash, st.StateLeaf, st.Nullifier), nil
	case e.Command != nil && e.Join == nil:
		return e.Command.Entry(), nil
	}
	return fr.Element{}, fmt.Errorf("%w: entry %d is neither a join nor a command", ErrMalformedLog, e.Index)
}

// Results are a tallied poll's results.
type Results struct {
	Totals []*big.Int // per option
	Spent  []*big.Int // per option: Σ weight² in quadratic polls, Σ weight otherwise
	// Proven is true only once tally proofs verify; until they exist the
	// coordinator computes results natively and they must be trusted.
	Proven bool
}

// JobState is where a tally job is.
type JobState uint8

// Tally job states.
const (
	JobUnknown JobState = iota
	JobRunning
	JobDone
	JobFailed
)

// String returns the state's name as the CLI prints it.
func (s JobState) String() string {
	switch s {
	case JobRunning:
		return "running"
	case JobDone:
		return "done"
	case JobFailed:
		return "failed"
	}
	return fmt.Sprintf("unknown(%d)", uint8(s))
}

// TallyJob is a poll's tally job and its progress: first the log is read
// and processed (Processed of Total entries), then, for a poll that pins
// processing keys, the batch proofs are made (ProofsDone of Proofs).
type TallyJob struct {
	PollID     fr.Element
	State      JobState
	Processed  uint64        // log entries processed
	Total      uint64        // log entries to process
	ProofsDone uint64        // batch proofs made
	Proofs     uint64        // batch proofs to make (0 until known)
	ETA        time.Duration // estimated time left while proving (0: unknown)
	Error      string        // why it failed, for the operator
}

// Log is a poll's whole public record, as `zkvote poll log` exports it and
// auditors check it: the poll (definition, head, seal), every entry in
// order, and the key the coordinator signs receipts and the seal with.
type Log struct {
	Poll       Info
	Entries    []*Entry
	SigningKey ed25519.PublicKey
}
