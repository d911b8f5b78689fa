package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/message"
	"github.com/zkvote/zkvote/client"
	"github.com/zkvote/zkvote/coordinator"
	"github.com/zkvote/zkvote/coordinator/coordtest"
	"github.com/zkvote/zkvote/coordinator/server"
	"github.com/zkvote/zkvote/internal/fieldhex"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/receipt"
	"github.com/zkvote/zkvote/verifier"
)

// TestMain lets the test binary stand in for the zkvote binary: tests start
// it as a separate process (which they can kill) with ZKVOTE_AS_CLI=1.
// Tests run without the caller's ZKVOTE_* variables (a passphrase, a keys
// directory, a coordinator address...), which the CLI would read as
// defaults: a test that wants one sets it (t.Setenv, or zkvoteWith's env).
func TestMain(m *testing.M) {
	if os.Getenv("ZKVOTE_AS_CLI") == "1" {
		os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
	}
	for _, kv := range os.Environ() {
		if name, _, _ := strings.Cut(kv, "="); strings.HasPrefix(name, "ZKVOTE_") {
			_ = os.Unsetenv(name)
		}
	}
	os.Exit(m.Run())
}

// TestCallersEnvironmentIsIgnored: TestMain cleared every variable the CLI
// reads, whatever the shell running the tests had set.
func TestCallersEnvironmentIsIgnored(t *testing.T) {
	for _, name := range []string{passphraseEnv, keysEnv, coordinatorEnv, tlsCAEnv, ethKeyEnv, ethPassphraseEnv} {
		_, set := os.LookupEnv(name)
		require.False(t, set, name)
	}
}

type coordProc struct {
	cmd  *exec.Cmd
	addr string
}

// startCoordinator runs `zkvote coordinator` in its own process, with the
// extra flags given, and waits until it accepts connections.
func startCoordinator(t *testing.T, dataDir, keysDir string, extra ...string) *coordProc {
	t.Helper()
	_ = os.Remove(filepath.Join(dataDir, server.AddrFile))
	cmd := exec.Command(os.Args[0], append([]string{"coordinator", "--listen", "127.0.0.1:0", "--data-dir", dataDir, "--keys", keysDir}, extra...)...)
	cmd.Env = append(os.Environ(), "ZKVOTE_AS_CLI=1")
	var logs strings.Builder
	cmd.Stderr = &logs
	require.NoError(t, cmd.Start())
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	var addr string
	require.Eventually(t, func() bool {
		b, err := os.ReadFile(filepath.Join(dataDir, server.AddrFile))
		addr = strings.TrimSpace(string(b))
		return err == nil && addr != ""
	}, 20*time.Second, 20*time.Millisecond, "coordinator did not start: %s", logs.String())
	return &coordProc{cmd: cmd, addr: addr}
}

func TestCoordinatorSurvivesSIGKILL(t *testing.T) {
	_, keysDir := coordtest.Keys(t)
	dataDir := t.TempDir()
	census := coordtest.NewCensus(t, 3)
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()

	proc := startCoordinator(t, dataDir, keysDir)
	token, err := os.ReadFile(filepath.Join(dataDir, coordinator.AdminTokenFile))
	require.NoError(t, err)
	conn, err := client.Dial(proc.addr, client.WithAdminToken(strings.TrimSpace(string(token))))
	require.NoError(t, err)
	pub, err := poll.ReadPublicKey(filepath.Join(dataDir, coordinator.PublicKeyFile))
	require.NoError(t, err)
	def := census.Poll(t, pub)
	id, err := conn.CreatePoll(ctx, def)
	require.NoError(t, err)

	var receipts []*receipt.File
	sub0, rec0 := census.Vote(t, def, 0, 1)
	rf, idx, err := conn.SubmitVote(ctx, sub0)
	require.NoError(t, err)
	receipts = append(receipts, rf)
	sub1, _ := census.Vote(t, def, 1, 0, 2)
	rf, _, err = conn.SubmitVote(ctx, sub1)
	require.NoError(t, err)
	receipts = append(receipts, rf)
	rec0.StateIndex = &idx
	msgs, err := client.KeyChange(def, rec0)
	require.NoError(t, err)
	mr, err := conn.SubmitMessages(ctx, msgs, nil, nil)
	require.NoError(t, err)
	receipts = append(receipts, mr...)
	_ = conn.Close()

	// kill -9: no chance to flush anything
	require.NoError(t, proc.cmd.Process.Signal(syscall.SIGKILL))
	_ = proc.cmd.Wait()

	proc = startCoordinator(t, dataDir, keysDir)
	conn, err = client.Dial(proc.addr, client.WithAdminToken(strings.TrimSpace(string(token))))
	require.NoError(t, err)
	defer conn.Close()
	for _, rf := range receipts { // every receipted entry is there
		r, err := conn.Receipt(ctx, id, rf.Receipt.Index)
		require.NoError(t, err)
		require.Equal(t, rf.Receipt.EntryHash, r.EntryHash)
		require.Equal(t, rf.Receipt.ChainHash, r.ChainHash)
	}
	other0, _ := census.Vote(t, def, 0, 0, 1) // the same member, another join
	_, _, err = conn.SubmitVote(ctx, other0)
	require.Equal(t, codes.AlreadyExists, status.Code(err), "nullifiers are still enforced")
	sub2, _ := census.Vote(t, def, 2, 3)
	rf, _, err = conn.SubmitVote(ctx, sub2)
	require.NoError(t, err)
	require.Equal(t, uint64(len(receipts)), rf.Receipt.Index, "the chain continues")

	// the whole log checks out and holds every receipt
	defID, err := def.ID()
	require.NoError(t, err)
	l := &poll.Log{Poll: poll.Info{ID: defID, Definition: def}, SigningKey: rf.SigningKey}
	require.NoError(t, conn.Log(ctx, id, 0, func(e *poll.Entry) error { l.Entries = append(l.Entries, e); return nil }))
	checked, err := verifier.CheckLog(l, nil)
	require.NoError(t, err)
	for _, r := range append(receipts, rf) {
		require.NoError(t, checked.CheckReceipt(&r.Receipt, r.SigningKey))
	}
}

func TestCoordinatorStopsGracefullyOnSIGTERM(t *testing.T) {
	_, keysDir := coordtest.Keys(t)
	dataDir := t.TempDir()
	proc := startCoordinator(t, dataDir, keysDir)
	require.NoError(t, proc.cmd.Process.Signal(syscall.SIGTERM))
	require.NoError(t, proc.cmd.Wait(), "exit status 0 after a staged shutdown")
}

// TestTallyResumesAfterSIGKILL: a coordinator killed with SIGKILL in the
// middle of proving a tally resumes the job at its next start, proving only
// the batches it had not kept, and ends with proven results whose
// published artefacts check out.
func TestTallyResumesAfterSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("proves a tally in a child process")
	}
	_, keysDir := coordtest.Keys(t)
	coordtest.ProcessingKeys(t)
	dataDir := t.TempDir()
	census := coordtest.NewCensus(t, 3)
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Minute)
	defer cancel()
	proc := startCoordinator(t, dataDir, keysDir)
	token, err := os.ReadFile(filepath.Join(dataDir, coordinator.AdminTokenFile))
	require.NoError(t, err)
	dial := func(p *coordProc) *client.Conn {
		conn, err := client.Dial(p.addr, client.WithAdminToken(strings.TrimSpace(string(token))))
		require.NoError(t, err)
		t.Cleanup(func() { _ = conn.Close() })
		return conn
	}
	conn := dial(proc)
	pub, err := poll.ReadPublicKey(filepath.Join(dataDir, coordinator.PublicKeyFile))
	require.NoError(t, err)
	def := census.ProvenPoll(t, pub)
	id, err := conn.CreatePoll(ctx, def)
	require.NoError(t, err)
	for i, votes := range [][]int64{{1, 0}, {0, 2}, {3, 0}} {
		sub, _ := census.Vote(t, def, i, votes...)
		_, _, err := conn.SubmitVote(ctx, sub)
		require.NoError(t, err)
	}
	for i := range 12 { // commands that do not count: batches to prove
		k, err := babyjub.GenerateKey(nil)
		require.NoError(t, err)
		eph, err := babyjub.GenerateKey(nil)
		require.NoError(t, err)
		cmd := message.Command{StateIndex: uint64(i % 3), NewKey: k.Public(), Nonce: 1}
		epk, ct, _, err := message.SignAndEncrypt(def.Params, id, cmd.Body(def.Params), k, eph, &pub)
		require.NoError(t, err)
		_, err = conn.SubmitMessages(ctx, []*client.Message{{PollID: id, EphemeralKey: epk, Ciphertext: ct}}, nil, nil)
		require.NoError(t, err)
	}
	_, err = conn.ClosePoll(ctx, id)
	require.NoError(t, err)
	_, err = conn.StartTally(ctx, id)
	require.NoError(t, err)
	var before *poll.TallyJob
	require.Eventually(t, func() bool {
		before, err = conn.TallyJob(ctx, id)
		return err == nil && before.ProofsDone >= 1
	}, 3*time.Minute, 20*time.Millisecond)
	require.Less(t, before.ProofsDone, before.Proofs, "the job ended before it could be killed")

	require.NoError(t, proc.cmd.Process.Signal(syscall.SIGKILL))
	_ = proc.cmd.Wait()
	proc = startCoordinator(t, dataDir, keysDir)
	conn = dial(proc)
	resumed, err := conn.TallyJob(ctx, id)
	require.NoError(t, err)
	require.GreaterOrEqual(t, resumed.ProofsDone, before.ProofsDone, "the proofs made before the kill are kept")
	var job *poll.TallyJob
	require.Eventually(t, func() bool {
		job, err = conn.TallyJob(ctx, id)
		return err == nil && job.State != poll.JobRunning
	}, 4*time.Minute, 50*time.Millisecond)
	require.Equal(t, poll.JobDone, job.State, job.Error)
	res, err := conn.Results(ctx, id)
	require.NoError(t, err)
	require.True(t, res.Proven)
	require.Equal(t, "[4 2]", fmt.Sprint(res.Totals))
	files, err := conn.Artefacts(ctx, id)
	require.NoError(t, err)
	dir := t.TempDir()
	require.NoError(t, poll.WriteArtefacts(dir, files, false))
	p, err := verifier.CheckPublished(dir)
	require.NoError(t, err)
	require.Equal(t, "[4 2]", fmt.Sprint(p.Results.Totals))

	// The standalone tally on the stopped coordinator's data directory
	// writes the same published result.
	require.NoError(t, proc.cmd.Process.Signal(syscall.SIGTERM))
	_ = proc.cmd.Wait()
	out := filepath.Join(t.TempDir(), "out")
	r := zkvote(t, "tally", "--data-dir", dataDir, "--poll", fieldhex.Encode(id), "--out", out, "--keys", keysDir)
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "verified: yes")
	require.Contains(t, r.stdout, "yes: 4")
}

// TestVoteResendsAfterAnUnknownOutcome: a vote whose submission never got
// an answer keeps its record and submission; running the same 'zkvote
// vote' again resends that submission (no new proof) and gets its receipt,
// and once more is refused as done.
func TestVoteResendsAfterAnUnknownOutcome(t *testing.T) {
	_, keysDir := coordtest.Keys(t)
	dataDir, dir := t.TempDir(), t.TempDir()
	p := func(name string) string { return filepath.Join(dir, name) }
	census := coordtest.NewCensus(t, 2)
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	proc := startCoordinator(t, dataDir, keysDir)
	token, err := os.ReadFile(filepath.Join(dataDir, coordinator.AdminTokenFile))
	require.NoError(t, err)
	conn, err := client.Dial(proc.addr, client.WithAdminToken(strings.TrimSpace(string(token))))
	require.NoError(t, err)
	defer conn.Close()
	pub, err := poll.ReadPublicKey(filepath.Join(dataDir, coordinator.PublicKeyFile))
	require.NoError(t, err)
	def := census.Poll(t, pub)
	id, err := conn.CreatePoll(ctx, def)
	require.NoError(t, err)

	// The first attempt reaches no coordinator.
	dead, err := client.Dial("127.0.0.1:1")
	require.NoError(t, err)
	defer dead.Close()
	sub, rec := census.Vote(t, def, 0, 1)
	_, err = dead.Cast(ctx, sub, rec, p("v.receipt.record.json"), p("v.receipt.json"))
	require.ErrorIs(t, err, client.ErrMaybeLogged)
	require.FileExists(t, p("v.receipt.submission.json"))

	vote := func() result {
		return zkvote(t, "vote", "--coordinator", proc.addr, "--poll", fieldhex.Encode(id), "--identity", p("unused.json"),
			"--census", p("unused-census.json"), "--choice", "yes", "--receipt", p("v.receipt.json"))
	}
	r := vote()
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "resending the vote saved")
	got, err := client.ReadRecord(p("v.receipt.record.json"))
	require.NoError(t, err)
	require.NotNil(t, got.StateIndex)
	rf, err := receipt.ReadFile(p("v.receipt.json"))
	require.NoError(t, err)
	require.Equal(t, uint64(0), rf.Receipt.Index)
	// The same join sent once more (a lost answer) gets the same receipt.
	again, _, err := conn.SubmitVote(ctx, sub)
	require.NoError(t, err)
	require.Equal(t, rf.Receipt.ChainHash, again.Receipt.ChainHash)
	requireFailure(t, vote(), exitFailure, "exists")

	// A submission made offline is sent with 'zkvote submit'.
	osub, orec := census.Vote(t, def, 1, 0, 1)
	require.NoError(t, osub.WriteFile(p("o.json"), false))
	require.NoError(t, orec.WriteFile(p("o.record.json"), false))
	submit := func() result {
		return zkvote(t, "submit", "--coordinator", proc.addr, "--submission", p("o.json"), "--receipt", p("o.receipt.json"))
	}
	r = submit()
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "accepted: entry 1")
	orec2, err := client.ReadRecord(p("o.record.json"))
	require.NoError(t, err)
	require.NotNil(t, orec2.StateIndex)
	require.Equal(t, uint64(1), *orec2.StateIndex)
	requireFailure(t, submit(), exitFailure, "exists")
}
