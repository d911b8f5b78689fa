package process_test

import (
	"fmt"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/process"
)

// maciParams is MACI's comparison point: 25 options, the given state depth.
func maciParams(depth, commands, joins int) circuits.Params {
	p := circuits.Defaults()
	p.Name, p.StateDepth, p.MaxVoteOptions, p.MessageBatchSize, p.TallyBatchSize = "maci", depth, 25, commands, joins
	return p
}

func r1csCount(t testing.TB, c frontend.Circuit) int {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
	require.NoError(t, err)
	require.Empty(t, ccs.GetCommitments().CommitmentIndexes(), "no BSB22 commitment")
	return ccs.GetNbConstraints()
}

func TestMeasure(t *testing.T) {
	for _, d := range []int{10} {
		c1, err := process.NewCommandCircuit(maciParams(d, 1, 2))
		require.NoError(t, err)
		c2, err := process.NewCommandCircuit(maciParams(d, 2, 2))
		require.NoError(t, err)
		n1, n2 := r1csCount(t, c1), r1csCount(t, c2)
		fmt.Printf("depth %d: batch1 %d batch2 %d per command %d\n", d, n1, n2, n2-n1)
	}
}
