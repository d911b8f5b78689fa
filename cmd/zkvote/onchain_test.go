package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/coordinator"
	"github.com/zkvote/zkvote/coordinator/coordtest"
	"github.com/zkvote/zkvote/settlement"
	"github.com/zkvote/zkvote/verifier"
)

// TestOnChainVotingCLI is the on-chain voting path with the CLI: the poll's
// contracts are deployed before it opens and the poll is created with them
// on a coordinator that reads the chain; alice votes through the
// coordinator, bob (who does not want to depend on it) proves his vote
// offline and posts it to the Poll contract, where the coordinator finds
// it; bob re-votes through the coordinator (his on-chain join registered
// his rate set, and his state index is in the log). The poll is sealed
// once the chain passes its end, tallied, verified and settled on-chain.
func TestOnChainVotingCLI(t *testing.T) {
	if testing.Short() {
		t.Skip("proves a tally")
	}
	_, keys := coordtest.Keys(t)
	coordtest.ProcessingKeys(t)
	ch, ipc, key := ipcChain(t)
	dir := t.TempDir()
	p := func(name string) string { return filepath.Join(dir, name) }
	data := p("coord-data")
	cfg, err := json.Marshal(map[string]string{"chain_rpc": ipc, "chain_poll": "100ms"})
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(p("coordinator.json"), cfg, 0o644))
	proc := startCoordinator(t, data, keys, "--config", p("coordinator.json"))
	token := filepath.Join(data, coordinator.AdminTokenFile)
	remote := []string{"--coordinator", proc.addr}

	alice := commitmentOf(t, p("alice.json"))
	bob := commitmentOf(t, p("bob.json"))
	require.NoError(t, os.WriteFile(p("members.csv"), []byte(fmt.Sprintf("commitment,weight\n%s,9\n%s,4\n", alice, bob)), 0o644))
	r := zkvote(t, "census", "build", "--in", p("members.csv"), "--out", p("census.json"), "--depth", "4")
	require.Equal(t, exitOK, r.code, r.stderr)
	end := time.Now().Add(time.Hour).UTC().Format(time.RFC3339)
	r = zkvote(t, "poll", "init", "--census", p("census.json"), "--options", "yes,no", "--mode", "quadratic", "--end", end,
		"--max-messages", "48", "--coordinator-key", filepath.Join(data, coordinator.PublicKeyFile), "--out", p("poll.json"),
		"--params", "test", "--keys", keys)
	require.Equal(t, exitOK, r.code, r.stderr)

	deployment := p("deployment.json")
	r = zkvoteWith(t, key(0), "deploy", "--rpc", ipc, "--poll", p("poll.json"), "--keys", keys,
		"--coordinator-account", ch.Addrs[1].Hex(), "--out", p("off.json"))
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "on-chain voting: off")
	r = zkvoteWith(t, key(0), "deploy", "--rpc", ipc, "--poll", p("poll.json"), "--keys", keys,
		"--coordinator-account", ch.Addrs[1].Hex(), "--out", deployment, "--on-chain-voting")
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "on-chain joins: up to 2 until "+end)
	r = zkvote(t, append([]string{"poll", "create", "--admin-token", token, "--poll", p("poll.json"), "--deployment", deployment}, remote...)...)
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "on-chain joins: the Poll contract at 0x")
	id := regexp.MustCompile(`poll id: (0x[0-9a-f]+)`).FindStringSubmatch(r.stdout)[1]

	r = zkvote(t, append([]string{"vote", "--poll", id, "--identity", p("alice.json"), "--census", p("census.json"),
		"--choice", "yes:3", "--receipt", p("alice.receipt.json"), "--keys", keys}, remote...)...)
	require.Equal(t, exitOK, r.code, r.stderr)
	r = zkvote(t, "vote", "--offline", "--poll", p("poll.json"), "--identity", p("bob.json"), "--census", p("census.json"),
		"--choice", "yes:2", "--out", p("bob-vote.json"), "--keys", keys)
	require.Equal(t, exitOK, r.code, r.stderr)
	r = zkvoteWith(t, key(5), "submit-onchain", "--rpc", ipc, "--deployment", deployment, "--submission", p("bob-vote.json"))
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "joined on-chain: entry 0 of the Poll contract")
	r = zkvoteWith(t, key(5), "submit-onchain", "--rpc", ipc, "--deployment", deployment, "--submission", p("bob-vote.json"))
	requireFailure(t, r, exitFailure, "AlreadyJoined")

	require.Eventually(t, func() bool { // the coordinator reads the chain every 100ms
		r = zkvote(t, append([]string{"poll", "show", "--poll", id}, remote...)...)
		return r.code == exitOK && regexp.MustCompile(`joins 2,`).MatchString(r.stdout)
	}, 20*time.Second, 100*time.Millisecond, "the coordinator did not log bob's on-chain join: %s", r.stdout)
	r = zkvote(t, append([]string{"revote", "--poll", id, "--record", p("bob-vote.record.json"), "--choice", "no:2", "--keys", keys}, remote...)...)
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "found the join in the log: state index 1")
	r = zkvoteWith(t, key(5), append([]string{"revote", "--poll", id, "--record", p("alice.receipt.record.json"), "--choice", "no:1",
		"--keys", keys, "--on-chain", "--rpc", ipc, "--deployment", deployment}, remote...)...)
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "to the Poll contract; record")
	sent := len(regexp.MustCompile(`on-chain: entry \d+ of the Poll contract`).FindAllString(r.stdout, -1))
	require.Positive(t, sent)
	require.Eventually(t, func() bool {
		r = zkvote(t, append([]string{"poll", "show", "--poll", id}, remote...)...)
		return r.code == exitOK && strings.Contains(r.stdout, fmt.Sprintf("commands %d)", sent+2))
	}, 20*time.Second, 100*time.Millisecond, "the coordinator did not log alice's on-chain re-vote: %s", r.stdout)
	// alice joins again, on-chain: the contract cannot know she joined through the coordinator
	r = zkvote(t, "vote", "--offline", "--poll", p("poll.json"), "--identity", p("alice.json"), "--census", p("census.json"),
		"--choice", "yes:3", "--out", p("alice-again.json"), "--keys", keys)
	require.Equal(t, exitOK, r.code, r.stderr)
	r = zkvoteWith(t, key(5), "submit-onchain", "--rpc", ipc, "--deployment", deployment, "--submission", p("alice-again.json"))
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Eventually(t, func() bool {
		r = zkvote(t, append([]string{"poll", "show", "--poll", id}, remote...)...)
		return r.code == exitOK && strings.Contains(r.stdout, "joins 3,")
	}, 20*time.Second, 100*time.Millisecond, "the coordinator did not log alice's second join: %s", r.stdout)

	r = zkvote(t, append([]string{"poll", "close", "--admin-token", token, "--poll", id}, remote...)...)
	requireFailure(t, r, exitFailure, "the chain has not passed the poll's end")
	ch.Sim.AdjustTime(2 * time.Hour)
	ch.Sim.Commit()
	r = zkvote(t, append([]string{"poll", "close", "--admin-token", token, "--poll", id}, remote...)...)
	require.Equal(t, exitOK, r.code, r.stderr)
	r = zkvote(t, append([]string{"poll", "tally", "--admin-token", token, "--poll", id}, remote...)...)
	require.Equal(t, exitOK, r.code, r.stderr)
	r = zkvote(t, append([]string{"poll", "artefacts", "--poll", id, "--out", p("artefacts")}, remote...)...)
	require.Equal(t, exitOK, r.code, r.stderr)
	r = zkvote(t, "verify", p("artefacts"))
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "yes: 0 (spent 0)\nno: 3 (spent 5)", "alice no 1 (on-chain), bob no 2; alice's second join counts nowhere")
	require.Contains(t, r.stdout, "participation: 2 members joined")
	require.Contains(t, r.stdout, fmt.Sprintf("on-chain: %d entries through the Poll contract (1 duplicate joins and 0 copied commands skipped)", 2+sent))

	r = zkvoteWith(t, key(1), "anchor", "--rpc", ipc, "--deployment", p("off.json"), p("artefacts"))
	requireFailure(t, r, exitFailure, "the Poll contract took 0 on-chain entries, the sealed log holds")
	base := []string{"--rpc", ipc, "--deployment", deployment}
	for _, step := range []string{"anchor", "settle"} {
		r = zkvoteWith(t, key(1), append([]string{step}, append(base, p("artefacts"))...)...)
		require.Equal(t, exitOK, r.code, r.stderr)
	}
	require.Contains(t, r.stdout, "yes: 0 (spent 0)\nno: 3 (spent 5)")

	// A watcher finds the skip justified; a challenge of it is answered.
	r = zkvoteWith(t, key(4), append([]string{"watch"}, append(base, p("artefacts"))...)...)
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "3 joins checked: 0 fail")
	pub, err := verifier.CheckPublished(p("artefacts"))
	require.NoError(t, err)
	sc, err := settlement.Simulated(t.Context(), ch.Sim)
	require.NoError(t, err)
	d, err := settlement.ReadDeployment(deployment)
	require.NoError(t, err)
	_, err = settlement.ChallengeSkip(t.Context(), sc, ch.Auth(3), d, settlement.LogOf(pub.Log.Definition, pub.Log.Entries), settlement.Joins, 2)
	require.NoError(t, err)
	r = zkvoteWith(t, key(4), append([]string{"watch"}, append(base, p("artefacts"))...)...)
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "the skip of join 2: challenge answered with the earlier join it repeats")
	require.Contains(t, r.stdout, "0 challenge(s) open")
}
