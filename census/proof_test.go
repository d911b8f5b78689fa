package census

import (
	"encoding/json"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/stretchr/testify/require"
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
