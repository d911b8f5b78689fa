package coordinator_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/client"
	"github.com/zkvote/zkvote/coordinator"
	"github.com/zkvote/zkvote/coordinator/coordtest"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/prover"
	"github.com/zkvote/zkvote/verifier"
)

// TestProvenTally: real voters join, re-vote and change keys; the closed
// poll's tally job proves every batch; the results are proven only then,
// and the published artefacts check out from files alone — and fail, saying
// where, when a total or a proof is altered.
func TestProvenTally(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("proves a tally (minutes under the race detector)")
	}
	e := newEnv(t, 3)
	ctx := t.Context()
	def := e.census.ProvenPoll(t, e.keys.Coordinator.Public())
	id, err := e.svc.CreatePoll(def)
	require.NoError(t, err)

	sub0, rec0 := e.census.Vote(t, def, 0, 1, 0) // weight 1: yes
	_, idx0, err := e.svc.SubmitVote(ctx, id, &sub0.Statement, sub0.Proof, nil)
	require.NoError(t, err)
	rec0.StateIndex = &idx0
	sub1, _ := e.census.Vote(t, def, 1, 0, 2) // weight 2: no
	_, _, err = e.svc.SubmitVote(ctx, id, &sub1.Statement, sub1.Proof, nil)
	require.NoError(t, err)
	msgs, err := client.Revote(def, rec0, bigs(0, 1)) // voter 0 moves to no
	require.NoError(t, err)
	for _, m := range msgs {
		_, err := e.svc.SubmitMessage(ctx, id, m.EphemeralKey, m.Ciphertext, nil)
		require.NoError(t, err)
	}
	eph, ct := command(t, def, id, 5) // a command that does not count
	_, err = e.svc.SubmitMessage(ctx, id, eph, ct, nil)
	require.NoError(t, err)
	files, _, p := tallyAndPublish(t, e, id, "[0 3]")
	require.Equal(t, uint64(2), p.Joins)

	// A changed total fails.
	tampered := t.TempDir()
	require.NoError(t, poll.WriteArtefacts(tampered, files, false))
	r, err := poll.ReadResultsFile(filepath.Join(tampered, poll.ResultsFileName))
	require.NoError(t, err)
	r.Results.Totals[1].SetInt64(4)
	require.NoError(t, r.WriteFile(filepath.Join(tampered, poll.ResultsFileName), true))
	_, err = verifier.CheckPublished(tampered)
	require.ErrorIs(t, err, verifier.ErrTally)
	require.ErrorContains(t, err, "option 2")

	// So does one flipped byte in a batch proof.
	r.Results.Totals[1].SetInt64(3)
	r.Tally.Commands[0].Proof[len(r.Tally.Commands[0].Proof)/2] ^= 1
	require.NoError(t, r.WriteFile(filepath.Join(tampered, poll.ResultsFileName), true))
	_, err = verifier.CheckPublished(tampered)
	require.ErrorIs(t, err, verifier.ErrTally)
	require.ErrorContains(t, err, "process-commands batch 0")

	// And a swapped verifying key.
	require.NoError(t, poll.WriteArtefacts(tampered, files, true))
	vk := filepath.Join(tampered, filepath.FromSlash(poll.KeyFileName("process-joins")))
	other, err := os.ReadFile(filepath.Join(tampered, filepath.FromSlash(poll.KeyFileName("process-split"))))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(vk, other, 0o644))
	_, err = verifier.CheckPublished(tampered)
	require.ErrorContains(t, err, "pins")

	// Every other tampering fails too, naming the file and the place.
	for name, c := range map[string]struct {
		mutate func(l *poll.Log, r *poll.ResultsFile)
		want   string
	}{
		"a dropped message": {func(l *poll.Log, _ *poll.ResultsFile) { l.Entries = l.Entries[:len(l.Entries)-1] }, "seal"},
		"reordered messages": {func(l *poll.Log, _ *poll.ResultsFile) {
			n := len(l.Entries)
			l.Entries[n-1], l.Entries[n-2] = l.Entries[n-2], l.Entries[n-1]
		}, "index"},
		"an added message":     {func(l *poll.Log, _ *poll.ResultsFile) { l.Entries = append(l.Entries, l.Entries[len(l.Entries)-1]) }, "index"},
		"another poll's tally": {func(_ *poll.Log, r *poll.ResultsFile) { r.PollID.SetUint64(7) }, "another poll"},
		"another sealed chain": {func(_ *poll.Log, r *poll.ResultsFile) { r.ChainHash.SetUint64(7) }, "another log"},
		"swapped batch proofs": {func(_ *poll.Log, r *poll.ResultsFile) { r.Tally.Joins[0].Proof = r.Tally.Splits[0].Proof }, "process-joins batch 0"},
		"a dropped batch":      {func(_ *poll.Log, r *poll.ResultsFile) { r.Tally.Commands = r.Tally.Commands[1:] }, "command"},
		"another final state":  {func(_ *poll.Log, r *poll.ResultsFile) { r.Tally.Final.Blinded.SetUint64(1) }, "does not open"},
		"participation":        {func(_ *poll.Log, r *poll.ResultsFile) { r.Joins++ }, "participation"},
		"unproven":             {func(_ *poll.Log, r *poll.ResultsFile) { r.Results.Proven = false }, "not proven"},
	} {
		dir := t.TempDir()
		require.NoError(t, poll.WriteArtefacts(dir, files, false))
		l, err := poll.ReadLogFile(filepath.Join(dir, poll.LogFileName))
		require.NoError(t, err)
		r, err := poll.ReadResultsFile(filepath.Join(dir, poll.ResultsFileName))
		require.NoError(t, err)
		c.mutate(l, r)
		require.NoError(t, l.WriteFile(filepath.Join(dir, poll.LogFileName), true))
		require.NoError(t, r.WriteFile(filepath.Join(dir, poll.ResultsFileName), true))
		_, err = verifier.CheckPublished(dir)
		require.ErrorContains(t, err, c.want, name)
	}

	// The job survives a restart as done, results unchanged.
	e.restart(t)
	again, err := e.svc.Results(id)
	require.NoError(t, err)
	require.True(t, again.Proven)
}

// TestTallyWithoutProvingKeys: a poll pinning processing keys that the
// coordinator does not have fails its tally job with the next step to
// take, and no results appear: never unproven ones for a proven poll.
// TestProvenTallyWithCommandProofs: in a poll whose commands carry command
// proofs, real voters join and re-vote (their clients prove each command);
// intake refuses a command without its proof or with another command's;
// the tally proves every batch, opening commands instead of decrypting
// them, and the published artefacts check out from files alone, every
// command proof included, and not with one command proof altered.
func TestProvenTallyWithCommandProofs(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("proves a tally")
	}
	e := newEnv(t, 3)
	ctx := t.Context()
	def := e.census.ProofsPoll(t, e.keys.Coordinator.Public())
	id, err := e.svc.CreatePoll(def)
	require.NoError(t, err)
	keys, _ := coordtest.ProofsKeys(t)

	sub0, rec0 := e.census.Vote(t, def, 0, 1, 0) // weight 1: yes
	_, idx0, err := e.svc.SubmitVote(ctx, id, &sub0.Statement, sub0.Proof, nil)
	require.NoError(t, err)
	rec0.StateIndex = &idx0
	sub2, _ := e.census.Vote(t, def, 2, 0, 3) // weight 3: no
	_, _, err = e.svc.SubmitVote(ctx, id, &sub2.Statement, sub2.Proof, nil)
	require.NoError(t, err)
	msgs, err := client.Revote(def, rec0, bigs(0, 1)) // voter 0 moves to no
	require.NoError(t, err)
	require.NoError(t, client.ProveCommands(keys[prover.Command], def, msgs))
	require.GreaterOrEqual(t, len(msgs), 2)

	// Refused: no proof (a client from before command proofs), and a proof
	// moved to another command.
	_, err = e.svc.SubmitMessage(ctx, id, msgs[0].EphemeralKey, msgs[0].Ciphertext, nil)
	require.ErrorIs(t, err, coordinator.ErrInvalid)
	moved := *msgs[0]
	moved.Proof = msgs[1].Proof
	_, err = e.svc.SubmitCommand(ctx, id, &poll.Command{EphemeralKey: moved.EphemeralKey, Ciphertext: moved.Ciphertext, Opening: moved.Opening, Proof: moved.Proof}, nil)
	require.ErrorIs(t, err, coordinator.ErrInvalidProof)

	for _, m := range msgs {
		_, err := e.svc.SubmitCommand(ctx, id, &poll.Command{EphemeralKey: m.EphemeralKey, Ciphertext: m.Ciphertext, Opening: m.Opening, Proof: m.Proof}, nil)
		require.NoError(t, err)
	}
	_, dir, p := tallyAndPublish(t, e, id, "[0 4]")
	require.Equal(t, len(msgs), p.Log.Messages)

	// One flipped byte of a command proof in the published log fails.
	l, err := poll.ReadLogFile(filepath.Join(dir, poll.LogFileName))
	require.NoError(t, err)
	last := l.Entries[len(l.Entries)-1].Command
	last.Proof[len(last.Proof)/2] ^= 1
	require.NoError(t, l.WriteFile(filepath.Join(dir, poll.LogFileName), true))
	_, err = verifier.CheckPublished(dir)
	require.ErrorIs(t, err, verifier.ErrLog)
	require.ErrorContains(t, err, fmt.Sprintf("entry %d", len(l.Entries)-1))
}

// tallyAndPublish closes the poll, runs its tally job to the end, checks
// the results are proven with totals want, writes the published artefacts
// to a directory and checks them from the files alone.
func tallyAndPublish(t *testing.T, e *env, id fr.Element, want string) ([]poll.Artefact, string, *verifier.Published) {
	t.Helper()
	_, err := e.svc.ClosePoll(id)
	require.NoError(t, err)
	_, err = e.svc.StartTally(id)
	require.NoError(t, err)
	job, err := e.svc.WaitTally(t.Context(), id)
	require.NoError(t, err)
	require.Equal(t, poll.JobDone, job.State, job.Error)
	require.Equal(t, job.Proofs, job.ProofsDone)
	require.Positive(t, job.Proofs)
	res, err := e.svc.Results(id)
	require.NoError(t, err)
	require.True(t, res.Proven)
	require.Equal(t, want, fmt.Sprint(res.Totals))
	files, err := e.svc.Artefacts(id)
	require.NoError(t, err)
	dir := t.TempDir()
	require.NoError(t, poll.WriteArtefacts(dir, files, false))
	p, err := verifier.CheckPublished(dir)
	require.NoError(t, err)
	require.Equal(t, want, fmt.Sprint(p.Results.Totals))
	return files, dir, p
}

func TestTallyWithoutProvingKeys(t *testing.T) {
	e := newEnv(t, 1)
	// A keys directory with the join+vote keys only.
	only := t.TempDir()
	files, err := filepath.Glob(filepath.Join(e.cfg.KeysDir, "joinvote-*"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(only, filepath.Base(f)), b, 0o644))
	}
	e.cfg.KeysDir = only
	e.restart(t)
	def := e.census.Poll(t, e.keys.Coordinator.Public())
	def.ProcessingKeys = map[string]string{}
	for _, name := range []string{"process-split", "process-joins", "process-commands"} {
		def.ProcessingKeys[name] = strings.Repeat("ab", 32)
	}
	id, err := e.svc.CreatePoll(def)
	require.NoError(t, err)
	_, err = e.svc.ClosePoll(id)
	require.NoError(t, err)
	_, err = e.svc.StartTally(id)
	require.NoError(t, err)
	job, err := e.svc.WaitTally(t.Context(), id)
	require.NoError(t, err)
	require.Equal(t, poll.JobFailed, job.State)
	require.Contains(t, job.Error, "zkvote setup")
	_, err = e.svc.Results(id)
	require.ErrorIs(t, err, coordinator.ErrNotTallied)
}
