package settlement_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/contracts/bindings"
	"github.com/zkvote/zkvote/coordinator/coordtest/proven"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/prover"
	"github.com/zkvote/zkvote/settlement"
	"github.com/zkvote/zkvote/verifier"
)

// TestJoinChallenges: the processing proofs take each join's proof as
// verified, so a recorded result is final only once its joins could be
// challenged. A challenged join that is real is answered by anyone with
// its proof from the published log; one that is not (here: left
// unanswered, as an invented join must be, since no proof exists for it)
// voids the result, and the payload never runs.
func TestJoinChallenges(t *testing.T) {
	if testing.Short() {
		t.Skip("proves a tally")
	}
	p := provenTally(t)
	n := newNet(t)
	ctx := t.Context()
	d := n.deploy(t, p, 5) // a one-hour timelock: challenges for 30 min, answers within 15 min
	js := settlement.LogOf(p.Log.Definition, p.Log.Entries)
	require.Len(t, js.Joins, 5)

	_, err := settlement.Anchor(ctx, n.c, n.Auth(1), d, p.Log.Seal)
	require.NoError(t, err)
	_, err = settlement.Challenge(ctx, n.c, n.Auth(5), d, js, settlement.Joins, 2)
	require.ErrorIs(t, err, settlement.ErrReverted, "nothing to challenge before the result")
	_, err = settlement.Settle(ctx, n.c, n.Auth(1), d, p.Tally, settlement.SettleOptions{PerTx: 8})
	require.NoError(t, err)
	_, err = settlement.Queue(ctx, n.c, n.Auth(5), d)
	require.NoError(t, err)
	st, err := settlement.ReadTallyStatus(ctx, n.c, d)
	require.NoError(t, err)
	require.True(t, st.Done)
	require.False(t, st.Final, "not before its challenge window closes")

	// A real join, challenged, is answered with its proof from the log.
	gas, err := settlement.Challenge(ctx, n.c, n.Auth(5), d, js, settlement.Joins, 2)
	require.NoError(t, err)
	t.Logf("challenge a join: %d gas", gas)
	_, err = settlement.Challenge(ctx, n.c, n.Auth(5), d, js, settlement.Joins, 2)
	require.ErrorIs(t, err, settlement.ErrReverted, "a join is challenged once")
	wrong, swapped := *js, *js.Joins[2]
	swapped.Proof = js.Joins[3].Proof
	wrong.Joins = append([]*poll.Join(nil), js.Joins...)
	wrong.Joins[2] = &swapped
	_, err = settlement.Answer(ctx, n.c, n.Auth(0), d, &wrong, settlement.Joins, 2)
	require.ErrorIs(t, err, settlement.ErrReverted, "another join's proof is no answer")
	answered, gas, err := settlement.AnswerChallenges(ctx, n.c, n.Auth(0), d, js)
	require.NoError(t, err)
	require.Equal(t, 1, answered)
	t.Logf("answer a challenge: %d gas", gas)
	st, err = settlement.ReadTallyStatus(ctx, n.c, d)
	require.NoError(t, err)
	require.Zero(t, st.OpenChallenges)

	// Entries that are not the batch's joins are refused, and so is a
	// "duplicate" of two joins with different nullifiers.
	forged := *js
	forged.Joins = append([]*poll.Join(nil), js.Joins...)
	other := *js.Joins[1]
	other.Statement.Nullifier = js.Joins[4].Statement.Nullifier
	forged.Joins[1] = &other
	_, err = settlement.Challenge(ctx, n.c, n.Auth(5), d, &forged, settlement.Joins, 1)
	require.ErrorIs(t, err, settlement.ErrReverted, "a join the batch does not hold")
	_, err = settlement.ChallengeDuplicate(ctx, n.c, n.Auth(5), d, js, settlement.Joins, 0, 4)
	require.ErrorIs(t, err, settlement.ErrReverted, "two joins with different nullifiers")

	// A join nobody can answer for: the result is void once the answer
	// window passes, and the payload never runs.
	_, err = settlement.Challenge(ctx, n.c, n.Auth(5), d, js, settlement.Joins, 4)
	require.NoError(t, err)
	_, err = settlement.Expire(ctx, n.c, n.Auth(5), d, js, settlement.Joins, 4)
	require.ErrorIs(t, err, settlement.ErrReverted, "not before its deadline")
	n.Sim.AdjustTime(16 * time.Minute)
	n.Sim.Commit()
	_, err = settlement.Answer(ctx, n.c, n.Auth(0), d, js, settlement.Joins, 4)
	require.ErrorIs(t, err, settlement.ErrReverted, "too late to answer")
	_, err = settlement.Expire(ctx, n.c, n.Auth(5), d, js, settlement.Joins, 4)
	require.NoError(t, err)
	n.Sim.AdjustTime(time.Hour)
	n.Sim.Commit()
	st, err = settlement.ReadTallyStatus(ctx, n.c, d)
	require.NoError(t, err)
	require.True(t, st.Voided)
	require.False(t, st.Final)
	before, err := n.Client.BalanceAt(ctx, beneficiary, nil)
	require.NoError(t, err)
	_, err = settlement.Execute(ctx, n.c, n.Auth(5), d)
	require.ErrorIs(t, err, settlement.ErrReverted, "a void result runs nothing")
	require.ErrorContains(t, err, "NotFinal")
	after, err := n.Client.BalanceAt(ctx, beneficiary, nil)
	require.NoError(t, err)
	require.Zero(t, new(big.Int).Sub(after, before).Sign())
}

// TestBatchChallenges: a watcher who cannot see the joins (the log was
// not published) challenges whole join batches with a bond. Answered with
// the batch's joins and proofs, the bond goes to the answerer; left
// unanswered, the result is void and the bond goes back.
func TestBatchChallenges(t *testing.T) {
	if testing.Short() {
		t.Skip("proves a tally")
	}
	p := provenTally(t)
	n := newNet(t)
	ctx := t.Context()
	d := n.deploy(t, p, 5)
	js := settlement.LogOf(p.Log.Definition, p.Log.Entries)
	_, err := settlement.Anchor(ctx, n.c, n.Auth(1), d, p.Log.Seal)
	require.NoError(t, err)
	_, err = settlement.Settle(ctx, n.c, n.Auth(1), d, p.Tally, settlement.SettleOptions{PerTx: 8})
	require.NoError(t, err)
	batches, err := settlement.Batches(ctx, n.c, d, settlement.Joins)
	require.NoError(t, err)
	require.Equal(t, 2, batches, "5 joins in batches of 4")
	cb, err := settlement.Batches(ctx, n.c, d, settlement.Commands)
	require.NoError(t, err)
	require.Zero(t, cb, "no command challenges without command proofs: processing checks the signatures")

	challenges, err := bindings.NewChallenges(d.Challenges, n.Client)
	require.NoError(t, err)
	short := *n.Auth(5)
	short.Value = big.NewInt(1)
	_, err = challenges.ChallengeBatch(&short, nil, big.NewInt(0))
	require.ErrorContains(t, err, "revert", "a batch challenge without the bond")
	bonded := *n.Auth(5)
	bonded.Value = settlement.DefaultBatchBond
	_, err = challenges.ChallengeCommandBatch(&bonded, []*big.Int{big.NewInt(0)}, big.NewInt(0))
	require.ErrorContains(t, err, "revert", "no command batch challenge without command proofs")
	_, err = settlement.ChallengeBatch(ctx, n.c, n.Auth(5), d, settlement.Joins, 0)
	require.NoError(t, err)
	_, err = settlement.ChallengeBatch(ctx, n.c, n.Auth(5), d, settlement.Joins, 0)
	require.ErrorIs(t, err, settlement.ErrReverted, "a batch is challenged once")

	// Answered from the published log: the answerer takes the bond.
	before, err := n.Client.BalanceAt(ctx, n.Addrs[0], nil)
	require.NoError(t, err)
	answered, gas, err := settlement.AnswerChallenges(ctx, n.c, n.Auth(0), d, js)
	require.NoError(t, err)
	require.Equal(t, 1, answered)
	t.Logf("answer a batch challenge (4 joins, 4 proofs): %d gas", gas)
	after, err := n.Client.BalanceAt(ctx, n.Addrs[0], nil)
	require.NoError(t, err)
	require.Positive(t, new(big.Int).Sub(after, before).Cmp(big.NewInt(0)), "the bond more than pays the answer's gas on this chain")

	// Unanswered: void, and the bond goes back.
	_, err = settlement.ChallengeBatch(ctx, n.c, n.Auth(5), d, settlement.Joins, 1)
	require.NoError(t, err)
	n.Sim.AdjustTime(20 * time.Minute)
	n.Sim.Commit()
	before, err = n.Client.BalanceAt(ctx, n.Addrs[5], nil)
	require.NoError(t, err)
	_, err = settlement.ExpireBatch(ctx, n.c, n.Auth(4), d, settlement.Joins, 1)
	require.NoError(t, err)
	after, err = n.Client.BalanceAt(ctx, n.Addrs[5], nil)
	require.NoError(t, err)
	require.Equal(t, settlement.DefaultBatchBond, new(big.Int).Sub(after, before), "the bond back to the challenger")
	st, err := settlement.ReadTallyStatus(ctx, n.c, d)
	require.NoError(t, err)
	require.True(t, st.Voided)
}

// TestCommandChallenges: in a poll with command proofs the processing
// proofs take each command's proof as verified too. The poll real voters
// used through the coordinator settles; a challenged command is answered
// with its proof from the log, a command batch challenged with the bond
// with the batch's commands and proofs; entries that are not the batch's
// and another command's proof are refused; the result is final once the
// window closes.
func TestCommandChallenges(t *testing.T) {
	if testing.Short() {
		t.Skip("proves a tally")
	}
	p, err := verifier.CheckPublished(proven.ProofsArtefacts(t))
	require.NoError(t, err)
	require.Equal(t, "[8 7]", fmt.Sprint(p.Results.Totals))
	n := newNet(t)
	ctx := t.Context()
	d := n.deploy(t, p, 5)
	require.NotZero(t, d.Verifiers[prover.Command], "the command proof's verifier")
	l := settlement.LogOf(p.Log.Definition, p.Log.Entries)
	require.GreaterOrEqual(t, len(l.Commands), 3, "more than one command batch")

	_, err = settlement.Anchor(ctx, n.c, n.Auth(1), d, p.Log.Seal)
	require.NoError(t, err)
	s, err := settlement.Settle(ctx, n.c, n.Auth(1), d, p.Tally, settlement.SettleOptions{PerTx: 8})
	require.NoError(t, err)
	require.Equal(t, "[8 7]", fmt.Sprint(s.Totals))
	_, err = settlement.Queue(ctx, n.c, n.Auth(5), d)
	require.ErrorIs(t, err, settlement.ErrReverted, "yes wins: the payload is not queued")
	batches, err := settlement.Batches(ctx, n.c, d, settlement.Commands)
	require.NoError(t, err)
	require.Equal(t, (len(l.Commands)+1)/2, batches, "commands in batches of 2")

	suspects, err := settlement.Check(l, p.Keys[prover.JoinVote], p.Keys[prover.Command])
	require.NoError(t, err)
	require.Empty(t, suspects)

	// The oldest and the newest command, each challenged and answered,
	// through a node that refuses event queries over more than 4 blocks
	// (public providers cap eth_getLogs ranges; the poll's events span
	// more blocks than that here).
	narrow := &narrowLogs{ContractBackend: n.c.Client, max: 4}
	nc := *n.c
	nc.Client = narrow
	last := len(l.Commands) - 1
	for _, i := range []int{0, last} {
		gas, err := settlement.Challenge(ctx, &nc, n.Auth(5), d, l, settlement.Commands, i)
		require.NoError(t, err)
		t.Logf("challenge command %d: %d gas", i, gas)
	}
	wrong, swapped := *l, *l.Commands[last]
	swapped.Proof = l.Commands[0].Proof
	wrong.Commands = append([]*poll.Command(nil), l.Commands...)
	wrong.Commands[last] = &swapped
	_, err = settlement.Answer(ctx, n.c, n.Auth(0), d, &wrong, settlement.Commands, last)
	require.ErrorIs(t, err, settlement.ErrReverted, "another command's proof is no answer")
	answered, gas, err := settlement.AnswerChallenges(ctx, &nc, n.Auth(0), d, l)
	require.NoError(t, err)
	require.Equal(t, 2, answered)
	require.Positive(t, narrow.refused, "the node refused wide queries, and the windows narrowed")
	t.Logf("answer two command challenges: %d gas", gas)

	// A command the batch does not hold is refused.
	forged := *l
	forged.Commands = append([]*poll.Command(nil), l.Commands...)
	other := *l.Commands[1]
	opening := *other.Opening
	opening.SetUint64(7)
	other.Opening = &opening
	forged.Commands[1] = &other
	_, err = settlement.Challenge(ctx, n.c, n.Auth(5), d, &forged, settlement.Commands, 1)
	require.ErrorIs(t, err, settlement.ErrReverted, "a command the batch does not hold")

	// A command batch, challenged with the bond, answered from the log.
	_, err = settlement.ChallengeBatch(ctx, n.c, n.Auth(5), d, settlement.Commands, batches-1)
	require.NoError(t, err)
	answered, gas, err = settlement.AnswerChallenges(ctx, n.c, n.Auth(0), d, l)
	require.NoError(t, err)
	require.Equal(t, 1, answered)
	t.Logf("answer a command batch challenge: %d gas", gas)

	n.Sim.AdjustTime(31 * time.Minute) // past the 30-minute challenge window
	n.Sim.Commit()
	st, err := settlement.ReadTallyStatus(ctx, n.c, d)
	require.NoError(t, err)
	require.True(t, st.Final)
	require.Zero(t, st.OpenChallenges)
}

// narrowLogs is a node that refuses an eth_getLogs query over more than
// max blocks, as public JSON-RPC providers do (with their wording).
type narrowLogs struct {
	bind.ContractBackend
	max     uint64
	refused int
}

func (n *narrowLogs) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if q.FromBlock == nil || q.ToBlock == nil || q.ToBlock.Uint64()-q.FromBlock.Uint64()+1 > n.max {
		n.refused++
		return nil, errors.New("query exceeds max block range 4")
	}
	return n.ContractBackend.FilterLogs(ctx, q)
}
