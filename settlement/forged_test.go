package settlement_test

import (
	"context"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/message"
	"github.com/zkvote/zkvote/circuits/process"
	"github.com/zkvote/zkvote/coordinator/coordtest"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/prover"
	"github.com/zkvote/zkvote/receipt"
	"github.com/zkvote/zkvote/settlement"
)

// forgedPoll is what a dishonest coordinator settles: a poll whose log
// holds real joins and whatever it adds, tallied with valid processing
// proofs (they take every join's proof as verified).
type forgedPoll struct {
	def     *poll.Definition
	entries []*poll.Entry
	tally   *poll.Tally
	vks     map[string]groth16.VerifyingKey
}

// forge tallies a weighted yes/no poll (pass option "no") of three real
// voters (yes 1, no 2, yes 3) and the joins extra returns, proven with the
// test set's keys.
func forge(t *testing.T, extra func(def *poll.Definition, coord *babyjub.PrivateKey, real []*poll.Join) []*poll.Join) *forgedPoll {
	t.Helper()
	params := circuits.TestParams()
	coord, err := babyjub.GenerateKey(nil)
	require.NoError(t, err)
	c := coordtest.NewCensus(t, 3)
	def := c.ProvenPoll(t, coord.Public())
	def.Execution = &poll.Execution{Target: beneficiary.Hex(), Value: payout.String(), Calldata: "0x"}
	var joins []*poll.Join
	for i, votes := range [][]int64{{1, 0}, {0, 2}, {3, 0}} {
		sub, _ := c.Vote(t, def, i, votes...)
		joins = append(joins, &poll.Join{Statement: sub.Statement, Proof: sub.Proof})
	}
	joins = append(joins, extra(def, coord, joins)...)

	circuit, err := def.Circuit()
	require.NoError(t, err)
	proc := process.New(params, circuit, coord)
	var entries []*poll.Entry
	for _, j := range joins {
		_, err := proc.Join(&j.Statement)
		require.NoError(t, err)
		entries = append(entries, &poll.Entry{Join: j})
	}
	proc.Process(nil)
	w, err := proc.Witness(nil)
	require.NoError(t, err)

	_, dir := coordtest.Keys(t)
	vks := map[string]groth16.VerifyingKey{}
	keys := map[string]*prover.Keys{}
	for _, name := range append([]string{prover.JoinVote}, prover.Processing...) {
		k, err := prover.Load(dir, name, params)
		require.NoError(t, err)
		keys[name], vks[name] = k, k.VK
	}
	prove := func(name string, a frontend.Circuit) []byte {
		runner := prover.NewLocal([]*prover.Keys{keys[name]}, 1, nil)
		b, err := runner.Prove(context.Background(), prover.Task{Circuit: name, Assignment: a})
		require.NoError(t, err)
		return b
	}
	tally := &poll.Tally{Final: w.Final.Result()}
	for _, b := range w.Splits {
		tally.Splits = append(tally.Splits, poll.SplitProof{Ends: b.Ends, Proof: prove(prover.ProcessSplit, b.Assignment)})
	}
	for _, b := range w.Joins {
		tally.Joins = append(tally.Joins, poll.JoinProof{Ends: b.Ends, Proof: prove(prover.ProcessJoins, b.Assignment)})
	}
	for _, b := range w.Commands {
		tally.Commands = append(tally.Commands, poll.CommandProof{Ends: b.Ends, Proof: prove(prover.ProcessCommands, b.Assignment)})
	}
	return &forgedPoll{def: def, entries: entries, tally: tally, vks: vks}
}

// settleForged deploys, anchors, settles and queues a forged poll; it
// returns the deployment and the joins a watcher reads from the log.
func settleForged(t *testing.T, n *net, f *forgedPoll) (*settlement.Deployment, *settlement.Joins) {
	t.Helper()
	ctx := t.Context()
	d, err := settlement.Deploy(ctx, n.c, n.Auth(0), settlement.Config{Definition: f.def, Keys: f.vks, Coordinator: n.Addrs[1], Council: n.council()})
	require.NoError(t, err)
	n.Pay(0, *d.Timelock, payout)
	last := f.tally.Splits[len(f.tally.Splits)-1].Ends
	_, err = settlement.Anchor(ctx, n.c, n.Auth(1), d, &receipt.Seal{ChainHash: last.ChainOut, Count: uint64(len(f.entries))})
	require.NoError(t, err)
	_, err = settlement.Settle(ctx, n.c, n.Auth(1), d, f.tally, settlement.SettleOptions{PerTx: 8})
	require.NoError(t, err, "the processing proofs are valid: they take the joins as given")
	_, err = settlement.Queue(ctx, n.c, n.Auth(5), d)
	require.NoError(t, err)
	return d, settlement.JoinsOf(f.def, f.entries)
}

// requireNeverRuns moves past the timelock and checks the payload cannot run.
func requireNeverRuns(t *testing.T, n *net, d *settlement.Deployment) {
	t.Helper()
	n.Sim.AdjustTime(2 * time.Hour)
	n.Sim.Commit()
	st, err := settlement.ReadTallyStatus(t.Context(), n.c, d)
	require.NoError(t, err)
	require.True(t, st.Voided)
	_, err = settlement.Execute(t.Context(), n.c, n.Auth(5), d)
	require.ErrorContains(t, err, "NotFinal")
	bal, err := n.Client.BalanceAt(t.Context(), beneficiary, nil)
	require.NoError(t, err)
	require.Zero(t, bal.Sign(), "the payload never ran")
}

// TestInventedJoinIsVoided: the coordinator adds a join no member made
// (weight 1,000,000 for "no": no census member has it, and no proof
// exists for it) and settles valid processing proofs over it. A watcher
// finds the join's proof does not verify, challenges it, nobody can
// answer, and the result is void: the payload never runs.
func TestInventedJoinIsVoided(t *testing.T) {
	if testing.Short() {
		t.Skip("proves a tally")
	}
	f := forge(t, func(def *poll.Definition, coord *babyjub.PrivateKey, real []*poll.Join) []*poll.Join {
		params := def.Params
		key, err := babyjub.GenerateKey(nil)
		require.NoError(t, err)
		eph, err := babyjub.GenerateKey(nil)
		require.NoError(t, err)
		var weight, salt fr.Element
		weight.SetUint64(1_000_000)
		_, err = salt.SetRandom()
		require.NoError(t, err)
		votes := make([]fr.Element, params.MaxVoteOptions)
		votes[1] = weight
		plain, err := message.JoinPlaintext(params, weight, salt, votes)
		require.NoError(t, err)
		coordPub := coord.Public()
		epk, ct, err := message.EncryptJoin(params, plain, eph, &coordPub)
		require.NoError(t, err)
		pub := key.Public()
		id, err := def.ID()
		require.NoError(t, err)
		st := joinvote.Statement{PollID: id, StateLeaf: joinvote.StateLeaf(&pub, weight, salt, votes), PollKey: pub,
			EphemeralKey: epk, Ciphertext: ct, MessageHash: joinvote.MessageHash(&epk, &pub, ct)}
		_, err = st.Nullifier.SetRandom()
		require.NoError(t, err)
		return []*poll.Join{{Statement: st, Proof: real[0].Proof}} // someone else's proof: it does not verify for this join
	})
	require.Equal(t, "1000002", f.tally.Final.Totals[1].String(), "the forged total")
	n := newNet(t)
	ctx := t.Context()
	d, js := settleForged(t, n, f)

	suspects, err := settlement.CheckJoins(js, f.vks[prover.JoinVote])
	require.NoError(t, err)
	require.Len(t, suspects, 1)
	require.Equal(t, 3, suspects[0].StateIndex)
	_, err = settlement.ChallengeJoin(ctx, n.c, n.Auth(5), d, js, 3)
	require.NoError(t, err)
	_, _, err = settlement.AnswerChallenges(ctx, n.c, n.Auth(1), d, js)
	require.ErrorIs(t, err, settlement.ErrState, "the coordinator cannot answer for its invented join")
	n.Sim.AdjustTime(20 * time.Minute) // past the 15-minute answer window
	n.Sim.Commit()
	_, err = settlement.Expire(ctx, n.c, n.Auth(5), d, js.List[3])
	require.NoError(t, err)
	requireNeverRuns(t, n, d)
}

// TestDuplicateJoinIsVoided: the coordinator logs a real join twice (its
// proof verifies both times, so only the nullifier tells); showing the two
// joins voids the result at once.
func TestDuplicateJoinIsVoided(t *testing.T) {
	if testing.Short() {
		t.Skip("proves a tally")
	}
	f := forge(t, func(_ *poll.Definition, _ *babyjub.PrivateKey, real []*poll.Join) []*poll.Join {
		return []*poll.Join{real[1]} // "no 2" counted twice
	})
	require.Equal(t, "4", f.tally.Final.Totals[1].String())
	n := newNet(t)
	d, js := settleForged(t, n, f)
	suspects, err := settlement.CheckJoins(js, f.vks[prover.JoinVote])
	require.NoError(t, err)
	require.Equal(t, []settlement.Suspect{{StateIndex: 3, Duplicate: 1, Reason: "its nullifier is join 1's"}}, suspects)
	_, err = settlement.ChallengeDuplicate(t.Context(), n.c, n.Auth(5), d, js, 1, 3)
	require.NoError(t, err)
	requireNeverRuns(t, n, d)
}
