package census

import (
	"math/big"
	"sort"
)

// DefaultMinClass is the smallest weight class a weighted census should
// have: a weight held by fewer members narrows, to the coordinator (who
// decrypts every voter's weight), who voted down to that many members.
const DefaultMinClass = 5

// Class is a weight and how many members hold it: the anonymity set, to
// the coordinator, of a voter of that weight.
type Class struct {
	Weight  *big.Int
	Members int
}

// Classes returns the weight classes of members, smallest class first
// (ties: smaller weight first).
func Classes(members []Member) []Class {
	counts := map[string]*Class{}
	for _, m := range members {
		k := m.Weight.String()
		if c, ok := counts[k]; ok {
			c.Members++
		} else {
			counts[k] = &Class{Weight: new(big.Int).Set(m.Weight), Members: 1}
		}
	}
	out := make([]Class, 0, len(counts))
	for _, c := range counts {
		out = append(out, *c)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Members != out[j].Members {
			return out[i].Members < out[j].Members
		}
		return out[i].Weight.Cmp(out[j].Weight) < 0
	})
	return out
}

// Exposed counts the members in classes smaller than min.
func Exposed(classes []Class, min int) int {
	n := 0
	for _, c := range classes {
		if c.Members < min {
			n += c.Members
		}
	}
	return n
}
