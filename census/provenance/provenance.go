package provenance

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/zkvote/zkvote/census"
	"github.com/zkvote/zkvote/census/registration"
	"github.com/zkvote/zkvote/census/reputation"
	"github.com/zkvote/zkvote/census/snapshot"
)

// Of returns the source section of a census built from the eligibility
// list s and the registrations file regs (its bytes, as published).
func Of(s *snapshot.Snapshot, regs []byte) (*census.Source, error) {
	src, err := listSource(s)
	if err != nil {
		return nil, err
	}
	f, err := registration.Decode("registrations", regs)
	if err != nil {
		return nil, err
	}
	src.Registrations = &census.RegistrationsSource{FileSHA256: sum(regs), Count: len(f.Registrations)}
	return src, nil
}

// listSource is the part of a source section that the eligibility list
// gives.
func listSource(s *snapshot.Snapshot) (*census.Source, error) {
	id, err := registration.ID(s)
	if err != nil {
		return nil, err
	}
	r := s.Rule
	src := &census.Source{
		ChainID: s.ChainID.String(), EligibilityID: hexutil.Encode(id[:]), Eligible: len(s.Entries),
		Rule: census.SourceRule{Min: dec(r.Min), Cap: dec(r.Cap), Scale: string(r.Scale), Divisor: dec(r.Divisor),
			WeightBits: r.WeightBits, SignificantBits: r.SignificantBits, MinClass: r.MinClass},
	}
	switch s.Mode {
	case snapshot.ModeReputation:
		src.Reputation = &census.ReputationSource{FileSHA256: s.Reputation.FileSHA256,
			AsOf: time.Unix(s.Reputation.AsOf, 0).UTC().Format(time.RFC3339), HalfLifeSeconds: s.Reputation.HalfLife}
	case snapshot.ModeVotes, snapshot.ModeBalance:
		method := "balanceOf"
		if s.Mode == snapshot.ModeVotes {
			method = "getPastVotes"
		}
		src.Token = &census.TokenSource{Address: s.Token.Hex(), BlockNumber: s.Block.Number, BlockHash: s.Block.Hash.Hex(),
			Method: method, ClockMode: s.ClockMode, Timepoint: s.Timepoint, FromBlock: s.FromBlock}
	default:
		return nil, fmt.Errorf("%w: eligibility list of mode %q", ErrInput, s.Mode)
	}
	return src, nil
}

// Inputs are the published inputs a census is re-checked from.
type Inputs struct {
	// List is the eligibility list (required).
	List *snapshot.Snapshot
	// Registrations is the registrations file, its bytes as published
	// (required).
	Registrations []byte
	// Reputation, when set, is the reputation file of a reputation list:
	// every weight is recomputed from it.
	Reputation []byte
	// Chain, when set, is a node a token list is re-read from at its block.
	Chain snapshot.Chain
	// Contracts, when set, checks contract accounts' signatures (EIP-1271).
	Contracts registration.Contracts
}

// Verify re-checks the census c from its published inputs, in the order
// the package documentation gives, and returns the first difference.
func Verify(ctx context.Context, c *census.Census, in Inputs) error {
	if in.List == nil || in.Registrations == nil {
		return fmt.Errorf("%w: an eligibility list and a registrations file are needed", ErrInput)
	}
	recorded := c.Source()
	if recorded != nil {
		want, err := listSource(in.List)
		if err != nil {
			return err
		}
		if err := compare(flatten(recorded), flatten(want), "the eligibility list"); err != nil {
			return err
		}
	}
	if in.Reputation != nil {
		if err := reputation.Verify(in.Reputation, in.List); err != nil {
			return fmt.Errorf("reputation file: %w", err)
		}
	}
	if in.Chain != nil {
		if in.List.Mode == snapshot.ModeReputation {
			return fmt.Errorf("%w: a reputation list is not read from a chain", ErrInput)
		}
		if err := snapshot.Verify(ctx, in.Chain, in.List); err != nil {
			return fmt.Errorf("eligibility list: %w", err)
		}
	}
	f, err := registration.Decode("registrations file", in.Registrations)
	if err != nil {
		return err
	}
	got := &census.RegistrationsSource{FileSHA256: sum(in.Registrations), Count: len(f.Registrations)}
	if recorded != nil && recorded.Registrations != nil && recorded.Registrations.Count != got.Count {
		return fmt.Errorf("%w: registrations.count: the census records %d, the registrations file holds %d", ErrMismatch,
			recorded.Registrations.Count, got.Count)
	}
	if err := registration.Verify(ctx, in.List, f, c, in.Contracts); err != nil {
		return fmt.Errorf("registrations file: %w", err)
	}
	if recorded != nil && recorded.Registrations != nil && recorded.Registrations.FileSHA256 != got.FileSHA256 {
		return fmt.Errorf("%w: registrations.file_sha256: the census records %s…, the registrations file's is %s… "+
			"(the registrations agree: the file was re-encoded)", ErrMismatch, recorded.Registrations.FileSHA256[:12], got.FileSHA256[:12])
	}
	return nil
}

// field is one named value of a source section.
type field struct{ name, value string }

// flatten lists a source's fields, the most telling first: a census that
// names another block says so before it says that its list ID differs.
func flatten(s *census.Source) []field {
	out := []field{{"chain_id", s.ChainID}}
	u := func(x uint64) string { return strconv.FormatUint(x, 10) }
	switch {
	case s.Token != nil:
		t := s.Token
		out = append(out, field{"kind", "token"}, field{"token.address", strings.ToLower(t.Address)},
			field{"token.block_number", u(t.BlockNumber)}, field{"token.block_hash", t.BlockHash},
			field{"token.method", t.Method}, field{"token.clock_mode", t.ClockMode}, field{"token.timepoint", u(t.Timepoint)},
			field{"token.from_block", u(t.FromBlock)})
	case s.Reputation != nil:
		r := s.Reputation
		out = append(out, field{"kind", "reputation"}, field{"reputation.file_sha256", r.FileSHA256},
			field{"reputation.as_of", r.AsOf}, field{"reputation.half_life_seconds", strconv.FormatInt(r.HalfLifeSeconds, 10)})
	}
	r := s.Rule
	return append(out, field{"rule.min", r.Min}, field{"rule.cap", r.Cap}, field{"rule.scale", r.Scale},
		field{"rule.divisor", r.Divisor}, field{"rule.weight_bits", strconv.Itoa(r.WeightBits)},
		field{"rule.significant_bits", strconv.Itoa(r.SignificantBits)}, field{"rule.min_class", strconv.Itoa(r.MinClass)},
		field{"eligible_accounts", strconv.Itoa(s.Eligible)}, field{"eligibility_id", s.EligibilityID})
}

// compare names the first field whose value differs between the census's
// record and what the input (named by from) gives.
func compare(recorded, want []field, from string) error {
	for i, w := range want {
		if i >= len(recorded) || recorded[i].name != w.name {
			return fmt.Errorf("%w: the census records a source of another kind than %s", ErrMismatch, from)
		}
		if r := recorded[i].value; r != w.value {
			return fmt.Errorf("%w: %s: the census records %s, %s gives %s", ErrMismatch, w.name, shown(r), from, shown(w.value))
		}
	}
	return nil
}

func shown(v string) string {
	if v == "" {
		return "none"
	}
	return v
}

func dec(x *big.Int) string {
	if x == nil {
		return ""
	}
	return x.String()
}

func sum(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}
