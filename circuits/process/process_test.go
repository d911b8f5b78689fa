package process_test

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/test"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/message"
	"github.com/zkvote/zkvote/circuits/process"
)

func TestSmoke(t *testing.T) {
	w := newWorld(t, circuits.TestParams(), joinvote.ModeWeighted, 3, 10, 5, 7)
	w.join(t, 0, 3, 0, 7)
	w.send(t, w.keys[0], message.Command{StateIndex: 0, Option: 1, Weight: big.NewInt(0), Nonce: 1})
	w.join(t, 1, 0, 5)
	w.send(t, w.keys[0], message.Command{StateIndex: 0, Option: 2, Weight: big.NewInt(1), Nonce: 1})
	w.process(t)
	wit := w.witness(t)
	field := ecc.BN254.ScalarField()
	t.Logf("batches: %d splits, %d joins, %d commands, outcomes %v", len(wit.Splits), len(wit.Joins), len(wit.Commands), w.proc.Outcomes())
	for i, b := range wit.Splits {
		require.NoError(t, test.IsSolved(process.NewSplitCircuit(wit.Shape), b.Assignment, field), "split %d", i)
	}
	jc, err := process.NewJoinsCircuit(w.params)
	require.NoError(t, err)
	for i, b := range wit.Joins {
		require.NoError(t, test.IsSolved(jc, b.Assignment, field), "joins %d", i)
	}
	cc, err := process.NewCommandCircuit(w.params)
	require.NoError(t, err)
	for i, b := range wit.Commands {
		require.NoError(t, test.IsSolved(cc, b.Assignment, field), "commands %d", i)
	}
}
