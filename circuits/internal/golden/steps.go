package golden

import (
	"fmt"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"
	"github.com/stretchr/testify/require"
)

// An Attack is an adversarial witness built as a cheating prover would:
// consistent everywhere except at the one step (of a circuit laid out by
// package steps) that must reject it.
type Attack[S comparable] struct {
	Step  S
	Build func(t *testing.T) frontend.Circuit
}

// CheckAttacks checks both halves of each attack's claim — the full circuit
// refuses its witness, and the circuit without its step accepts it — so an
// attack can never pass because some other check happened to fail; and
// that every step of all is the target of some attack.
func CheckAttacks[S comparable](t *testing.T, full frontend.Circuit, without func(S) frontend.Circuit, all []S, attacks map[string]Attack[S]) {
	field := ecc.BN254.ScalarField()
	pinned := map[S]bool{}
	for name, at := range attacks {
		pinned[at.Step] = true
		t.Run(name, func(t *testing.T) {
			a := at.Build(t)
			require.Error(t, test.IsSolved(full, a, field), "the full circuit must refuse it")
			require.NoError(t, test.IsSolved(without(at.Step), a, field),
				"without step %q the witness must be accepted: another step rejects it too", fmt.Sprint(at.Step))
		})
	}
	for _, s := range all {
		require.True(t, pinned[s], "no attack targets step %q", fmt.Sprint(s))
	}
}

// CheckStepCosts measures each step as the constraints it adds to the
// circuit (logged; run with -v) and checks that they add up to the whole:
// no constraint is shared between steps, so leaving one out removes
// exactly that step.
func CheckStepCosts[S comparable](t *testing.T, full frontend.Circuit, without func(S) frontend.Circuit, all []S) {
	total := Measure(t, full).R1CS
	sum := 0
	for _, s := range all {
		cost := total - Measure(t, without(s)).R1CS
		t.Logf("%-24s %6d R1CS", fmt.Sprint(s), cost)
		sum += cost
	}
	require.Equal(t, total, sum)
}
