package census

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// testSource is the source section of a census built from a token
// snapshot and registrations.
func testSource() *Source {
	return &Source{
		ChainID: "1337", EligibilityID: "0x" + strings.Repeat("ab", 32), Eligible: 4,
		Token: &TokenSource{Address: "0x00000000000000000000000000000000000000Aa", BlockNumber: 7, BlockHash: "0x" + strings.Repeat("07", 32),
			Method: "getPastVotes", ClockMode: "mode=blocknumber&from=default", Timepoint: 7},
		Rule:          SourceRule{Scale: "decimals", Divisor: "1000000000000000000", WeightBits: 96, MinClass: 5},
		Registrations: &RegistrationsSource{FileSHA256: strings.Repeat("cd", 32), Count: 3},
	}
}

// TestSourceSection: a census with a source section writes it (pinned by
// a golden file), reads it back, and keeps the root of the same members
// without one; the file without it is byte for byte the file of before.
func TestSourceSection(t *testing.T) {
	members, err := ParseFile("testdata/members.csv")
	require.NoError(t, err)
	plain, err := Build(members, 4)
	require.NoError(t, err)
	require.Nil(t, plain.Source())
	c, err := plain.WithSource(testSource())
	require.NoError(t, err)
	require.Nil(t, plain.Source(), "WithSource leaves the census it was called on as it was")
	require.Equal(t, testSource(), c.Source())
	got, err := c.MarshalJSON()
	require.NoError(t, err)
	if *update {
		require.NoError(t, os.WriteFile("testdata/census-source.golden.json", got, 0o644))
	}
	want, err := os.ReadFile("testdata/census-source.golden.json")
	require.NoError(t, err)
	require.Equal(t, string(want), string(got))

	_, fast := fastTop(got, 96)
	require.True(t, fast, "a file with a source loads on the fast path")
	odd := testSource()
	odd.Token.ClockMode = `mode="odd"\path`
	oddCensus, err := plain.WithSource(odd)
	require.NoError(t, err)
	oddFile, err := oddCensus.MarshalJSON()
	require.NoError(t, err)
	_, fast = fastTop(oddFile, 96)
	require.True(t, fast, "escapes in a source string keep the fast path")
	back, err := Unmarshal(oddFile)
	require.NoError(t, err)
	require.Equal(t, odd, back.Source())

	read, err := Unmarshal(got, WithFullCheck())
	require.NoError(t, err)
	require.Equal(t, testSource(), read.Source())
	wantRoot, gotRoot := plain.Root(), read.Root()
	require.True(t, gotRoot.Equal(&wantRoot), "the source is not part of the root")
	golden, err := ReadFile("testdata/census.golden.json")
	require.NoError(t, err)
	require.Nil(t, golden.Source(), "a census file of before has no source")

	// A source copied out cannot change the census.
	s := read.Source()
	s.Token.BlockNumber = 8
	require.Equal(t, uint64(7), read.Source().Token.BlockNumber)
}

func TestSourceRejectsMalformed(t *testing.T) {
	members, err := ParseFile("testdata/members.csv")
	require.NoError(t, err)
	plain, err := Build(members, 4)
	require.NoError(t, err)
	c, err := plain.WithSource(testSource())
	require.NoError(t, err)
	good, err := c.MarshalJSON()
	require.NoError(t, err)
	for name, tc := range map[string]struct{ from, to string }{
		"unknown field":      {`"chain_id": "1337"`, `"chain_id": "1337", "owner": "me"`},
		"chain id":           {`"chain_id": "1337"`, `"chain_id": "0x539"`},
		"eligibility id":     {`"eligibility_id": "0xabab`, `"eligibility_id": "0xABAB`},
		"block hash":         {`"block_hash": "0x0707`, `"block_hash": "0x07`},
		"method":             {`"method": "getPastVotes"`, `"method": "votes"`},
		"no token":           {`"token": {`, `"tokens": {`},
		"registrations hash": {`"file_sha256": "cdcd`, `"file_sha256": "cd`},
		"divisor":            {`"divisor": "1000000000000000000"`, `"divisor": "1e18"`},
	} {
		require.Contains(t, string(good), tc.from, name)
		_, err := Unmarshal([]byte(strings.Replace(string(good), tc.from, tc.to, 1)))
		require.ErrorIs(t, err, ErrMalformed, name)
		require.ErrorContains(t, err, "source", name)
	}
	bad := testSource()
	bad.Reputation = &ReputationSource{FileSHA256: strings.Repeat("ef", 32), AsOf: "2026-12-01T00:00:00Z"}
	_, err = plain.WithSource(bad)
	require.ErrorIs(t, err, ErrInvalidOption, "a token and a reputation source at once")
}
