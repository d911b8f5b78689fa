package process_test

import (
	"fmt"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/internal/golden"
	"github.com/zkvote/zkvote/circuits/process"
)

// maciParams is MACI's comparison point (25 options) at a state depth.
func maciParams(depth, commands, joins int) circuits.Params {
	p := circuits.Defaults()
	p.Name, p.StateDepth, p.MaxVoteOptions, p.MessageBatchSize, p.TallyBatchSize = "maci", depth, 25, commands, joins
	p.CommandProofs = false // signed commands; the tests set it for the other reading
	return p
}

func commandCircuitFor(t testing.TB, p circuits.Params) *process.CommandCircuit {
	c, err := process.NewCommandCircuit(p)
	require.NoError(t, err)
	return c
}

func joinsCircuitFor(t testing.TB, p circuits.Params) *process.JoinsCircuit {
	c, err := process.NewJoinsCircuit(p)
	require.NoError(t, err)
	return c
}

// TestNoCommitment: the circuits are verified on-chain, so none may carry
// a BSB22 commitment (no fake-GLV ScalarMul, no log-derivative lookups).
func TestNoCommitment(t *testing.T) {
	p := circuits.TestParams()
	s, err := process.ShapeFor(p)
	require.NoError(t, err)
	cc, err := process.NewCommandCircuit(p)
	require.NoError(t, err)
	for name, c := range map[string]frontend.Circuit{"split": process.NewSplitCircuit(s), "joins": joinsCircuitFor(t, p), "commands": cc,
		"commands with command proofs": commandCircuitFor(t, circuits.TestProofParams())} {
		ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
		require.NoError(t, err)
		require.Empty(t, ccs.GetCommitments().CommitmentIndexes(), "%s carries a commitment", name)
		require.Equal(t, 1, ccs.GetNbPublicVariables()-1, "%s has one public input", name)
	}
}

// TestConstraintCounts pins the circuits' sizes (testdata/constraints.golden,
// refresh with -update). At MACI's comparison point (25 options) the cost
// per command is the difference between batches of 2 and 1, per join the
// difference between batches of 16 and 4 over 12.
func TestConstraintCounts(t *testing.T) {
	p := circuits.TestParams()
	s, err := process.ShapeFor(p)
	require.NoError(t, err)
	golden.CheckConstraints(t, "test-split", process.NewSplitCircuit(s))
	golden.CheckConstraints(t, "test-joins", joinsCircuitFor(t, p))
	golden.CheckConstraints(t, "test-commands", commandCircuitFor(t, p))
	golden.CheckConstraints(t, "test-proofs-commands", commandCircuitFor(t, circuits.TestProofParams()))
	if testing.Short() {
		t.Skip("the 25-option circuits take a while to compile")
	}
	for _, d := range []int{10, 14, 16} {
		one := golden.CheckConstraints(t, fmt.Sprintf("maci-depth-%d-commands-1", d), commandCircuitFor(t, maciParams(d, 1, 4)))
		two := golden.CheckConstraints(t, fmt.Sprintf("maci-depth-%d-commands-2", d), commandCircuitFor(t, maciParams(d, 2, 4)))
		t.Logf("depth %d, 25 options: %d R1CS per command", d, two.R1CS-one.R1CS)
		pp1, pp2 := maciParams(d, 1, 4), maciParams(d, 2, 4)
		pp1.CommandProofs, pp2.CommandProofs = true, true
		one = golden.CheckConstraints(t, fmt.Sprintf("maci-depth-%d-proven-commands-1", d), commandCircuitFor(t, pp1))
		two = golden.CheckConstraints(t, fmt.Sprintf("maci-depth-%d-proven-commands-2", d), commandCircuitFor(t, pp2))
		t.Logf("depth %d, 25 options, command proofs: %d R1CS per command", d, two.R1CS-one.R1CS)
		four := golden.CheckConstraints(t, fmt.Sprintf("maci-depth-%d-joins-4", d), joinsCircuitFor(t, maciParams(d, 1, 4)))
		sixteen := golden.CheckConstraints(t, fmt.Sprintf("maci-depth-%d-joins-16", d), joinsCircuitFor(t, maciParams(d, 1, 16)))
		t.Logf("depth %d, 25 options: %d R1CS per join", d, (sixteen.R1CS-four.R1CS)/12)
	}
	e8 := golden.CheckConstraints(t, "split-8", process.NewSplitCircuit(process.Shape{Entries: 8}))
	e16 := golden.CheckConstraints(t, "split-16", process.NewSplitCircuit(process.Shape{Entries: 16}))
	t.Logf("split: %d R1CS per log entry", (e16.R1CS-e8.R1CS)/8)
}
