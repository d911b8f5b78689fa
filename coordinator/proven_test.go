package coordinator_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/client"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/verifier"
)

// TestProvenTally: real voters join, re-vote and change keys; the closed
// poll's tally job proves every batch; the results are proven only then,
// and the published artefacts check out from files alone — and fail, saying
// where, when a total or a proof is altered.
func TestProvenTally(t *testing.T) {
	if testing.Short() {
		t.Skip("proves a tally")
	}
	e := newEnv(t, 3)
	ctx := t.Context()
	def := e.census.ProvenPoll(t, e.keys.Coordinator.Public())
	id, err := e.svc.CreatePoll(def)
	require.NoError(t, err)

	sub0, rec0 := e.census.Vote(t, def, 0, 1, 0) // weight 1: yes
	_, idx0, err := e.svc.SubmitVote(ctx, id, &sub0.Statement, sub0.Proof)
	require.NoError(t, err)
	rec0.StateIndex = &idx0
	sub1, _ := e.census.Vote(t, def, 1, 0, 2) // weight 2: no
	_, _, err = e.svc.SubmitVote(ctx, id, &sub1.Statement, sub1.Proof)
	require.NoError(t, err)
	msgs, err := client.Revote(def, rec0, bigs(0, 1)) // voter 0 moves to no
	require.NoError(t, err)
	for _, m := range msgs {
		_, err := e.svc.SubmitMessage(ctx, id, m.EphemeralKey, m.Ciphertext)
		require.NoError(t, err)
	}
	eph, ct := command(t, def, id, 5) // a command that does not count
	_, err = e.svc.SubmitMessage(ctx, id, eph, ct)
	require.NoError(t, err)
	_, err = e.svc.ClosePoll(id)
	require.NoError(t, err)
	_, err = e.svc.StartTally(id)
	require.NoError(t, err)
	job, err := e.svc.WaitTally(ctx, id)
	require.NoError(t, err)
	require.Equal(t, poll.JobDone, job.State, job.Error)
	res, err := e.svc.Results(id)
	require.NoError(t, err)
	require.True(t, res.Proven)
	require.Equal(t, "[0 3]", fmt.Sprint(res.Totals))
	require.Equal(t, job.Proofs, job.ProofsDone)
	require.Positive(t, job.Proofs)

	files, err := e.svc.Artefacts(id)
	require.NoError(t, err)
	dir := t.TempDir()
	require.NoError(t, poll.WriteArtefacts(dir, files, false))
	p, err := verifier.CheckPublished(dir)
	require.NoError(t, err)
	require.Equal(t, "[0 3]", fmt.Sprint(p.Results.Totals))
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

	// The job survives a restart as done, results unchanged.
	e.restart(t)
	again, err := e.svc.Results(id)
	require.NoError(t, err)
	require.True(t, again.Proven)
}
