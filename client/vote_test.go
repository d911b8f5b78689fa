package client_test

import (
	"fmt"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/census"
	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/eddsa"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/message"
	"github.com/zkvote/zkvote/client"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/prover"
	"github.com/zkvote/zkvote/verifier"
)

// setup returns a census of three identities with weights 4, 9 and 25, a
// quadratic poll over it with three options, and its coordinator key.
func setup(t testing.TB) ([]*client.Identity, *census.Census, *poll.Definition, *babyjub.PrivateKey) {
	params := circuits.TestParams()
	var ids []*client.Identity
	var members []census.Member
	for _, w := range []int64{4, 9, 25} {
		id, err := client.NewIdentity(nil)
		require.NoError(t, err)
		ids = append(ids, id)
		members = append(members, census.Member{Commitment: id.Commitment(), Weight: big.NewInt(w)})
	}
	c, err := census.Build(members, params.CensusDepth)
	require.NoError(t, err)
	coord, err := babyjub.GenerateKey(nil)
	require.NoError(t, err)
	def, err := poll.New(params, "Adopt the new fee schedule?", []string{"yes", "no", "abstain"}, joinvote.ModeQuadratic, c.Root(), coord.Public())
	require.NoError(t, err)
	return ids, c, def, coord
}

var devKeys *prover.Keys

func keys(t testing.TB) *prover.Keys {
	if devKeys == nil {
		k, err := prover.SetupDev(t.Context(), prover.JoinVote, circuits.TestParams(), nil)
		require.NoError(t, err)
		devKeys = k
	}
	return devKeys
}

func TestVoteAndVerify(t *testing.T) {
	ids, c, def, coord := setup(t)
	member, err := c.Proof(ids[1].Commitment())
	require.NoError(t, err)
	votes, err := client.ParseChoice("yes:2,no:2", def.Options)
	require.NoError(t, err)
	sub, rec, err := client.Vote(keys(t), ids[1], member, def, votes, nil)
	require.NoError(t, err)

	// the submission survives a file round trip and verifies standalone
	path := filepath.Join(t.TempDir(), "vote.json")
	require.NoError(t, sub.WriteFile(path, false))
	back, err := client.ReadSubmission(path)
	require.NoError(t, err)
	p, err := back.Poll.Circuit()
	require.NoError(t, err)
	require.NoError(t, verifier.VerifyJoinVote(keys(t).VK, def.Params, p, back.Proof, &back.Statement))

	// the coordinator reads the ballot
	weight, _, got, err := joinvote.DecryptBallot(def.Params, coord, &back.Statement)
	require.NoError(t, err)
	require.Equal(t, uint64(9), weight.Uint64())
	require.Equal(t, uint64(2), got[0].Uint64())
	require.Equal(t, uint64(2), got[1].Uint64())

	// the record keeps what a re-vote needs
	rpath := filepath.Join(t.TempDir(), "record.json")
	require.NoError(t, rec.WriteFile(rpath))
	rback, err := client.ReadRecord(rpath)
	require.NoError(t, err)
	require.Equal(t, rec.PollID, rback.PollID)
	require.Equal(t, rec.StateKey.Scalar(), rback.StateKey.Scalar())

	// over budget: 3² + 1² > 9
	over, err := client.ParseChoice("yes:3,no:1", def.Options)
	require.NoError(t, err)
	_, _, err = client.Vote(keys(t), ids[1], member, def, over, nil)
	require.ErrorIs(t, err, joinvote.ErrBudget)

	// another identity's census proof
	_, _, err = client.Vote(keys(t), ids[0], member, def, votes, nil)
	require.ErrorIs(t, err, client.ErrWrongCensus)
}

// voterState and process are a reference implementation of DESIGN.md's
// message rules for one voter, for checking the client's sequences.
type voterState struct {
	key    babyjub.Point
	nonce  uint64
	ballot []*big.Int
}

func process(t *testing.T, def *poll.Definition, coord *babyjub.PrivateKey, st *voterState, weight *big.Int, published []*client.Message) {
	p, err := def.Circuit()
	require.NoError(t, err)
	for i := len(published) - 1; i >= 0; i-- { // newest first
		m := published[i]
		body, sig, err := message.Open(def.Params, coord, &m.EphemeralKey, m.Ciphertext)
		if err != nil {
			continue
		}
		cmd, err := message.ParseCommand(body)
		if err != nil || cmd.Nonce != st.nonce+1 || cmd.Option >= uint64(len(def.Options)) {
			continue
		}
		if eddsa.Verify(&st.key, message.SignedContent(m.PollID, body), &sig) != nil {
			continue
		}
		next := make([]*big.Int, len(st.ballot))
		copy(next, st.ballot)
		next[cmd.Option] = cmd.Weight
		if p.Cost(next).Cmp(p.Budget(weight)) > 0 {
			continue
		}
		st.ballot, st.key, st.nonce = next, cmd.NewKey, cmd.Nonce
	}
}

func TestRevoteAndKeyChangeSequences(t *testing.T) {
	_, _, def, coord := setup(t)
	joinKey, err := babyjub.GenerateKey(nil)
	require.NoError(t, err)
	idx := uint64(0)
	id, err := def.ID()
	require.NoError(t, err)
	join := []*big.Int{big.NewInt(3), big.NewInt(0), big.NewInt(0)} // 9 of a budget of 9
	rec := &client.Record{PollID: id, Weight: big.NewInt(9), StateKey: joinKey, CurrentKey: joinKey,
		JoinBallot: join, Ballot: join, StateIndex: &idx}
	start := func() *voterState {
		return &voterState{key: joinKey.Public(), ballot: []*big.Int{big.NewInt(3), big.NewInt(0), big.NewInt(0)}}
	}
	var log []*client.Message

	// Moving the whole budget to "no" needs the decrease of "yes" first.
	target := []*big.Int{big.NewInt(0), big.NewInt(3), big.NewInt(0)}
	msgs, err := client.Revote(def, rec, target)
	require.NoError(t, err)
	require.Len(t, msgs, 2)
	log = append(log, msgs...)
	st := start()
	process(t, def, coord, st, rec.Weight, log)
	require.Equal(t, fmt.Sprint(target), fmt.Sprint(st.ballot))

	// A briber's message, signed with the joined key, published after...
	bribed := []*big.Int{big.NewInt(3), big.NewInt(0), big.NewInt(0)}
	briberRec := *rec
	bmsgs, err := client.Revote(def, &briberRec, bribed)
	require.NoError(t, err)
	log = append(log, bmsgs...)
	st = start()
	process(t, def, coord, st, rec.Weight, log)
	require.Equal(t, fmt.Sprint(bribed), fmt.Sprint(st.ballot), "the newest sequence counts")

	// ...is undone by the voter's key change published later still.
	kmsgs, err := client.KeyChange(def, rec)
	require.NoError(t, err)
	log = append(log, kmsgs...)
	st = start()
	process(t, def, coord, st, rec.Weight, log)
	require.Equal(t, fmt.Sprint(target), fmt.Sprint(st.ballot))
	cur := rec.CurrentKey.Public()
	require.True(t, st.key.Equal(&cur), "the voter now holds a key nobody else has")

	// Over budget is refused before anything is signed.
	_, err = client.Revote(def, rec, []*big.Int{big.NewInt(2), big.NewInt(2), big.NewInt(2)})
	require.ErrorIs(t, err, joinvote.ErrBudget)

	// A message tampered in transit is simply invalid.
	bad := *kmsgs[0]
	bad.Ciphertext = append([]fr.Element(nil), bad.Ciphertext...)
	bad.Ciphertext[0].SetUint64(1)
	_, _, err = message.Open(def.Params, coord, &bad.EphemeralKey, bad.Ciphertext)
	require.Error(t, err)

	noIndex := *rec
	noIndex.StateIndex = nil
	_, err = client.KeyChange(def, &noIndex)
	require.ErrorIs(t, err, client.ErrRecord)
}

func TestParseChoice(t *testing.T) {
	opts := []string{"Yes", "No", "Abstain"}
	v, err := client.ParseChoice("yes", opts)
	require.NoError(t, err)
	require.Equal(t, "[1 0 0]", fmt.Sprint(v))
	v, err = client.ParseChoice(" 2:30 , abstain:4", opts)
	require.NoError(t, err)
	require.Equal(t, "[0 30 4]", fmt.Sprint(v))
	for _, bad := range []string{"", "maybe", "4", "0", "yes,yes", "yes:-1", "yes:x", "yes:1.5"} {
		_, err := client.ParseChoice(bad, opts)
		require.ErrorIs(t, err, client.ErrChoice, bad)
	}
}
