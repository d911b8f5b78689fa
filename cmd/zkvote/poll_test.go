package main

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestPollInitRefusesUnusableFlags: what poll init is given on its command
// line is checked before any file is read, each refusal a usage error
// naming the flag.
func TestPollInitRefusesUnusableFlags(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "poll.json")
	base := []string{"poll", "init", "--census", filepath.Join(dir, "census.json"), "--coordinator-key", filepath.Join(dir, "coord.pub.json"),
		"--out", out, "--params", "test"}
	past := time.Now().Add(-time.Hour).UTC().Format(time.RFC3339)
	future := time.Now().Add(time.Hour).UTC().Format(time.RFC3339)
	later := time.Now().Add(2 * time.Hour).UTC().Format(time.RFC3339)
	cases := map[string]struct {
		args []string
		msg  string
	}{
		"numeric labels":   {[]string{"--options", "2,1"}, `--options: option labels must not be numbers ("2"), since --choice N means the N-th option: give words, or --options N`},
		"a numeric label":  {[]string{"--options", "yes, -1"}, `must not be numbers ("-1")`},
		"one label":        {[]string{"--options", "yes"}, "at least 2 options"},
		"count of one":     {[]string{"--options", "1"}, "--options 1: a poll needs at least 2 options"},
		"labels by case":   {[]string{"--options", "Yes,yes"}, `option "yes" appears twice`},
		"label with colon": {[]string{"--options", "yes,no:never"}, `"no:never" holds ',' or ':'`},
		"empty label":      {[]string{"--options", "yes,,no"}, "option 2 is empty"},
		"empty title":      {[]string{"--options", "yes,no", "--title", ""}, "--title is empty"},
		"blank title":      {[]string{"--options", "yes,no", "--title", " \t"}, "--title is empty"},
		"long title":       {[]string{"--options", "yes,no", "--title", strings.Repeat("t", 100<<10)}, "--title is 102400 characters, at most 200: put the rest in --body"},
		"long body":        {[]string{"--options", "yes,no", "--body", strings.Repeat("b", 10_001)}, "--body is 10001 bytes, at most 10000"},
		"end in the past":  {[]string{"--options", "yes,no", "--end", past}, "--end " + past + " is in the past"},
		"start after end":  {[]string{"--options", "yes,no", "--start", later, "--end", future}, "is not after --start"},
		"bad end":          {[]string{"--options", "yes,no", "--end", "tomorrow"}, "--end: want RFC 3339"},
		"no messages":      {[]string{"--options", "yes,no", "--max-messages", "0"}, "--max-messages 0 not in [1, 64] (the test parameter set's cap)"},
		"beyond the cap":   {[]string{"--options", "yes,no", "--max-messages", "65"}, "--max-messages 65 not in [1, 64]"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			r := zkvote(t, append(base, tc.args...)...)
			requireFailure(t, r, exitUsage, tc.msg)
			require.NoFileExists(t, out)
		})
	}
}

func TestOptionLabels(t *testing.T) {
	labels, err := optionLabels(" 3 ")
	require.NoError(t, err)
	require.Equal(t, []string{"Option 1", "Option 2", "Option 3"}, labels)
	labels, err = optionLabels("yes, no ,Option 3")
	require.NoError(t, err)
	require.Equal(t, []string{"yes", "no", "Option 3"}, labels)
}
