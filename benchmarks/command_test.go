package benchmarks

import (
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/command"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/joinvote/jvtest"
)

// BenchmarkCommandProve measures what the command proof (circuits/command,
// designed to take EdDSA and ECDH off the processing proofs; not in use
// yet) would add to each of a voter's commands: encryption, the witness and
// the Groth16 proof, on dev keys made here.
func BenchmarkCommandProve(b *testing.B) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, command.NewCircuit())
	require.NoError(b, err)
	pk, _, err := groth16.Setup(ccs)
	require.NoError(b, err)
	f := jvtest.New(b, circuits.Defaults(), joinvote.ModeWeighted, 10, 1)
	priv := jvtest.Command(b)
	b.ResetTimer()
	for b.Loop() {
		w, err := command.NewWitness(circuits.Defaults(), &f.Poll, priv)
		require.NoError(b, err)
		full, err := frontend.NewWitness(w.Assignment, ecc.BN254.ScalarField())
		require.NoError(b, err)
		_, err = groth16.Prove(ccs, pk, full)
		require.NoError(b, err)
	}
	b.ReportMetric(float64(ccs.GetNbConstraints()), "constraints")
}
