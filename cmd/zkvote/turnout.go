package main

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/census"
	"github.com/zkvote/zkvote/internal/fieldhex"
)

// turnoutHelp is said by every command that shows turnout.
const turnoutHelp = `Turnout (members who joined, out of the census's members) needs the
census: a poll's definition pins the census root, not its size, and
carrying the size would change every poll ID. Give the poll's census file
with --census to show it.`

// censusSize returns the number of members of the census file, which must
// be the poll's: its root is the one the poll pins.
func censusSize(file string, root fr.Element) (int, error) {
	c, err := census.ReadFile(file)
	if err != nil {
		return 0, err
	}
	if got := c.Root(); !got.Equal(&root) {
		return 0, fmt.Errorf("%s is not this poll's census: its root is %s, the poll pins %s", file, fieldhex.Encode(got), fieldhex.Encode(root))
	}
	return c.Len(), nil
}

// turnout says how many members joined, and out of how many if members is
// known (above 0).
func turnout(joins uint64, members int) string {
	if members <= 0 {
		return fmt.Sprintf("participation: %d members joined", joins)
	}
	return fmt.Sprintf("turnout: %d of %d members joined (%s)", joins, members, percent(joins, members))
}

// turnoutJSON adds participation (joins) and, if members is known, the
// census size and turnout in percent to a command's JSON result.
func turnoutJSON(out map[string]any, joins uint64, members int) map[string]any {
	out["participation"] = joins
	if members > 0 {
		out["census_members"] = members
		out["turnout_percent"] = float64(joins) * 100 / float64(members)
	}
	return out
}

func percent(joins uint64, members int) string {
	return fmt.Sprintf("%.1f%%", float64(joins)*100/float64(members))
}
