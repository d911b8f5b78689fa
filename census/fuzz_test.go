package census

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// FuzzUnmarshal feeds census files to Unmarshal, which must refuse or
// accept them without panicking, and checks the hand-written fast path
// against encoding/json: whatever fastTop accepts, encoding/json reads as
// the same fields and members.
//
//	go test ./census -run '^$' -fuzz FuzzUnmarshal -fuzztime 30s
func FuzzUnmarshal(f *testing.F) {
	for _, path := range []string{"testdata/census.golden.json", "testdata/census-v1.json", "testdata/census-source.golden.json"} {
		data, err := os.ReadFile(path)
		require.NoError(f, err)
		f.Add(data)
	}
	f.Add([]byte(`{"kind":"zkvote-census","version":2,"depth":1,"root":"0x1","subtree_height":1,"subtree_roots":["0x1"],"members":[{"commitment":"0x1","weight":1}]}`))
	f.Add([]byte(`{"kind":"zkvote-census","version":2,"depth":64,"root":"0x1","subtree_height":64,"subtree_roots":[],"members":[{"commitment":"0x1","weight":1}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if c, err := Unmarshal(data); err == nil {
			_ = c.Check()
			_, _ = c.Proof(c.commitments[0])
			if c.Len() < 5000 {
				_ = c.EachProof(func(MemberProof) error { return nil })
			}
		}
		doc, ok := fastTop(data, 96)
		if !ok {
			return
		}
		var fields map[string]json.RawMessage
		require.NoError(t, json.Unmarshal(data, &fields), "the fast path took invalid JSON")
		require.Len(t, fields, len(doc.fields))
		for k, v := range doc.fields {
			require.Contains(t, fields, k)
			if k != "members" {
				require.Equal(t, string(bytes.TrimSpace(fields[k])), string(bytes.TrimSpace(v)), "field %s", k)
			}
		}
		if doc.members == nil {
			return
		}
		var entries []json.RawMessage
		require.NoError(t, json.Unmarshal(fields["members"], &entries))
		l := newList(&source{unit: "member"}, 96, len(entries))
		require.NoError(t, parseEntries(l, entries), "the fast path took members the general one refuses")
		require.Equal(t, l.commitments, doc.members.commitments)
		require.Equal(t, l.weights, doc.members.weights)
		require.Equal(t, -1, l.badWeight)
	})
}

// FuzzMemberProof feeds member proof files, as a voter receives them, to
// ReadMemberProof: it must refuse or accept without panicking, and what it
// accepts verifies against its own root and is the asked member's.
//
//	go test ./census -run '^$' -fuzz FuzzMemberProof -fuzztime 30s
func FuzzMemberProof(f *testing.F) {
	c, err := Build(testMembers(3), 2)
	require.NoError(f, err)
	p, err := c.Proof(c.commitments[1])
	require.NoError(f, err)
	data, err := json.Marshal(p)
	require.NoError(f, err)
	f.Add(data)
	f.Add([]byte(`{"census_root":"0x1","depth":1,"index":0,"commitment":"0x1","weight":"1","leaf":"0x1","siblings":["0x0"]}`))
	path := filepath.Join(f.TempDir(), "proof.json")
	f.Fuzz(func(t *testing.T, data []byte) {
		require.NoError(t, os.WriteFile(path, data, 0o644))
		got, err := ReadMemberProof(path, c.commitments[1])
		if err != nil {
			return
		}
		require.True(t, got.Commitment.Equal(&c.commitments[1]))
		require.NoError(t, got.Verify(got.CensusRoot))
	})
}
