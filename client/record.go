package client

import (
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/internal/fieldhex"
	"github.com/zkvote/zkvote/internal/jsonfile"
)

// Record is what a voter must keep about one poll to re-vote or change key
// later. It holds private keys: it is written with permission 0600, and
// losing it means the join ballot can no longer be changed.
type Record struct {
	PollID fr.Element
	// Weight is the census weight the join proved.
	Weight *big.Int
	// StateKey is the key registered by the join. Messages are processed
	// newest first, starting from the joined state, so the newest command
	// (nonce 1) of every later sequence is signed with it.
	StateKey *babyjub.PrivateKey
	// CurrentKey is the key the last sequence switched to (StateKey after
	// the join alone).
	CurrentKey *babyjub.PrivateKey
	// JoinBallot is the ballot the join carried: the base later commands change.
	JoinBallot []*big.Int
	// Ballot is the ballot the voter last asked for.
	Ballot []*big.Int
	// StateIndex is the voter's position in the poll's state tree, known
	// from the join's receipt; commands need it.
	StateIndex *uint64
	// StateLeaf is the join's public state leaf: with it the state index
	// can be found in the public log if the receipt never arrived.
	StateLeaf fr.Element
	// Rate is the voter's rate set, in a poll with command passes.
	Rate *RateRecord
}

type recordJSON struct {
	Kind       string      `json:"kind"`
	PollID     string      `json:"poll_id"`
	Weight     string      `json:"weight"`
	StateKey   string      `json:"state_key"`
	CurrentKey string      `json:"current_key"`
	JoinBallot []string    `json:"join_ballot"`
	Ballot     []string    `json:"ballot"`
	StateIndex *uint64     `json:"state_index,omitempty"`
	StateLeaf  string      `json:"state_leaf"`
	Rate       *RateRecord `json:"rate,omitempty"`
}

const recordKind = "zkvote-voter-record"

func scalarHex(k *babyjub.PrivateKey) string { return fmt.Sprintf("0x%064x", k.Scalar()) }

func bigStrings(xs []*big.Int) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = x.String()
	}
	return out
}

// MarshalJSON encodes the record.
func (r *Record) MarshalJSON() ([]byte, error) {
	return json.Marshal(recordJSON{Kind: recordKind, PollID: fieldhex.Encode(r.PollID), Weight: r.Weight.String(),
		StateKey: scalarHex(r.StateKey), CurrentKey: scalarHex(r.CurrentKey), JoinBallot: bigStrings(r.JoinBallot),
		Ballot: bigStrings(r.Ballot), StateIndex: r.StateIndex, StateLeaf: fieldhex.Encode(r.StateLeaf), Rate: r.Rate})
}

// UnmarshalJSON decodes a record and checks its form.
func (r *Record) UnmarshalJSON(data []byte) error {
	var j recordJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return fmt.Errorf("%w: %w", ErrRecord, err)
	}
	if j.Kind != recordKind {
		return fmt.Errorf("%w: kind %q", ErrRecord, j.Kind)
	}
	var err error
	if r.PollID, err = fieldhex.Decode(j.PollID); err != nil {
		return fmt.Errorf("%w: poll_id: %w", ErrRecord, err)
	}
	keys := []*(*babyjub.PrivateKey){&r.StateKey, &r.CurrentKey}
	for i, s := range []string{j.StateKey, j.CurrentKey} {
		v, ok := new(big.Int).SetString(s, 0)
		if !ok {
			return fmt.Errorf("%w: key %d is not a number", ErrRecord, i)
		}
		if *keys[i], err = babyjub.NewPrivateKey(v); err != nil {
			return fmt.Errorf("%w: %w", ErrRecord, err)
		}
	}
	parse := func(ss []string) ([]*big.Int, error) {
		out := make([]*big.Int, len(ss))
		for i, s := range ss {
			v, ok := new(big.Int).SetString(s, 10)
			if !ok || v.Sign() < 0 {
				return nil, fmt.Errorf("%w: %q is not a vote weight", ErrRecord, s)
			}
			out[i] = v
		}
		return out, nil
	}
	w, err := parse([]string{j.Weight})
	if err != nil {
		return err
	}
	r.Weight = w[0]
	if r.JoinBallot, err = parse(j.JoinBallot); err != nil {
		return err
	}
	if r.Ballot, err = parse(j.Ballot); err != nil {
		return err
	}
	if len(r.Ballot) != len(r.JoinBallot) {
		return fmt.Errorf("%w: ballots of different lengths", ErrRecord)
	}
	r.StateIndex, r.Rate = j.StateIndex, j.Rate
	if r.StateLeaf, err = fieldhex.Decode(j.StateLeaf); err != nil {
		return fmt.Errorf("%w: state_leaf: %w", ErrRecord, err)
	}
	return nil
}

// WriteFile writes the record with permission 0600. Replacing an existing
// record loses the keys it holds, so it needs overwrite.
func (r *Record) WriteFile(path string, overwrite bool) error {
	return jsonfile.Write(path, r, 0o600, overwrite)
}

// ReadRecord reads a voter record file.
func ReadRecord(path string) (*Record, error) {
	var r Record
	if err := jsonfile.Read(path, &r); err != nil {
		return nil, err
	}
	return &r, nil
}
