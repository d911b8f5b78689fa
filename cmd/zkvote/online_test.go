package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/client"
	"github.com/zkvote/zkvote/coordinator"
	"github.com/zkvote/zkvote/coordinator/coordtest"
	"github.com/zkvote/zkvote/poll"
)

// TestOnlineFlow follows the README's coordinator walk-through with the
// CLI against a coordinator running as its own process.
func TestOnlineFlow(t *testing.T) {
	_, keys := coordtest.Keys(t)
	coordtest.ProcessingKeys(t) // the poll pins them: its tally is proven
	dir := t.TempDir()
	p := func(name string) string { return filepath.Join(dir, name) }
	data := p("coord-data")
	proc := startCoordinator(t, data, keys)
	token := filepath.Join(data, coordinator.AdminTokenFile)
	remote := []string{"--coordinator", proc.addr}

	alice := commitmentOf(t, p("alice.json"))
	bob := commitmentOf(t, p("bob.json"))
	require.NoError(t, os.WriteFile(p("members.csv"), []byte(fmt.Sprintf("commitment,weight\n%s,9\n%s,4\n", alice, bob)), 0o644))
	r := zkvote(t, "census", "build", "--in", p("members.csv"), "--out", p("census.json"), "--depth", "4")
	require.Equal(t, exitOK, r.code, r.stderr)
	r = zkvote(t, "poll", "init", "--census", p("census.json"), "--options", "yes,no", "--mode", "quadratic",
		"--coordinator-key", filepath.Join(data, coordinator.PublicKeyFile), "--out", p("poll.json"), "--params", "test", "--keys", keys)
	require.Equal(t, exitOK, r.code, r.stderr)

	r = zkvote(t, append([]string{"poll", "create", "--admin-token", p("alice.json"), "--poll", p("poll.json")}, remote...)...)
	requireFailure(t, r, exitFailure, "does not hold an admin token")
	require.NoError(t, os.WriteFile(p("wrong.token"), []byte("0123abcd\n"), 0o600))
	r = zkvote(t, append([]string{"poll", "create", "--admin-token", p("wrong.token"), "--poll", p("poll.json")}, remote...)...)
	requireFailure(t, r, exitFailure, "Unauthenticated")
	r = zkvote(t, append([]string{"poll", "create", "--admin-token", token, "--poll", p("poll.json")}, remote...)...)
	require.Equal(t, exitOK, r.code, r.stderr)
	id := regexp.MustCompile(`poll id: (0x[0-9a-f]+)`).FindStringSubmatch(r.stdout)[1]

	vote := func(who, choice, receipt string) result {
		return zkvote(t, append([]string{"vote", "--poll", id, "--identity", p(who), "--census", p("census.json"),
			"--choice", choice, "--receipt", p(receipt), "--keys", keys}, remote...)...)
	}
	r = vote("alice.json", "yes:3", "alice.receipt.json")
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "signature checked")
	r = vote("bob.json", "no:2", "bob.receipt.json")
	require.Equal(t, exitOK, r.code, r.stderr)
	r = vote("bob.json", "no:1", "bob2.receipt.json")
	requireFailure(t, r, exitFailure, "already joined", "AlreadyExists")
	require.NoFileExists(t, p("bob2.receipt.record.json"), "the record of a refused vote is dropped")

	// as if alice's receipt had never arrived: the record lacks the state index
	rec, err := client.ReadRecord(p("alice.receipt.record.json"))
	require.NoError(t, err)
	rec.StateIndex = nil
	require.NoError(t, rec.WriteFile(p("alice.receipt.record.json"), true))
	r = zkvote(t, append([]string{"revote", "--poll", id, "--record", p("alice.receipt.record.json"), "--choice", "no:3", "--keys", keys}, remote...)...)
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "found the join in the log: state index 0")
	r = zkvote(t, append([]string{"key-change", "--poll", id, "--record", p("bob.receipt.record.json"), "--keys", keys}, remote...)...)
	require.Equal(t, exitOK, r.code, r.stderr)
	r = zkvote(t, append([]string{"receipt", "check", "--receipt", p("alice.receipt.json"), "--keys", keys}, remote...)...)
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "receipt: valid")

	r = zkvote(t, append([]string{"poll", "close", "--admin-token", token, "--poll", id}, remote...)...)
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "sealed: 5 entries")
	r = vote("alice.json", "yes:1", "late.receipt.json")
	requireFailure(t, r, exitFailure, "closed")

	r = zkvote(t, append([]string{"poll", "tally", "--admin-token", token, "--poll", id}, remote...)...)
	require.Equal(t, exitOK, r.code, r.stderr)
	r = zkvote(t, append([]string{"poll", "results", "--poll", id}, remote...)...)
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "yes: 0 (spent 0)")
	require.Contains(t, r.stdout, "no: 5 (spent 13)") // alice moved 3 to no, bob kept 2
	require.Contains(t, r.stdout, "proven: yes")
	require.Contains(t, r.stdout, "participation: 2 members joined")
	// turnout needs the poll's census, and only that one
	r = zkvote(t, append([]string{"poll", "results", "--poll", id, "--census", p("census.json")}, remote...)...)
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "turnout: 2 of 2 members joined (100.0%)")
	r = zkvote(t, append([]string{"--json", "poll", "results", "--poll", id, "--census", p("census.json")}, remote...)...)
	require.Equal(t, exitOK, r.code, r.stderr)
	var out map[string]any
	require.NoError(t, json.Unmarshal([]byte(r.stdout), &out))
	require.Equal(t, map[string]any{"participation": 2.0, "census_members": 2.0, "turnout_percent": 100.0},
		map[string]any{"participation": out["participation"], "census_members": out["census_members"], "turnout_percent": out["turnout_percent"]})
	require.NoError(t, os.WriteFile(p("other.csv"), []byte(fmt.Sprintf("%s,9\n", alice)), 0o644))
	r = zkvote(t, "census", "build", "--in", p("other.csv"), "--out", p("other.json"), "--depth", "4")
	require.Equal(t, exitOK, r.code, r.stderr)
	r = zkvote(t, append([]string{"poll", "results", "--poll", id, "--census", p("other.json")}, remote...)...)
	requireFailure(t, r, exitFailure, "is not this poll's census")
	r = zkvote(t, append([]string{"poll", "artefacts", "--poll", id, "--out", p("artefacts")}, remote...)...)
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "verified: yes")
	r = zkvote(t, "verify", p("artefacts"))
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "no: 5 (spent 13)")
	require.Contains(t, r.stdout, "participation: 2 members")
	r = zkvote(t, "verify", p("artefacts"), "--census", p("census.json"))
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "turnout: 2 of 2 members joined (100.0%)")

	r = zkvote(t, append([]string{"poll", "log", "--poll", id, "--out", p("log.json"), "--keys", keys}, remote...)...)
	require.Equal(t, exitOK, r.code, r.stderr)
	r = zkvote(t, "receipt", "check", "--keys", keys, "--receipt", p("bob.receipt.json"), "--log", p("log.json"))
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "sealed with 5 entries")
	// the published artefacts carry the key: --keys may name them
	r = zkvote(t, "receipt", "check", "--keys", p("artefacts"), "--receipt", p("bob.receipt.json"), "--log", p("log.json"))
	require.Equal(t, exitOK, r.code, r.stderr)

	// a log that lost an entry exposes the coordinator
	raw, err := os.ReadFile(p("log.json"))
	require.NoError(t, err)
	var l poll.Log
	require.NoError(t, json.Unmarshal(raw, &l))
	// so does an invented join: entry hashes do not cover the proof, the
	// proof check catches a join whose proof is another join's
	var joins []*poll.Entry
	for _, e := range l.Entries {
		if e.Join != nil {
			joins = append(joins, e)
		}
	}
	require.GreaterOrEqual(t, len(joins), 2)
	joins[0].Join.Proof, joins[1].Join.Proof = joins[1].Join.Proof, joins[0].Join.Proof
	swapped, err := json.Marshal(&l)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(p("swapped-log.json"), swapped, 0o644))
	r = zkvote(t, "receipt", "check", "--keys", keys, "--receipt", p("bob.receipt.json"), "--log", p("swapped-log.json"))
	requireFailure(t, r, exitFailure, fmt.Sprintf("entry %d", joins[0].Index))
	joins[0].Join.Proof, joins[1].Join.Proof = joins[1].Join.Proof, joins[0].Join.Proof
	l.Entries = l.Entries[:len(l.Entries)-1]
	short, err := json.Marshal(&l)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(p("short-log.json"), short, 0o644))
	r = zkvote(t, "receipt", "check", "--keys", keys, "--receipt", p("bob.receipt.json"), "--log", p("short-log.json"))
	requireFailure(t, r, exitFailure, "seal")
	// and one that dropped a receipted entry entirely, seal included
	l.Poll.Seal = nil
	l.Entries = l.Entries[:1]
	dropped, err := json.Marshal(&l)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(p("dropped-log.json"), dropped, 0o644))
	r = zkvote(t, "receipt", "check", "--keys", keys, "--receipt", p("bob.receipt.json"), "--log", p("dropped-log.json"))
	requireFailure(t, r, exitFailure, "dropped")
}
