package main

import (
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/census"
	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/client"
	"github.com/zkvote/zkvote/coordinator"
	"github.com/zkvote/zkvote/coordinator/coordtest"
	"github.com/zkvote/zkvote/internal/fieldhex"
	"github.com/zkvote/zkvote/poll"
)

// TestChoiceErrorsAreUsageErrors: a --choice that cannot be cast — an
// unknown option, a bad weight, a ballot over the budget — is a usage error
// (exit 2) in vote, offline or not, and in revote, found before any proof
// is made, and its message names the options as the user wrote them.
func TestChoiceErrorsAreUsageErrors(t *testing.T) {
	k, keys := coordtest.Keys(t)
	dir := t.TempDir()
	p := func(name string) string { return filepath.Join(dir, name) }
	data := p("coord-data")
	proc := startCoordinator(t, data, keys)

	alice := commitmentOf(t, p("alice.json"))
	require.NoError(t, os.WriteFile(p("members.csv"), []byte(fmt.Sprintf("commitment,weight\n%s,4\n", alice)), 0o644))
	r := zkvote(t, "census", "build", "--in", p("members.csv"), "--out", p("census.json"), "--depth", "4")
	require.Equal(t, exitOK, r.code, r.stderr)
	c, err := census.ReadFile(p("census.json"))
	require.NoError(t, err)
	pub, err := poll.ReadPublicKey(filepath.Join(data, coordinator.PublicKeyFile))
	require.NoError(t, err)
	def, err := poll.New(circuits.TestParams(), "Which colour?", []string{"red", "green", "blue"}, joinvote.ModeQuadratic,
		c.Root(), pub, k.VerifyingKeyDigest())
	require.NoError(t, err)
	require.NoError(t, def.WriteFile(p("poll.json"), false))
	token, err := os.ReadFile(filepath.Join(data, coordinator.AdminTokenFile))
	require.NoError(t, err)
	conn, err := client.Dial(proc.addr, client.WithAdminToken(strings.TrimSpace(string(token))))
	require.NoError(t, err)
	defer conn.Close()
	id, err := conn.CreatePoll(t.Context(), def)
	require.NoError(t, err)

	bad := map[string]string{
		"maybe":                        `--choice: client: invalid choice: no option "maybe" (options: red, green, blue, or 1 to 3)`,
		"4":                            "no option 4 (options are numbered 1 to 3)",
		"red:x":                        `weight "x" of option "red" is not a non-negative integer`,
		"1,red":                        `option 1 and option "red" name the same option`,
		"red:2,green:1":                "the ballot costs 5 credits (weight² per option), your census weight gives 4",
		"2:3":                          "the ballot costs 9 credits",
		"2:" + strings.Repeat("9", 40): `option 2 ("green")`,
	}
	noKeys := p("no-keys") // a ballot that passes the checks fails next, for want of keys
	offline := func(choice string) result {
		return zkvote(t, "vote", "--offline", "--poll", p("poll.json"), "--identity", p("alice.json"), "--census", p("census.json"),
			"--choice", choice, "--out", p("vote.json"), "--keys", noKeys)
	}
	online := func(choice string) result {
		return zkvote(t, "vote", "--coordinator", proc.addr, "--poll", fieldhex.Encode(id), "--identity", p("alice.json"),
			"--census", p("census.json"), "--choice", choice, "--receipt", p("vote.receipt.json"), "--keys", noKeys)
	}
	for choice, msg := range bad {
		requireFailure(t, offline(choice), exitUsage, msg, "--choice: ")
		requireFailure(t, online(choice), exitUsage, msg, "--choice: ")
	}
	requireFailure(t, offline("red:2"), exitFailure, "no keys")
	requireFailure(t, online("red:1,3:1"), exitFailure, "no keys")
	require.NoFileExists(t, p("vote.record.json"))
	require.NoFileExists(t, p("vote.receipt.record.json"))

	// revote, from a record as a join of weight 4 left it
	stateKey, err := babyjub.GenerateKey(nil)
	require.NoError(t, err)
	idx := uint64(0)
	joined := []*big.Int{big.NewInt(2), big.NewInt(0), big.NewInt(0)}
	rec := &client.Record{PollID: id, Weight: big.NewInt(4), StateKey: stateKey, CurrentKey: stateKey,
		JoinBallot: joined, Ballot: joined, StateIndex: &idx}
	require.NoError(t, rec.WriteFile(p("alice.record.json"), false))
	revote := func(choice string) result {
		return zkvote(t, "revote", "--coordinator", proc.addr, "--poll", fieldhex.Encode(id), "--record", p("alice.record.json"), "--choice", choice)
	}
	for choice, msg := range bad {
		requireFailure(t, revote(choice), exitUsage, msg, "--choice: ")
	}
	r = revote("green:2")
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "sent 2 message(s)")
}
