package snapshot

import (
	"encoding/json"
	"fmt"
	"math/big"
	"os"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkvote/zkvote/internal/atomicfile"
)

// Version is the version of the snapshot file format.
const Version = 1

// FileType marks a snapshot file, so that it is not mistaken for a census.
const FileType = "zkvote-token-snapshot"

// Mode names where voting power is read.
type Mode string

// Modes.
const (
	// ModeVotes reads getPastVotes(account, timepoint): delegated,
	// checkpointed power of ERC20Votes / ERC721Votes (IERC5805), the power
	// an OpenZeppelin Governor counts. Candidates are the delegates named
	// by DelegateVotesChanged logs.
	ModeVotes Mode = "votes"
	// ModeBalance reads balanceOf(account) in the state of the block.
	// Candidates are the recipients named by Transfer logs.
	ModeBalance Mode = "balance"
	// ModeReputation takes the power from a reputation file (package
	// census/reputation): scores, halved once per half-life of age.
	ModeReputation Mode = "reputation"
)

// ReputationSource records how a reputation list was made, so that anyone
// holding the reputation file can recompute it.
type ReputationSource struct {
	FileSHA256 string `json:"file_sha256"`
	AsOf       int64  `json:"as_of_unix"`
	HalfLife   int64  `json:"half_life_seconds,omitempty"` // 0: no decay
}

// Snapshot is an eligibility list read from a token at a block, with what
// anyone needs to recompute it: the chain, token, block (number and hash),
// how the power was read, and the weighting rule.
//
// It is not a census: a census leaf binds an identity commitment, and a
// token holder is an account. The sign-up step (an account signing, with
// EIP-712, the identity commitment it registers) consumes a snapshot to
// decide which accounts may register and with what weight.
type Snapshot struct {
	ChainID *big.Int
	Token   common.Address
	// Block is the snapshot block: its number, hash and timestamp.
	Block BlockRef
	Mode  Mode
	// ClockMode is the token's ERC-6372 CLOCK_MODE() ("" if it has none, in
	// which case block numbers are assumed). ModeVotes only.
	ClockMode string
	// Timepoint is what getPastVotes was asked for: the block number, or
	// the block's timestamp for a timestamp clock. ModeVotes only.
	Timepoint uint64
	// FromBlock is the first block whose logs were scanned for candidates.
	FromBlock uint64
	// Candidates is how many accounts the logs named and were read.
	Candidates int
	// Reputation is the source of a ModeReputation list (nil otherwise).
	Reputation *ReputationSource
	// Rule is the weighting rule, its divisor filled in.
	Rule Rule
	// Entries are the eligible accounts, sorted by address.
	Entries []Entry
}

// BlockRef names a block beyond doubt.
type BlockRef struct {
	Number uint64      `json:"number"`
	Hash   common.Hash `json:"hash"`
	Time   uint64      `json:"timestamp"`
}

// TotalWeight returns the sum of the weights.
func (s *Snapshot) TotalWeight() *big.Int {
	t := new(big.Int)
	for _, e := range s.Entries {
		t.Add(t, e.Weight)
	}
	return t
}

type fileJSON struct {
	Type       string            `json:"type"`
	Version    int               `json:"version"`
	ChainID    string            `json:"chain_id"`
	Token      string            `json:"token"`
	Block      BlockRef          `json:"block"`
	Mode       Mode              `json:"mode"`
	ClockMode  string            `json:"clock_mode,omitempty"`
	Timepoint  uint64            `json:"timepoint,omitempty"`
	FromBlock  uint64            `json:"from_block"`
	Candidates int               `json:"candidates"`
	Reputation *ReputationSource `json:"reputation,omitempty"`
	Rule       ruleJSON          `json:"rule"`
	Entries    []entryJSON       `json:"entries"`
}

type ruleJSON struct {
	Min        string `json:"min,omitempty"`
	Cap        string `json:"cap,omitempty"`
	Scale      Scale  `json:"scale"`
	Divisor    string `json:"divisor"`
	WeightBits int    `json:"weight_bits"`
	// SignificantBits is omitted when 0, so lists written before it
	// existed read (and hash) the same.
	SignificantBits int `json:"significant_bits,omitempty"`
	MinClass        int `json:"min_class,omitempty"`
}

type entryJSON struct {
	Account string `json:"account"`
	Power   string `json:"power"`
	Weight  string `json:"weight"`
}

func decString(x *big.Int) string {
	if x == nil {
		return ""
	}
	return x.String()
}

// parseDec parses a non-negative base-10 integer; "" gives nil.
func parseDec(s, what string) (*big.Int, error) {
	if s == "" {
		return nil, nil
	}
	x, ok := new(big.Int).SetString(s, 10)
	if !ok || x.Sign() < 0 {
		return nil, fmt.Errorf("%w: %s %q is not a non-negative integer", ErrMalformed, what, s)
	}
	return x, nil
}

// MarshalJSON encodes the snapshot file.
func (s *Snapshot) MarshalJSON() ([]byte, error) {
	f := fileJSON{
		Type: FileType, Version: Version, ChainID: decString(s.ChainID), Token: s.Token.Hex(),
		Block: s.Block, Mode: s.Mode, ClockMode: s.ClockMode, Timepoint: s.Timepoint,
		FromBlock: s.FromBlock, Candidates: s.Candidates, Reputation: s.Reputation,
		Rule: ruleJSON{Min: decString(s.Rule.Min), Cap: decString(s.Rule.Cap), Scale: s.Rule.Scale,
			Divisor: decString(s.Rule.Divisor), WeightBits: s.Rule.WeightBits, SignificantBits: s.Rule.SignificantBits, MinClass: s.Rule.MinClass},
		Entries: make([]entryJSON, len(s.Entries)),
	}
	for i, e := range s.Entries {
		f.Entries[i] = entryJSON{Account: e.Account.Hex(), Power: e.Power.String(), Weight: e.Weight.String()}
	}
	return json.Marshal(f)
}

// UnmarshalJSON decodes a snapshot file and checks that its weights follow
// from its powers and rule (Check).
func (s *Snapshot) UnmarshalJSON(data []byte) error {
	var f fileJSON
	if err := json.Unmarshal(data, &f); err != nil {
		return fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	if f.Type != FileType {
		return fmt.Errorf("%w: type %q, want %q", ErrMalformed, f.Type, FileType)
	}
	if f.Version != Version {
		return fmt.Errorf("%w: version %d, want %d", ErrMalformed, f.Version, Version)
	}
	if f.Mode != ModeVotes && f.Mode != ModeBalance && f.Mode != ModeReputation {
		return fmt.Errorf("%w: mode %q", ErrMalformed, f.Mode)
	}
	if !common.IsHexAddress(f.Token) {
		return fmt.Errorf("%w: token %q is not an address", ErrMalformed, f.Token)
	}
	out := Snapshot{Token: common.HexToAddress(f.Token), Block: f.Block, Mode: f.Mode, ClockMode: f.ClockMode,
		Timepoint: f.Timepoint, FromBlock: f.FromBlock, Candidates: f.Candidates, Reputation: f.Reputation}
	if (f.Mode == ModeReputation) != (f.Reputation != nil) {
		return fmt.Errorf("%w: a reputation list (and only one) records its reputation source", ErrMalformed)
	}
	var err error
	if out.ChainID, err = parseDec(f.ChainID, "chain_id"); err != nil {
		return err
	}
	if out.ChainID == nil {
		return fmt.Errorf("%w: no chain_id", ErrMalformed)
	}
	out.Rule = Rule{Scale: f.Rule.Scale, WeightBits: f.Rule.WeightBits, SignificantBits: f.Rule.SignificantBits, MinClass: f.Rule.MinClass}
	if out.Rule.Min, err = parseDec(f.Rule.Min, "rule.min"); err != nil {
		return err
	}
	if out.Rule.Cap, err = parseDec(f.Rule.Cap, "rule.cap"); err != nil {
		return err
	}
	if out.Rule.Divisor, err = parseDec(f.Rule.Divisor, "rule.divisor"); err != nil {
		return err
	}
	out.Entries = make([]Entry, len(f.Entries))
	for i, e := range f.Entries {
		if !common.IsHexAddress(e.Account) {
			return fmt.Errorf("%w: entry %d: account %q is not an address", ErrMalformed, i, e.Account)
		}
		p, err := parseDec(e.Power, fmt.Sprintf("entry %d power", i))
		if err != nil {
			return err
		}
		w, err := parseDec(e.Weight, fmt.Sprintf("entry %d weight", i))
		if err != nil {
			return err
		}
		if p == nil || w == nil {
			return fmt.Errorf("%w: entry %d lacks a power or weight", ErrMalformed, i)
		}
		out.Entries[i] = Entry{Account: common.HexToAddress(e.Account), Power: p, Weight: w}
	}
	if err := out.Check(); err != nil {
		return err
	}
	*s = out
	return nil
}

// Check recomputes every weight from the recorded powers and rule and
// fails, naming the first entry that differs, unless they all agree and the
// entries are sorted by account without repeats.
func (s *Snapshot) Check() error {
	holdings := make([]Holding, len(s.Entries))
	for i, e := range s.Entries {
		holdings[i] = Holding{Account: e.Account, Power: e.Power}
	}
	entries, rule, err := Apply(holdings, s.Rule)
	if err != nil {
		return err
	}
	if len(entries) != len(s.Entries) {
		return fmt.Errorf("%w: %d entries, of which the rule keeps %d", ErrMalformed, len(s.Entries), len(entries))
	}
	if s.Rule.Divisor == nil || rule.Divisor.Cmp(s.Rule.Divisor) != 0 {
		return fmt.Errorf("%w: rule divisor %s, the rule gives %s", ErrMalformed, decString(s.Rule.Divisor), rule.Divisor)
	}
	for i, e := range entries {
		got := s.Entries[i]
		if got.Account != e.Account {
			return fmt.Errorf("%w: entry %d (%s) is out of order", ErrMalformed, i, got.Account.Hex())
		}
		if got.Weight.Cmp(e.Weight) != 0 {
			return fmt.Errorf("%w: entry %d (%s) has weight %s, the rule gives %s", ErrMalformed, i, got.Account.Hex(), got.Weight, e.Weight)
		}
	}
	return nil
}

// WriteFile writes the snapshot as indented JSON, atomically; it refuses to
// overwrite an existing file unless overwrite is set.
func (s *Snapshot) WriteFile(path string, overwrite bool) error {
	data, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.Write(path, append(data, '\n'), 0o644, overwrite)
}

// ReadFile reads a snapshot file and checks it (Check).
func ReadFile(path string) (*Snapshot, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var s Snapshot
	if err := json.Unmarshal(data, &s); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &s, nil
}
