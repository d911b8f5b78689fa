package settlement_test

import (
	"fmt"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/client"
	"github.com/zkvote/zkvote/coordinator"
	"github.com/zkvote/zkvote/coordinator/coordtest"
	"github.com/zkvote/zkvote/coordinator/server"
	"github.com/zkvote/zkvote/coordinator/store"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/prover"
	"github.com/zkvote/zkvote/settlement"
	"github.com/zkvote/zkvote/verifier"
)

// chainEnv is a chain the on-chain voting test runs on: accounts 0
// (deployer), 1 (coordinator), 2..4 (council) and 5 (anyone, funded).
type chainEnv struct {
	c       *settlement.Chain
	auth    func(i int) *bind.TransactOpts
	addr    func(i int) common.Address
	fund    func(to common.Address, wei *big.Int)
	balance func(common.Address) *big.Int
	until   func(t time.Time) // returns once the chain's clock is past t
	delay   time.Duration     // the council's timelock
	sim     bool              // the simulated chain (its clock moves at will)
}

func simEnv(t *testing.T) chainEnv {
	n := newNet(t)
	return chainEnv{c: n.c, auth: n.Auth, addr: func(i int) common.Address { return n.Addrs[i] },
		fund: func(to common.Address, wei *big.Int) { n.Pay(0, to, wei) },
		balance: func(a common.Address) *big.Int {
			b, err := n.Client.BalanceAt(t.Context(), a, nil)
			require.NoError(t, err)
			return b
		},
		until: func(at time.Time) {
			head, err := n.Client.HeaderByNumber(t.Context(), nil)
			require.NoError(t, err)
			if d := at.Sub(time.Unix(int64(head.Time), 0)); d >= 0 {
				n.Sim.AdjustTime(d + time.Second)
			}
			n.Sim.Commit()
		},
		delay: time.Hour, sim: true}
}

// TestOnChainVoting is the on-chain voting path end to end on the
// simulated chain (onChainVoting).
func TestOnChainVoting(t *testing.T) {
	if testing.Short() {
		t.Skip("proves a tally")
	}
	onChainVoting(t, simEnv(t), time.Hour, false)
}

// TestOnChainVotingCommandProofs is TestOnChainVoting in a poll with
// command proofs: the Poll contract verifies each command's proof.
func TestOnChainVotingCommandProofs(t *testing.T) {
	if testing.Short() {
		t.Skip("proves a tally")
	}
	onChainVoting(t, simEnv(t), time.Hour, true)
}

// onChainVoting: contracts deployed before the poll opens; voters 0..2
// vote through the coordinator, and voter 1 re-votes twice there (yes 2,
// then no 2 again); voter 3 joins on the Poll contract and re-votes there
// (yes 4); voter 0 joins there again (a duplicate, with another ballot);
// someone posts a copy of voter 1's first re-vote there (as the newest
// commands it would undo voter 1's second); the coordinator logs them all;
// voter 4 then votes through the coordinator. The log cannot be sealed
// while the contract may still take entries. The proven tally counts the
// on-chain join and re-vote and skips the duplicate and the copies; the
// Tally contract settles it against the Poll contract's on-chain sub-chain
// (and a Poll contract that holds other on-chain entries refuses it); on
// the simulated chain challenges of the skips are answered with the
// entries they repeat; the payload runs after the timelock. window is how
// long the poll stays open.
func onChainVoting(t *testing.T, env chainEnv, window time.Duration, proofs bool) {
	ctx := t.Context()
	c := coordtest.NewCensus(t, 5)
	_, keysDir := coordtest.Keys(t)
	dataDir := t.TempDir()
	cfg := coordinator.Defaults()
	cfg.DataDir, cfg.KeysDir = dataDir, keysDir
	keys, err := coordinator.LoadOrCreateKeys(dataDir)
	require.NoError(t, err)
	st, err := store.OpenPebble(filepath.Join(dataDir, "db"))
	require.NoError(t, err)
	svc, err := coordinator.Open(cfg, st, keys, coordinator.WithOnChain(server.ChainSource(env.c, 0)))
	require.NoError(t, err)
	closed1 := false
	t.Cleanup(func() {
		if !closed1 {
			_ = svc.Close()
		}
	})

	def := c.ProvenPoll(t, keys.Coordinator.Public())
	if proofs {
		def = c.ProofsPoll(t, keys.Coordinator.Public())
	}
	def.MaxMessages = 6 // 6 joins through the coordinator: room for 2 on-chain in the 8 of the state tree
	def.Execution = &poll.Execution{Target: beneficiary.Hex(), Value: payout.String(), Calldata: "0x"}
	head, err := env.c.Client.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	end := time.Unix(max(time.Now().Unix(), int64(head.Time)), 0).Add(window).UTC()
	def.End = &end
	require.NoError(t, def.Validate())
	require.Equal(t, uint64(2), def.OnChainRoom())
	vks := map[string]groth16.VerifyingKey{}
	for _, name := range prover.OnChain(def.Params) {
		k, err := prover.Load(keysDir, name, def.Params)
		require.NoError(t, err)
		vks[name] = k.VK
	}
	council := &settlement.Council{PassOption: 0, Quorum: new(big.Int), ThresholdBps: 5000, Delay: env.delay,
		Members: []common.Address{env.addr(2), env.addr(3), env.addr(4)}, VetoThreshold: 2}
	off, err := settlement.Deploy(ctx, env.c, env.auth(0), settlement.Config{Definition: def, Keys: vks, Coordinator: env.addr(1), Council: council})
	require.NoError(t, err)
	d, err := settlement.Deploy(ctx, env.c, env.auth(0), settlement.Config{Definition: def, Keys: vks, Coordinator: env.addr(1), Council: council,
		OnChainVoting: true})
	require.NoError(t, err)
	require.True(t, d.OnChainVoting)
	require.Equal(t, uint64(2), d.OnChainJoins)
	env.fund(*d.Timelock, payout)
	t.Logf("deploy all: %d gas", sum(d.Gas))
	id, err := svc.CreatePollWithContract(ctx, def, coordinator.PollContract{Address: d.Poll, Block: d.Block})
	require.NoError(t, err)

	recs := make([]*client.Record, 5)
	for i, votes := range [][]int64{{1, 0}, {0, 2}, {3, 0}} {
		sub, rec := c.Vote(t, def, i, votes...)
		_, idx, err := svc.SubmitVote(ctx, id, &sub.Statement, sub.Proof, nil)
		require.NoError(t, err)
		rec.StateIndex, recs[i] = &idx, rec
	}
	revote := func(rec *client.Record, votes ...int64) []*poll.Command {
		msgs, err := client.Revote(def, rec, []*big.Int{big.NewInt(votes[0]), big.NewInt(votes[1])})
		require.NoError(t, err)
		if proofs {
			ks, _ := coordtest.ProofsKeys(t)
			require.NoError(t, client.ProveCommands(ks[prover.Command], def, msgs))
		}
		var out []*poll.Command
		for _, m := range msgs {
			out = append(out, &poll.Command{EphemeralKey: m.EphemeralKey, Ciphertext: m.Ciphertext, Opening: m.Opening, Proof: m.Proof})
		}
		return out
	}
	submit := func(m *poll.Command) error {
		if proofs {
			_, err := svc.SubmitCommand(ctx, id, m, nil)
			return err
		}
		_, err := svc.SubmitMessage(ctx, id, m.EphemeralKey, m.Ciphertext, nil)
		return err
	}
	first := revote(recs[1], 2, 0)
	nCommands := 0 // commands logged before the copies
	for _, msgs := range [][]*poll.Command{first, revote(recs[1], 0, 2)} {
		nCommands += len(msgs)
		for _, m := range msgs {
			require.NoError(t, submit(m))
		}
	}
	sub3, rec3 := c.Vote(t, def, 3, 0, 4)
	_, err = settlement.JoinOnChain(ctx, env.c, env.auth(5), off, &poll.Join{Statement: sub3.Statement, Proof: sub3.Proof}, nil)
	require.Error(t, err, "a Poll deployed without on-chain voting takes no join")
	oj, err := settlement.JoinOnChain(ctx, env.c, env.auth(5), d, &poll.Join{Statement: sub3.Statement, Proof: sub3.Proof}, nil)
	require.NoError(t, err)
	require.Equal(t, uint64(0), oj.Index)
	t.Logf("an on-chain join: %d gas", oj.Gas)
	_, err = settlement.JoinOnChain(ctx, env.c, env.auth(5), d, &poll.Join{Statement: sub3.Statement, Proof: sub3.Proof}, nil)
	require.Error(t, err, "one on-chain join per member")
	again, _ := c.Vote(t, def, 0, 0, 1) // voter 0, who joined through the coordinator
	oj, err = settlement.JoinOnChain(ctx, env.c, env.auth(5), d, &poll.Join{Statement: again.Statement, Proof: again.Proof}, nil)
	require.NoError(t, err)
	require.Equal(t, uint64(1), oj.Index)
	three := uint64(3) // voter 3's state index: after the three gasless joins
	rec3.StateIndex = &three
	mine := revote(rec3, 4, 0)
	nCommands += len(mine)
	for _, m := range mine {
		oc, err := settlement.CommandOnChain(ctx, env.c, env.auth(5), d, m)
		require.NoError(t, err)
		t.Logf("an on-chain command: %d gas", oc.Gas)
	}
	for _, m := range first { // a replay of voter 1's first re-vote
		_, err := settlement.CommandOnChain(ctx, env.c, env.auth(5), d, m)
		require.NoError(t, err)
	}
	if proofs {
		forged := *mine[0]
		forged.Proof = first[0].Proof // another command's proof
		_, err := settlement.CommandOnChain(ctx, env.c, env.auth(5), d, &forged)
		require.Error(t, err, "a command whose proof is not its own")
	}
	bad, _ := c.Vote(t, def, 4, 5, 0)
	bad.Statement.Ciphertext[0].SetUint64(7) // data that does not hash to the proven message hash
	_, err = settlement.JoinOnChain(ctx, env.c, env.auth(5), d, &poll.Join{Statement: bad.Statement, Proof: bad.Proof}, nil)
	require.Error(t, err, "a join whose data the proof does not bind")

	deep, closed, err := settlement.OnChainEntries(ctx, env.c, d.Poll, d.Block, id, 0, 1_000_000)
	require.NoError(t, err)
	require.Empty(t, deep, "nothing is final a million blocks down")
	require.False(t, closed)
	logged, closed, err := svc.SyncOnChain(ctx, id)
	require.NoError(t, err)
	require.Equal(t, 2+len(mine)+len(first), logged, "two joins, voter 3's re-vote and the copies")
	require.False(t, closed)
	require.ErrorIs(t, submit(first[0]), coordinator.ErrDuplicate, "the coordinator takes no copy itself")
	sub4, _ := c.Vote(t, def, 4, 5, 0)
	_, idx, err := svc.SubmitVote(ctx, id, &sub4.Statement, sub4.Proof, nil)
	require.NoError(t, err)
	require.Equal(t, uint64(5), idx, "after the three gasless joins and the two on-chain ones")
	r3, idx3, err := svc.SubmitVote(ctx, id, &sub3.Statement, sub3.Proof, nil)
	require.NoError(t, err, "the on-chain join itself, sent again: its receipt, as for a retry")
	require.Equal(t, uint64(3), idx3)
	require.NotNil(t, r3)
	other3, _ := c.Vote(t, def, 3, 1, 0)
	_, _, err = svc.SubmitVote(ctx, id, &other3.Statement, other3.Proof, nil)
	require.ErrorIs(t, err, coordinator.ErrNullifierUsed, "a member who joined on-chain cannot join again gaslessly")

	_, err = svc.ClosePoll(id)
	require.ErrorIs(t, err, coordinator.ErrChainPending)
	t.Logf("voting done %s before the end", time.Until(end).Round(time.Second))
	env.until(end)
	_, err = settlement.JoinOnChain(ctx, env.c, env.auth(5), d, &poll.Join{Statement: sub4.Statement, Proof: sub4.Proof}, nil)
	require.Error(t, err, "the contract takes no join after the end")
	_, err = svc.ClosePoll(id)
	require.NoError(t, err)
	_, err = svc.StartTally(id)
	require.NoError(t, err)
	job, err := svc.WaitTally(ctx, id)
	require.NoError(t, err)
	require.Equal(t, poll.JobDone, job.State, job.Error)
	files, err := svc.Artefacts(id)
	require.NoError(t, err)
	dir := t.TempDir()
	require.NoError(t, poll.WriteArtefacts(dir, files, false))
	p, err := verifier.CheckPublished(dir)
	require.NoError(t, err)
	require.Equal(t, "[13 2]", fmt.Sprint(p.Results.Totals), "yes 1 + 3 + 4 + 5, no 2: the duplicate and the copies count nowhere")
	require.Equal(t, 2+len(mine)+len(first), p.Log.OnChain)
	require.Equal(t, 1, p.Log.Duplicates)
	require.Equal(t, len(first), p.Log.Copies)

	if env.sim { // A Poll contract that holds other on-chain entries (here none) refuses the result.
		_, err = settlement.Anchor(ctx, env.c, env.auth(1), off, p.Log.Seal)
		require.NoError(t, err)
		_, err = settlement.Settle(ctx, env.c, env.auth(1), off, p.Tally, settlement.SettleOptions{PerTx: 8})
		require.ErrorContains(t, err, "OnChainEntriesMissing")
	}

	_, err = settlement.Anchor(ctx, env.c, env.auth(1), d, p.Log.Seal)
	require.NoError(t, err)
	s, err := settlement.Settle(ctx, env.c, env.auth(1), d, p.Tally, settlement.SettleOptions{PerTx: 8})
	require.NoError(t, err)
	require.Equal(t, "[13 2]", fmt.Sprint(s.Totals))
	for _, tx := range s.Txs {
		t.Logf("%-8s %2d proofs: %d gas", tx.Kind, tx.Proofs, tx.Gas)
	}

	l := settlement.LogOf(def, p.Log.Entries)
	require.NoError(t, settlement.ReadSkipped(ctx, env.c, d, l))
	copies := map[int]bool{}
	for i := range first {
		copies[nCommands+i] = true // after voter 1's two re-votes and voter 3's
	}
	require.Equal(t, settlement.Skip{settlement.Joins: {4: true}, settlement.Commands: copies}, l.Skipped)
	suspects, err := settlement.Check(l, vks[prover.JoinVote], vks[prover.Command])
	require.NoError(t, err)
	require.Empty(t, suspects)
	if env.sim { // the challenge window lasts half the timelock: on geth --dev, seconds
		_, err = settlement.ChallengeSkip(ctx, env.c, env.auth(5), d, l, settlement.Joins, 3)
		require.ErrorIs(t, err, settlement.ErrReverted, "join 3 was not skipped")
		gas, err := settlement.ChallengeSkip(ctx, env.c, env.auth(5), d, l, settlement.Joins, 4)
		require.NoError(t, err)
		t.Logf("a skip challenge: %d gas", gas)
		copied := nCommands // the first copy
		_, err = settlement.ChallengeSkip(ctx, env.c, env.auth(5), d, l, settlement.Commands, 0)
		require.ErrorIs(t, err, settlement.ErrReverted, "command 0 was not skipped")
		gas, err = settlement.ChallengeSkip(ctx, env.c, env.auth(5), d, l, settlement.Commands, copied)
		require.NoError(t, err)
		t.Logf("a command skip challenge: %d gas", gas)
		tended, err := settlement.TendChallenges(ctx, env.c, env.auth(1), d, l, nil, false)
		require.NoError(t, err)
		require.Len(t, tended, 2)
		for _, tc := range tended {
			require.NoError(t, tc.Err)
			require.True(t, tc.Answered && tc.Skip, tc.What())
			t.Logf("%s answered (with the entry it repeats): %d gas", tc.What(), tc.Gas)
		}
		status, err := settlement.ReadTallyStatus(ctx, env.c, d)
		require.NoError(t, err)
		require.Zero(t, status.OpenChallenges)
		require.False(t, status.Voided)
	}

	_, err = settlement.Queue(ctx, env.c, env.auth(5), d)
	require.NoError(t, err)
	es, err := settlement.ExecutorStatus(ctx, env.c, d)
	require.NoError(t, err)
	env.until(es.ETA)
	before := env.balance(beneficiary)
	_, err = settlement.Execute(ctx, env.c, env.auth(5), d)
	require.NoError(t, err)
	require.Equal(t, payout, new(big.Int).Sub(env.balance(beneficiary), before), "the payload ran")

	// Restarted, the coordinator still knows the poll's contract and its entries.
	closed1 = true
	require.NoError(t, svc.Close())
	st2, err := store.OpenPebble(filepath.Join(dataDir, "db"))
	require.NoError(t, err)
	svc2, err := coordinator.Open(cfg, st2, keys, coordinator.WithOnChain(server.ChainSource(env.c, 0)))
	require.NoError(t, err)
	defer svc2.Close()
	_, closed, err = svc2.SyncOnChain(ctx, id)
	require.NoError(t, err)
	require.True(t, closed, "a sealed poll has nothing left to sync")
}

func sum(gas map[string]uint64) uint64 {
	var s uint64
	for _, g := range gas {
		s += g
	}
	return s
}
