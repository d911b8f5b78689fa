package verifier

import (
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/joinvote/jvtest"
	"github.com/zkvote/zkvote/prover"
)

// TestPreparedVerifierAgreesWithGnark checks the fast verifier against
// gnark's on a valid proof and on proofs or inputs altered in every place.
func TestPreparedVerifierAgreesWithGnark(t *testing.T) {
	for _, params := range []circuits.Params{circuits.TestParams(), circuits.Defaults()} {
		t.Run(params.Name, func(t *testing.T) { checkPrepared(t, params) })
	}
}

func checkPrepared(t *testing.T, params circuits.Params) {
	keys, err := prover.SetupDev(t.Context(), prover.JoinVote, params, nil)
	require.NoError(t, err)
	f := jvtest.New(t, params, joinvote.ModeWeighted, 10, 3, 0, 7)
	w := f.Witness(t)
	proof, err := keys.Prove(w.Assignment, nil)
	require.NoError(t, err)
	public := w.Statement.PublicInputs()
	p, err := prepare(keys.VK)
	require.NoError(t, err)
	require.NotNil(t, p)

	both := func(pr *groth16bn254.Proof, pub []fr.Element) (fast, gnark error) {
		pw, err := publicWitness(pub)
		require.NoError(t, err)
		return p.verify(pr, pub), groth16.Verify(pr, keys.VK, pw)
	}
	for i := 0; i < 3; i++ { // the prepared key is reused, never altered
		fast, slow := both(proof.(*groth16bn254.Proof), public)
		require.NoError(t, fast, "round %d", i)
		require.NoError(t, slow)
	}

	_, _, g1, g2 := bn254.Generators()
	orig := *proof.(*groth16bn254.Proof)
	for name, mutate := range map[string]func(pr *groth16bn254.Proof){
		"A":        func(pr *groth16bn254.Proof) { pr.Ar = g1 },
		"C":        func(pr *groth16bn254.Proof) { pr.Krs = g1 },
		"B":        func(pr *groth16bn254.Proof) { pr.Bs = g2 },
		"A and C":  func(pr *groth16bn254.Proof) { pr.Ar, pr.Krs = pr.Krs, pr.Ar },
		"negate A": func(pr *groth16bn254.Proof) { pr.Ar.Neg(&pr.Ar) },
	} {
		pr := orig
		mutate(&pr)
		fast, slow := both(&pr, public)
		require.Error(t, fast, name)
		require.Error(t, slow, name)
	}
	for i := range public {
		pub := append([]fr.Element(nil), public...)
		pub[i].Add(&pub[i], &fr.Element{1})
		fast, slow := both(&orig, pub)
		require.Error(t, fast, "public input %d", i)
		require.Error(t, slow, "public input %d", i)
	}
	require.Error(t, p.verify(&orig, public[:len(public)-1]), "too few public inputs")
}
