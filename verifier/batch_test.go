package verifier

import (
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/joinvote/jvtest"
	"github.com/zkvote/zkvote/prover"
)

func TestBatchVerification(t *testing.T) {
	params := circuits.TestParams()
	keys, err := prover.SetupDev(t.Context(), prover.JoinVote, params, nil)
	require.NoError(t, err)
	var items []batchItem
	for i, votes := range [][]int64{{1}, {0, 2}, {3, 0, 7}, {1, 1, 1}, {0, 0, 10}} {
		f := jvtest.New(t, params, joinvote.ModeWeighted, 10, votes...)
		f.Priv.WeightSalt = jvtest.Elem(uint64(i + 1)) // distinct statements
		w := f.Witness(t)
		proof, err := keys.Prove(w.Assignment, nil)
		require.NoError(t, err)
		items = append(items, batchItem{proof: proof.(*groth16bn254.Proof), public: w.Statement.PublicInputs()})
	}
	p, err := prepare(keys.VK)
	require.NoError(t, err)

	ok, err := p.verifyBatch(items)
	require.NoError(t, err)
	require.True(t, ok, "a batch of valid proofs")
	ok, err = p.verifyBatch(items[:1])
	require.NoError(t, err)
	require.True(t, ok, "a batch of one")

	for name, spoil := range map[string]func(it *batchItem){
		"public input": func(it *batchItem) {
			it.public = append([]fr.Element(nil), it.public...)
			it.public[1].SetUint64(5)
		},
		"proof of another statement": func(it *batchItem) { it.proof = items[0].proof },
		"negated A": func(it *batchItem) {
			pr := *it.proof
			pr.Ar.Neg(&pr.Ar)
			it.proof = &pr
		},
	} {
		bad := append([]batchItem(nil), items...)
		spoil(&bad[3])
		ok, err := p.verifyBatch(bad)
		require.NoError(t, err)
		require.False(t, ok, name)
	}
	// two invalid proofs that might cancel out still fail: swap their inputs
	swapped := append([]batchItem(nil), items...)
	swapped[1].public, swapped[2].public = items[2].public, items[1].public
	ok, err = p.verifyBatch(swapped)
	require.NoError(t, err)
	require.False(t, ok, "swapped public inputs")

	// the Batcher finds exactly the invalid one among concurrent callers
	b := NewBatcher(2, 8, 5*time.Millisecond)
	bad := items[4]
	bad.public = append([]fr.Element(nil), bad.public...)
	bad.public[0].SetUint64(1)
	all := append(append([]batchItem(nil), items[:4]...), bad)
	var wg sync.WaitGroup
	errs := make([]error, len(all)*3)
	for round := 0; round < 3; round++ {
		for i, it := range all {
			wg.Add(1)
			go func() {
				defer wg.Done()
				errs[round*len(all)+i] = b.Verify(t.Context(), keys.VK, it.proof, it.public)
			}()
		}
	}
	wg.Wait()
	for i, err := range errs {
		if i%len(all) == len(all)-1 {
			require.ErrorIs(t, err, ErrInvalidProof, "call %d", i)
		} else {
			require.NoError(t, err, "call %d", i)
		}
	}
	b.Close()
	require.True(t, errors.Is(b.Verify(t.Context(), keys.VK, items[0].proof, items[0].public), ErrBatcherClosed))
}
