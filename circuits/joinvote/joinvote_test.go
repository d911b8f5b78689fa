package joinvote_test

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/test"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/internal/golden"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/joinvote/jvtest"
)

func solve(t testing.TB, params circuits.Params, a *joinvote.Circuit) error {
	t.Helper()
	return test.IsSolved(joinvote.NewCircuit(params), a, ecc.BN254.ScalarField())
}

func TestValidBallotsSolve(t *testing.T) {
	p := circuits.TestParams()
	cases := map[string]*jvtest.Fixture{
		"1p1v one option":        jvtest.New(t, p, joinvote.ModeOnePersonOneVote, 10, 0, 1, 0),
		"1p1v abstain":           jvtest.New(t, p, joinvote.ModeOnePersonOneVote, 10),
		"weighted full budget":   jvtest.New(t, p, joinvote.ModeWeighted, 10, 3, 0, 7),
		"weighted partial":       jvtest.New(t, p, joinvote.ModeWeighted, 10, 1),
		"quadratic full budget":  jvtest.New(t, p, joinvote.ModeQuadratic, 25, 3, 4, 0),
		"quadratic large weight": jvtest.New(t, p, joinvote.ModeQuadratic, 1<<62, 1<<31-1, 0, 0),
	}
	for name, f := range cases {
		t.Run(name, func(t *testing.T) {
			w := f.Witness(t)
			require.NoError(t, solve(t, p, w.Assignment))
			require.NoError(t, w.Statement.CheckStatement(p))
			weight, _, votes, err := joinvote.DecryptBallot(p, f.Coordinator, &w.Statement)
			require.NoError(t, err)
			require.Equal(t, f.Priv.Weight.Uint64(), weight.Uint64())
			for i, v := range f.Priv.Votes {
				require.Equal(t, v.Uint64(), votes[i].Uint64())
			}
		})
	}
}

func TestNativeChecksRejectBadBallots(t *testing.T) {
	p := circuits.TestParams()
	cases := map[string]struct {
		f   *jvtest.Fixture
		err error
	}{
		"1p1v two votes":         {jvtest.New(t, p, joinvote.ModeOnePersonOneVote, 10, 1, 1), joinvote.ErrBudget},
		"weighted over budget":   {jvtest.New(t, p, joinvote.ModeWeighted, 10, 5, 6), joinvote.ErrBudget},
		"quadratic over budget":  {jvtest.New(t, p, joinvote.ModeQuadratic, 24, 3, 4), joinvote.ErrBudget},
		"option beyond the poll": {jvtest.New(t, p, joinvote.ModeWeighted, 10, 0, 0, 0, 1), joinvote.ErrOptionRange},
		"negative vote":          {jvtest.New(t, p, joinvote.ModeWeighted, 10, -1, 2), joinvote.ErrVoteRange},
	}
	for name, c := range cases {
		_, err := joinvote.NewWitness(p, &c.f.Poll, &c.f.Priv)
		require.ErrorIs(t, err, c.err, name)
	}
	f := jvtest.New(t, p, joinvote.ModeWeighted, 10, 1)
	f.Priv.Weight = big.NewInt(11) // not the census weight
	_, err := joinvote.NewWitness(p, &f.Poll, &f.Priv)
	require.ErrorIs(t, err, joinvote.ErrNotMember)
}

type vector struct {
	PollID      string   `json:"poll_id"`
	Nullifier   string   `json:"nullifier"`
	StateLeaf   string   `json:"state_leaf"`
	MessageHash string   `json:"message_hash"`
	Ciphertext  []string `json:"ciphertext"`
}

func TestVectorsStable(t *testing.T) {
	f := jvtest.New(t, circuits.TestParams(), joinvote.ModeQuadratic, 25, 3, 4)
	st := f.Witness(t).Statement
	golden.CheckJSON(t, "testdata/vectors.json", vector{PollID: st.PollID.String(), Nullifier: st.Nullifier.String(),
		StateLeaf: st.StateLeaf.String(), MessageHash: st.MessageHash.String(), Ciphertext: golden.Strs(st.Ciphertext)})
}

func TestProvesWithGroth16(t *testing.T) {
	f := jvtest.New(t, circuits.TestParams(), joinvote.ModeWeighted, 10, 3, 0, 7)
	golden.ProveGroth16(t, joinvote.NewCircuit(f.Params), f.Witness(t).Assignment)
}

func TestConstraintCounts(t *testing.T) {
	for _, depth := range []int{10, 20, 32} {
		p := circuits.Defaults()
		p.CensusDepth = depth
		golden.CheckConstraints(t, "joinvote-default-census-"+itoa(depth), joinvote.NewCircuit(p))
	}
}

func itoa(i int) string { return big.NewInt(int64(i)).String() }
