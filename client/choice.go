package client

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/poll"
)

// ParseChoice reads a ballot written as comma-separated OPTION[:WEIGHT]
// items, where OPTION is an option's number as `zkvote poll show` lists it
// (from 1) or its label (case-insensitive), and WEIGHT a non-negative
// integer (default 1). An OPTION that is a number always names a position,
// never a label (poll.CheckLabels keeps numbers out of labels). It returns
// one vote weight per option. The budget is checked later (CheckBallot),
// against the voter's census weight and the poll's mode.
//
//	"yes"          one unit for option "yes"
//	"2:30"         30 for option 2
//	"yes:3,no:4"   3 for "yes" and 4 for "no"
func ParseChoice(s string, options []string) ([]*big.Int, error) {
	votes := make([]*big.Int, len(options))
	for i := range votes {
		votes[i] = new(big.Int)
	}
	if strings.TrimSpace(s) == "" {
		return nil, fmt.Errorf("%w: empty (write e.g. %q or %q)", ErrChoice, options[0], "1:3,2:4")
	}
	seen := make(map[int]string) // option index -> the name it was given by
	for _, item := range strings.Split(s, ",") {
		name, weight, hasWeight := strings.Cut(strings.TrimSpace(item), ":")
		name = strings.TrimSpace(name)
		idx, err := optionIndex(name, options)
		if err != nil {
			return nil, err
		}
		if prev, ok := seen[idx]; ok {
			if strings.EqualFold(prev, name) {
				return nil, fmt.Errorf("%w: %s given twice", ErrChoice, typed(name))
			}
			return nil, fmt.Errorf("%w: %s and %s name the same option", ErrChoice, typed(prev), typed(name))
		}
		seen[idx] = name
		w := big.NewInt(1)
		if hasWeight {
			var ok bool
			w, ok = new(big.Int).SetString(strings.TrimSpace(weight), 10)
			if !ok || w.Sign() < 0 {
				return nil, fmt.Errorf("%w: weight %q of %s is not a non-negative integer", ErrChoice, weight, typed(name))
			}
		}
		votes[idx] = w
	}
	return votes, nil
}

// typed names an option as the ballot wrote it: option 2, option "yes".
func typed(name string) string {
	if poll.IsNumber(name) {
		return "option " + name
	}
	return fmt.Sprintf("option %q", name)
}

// CheckBallot checks votes (one weight per option, as ParseChoice returns
// them) against the poll's limits for a voter of census weight: no vote
// above what the circuit can carry, and the cost within the mode's budget.
// It is what the join+vote circuit will enforce, checked first so that a
// ballot the voter can fix fails with ErrChoice before any proving, naming
// the options as `zkvote poll show` lists them.
func CheckBallot(def *poll.Definition, weight *big.Int, votes []*big.Int) error {
	if len(votes) != len(def.Options) {
		return fmt.Errorf("%w: %d votes for %d options", ErrChoice, len(votes), len(def.Options))
	}
	p, err := def.Circuit()
	if err != nil {
		return err
	}
	if weight == nil || weight.Sign() <= 0 {
		return fmt.Errorf("%w: census weight %v", joinvote.ErrWeightRange, weight)
	}
	limit := new(big.Int).Lsh(big.NewInt(1), uint(def.Params.WeightBits))
	for i, v := range votes {
		if v.Sign() < 0 || v.Cmp(limit) >= 0 {
			return fmt.Errorf("%w: %w: option %d (%q): %s is above the largest vote, 2^%d - 1",
				ErrChoice, joinvote.ErrVoteRange, i+1, def.Options[i], v, def.Params.WeightBits)
		}
	}
	cost, budget := p.Cost(votes), p.Budget(weight)
	if cost.Cmp(budget) <= 0 {
		return nil
	}
	var why string
	switch p.Mode {
	case joinvote.ModeOnePersonOneVote:
		why = fmt.Sprintf("the ballot gives %s votes, a 1p1v poll allows 1 in all", cost)
	case joinvote.ModeQuadratic:
		why = fmt.Sprintf("the ballot costs %s credits (weight² per option), your census weight gives %s", cost, budget)
	default:
		why = fmt.Sprintf("the ballot gives %s votes, your census weight is %s", cost, budget)
	}
	return fmt.Errorf("%w: %w: %s", ErrChoice, joinvote.ErrBudget, why)
}

func optionIndex(name string, options []string) (int, error) {
	if poll.IsNumber(name) {
		if n, err := strconv.Atoi(name); err == nil && n >= 1 && n <= len(options) {
			return n - 1, nil
		}
		return 0, fmt.Errorf("%w: no option %s (options are numbered 1 to %d)", ErrChoice, name, len(options))
	}
	for i, o := range options {
		if strings.EqualFold(strings.TrimSpace(o), name) {
			return i, nil
		}
	}
	return 0, fmt.Errorf("%w: no option %q (options: %s, or 1 to %d)", ErrChoice, name, strings.Join(options, ", "), len(options))
}
