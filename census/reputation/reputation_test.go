package reputation_test

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/census/reputation"
	"github.com/zkvote/zkvote/census/snapshot"
)

const file = `# contributions, 2026
account,score,date
0x00000000000000000000000000000000000000a1,800,2026-11-01
0x00000000000000000000000000000000000000a2,800,2026-05-01
0x00000000000000000000000000000000000000a2,100,2026-11-15
0x00000000000000000000000000000000000000a3,40
0x00000000000000000000000000000000000000a4,0,2026-01-01
`

var asOf = time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)

func TestList(t *testing.T) {
	d := reputation.Decay{AsOf: asOf, HalfLife: 90 * 24 * time.Hour}
	s, err := reputation.List([]byte(file), big.NewInt(1), d, snapshot.Rule{})
	require.NoError(t, err)
	got := map[string]int64{}
	for _, e := range s.Entries {
		got[strings.ToLower(e.Account.Hex()[38:])] = e.Weight.Int64()
	}
	// a1: 30 days old, no halving; a2: 800 aged 214 days (2 halvings) + 100; a3: undated; a4: no power.
	require.Equal(t, map[string]int64{"00a1": 800, "00a2": 300, "00a3": 40}, got)
	require.Equal(t, snapshot.ModeReputation, s.Mode)
	require.NoError(t, reputation.Verify([]byte(file), s))

	// The list survives its file form, and a changed weight or file fails.
	data, err := s.MarshalJSON()
	require.NoError(t, err)
	var back snapshot.Snapshot
	require.NoError(t, back.UnmarshalJSON(data))
	require.NoError(t, reputation.Verify([]byte(file), &back))
	require.ErrorIs(t, reputation.Verify([]byte(file+"0x00000000000000000000000000000000000000a5,5\n"), &back), reputation.ErrMismatch)
	back.Reputation.HalfLife = 0
	require.ErrorIs(t, reputation.Verify([]byte(file), &back), reputation.ErrMismatch, "another decay gives other weights")
}

func TestParseRejects(t *testing.T) {
	for name, bad := range map[string]string{
		"not an address": "0x12,5\n",
		"negative score": "0x00000000000000000000000000000000000000a1,-5\n",
		"bad date":       "0x00000000000000000000000000000000000000a1,5,yesterday\n",
		"empty":          "# nothing\n",
	} {
		_, err := reputation.Parse([]byte(bad))
		require.ErrorIs(t, err, reputation.ErrFormat, name)
	}
	_, err := reputation.List([]byte("0x00000000000000000000000000000000000000a1,5,2027-01-01\n"), big.NewInt(1),
		reputation.Decay{AsOf: asOf, HalfLife: time.Hour}, snapshot.Rule{})
	require.ErrorIs(t, err, reputation.ErrFormat, "a score from the future")
}

// TestVerifyNamesTheAccount: an altered file fails naming the account
// that differs; a file whose scores agree but whose bytes do not fails on
// its SHA-256.
func TestVerifyNamesTheAccount(t *testing.T) {
	s, err := reputation.List([]byte(file), big.NewInt(1), reputation.Decay{AsOf: asOf, HalfLife: 90 * 24 * time.Hour}, snapshot.Rule{})
	require.NoError(t, err)
	for name, tc := range map[string]struct{ file, want string }{
		"a score changed":  {strings.Replace(file, "a1,800", "a1,801", 1), "0x00000000000000000000000000000000000000A1: the file gives power 801 weight 801, the list has power 800 weight 800"},
		"an account added": {file + "0x00000000000000000000000000000000000000a5,5\n", "0x00000000000000000000000000000000000000A5: the file gives power 5 weight 5, the list leaves it out"},
		"an account removed": {strings.Replace(file, "0x00000000000000000000000000000000000000a3,40\n", "", 1),
			"0x00000000000000000000000000000000000000a3: the list gives it power 40 weight 40, the file makes it ineligible"},
		"a comment changed": {strings.Replace(file, "2026", "MMXXVI", 1), "the scores agree but the file's SHA-256 is"},
	} {
		err := reputation.Verify([]byte(tc.file), s)
		require.ErrorIs(t, err, reputation.ErrMismatch, name)
		require.Contains(t, strings.ToLower(err.Error()), strings.ToLower(tc.want), name)
	}
}
