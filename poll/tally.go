package poll

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/circuits/process"
	"github.com/zkvote/zkvote/internal/fieldhex"
	"github.com/zkvote/zkvote/internal/hexbytes"
	"github.com/zkvote/zkvote/internal/jsonfile"
)

// SplitProof is one split batch proof with the boundary values its one
// public input hashes.
type SplitProof struct {
	Ends  process.SplitEnds
	Proof []byte
}

// JoinProof is one join batch proof and its boundary values.
type JoinProof struct {
	Ends  process.JoinEnds
	Proof []byte
}

// CommandProof is one command batch proof and its boundary values.
type CommandProof struct {
	Ends  process.CommandEnds
	Proof []byte
}

// Tally is a proven tally as published: every batch proof of the
// processing circuits with its boundary values, and the public opening of
// the final state they end at, whose totals are the result
// (docs/protocol.md, "Proven processing"). The opening holds the state
// root only blinded: a published root would tell, from the joins' public
// leaves, whether any command counted.
type Tally struct {
	Final    process.Result
	Splits   []SplitProof
	Joins    []JoinProof
	Commands []CommandProof
	// Legacy: the proofs are of the processing circuits before version 4
	// (results.json before version 3), whose splits had no on-chain
	// sub-chain and whose join batches skipped no join (their public
	// inputs: process.SplitEnds.LegacyHash, JoinEnds.LegacyHash).
	Legacy bool
}

// ResultsFile is the published results.json of a tallied poll: the result
// and, for a proven tally, everything needed to check it beside the
// exported log and the verifying keys.
type ResultsFile struct {
	PollID    fr.Element
	Options   []string
	Results   Results
	Joins     uint64     // participation: joins in the sealed log
	ChainHash fr.Element // the sealed chain hash the tally covers
	// Keys maps each circuit (joinvote and the processing circuits) to the
	// SHA-256 of its verifying key, as the poll pins them.
	Keys  map[string]string
	Tally *Tally // nil for a native (unproven) tally
}

const resultsFormat = "zkvote-results"

// ResultsFormatVersion is the version of results.json: 3 has the on-chain
// sub-chain in every split's boundary values and the skip mask in every
// join and command batch's (processing circuits version 4); 2 wrote proofs in 0x-hex;
// version 1 files (proofs in base64) are read too, their tallies (and
// version 2's) as Tally.Legacy.
const ResultsFormatVersion = 3

type resultsJSON struct {
	Format    string            `json:"format"`
	Version   int               `json:"version"`
	PollID    string            `json:"poll_id"`
	Options   []string          `json:"options"`
	Totals    []string          `json:"totals"`
	Spent     []string          `json:"spent"`
	Proven    bool              `json:"proven"`
	Joins     uint64            `json:"participation"`
	ChainHash string            `json:"sealed_chain_hash"`
	Keys      map[string]string `json:"verifying_keys_sha256"`
	Tally     *tallyJSON        `json:"tally,omitempty"`
}

type resultJSON struct {
	Blinded string   `json:"blinded_root"`
	Joins   uint64   `json:"joins"`
	Totals  []string `json:"totals"`
	Squares []string `json:"squares"`
}

type batchJSON struct {
	Ends  map[string]string `json:"ends"`
	Proof string            `json:"proof"`
}

type tallyJSON struct {
	Final    resultJSON  `json:"final_state"`
	Splits   []batchJSON `json:"split"`
	Joins    []batchJSON `json:"joins"`
	Commands []batchJSON `json:"commands"`
}

func bigStrings(xs []*big.Int) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = x.String()
	}
	return out
}

func parseBigs(ss []string) ([]*big.Int, error) {
	out := make([]*big.Int, len(ss))
	for i, s := range ss {
		x, ok := new(big.Int).SetString(s, 10)
		if !ok || x.Sign() < 0 {
			return nil, fmt.Errorf("%q is not a non-negative decimal", s)
		}
		out[i] = x
	}
	return out, nil
}

// endsFields names the boundary values of each kind of batch, in the
// order the file lists them.
func splitFields(e *process.SplitEnds, legacy bool) map[string]*fr.Element {
	m := map[string]*fr.Element{"chain_in": &e.ChainIn, "chain_out": &e.ChainOut, "join_chain_in": &e.JoinChainIn,
		"join_chain_out": &e.JoinChainOut, "command_chain_in": &e.CmdChainIn, "command_chain_out": &e.CmdChainOut}
	if !legacy {
		m["on_chain_in"], m["on_chain_out"] = &e.OnChainIn, &e.OnChainOut
	}
	return m
}

func joinFields(e *process.JoinEnds, legacy bool) map[string]*fr.Element {
	m := map[string]*fr.Element{"join_chain_in": &e.JoinChainIn, "join_chain_out": &e.JoinChainOut,
		"state_in": &e.StateIn, "state_out": &e.StateOut}
	if !legacy {
		m["skipped"] = &e.Skipped
	}
	return m
}

func commandFields(e *process.CommandEnds, legacy bool) map[string]*fr.Element {
	m := map[string]*fr.Element{"poll_id": &e.PollID, "command_chain_in": &e.CmdChainIn, "command_chain_out": &e.CmdChainOut,
		"state_in": &e.StateIn, "state_out": &e.StateOut}
	if !legacy {
		m["skipped"] = &e.Skipped
	}
	return m
}

func encodeBatch(fields map[string]*fr.Element, proof []byte) batchJSON {
	b := batchJSON{Ends: map[string]string{}, Proof: hexbytes.Encode(proof)}
	for k, v := range fields {
		b.Ends[k] = fieldhex.Encode(*v)
	}
	return b
}

func decodeBatch(b batchJSON, fields map[string]*fr.Element, version int) ([]byte, error) {
	if len(b.Ends) != len(fields) {
		return nil, fmt.Errorf("%d boundary values, want %d", len(b.Ends), len(fields))
	}
	for k, dst := range fields {
		s, ok := b.Ends[k]
		if !ok {
			return nil, fmt.Errorf("no %s", k)
		}
		var err error
		if *dst, err = fieldhex.Decode(s); err != nil {
			return nil, fmt.Errorf("%s: %w", k, err)
		}
	}
	proof, err := decodeProof(b.Proof, version)
	if err != nil {
		return nil, fmt.Errorf("proof: %w", err)
	}
	return proof, nil
}

// MarshalJSON writes results.json.
func (r *ResultsFile) MarshalJSON() ([]byte, error) {
	j := resultsJSON{Format: resultsFormat, Version: ResultsFormatVersion, PollID: fieldhex.Encode(r.PollID), Options: r.Options,
		Totals: bigStrings(r.Results.Totals), Spent: bigStrings(r.Results.Spent), Proven: r.Results.Proven, Joins: r.Joins,
		ChainHash: fieldhex.Encode(r.ChainHash), Keys: r.Keys}
	if t := r.Tally; t != nil {
		tj := &tallyJSON{Final: resultJSON{Blinded: fieldhex.Encode(t.Final.Blinded), Joins: t.Final.Joins,
			Totals: fieldhex.EncodeAll(t.Final.Totals), Squares: fieldhex.EncodeAll(t.Final.Squares)},
			Splits: []batchJSON{}, Joins: []batchJSON{}, Commands: []batchJSON{}}
		for i := range t.Splits {
			tj.Splits = append(tj.Splits, encodeBatch(splitFields(&t.Splits[i].Ends, t.Legacy), t.Splits[i].Proof))
		}
		for i := range t.Joins {
			tj.Joins = append(tj.Joins, encodeBatch(joinFields(&t.Joins[i].Ends, t.Legacy), t.Joins[i].Proof))
		}
		for i := range t.Commands {
			tj.Commands = append(tj.Commands, encodeBatch(commandFields(&t.Commands[i].Ends, t.Legacy), t.Commands[i].Proof))
		}
		j.Tally = tj
		if t.Legacy {
			j.Version = 2 // the last version of its boundary values
		}
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads results.json, checking the form of every field.
// Whether it holds — proofs, boundaries, totals — is the verifier's to
// check.
func (r *ResultsFile) UnmarshalJSON(data []byte) error {
	var j resultsJSON
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return fmt.Errorf("%w: %v", ErrMalformedResults, err)
	}
	fail := func(where string, err error) error { return fmt.Errorf("%w: %s: %v", ErrMalformedResults, where, err) }
	if j.Format != resultsFormat {
		return fail("format", fmt.Errorf("%q is not %q", j.Format, resultsFormat))
	}
	if j.Version < 1 || j.Version > ResultsFormatVersion {
		return fail("version", fmt.Errorf("%d, this zkvote reads 1 to %d", j.Version, ResultsFormatVersion))
	}
	out := ResultsFile{Options: j.Options, Joins: j.Joins, Keys: j.Keys, Results: Results{Proven: j.Proven}}
	var err error
	if out.PollID, err = fieldhex.Decode(j.PollID); err != nil {
		return fail("poll_id", err)
	}
	if out.ChainHash, err = fieldhex.Decode(j.ChainHash); err != nil {
		return fail("sealed_chain_hash", err)
	}
	if out.Results.Totals, err = parseBigs(j.Totals); err != nil {
		return fail("totals", err)
	}
	if out.Results.Spent, err = parseBigs(j.Spent); err != nil {
		return fail("spent", err)
	}
	if len(out.Results.Totals) != len(j.Options) || len(out.Results.Spent) != len(j.Options) {
		return fail("totals", fmt.Errorf("%d totals and %d spent for %d options", len(out.Results.Totals), len(out.Results.Spent), len(j.Options)))
	}
	if tj := j.Tally; tj != nil {
		t := &Tally{Final: process.Result{Joins: tj.Final.Joins}, Legacy: j.Version < 3}
		if t.Final.Blinded, err = fieldhex.Decode(tj.Final.Blinded); err != nil {
			return fail("final_state.blinded_root", err)
		}
		if t.Final.Totals, err = fieldhex.DecodeAll(tj.Final.Totals); err != nil {
			return fail("final_state.totals", err)
		}
		if t.Final.Squares, err = fieldhex.DecodeAll(tj.Final.Squares); err != nil {
			return fail("final_state.squares", err)
		}
		for i, b := range tj.Splits {
			var p SplitProof
			if p.Proof, err = decodeBatch(b, splitFields(&p.Ends, t.Legacy), j.Version); err != nil {
				return fail(fmt.Sprintf("split batch %d", i), err)
			}
			t.Splits = append(t.Splits, p)
		}
		for i, b := range tj.Joins {
			var p JoinProof
			if p.Proof, err = decodeBatch(b, joinFields(&p.Ends, t.Legacy), j.Version); err != nil {
				return fail(fmt.Sprintf("join batch %d", i), err)
			}
			t.Joins = append(t.Joins, p)
		}
		for i, b := range tj.Commands {
			var p CommandProof
			if p.Proof, err = decodeBatch(b, commandFields(&p.Ends, t.Legacy), j.Version); err != nil {
				return fail(fmt.Sprintf("command batch %d", i), err)
			}
			t.Commands = append(t.Commands, p)
		}
		out.Tally = t
	}
	*r = out
	return nil
}

// WriteFile writes results.json.
func (r *ResultsFile) WriteFile(path string, overwrite bool) error {
	return jsonfile.Write(path, r, 0o644, overwrite)
}

// ReadResultsFile reads results.json (checking its form, not its content).
func ReadResultsFile(path string) (*ResultsFile, error) {
	var r ResultsFile
	if err := jsonfile.Read(path, &r); err != nil {
		return nil, err
	}
	return &r, nil
}
