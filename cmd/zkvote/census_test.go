package main

import (
	"crypto/rand"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/census"
	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/client"
	"github.com/zkvote/zkvote/internal/fieldhex"
)

// commitments returns the commitments of n fresh identities, in hex.
func commitments(t *testing.T, n int) []string {
	t.Helper()
	cs := make([]string, n)
	for i := range cs {
		id, err := client.NewIdentity(rand.Reader)
		require.NoError(t, err)
		cs[i] = fieldhex.Encode(id.Commitment())
	}
	return cs
}

func TestCensusBuildAndProof(t *testing.T) {
	dir := t.TempDir()
	cs := commitments(t, 3)
	list := writeFile(t, dir, "members.csv", fmt.Sprintf("commitment,weight\n# council\n%s,1\n%s,20\n\n%s, 300\n", cs[0], cs[1], cs[2]))
	out := filepath.Join(dir, "census.json")

	r := zkvote(t, "census", "build", "--in", list, "--out", out)
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Equal(t, "3", field(t, r.stdout, "members"))
	require.Equal(t, fmt.Sprint(circuits.Defaults().CensusDepth), field(t, r.stdout, "depth"))
	c, err := census.ReadFile(out)
	require.NoError(t, err)
	root := field(t, r.stdout, "root")
	require.Equal(t, fieldhex.Encode(c.Root()), root)

	r = zkvote(t, "census", "proof", "--census", out, "--commitment", cs[1])
	require.Equal(t, exitOK, r.code, r.stderr)
	var p census.MemberProof
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &p))
	require.Equal(t, uint64(1), p.Index)
	require.Equal(t, "20", p.Weight.String())
	require.NoError(t, p.Verify(c.Root()))

	proofFile := filepath.Join(dir, "proof.json")
	r = zkvote(t, "census", "proof", "--census", out, "--commitment", strings.TrimPrefix(cs[2], "0x"), "--out", proofFile)
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Equal(t, "2", field(t, r.stdout, "index"))
	require.Equal(t, root, field(t, r.stdout, "root"))
	data, err := os.ReadFile(proofFile)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(data, &p))
	require.NoError(t, p.Verify(c.Root()))
}

func TestCensusBuildJSONAndDepth(t *testing.T) {
	dir := t.TempDir()
	cs := commitments(t, 2)
	list := writeFile(t, dir, "members.json", fmt.Sprintf(`[{"commitment":%q,"weight":"5"},{"commitment":%q,"weight":7}]`, cs[0], cs[1]))
	out := filepath.Join(dir, "census.json")

	r := zkvote(t, "census", "build", "--in", list, "--out", out, "--depth", "4")
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Equal(t, "4", field(t, r.stdout, "depth"))
	c, err := census.ReadFile(out)
	require.NoError(t, err)
	require.Equal(t, 4, c.Depth())
	require.Equal(t, 2, c.Len())
}

func TestCensusBuildRejectsBadLists(t *testing.T) {
	cs := commitments(t, 3)
	cases := map[string]struct {
		list string
		msg  []string
	}{
		"malformed line": {fmt.Sprintf("commitment,weight\n%s,1\n%s;2\n", cs[0], cs[1]), []string{"malformed", "line 3", "1 fields, want 2"}},
		"extra field":    {fmt.Sprintf("%s,1,alice\n", cs[0]), []string{"line 1", "3 fields"}},
		"duplicate":      {fmt.Sprintf("%s,1\n%s,2\n%s,3\n", cs[0], cs[1], cs[0]), []string{"duplicate commitment", "line 3", "repeats line 1", cs[0]}},
		"bad commitment": {fmt.Sprintf("%s,1\n0x12zz,2\n", cs[0]), []string{"invalid commitment", "line 2"}},
		"zero weight":    {fmt.Sprintf("%s,0\n", cs[0]), []string{"invalid weight", "line 1", "zero"}},
		"overflowing":    {fmt.Sprintf("%s,79228162514264337593543950336\n", cs[0]), []string{"line 1", "overflows", "2^96"}},
		"fraction":       {fmt.Sprintf("%s,2.5\n", cs[0]), []string{"line 1", "not a base-10 integer"}},
		"empty":          {"commitment,weight\n", []string{"no members"}},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			list := writeFile(t, dir, "members.csv", tc.list)
			out := filepath.Join(dir, "census.json")
			r := zkvote(t, "census", "build", "--in", list, "--out", out)
			requireFailure(t, r, exitFailure, tc.msg...)
			require.NoFileExists(t, out)
		})
	}
}

func TestCensusBuildErrors(t *testing.T) {
	dir := t.TempDir()
	cs := commitments(t, 3)
	list := writeFile(t, dir, "members.csv", strings.Join(cs, ",1\n")+",1\n")
	out := filepath.Join(dir, "census.json")

	r := zkvote(t, "census", "build", "--in", filepath.Join(dir, "none.csv"), "--out", out)
	requireFailure(t, r, exitFailure, "none.csv", "no such file")

	r = zkvote(t, "census", "build", "--in", list, "--out", out, "--depth", "1")
	requireFailure(t, r, exitFailure, "too many members", "3 members, depth 1 holds 2")

	r = zkvote(t, "census", "build", "--in", list, "--out", list)
	requireFailure(t, r, exitUsage, "overwrite the input")
	_, err := census.ParseFile(list)
	require.NoError(t, err, "the input list must be untouched")
}

func TestCensusProofErrors(t *testing.T) {
	dir := t.TempDir()
	cs := commitments(t, 3)
	list := writeFile(t, dir, "members.csv", cs[0]+",1\n"+cs[1]+",2\n")
	out := filepath.Join(dir, "census.json")
	require.Equal(t, exitOK, zkvote(t, "census", "build", "--in", list, "--out", out, "--depth", "4").code)

	r := zkvote(t, "census", "proof", "--census", out, "--commitment", cs[2])
	requireFailure(t, r, exitFailure, "not a member", cs[2])

	r = zkvote(t, "census", "proof", "--census", filepath.Join(dir, "none.json"), "--commitment", cs[0])
	requireFailure(t, r, exitFailure, "no such file")

	data, err := os.ReadFile(out)
	require.NoError(t, err)
	tampered := strings.Replace(string(data), `"weight": "2"`, `"weight": "3"`, 1)
	require.NotEqual(t, string(data), tampered)
	bad := writeFile(t, dir, "tampered.json", tampered)
	r = zkvote(t, "census", "proof", "--census", bad, "--commitment", cs[0])
	requireFailure(t, r, exitFailure, "stored root does not match")

	r = zkvote(t, "census", "proof", "--census", list, "--commitment", cs[0])
	requireFailure(t, r, exitFailure, "not a census file")
}

func TestCensusCheck(t *testing.T) {
	dir := t.TempDir()
	cs := commitments(t, 3)
	list := writeFile(t, dir, "members.csv", cs[0]+",1\n"+cs[1]+",2\n"+cs[2]+",3\n")
	out := filepath.Join(dir, "census.json")
	require.Equal(t, exitOK, zkvote(t, "census", "build", "--in", list, "--out", out, "--depth", "4").code)

	r := zkvote(t, "census", "check", out)
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Equal(t, "3", field(t, r.stdout, "members"))
	require.Equal(t, "every member", field(t, r.stdout, "checked"))

	// An altered weight leaves the stored subtree roots consistent with the
	// root, so the file loads; check (and any proof of that subtree) refuses it.
	data, err := os.ReadFile(out)
	require.NoError(t, err)
	tampered := strings.Replace(string(data), `"weight": "3"`, `"weight": "4"`, 1)
	require.NotEqual(t, string(data), tampered)
	bad := writeFile(t, dir, "tampered.json", tampered)
	r = zkvote(t, "census", "check", bad)
	requireFailure(t, r, exitFailure, "tampered.json", "members 0 to 2", "altered")
	r = zkvote(t, "census", "proof", "--census", bad, "--commitment", cs[1])
	requireFailure(t, r, exitFailure, "members 0 to 2", "altered")
}

// TestVoteWithMemberProof votes offline with the member's own proof file,
// as an organiser would hand it out, instead of the census file.
func TestVoteWithMemberProof(t *testing.T) {
	if testing.Short() {
		t.Skip("proves a join+vote")
	}
	dir := t.TempDir()
	p := func(name string) string { return filepath.Join(dir, name) }
	keys := p("keys")
	alice := commitmentOf(t, p("alice.json"))
	bob := commitmentOf(t, p("bob.json"))
	writeFile(t, dir, "members.csv", fmt.Sprintf("%s,9\n%s,4\n", alice, bob))
	writeFile(t, dir, "others.csv", fmt.Sprintf("%s,9\n", alice))
	for _, args := range [][]string{
		{"census", "build", "--in", p("members.csv"), "--out", p("census.json"), "--depth", "4"},
		{"census", "build", "--in", p("others.csv"), "--out", p("other-census.json"), "--depth", "4"},
		{"census", "proof", "--census", p("census.json"), "--commitment", alice, "--out", p("alice-proof.json")},
		{"census", "proof", "--census", p("other-census.json"), "--commitment", alice, "--out", p("alice-other-proof.json")},
		{"coordinator", "keygen", "--out", p("coord.json")},
		{"setup", "--params", "test", "--out", keys},
		{"poll", "init", "--census", p("census.json"), "--options", "yes,no", "--coordinator-key", p("coord.pub.json"),
			"--out", p("poll.json"), "--params", "test", "--keys", keys},
	} {
		r := zkvote(t, args...)
		require.Equal(t, exitOK, r.code, "%v: %s", args, r.stderr)
	}
	vote := func(identity, censusArg, out string) result {
		return zkvote(t, "vote", "--offline", "--poll", p("poll.json"), "--identity", p(identity), "--census", p(censusArg),
			"--choice", "yes", "--out", p(out), "--keys", keys)
	}
	r := vote("alice.json", "alice-proof.json", "alice-vote.json")
	require.Equal(t, exitOK, r.code, r.stderr)
	r = zkvote(t, "verify-vote", "--submission", p("alice-vote.json"), "--keys", keys)
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "valid: yes")

	requireFailure(t, vote("bob.json", "alice-proof.json", "bob-vote.json"), exitFailure, "alice-proof.json", "is the proof of", alice)
	requireFailure(t, vote("alice.json", "alice-other-proof.json", "x.json"), exitFailure, "the proof is for census")
	requireFailure(t, vote("alice.json", "members.csv", "x.json"), exitFailure, "members.csv", "neither a census file nor a member proof")
	require.NoFileExists(t, p("bob-vote.json"))

	// the whole census file still works
	r = vote("bob.json", "census.json", "bob-vote.json")
	require.Equal(t, exitOK, r.code, r.stderr)
}

func TestCensusProofAll(t *testing.T) {
	dir := t.TempDir()
	cs := commitments(t, 3)
	list := writeFile(t, dir, "members.csv", cs[0]+",1\n"+cs[1]+",2\n"+cs[2]+",3\n")
	out := filepath.Join(dir, "census.json")
	require.Equal(t, exitOK, zkvote(t, "census", "build", "--in", list, "--out", out, "--depth", "4").code)
	c, err := census.ReadFile(out)
	require.NoError(t, err)

	proofs := filepath.Join(dir, "proofs")
	r := zkvote(t, "census", "proof", "--census", out, "--all", "--out-dir", proofs)
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Equal(t, "3", field(t, r.stdout, "proofs"))
	entries, err := os.ReadDir(proofs)
	require.NoError(t, err)
	require.Len(t, entries, 3)
	for i, cm := range cs {
		data, err := os.ReadFile(filepath.Join(proofs, cm+".json"))
		require.NoError(t, err)
		var p census.MemberProof
		require.NoError(t, json.Unmarshal(data, &p))
		require.Equal(t, uint64(i), p.Index)
		require.NoError(t, p.Verify(c.Root()))
	}

	requireFailure(t, zkvote(t, "census", "proof", "--census", out, "--all"), exitUsage, "--out-dir")
	requireFailure(t, zkvote(t, "census", "proof", "--census", out, "--all", "--out-dir", proofs, "--commitment", cs[0]), exitUsage, "drop --commitment")
	requireFailure(t, zkvote(t, "census", "proof", "--census", out), exitUsage, "--commitment")
	requireFailure(t, zkvote(t, "census", "proof", "--census", out, "--commitment", cs[0], "--out-dir", proofs), exitUsage, "--out-dir goes with --all")

	data, err := os.ReadFile(out)
	require.NoError(t, err)
	bad := writeFile(t, dir, "tampered.json", strings.Replace(string(data), `"weight": "2"`, `"weight": "5"`, 1))
	requireFailure(t, zkvote(t, "census", "proof", "--census", bad, "--all", "--out-dir", filepath.Join(dir, "p2")), exitFailure, "altered")
}
