package census

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/internal/fieldhex"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func TestCensusFileRoundTrip(t *testing.T) {
	c, err := Build(testMembers(7), 5)
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "census.json")
	require.NoError(t, c.WriteFile(path))

	data, err := os.ReadFile(path)
	require.NoError(t, err)
	require.True(t, json.Valid(data))

	got, err := ReadFile(path)
	require.NoError(t, err)
	wantRoot, gotRoot := c.Root(), got.Root()
	require.True(t, gotRoot.Equal(&wantRoot))
	require.Equal(t, 5, got.Depth())
	require.Equal(t, c.Members(), got.Members())
}

// TestGoldenCensus pins the root of a small census: a change to the leaf
// hash, the tree or the file format shows here. Refresh with -update.
func TestGoldenCensus(t *testing.T) {
	members, err := ParseFile("testdata/members.csv")
	require.NoError(t, err)
	c, err := Build(members, 4)
	require.NoError(t, err)
	got, err := c.MarshalJSON()
	require.NoError(t, err)
	if *update {
		require.NoError(t, os.WriteFile("testdata/census.golden.json", got, 0o644))
	}
	want, err := os.ReadFile("testdata/census.golden.json")
	require.NoError(t, err)
	require.Equal(t, string(want), string(got))

	read, err := ReadFile("testdata/census.golden.json")
	require.NoError(t, err)
	wantRoot, readRoot := c.Root(), read.Root()
	require.True(t, readRoot.Equal(&wantRoot))
}

func TestReadFileRejectsTampering(t *testing.T) {
	c, err := Build(testMembers(3), 4)
	require.NoError(t, err)
	good, err := c.MarshalJSON()
	require.NoError(t, err)
	m := c.Members()
	cases := map[string]struct {
		from, to string
		want     error
	}{
		"root":            {fieldhex.Encode(c.Root()), fieldhex.Encode(m[0].Commitment), ErrRootMismatch},
		"weight":          {`"weight": "2"`, `"weight": "5"`, ErrRootMismatch},
		"bad commitment":  {fieldhex.Encode(m[0].Commitment), fieldhex.Encode(m[1].Commitment) + "0", ErrInvalidCommitment},
		"depth":           {`"depth": 4`, `"depth": 5`, ErrRootMismatch},
		"depth too small": {`"depth": 4`, `"depth": 1`, ErrTooManyMembers},
		"version":         {`"version": 1`, `"version": 2`, ErrMalformed},
		"unknown field":   {`"version": 1`, `"version": 1, "owner": "me"`, ErrMalformed},
		"bad root":        {fieldhex.Encode(c.Root()), "root", ErrMalformed},
		"duplicate":       {fieldhex.Encode(m[1].Commitment), fieldhex.Encode(m[0].Commitment), ErrDuplicate},
		"zero weight":     {`"weight": "2"`, `"weight": "0"`, ErrInvalidWeight},
		"no members":      {`"members": [`, `"members": [], "x": [`, ErrMalformed},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			require.Contains(t, string(good), tc.from)
			bad := strings.Replace(string(good), tc.from, tc.to, 1)
			_, err := Unmarshal([]byte(bad))
			require.ErrorIs(t, err, tc.want)
		})
	}
}

func TestReadFileRejectsReorderedMembers(t *testing.T) {
	members := testMembers(3)
	c, err := Build(members, 4)
	require.NoError(t, err)
	members[0], members[2] = members[2], members[0]
	reordered, err := Build(members, 4)
	require.NoError(t, err)
	data, err := reordered.MarshalJSON()
	require.NoError(t, err)
	forged := strings.Replace(string(data), fieldhex.Encode(reordered.Root()), fieldhex.Encode(c.Root()), 1)

	_, err = Unmarshal([]byte(forged))
	require.ErrorIs(t, err, ErrRootMismatch)
}

func TestReadFileEmptyCensus(t *testing.T) {
	_, err := Unmarshal([]byte(`{"version":1,"depth":4,"root":"0x0","members":[]}`))
	require.ErrorIs(t, err, ErrEmpty)
}

func TestReadFileMissing(t *testing.T) {
	_, err := ReadFile(filepath.Join(t.TempDir(), "none.json"))
	require.ErrorIs(t, err, os.ErrNotExist)
}
