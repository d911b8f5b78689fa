package census

import (
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/internal/fieldhex"
)

var (
	c1 = fieldhex.Encode(fr.NewElement(0x1111))
	c2 = fieldhex.Encode(fr.NewElement(0x2222))
	c3 = fieldhex.Encode(fr.NewElement(0x3333))
)

func requireMembers(t *testing.T, got []Member, want ...string) {
	t.Helper()
	require.Len(t, got, len(want)/2)
	for i := range got {
		require.Equal(t, want[2*i], fieldhex.Encode(got[i].Commitment), "member %d commitment", i)
		require.Equal(t, want[2*i+1], got[i].Weight.String(), "member %d weight", i)
	}
}

func TestParseCSV(t *testing.T) {
	big95 := new(big.Int).Lsh(big.NewInt(1), 95).String()
	input := "\xef\xbb\xbf Commitment , Weight \r\n" +
		"# the founders\r\n" +
		"\n" +
		c1 + ",1\r\n" +
		"   " + strings.TrimPrefix(c2, "0x") + " ,\t 0042 \n" +
		"  # indented comment\n" +
		strings.ToUpper(c3[2:]) + "," + big95 + "\n"
	got, err := Parse(strings.NewReader(input), FormatCSV)
	require.NoError(t, err)
	requireMembers(t, got, c1, "1", c2, "42", c3, big95)
}

func TestParseCSVWithoutHeader(t *testing.T) {
	got, err := Parse(strings.NewReader(c1+",5"), FormatCSV)
	require.NoError(t, err)
	requireMembers(t, got, c1, "5")
}

// parseCase is an input Parse must reject with want, in an error containing msg.
type parseCase struct {
	input string
	want  error
	msg   string
}

func requireParseErrors(t *testing.T, format Format, cases map[string]parseCase) {
	t.Helper()
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(tc.input), format)
			require.ErrorIs(t, err, tc.want)
			require.ErrorContains(t, err, tc.msg)
		})
	}
}

func TestParseCSVRejects(t *testing.T) {
	overflow := new(big.Int).Lsh(big.NewInt(1), 96).String()
	cases := map[string]parseCase{
		"three fields":     {"commitment,weight\n" + c1 + ",1\n" + c2 + ",1,extra\n", ErrMalformed, "line 3: 3 fields, want 2"},
		"one field":        {"# c\n\n" + c1 + "\n", ErrMalformed, "line 3: 1 fields"},
		"bad hex":          {c1 + ",1\n0xnothex,1\n", ErrInvalidCommitment, "line 2: "},
		"long hex":         {"0x1" + c1[2:] + ",1\n", ErrInvalidCommitment, "line 1: "},
		"non-canonical":    {"0x" + strings.Repeat("f", 64) + ",1\n", ErrInvalidCommitment, "line 1: "},
		"empty commitment": {",1\n", ErrInvalidCommitment, "line 1: "},
		"empty weight":     {c1 + ",\n", ErrInvalidWeight, "line 1: no weight"},
		"zero weight":      {c1 + ",1\n" + c2 + ",0\n", ErrInvalidWeight, "line 2: zero"},
		"negative weight":  {c1 + ",-3\n", ErrInvalidWeight, "line 1: -3 is negative"},
		"fraction":         {c1 + ",1.5\n", ErrInvalidWeight, `line 1: "1.5" is not a base-10 integer`},
		"hex weight":       {c1 + ",0x10\n", ErrInvalidWeight, "not a base-10 integer"},
		"overflowing":      {c1 + "," + overflow + "\n", ErrInvalidWeight, "line 1: " + overflow + " overflows"},
		"duplicate":        {"commitment,weight\n" + c1 + ",1\n" + c2 + ",2\n" + strings.ToUpper(c1[2:]) + ",3\n", ErrDuplicate, "line 4: " + c1 + " repeats line 2"},
		"only header":      {"commitment,weight\n# nobody\n", ErrEmpty, ""},
		"empty":            {"", ErrEmpty, ""},
		"header later":     {c1 + ",1\ncommitment,weight\n", ErrInvalidCommitment, "line 2"},
		"very long line":   {strings.Repeat("1", maxLine+1), ErrMalformed, "line 1"},
	}
	requireParseErrors(t, FormatCSV, cases)
}

func TestParseJSON(t *testing.T) {
	huge := "39614081257132168796771975167" // 2^95 - 1
	input := `[
		{"commitment": "` + c1 + `", "weight": "1"},
		{"commitment": "` + c2[2:] + `", "weight": 17},
		{"weight": ` + huge + `, "commitment": "` + c3 + `"}
	]`
	got, err := Parse(strings.NewReader(input), FormatJSON)
	require.NoError(t, err)
	requireMembers(t, got, c1, "1", c2, "17", c3, huge)
}

func TestParseJSONRejects(t *testing.T) {
	entry := func(c, w string) string { return `{"commitment":"` + c + `","weight":` + w + `}` }
	ok := entry(c1, `"1"`)
	cases := map[string]parseCase{
		"not json":         {"commitment,weight", ErrMalformed, "want a JSON array"},
		"object":           {`{"members":[]}`, ErrMalformed, "want a JSON array"},
		"entry not object": {"[" + ok + `,"` + c2 + `"]`, ErrMalformed, "entry 1: "},
		"unknown field":    {"[" + ok + `,{"commitment":"` + c2 + `","weight":1,"name":"bob"}]`, ErrMalformed, `entry 1: `},
		"no commitment":    {`[{"weight":1}]`, ErrMalformed, "entry 0: no commitment"},
		"no weight":        {`[{"commitment":"` + c1 + `"}]`, ErrInvalidWeight, "entry 0: no weight"},
		"null weight":      {"[" + entry(c1, "null") + "]", ErrInvalidWeight, "entry 0: no weight"},
		"bad commitment":   {"[" + ok + "," + entry("0xg", "1") + "]", ErrInvalidCommitment, "entry 1: "},
		"fraction":         {"[" + entry(c1, "2.5") + "]", ErrInvalidWeight, `"2.5" is not a base-10 integer`},
		"exponent":         {"[" + entry(c1, "1e3") + "]", ErrInvalidWeight, `"1e3" is not a base-10 integer`},
		"boolean":          {"[" + entry(c1, "true") + "]", ErrInvalidWeight, "not a base-10 integer"},
		"zero":             {"[" + entry(c1, `"0"`) + "]", ErrInvalidWeight, "entry 0: zero"},
		"negative":         {"[" + entry(c1, "-1") + "]", ErrInvalidWeight, "entry 0: -1 is negative"},
		"overflowing":      {"[" + entry(c1, "79228162514264337593543950336") + "]", ErrInvalidWeight, "overflows"},
		"duplicate":        {"[" + ok + "," + entry(c2, "2") + "," + entry(c1, "3") + "]", ErrDuplicate, "entry 2: " + c1 + " repeats entry 0"},
		"empty":            {"[]", ErrEmpty, ""},
	}
	requireParseErrors(t, FormatJSON, cases)
}

func TestParseWeightBitsOption(t *testing.T) {
	_, err := Parse(strings.NewReader(c1+",256"), FormatCSV, WithWeightBits(8))
	require.ErrorIs(t, err, ErrInvalidWeight)
	_, err = Parse(strings.NewReader(c1+",255"), FormatCSV, WithWeightBits(8))
	require.NoError(t, err)
}

func TestParseUnknownFormat(t *testing.T) {
	_, err := Parse(strings.NewReader(c1+",1"), Format(0))
	require.ErrorIs(t, err, ErrMalformed)
}

func TestParseFileChoosesFormat(t *testing.T) {
	csv := c1 + ",1\n"
	jsn := `[{"commitment":"` + c1 + `","weight":1}]`
	cases := map[string]struct {
		name, content string
		want          error
	}{
		"csv by extension":  {"m.csv", csv, nil},
		"json by extension": {"m.JSON", jsn, nil},
		"csv sniffed":       {"members.txt", csv, nil},
		"json sniffed":      {"members", "\n  " + jsn, nil},
		"json in a .csv":    {"m.csv", jsn, ErrInvalidCommitment},
		"csv in a .json":    {"m.json", csv, ErrMalformed},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), tc.name)
			require.NoError(t, os.WriteFile(path, []byte(tc.content), 0o644))
			got, err := ParseFile(path)
			if tc.want != nil {
				require.ErrorIs(t, err, tc.want)
				return
			}
			require.NoError(t, err)
			requireMembers(t, got, c1, "1")
		})
	}
}

func TestParseFileNamesFileAndLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "voters.csv")
	require.NoError(t, os.WriteFile(path, []byte(c1+",1\n"+c2+",one\n"), 0o644))
	_, err := ParseFile(path)
	require.ErrorIs(t, err, ErrInvalidWeight)
	require.ErrorContains(t, err, "voters.csv line 2: ")
}

func TestParseFileMissing(t *testing.T) {
	_, err := ParseFile(filepath.Join(t.TempDir(), "none.csv"))
	require.ErrorIs(t, err, os.ErrNotExist)
}

// bigCSV returns a CSV list long enough to be parsed in parallel, with a
// header, a comment every 1000 lines, and members' lines numbered from 3.
func bigCSV(n int) (string, []Member) {
	var b strings.Builder
	b.WriteString("commitment,weight\n# generated\n")
	members := make([]Member, n)
	for i := range members {
		members[i] = Member{Commitment: fr.NewElement(uint64(i) + 1), Weight: big.NewInt(int64(i%50) + 1)}
		fmt.Fprintf(&b, "%s,%d\n", fieldhex.Encode(members[i].Commitment), i%50+1)
	}
	return b.String(), members
}

func TestParseCSVInParallel(t *testing.T) {
	input, members := bigCSV(20_000)
	require.Greater(t, len(input), 1<<20, "the list must be long enough to be cut")
	got, err := Parse(strings.NewReader(input), FormatCSV)
	require.NoError(t, err)
	require.Equal(t, members, got)

	line := func(i int) string { return fmt.Sprintf("%s,%d\n", fieldhex.Encode(members[i].Commitment), i%50+1) } // member i is on line i+3
	replace := func(s string, i int, with string) string {
		require.Contains(t, s, line(i))
		return strings.Replace(s, line(i), with, 1)
	}
	zero := func(i int) string { return fieldhex.Encode(members[i].Commitment) + ",0\n" }
	cases := map[string]struct {
		input string
		want  error
		msg   []string
	}{
		"late syntax error beats an early zero weight": {replace(replace(input, 100, zero(100)), 19_000, "x,1\n"), ErrInvalidCommitment, []string{"line 19003"}},
		"zero weight in the second half":               {replace(input, 15_000, zero(15_000)), ErrInvalidWeight, []string{"line 15003", "zero"}},
		"first zero weight wins":                       {replace(replace(input, 15_000, zero(15_000)), 19_000, zero(19_000)), ErrInvalidWeight, []string{"line 15003"}},
		"duplicate across halves":                      {replace(input, 18_000, fmt.Sprintf("%s,1\n", fieldhex.Encode(members[10].Commitment))), ErrDuplicate, []string{"line 18003", "repeats line 13"}},
		"three fields":                                 {replace(input, 12_345, "a,b,c\n"), ErrMalformed, []string{"line 12348", "3 fields"}},
		"header in the middle":                         {replace(input, 16_000, "commitment,weight\n"), ErrInvalidCommitment, []string{"line 16003"}},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(tc.input), FormatCSV)
			require.ErrorIs(t, err, tc.want)
			for _, m := range tc.msg {
				require.ErrorContains(t, err, m)
			}
		})
	}

	// A first half of comments leaves the header to the second half.
	comments := strings.Repeat("# a long preamble\n", 1<<16)
	got, err = Parse(strings.NewReader(comments+input), FormatCSV)
	require.NoError(t, err)
	require.Equal(t, members, got)
}
