package settlement_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/command"
	"github.com/zkvote/zkvote/circuits/encrypt"
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
	return forgeWith(t, false, extra, nil)
}

// forgeWith is forge, for a poll with command proofs when proofs is set,
// with the commands commands returns after the joins.
func forgeWith(t *testing.T, proofs bool, extra func(def *poll.Definition, coord *babyjub.PrivateKey, real []*poll.Join) []*poll.Join,
	commands func(def *poll.Definition, coord *babyjub.PrivateKey, real []*poll.Join) []*poll.Command) *forgedPoll {
	t.Helper()
	params := circuits.TestParams()
	coord, err := babyjub.GenerateKey(nil)
	require.NoError(t, err)
	c := coordtest.NewCensus(t, 3)
	def := c.ProvenPoll(t, coord.Public())
	if proofs {
		params, def = circuits.TestProofParams(), c.ProofsPoll(t, coord.Public())
	}
	def.Execution = &poll.Execution{Target: beneficiary.Hex(), Value: payout.String(), Calldata: "0x"}
	var joins []*poll.Join
	for i, votes := range [][]int64{{1, 0}, {0, 2}, {3, 0}} {
		sub, _ := c.Vote(t, def, i, votes...)
		joins = append(joins, &poll.Join{Statement: sub.Statement, Proof: sub.Proof})
	}
	var cmds []*poll.Command
	if commands != nil {
		cmds = commands(def, coord, joins)
	}
	if extra != nil {
		joins = append(joins, extra(def, coord, joins)...)
	}

	circuit, err := def.Circuit()
	require.NoError(t, err)
	proc := process.New(params, circuit, coord)
	proc.ForgeCountingDuplicates() // a forger who logs a join twice counts it twice
	var entries []*poll.Entry
	for _, j := range joins {
		_, err := proc.Join(&j.Statement)
		require.NoError(t, err)
		entries = append(entries, &poll.Entry{Join: j})
	}
	for _, m := range cmds {
		proc.Append(process.Message{EphemeralKey: m.EphemeralKey, Ciphertext: m.Ciphertext, Opening: *m.Opening})
		entries = append(entries, &poll.Entry{Command: m})
	}
	proc.Process(nil)
	w, err := proc.Witness(nil)
	require.NoError(t, err)

	_, dir := coordtest.Keys(t)
	vks := map[string]groth16.VerifyingKey{}
	keys := map[string]*prover.Keys{}
	if proofs {
		_, dir = coordtest.ProofsKeys(t)
	}
	for _, name := range prover.OnChain(params) {
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
func settleForged(t *testing.T, n *net, f *forgedPoll) (*settlement.Deployment, *settlement.Log) {
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
	return d, settlement.LogOf(f.def, f.entries)
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

	suspects, err := settlement.Check(js, f.vks[prover.JoinVote], nil)
	require.NoError(t, err)
	require.Len(t, suspects, 1)
	require.Equal(t, 3, suspects[0].Index)
	_, err = settlement.Challenge(ctx, n.c, n.Auth(5), d, js, settlement.Joins, 3)
	require.NoError(t, err)
	_, _, err = settlement.AnswerChallenges(ctx, n.c, n.Auth(1), d, js)
	require.ErrorIs(t, err, settlement.ErrState, "the coordinator cannot answer for its invented join")
	n.Sim.AdjustTime(20 * time.Minute) // past the 15-minute answer window
	n.Sim.Commit()
	_, err = settlement.Expire(ctx, n.c, n.Auth(5), d, js, settlement.Joins, 3)
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
	suspects, err := settlement.Check(js, f.vks[prover.JoinVote], nil)
	require.NoError(t, err)
	require.Equal(t, []settlement.Suspect{{Kind: settlement.Joins, Index: 3, Duplicate: 1, Reason: "its nullifier is join 1's"}}, suspects)
	_, err = settlement.ChallengeDuplicate(t.Context(), n.c, n.Auth(5), d, js, settlement.Joins, 1, 3)
	require.NoError(t, err)
	requireNeverRuns(t, n, d)
}

// TestForgedCommandIsVoided: in a poll with command proofs, processing
// takes a command's opening as what it says and checks only that the key
// it names is the voter's, and that key is public (the join's poll key):
// the command proof, which needs its secret, is what stops anyone else.
// The coordinator forges a command that withdraws voter 2's yes 3,
// lends it a stranger's real command proof, and settles valid processing
// proofs over it: the forged result passes. A watcher finds the command's
// proof does not verify, challenges it, nobody can answer, and the result
// is void; the stranger's command, challenged too, is answered with its
// proof.
func TestForgedCommandIsVoided(t *testing.T) {
	if testing.Short() {
		t.Skip("proves a tally")
	}
	f := forgeWith(t, true, nil, func(def *poll.Definition, coord *babyjub.PrivateKey, real []*poll.Join) []*poll.Command {
		circuit, err := def.Circuit()
		require.NoError(t, err)
		keys, _ := coordtest.ProofsKeys(t)
		stranger, err := babyjub.GenerateKey(nil)
		require.NoError(t, err)
		eph, err := babyjub.GenerateKey(nil)
		require.NoError(t, err)
		w, err := command.NewWitness(def.Params, circuit, &command.Private{AuthKey: stranger, Ephemeral: eph,
			Command: message.Command{StateIndex: 1, NewKey: stranger.Public(), Option: 0, Weight: big.NewInt(2), Nonce: 1}})
		require.NoError(t, err)
		p, err := keys[prover.Command].Prove(w.Assignment, nil)
		require.NoError(t, err)
		proof, err := prover.ProofBytes(p)
		require.NoError(t, err)
		honest := &poll.Command{EphemeralKey: w.Statement.EphemeralKey, Ciphertext: w.Statement.Ciphertext, Opening: &w.Statement.Opening, Proof: proof}

		voter := real[2].Statement.PollKey // public: in the join
		pt, err := command.Plaintext(&message.Command{StateIndex: 2, NewKey: voter, Option: 0, Weight: big.NewInt(0), Nonce: 1}, &voter)
		require.NoError(t, err)
		eph2, err := babyjub.GenerateKey(nil)
		require.NoError(t, err)
		coordPub := coord.Public()
		shared, err := eph2.Shared(&coordPub)
		require.NoError(t, err)
		var nonce fr.Element
		nonce.SetUint64(message.CommandNonce)
		opening := command.Opening(pt)
		forged := &poll.Command{EphemeralKey: eph2.Public(), Ciphertext: encrypt.Encrypt(&shared, nonce, pt), Opening: &opening, Proof: proof}
		return []*poll.Command{honest, forged}
	})
	require.Equal(t, "1 2", f.tally.Final.Totals[0].String()+" "+f.tally.Final.Totals[1].String(), "the forged totals: voter 2's yes 3 withdrawn")
	n := newNet(t)
	ctx := t.Context()
	d, l := settleForged(t, n, f) // it passes: no has two thirds

	suspects, err := settlement.Check(l, f.vks[prover.JoinVote], f.vks[prover.Command])
	require.NoError(t, err)
	require.Len(t, suspects, 1)
	require.Equal(t, settlement.Commands, suspects[0].Kind)
	require.Equal(t, 1, suspects[0].Index)
	gas, err := settlement.Challenge(ctx, n.c, n.Auth(5), d, l, settlement.Commands, 1)
	require.NoError(t, err)
	t.Logf("challenge a command: %d gas", gas)
	_, err = settlement.Challenge(ctx, n.c, n.Auth(5), d, l, settlement.Commands, 0)
	require.NoError(t, err)
	answered, gas, err := settlement.AnswerChallenges(ctx, n.c, n.Auth(1), d, l)
	require.ErrorIs(t, err, settlement.ErrState, "the coordinator cannot answer for its forged command")
	require.ErrorContains(t, err, "command 1")
	require.Equal(t, 1, answered, "the stranger's command is answered with its own proof")
	t.Logf("answer a command challenge: %d gas", gas)
	n.Sim.AdjustTime(20 * time.Minute) // past the 15-minute answer window
	n.Sim.Commit()
	_, err = settlement.Expire(ctx, n.c, n.Auth(5), d, l, settlement.Commands, 1)
	require.NoError(t, err)
	requireNeverRuns(t, n, d)
}
