package client

import (
	"crypto/rand"
	"encoding/json"
	"fmt"
	"math/big"
	"sort"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/command"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/message"
	"github.com/zkvote/zkvote/internal/fieldhex"
	"github.com/zkvote/zkvote/internal/hexbytes"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/prover"
)

// Message is an encrypted MACI-style command as it travels to the
// coordinator: anyone can see that a message was sent, nobody but the
// coordinator what it says or whether it is valid.
type Message struct {
	PollID       fr.Element
	EphemeralKey babyjub.Point
	Ciphertext   []fr.Element
	// In a poll with command proofs: the published opening of the
	// plaintext, and the command proof (ProveCommands makes it).
	Opening *fr.Element
	Proof   []byte

	witness *command.Circuit // what ProveCommands proves, until it has
}

// Hash is the message's hash in the poll's message chain.
func (m *Message) Hash() fr.Element { return message.Hash(&m.EphemeralKey, m.Ciphertext) }

// command is the message as a poll's log holds it.
func (m *Message) command() *poll.Command {
	return &poll.Command{EphemeralKey: m.EphemeralKey, Ciphertext: m.Ciphertext, Opening: m.Opening, Proof: m.Proof}
}

type messageJSON struct {
	PollID       string         `json:"poll_id"`
	EphemeralKey poll.PublicKey `json:"ephemeral_key"`
	Ciphertext   []string       `json:"ciphertext"`
	Opening      string         `json:"opening,omitempty"`
	Proof        string         `json:"proof,omitempty"`
}

// MarshalJSON encodes the message.
func (m *Message) MarshalJSON() ([]byte, error) {
	j := messageJSON{PollID: fieldhex.Encode(m.PollID), EphemeralKey: poll.EncodePublicKey(&m.EphemeralKey),
		Ciphertext: fieldhex.EncodeAll(m.Ciphertext)}
	if m.Opening != nil {
		j.Opening, j.Proof = fieldhex.Encode(*m.Opening), hexbytes.Encode(m.Proof)
	}
	return json.Marshal(j)
}

// UnmarshalJSON decodes a message and checks its form.
func (m *Message) UnmarshalJSON(data []byte) error {
	var j messageJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return fmt.Errorf("%w: %w", ErrMalformedSubmission, err)
	}
	var err error
	if m.PollID, err = fieldhex.Decode(j.PollID); err != nil {
		return fmt.Errorf("%w: poll_id: %w", ErrMalformedSubmission, err)
	}
	if m.EphemeralKey, err = j.EphemeralKey.Point(); err != nil {
		return fmt.Errorf("%w: ephemeral_key: %w", ErrMalformedSubmission, err)
	}
	if m.Ciphertext, err = fieldhex.DecodeAll(j.Ciphertext); err != nil {
		return fmt.Errorf("%w: ciphertext: %w", ErrMalformedSubmission, err)
	}
	if j.Opening != "" {
		o, err := fieldhex.Decode(j.Opening)
		if err != nil {
			return fmt.Errorf("%w: opening: %w", ErrMalformedSubmission, err)
		}
		if m.Proof, err = hexbytes.Decode(j.Proof); err != nil {
			return fmt.Errorf("%w: proof: %w", ErrMalformedSubmission, err)
		}
		m.Opening = &o
	}
	return nil
}

// ProveCommands makes the command proof of every message of a poll with
// command proofs that has none yet, with the poll's command proving keys
// (prover.Command; they must be the ones the poll pins).
func ProveCommands(keys *prover.Keys, def *poll.Definition, msgs []*Message) error {
	if err := checkKeys(keys, def, def.CommandKey); err != nil {
		return err
	}
	for _, m := range msgs {
		if m.Proof != nil || m.witness == nil {
			continue
		}
		proof, err := keys.Prove(m.witness, nil)
		if err != nil {
			return fmt.Errorf("command proof: %w", err)
		}
		if m.Proof, err = prover.ProofBytes(proof); err != nil {
			return err
		}
		m.witness = nil
	}
	return nil
}

// Revote returns the messages that replace the voter's ballot with votes,
// in the order to publish them, and updates rec. See the package
// documentation for why the sequence looks the way it does.
func Revote(def *poll.Definition, rec *Record, votes []*big.Int) ([]*Message, error) {
	return sequence(def, rec, votes)
}

// KeyChange returns messages that switch the voter to a fresh key while
// keeping the ballot last asked for: every message the old keys signed, a
// briber's included, stops counting.
func KeyChange(def *poll.Definition, rec *Record) ([]*Message, error) {
	return sequence(def, rec, rec.Ballot)
}

type change struct {
	option   int
	old, new *big.Int
}

// NewCommand encrypts cmd to the poll's coordinator, authorized by
// signer: signed with it, or in a poll with command proofs naming its
// public key (prove it with ProveCommands). Revote and KeyChange make the
// commands a voter needs; this is for anything else (a command another
// key authorizes, which does not count, is one).
func NewCommand(def *poll.Definition, cmd *message.Command, signer *babyjub.PrivateKey) (*Message, error) {
	p, err := def.Circuit()
	if err != nil {
		return nil, err
	}
	return newCommand(def.Params, p, cmd, signer)
}

func newCommand(params circuits.Params, p *joinvote.Poll, cmd *message.Command, signer *babyjub.PrivateKey) (*Message, error) {
	eph, err := babyjub.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	pollID := p.ID()
	if params.CommandProofs {
		w, err := command.NewWitness(params, p, &command.Private{Command: *cmd, AuthKey: signer, Ephemeral: eph})
		if err != nil {
			return nil, err
		}
		st := &w.Statement
		opening := st.Opening
		return &Message{PollID: pollID, EphemeralKey: st.EphemeralKey, Ciphertext: st.Ciphertext, Opening: &opening, witness: w.Assignment}, nil
	}
	epk, ct, _, err := message.SignAndEncrypt(params, pollID, cmd.Body(params), signer, eph, &p.CoordinatorKey)
	if err != nil {
		return nil, err
	}
	return &Message{PollID: pollID, EphemeralKey: epk, Ciphertext: ct}, nil
}

// sequence builds the commands that take the joined ballot to votes.
func sequence(def *poll.Definition, rec *Record, votes []*big.Int) ([]*Message, error) {
	params := def.Params
	p, err := def.Circuit()
	if err != nil {
		return nil, err
	}
	id, _ := def.ID()
	if !id.Equal(&rec.PollID) {
		return nil, fmt.Errorf("%w: the record is for another poll", ErrRecord)
	}
	if rec.StateIndex == nil {
		return nil, fmt.Errorf("%w: the voter's state index is not known yet (it comes with the join's receipt)", ErrRecord)
	}
	if len(rec.JoinBallot) != len(def.Options) {
		return nil, fmt.Errorf("%w: the joined ballot has %d votes for %d options", ErrRecord, len(rec.JoinBallot), len(def.Options))
	}
	if err := CheckBallot(def, rec.Weight, votes); err != nil {
		return nil, err
	}

	// Commands apply to the joined ballot; lower weights go first so the
	// budget holds after every step.
	var changes []change
	for i, v := range votes {
		if v.Cmp(rec.JoinBallot[i]) != 0 {
			changes = append(changes, change{i, rec.JoinBallot[i], v})
		}
	}
	if len(changes) == 0 { // a pure key change still needs one command to carry it
		changes = append(changes, change{0, rec.JoinBallot[0], rec.JoinBallot[0]})
	}
	sort.SliceStable(changes, func(a, b int) bool {
		return changes[a].new.Cmp(changes[a].old) < 0 && changes[b].new.Cmp(changes[b].old) >= 0
	})

	newKey, err := babyjub.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	newPub := newKey.Public()
	msgs := make([]*Message, len(changes))
	for n, c := range changes {
		salt, err := randomElement()
		if err != nil {
			return nil, err
		}
		cmd := &message.Command{StateIndex: *rec.StateIndex, NewKey: newPub, Option: uint64(c.option),
			Weight: c.new, Nonce: uint64(n + 1), Salt: salt}
		signer := newKey
		if n == 0 {
			signer = rec.StateKey // the newest message is checked against the joined state's key
		}
		m, err := newCommand(params, p, cmd, signer)
		if err != nil {
			return nil, err
		}
		// Publish the highest nonce first: processing runs newest first.
		msgs[len(changes)-1-n] = m
	}
	rec.CurrentKey = newKey
	rec.Ballot = copyVotes(votes)
	return msgs, nil
}
