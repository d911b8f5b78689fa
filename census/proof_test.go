package census

import (
	"encoding/json"
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

func testProof(t *testing.T) (MemberProof, fr.Element) {
	t.Helper()
	members := testMembers(6)
	c, err := Build(members, 4)
	require.NoError(t, err)
	p, err := c.Proof(members[3].Commitment)
	require.NoError(t, err)
	return p, c.Root()
}

func TestMemberProofVerifies(t *testing.T) {
	p, root := testProof(t)
	require.Equal(t, uint64(3), p.Index)
	require.Equal(t, int64(4), p.Weight.Int64())
	require.Len(t, p.Siblings, 4)
	require.NoError(t, p.Verify(root))
}

func TestMemberProofJSONRoundTrip(t *testing.T) {
	p, root := testProof(t)
	data, err := json.Marshal(p)
	require.NoError(t, err)

	var fields map[string]any
	require.NoError(t, json.Unmarshal(data, &fields))
	for _, k := range []string{"census_root", "depth", "index", "commitment", "weight", "leaf", "siblings"} {
		require.Contains(t, fields, k)
	}
	require.Equal(t, "4", fields["weight"])

	var got MemberProof
	require.NoError(t, json.Unmarshal(data, &got))
	require.Equal(t, p, got)
	require.NoError(t, got.Verify(root))
}

func TestMemberProofUnmarshalRejects(t *testing.T) {
	for name, input := range map[string]string{
		"not an object": `"proof"`,
		"bad root":      `{"census_root":"0xz","depth":1,"index":0,"commitment":"0x1","weight":"1","leaf":"0x1","siblings":["0x0"]}`,
		"bad sibling":   `{"census_root":"0x1","depth":1,"index":0,"commitment":"0x1","weight":"1","leaf":"0x1","siblings":["0xq"]}`,
		"bad weight":    `{"census_root":"0x1","depth":1,"index":0,"commitment":"0x1","weight":"one","leaf":"0x1","siblings":["0x0"]}`,
		"no weight":     `{"census_root":"0x1","depth":1,"index":0,"commitment":"0x1","leaf":"0x1","siblings":["0x0"]}`,
		"no leaf":       `{"census_root":"0x1","depth":1,"index":0,"commitment":"0x1","weight":"1","siblings":["0x0"]}`,
		"string index":  `{"census_root":"0x1","depth":1,"index":"0","commitment":"0x1","weight":"1","leaf":"0x1","siblings":["0x0"]}`,
	} {
		t.Run(name, func(t *testing.T) {
			var p MemberProof
			require.ErrorIs(t, json.Unmarshal([]byte(input), &p), ErrMalformed)
		})
	}
}

// TestMemberProofRejectsForgeries changes one field at a time; each change
// must make Verify fail.
func TestMemberProofRejectsForgeries(t *testing.T) {
	one := fr.NewElement(1)
	cases := map[string]func(p *MemberProof){
		"other root":       func(p *MemberProof) { p.CensusRoot = one },
		"other index":      func(p *MemberProof) { p.Index = 2 },
		"index past tree":  func(p *MemberProof) { p.Index = 16 + 3 },
		"other weight":     func(p *MemberProof) { p.Weight = big.NewInt(5) },
		"zero weight":      func(p *MemberProof) { p.Weight = big.NewInt(0) },
		"nil weight":       func(p *MemberProof) { p.Weight = nil },
		"aliased weight":   func(p *MemberProof) { p.Weight = new(big.Int).Add(fr.Modulus(), big.NewInt(4)) },
		"other commitment": func(p *MemberProof) { p.Commitment = one },
		"other leaf":       func(p *MemberProof) { p.Leaf = one },
		"other sibling":    func(p *MemberProof) { p.Siblings[2] = one },
		"short path":       func(p *MemberProof) { p.Siblings = p.Siblings[:3] },
		"depth mismatch":   func(p *MemberProof) { p.Depth = 5 },
		"depth zero":       func(p *MemberProof) { p.Depth, p.Siblings = 0, nil },
	}
	for name, edit := range cases {
		t.Run(name, func(t *testing.T) {
			p, root := testProof(t)
			edit(&p)
			require.ErrorIs(t, p.Verify(root), ErrInvalidProof)
		})
	}
}

func TestMemberProofForAnotherCensus(t *testing.T) {
	p, _ := testProof(t)
	other, err := Build(testMembers(7), 4)
	require.NoError(t, err)
	require.ErrorIs(t, p.Verify(other.Root()), ErrInvalidProof)
}

func TestMemberProofKind(t *testing.T) {
	p, root := testProof(t)
	data, err := json.Marshal(p)
	require.NoError(t, err)
	require.Contains(t, string(data), `"kind":"zkvote-census-proof"`)

	old := strings.Replace(string(data), `"kind":"zkvote-census-proof",`, "", 1)
	require.NotEqual(t, string(data), old)
	var got MemberProof
	require.NoError(t, json.Unmarshal([]byte(old), &got), "a proof written before the kind field still reads")
	require.NoError(t, got.Verify(root))

	other := strings.Replace(string(data), ProofKind, FileKind, 1)
	err = json.Unmarshal([]byte(other), &got)
	require.ErrorIs(t, err, ErrMalformed)
	require.ErrorContains(t, err, "not a member proof")
}

func TestReadMemberProof(t *testing.T) {
	members := testMembers(6)
	c, err := Build(members, 4)
	require.NoError(t, err)
	want, err := c.Proof(members[3].Commitment)
	require.NoError(t, err)
	dir := t.TempDir()
	censusFile := filepath.Join(dir, "census.json")
	require.NoError(t, c.WriteFile(censusFile))
	proofFile := filepath.Join(dir, "proof.json")
	require.NoError(t, want.WriteFile(proofFile))

	for name, path := range map[string]string{"census file": censusFile, "proof file": proofFile, "version 1 census": "testdata/census-v1.json"} {
		t.Run(name, func(t *testing.T) {
			cm := members[3].Commitment
			if name == "version 1 census" {
				list, err := ParseFile("testdata/members.csv")
				require.NoError(t, err)
				cm = list[2].Commitment
			}
			got, err := ReadMemberProof(path, cm)
			require.NoError(t, err)
			require.True(t, got.Commitment.Equal(&cm))
			require.NoError(t, got.Verify(got.CensusRoot))
			if name != "version 1 census" {
				require.Equal(t, want, got)
			}
		})
	}

	_, err = ReadMemberProof(proofFile, members[2].Commitment)
	require.ErrorIs(t, err, ErrNotMember)
	require.ErrorContains(t, err, "is the proof of")
	_, err = ReadMemberProof(censusFile, fr.NewElement(99))
	require.ErrorIs(t, err, ErrNotMember)
}

func TestReadMemberProofRejects(t *testing.T) {
	p, _ := testProof(t)
	data, err := json.Marshal(p)
	require.NoError(t, err)
	one := fieldhexOne()
	tampered := strings.Replace(string(data), `"siblings":["`, `"siblings":["`+one+`","`, 1)
	cases := map[string]struct {
		content string
		want    error
	}{
		"member list":    {`[{"commitment": "0x1", "weight": "1"}]`, ErrMalformed},
		"not json":       {`commitment,weight`, ErrMalformed},
		"other kind":     {`{"kind": "zkvote-voter-record"}`, ErrMalformed},
		"unknown fields": {`{"a": 1}`, ErrMalformed},
		"other leaf":     {strings.Replace(string(data), fmt.Sprintf(`"leaf":"%s"`, fieldhex.Encode(p.Leaf)), `"leaf":"`+one+`"`, 1), ErrInvalidProof},
		"extra sibling":  {tampered, ErrInvalidProof},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "f.json")
			require.NoError(t, os.WriteFile(path, []byte(tc.content), 0o644))
			_, err := ReadMemberProof(path, p.Commitment)
			require.ErrorIs(t, err, tc.want)
			require.ErrorContains(t, err, path)
		})
	}
	_, err = ReadMemberProof(filepath.Join(t.TempDir(), "none.json"), p.Commitment)
	require.ErrorIs(t, err, os.ErrNotExist)
}

func fieldhexOne() string { return fieldhex.Encode(fr.NewElement(1)) }
