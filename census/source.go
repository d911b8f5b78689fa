package census

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"regexp"
	"time"
)

// Source is a census file's "source" section: how its members were
// chosen, so that anyone holding the published inputs can recompute them
// (package census/provenance re-checks it). A census built from an
// eligibility list and registrations has one; a census built from a
// hand-written member list has none. The source is not part of the root,
// and so not of any poll ID: the root binds the members, the source only
// says where they came from.
type Source struct {
	// ChainID is the chain of the eligible accounts (base 10); their
	// registrations sign for it.
	ChainID string `json:"chain_id"`
	// EligibilityID names the eligibility list: the SHA-256 of its
	// canonical JSON (0x and 64 hex digits), which every registration signs.
	EligibilityID string `json:"eligibility_id"`
	// Eligible is how many accounts the list makes eligible.
	Eligible int `json:"eligible_accounts"`
	// Token is set when the list is a token snapshot.
	Token *TokenSource `json:"token,omitempty"`
	// Reputation is set when the list comes from a reputation file.
	Reputation *ReputationSource `json:"reputation,omitempty"`
	// Rule is how the list turned power (tokens, scores) into weights.
	Rule SourceRule `json:"rule"`
	// Registrations is the published registrations file that names each
	// member's commitment.
	Registrations *RegistrationsSource `json:"registrations,omitempty"`
}

// TokenSource names a token snapshot beyond doubt: the token, the block
// (number and hash) and how voting power was read.
type TokenSource struct {
	Address     string `json:"address"`
	BlockNumber uint64 `json:"block_number"`
	BlockHash   string `json:"block_hash"`
	// Method is the token method read: getPastVotes or balanceOf.
	Method string `json:"method"`
	// ClockMode and Timepoint are what getPastVotes was asked (ERC-6372).
	ClockMode string `json:"clock_mode,omitempty"`
	Timepoint uint64 `json:"timepoint,omitempty"`
	// FromBlock is the first block whose logs named the candidates.
	FromBlock uint64 `json:"from_block"`
}

// ReputationSource names a reputation list: the file's SHA-256 and how
// scores were aged.
type ReputationSource struct {
	FileSHA256 string `json:"file_sha256"`
	// AsOf is the date scores were aged to (RFC 3339, UTC).
	AsOf string `json:"as_of"`
	// HalfLifeSeconds halves a score once per this much age; 0: no decay.
	HalfLifeSeconds int64 `json:"half_life_seconds,omitempty"`
}

// SourceRule is the weighting rule of the list (census/snapshot.Rule):
// power below Min dropped, above Cap capped, divided by Divisor rounding
// up, then rounded to SignificantBits and merged into classes of at least
// MinClass. Integers are in base 10; Min and Cap are empty when unset.
type SourceRule struct {
	Min             string `json:"min,omitempty"`
	Cap             string `json:"cap,omitempty"`
	Scale           string `json:"scale"`
	Divisor         string `json:"divisor"`
	WeightBits      int    `json:"weight_bits"`
	SignificantBits int    `json:"significant_bits,omitempty"`
	MinClass        int    `json:"min_class,omitempty"`
}

// RegistrationsSource names the published registrations file.
type RegistrationsSource struct {
	FileSHA256 string `json:"file_sha256"`
	Count      int    `json:"count"`
}

var (
	hash32  = regexp.MustCompile(`^0x[0-9a-f]{64}$`)
	sha256H = regexp.MustCompile(`^[0-9a-f]{64}$`)
	address = regexp.MustCompile(`^0x[0-9a-fA-F]{40}$`)
)

// check reports the first field of s that is not well formed. Whether
// the values are right is for census/provenance to say, from the inputs.
func (s *Source) check() error {
	decimal := func(field, v string, required bool) error {
		if v == "" && !required {
			return nil
		}
		if x, ok := new(big.Int).SetString(v, 10); !ok || x.Sign() < 0 || x.String() != v {
			return fmt.Errorf("%s %q is not a base-10 integer", field, v)
		}
		return nil
	}
	if err := decimal("chain_id", s.ChainID, true); err != nil {
		return err
	}
	if !hash32.MatchString(s.EligibilityID) {
		return fmt.Errorf("eligibility_id %q is not 0x and 64 lower-case hex digits", s.EligibilityID)
	}
	if s.Eligible < 1 {
		return fmt.Errorf("eligible_accounts %d, want at least 1", s.Eligible)
	}
	if (s.Token == nil) == (s.Reputation == nil) {
		return fmt.Errorf("want a token or a reputation section, and not both")
	}
	if t := s.Token; t != nil {
		if !address.MatchString(t.Address) {
			return fmt.Errorf("token.address %q is not an address", t.Address)
		}
		if !hash32.MatchString(t.BlockHash) {
			return fmt.Errorf("token.block_hash %q is not 0x and 64 lower-case hex digits", t.BlockHash)
		}
		if t.Method != "getPastVotes" && t.Method != "balanceOf" {
			return fmt.Errorf("token.method %q, want getPastVotes or balanceOf", t.Method)
		}
	}
	if r := s.Reputation; r != nil {
		if !sha256H.MatchString(r.FileSHA256) {
			return fmt.Errorf("reputation.file_sha256 %q is not 64 lower-case hex digits", r.FileSHA256)
		}
		if _, err := time.Parse(time.RFC3339, r.AsOf); err != nil {
			return fmt.Errorf("reputation.as_of %q is not an RFC 3339 date", r.AsOf)
		}
		if r.HalfLifeSeconds < 0 {
			return fmt.Errorf("reputation.half_life_seconds %d is negative", r.HalfLifeSeconds)
		}
	}
	for field, v := range map[string]string{"rule.min": s.Rule.Min, "rule.cap": s.Rule.Cap} {
		if err := decimal(field, v, false); err != nil {
			return err
		}
	}
	if err := decimal("rule.divisor", s.Rule.Divisor, true); err != nil {
		return err
	}
	if r := s.Registrations; r != nil {
		if !sha256H.MatchString(r.FileSHA256) {
			return fmt.Errorf("registrations.file_sha256 %q is not 64 lower-case hex digits", r.FileSHA256)
		}
		if r.Count < 1 {
			return fmt.Errorf("registrations.count %d, want at least 1", r.Count)
		}
	}
	return nil
}

// clone returns a deep copy of s (nil for nil).
func (s *Source) clone() *Source {
	if s == nil {
		return nil
	}
	out := *s
	if s.Token != nil {
		t := *s.Token
		out.Token = &t
	}
	if s.Reputation != nil {
		r := *s.Reputation
		out.Reputation = &r
	}
	if s.Registrations != nil {
		r := *s.Registrations
		out.Registrations = &r
	}
	return &out
}

// Source returns a copy of the census's source section, or nil for a
// census built from a member list.
func (c *Census) Source() *Source { return c.source.clone() }

// WithSource returns the census with s as its source section (a copy of
// s; c itself is unchanged, and the two share their members and tree).
// The root stays the same: the source is not hashed into it.
func (c *Census) WithSource(s *Source) (*Census, error) {
	if s != nil {
		if err := s.check(); err != nil {
			return nil, fmt.Errorf("%w: source: %w", ErrInvalidOption, err)
		}
	}
	out := *c
	out.source = s.clone()
	return &out, nil
}

// decodeSource reads a file's "source" section, refusing unknown fields.
func decodeSource(raw json.RawMessage) (*Source, error) {
	d := json.NewDecoder(bytes.NewReader(raw))
	d.DisallowUnknownFields()
	var s Source
	if err := d.Decode(&s); err != nil {
		return nil, err
	}
	if d.More() {
		return nil, fmt.Errorf("trailing data")
	}
	if err := s.check(); err != nil {
		return nil, err
	}
	return &s, nil
}

// appendSource appends the "source" field, indented as the file is and
// without HTML escapes ("&" in a clock mode stays "&").
func appendSource(b []byte, s *Source) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("  ", "  ")
	if err := enc.Encode(s); err != nil {
		return nil, err
	}
	b = append(b, "  \"source\": "...)
	b = append(b, bytes.TrimSuffix(buf.Bytes(), []byte("\n"))...)
	return append(b, ",\n"...), nil
}
