package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"log/slog"
	"math/bits"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/client"
	"github.com/zkvote/zkvote/coordinator"
	"github.com/zkvote/zkvote/coordinator/coordtest"
	"github.com/zkvote/zkvote/coordinator/server"
	"github.com/zkvote/zkvote/internal/fieldhex"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/prover"
	"github.com/zkvote/zkvote/receipt"
	"github.com/zkvote/zkvote/verifier"
)

// The load test's size: a few voters by default, so that the default suite
// stays fast; more with, e.g.,
//
//	go test ./cmd/zkvote -run TestLoad -count=1 -v -args -load.voters=200
//
// (benchmarks/README.md, "Load through the CLI").
var (
	loadVoters   = flag.Int("load.voters", 6, "TestLoad: voters, each running 'zkvote vote' then 'zkvote revote' concurrently")
	loadParallel = flag.Int("load.parallel", 0, "TestLoad: commands running at once (0: every voter at once)")
)

// TestLoad runs N voters at once through the CLI's own code (run, as the
// binary does: 'zkvote vote' with a proof and a gRPC submission, then
// 'zkvote revote', each message with its command pass) against a coordinator served in this process on a
// loopback port, then closes the poll and checks that nothing was lost:
// every receipt signed by the coordinator names an entry of the sealed
// log with its chain hash, and the log holds exactly N joins and the
// re-votes' messages. It logs the latency percentiles of each phase.
//
// Up to 8 voters it uses the "test" parameter set and its cached keys;
// more need a bigger state tree, so it makes keys for a "load" set (the
// test set with deeper trees), which takes a few seconds. The per-IP rate
// limit is raised: every voter here comes from 127.0.0.1.
func TestLoad(t *testing.T) {
	n := *loadVoters
	parallel := *loadParallel
	if parallel <= 0 || parallel > n {
		parallel = n
	}
	params, keysDir := loadParamsAndKeys(t, n)
	keys, err := prover.Load(keysDir, prover.JoinVote, params)
	require.NoError(t, err)
	dir := t.TempDir()
	p := func(parts ...string) string { return filepath.Join(append([]string{dir}, parts...)...) }

	// The coordinator, in this process, on a loopback port.
	cfg := coordinator.Defaults()
	cfg.Listen, cfg.DataDir, cfg.KeysDir = "127.0.0.1:0", p("coord"), keysDir
	cfg.RatePerIP, cfg.RateBurst = 1e6, 1e6
	ctx, stop := context.WithCancel(t.Context())
	addrCh, done := make(chan string, 1), make(chan error, 1)
	go func() { done <- server.Run(ctx, cfg, slog.New(slog.DiscardHandler), func(a string) { addrCh <- a }) }()
	var addr string
	select {
	case addr = <-addrCh:
	case err := <-done:
		require.NoError(t, err, "the coordinator did not start")
	}
	t.Cleanup(func() { stop(); require.NoError(t, <-done) })
	remote := []string{"--coordinator", addr}
	env := map[string]string{keysEnv: keysDir}

	// Voters, a census of them (weight 1 each) and each member's own proof.
	var list strings.Builder
	commitments := make([]string, n)
	for i := range n {
		require.NoError(t, os.MkdirAll(p(voterFile(i, "")), 0o700))
		commitments[i] = commitmentOf(t, p(voterFile(i, "id.json")))
		list.WriteString(commitments[i] + ",1\n")
	}
	require.NoError(t, os.WriteFile(p("members.csv"), []byte(list.String()), 0o644))
	r := zkvoteWith(t, env, "census", "build", "--in", p("members.csv"), "--out", p("census.json"), "--depth", fmt.Sprint(params.CensusDepth))
	require.Equal(t, exitOK, r.code, r.stderr)
	r = zkvoteWith(t, env, "census", "proof", "--census", p("census.json"), "--all", "--out-dir", p("proofs"))
	require.Equal(t, exitOK, r.code, r.stderr)
	root := field(t, r.stdout, "root")

	// The poll, opened with the admin token (the organiser's path is not
	// under load).
	token, err := os.ReadFile(filepath.Join(cfg.DataDir, coordinator.AdminTokenFile))
	require.NoError(t, err)
	admin, err := client.Dial(addr, client.WithAdminToken(strings.TrimSpace(string(token))))
	require.NoError(t, err)
	defer admin.Close()
	coordKey, _, err := admin.Info(t.Context())
	require.NoError(t, err)
	rootElem, err := fieldhex.Decode(root)
	require.NoError(t, err)
	def, err := poll.New(params, "Load", []string{"yes", "no"}, joinvote.ModeOnePersonOneVote, rootElem, coordKey, keys.VerifyingKeyDigest())
	require.NoError(t, err)
	// With command passes, as 'poll init' makes polls: every re-vote
	// message carries a pass its client proves.
	passKeys, err := prover.Load(keysDir, prover.Pass, params)
	require.NoError(t, err)
	def.CommandSlots, def.PassKey = 2, passKeys.VerifyingKeyDigest()
	require.NoError(t, def.Validate())
	id, err := admin.CreatePoll(t.Context(), def)
	require.NoError(t, err)
	pollID := poll.FormatID(id)

	voteArgs := make([][]string, n)
	revoteArgs := make([][]string, n)
	for i := range n {
		voteArgs[i] = append([]string{"vote", "--poll", pollID, "--identity", p(voterFile(i, "id.json")),
			"--census", p("proofs", commitments[i]+".json"), "--choice", "yes", "--receipt", p(voterFile(i, "vote.receipt.json"))}, remote...)
		revoteArgs[i] = append([]string{"revote", "--poll", pollID, "--record", p(voterFile(i, "vote.receipt.record.json")), "--choice", "no"}, remote...)
	}

	start := time.Now()
	votes := runConcurrently(env, voteArgs, parallel)
	voteWall := time.Since(start)
	for i, o := range votes {
		require.Equal(t, exitOK, o.code, "voter %d: %s", i, o.stderr)
	}
	start = time.Now()
	revotes := runConcurrently(env, revoteArgs, parallel)
	revoteWall := time.Since(start)
	messages := 0
	for i, o := range revotes {
		require.Equal(t, exitOK, o.code, "voter %d: %s", i, o.stderr)
		var k int
		_, err := fmt.Sscanf(o.stdout[strings.Index(o.stdout, "sent "):], "sent %d message(s)", &k)
		require.NoError(t, err, o.stdout)
		messages += k
	}

	r = zkvoteWith(t, env, append([]string{"poll", "close", "--admin-token", filepath.Join(cfg.DataDir, coordinator.AdminTokenFile), "--poll", pollID}, remote...)...)
	require.Equal(t, exitOK, r.code, r.stderr)
	r = zkvoteWith(t, env, append([]string{"poll", "log", "--poll", pollID, "--out", p("log.json")}, remote...)...)
	require.Equal(t, exitOK, r.code, r.stderr)

	// Nothing lost: every receipt is in the sealed log, and the log holds
	// nothing else.
	l, err := poll.ReadLogFile(p("log.json"))
	require.NoError(t, err)
	checked, err := verifier.CheckLog(l, keys.VK)
	require.NoError(t, err)
	require.NotNil(t, checked.Seal)
	receipts, err := filepath.Glob(p("v*", "*.receipt.json"))
	require.NoError(t, err)
	require.Len(t, receipts, n+messages, "one receipt per vote and one per re-vote message")
	seen := map[uint64]bool{}
	for _, f := range receipts {
		rf, err := receipt.ReadFile(f)
		require.NoError(t, err)
		require.NoError(t, checked.CheckReceipt(&rf.Receipt, rf.SigningKey), f)
		require.False(t, seen[rf.Receipt.Index], "two receipts for entry %d", rf.Receipt.Index)
		seen[rf.Receipt.Index] = true
	}
	require.Equal(t, n, checked.Joins)
	require.Equal(t, messages, checked.Messages)
	require.Len(t, checked.Entries, n+messages)
	require.Equal(t, uint64(n+messages), checked.Seal.Count)

	t.Logf("load: %d voters, %d commands at once, params %s (census depth %d, state depth %d), GOMAXPROCS %d",
		n, parallel, params.Name, params.CensusDepth, params.StateDepth, runtime.GOMAXPROCS(0))
	t.Logf("vote (prove + submit): %s; %s wall, %.1f votes/s", percentiles(votes), voteWall.Round(time.Millisecond), float64(n)/voteWall.Seconds())
	t.Logf("revote (%d messages in all, sent in order per voter): %s; %s wall, %.1f revotes/s", messages, percentiles(revotes), revoteWall.Round(time.Millisecond), float64(n)/revoteWall.Seconds())
	t.Logf("sealed log: %d entries (joins %d, commands %d), every receipt found", len(checked.Entries), checked.Joins, checked.Messages)
}

// loadParamsAndKeys returns the parameter set for n voters and a keys
// directory with its join+vote and command pass keys: the test set (cached keys) when its
// state tree holds n voters, else the test set with trees deep enough,
// keys made here.
func loadParamsAndKeys(t *testing.T, n int) (circuits.Params, string) {
	params := circuits.TestParams()
	if n <= 1<<params.StateDepth && n <= 1<<params.CensusDepth {
		_, dir := coordtest.Keys(t)
		return params, dir
	}
	depth := bits.Len(uint(n - 1))
	params.Name, params.CensusDepth, params.StateDepth = "load", depth, depth
	params.MaxMessages = max(params.MaxMessages, 8*n) // each voter's 4 identities × 2 command slots
	dir := t.TempDir()
	for _, name := range []string{prover.JoinVote, prover.Pass} {
		k, err := prover.SetupDev(t.Context(), name, params, nil)
		require.NoError(t, err)
		require.NoError(t, k.Save(dir))
	}
	return params, dir
}

// outcome is one command's result and how long it took.
type outcome struct {
	result
	took time.Duration
}

// runConcurrently runs each command line as 'zkvote' would, at most
// parallel at once, all released together, and returns their outcomes in
// order.
func runConcurrently(env map[string]string, lines [][]string, parallel int) []outcome {
	out := make([]outcome, len(lines))
	slots := make(chan struct{}, parallel)
	gate := make(chan struct{})
	var wg sync.WaitGroup
	for i, args := range lines {
		wg.Go(func() {
			<-gate
			slots <- struct{}{}
			defer func() { <-slots }()
			var stdout, stderr bytes.Buffer
			stdin, err := os.Open(os.DevNull)
			if err != nil {
				out[i] = outcome{result: result{code: exitFailure, stderr: err.Error()}}
				return
			}
			defer stdin.Close()
			a := &app{stdin: stdin, stdout: &stdout, stderr: &stderr, getenv: func(k string) string { return env[k] }}
			start := time.Now()
			code := a.execute(args)
			out[i] = outcome{result{code, stdout.String(), stderr.String()}, time.Since(start)}
		})
	}
	close(gate)
	wg.Wait()
	return out
}

// percentiles formats the p50, p95, p99 and max of the outcomes' times
// (nearest rank).
func percentiles(outs []outcome) string {
	ds := make([]time.Duration, len(outs))
	for i, o := range outs {
		ds[i] = o.took
	}
	slices.Sort(ds)
	rank := func(q float64) time.Duration {
		i := int(q*float64(len(ds))+0.999999) - 1
		return ds[min(max(i, 0), len(ds)-1)]
	}
	ms := func(d time.Duration) string { return d.Round(time.Millisecond).String() }
	return fmt.Sprintf("p50 %s, p95 %s, p99 %s, max %s", ms(rank(0.50)), ms(rank(0.95)), ms(rank(0.99)), ms(ds[len(ds)-1]))
}

func voterFile(i int, name string) string { return filepath.Join(fmt.Sprintf("v%04d", i), name) }
