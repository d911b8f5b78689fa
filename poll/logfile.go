package poll

import (
	"bytes"
	"crypto/ed25519"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/internal/fieldhex"
	"github.com/zkvote/zkvote/internal/hexbytes"
	"github.com/zkvote/zkvote/internal/jsonfile"
	"github.com/zkvote/zkvote/receipt"
)

// The exported log is JSON with every field element in fieldhex, points as
// {x, y}, and proofs, signatures and the signing key in 0x-hex (hexbytes);
// version 1 files, still read, had proofs in base64 and the other byte
// strings in hex without the prefix (docs/protocol.md).

const logFormat = "zkvote-poll-log"

// LogFormatVersion is the version of the exported log's file form: 3 may
// mark entries that came through the Poll contract (on_chain_index); 2
// wrote proofs in 0x-hex; version 1 files (proofs in base64) are read too.
const LogFormatVersion = 3

type logJSON struct {
	Format     string      `json:"format"`
	Version    int         `json:"version"`
	PollID     string      `json:"poll_id"`
	Definition *Definition `json:"definition"`
	State      string      `json:"state"`
	Count      uint64      `json:"message_count"`
	Joins      uint64      `json:"join_count"`
	ChainHash  string      `json:"chain_hash"`
	Seal       *sealJSON   `json:"seal,omitempty"`
	SigningKey string      `json:"signing_public_key"`
	Entries    []entryJSON `json:"entries"`
}

type sealJSON struct {
	Count      uint64 `json:"message_count"`
	ChainHash  string `json:"chain_hash"`
	SealedUnix int64  `json:"sealed_unix"`
	Signature  string `json:"signature"`
}

type entryJSON struct {
	Index        uint64       `json:"index"`
	Join         *joinJSON    `json:"join,omitempty"`
	Command      *commandJSON `json:"command,omitempty"`
	StateIndex   *uint64      `json:"state_index,omitempty"`
	EntryHash    string       `json:"entry_hash"`
	ChainHash    string       `json:"chain_hash"`
	ReceivedUnix int64        `json:"received_unix"`
	OnChainIndex *uint64      `json:"on_chain_index,omitempty"`
}

type joinJSON struct {
	Nullifier    string    `json:"nullifier"`
	StateLeaf    string    `json:"state_leaf"`
	MessageHash  string    `json:"message_hash"`
	PollKey      PublicKey `json:"poll_key"`
	EphemeralKey PublicKey `json:"ephemeral_key"`
	Ciphertext   []string  `json:"ciphertext"`
	Proof        string    `json:"proof"`
}

type commandJSON struct {
	EphemeralKey PublicKey `json:"ephemeral_key"`
	Ciphertext   []string  `json:"ciphertext"`
	Opening      string    `json:"opening,omitempty"` // polls with command proofs
	Proof        string    `json:"proof,omitempty"`
}

// MarshalJSON writes the log's file form.
func (l *Log) MarshalJSON() ([]byte, error) {
	p := &l.Poll
	j := logJSON{Format: logFormat, Version: LogFormatVersion, PollID: fieldhex.Encode(p.ID), Definition: p.Definition,
		State: p.State.String(), Count: p.Count, Joins: p.Joins, ChainHash: fieldhex.Encode(p.ChainHash),
		SigningKey: hexbytes.Encode(l.SigningKey), Entries: make([]entryJSON, len(l.Entries))}
	if s := p.Seal; s != nil {
		j.Seal = &sealJSON{Count: s.Count, ChainHash: fieldhex.Encode(s.ChainHash), SealedUnix: s.SealedUnix, Signature: hexbytes.Encode(s.Signature)}
	}
	for i, e := range l.Entries {
		ej := entryJSON{Index: e.Index, EntryHash: fieldhex.Encode(e.EntryHash), ChainHash: fieldhex.Encode(e.ChainHash), ReceivedUnix: e.ReceivedUnix,
			OnChainIndex: e.OnChain}
		if e.Join != nil {
			st := &e.Join.Statement
			ej.Join = &joinJSON{Nullifier: fieldhex.Encode(st.Nullifier), StateLeaf: fieldhex.Encode(st.StateLeaf),
				MessageHash: fieldhex.Encode(st.MessageHash), PollKey: EncodePublicKey(&st.PollKey),
				EphemeralKey: EncodePublicKey(&st.EphemeralKey), Ciphertext: fieldhex.EncodeAll(st.Ciphertext),
				Proof: hexbytes.Encode(e.Join.Proof)}
			idx := e.StateIndex
			ej.StateIndex = &idx
		}
		if e.Command != nil {
			c := e.Command
			ej.Command = &commandJSON{EphemeralKey: EncodePublicKey(&c.EphemeralKey), Ciphertext: fieldhex.EncodeAll(c.Ciphertext)}
			if c.Opening != nil {
				ej.Command.Opening, ej.Command.Proof = fieldhex.Encode(*c.Opening), hexbytes.Encode(c.Proof)
			}
		}
		j.Entries[i] = ej
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads the log's file form, checking the form of every field
// (canonical field elements, valid public keys). Whether the log holds
// together — hashes, chain, seal, proofs — is the verifier's to check.
func (l *Log) UnmarshalJSON(data []byte) error {
	var j logJSON
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return fmt.Errorf("%w: %v", ErrMalformedLog, err)
	}
	fail := func(where string, err error) error { return fmt.Errorf("%w: %s: %v", ErrMalformedLog, where, err) }
	if j.Format != logFormat {
		return fail("format", fmt.Errorf("%q is not %q", j.Format, logFormat))
	}
	if j.Version < 1 || j.Version > LogFormatVersion {
		return fail("version", fmt.Errorf("%d, this zkvote reads 1 to %d", j.Version, LogFormatVersion))
	}
	if j.Definition == nil {
		return fail("definition", fmt.Errorf("missing"))
	}
	out := Log{Poll: Info{Definition: j.Definition, Head: Head{Count: j.Count, Joins: j.Joins}}}
	var err error
	if out.Poll.ID, err = fieldhex.Decode(j.PollID); err != nil {
		return fail("poll_id", err)
	}
	if out.Poll.ChainHash, err = fieldhex.Decode(j.ChainHash); err != nil {
		return fail("chain_hash", err)
	}
	if out.Poll.State, err = ParseState(j.State); err != nil {
		return fail("state", err)
	}
	key, err := hexbytes.Decode(j.SigningKey)
	if err != nil || len(key) != ed25519.PublicKeySize {
		return fail("signing_public_key", fmt.Errorf("not an Ed25519 public key in hex"))
	}
	out.SigningKey = key
	if s := j.Seal; s != nil {
		seal := &receipt.Seal{PollID: out.Poll.ID, Count: s.Count, SealedUnix: s.SealedUnix}
		if seal.ChainHash, err = fieldhex.Decode(s.ChainHash); err != nil {
			return fail("seal.chain_hash", err)
		}
		if seal.Signature, err = hexbytes.Decode(s.Signature); err != nil {
			return fail("seal.signature", err)
		}
		out.Poll.Seal = seal
	}
	out.Entries = make([]*Entry, len(j.Entries))
	for i := range j.Entries {
		if out.Entries[i], err = j.Entries[i].decode(out.Poll.ID, j.Version); err != nil {
			return fail(fmt.Sprintf("entry %d", i), err)
		}
	}
	*l = out
	return nil
}

func (ej *entryJSON) decode(pollID fr.Element, version int) (*Entry, error) {
	e := &Entry{Index: ej.Index, ReceivedUnix: ej.ReceivedUnix, OnChain: ej.OnChainIndex}
	var err error
	if e.EntryHash, err = fieldhex.Decode(ej.EntryHash); err != nil {
		return nil, fmt.Errorf("entry_hash: %w", err)
	}
	if e.ChainHash, err = fieldhex.Decode(ej.ChainHash); err != nil {
		return nil, fmt.Errorf("chain_hash: %w", err)
	}
	switch {
	case ej.Join != nil && ej.Command == nil:
		if ej.StateIndex == nil {
			return nil, fmt.Errorf("a join without its state_index")
		}
		e.StateIndex = *ej.StateIndex
		e.Join, err = ej.Join.decode(pollID, version)
	case ej.Command != nil && ej.Join == nil:
		e.Command, err = ej.Command.decode()
	default:
		return nil, fmt.Errorf("neither a join nor a command")
	}
	return e, err
}

func (jj *joinJSON) decode(pollID fr.Element, version int) (*Join, error) {
	j := &Join{Statement: joinvote.Statement{PollID: pollID}}
	st := &j.Statement
	var err error
	for _, f := range []struct {
		name string
		in   string
		out  *fr.Element
	}{{"nullifier", jj.Nullifier, &st.Nullifier}, {"state_leaf", jj.StateLeaf, &st.StateLeaf}, {"message_hash", jj.MessageHash, &st.MessageHash}} {
		if *f.out, err = fieldhex.Decode(f.in); err != nil {
			return nil, fmt.Errorf("%s: %w", f.name, err)
		}
	}
	if st.PollKey, err = jj.PollKey.Point(); err != nil {
		return nil, fmt.Errorf("poll_key: %w", err)
	}
	if st.EphemeralKey, err = jj.EphemeralKey.Point(); err != nil {
		return nil, fmt.Errorf("ephemeral_key: %w", err)
	}
	if st.Ciphertext, err = fieldhex.DecodeAll(jj.Ciphertext); err != nil {
		return nil, fmt.Errorf("ciphertext: %w", err)
	}
	if j.Proof, err = decodeProof(jj.Proof, version); err != nil {
		return nil, fmt.Errorf("proof: %w", err)
	}
	return j, nil
}

func (cj *commandJSON) decode() (*Command, error) {
	c := &Command{}
	var err error
	if c.EphemeralKey, err = cj.EphemeralKey.Point(); err != nil {
		return nil, fmt.Errorf("ephemeral_key: %w", err)
	}
	if c.Ciphertext, err = fieldhex.DecodeAll(cj.Ciphertext); err != nil {
		return nil, fmt.Errorf("ciphertext: %w", err)
	}
	if (cj.Opening == "") != (cj.Proof == "") {
		return nil, errors.New("an opening and a command proof go together")
	}
	if cj.Opening != "" {
		o, err := fieldhex.Decode(cj.Opening)
		if err != nil {
			return nil, fmt.Errorf("opening: %w", err)
		}
		c.Opening = &o
		if c.Proof, err = hexbytes.Decode(cj.Proof); err != nil {
			return nil, fmt.Errorf("proof: %w", err)
		}
	}
	return c, nil
}

// ParseState reads a state name as String prints it.
func ParseState(s string) (State, error) {
	for _, st := range []State{StateOpen, StateClosed, StateTallied} {
		if st.String() == s {
			return st, nil
		}
	}
	return StateUnknown, fmt.Errorf("unknown state %q", s)
}

// WriteFile writes the log as indented JSON.
func (l *Log) WriteFile(path string, overwrite bool) error {
	return jsonfile.Write(path, l, 0o644, overwrite)
}

// ReadLogFile reads an exported log (checking its form, not its content).
func ReadLogFile(path string) (*Log, error) {
	var l Log
	if err := jsonfile.Read(path, &l); err != nil {
		return nil, err
	}
	return &l, nil
}

// decodeProof reads a proof as a file of the given version writes it:
// base64 in version 1, 0x-hex since.
func decodeProof(s string, version int) ([]byte, error) {
	if version == 1 {
		return base64.StdEncoding.DecodeString(s)
	}
	return hexbytes.Decode(s)
}
