package golden

import (
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/stretchr/testify/require"
)

// ProveGroth16 runs a real Groth16 round trip on BN254 (compile, dev setup,
// prove, verify with the public part of assignment), so a gadget is known to
// work with the backend and not only with gnark's test engine.
func ProveGroth16(t testing.TB, circuit, assignment frontend.Circuit) {
	t.Helper()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, circuit)
	require.NoError(t, err)
	pk, vk, err := groth16.Setup(ccs)
	require.NoError(t, err)
	full, err := frontend.NewWitness(assignment, ecc.BN254.ScalarField())
	require.NoError(t, err)
	proof, err := groth16.Prove(ccs, pk, full)
	require.NoError(t, err)
	public, err := full.Public()
	require.NoError(t, err)
	require.NoError(t, groth16.Verify(proof, vk, public))
}
