package benchmarks

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/joinvote/jvtest"
	"github.com/zkvote/zkvote/prover"
	"github.com/zkvote/zkvote/verifier"
)

func setup(b *testing.B, depth int) (*prover.Keys, *jvtest.Fixture) {
	params := circuits.Defaults()
	params.CensusDepth = depth
	keys, err := prover.SetupDev(b.Context(), prover.JoinVote, params, nil)
	require.NoError(b, err)
	return keys, jvtest.New(b, params, joinvote.ModeQuadratic, 25, 3, 4)
}

// BenchmarkJoinVoteProve measures a voter's proof (witness building, proving
// and the prover's self-check) at census depths 10, 20 and 32.
func BenchmarkJoinVoteProve(b *testing.B) {
	for _, depth := range []int{10, 20, 32} {
		b.Run(fmt.Sprintf("depth-%d", depth), func(b *testing.B) {
			keys, f := setup(b, depth)
			b.ResetTimer()
			for b.Loop() {
				w, err := joinvote.NewWitness(f.Params, &f.Poll, &f.Priv)
				require.NoError(b, err)
				_, err = keys.Prove(w.Assignment, nil)
				require.NoError(b, err)
			}
			b.ReportMetric(float64(keys.Manifest.Constraints), "constraints")
		})
	}
}

// BenchmarkJoinVoteVerify measures what intake does per submission: parse
// the proof, check the statement's hashes and keys, verify the proof.
func BenchmarkJoinVoteVerify(b *testing.B) {
	keys, f := setup(b, 20)
	w := f.Witness(b)
	proof, err := keys.Prove(w.Assignment, nil)
	require.NoError(b, err)
	pb, err := prover.ProofBytes(proof)
	require.NoError(b, err)
	b.ResetTimer()
	for b.Loop() {
		require.NoError(b, verifier.VerifyJoinVote(keys.VK, f.Params, &f.Poll, pb, &w.Statement))
	}
}
