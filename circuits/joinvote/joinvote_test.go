package joinvote_test

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/encrypt"
	"github.com/zkvote/zkvote/circuits/internal/golden"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/joinvote/jvtest"
	"github.com/zkvote/zkvote/circuits/poseidon"
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
			weight, salt, votes, err := joinvote.DecryptBallot(p, f.Coordinator, &w.Statement)
			require.NoError(t, err)
			require.Equal(t, f.Priv.Weight.Uint64(), weight.Uint64())
			require.Equal(t, f.Priv.WeightSalt, salt)
			require.Len(t, votes, p.MaxVoteOptions)
			for i := range votes {
				want := uint64(0)
				if i < len(f.Priv.Votes) {
					want = f.Priv.Votes[i].Uint64()
				}
				require.Equal(t, want, votes[i].Uint64())
			}
			key := f.Priv.PollKey.Public()
			require.Equal(t, joinvote.StateLeaf(&key, weight, salt, votes), w.Statement.StateLeaf, "the leaf opens to the ballot")
		})
	}
}

func TestDecryptBallotRejects(t *testing.T) {
	p := circuits.TestParams()
	f := jvtest.New(t, p, joinvote.ModeWeighted, 10, 3, 0, 7)
	st := f.Witness(t).Statement
	_, _, _, err := joinvote.DecryptBallot(p, f.Coordinator, &st)
	require.NoError(t, err)

	other := st
	other.StateLeaf = jvtest.Elem(5) // a statement that is not the proven one
	_, _, _, err = joinvote.DecryptBallot(p, f.Coordinator, &other)
	require.ErrorIs(t, err, joinvote.ErrStateLeaf)

	_, _, _, err = joinvote.DecryptBallot(p, jvtest.Key(t, 9), &st)
	require.ErrorIs(t, err, encrypt.ErrAuth, "only the coordinator opens it")

	short := st
	short.Ciphertext = st.Ciphertext[1:]
	_, _, _, err = joinvote.DecryptBallot(p, f.Coordinator, &short)
	require.ErrorIs(t, err, joinvote.ErrCiphertextLen)
}

// leafInputs are the inputs of the pinned state leaf vector.
func leafInputs(t *testing.T) (key babyjub.Point, weight, salt fr.Element, votes []fr.Element) {
	return jvtest.Key(t, 2).Public(), jvtest.Elem(25), jvtest.Elem(987654321),
		[]fr.Element{jvtest.Elem(3), jvtest.Elem(4), {}, {}} // MaxVoteOptions = 4
}

// TestStateLeafFormula pins the join's state leaf: Hash(DomainVoter;
// key x, key y, nonce 0, weight, salt, votes...) over all MaxVoteOptions
// votes, the leaf the processing circuits insert (process.JoinLeaf).
func TestStateLeafFormula(t *testing.T) {
	key, weight, salt, votes := leafInputs(t)
	leaf := joinvote.StateLeaf(&key, weight, salt, votes)
	want := poseidon.Hash(circuits.DomainVoter, key.X, key.Y, fr.Element{}, weight, salt, votes[0], votes[1], votes[2], votes[3])
	require.Equal(t, want, leaf)
	require.Equal(t, "3750307347268082306028779223255746800178799426803968414943171899051038242737", leaf.String())
	require.Equal(t, leaf, joinvote.VoterLeaf(&key, 0, weight, salt, votes))
	require.NotEqual(t, leaf, joinvote.VoterLeaf(&key, 1, weight, salt, votes))

	// The leaf of the witness is the same formula over the padded ballot.
	f := jvtest.New(t, circuits.TestParams(), joinvote.ModeQuadratic, 25, 3, 4)
	require.Equal(t, leaf, f.Witness(t).Statement.StateLeaf)
}

type leafCircuit struct {
	Key                       babyjub.CircuitPoint
	Nonce, Weight, Salt, Leaf frontend.Variable
	Votes                     []frontend.Variable
}

func (c *leafCircuit) Define(api frontend.API) error {
	api.AssertIsEqual(joinvote.CircuitVoterLeaf(poseidon.New(api), c.Key, c.Nonce, c.Weight, c.Salt, c.Votes), c.Leaf)
	return nil
}

// TestCircuitVoterLeafAgrees: the in-circuit leaf is the native one.
func TestCircuitVoterLeafAgrees(t *testing.T) {
	key, weight, salt, votes := leafInputs(t)
	for _, nonce := range []uint64{0, 7} {
		a := &leafCircuit{Key: babyjub.CircuitPoint{X: key.X, Y: key.Y}, Nonce: nonce, Weight: weight, Salt: salt,
			Leaf: joinvote.VoterLeaf(&key, nonce, weight, salt, votes), Votes: golden.Vars(votes)}
		require.NoError(t, test.IsSolved(&leafCircuit{Votes: make([]frontend.Variable, len(votes))}, a, ecc.BN254.ScalarField()))
		a.Nonce = nonce + 1
		require.Error(t, test.IsSolved(&leafCircuit{Votes: make([]frontend.Variable, len(votes))}, a, ecc.BN254.ScalarField()))
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
	Entry       string   `json:"entry"`
	Ciphertext  []string `json:"ciphertext"`
}

func TestVectorsStable(t *testing.T) {
	f := jvtest.New(t, circuits.TestParams(), joinvote.ModeQuadratic, 25, 3, 4)
	st := f.Witness(t).Statement
	entry := st.Entry()
	golden.CheckJSON(t, "testdata/vectors.json", vector{PollID: st.PollID.String(), Nullifier: st.Nullifier.String(),
		StateLeaf: st.StateLeaf.String(), MessageHash: st.MessageHash.String(), Entry: entry.String(), Ciphertext: golden.Strs(st.Ciphertext)})
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
