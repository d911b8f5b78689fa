package process_test

import (
	"testing"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/internal/golden"
	"github.com/zkvote/zkvote/circuits/process"
)

// TestGroth16 proves one batch of each kind with the real backend (dev
// setup) and verifies it against its one public input, Ends.Hash().
func TestGroth16(t *testing.T) {
	if testing.Short() {
		t.Skip("Groth16 setup and proving take a while")
	}
	w, wit := attackWorld(t, circuits.TestParams())
	golden.ProveGroth16(t, process.NewSplitCircuit(wit.Shape), wit.Splits[0].Assignment)
	golden.ProveGroth16(t, joinsCircuit(t, w), wit.Joins[0].Assignment)
	golden.ProveGroth16(t, commandCircuit(t, w), wit.Commands[0].Assignment)
}
