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
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/message"
	"github.com/zkvote/zkvote/circuits/process"
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
	def, err := poll.New(params, "Adopt the new fee schedule?", []string{"yes", "no", "abstain"}, joinvote.ModeQuadratic, c.Root(), coord.Public(), keys(t).VerifyingKeyDigest())
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
	require.NoError(t, rec.WriteFile(rpath, false))
	rback, err := client.ReadRecord(rpath)
	require.NoError(t, err)
	require.Equal(t, rec.PollID, rback.PollID)
	require.Equal(t, rec.StateKey.Scalar(), rback.StateKey.Scalar())

	// over budget: 3² + 1² > 9
	over, err := client.ParseChoice("yes:3,no:1", def.Options)
	require.NoError(t, err)
	_, _, err = client.Vote(keys(t), ids[1], member, def, over, nil)
	require.ErrorIs(t, err, joinvote.ErrBudget)
	require.ErrorIs(t, err, client.ErrChoice, "refused before proving, as the voter's mistake")

	// another identity's census proof
	_, _, err = client.Vote(keys(t), ids[0], member, def, votes, nil)
	require.ErrorIs(t, err, client.ErrWrongCensus)
}

func TestRevoteAndKeyChangeSequences(t *testing.T) {
	ids, c, def, coord := setup(t)
	member, err := c.Proof(ids[1].Commitment()) // weight 9
	require.NoError(t, err)
	join := []*big.Int{big.NewInt(3), big.NewInt(0), big.NewInt(0)} // the whole budget
	sub, rec, err := client.Vote(keys(t), ids[1], member, def, join, nil)
	require.NoError(t, err)
	p, err := def.Circuit()
	require.NoError(t, err)

	var log []process.Message
	// final replays the whole log from the join, as a tally would.
	final := func() *process.Voter {
		proc := process.New(def.Params, p, coord)
		idx, err := proc.Join(&sub.Statement)
		require.NoError(t, err)
		require.Equal(t, *rec.StateIndex, idx)
		proc.Process(log)
		return proc.Voters()[idx]
	}
	publish := func(msgs []*client.Message) {
		for _, m := range msgs {
			log = append(log, process.Message{EphemeralKey: m.EphemeralKey, Ciphertext: m.Ciphertext})
		}
	}
	idx := uint64(0)
	rec.StateIndex = &idx

	// Moving the whole budget to "no" needs the decrease of "yes" first.
	target := []*big.Int{big.NewInt(0), big.NewInt(3), big.NewInt(0)}
	msgs, err := client.Revote(def, rec, target)
	require.NoError(t, err)
	require.Len(t, msgs, 2)
	publish(msgs)
	require.Equal(t, fmt.Sprint(target), fmt.Sprint(final().Votes))

	// A briber who obtained the join key publishes a sequence later...
	bribed := []*big.Int{big.NewInt(3), big.NewInt(0), big.NewInt(0)}
	briberRec := *rec
	bmsgs, err := client.Revote(def, &briberRec, bribed)
	require.NoError(t, err)
	publish(bmsgs)
	require.Equal(t, fmt.Sprint(bribed), fmt.Sprint(final().Votes), "the newest sequence counts")

	// ...and the voter's key change, published later still, undoes it.
	kmsgs, err := client.KeyChange(def, rec)
	require.NoError(t, err)
	publish(kmsgs)
	v := final()
	require.Equal(t, fmt.Sprint(target), fmt.Sprint(v.Votes))
	cur := rec.CurrentKey.Public()
	require.True(t, v.Key.Equal(&cur), "the voter now holds a key nobody else has")

	// Over budget is refused before anything is signed.
	_, err = client.Revote(def, rec, []*big.Int{big.NewInt(2), big.NewInt(2), big.NewInt(2)})
	require.ErrorIs(t, err, joinvote.ErrBudget)

	// A message tampered in transit does not count.
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
	for _, bad := range []string{"", "maybe", "4", "0", "yes,yes", "yes:-1", "yes:x", "yes:1.5", "+9", "1,yes"} {
		_, err := client.ParseChoice(bad, opts)
		require.ErrorIs(t, err, client.ErrChoice, bad)
	}
	// errors name the options as the ballot wrote them
	for ballot, msg := range map[string]string{
		"4":        "no option 4 (options are numbered 1 to 3)",
		"1,yes":    `option 1 and option "yes" name the same option`,
		"YES,yes":  `option "yes" given twice`,
		"2:x":      `weight "x" of option 2`,
		"maybe:1":  `no option "maybe" (options: Yes, No, Abstain, or 1 to 3)`,
		"abstain:": `weight "" of option "abstain"`,
	} {
		_, err := client.ParseChoice(ballot, opts)
		require.ErrorContains(t, err, msg, ballot)
	}
}

// TestNumbersArePositions: a number in a ballot names an option by its
// position, whatever the labels (a definition cannot hold numeric labels
// today, older files could).
func TestNumbersArePositions(t *testing.T) {
	v, err := client.ParseChoice("1", []string{"2", "1"})
	require.NoError(t, err)
	require.Equal(t, "[1 0]", fmt.Sprint(v))
}

func TestCheckBallot(t *testing.T) {
	_, _, def, _ := setup(t) // quadratic, options yes, no, abstain
	votes := func(vs ...int64) []*big.Int {
		out := make([]*big.Int, len(vs))
		for i, v := range vs {
			out[i] = big.NewInt(v)
		}
		return out
	}
	require.NoError(t, client.CheckBallot(def, big.NewInt(9), votes(2, 2, 1)))
	err := client.CheckBallot(def, big.NewInt(9), votes(3, 1, 0))
	require.ErrorIs(t, err, client.ErrChoice)
	require.ErrorIs(t, err, joinvote.ErrBudget)
	require.ErrorContains(t, err, "the ballot costs 10 credits (weight² per option), your census weight gives 9")
	huge := new(big.Int).Lsh(big.NewInt(1), uint(def.Params.WeightBits))
	err = client.CheckBallot(def, big.NewInt(9), []*big.Int{big.NewInt(0), huge, big.NewInt(0)})
	require.ErrorIs(t, err, client.ErrChoice)
	require.ErrorContains(t, err, `option 2 ("no")`)
	require.ErrorIs(t, client.CheckBallot(def, big.NewInt(9), votes(1, 1)), client.ErrChoice)

	def.Mode = joinvote.ModeOnePersonOneVote
	require.ErrorContains(t, client.CheckBallot(def, big.NewInt(9), votes(1, 1, 0)), "gives 2 votes, a 1p1v poll allows 1")
	def.Mode = joinvote.ModeWeighted
	require.ErrorContains(t, client.CheckBallot(def, big.NewInt(9), votes(5, 5, 0)), "gives 10 votes, your census weight is 9")
}
