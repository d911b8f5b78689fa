package census

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits/merkle"
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
	v1, err := ReadFile("testdata/census-v1.json")
	require.NoError(t, err)
	v1Root := v1.Root()
	require.True(t, v1Root.Equal(&read.tree.levels[read.Depth()][0]), "the root is the one version 1 pinned")
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
	root := fieldhex.Encode(c.Root())
	cases := map[string]struct {
		from, to string
		want     error
	}{
		"root":            {`"root": "` + root, `"root": "` + fieldhex.Encode(m[0].Commitment), ErrRootMismatch},
		"subtree root":    {`    "` + root, `    "` + fieldhex.Encode(m[0].Commitment), ErrRootMismatch},
		"bad commitment":  {fieldhex.Encode(m[0].Commitment), fieldhex.Encode(m[1].Commitment) + "0", ErrInvalidCommitment},
		"depth":           {`"depth": 4`, `"depth": 5`, ErrRootMismatch},
		"depth too small": {`"depth": 4`, `"depth": 1`, ErrTooManyMembers},
		"version":         {`"version": 2`, `"version": 3`, ErrMalformed},
		"version 1":       {`"version": 2`, `"version": 1`, ErrMalformed},
		"kind":            {`"kind": "zkvote-census"`, `"kind": "zkvote-join-vote"`, ErrMalformed},
		"no kind":         {`"kind": "zkvote-census",`, ``, ErrMalformed},
		"unknown field":   {`"version": 2`, `"version": 2, "owner": "me"`, ErrMalformed},
		"bad root":        {`"root": "` + root, `"root": "root`, ErrMalformed},
		"subtree height":  {`"subtree_height": 4`, `"subtree_height": 3`, ErrRootMismatch},
		"subtree zero":    {`"subtree_height": 4`, `"subtree_height": 0`, ErrMalformed},
		"subtree 5":       {`"subtree_height": 4`, `"subtree_height": 5`, ErrMalformed},
		"extra subtree":   {`    "` + root, `    "` + root + `", "` + root, ErrMalformed},
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

// TestReadFileV1 reads the census file format of version 1 (no subtree
// roots): it still loads, rebuilt and checked at once.
func TestReadFileV1(t *testing.T) {
	members, err := ParseFile("testdata/members.csv")
	require.NoError(t, err)
	want, err := Build(members, 4)
	require.NoError(t, err)
	c, err := ReadFile("testdata/census-v1.json")
	require.NoError(t, err)
	wantRoot, gotRoot := want.Root(), c.Root()
	require.True(t, gotRoot.Equal(&wantRoot))
	require.Equal(t, members, c.Members())
	p, err := c.Proof(members[3].Commitment)
	require.NoError(t, err)
	require.NoError(t, p.Verify(wantRoot))
	require.NoError(t, c.Check())

	data, err := os.ReadFile("testdata/census-v1.json")
	require.NoError(t, err)
	bad := strings.Replace(string(data), `"weight": "250"`, `"weight": "251"`, 1)
	require.NotEqual(t, string(data), bad)
	_, err = Unmarshal([]byte(bad))
	require.ErrorIs(t, err, ErrRootMismatch)
}

// TestLoadedCensusMatchesBuilt builds a census of several subtrees, the
// last one partial, writes and reads it, and checks the read census gives
// the same root and proofs as the built one without rebuilding the tree.
func TestLoadedCensusMatchesBuilt(t *testing.T) {
	members := testMembers(2*(1<<SubtreeHeight) + 37)
	built, err := Build(members, 12)
	require.NoError(t, err)
	data, err := built.MarshalJSON()
	require.NoError(t, err)
	read, err := Unmarshal(data)
	require.NoError(t, err)
	require.Equal(t, SubtreeHeight, read.tree.low, "the read tree keeps only the levels from the subtree roots up")
	wantRoot, gotRoot := built.Root(), read.Root()
	require.True(t, gotRoot.Equal(&wantRoot))
	for _, i := range []int{0, 1, 1023, 1024, 1500, 2047, 2048, len(members) - 1} {
		want, err := built.Proof(members[i].Commitment)
		require.NoError(t, err)
		got, err := read.Proof(members[i].Commitment)
		require.NoError(t, err)
		require.Equal(t, want, got, "member %d", i)
		require.NoError(t, got.Verify(wantRoot))
	}
	require.NoError(t, read.Check())
}

// TestLoadedCensusFindsAlteredMembers changes one weight in a file: the
// stored subtree roots still lead to the root, so the file loads, but a
// proof of a member of that subtree, and Check, refuse it; other subtrees
// still give valid proofs.
func TestLoadedCensusFindsAlteredMembers(t *testing.T) {
	members := testMembers(3 * (1 << SubtreeHeight))
	built, err := Build(members, 12)
	require.NoError(t, err)
	data, err := built.MarshalJSON()
	require.NoError(t, err)
	bad := strings.Replace(string(data), `"weight": "1500"}`, `"weight": "1501"}`, 1)
	require.NotEqual(t, string(data), bad)
	read, err := Unmarshal([]byte(bad))
	require.NoError(t, err)

	_, err = Unmarshal([]byte(bad), WithFullCheck())
	require.ErrorIs(t, err, ErrRootMismatch)
	require.ErrorContains(t, err, "members 1024 to 2047")
	_, err = Unmarshal(data, WithFullCheck())
	require.NoError(t, err)

	_, err = read.Proof(members[1100].Commitment)
	require.ErrorIs(t, err, ErrRootMismatch)
	require.ErrorContains(t, err, "members 1024 to 2047")
	err = read.Check()
	require.ErrorIs(t, err, ErrRootMismatch)
	require.ErrorContains(t, err, "members 1024 to 2047")

	p, err := read.Proof(members[10].Commitment)
	require.NoError(t, err)
	require.NoError(t, p.Verify(built.Root()))
}

// TestReadFileGeneralLayout reads a census file whose members are not laid
// out as MarshalJSON writes them (other spacing and key order, short hex,
// number weights): the general decoder takes it and gives the same census.
func TestReadFileGeneralLayout(t *testing.T) {
	c, err := Build(testMembers(3), 4)
	require.NoError(t, err)
	var entries []string
	for _, m := range c.Members() {
		entries = append(entries, fmt.Sprintf(`{"weight":%s,"commitment":"%s"}`, m.Weight, strings.TrimPrefix(fieldhex.Encode(m.Commitment), "0x")))
	}
	doc := fmt.Sprintf(`{"kind":"zkvote-census","version":2,"depth":4,"root":"%s","subtree_height":4,"subtree_roots":["%s"],"members":[%s]}`,
		fieldhex.Encode(c.Root()), fieldhex.Encode(c.Root()), strings.Join(entries, ","))
	_, _, ok := fastMembers([]byte(`[`+strings.Join(entries, ",")+`]`), 96)
	require.False(t, ok, "the test must take the general path")
	got, err := Unmarshal([]byte(doc))
	require.NoError(t, err)
	require.Equal(t, c.Members(), got.Members())
	require.NoError(t, got.Check())
}

func TestFastMembersGivesUp(t *testing.T) {
	c := `"0x` + strings.Repeat("0", 63) + `1"`
	for name, in := range map[string]string{
		"escape":      `[{"commitment": "0x\u0031", "weight": "1"}]`,
		"zero weight": `[{"commitment": ` + c + `, "weight": "0"}]`,
		"over bits":   `[{"commitment": ` + c + `, "weight": "256"}]`,
		"negative":    `[{"commitment": ` + c + `, "weight": -1}]`,
		"fraction":    `[{"commitment": ` + c + `, "weight": 1.5}]`,
		"extra key":   `[{"commitment": ` + c + `, "weight": "1", "x": 1}]`,
		"upper 0X":    `[{"commitment": "0X` + strings.Repeat("0", 63) + `1", "weight": "1"}]`,
		"modulus":     `[{"commitment": "` + fieldhex.Encode(fr.Element{}) + `", "weight": "1"}]`,
	} {
		t.Run(name, func(t *testing.T) {
			if name == "modulus" {
				in = strings.Replace(in, fieldhex.Encode(fr.Element{}), "0x"+fr.Modulus().Text(16), 1)
			}
			_, _, ok := fastMembers([]byte(in), 8)
			require.False(t, ok)
		})
	}
	got, _, ok := fastMembers([]byte(`[{"commitment": `+c+`, "weight": 255}, {"commitment": `+c+`, "weight": "12345678901234567890"}]`), 96)
	require.True(t, ok)
	require.Len(t, got.weights, 2)
	require.Equal(t, "12345678901234567890", got.weights[1].String())
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
	_, err = Unmarshal([]byte(`{"kind":"zkvote-census","version":2,"depth":4,"root":"0x0","subtree_height":4,"subtree_roots":[],"members":[]}`))
	require.ErrorIs(t, err, ErrEmpty)
}

func TestReadFileMissing(t *testing.T) {
	_, err := ReadFile(filepath.Join(t.TempDir(), "none.json"))
	require.ErrorIs(t, err, os.ErrNotExist)
}

func TestWriteFileIsMarshalJSON(t *testing.T) {
	c, err := Build(testMembers(3000), 12) // a file of many write blocks
	require.NoError(t, err)
	defer func(n int) { encodeBlock = n }(encodeBlock)
	encodeBlock = 7 // many rounds, the last one partial
	dir := t.TempDir()
	path := filepath.Join(dir, "census.json")
	require.NoError(t, os.WriteFile(path, []byte("old"), 0o644))
	require.NoError(t, c.WriteFile(path))
	got, err := os.ReadFile(path)
	require.NoError(t, err)
	encodeBlock = 1 << 20 // one block
	want, err := c.MarshalJSON()
	require.NoError(t, err)
	require.Equal(t, string(want), string(got))
	require.True(t, json.Valid(got))
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	require.Len(t, entries, 1, "no temporary file is left")

	err = c.WriteFile(filepath.Join(dir, "missing", "census.json"))
	require.ErrorIs(t, err, os.ErrNotExist)
	require.ErrorContains(t, err, "census: ")
}

// TestFastTop checks the fast path reads what MarshalJSON writes and
// leaves every other document to encoding/json, with the same result.
func TestFastTop(t *testing.T) {
	c, err := Build(testMembers(5), 4)
	require.NoError(t, err)
	data, err := c.MarshalJSON()
	require.NoError(t, err)
	doc, ok := fastTop(data, 96)
	require.True(t, ok)
	require.NotNil(t, doc.members)
	require.Len(t, doc.fields, 7)
	require.Equal(t, `"zkvote-census"`, string(doc.fields["kind"]))
	compact := strings.NewReplacer("\n", "", " ", "").Replace(string(data))
	doc, ok = fastTop([]byte(compact), 96)
	require.True(t, ok, "the fast path takes any spacing")
	require.Equal(t, c.commitments, doc.members.commitments)

	s := string(data)
	for name, edit := range map[string]string{
		"escaped key":   strings.Replace(s, `"depth"`, `"dep\u0074h"`, 1),
		"duplicate key": strings.Replace(s, `"depth": 4,`, `"depth": 4, "depth": 4,`, 1),
	} {
		t.Run(name, func(t *testing.T) {
			_, ok := fastTop([]byte(edit), 96)
			require.False(t, ok)
			got, err := Unmarshal([]byte(edit))
			require.NoError(t, err)
			require.Equal(t, c.Members(), got.Members())
		})
	}
	for name, edit := range map[string]string{
		"trailing garbage": s + "x",
		"control in a key": strings.Replace(s, `"depth"`, "\"dep\x01th\"", 1),
		"bad literal":      strings.Replace(s, `"depth": 4`, `"depth": 4x`, 1),
		"unclosed":         strings.TrimSuffix(s, "}\n"),
	} {
		t.Run(name, func(t *testing.T) {
			_, ok := fastTop([]byte(edit), 96)
			require.False(t, ok)
			_, err := Unmarshal([]byte(edit))
			require.ErrorIs(t, err, ErrMalformed)
		})
	}
}

// TestReadFileBoundsSubtreeHeight: a depth-64 file claiming one subtree of
// height 64 (whose size overflows an int) is refused, not a panic later.
func TestReadFileBoundsSubtreeHeight(t *testing.T) {
	c, err := Build(testMembers(1), 64)
	require.NoError(t, err)
	for _, h := range []int{21, 63, 64} {
		doc := fmt.Sprintf(`{"kind":"zkvote-census","version":2,"depth":64,"root":"%s","subtree_height":%d,"subtree_roots":[],"members":[{"commitment":"%s","weight":"1"}]}`,
			fieldhex.Encode(merkle.Zero(64)), h, fieldhex.Encode(c.commitments[0]))
		_, err := Unmarshal([]byte(doc))
		require.ErrorIs(t, err, ErrMalformed)
		require.ErrorContains(t, err, "not in [1,20]")
	}
	data, err := c.MarshalJSON()
	require.NoError(t, err)
	read, err := Unmarshal(data)
	require.NoError(t, err)
	p, err := read.Proof(c.commitments[0])
	require.NoError(t, err)
	require.NoError(t, p.Verify(c.Root()))
}
