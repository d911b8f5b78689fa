package benchmarks

import (
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/merkle"
	"github.com/zkvote/zkvote/circuits/ratelimit"
	"github.com/zkvote/zkvote/prover"
	"github.com/zkvote/zkvote/verifier"
)

// passFixture is a full default-depth rate tree's worth of path for one
// voter's rate set, and dev keys for the pass circuit.
func passFixture(b *testing.B) (*prover.Keys, *ratelimit.Set, merkle.Proof) {
	params := circuits.Defaults()
	keys, err := prover.SetupDev(b.Context(), prover.Pass, params, nil)
	require.NoError(b, err)
	set, err := ratelimit.NewSet(ratelimit.Identities, nil)
	require.NoError(b, err)
	leaves := make([]fr.Element, 1000)
	for i := range leaves {
		leaves[i].SetUint64(uint64(i + 1))
	}
	leaves[500] = set.Leaf()
	tree, err := merkle.FromLeaves(params.StateDepth, leaves)
	require.NoError(b, err)
	path, err := tree.Prove(500)
	require.NoError(b, err)
	return keys, set, path
}

// BenchmarkPassProve measures what a voter's client adds to each command in
// a poll with command passes: the witness and the Groth16 proof of the
// pass (default parameter set: a rate tree of depth 14).
func BenchmarkPassProve(b *testing.B) {
	keys, set, path := passFixture(b)
	poll, cmd := fr.NewElement(1), fr.NewElement(2)
	b.ResetTimer()
	for b.Loop() {
		w, err := ratelimit.NewWitness(poll, set, 1, path, 0, 2, cmd)
		require.NoError(b, err)
		_, err = keys.Prove(w.Assign(), nil)
		require.NoError(b, err)
	}
	b.ReportMetric(float64(keys.Manifest.Constraints), "constraints")
}

// BenchmarkPassVerify measures intake's check of one pass, through the
// batcher intake uses, one pass at a time.
func BenchmarkPassVerify(b *testing.B) {
	keys, set, path := passFixture(b)
	w, err := ratelimit.NewWitness(fr.NewElement(1), set, 1, path, 0, 2, fr.NewElement(2))
	require.NoError(b, err)
	proof, err := keys.Prove(w.Assign(), nil)
	require.NoError(b, err)
	pb, err := prover.ProofBytes(proof)
	require.NoError(b, err)
	bt := verifier.NewBatcher(1, 1, time.Microsecond)
	defer bt.Close()
	b.ResetTimer()
	for b.Loop() {
		p, err := verifier.ParseProof(pb)
		require.NoError(b, err)
		require.NoError(b, bt.Verify(b.Context(), keys.VK, p, w.PublicInputs()))
	}
}
