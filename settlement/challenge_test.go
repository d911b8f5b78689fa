package settlement_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/contracts/bindings"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/settlement"
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
	js := settlement.JoinsOf(p.Log.Definition, p.Log.Entries)
	require.Len(t, js.List, 5)

	_, err := settlement.Anchor(ctx, n.c, n.Auth(1), d, p.Log.Seal)
	require.NoError(t, err)
	_, err = settlement.ChallengeJoin(ctx, n.c, n.Auth(5), d, js, 2)
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
	gas, err := settlement.ChallengeJoin(ctx, n.c, n.Auth(5), d, js, 2)
	require.NoError(t, err)
	t.Logf("challenge a join: %d gas", gas)
	_, err = settlement.ChallengeJoin(ctx, n.c, n.Auth(5), d, js, 2)
	require.ErrorIs(t, err, settlement.ErrReverted, "a join is challenged once")
	wrong := *js.List[2]
	wrong.Proof = js.List[3].Proof
	_, err = settlement.AnswerJoin(ctx, n.c, n.Auth(0), d, &wrong)
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
	forged.List = append([]*poll.Join(nil), js.List...)
	other := *js.List[1]
	other.Statement.Nullifier = js.List[4].Statement.Nullifier
	forged.List[1] = &other
	_, err = settlement.ChallengeJoin(ctx, n.c, n.Auth(5), d, &forged, 1)
	require.ErrorIs(t, err, settlement.ErrReverted, "a join the batch does not hold")
	_, err = settlement.ChallengeDuplicate(ctx, n.c, n.Auth(5), d, js, 0, 4)
	require.ErrorIs(t, err, settlement.ErrReverted, "two joins with different nullifiers")

	// A join nobody can answer for: the result is void once the answer
	// window passes, and the payload never runs.
	_, err = settlement.ChallengeJoin(ctx, n.c, n.Auth(5), d, js, 4)
	require.NoError(t, err)
	_, err = settlement.Expire(ctx, n.c, n.Auth(5), d, js.List[4])
	require.ErrorIs(t, err, settlement.ErrReverted, "not before its deadline")
	n.Sim.AdjustTime(16 * time.Minute)
	n.Sim.Commit()
	_, err = settlement.AnswerJoin(ctx, n.c, n.Auth(0), d, js.List[4])
	require.ErrorIs(t, err, settlement.ErrReverted, "too late to answer")
	_, err = settlement.Expire(ctx, n.c, n.Auth(5), d, js.List[4])
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
	js := settlement.JoinsOf(p.Log.Definition, p.Log.Entries)
	_, err := settlement.Anchor(ctx, n.c, n.Auth(1), d, p.Log.Seal)
	require.NoError(t, err)
	_, err = settlement.Settle(ctx, n.c, n.Auth(1), d, p.Tally, settlement.SettleOptions{PerTx: 8})
	require.NoError(t, err)
	batches, err := settlement.JoinBatches(ctx, n.c, d)
	require.NoError(t, err)
	require.Equal(t, 2, batches, "5 joins in batches of 4")

	tally, err := bindings.NewTally(d.Tally, n.Client)
	require.NoError(t, err)
	short := *n.Auth(5)
	short.Value = big.NewInt(1)
	_, err = tally.ChallengeBatch(&short, nil, big.NewInt(0))
	require.ErrorContains(t, err, "revert", "a batch challenge without the bond")
	_, err = settlement.ChallengeBatch(ctx, n.c, n.Auth(5), d, 0)
	require.NoError(t, err)
	_, err = settlement.ChallengeBatch(ctx, n.c, n.Auth(5), d, 0)
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
	_, err = settlement.ChallengeBatch(ctx, n.c, n.Auth(5), d, 1)
	require.NoError(t, err)
	n.Sim.AdjustTime(20 * time.Minute)
	n.Sim.Commit()
	before, err = n.Client.BalanceAt(ctx, n.Addrs[5], nil)
	require.NoError(t, err)
	_, err = settlement.ExpireBatch(ctx, n.c, n.Auth(4), d, 1)
	require.NoError(t, err)
	after, err = n.Client.BalanceAt(ctx, n.Addrs[5], nil)
	require.NoError(t, err)
	require.Equal(t, settlement.DefaultBatchBond, new(big.Int).Sub(after, before), "the bond back to the challenger")
	st, err := settlement.ReadTallyStatus(ctx, n.c, d)
	require.NoError(t, err)
	require.True(t, st.Voided)
}
