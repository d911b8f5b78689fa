package main

import (
	"errors"
	"fmt"
	"math/big"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/zkvote/zkvote/census"
	"github.com/zkvote/zkvote/census/reputation"
	"github.com/zkvote/zkvote/census/snapshot"
)

func (a *app) censusReputationCommand() *cobra.Command {
	var fl snapshotFlags
	var in, asOf, halfLife, chainID, out string
	var force bool
	cmd := &cobra.Command{
		Use:   "reputation --in FILE --as-of DATE --out FILE",
		Short: "Make an eligibility list from reputation scores",
		Long: `Make an eligibility list (what 'zkvote census snapshot' makes from a token)
from a reputation file: CSV lines "account,score[,date]" (date RFC 3339
or YYYY-MM-DD; '#' comments; an account's lines add up). Each dated score
is halved once per --half-life of its age at --as-of (an integer rule
anyone can recompute); then --min, --cap, --scale, --significant-bits and
--min-class weigh the powers as for a token. The list records the file's
SHA-256, the date and the half-life; eligible accounts then register
their identity commitments ('zkvote census register'), and 'zkvote
census verify --reputation FILE' recomputes every weight from the file.`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			rule, err := fl.rule()
			if err != nil {
				return err
			}
			date, err := time.Parse(time.RFC3339, asOf)
			if err != nil {
				if date, err = time.Parse(time.DateOnly, asOf); err != nil {
					return usageError{fmt.Sprintf("--as-of %q: want RFC 3339 or YYYY-MM-DD", asOf)}
				}
			}
			var hl time.Duration
			if halfLife != "" {
				if hl, err = parseDays(halfLife); err != nil {
					return usageError{fmt.Sprintf("--half-life %q: want a duration such as 180d or 4320h", halfLife)}
				}
			}
			id, ok := new(big.Int).SetString(chainID, 10)
			if !ok || id.Sign() <= 0 {
				return usageError{fmt.Sprintf("--chain-id %q is not a positive integer", chainID)}
			}
			data, err := os.ReadFile(in)
			if err != nil {
				return err
			}
			s, err := reputation.List(data, id, reputation.Decay{AsOf: date, HalfLife: hl}, rule)
			if errors.Is(err, snapshot.ErrRule) {
				return usageError{err.Error()}
			}
			if err != nil {
				return fmt.Errorf("%s: %w", in, err)
			}
			if err := s.WriteFile(out, force); err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "accounts: %d (eligible: %d)\ntotal weight: %s\nout: %s\n", s.Candidates, len(s.Entries), s.TotalWeight(), out)
			members := make([]census.Member, len(s.Entries))
			for i, e := range s.Entries {
				members[i] = census.Member{Weight: e.Weight}
			}
			a.reportClasses(members, "--min-class 5 merges small classes; --significant-bits rounds weights")
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&in, "in", "", "reputation file (CSV: account,score[,date])")
	f.StringVar(&asOf, "as-of", "", "the date scores are aged to (RFC 3339 or YYYY-MM-DD)")
	f.StringVar(&halfLife, "half-life", "", "halve a score once per this much age (e.g. 180d; default: no decay)")
	f.StringVar(&chainID, "chain-id", "1", "chain of the accounts (their registrations sign for it)")
	f.StringVar(&out, "out", "", "eligibility list to write")
	f.BoolVar(&force, "force", false, "replace --out")
	fl.addRuleFlags(f, "none, fit, or an integer divisor")
	for _, r := range []string{"in", "as-of", "out"} {
		_ = cmd.MarkFlagRequired(r)
	}
	return cmd
}

// parseDays parses a Go duration, or a whole number of days ("180d").
func parseDays(s string) (time.Duration, error) {
	var days int
	if n, err := fmt.Sscanf(s, "%dd", &days); err == nil && n == 1 && fmt.Sprintf("%dd", days) == s && days > 0 {
		return time.Duration(days) * 24 * time.Hour, nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("bad duration %q", s)
	}
	return d, nil
}
