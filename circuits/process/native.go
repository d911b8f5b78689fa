package process

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/command"
	"github.com/zkvote/zkvote/circuits/eddsa"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/message"
)

// Voter is one voter's state.
type Voter struct {
	Key    babyjub.Point
	Nonce  uint64
	Weight *big.Int
	Votes  []*big.Int // one per poll option
	// Salt is the join's weight salt; it hides weight and votes in the leaf.
	Salt fr.Element
}

func (v *Voter) clone() *Voter {
	c := *v
	c.Weight = new(big.Int).Set(v.Weight)
	c.Votes = make([]*big.Int, len(v.Votes))
	for i, x := range v.Votes {
		c.Votes[i] = new(big.Int).Set(x)
	}
	return &c
}

// leafVotes returns the votes padded to MaxVoteOptions, as the leaf holds them.
func (v *Voter) leafVotes(params circuits.Params) []fr.Element {
	out := make([]fr.Element, params.MaxVoteOptions)
	for i, x := range v.Votes {
		out[i] = bigElem(x)
	}
	return out
}

// Leaf returns the voter's state leaf.
func (v *Voter) Leaf(params circuits.Params) fr.Element {
	return VoterLeaf(&v.Key, v.Nonce, bigElem(v.Weight), v.Salt, v.leafVotes(params))
}

// Message is a non-join message as logged: its ephemeral key and
// ciphertext, and with command proofs its published opening.
type Message struct {
	EphemeralKey babyjub.Point
	Ciphertext   []fr.Element
	Opening      fr.Element
}

// Hash is the message's hash (message.Hash).
func (m *Message) Hash() fr.Element { return message.Hash(&m.EphemeralKey, m.Ciphertext) }

// entry is the message's entry in the chain: message.CommandEntry of its
// hash, or with command proofs command.Entry of its hash and opening.
func (m *Message) entry(proofs bool) fr.Element {
	if proofs {
		return command.Entry(m.Hash(), m.Opening)
	}
	return message.CommandEntry(m.Hash())
}

// Outcome is what processing did with one command: Err is nil when it
// counted, otherwise the reason it changed nothing. Which commands counted
// is the coordinator's secret.
type Outcome struct {
	// Command is the command's position among the poll's commands (log order).
	Command int
	Err     error
}

// join is a join as logged, with its opened ballot.
type join struct {
	messageHash, leaf, nullifier fr.Element // the join's chain entry
	voter                        *Voter     // the join's opening: the state it creates, unless skipped
	skipped                      bool       // a duplicate: its index gets an empty leaf
}

// entry is one log entry: a join or a command, and whether it came
// through the Poll contract (the on-chain sub-chain).
type entry struct {
	join    *join
	command *Message
	onChain bool
}

// Processor holds a poll's voters while its messages are processed, and
// the log it saw, from which it emits the batch proofs' witnesses.
type Processor struct {
	params      circuits.Params
	poll        *joinvote.Poll
	pollID      fr.Element
	coordinator *babyjub.PrivateKey
	voters      []*Voter // by state index; nil at a skipped duplicate join's
	log         []entry
	nullifiers  map[fr.Element]uint64 // each joined nullifier's first state index
	countDups   bool                  // ForgeCountingDuplicates
	commands    []*Message
	copies      []bool              // by command: a copy of an earlier command (skipped)
	entries     map[fr.Element]bool // every command entry so far
	processed   int                 // commands of the log already processed
	outcomes    []Outcome
}

// New returns a processor for a poll, holding the coordinator key.
func New(params circuits.Params, poll *joinvote.Poll, coordinator *babyjub.PrivateKey) *Processor {
	return &Processor{params: params, poll: poll, pollID: poll.ID(), coordinator: coordinator}
}

// Join opens a (verified) join, adds its voter and records the join at
// this point of the log; it returns the state index. A join whose
// nullifier an earlier join of the log has (a member who joined both
// gaslessly and through the Poll contract) is a duplicate: it takes its
// state index with an empty leaf, and its votes count nowhere (Skipped).
func (p *Processor) Join(st *joinvote.Statement) (uint64, error) { return p.join(st, false) }

// JoinOnChain is Join for a join that came through the Poll contract.
func (p *Processor) JoinOnChain(st *joinvote.Statement) (uint64, error) { return p.join(st, true) }

func (p *Processor) join(st *joinvote.Statement, onChain bool) (uint64, error) {
	if !st.PollID.Equal(&p.pollID) {
		return 0, fmt.Errorf("%w: the join is for another poll", ErrJoin)
	}
	weight, salt, votes, err := joinvote.DecryptBallot(p.params, p.coordinator, st)
	if err != nil {
		return 0, fmt.Errorf("%w: %w", ErrJoin, err)
	}
	v := &Voter{Key: st.PollKey, Weight: weight.BigInt(new(big.Int)), Votes: make([]*big.Int, p.poll.NumOptions), Salt: salt}
	for i := range v.Votes {
		v.Votes[i] = votes[i].BigInt(new(big.Int))
	}
	index := uint64(len(p.voters))
	j := &join{messageHash: st.MessageHash, leaf: st.StateLeaf, nullifier: st.Nullifier, voter: v.clone()}
	if p.nullifiers == nil {
		p.nullifiers = map[fr.Element]uint64{}
	}
	if _, dup := p.nullifiers[st.Nullifier]; dup && !p.countDups {
		j.skipped, v = true, nil
	} else if !dup {
		p.nullifiers[st.Nullifier] = index
	}
	p.log = append(p.log, entry{join: j, onChain: onChain})
	p.voters = append(p.voters, v)
	return index, nil
}

// ForgeCountingDuplicates makes the processor count a duplicate join as
// a new voter instead of skipping it, as a dishonest coordinator would:
// for tests of the on-chain challenge that catches it. Never tally with it.
func (p *Processor) ForgeCountingDuplicates() { p.countDups = true }

// Skipped reports whether the join at state index i was skipped as a
// duplicate, and if so the state index of the first join with its
// nullifier.
func (p *Processor) Skipped(i uint64) (first uint64, skipped bool) {
	if i >= uint64(len(p.voters)) || p.voters[i] != nil {
		return 0, false
	}
	n := uint64(0)
	for _, e := range p.log {
		if e.join == nil {
			continue
		}
		if n == i {
			return p.nullifiers[e.join.nullifier], true
		}
		n++
	}
	return 0, false
}

// Append records a command at this point of the log without processing
// it; Process(nil) then processes every recorded command. Recording joins
// and commands in log order is what lets Witness rebuild the sealed chain.
func (p *Processor) Append(m Message) { p.append(m, false) }

// AppendOnChain is Append for a command that came through the Poll contract.
func (p *Processor) AppendOnChain(m Message) { p.append(m, true) }

func (p *Processor) append(m Message, onChain bool) {
	c := &Message{EphemeralKey: m.EphemeralKey, Ciphertext: append([]fr.Element(nil), m.Ciphertext...), Opening: m.Opening}
	p.log = append(p.log, entry{command: c, onChain: onChain})
	p.commands = append(p.commands, c)
	if p.entries == nil {
		p.entries = map[fr.Element]bool{}
	}
	e := c.entry(p.params.CommandProofs)
	p.copies = append(p.copies, p.entries[e])
	p.entries[e] = true
}

// OnChainHash is the on-chain sub-chain of the log: SubChainStart moved by
// every entry that came through the Poll contract, in log order. The Poll
// contract keeps the same value; the splits must end there.
func (p *Processor) OnChainHash() fr.Element {
	c := SubChainStart()
	for i := range p.log {
		if p.log[i].onChain {
			c = message.ChainNext(c, p.log[i].entryHash(p.params.CommandProofs))
		}
	}
	return c
}

// Voters returns the voters' states, by state index: nil at a join
// skipped as a duplicate.
func (p *Processor) Voters() []*Voter { return p.voters }

// Outcomes returns, for every processed command in log order, whether it
// counted and if not why.
func (p *Processor) Outcomes() []Outcome {
	out := make([]Outcome, len(p.outcomes))
	copy(out, p.outcomes)
	for i := range out {
		out[i].Command = i
	}
	return out
}

// Process appends messages, given in publish order, to the log after the
// entries recorded so far, and processes every not yet processed command,
// newest first. It reports how many counted; which ones did is the
// coordinator's secret.
func (p *Processor) Process(published []Message) int {
	for _, m := range published {
		p.Append(m)
	}
	fresh := p.commands[p.processed:]
	outcomes := make([]Outcome, len(fresh))
	counted := 0
	for i := len(fresh) - 1; i >= 0; i-- {
		if p.copies[p.processed+i] {
			outcomes[i] = Outcome{Err: ErrCopy}
			continue
		}
		_, err := p.apply(p.voters, fresh[i])
		outcomes[i] = Outcome{Err: err}
		if err == nil {
			counted++
		}
	}
	p.outcomes = append(p.outcomes, outcomes...)
	p.processed = len(p.commands)
	return counted
}

// applied is what apply learned about a command, for the witness.
type applied struct {
	index  uint64 // state index, when it names a voter
	voter  bool   // whether index names a voter
	before *Voter
}

// apply checks one command against the voters and, if it counts, updates
// its voter. It returns the first failed rule, or nil.
func (p *Processor) apply(voters []*Voter, m *Message) (applied, error) {
	var a applied
	body, authorized, err := p.read(m)
	if err != nil {
		return a, fmt.Errorf("%w: %w", ErrDecrypt, err)
	}
	if !body[0].IsUint64() || body[0].Uint64() != message.KindCommand {
		return a, ErrNotCommand
	}
	if !body[1].IsUint64() || body[1].Uint64() >= uint64(len(voters)) {
		return a, ErrStateIndex
	}
	v := voters[body[1].Uint64()]
	if v == nil {
		return a, ErrStateIndex // a skipped duplicate join's index holds an empty leaf
	}
	a.index, a.voter = body[1].Uint64(), true
	a.before = v.clone()
	if !body[6].IsUint64() || body[6].Uint64() != v.Nonce+1 {
		return a, ErrNonce
	}
	if !body[4].IsUint64() || body[4].Uint64() >= uint64(p.poll.NumOptions) {
		return a, ErrOption
	}
	if err := authorized(&v.Key); err != nil {
		return a, fmt.Errorf("%w: %w", ErrSignature, err)
	}
	// The new key is not validated, as in MACI: a voter who sets an invalid
	// key freezes their own ballot (no later signature verifies under it).
	next := make([]*big.Int, len(v.Votes))
	copy(next, v.Votes)
	next[body[4].Uint64()] = body[5].BigInt(new(big.Int))
	if p.poll.Cost(next).Cmp(p.poll.Budget(v.Weight)) > 0 {
		return a, ErrBudget
	}
	v.Votes, v.Nonce = next, body[6].Uint64()
	v.Key.X, v.Key.Y = body[2], body[3]
	return a, nil
}

// read returns a command's body (message.Command's layout: kind, state
// index, new key x, y, option, weight, nonce, salt) and the check of its
// authorization under a voter's key. With command proofs the body is the
// plaintext the opening commits to, and the key it names must be the
// voter's (the command proof shows the sender knows its secret); otherwise
// it is decrypted, and its signature must verify under the voter's key.
func (p *Processor) read(m *Message) ([]fr.Element, func(key *babyjub.Point) error, error) {
	if p.params.CommandProofs {
		pt, err := command.Decrypt(p.coordinator, p.statement(m))
		if err != nil {
			return nil, nil, err
		}
		body, auth := proofBody(pt)
		return body, func(key *babyjub.Point) error {
			if !key.Equal(&auth) {
				return errNotTheVoterKey
			}
			return nil
		}, nil
	}
	body, sig, err := message.Open(p.params, p.coordinator, &m.EphemeralKey, m.Ciphertext)
	if err != nil {
		return nil, nil, err
	}
	return body, func(key *babyjub.Point) error {
		return eddsa.Verify(key, message.SignedContent(p.pollID, &m.EphemeralKey, body), &sig)
	}, nil
}

// errNotTheVoterKey: a command proof's authorizing key is not the voter's.
var errNotTheVoterKey = errors.New("the command names another key than the voter's")

// statement is m as its command proof states it.
func (p *Processor) statement(m *Message) *command.Statement {
	return &command.Statement{PollID: p.pollID, EphemeralKey: m.EphemeralKey, Ciphertext: m.Ciphertext, Opening: m.Opening}
}

// proofBody maps a command proof's plaintext to message.Command's body
// layout, and returns the authorizing key it names.
func proofBody(pt []fr.Element) ([]fr.Element, babyjub.Point) {
	var kind fr.Element
	kind.SetUint64(message.KindCommand)
	return []fr.Element{kind, pt[0], pt[3], pt[4], pt[5], pt[6], pt[7], pt[8]}, babyjub.Point{X: pt[1], Y: pt[2]}
}

// Tally returns the total weight per option and the budget spent per
// option (Σ weight² in quadratic polls, Σ weight otherwise).
func (p *Processor) Tally() (totals, spent []*big.Int) {
	return tally(p.poll, p.voters)
}

func tally(poll *joinvote.Poll, voters []*Voter) (totals, spent []*big.Int) {
	totals = make([]*big.Int, poll.NumOptions)
	spent = make([]*big.Int, poll.NumOptions)
	for i := range totals {
		totals[i], spent[i] = new(big.Int), new(big.Int)
	}
	for _, v := range voters {
		if v == nil {
			continue
		}
		for i, w := range v.Votes {
			totals[i].Add(totals[i], w)
			if poll.Mode == joinvote.ModeQuadratic {
				spent[i].Add(spent[i], new(big.Int).Mul(w, w))
			} else {
				spent[i].Add(spent[i], w)
			}
		}
	}
	return totals, spent
}

// Messages returns the recorded commands in log order.
func (p *Processor) Messages() []Message {
	out := make([]Message, len(p.commands))
	for i, m := range p.commands {
		out[i] = *m
	}
	return out
}
