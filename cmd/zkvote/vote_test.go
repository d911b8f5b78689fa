package main

import (
	"fmt"
	"github.com/zkvote/zkvote/poll"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/verifier"
)

// commitmentOf runs identity new and returns the printed commitment.
func commitmentOf(t *testing.T, path string) string {
	t.Helper()
	r := zkvote(t, "identity", "new", "--out", path, "--no-passphrase")
	require.Equal(t, exitOK, r.code, r.stderr)
	m := regexp.MustCompile(`commitment: (0x[0-9a-f]{64})`).FindStringSubmatch(r.stdout)
	require.Len(t, m, 2, r.stdout)
	return m[1]
}

// TestOfflineVoteFlow follows the README's offline walk-through with the
// small "test" parameter set.
func TestOfflineVoteFlow(t *testing.T) {
	dir := t.TempDir()
	p := func(name string) string { return filepath.Join(dir, name) }
	keys := p("keys")

	alice := commitmentOf(t, p("alice.json"))
	bob := commitmentOf(t, p("bob.json"))
	commitmentOf(t, p("mallory.json")) // not in the census
	require.NoError(t, os.WriteFile(p("members.csv"), []byte(fmt.Sprintf("commitment,weight\n%s,9\n%s,4\n", alice, bob)), 0o644))

	r := zkvote(t, "census", "build", "--in", p("members.csv"), "--out", p("census.json"), "--depth", "4")
	require.Equal(t, exitOK, r.code, r.stderr)
	r = zkvote(t, "coordinator", "keygen", "--out", p("coord.json"))
	require.Equal(t, exitOK, r.code, r.stderr)
	require.FileExists(t, p("coord.pub.json"))

	r = zkvote(t, "poll", "init", "--census", p("census.json"), "--options", "yes,no", "--mode", "quadratic",
		"--coordinator-key", p("coord.pub.json"), "--out", p("poll.json"), "--params", "test", "--keys", keys)
	requireFailure(t, r, exitFailure, "no keys", "zkvote setup")

	r = zkvote(t, "setup", "--params", "test", "--out", keys)
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "joinvote:")
	require.Contains(t, r.stderr, "DEVELOPMENT SETUP")
	require.NotContains(t, r.stderr, "level=INFO", "progress logs only with --verbose")
	r = zkvote(t, "setup", "--params", "test", "--out", keys)
	require.Contains(t, r.stdout, "already")

	// the default parameter set wants a depth-20 census
	r = zkvote(t, "poll", "init", "--census", p("census.json"), "--options", "yes,no", "--mode", "quadratic",
		"--coordinator-key", p("coord.pub.json"), "--out", p("poll.json"))
	requireFailure(t, r, exitFailure, "depth 4", "--depth 20")

	r = zkvote(t, "poll", "init", "--census", p("census.json"), "--options", "yes,no", "--mode", "quadratic",
		"--coordinator-key", p("coord.pub.json"), "--out", p("poll.json"), "--params", "test", "--title", "Ship it?", "--keys", keys)
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "poll id: 0x")

	// an execution payload is part of the poll (and its ID); a malformed one is refused
	payload := []string{"poll", "init", "--census", p("census.json"), "--options", "yes,no", "--coordinator-key", p("coord.pub.json"),
		"--params", "test", "--keys", keys, "--out", p("poll-exec.json")}
	r = zkvote(t, append(payload, "--execute-target", "0x1234")...)
	requireFailure(t, r, exitFailure, "execution target")
	r = zkvote(t, append(payload, "--execute-value", "5")...)
	requireFailure(t, r, exitUsage, "--execute-target")
	r = zkvote(t, append(payload, "--execute-target", "0x00000000000000000000000000000000000000b0", "--execute-value", "5")...)
	require.Equal(t, exitOK, r.code, r.stderr)
	exec, err := poll.ReadFile(p("poll-exec.json"))
	require.NoError(t, err)
	require.Equal(t, &poll.Execution{Target: "0x00000000000000000000000000000000000000b0", Value: "5", Calldata: "0x"}, exec.Execution)

	r = zkvote(t, "poll", "init", "--census", p("census.json"), "--options", "2", "--mode", "ranked",
		"--coordinator-key", p("coord.pub.json"), "--out", p("poll2.json"), "--params", "test")
	requireFailure(t, r, exitUsage, "ranked")

	vote := func(identity, choice, out string) result {
		return zkvote(t, "vote", "--offline", "--poll", p("poll.json"), "--identity", p(identity), "--census", p("census.json"),
			"--choice", choice, "--out", p(out), "--keys", keys)
	}
	r = zkvote(t, "vote", "--offline", "--poll", p("poll.json"), "--identity", p("alice.json"), "--census", p("census.json"),
		"--choice", "yes", "--out", p("x.json"), "--keys", p("empty-keys"))
	requireFailure(t, r, exitFailure, "no keys", "zkvote setup")

	r = vote("alice.json", "yes:2,no:2", "alice-vote.json") // 4 + 4 <= 9
	require.Equal(t, exitOK, r.code, r.stderr)
	require.FileExists(t, p("alice-vote.record.json"))
	st, err := os.Stat(p("alice-vote.record.json"))
	require.NoError(t, err)
	require.Equal(t, os.FileMode(0o600), st.Mode().Perm())

	r = zkvote(t, "verify-vote", "--submission", p("alice-vote.json"), "--keys", keys)
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "valid: yes")
	require.Contains(t, r.stdout, "Ship it?")

	// bad input, each with a clear one-line error
	requireFailure(t, vote("alice.json", "maybe", "x.json"), exitUsage, "no option")
	requireFailure(t, vote("bob.json", "yes:2,no:1", "x.json"), exitUsage, "budget")
	requireFailure(t, vote("mallory.json", "yes", "x.json"), exitFailure, "not")
	requireFailure(t, vote("alice.json", "yes", "alice-vote.json"), exitFailure, "exists")
	requireFailure(t, zkvote(t, "verify-vote", "--submission", p("nope.json")), exitFailure, "nope.json")

	// a submission checked against another poll is refused
	r = zkvote(t, "poll", "init", "--census", p("census.json"), "--options", "yes,no", "--mode", "quadratic",
		"--coordinator-key", p("coord.pub.json"), "--out", p("other-poll.json"), "--params", "test", "--keys", keys)
	require.Equal(t, exitOK, r.code, r.stderr)
	requireFailure(t, zkvote(t, "verify-vote", "--submission", p("alice-vote.json"), "--poll", p("other-poll.json"), "--keys", keys),
		exitFailure, "another poll")

	// a tampered submission is refused
	data, err := os.ReadFile(p("alice-vote.json"))
	require.NoError(t, err)
	tampered := regexp.MustCompile(`"nullifier": "0x[0-9a-f]{4}`).ReplaceAll(data, []byte(`"nullifier": "0x0000`))
	require.NoError(t, os.WriteFile(p("tampered.json"), tampered, 0o644))
	requireFailure(t, zkvote(t, "verify-vote", "--submission", p("tampered.json"), "--keys", keys), exitFailure, "invalid proof")

	r = zkvote(t, "demo", "--params", "test", "--keys", keys, "--dir", p("demo"))
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "nullifier was already used")
	require.Contains(t, r.stdout, "all 7 receipts are in the sealed log")
	require.Contains(t, r.stdout, "proven: true")
	require.Regexp(t, `turnout: \d+ of \d+ members joined \(\d+\.\d%\)`, r.stdout)
	require.Contains(t, r.stdout, "boundaries check out")
	p2, err := verifier.CheckPublished(p("demo/artefacts"))
	require.NoError(t, err, "the demo's artefacts verify on their own")
	require.Equal(t, "[5 4]", fmt.Sprint(p2.Results.Totals))
	require.Contains(t, r.stdout, "yes  5 votes (on-chain)")
	require.Contains(t, r.stdout, "now holds 1000000000000000000 wei")

	require.Contains(t, r.stdout, "3 eligible accounts, weights in whole tokens")
	require.Contains(t, r.stdout, "the tally skips it")
	r = zkvote(t, "census", "verify", "--census", p("demo/census.json"), "--eligibility", p("demo/eligible.json"))
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "source: matches: token ", "the demo's census records its snapshot and registrations")

	r = zkvote(t, "demo", "--params", "test", "--keys", keys, "--veto", "--mode", "weighted", "--voters", "2", "--census", "reputation")
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "2 more voters voted: 5 proofs")
	require.Contains(t, r.stdout, "halved once, weight 16")
	require.Contains(t, r.stdout, "the payload can never run")
	require.Contains(t, r.stdout, "the auditor holds 0 wei")
}
