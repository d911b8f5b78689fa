package client

import (
	"crypto/rand"
	"encoding/json"
	"fmt"
	"math/big"
	"sort"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/message"
	"github.com/zkvote/zkvote/internal/fieldhex"
	"github.com/zkvote/zkvote/poll"
)

// Message is an encrypted MACI-style command as it travels to the
// coordinator: anyone can see that a message was sent, nobody but the
// coordinator what it says or whether it is valid.
type Message struct {
	PollID       fr.Element
	EphemeralKey babyjub.Point
	Ciphertext   []fr.Element
}

// Hash is the message's hash in the poll's message chain.
func (m *Message) Hash() fr.Element { return message.Hash(&m.EphemeralKey, m.Ciphertext) }

type messageJSON struct {
	PollID       string         `json:"poll_id"`
	EphemeralKey poll.PublicKey `json:"ephemeral_key"`
	Ciphertext   []string       `json:"ciphertext"`
}

// MarshalJSON encodes the message.
func (m *Message) MarshalJSON() ([]byte, error) {
	return json.Marshal(messageJSON{PollID: fieldhex.Encode(m.PollID), EphemeralKey: poll.EncodePublicKey(&m.EphemeralKey),
		Ciphertext: fieldhex.EncodeAll(m.Ciphertext)})
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
		eph, err := babyjub.GenerateKey(rand.Reader)
		if err != nil {
			return nil, err
		}
		epk, ct, _, err := message.SignAndEncrypt(params, rec.PollID, cmd.Body(params), signer, eph, &p.CoordinatorKey)
		if err != nil {
			return nil, err
		}
		// Publish the highest nonce first: processing runs newest first.
		msgs[len(changes)-1-n] = &Message{PollID: rec.PollID, EphemeralKey: epk, Ciphertext: ct}
	}
	rec.CurrentKey = newKey
	rec.Ballot = copyVotes(votes)
	return msgs, nil
}
