package joinvote

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/test"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/internal/golden"
	"github.com/zkvote/zkvote/circuits/merkle"
	"github.com/zkvote/zkvote/circuits/poseidon"
)

// fixture is a small census, a poll and one member's private inputs.
type fixture struct {
	params      circuits.Params
	poll        Poll
	coordinator *babyjub.PrivateKey
	priv        Private
	tree        *merkle.Tree
}

func key(t testing.TB, seed int64) *babyjub.PrivateKey {
	k, err := babyjub.NewPrivateKey(new(big.Int).Exp(big.NewInt(seed+5), big.NewInt(89), babyjub.Order()))
	require.NoError(t, err)
	return k
}

func elem(v uint64) fr.Element {
	var e fr.Element
	e.SetUint64(v)
	return e
}

func newFixture(t testing.TB, params circuits.Params, mode Mode, weight int64, votes ...int64) *fixture {
	f := &fixture{params: params, coordinator: key(t, 1)}
	secrets := []fr.Element{elem(111), elem(222), elem(333)}
	weights := []int64{7, weight, 1}
	leaves := make([]fr.Element, len(secrets))
	for i, s := range secrets {
		c := poseidon.Hash(circuits.DomainIdentity, s)
		leaves[i] = poseidon.Hash(circuits.DomainCensusLeaf, c, elem(uint64(weights[i])))
	}
	tree, err := merkle.FromLeaves(params.CensusDepth, leaves)
	require.NoError(t, err)
	f.tree = tree
	proof, err := tree.Prove(1)
	require.NoError(t, err)
	f.poll = Poll{CensusRoot: tree.Root(), CoordinatorKey: f.coordinator.Public(), Mode: mode,
		NumOptions: 3, DescriptorHash: elem(4242)}
	vs := make([]*big.Int, len(votes))
	for i, v := range votes {
		vs[i] = big.NewInt(v)
	}
	f.priv = Private{IdentitySecret: secrets[1], Weight: big.NewInt(weight), CensusIndex: 1,
		CensusSiblings: proof.Siblings, PollKey: key(t, 2), EphemeralKey: key(t, 3),
		WeightSalt: elem(987654321), Votes: vs}
	return f
}

func (f *fixture) witness(t testing.TB) *Witness {
	w, err := NewWitness(f.params, &f.poll, &f.priv)
	require.NoError(t, err)
	return w
}

func solve(t testing.TB, params circuits.Params, a *Circuit) error {
	t.Helper()
	return test.IsSolved(NewCircuit(params), a, ecc.BN254.ScalarField())
}

func TestValidBallotsSolve(t *testing.T) {
	p := circuits.TestParams()
	cases := map[string]*fixture{
		"1p1v one option":        newFixture(t, p, ModeOnePersonOneVote, 10, 0, 1, 0),
		"1p1v abstain":           newFixture(t, p, ModeOnePersonOneVote, 10),
		"weighted full budget":   newFixture(t, p, ModeWeighted, 10, 3, 0, 7),
		"weighted partial":       newFixture(t, p, ModeWeighted, 10, 1),
		"quadratic full budget":  newFixture(t, p, ModeQuadratic, 25, 3, 4, 0),
		"quadratic large weight": newFixture(t, p, ModeQuadratic, 1<<62, 1<<31-1, 0, 0),
	}
	for name, f := range cases {
		t.Run(name, func(t *testing.T) {
			w := f.witness(t)
			require.NoError(t, solve(t, p, w.Assignment))
			require.NoError(t, w.Statement.CheckStatement(p))
			weight, _, votes, err := DecryptBallot(p, f.coordinator, &w.Statement)
			require.NoError(t, err)
			require.Equal(t, f.priv.Weight.Uint64(), weight.Uint64())
			for i, v := range f.priv.Votes {
				require.Equal(t, v.Uint64(), votes[i].Uint64())
			}
		})
	}
}

func TestNativeChecksRejectBadBallots(t *testing.T) {
	p := circuits.TestParams()
	cases := map[string]struct {
		f   *fixture
		err error
	}{
		"1p1v two votes":         {newFixture(t, p, ModeOnePersonOneVote, 10, 1, 1), ErrBudget},
		"weighted over budget":   {newFixture(t, p, ModeWeighted, 10, 5, 6), ErrBudget},
		"quadratic over budget":  {newFixture(t, p, ModeQuadratic, 24, 3, 4), ErrBudget},
		"option beyond the poll": {newFixture(t, p, ModeWeighted, 10, 0, 0, 0, 1), ErrOptionRange},
		"negative vote":          {newFixture(t, p, ModeWeighted, 10, -1, 2), ErrVoteRange},
	}
	for name, c := range cases {
		_, err := NewWitness(p, &c.f.poll, &c.f.priv)
		require.ErrorIs(t, err, c.err, name)
	}
	f := newFixture(t, p, ModeWeighted, 10, 1)
	f.priv.Weight = big.NewInt(11) // not the census weight
	_, err := NewWitness(p, &f.poll, &f.priv)
	require.ErrorIs(t, err, ErrNotMember)
}

// mutation changes a valid assignment into one that must not prove.
type mutation func(t *testing.T, f *fixture, a *Circuit)

func TestAdversarialWitnessesFail(t *testing.T) {
	p := circuits.TestParams()
	other := newFixture(t, p, ModeWeighted, 10, 3, 0, 7)
	other.priv.PollKey, other.priv.WeightSalt = key(t, 20), elem(5)
	otherWitness := other.witness(t)

	cases := map[string]struct {
		mode  Mode
		votes []int64
		m     mutation
	}{
		"non-member (unknown secret)": {ModeWeighted, []int64{1}, func(t *testing.T, f *fixture, a *Circuit) {
			a.Secret = elem(999)
			a.Nullifier = Nullifier(elem(999), f.poll.ID()) // consistent nullifier: only membership fails
		}},
		"wrong weight": {ModeWeighted, []int64{1}, func(t *testing.T, f *fixture, a *Circuit) {
			a.Weight = 11
		}},
		"wrong census path bit": {ModeWeighted, []int64{1}, func(t *testing.T, f *fixture, a *Circuit) {
			a.CensusIndex = 3
		}},
		"wrong poll ID": {ModeWeighted, []int64{1}, func(t *testing.T, f *fixture, a *Circuit) {
			a.PollID = elem(5)
		}},
		"poll ID of another census": {ModeWeighted, []int64{1}, func(t *testing.T, f *fixture, a *Circuit) {
			poll := f.poll
			poll.CensusRoot = elem(77)
			a.CensusRoot = poll.CensusRoot
			a.PollID = poll.ID()
		}},
		"wrong nullifier": {ModeWeighted, []int64{1}, func(t *testing.T, f *fixture, a *Circuit) {
			a.Nullifier = Nullifier(f.priv.IdentitySecret, elem(1))
		}},
		"reused state leaf of another voter": {ModeWeighted, []int64{1}, func(t *testing.T, f *fixture, a *Circuit) {
			a.StateLeaf = otherWitness.Statement.StateLeaf
		}},
		"weighted budget exceeded": {ModeWeighted, []int64{1}, func(t *testing.T, f *fixture, a *Circuit) {
			a.Votes[0], a.Votes[1] = 6, 5
		}},
		"quadratic budget exceeded": {ModeQuadratic, []int64{1}, func(t *testing.T, f *fixture, a *Circuit) {
			a.Votes[0], a.Votes[1] = 3, 2 // 9 + 4 > 10
		}},
		"1p1v two units": {ModeOnePersonOneVote, []int64{1}, func(t *testing.T, f *fixture, a *Circuit) {
			a.Votes[0], a.Votes[1] = 1, 1
		}},
		"option out of range": {ModeWeighted, []int64{1}, func(t *testing.T, f *fixture, a *Circuit) {
			a.Votes[3] = 1 // the poll has 3 options
		}},
		"option count beyond the maximum": {ModeWeighted, []int64{1}, func(t *testing.T, f *fixture, a *Circuit) {
			poll := f.poll
			poll.NumOptions = p.MaxVoteOptions + 1
			a.NumOptions = poll.NumOptions
			a.PollID = poll.ID()
		}},
		"option count zero": {ModeWeighted, []int64{1}, func(t *testing.T, f *fixture, a *Circuit) {
			poll := f.poll
			poll.NumOptions = 0
			a.NumOptions = 0
			a.PollID = poll.ID()
		}},
		"unknown mode": {ModeWeighted, []int64{1}, func(t *testing.T, f *fixture, a *Circuit) {
			poll := f.poll
			poll.Mode = 3
			a.Mode = 3
			a.PollID = poll.ID()
		}},
		"vote wraps the field": {ModeWeighted, []int64{1}, func(t *testing.T, f *fixture, a *Circuit) {
			var minusOne fr.Element
			minusOne.SetOne()
			minusOne.Neg(&minusOne)
			a.Votes[0], a.Votes[1] = minusOne, 2 // sums to 1
		}},
		"weight wraps the field": {ModeWeighted, []int64{1}, func(t *testing.T, f *fixture, a *Circuit) {
			var w fr.Element
			w.SetInt64(-10)
			a.Weight = w
		}},
		"ciphertext does not match the plaintext": {ModeWeighted, []int64{1}, func(t *testing.T, f *fixture, a *Circuit) {
			a.Votes[0], a.Votes[2] = 0, 1 // a different, valid ballot than the one encrypted
		}},
		"tampered ciphertext": {ModeWeighted, []int64{1}, func(t *testing.T, f *fixture, a *Circuit) {
			a.Ciphertext[2] = elem(1)
		}},
		"ciphertext of another voter": {ModeWeighted, []int64{1}, func(t *testing.T, f *fixture, a *Circuit) {
			copy(a.Ciphertext, otherWitness.Assignment.Ciphertext)
			a.MessageHash = otherWitness.Statement.MessageHash
		}},
		"wrong coordinator key": {ModeWeighted, []int64{1}, func(t *testing.T, f *fixture, a *Circuit) {
			poll := f.poll
			poll.CoordinatorKey = key(t, 50).Public()
			a.CoordinatorKey.X, a.CoordinatorKey.Y = poll.CoordinatorKey.X, poll.CoordinatorKey.Y
			a.PollID = poll.ID() // a consistent poll, but the ciphertext was made for another key
		}},
		"bad signature": {ModeWeighted, []int64{1}, func(t *testing.T, f *fixture, a *Circuit) {
			a.Signature.S = new(big.Int).Add(a.Signature.S.(*big.Int), big.NewInt(1))
		}},
		"signature by another key": {ModeWeighted, []int64{1}, func(t *testing.T, f *fixture, a *Circuit) {
			a.Signature = otherWitness.Assignment.Signature
		}},
		"poll key not known": {ModeWeighted, []int64{1}, func(t *testing.T, f *fixture, a *Circuit) {
			a.PollSecret = key(t, 60).Scalar()
		}},
		"wrong message hash": {ModeWeighted, []int64{1}, func(t *testing.T, f *fixture, a *Circuit) {
			a.MessageHash = elem(1)
		}},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			f := newFixture(t, p, c.mode, 10, c.votes...)
			w := f.witness(t)
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
	f := newFixture(t, circuits.TestParams(), ModeQuadratic, 25, 3, 4)
	st := f.witness(t).Statement
	golden.CheckJSON(t, "testdata/vectors.json", vector{PollID: st.PollID.String(), Nullifier: st.Nullifier.String(),
		StateLeaf: st.StateLeaf.String(), MessageHash: st.MessageHash.String(), Ciphertext: golden.Strs(st.Ciphertext)})
}

func TestProvesWithGroth16(t *testing.T) {
	f := newFixture(t, circuits.TestParams(), ModeWeighted, 10, 3, 0, 7)
	golden.ProveGroth16(t, NewCircuit(f.params), f.witness(t).Assignment)
}

func TestConstraintCounts(t *testing.T) {
	for _, depth := range []int{10, 20, 32} {
		p := circuits.Defaults()
		p.CensusDepth = depth
		golden.CheckConstraints(t, "joinvote-default-census-"+itoa(depth), NewCircuit(p))
	}
}

func itoa(i int) string { return big.NewInt(int64(i)).String() }
