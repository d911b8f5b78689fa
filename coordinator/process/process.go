package process

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/eddsa"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/message"
)

// Voter is one voter's state.
type Voter struct {
	Key    babyjub.Point
	Nonce  uint64
	Weight *big.Int
	Votes  []*big.Int
}

// Message is a non-join message as logged: its ephemeral key and ciphertext.
type Message struct {
	EphemeralKey babyjub.Point
	Ciphertext   []fr.Element
}

// Processor holds a poll's voters while its messages are processed.
type Processor struct {
	params      circuits.Params
	poll        *joinvote.Poll
	pollID      fr.Element
	coordinator *babyjub.PrivateKey
	voters      []*Voter
}

// New returns a processor for a poll, holding the coordinator key.
func New(params circuits.Params, poll *joinvote.Poll, coordinator *babyjub.PrivateKey) *Processor {
	return &Processor{params: params, poll: poll, pollID: poll.ID(), coordinator: coordinator}
}

// Join opens a (verified) join and adds its voter; it returns the state index.
func (p *Processor) Join(st *joinvote.Statement) (uint64, error) {
	if !st.PollID.Equal(&p.pollID) {
		return 0, fmt.Errorf("%w: the join is for another poll", ErrJoin)
	}
	weight, _, votes, err := joinvote.DecryptBallot(p.params, p.coordinator, st)
	if err != nil {
		return 0, fmt.Errorf("%w: %w", ErrJoin, err)
	}
	v := &Voter{Key: st.PollKey, Weight: weight.BigInt(new(big.Int)), Votes: make([]*big.Int, p.poll.NumOptions)}
	for i := range v.Votes {
		v.Votes[i] = votes[i].BigInt(new(big.Int))
	}
	p.voters = append(p.voters, v)
	return uint64(len(p.voters) - 1), nil
}

// Voters returns the voters' states.
func (p *Processor) Voters() []*Voter { return p.voters }

// Process applies messages, given in publish order, newest first. It
// reports how many counted; which ones did is the coordinator's secret.
func (p *Processor) Process(published []Message) int {
	counted := 0
	for i := len(published) - 1; i >= 0; i-- {
		if p.apply(&published[i]) {
			counted++
		}
	}
	return counted
}

func (p *Processor) apply(m *Message) bool {
	body, sig, err := message.Open(p.params, p.coordinator, &m.EphemeralKey, m.Ciphertext)
	if err != nil {
		return false
	}
	cmd, err := message.ParseCommand(body)
	if err != nil || cmd.StateIndex >= uint64(len(p.voters)) {
		return false
	}
	v := p.voters[cmd.StateIndex]
	if cmd.Nonce != v.Nonce+1 || cmd.Option >= uint64(p.poll.NumOptions) {
		return false
	}
	if eddsa.Verify(&v.Key, message.SignedContent(p.pollID, &m.EphemeralKey, body), &sig) != nil {
		return false
	}
	// The new key is not validated, as in MACI: a voter who sets an invalid
	// key freezes their own ballot (no later signature verifies under it).
	next := make([]*big.Int, len(v.Votes))
	copy(next, v.Votes)
	next[cmd.Option] = cmd.Weight
	if p.poll.Cost(next).Cmp(p.poll.Budget(v.Weight)) > 0 {
		return false
	}
	v.Votes, v.Key, v.Nonce = next, cmd.NewKey, cmd.Nonce
	return true
}

// Tally returns the total weight per option and the budget spent per
// option (Σ weight² in quadratic polls, Σ weight otherwise).
func (p *Processor) Tally() (totals, spent []*big.Int) {
	totals = make([]*big.Int, p.poll.NumOptions)
	spent = make([]*big.Int, p.poll.NumOptions)
	for i := range totals {
		totals[i], spent[i] = new(big.Int), new(big.Int)
	}
	for _, v := range p.voters {
		for i, w := range v.Votes {
			totals[i].Add(totals[i], w)
			if p.poll.Mode == joinvote.ModeQuadratic {
				spent[i].Add(spent[i], new(big.Int).Mul(w, w))
			} else {
				spent[i].Add(spent[i], w)
			}
		}
	}
	return totals, spent
}
