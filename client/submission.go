package client

import (
	"encoding/base64"
	"encoding/json"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/ratelimit"
	"github.com/zkvote/zkvote/internal/fieldhex"
	"github.com/zkvote/zkvote/internal/hexbytes"
	"github.com/zkvote/zkvote/internal/jsonfile"
	"github.com/zkvote/zkvote/poll"
)

// Submission is a join+vote as it travels: the proof and its statement. It
// reveals neither the voter nor the ballot. As a file it may also carry the
// poll definition, so that `zkvote verify-vote` can check it standalone.
type Submission struct {
	Statement joinvote.Statement
	Proof     []byte
	Poll      *poll.Definition // optional
	// Rate registers the voter's rate set, in a poll with command passes.
	Rate *ratelimit.Registration
}

// rateSetJSON is a rate set registration in a submission file.
type rateSetJSON struct {
	Identities []string       `json:"identities"`
	SignatureR poll.PublicKey `json:"signature_r"`
	SignatureS string         `json:"signature_s"`
}

type submissionJSON struct {
	Kind         string           `json:"kind"`
	Version      int              `json:"version,omitempty"`
	PollID       string           `json:"poll_id"`
	Nullifier    string           `json:"nullifier"`
	StateLeaf    string           `json:"state_leaf"`
	MessageHash  string           `json:"message_hash"`
	PollKey      poll.PublicKey   `json:"poll_key"`
	EphemeralKey poll.PublicKey   `json:"ephemeral_key"`
	Ciphertext   []string         `json:"ciphertext"`
	Proof        string           `json:"proof"` // the compressed Groth16 proof: 0x hex (version 2), base64 (no version)
	Poll         *poll.Definition `json:"poll,omitempty"`
	RateSet      *rateSetJSON     `json:"rate_set,omitempty"`
}

const submissionKind = "zkvote-join-vote"

// submissionVersion is the file form: 2 writes the proof in 0x hex, as
// every other byte string of zkvote's files; files without a version
// (written before) have it in base64 and are still read.
const submissionVersion = 2

// MarshalJSON encodes field elements as fieldhex and the proof as 0x hex.
func (s *Submission) MarshalJSON() ([]byte, error) {
	st := &s.Statement
	j := submissionJSON{
		Kind: submissionKind, Version: submissionVersion, PollID: fieldhex.Encode(st.PollID), Nullifier: fieldhex.Encode(st.Nullifier),
		StateLeaf: fieldhex.Encode(st.StateLeaf), MessageHash: fieldhex.Encode(st.MessageHash),
		PollKey: poll.EncodePublicKey(&st.PollKey), EphemeralKey: poll.EncodePublicKey(&st.EphemeralKey),
		Ciphertext: fieldhex.EncodeAll(st.Ciphertext), Proof: hexbytes.Encode(s.Proof), Poll: s.Poll,
	}
	if r := s.Rate; r != nil {
		j.RateSet = &rateSetJSON{Identities: fieldhex.EncodeAll(r.Identities[:]), SignatureR: poll.EncodePublicKey(&r.Signature.R),
			SignatureS: r.Signature.S.String()}
	}
	return json.Marshal(j)
}

// UnmarshalJSON decodes and checks the form of every field (points on the
// curve and in the subgroup, canonical field elements).
func (s *Submission) UnmarshalJSON(data []byte) error {
	var j submissionJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return fmt.Errorf("%w: %w", ErrMalformedSubmission, err)
	}
	if j.Kind != submissionKind {
		return fmt.Errorf("%w: kind %q, want %q", ErrMalformedSubmission, j.Kind, submissionKind)
	}
	var err error
	fail := func(field string, err error) error {
		return fmt.Errorf("%w: %s: %w", ErrMalformedSubmission, field, err)
	}
	st := &s.Statement
	for _, f := range []struct {
		name string
		in   string
		out  *fr.Element
	}{{"poll_id", j.PollID, &st.PollID}, {"nullifier", j.Nullifier, &st.Nullifier}, {"state_leaf", j.StateLeaf, &st.StateLeaf}, {"message_hash", j.MessageHash, &st.MessageHash}} {
		if *f.out, err = fieldhex.Decode(f.in); err != nil {
			return fail(f.name, err)
		}
	}
	for _, f := range []struct {
		name string
		in   poll.PublicKey
		out  *babyjub.Point
	}{{"poll_key", j.PollKey, &st.PollKey}, {"ephemeral_key", j.EphemeralKey, &st.EphemeralKey}} {
		if *f.out, err = f.in.Point(); err != nil {
			return fail(f.name, err)
		}
	}
	if st.Ciphertext, err = fieldhex.DecodeAll(j.Ciphertext); err != nil {
		return fail("ciphertext", err)
	}
	switch j.Version { // the version decides: a base64 string can start with 0x
	case 0:
		s.Proof, err = base64.StdEncoding.DecodeString(j.Proof)
	case submissionVersion:
		s.Proof, err = hexbytes.Decode(j.Proof)
	default:
		return fail("version", fmt.Errorf("%d, this zkvote reads %d", j.Version, submissionVersion))
	}
	if err != nil {
		return fail("proof", err)
	}
	if r := j.RateSet; r != nil {
		s.Rate = &ratelimit.Registration{}
		ids, err := fieldhex.DecodeAll(r.Identities)
		if err != nil {
			return fail("rate_set.identities", err)
		}
		if len(ids) != ratelimit.Identities {
			return fail("rate_set.identities", fmt.Errorf("%d identities, want %d", len(ids), ratelimit.Identities))
		}
		copy(s.Rate.Identities[:], ids)
		if s.Rate.Signature.R, err = r.SignatureR.Point(); err != nil {
			return fail("rate_set.signature_r", err)
		}
		if _, ok := s.Rate.Signature.S.SetString(r.SignatureS, 10); !ok {
			return fail("rate_set.signature_s", fmt.Errorf("%q is not a number", r.SignatureS))
		}
	}
	s.Poll = j.Poll
	if s.Poll != nil {
		if err := s.Poll.Validate(); err != nil {
			return fail("poll", err)
		}
	}
	return nil
}

// CheckForm checks the statement against the parameter set (lengths and
// the message hash) without verifying the proof.
func (s *Submission) CheckForm(params circuits.Params) error {
	if err := s.Statement.CheckStatement(params); err != nil {
		return fmt.Errorf("%w: %w", ErrMalformedSubmission, err)
	}
	return nil
}

// WriteFile writes the submission as JSON (0644: it holds nothing secret).
func (s *Submission) WriteFile(path string, overwrite bool) error {
	return jsonfile.Write(path, s, 0o644, overwrite)
}

// ReadSubmission reads a submission file.
func ReadSubmission(path string) (*Submission, error) {
	var s Submission
	if err := jsonfile.Read(path, &s); err != nil {
		return nil, err
	}
	return &s, nil
}
