package joinvote_test

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
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

// mutation changes a valid assignment into one that must not prove.
type mutation func(t *testing.T, f *jvtest.Fixture, a *joinvote.Circuit)

func TestAdversarialWitnessesFail(t *testing.T) {
	p := circuits.TestParams()
	other := jvtest.New(t, p, joinvote.ModeWeighted, 10, 3, 0, 7)
	other.Priv.PollKey, other.Priv.WeightSalt = jvtest.Key(t, 20), jvtest.Elem(5)
	otherWitness := other.Witness(t)

	cases := map[string]struct {
		mode  joinvote.Mode
		votes []int64
		m     mutation
	}{
		"non-member (unknown secret)": {joinvote.ModeWeighted, []int64{1}, func(t *testing.T, f *jvtest.Fixture, a *joinvote.Circuit) {
			a.Secret = jvtest.Elem(999)
			a.Nullifier = joinvote.Nullifier(jvtest.Elem(999), f.Poll.ID()) // consistent nullifier: only membership fails
		}},
		"wrong weight": {joinvote.ModeWeighted, []int64{1}, func(t *testing.T, f *jvtest.Fixture, a *joinvote.Circuit) {
			a.Weight = 11
		}},
		"wrong census path bit": {joinvote.ModeWeighted, []int64{1}, func(t *testing.T, f *jvtest.Fixture, a *joinvote.Circuit) {
			a.CensusIndex = 3
		}},
		"wrong poll ID": {joinvote.ModeWeighted, []int64{1}, func(t *testing.T, f *jvtest.Fixture, a *joinvote.Circuit) {
			a.PollID = jvtest.Elem(5)
		}},
		"poll ID of another census": {joinvote.ModeWeighted, []int64{1}, func(t *testing.T, f *jvtest.Fixture, a *joinvote.Circuit) {
			poll := f.Poll
			poll.CensusRoot = jvtest.Elem(77)
			a.CensusRoot = poll.CensusRoot
			a.PollID = poll.ID()
		}},
		"wrong nullifier": {joinvote.ModeWeighted, []int64{1}, func(t *testing.T, f *jvtest.Fixture, a *joinvote.Circuit) {
			a.Nullifier = joinvote.Nullifier(f.Priv.IdentitySecret, jvtest.Elem(1))
		}},
		"reused state leaf of another voter": {joinvote.ModeWeighted, []int64{1}, func(t *testing.T, f *jvtest.Fixture, a *joinvote.Circuit) {
			a.StateLeaf = otherWitness.Statement.StateLeaf
		}},
		"weighted budget exceeded": {joinvote.ModeWeighted, []int64{1}, func(t *testing.T, f *jvtest.Fixture, a *joinvote.Circuit) {
			a.Votes[0], a.Votes[1] = 6, 5
		}},
		"quadratic budget exceeded": {joinvote.ModeQuadratic, []int64{1}, func(t *testing.T, f *jvtest.Fixture, a *joinvote.Circuit) {
			a.Votes[0], a.Votes[1] = 3, 2 // 9 + 4 > 10
		}},
		"1p1v two units": {joinvote.ModeOnePersonOneVote, []int64{1}, func(t *testing.T, f *jvtest.Fixture, a *joinvote.Circuit) {
			a.Votes[0], a.Votes[1] = 1, 1
		}},
		"option out of range": {joinvote.ModeWeighted, []int64{1}, func(t *testing.T, f *jvtest.Fixture, a *joinvote.Circuit) {
			a.Votes[3] = 1 // the poll has 3 options
		}},
		"option count beyond the maximum": {joinvote.ModeWeighted, []int64{1}, func(t *testing.T, f *jvtest.Fixture, a *joinvote.Circuit) {
			poll := f.Poll
			poll.NumOptions = p.MaxVoteOptions + 1
			a.NumOptions = poll.NumOptions
			a.PollID = poll.ID()
		}},
		"option count zero": {joinvote.ModeWeighted, []int64{1}, func(t *testing.T, f *jvtest.Fixture, a *joinvote.Circuit) {
			poll := f.Poll
			poll.NumOptions = 0
			a.NumOptions = 0
			a.PollID = poll.ID()
		}},
		"unknown mode": {joinvote.ModeWeighted, []int64{1}, func(t *testing.T, f *jvtest.Fixture, a *joinvote.Circuit) {
			poll := f.Poll
			poll.Mode = 3
			a.Mode = 3
			a.PollID = poll.ID()
		}},
		"vote wraps the field": {joinvote.ModeWeighted, []int64{1}, func(t *testing.T, f *jvtest.Fixture, a *joinvote.Circuit) {
			var minusOne fr.Element
			minusOne.SetOne()
			minusOne.Neg(&minusOne)
			a.Votes[0], a.Votes[1] = minusOne, 2 // sums to 1
		}},
		"weight wraps the field": {joinvote.ModeWeighted, []int64{1}, func(t *testing.T, f *jvtest.Fixture, a *joinvote.Circuit) {
			var w fr.Element
			w.SetInt64(-10)
			a.Weight = w
		}},
		"ciphertext does not match the plaintext": {joinvote.ModeWeighted, []int64{1}, func(t *testing.T, f *jvtest.Fixture, a *joinvote.Circuit) {
			a.Votes[0], a.Votes[2] = 0, 1 // a different, valid ballot than the one encrypted
		}},
		"tampered ciphertext": {joinvote.ModeWeighted, []int64{1}, func(t *testing.T, f *jvtest.Fixture, a *joinvote.Circuit) {
			a.Ciphertext[2] = jvtest.Elem(1)
		}},
		"ciphertext of another voter": {joinvote.ModeWeighted, []int64{1}, func(t *testing.T, f *jvtest.Fixture, a *joinvote.Circuit) {
			copy(a.Ciphertext, otherWitness.Assignment.Ciphertext)
			a.MessageHash = otherWitness.Statement.MessageHash
		}},
		"wrong coordinator key": {joinvote.ModeWeighted, []int64{1}, func(t *testing.T, f *jvtest.Fixture, a *joinvote.Circuit) {
			poll := f.Poll
			poll.CoordinatorKey = jvtest.Key(t, 50).Public()
			a.CoordinatorKey.X, a.CoordinatorKey.Y = poll.CoordinatorKey.X, poll.CoordinatorKey.Y
			a.PollID = poll.ID() // a consistent poll, but the ciphertext was made for another key
		}},
		"bad signature": {joinvote.ModeWeighted, []int64{1}, func(t *testing.T, f *jvtest.Fixture, a *joinvote.Circuit) {
			a.Signature.S = new(big.Int).Add(a.Signature.S.(*big.Int), big.NewInt(1))
		}},
		"signature by another key": {joinvote.ModeWeighted, []int64{1}, func(t *testing.T, f *jvtest.Fixture, a *joinvote.Circuit) {
			a.Signature = otherWitness.Assignment.Signature
		}},
		"poll key not known": {joinvote.ModeWeighted, []int64{1}, func(t *testing.T, f *jvtest.Fixture, a *joinvote.Circuit) {
			a.PollSecret = jvtest.Key(t, 60).Scalar()
		}},
		"wrong message hash": {joinvote.ModeWeighted, []int64{1}, func(t *testing.T, f *jvtest.Fixture, a *joinvote.Circuit) {
			a.MessageHash = jvtest.Elem(1)
		}},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			f := jvtest.New(t, p, c.mode, 10, c.votes...)
			w := f.Witness(t)
			require.NoError(t, solve(t, p, w.Assignment), "the unmodified witness is valid")
			c.m(t, f, w.Assignment)
			require.Error(t, solve(t, p, w.Assignment))
		})
	}
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
