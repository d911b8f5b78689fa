package client

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
)

// ParseChoice reads a ballot written as comma-separated OPTION[:WEIGHT]
// items, where OPTION is an option label (case-insensitive) or its number
// as `zkvote poll show` lists it (1-based), and WEIGHT a non-negative
// integer (default 1). It returns one vote weight per option. The budget
// is checked later, against the voter's census weight and the poll's mode.
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
	seen := make(map[int]bool)
	for _, item := range strings.Split(s, ",") {
		item = strings.TrimSpace(item)
		name, weight, hasWeight := strings.Cut(item, ":")
		idx, err := optionIndex(strings.TrimSpace(name), options)
		if err != nil {
			return nil, err
		}
		if seen[idx] {
			return nil, fmt.Errorf("%w: option %q given twice", ErrChoice, options[idx])
		}
		seen[idx] = true
		w := big.NewInt(1)
		if hasWeight {
			var ok bool
			w, ok = new(big.Int).SetString(strings.TrimSpace(weight), 10)
			if !ok || w.Sign() < 0 {
				return nil, fmt.Errorf("%w: weight %q of option %q is not a non-negative integer", ErrChoice, weight, options[idx])
			}
		}
		votes[idx] = w
	}
	return votes, nil
}

func optionIndex(name string, options []string) (int, error) {
	for i, o := range options {
		if strings.EqualFold(o, name) {
			return i, nil
		}
	}
	if n, err := strconv.Atoi(name); err == nil && n >= 1 && n <= len(options) {
		return n - 1, nil
	}
	return 0, fmt.Errorf("%w: no option %q (options: %s, or 1 to %d)", ErrChoice, name, strings.Join(options, ", "), len(options))
}
