package verifier_test

import (
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/joinvote/jvtest"
	"github.com/zkvote/zkvote/prover"
	"github.com/zkvote/zkvote/verifier"
)

type onePublic struct {
	X frontend.Variable `gnark:",public"`
}

func (c *onePublic) Define(api frontend.API) error {
	api.AssertIsEqual(c.X, c.X)
	return nil
}

func TestVerifyJoinVote(t *testing.T) {
	params := circuits.TestParams()
	keys, err := prover.SetupDev(t.Context(), prover.JoinVote, params, nil)
	require.NoError(t, err)
	f := jvtest.New(t, params, joinvote.ModeWeighted, 10, 3, 0, 7)
	w := f.Witness(t)
	proof, err := keys.Prove(w.Assignment, nil)
	require.NoError(t, err)
	pb, err := prover.ProofBytes(proof)
	require.NoError(t, err)

	require.NoError(t, verifier.VerifyJoinVote(keys.VK, params, &f.Poll, pb, &w.Statement))

	t.Run("malformed proof", func(t *testing.T) {
		require.ErrorIs(t, verifier.VerifyJoinVote(keys.VK, params, &f.Poll, pb[:10], &w.Statement), verifier.ErrMalformedProof)
		require.ErrorIs(t, verifier.VerifyJoinVote(keys.VK, params, &f.Poll, append(append([]byte{}, pb...), 0), &w.Statement), verifier.ErrMalformedProof)
		garbled := append([]byte{}, pb...)
		garbled[5] ^= 0xff
		require.Error(t, verifier.VerifyJoinVote(keys.VK, params, &f.Poll, garbled, &w.Statement))
	})
	t.Run("wrong key", func(t *testing.T) {
		ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &onePublic{})
		require.NoError(t, err)
		_, otherVK, err := groth16.Setup(ccs)
		require.NoError(t, err)
		require.ErrorIs(t, verifier.VerifyJoinVote(otherVK, params, &f.Poll, pb, &w.Statement), verifier.ErrWrongKey)
	})
	t.Run("another poll", func(t *testing.T) {
		poll := f.Poll
		poll.NumOptions = 2
		require.ErrorIs(t, verifier.VerifyJoinVote(keys.VK, params, &poll, pb, &w.Statement), verifier.ErrWrongPoll)
	})
	t.Run("ciphertext not the one proved", func(t *testing.T) {
		st := w.Statement
		st.Ciphertext = append([]fr.Element(nil), st.Ciphertext...)
		st.Ciphertext[0] = jvtest.Elem(1)
		require.ErrorIs(t, verifier.VerifyJoinVote(keys.VK, params, &f.Poll, pb, &st), verifier.ErrStatement)
	})
	t.Run("other public inputs", func(t *testing.T) {
		for name, mutate := range map[string]func(st *joinvote.Statement){
			"nullifier":  func(st *joinvote.Statement) { st.Nullifier = jvtest.Elem(1) },
			"state leaf": func(st *joinvote.Statement) { st.StateLeaf = jvtest.Elem(1) },
		} {
			st := w.Statement
			mutate(&st)
			require.ErrorIs(t, verifier.VerifyJoinVote(keys.VK, params, &f.Poll, pb, &st), verifier.ErrInvalidProof, name)
		}
	})
}
