package prover_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/joinvote/jvtest"
	"github.com/zkvote/zkvote/prover"
)

func TestSetupSaveLoadProve(t *testing.T) {
	params := circuits.TestParams()
	keys, err := prover.SetupDev(t.Context(), prover.JoinVote, params, nil)
	require.NoError(t, err)
	require.True(t, keys.Manifest.DevSetup)
	require.Equal(t, 3, keys.Manifest.PublicVars)

	dir := t.TempDir()
	require.NoError(t, keys.Save(dir))
	base, err := prover.FileBase(prover.JoinVote, params)
	require.NoError(t, err)
	for _, ext := range []string{"ccs", "pk", "vk", "json"} {
		require.FileExists(t, filepath.Join(dir, base+"."+ext))
	}

	loaded, err := prover.Load(dir, prover.JoinVote, params)
	require.NoError(t, err)
	require.Equal(t, keys.Manifest.Constraints, loaded.Manifest.Constraints)

	f := jvtest.New(t, params, joinvote.ModeQuadratic, 25, 3, 4)
	_, err = loaded.Prove(f.Witness(t).Assignment, nil)
	require.NoError(t, err)

	// An unsatisfiable witness is refused with ErrProve.
	bad := f.Witness(t).Assignment
	bad.Votes[0] = 5
	_, err = loaded.Prove(bad, nil)
	require.ErrorIs(t, err, prover.ErrProve)

	// Keys for another parameter set are not found, and the error says how to make them.
	other := params
	other.CensusDepth++
	_, err = prover.Load(dir, prover.JoinVote, other)
	require.ErrorIs(t, err, prover.ErrNoKeys)
	require.Contains(t, err.Error(), "zkvote setup")

	// A corrupted key file is refused.
	pk := filepath.Join(dir, base+".pk")
	data, err := os.ReadFile(pk)
	require.NoError(t, err)
	data[len(data)/2] ^= 1
	require.NoError(t, os.WriteFile(pk, data, 0o644))
	_, err = prover.Load(dir, prover.JoinVote, params)
	require.ErrorIs(t, err, prover.ErrKeyMismatch)
	// The verifying key alone still loads: it was not touched.
	_, _, err = prover.LoadVerifyingKey(dir, prover.JoinVote, params)
	require.NoError(t, err)

	// A proving key whose blinding point is the identity (which would let a
	// proof carry private wires in the clear) is refused, even with hashes
	// that match its manifest.
	keys.PK.(*groth16bn254.ProvingKey).G1.Delta.X.SetZero()
	keys.PK.(*groth16bn254.ProvingKey).G1.Delta.Y.SetZero()
	hostile := t.TempDir()
	require.NoError(t, keys.Save(hostile))
	_, err = prover.Load(hostile, prover.JoinVote, params)
	require.ErrorIs(t, err, prover.ErrKeyMismatch)
	require.Contains(t, err.Error(), "δ")

	// Keys are checked against the verifying key a poll pins.
	require.NoError(t, prover.CheckPinned(keys.Manifest, keys.VerifyingKeyDigest()))
	require.ErrorIs(t, prover.CheckPinned(keys.Manifest, "00"), prover.ErrKeyMismatch)

	_, err = prover.Fingerprint("nope", params)
	require.ErrorIs(t, err, prover.ErrUnknownCircuit)
}

func TestFingerprintDependsOnParams(t *testing.T) {
	a, err := prover.Fingerprint(prover.JoinVote, circuits.Defaults())
	require.NoError(t, err)
	b, err := prover.Fingerprint(prover.JoinVote, circuits.TestParams())
	require.NoError(t, err)
	require.NotEqual(t, a, b)
}

// TestLocalRunner: the in-process runner proves a task for a circuit it
// holds keys for (the proof verifies), refuses others and an unsatisfiable
// witness, and gives up when its context ends while it waits for a slot.
func TestLocalRunner(t *testing.T) {
	params := circuits.TestParams()
	keys, err := prover.SetupDev(t.Context(), prover.JoinVote, params, nil)
	require.NoError(t, err)
	r := prover.NewLocal([]*prover.Keys{keys}, 1, nil)
	f := jvtest.New(t, params, joinvote.ModeWeighted, 5, 2, 1)
	w := f.Witness(t)
	proof, err := r.Prove(t.Context(), prover.Task{Circuit: prover.JoinVote, Assignment: w.Assignment})
	require.NoError(t, err)
	require.NotEmpty(t, proof)

	_, err = r.Prove(t.Context(), prover.Task{Circuit: "other", Assignment: w.Assignment})
	require.ErrorIs(t, err, prover.ErrNoKeys)
	bad := f.Witness(t).Assignment
	bad.Votes[0] = 5
	_, err = r.Prove(t.Context(), prover.Task{Circuit: prover.JoinVote, Assignment: bad})
	require.ErrorIs(t, err, prover.ErrProve)

	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	_, err = r.Prove(ctx, prover.Task{Circuit: prover.JoinVote, Assignment: w.Assignment})
	require.ErrorIs(t, err, context.Canceled)
}
