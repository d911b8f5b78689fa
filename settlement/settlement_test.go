package settlement_test

import (
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/contracts/chaintest"
	"github.com/zkvote/zkvote/coordinator/coordtest/proven"
	"github.com/zkvote/zkvote/settlement"
	"github.com/zkvote/zkvote/verifier"
)

// provenTally is the proven fixture poll, checked as zkvote verify does.
// Its totals are yes 3, no 7, with 5 joins; its payload pays beneficiary
// 1 ether.
func provenTally(t *testing.T) *verifier.Published {
	t.Helper()
	p, err := verifier.CheckPublished(proven.Artefacts(t))
	require.NoError(t, err)
	return p
}

// beneficiary and payout are coordtest's payload.
var beneficiary, payout = proven.Beneficiary, proven.Payout

// net is a simulated chain with the roles of a settlement: account 0
// deploys, 1 is the coordinator, 2..4 the council, 5 anyone.
type net struct {
	*chaintest.Chain
	c *settlement.Chain
}

func newNet(t *testing.T) *net {
	ch := chaintest.New(t)
	c, err := settlement.Simulated(t.Context(), ch.Sim)
	require.NoError(t, err)
	return &net{Chain: ch, c: c}
}

// council is a 2-of-3 council (accounts 2..4) over option 2 ("no") with
// a majority threshold, no quorum and a one-hour timelock.
func (n *net) council() *settlement.Council {
	return &settlement.Council{PassOption: 1, Quorum: new(big.Int), ThresholdBps: 5000, Delay: time.Hour,
		Members: n.Addrs[2:5], VetoThreshold: 2}
}

func (n *net) deploy(t *testing.T, p *verifier.Published, quorum int64) *settlement.Deployment {
	t.Helper()
	k := n.council()
	k.Quorum = big.NewInt(quorum)
	d, err := settlement.Deploy(t.Context(), n.c, n.Auth(0), settlement.Config{
		Definition: p.Log.Definition, Keys: p.Keys, Coordinator: n.Addrs[1], Council: k})
	require.NoError(t, err)
	// Fund the timelock with the payload's value.
	n.Pay(0, *d.Timelock, payout)
	return d
}

// TestSettleAndExecute is the whole path: a poll real voters used through
// the coordinator, its proven tally, deployed contracts, the anchor, the
// settlement of every proof, the timelock, and the execution of the
// payload; with the gas of each step.
func TestSettleAndExecute(t *testing.T) {
	if testing.Short() {
		t.Skip("proves a tally")
	}
	p := provenTally(t)
	require.Equal(t, "[3 7]", fmt.Sprint(p.Results.Totals))
	n := newNet(t)
	ctx := t.Context()
	d := n.deploy(t, p, 5)

	gas, err := settlement.Anchor(ctx, n.c, n.Auth(1), d, p.Log.Seal)
	require.NoError(t, err)
	t.Logf("anchor: %d gas", gas)
	_, err = settlement.Queue(ctx, n.c, n.Auth(5), d)
	require.ErrorIs(t, err, settlement.ErrReverted, "nothing to queue before the tally")

	var seen []int
	s, err := settlement.Settle(ctx, n.c, n.Auth(1), d, p.Tally, settlement.SettleOptions{PerTx: 4, Progress: func(done, _ int) { seen = append(seen, done) }})
	require.NoError(t, err)
	require.Equal(t, "[3 7]", fmt.Sprint(s.Totals))
	require.Equal(t, uint64(5), s.Joins)
	for _, tx := range s.Txs {
		t.Logf("%-8s %2d proofs: %d gas", tx.Kind, tx.Proofs, tx.Gas)
	}
	t.Logf("settlement: %d gas in %d transactions", s.Gas(), len(s.Txs))
	require.NotEmpty(t, seen)

	// Settling again sends nothing.
	again, err := settlement.Settle(ctx, n.c, n.Auth(1), d, p.Tally, settlement.SettleOptions{})
	require.NoError(t, err)
	require.Empty(t, again.Txs)

	gas, err = settlement.Queue(ctx, n.c, n.Auth(5), d)
	require.NoError(t, err)
	t.Logf("queue: %d gas", gas)
	_, err = settlement.Execute(ctx, n.c, n.Auth(5), d)
	require.ErrorIs(t, err, settlement.ErrReverted, "the timelock holds the payload")
	n.Sim.AdjustTime(time.Hour + time.Minute)
	n.Sim.Commit()
	_, err = settlement.Veto(ctx, n.c, n.Auth(2), d)
	require.ErrorIs(t, err, settlement.ErrReverted, "the veto window is over")
	before, err := n.Client.BalanceAt(ctx, beneficiary, nil)
	require.NoError(t, err)
	gas, err = settlement.Execute(ctx, n.c, n.Auth(5), d)
	require.NoError(t, err)
	t.Logf("execute: %d gas", gas)
	after, err := n.Client.BalanceAt(ctx, beneficiary, nil)
	require.NoError(t, err)
	require.Equal(t, payout, new(big.Int).Sub(after, before), "the payload ran")
	st, err := settlement.ExecutorStatus(ctx, n.c, d)
	require.NoError(t, err)
	require.True(t, st.Executed)
	_, err = settlement.Execute(ctx, n.c, n.Auth(5), d)
	require.ErrorIs(t, err, settlement.ErrReverted, "a payload runs once")
}

// TestVetoStopsExecution: two of three council members veto during the
// timelock; the payload never runs.
func TestVetoStopsExecution(t *testing.T) {
	if testing.Short() {
		t.Skip("proves a tally")
	}
	p := provenTally(t)
	n := newNet(t)
	ctx := t.Context()
	d := n.deploy(t, p, 5)
	_, err := settlement.Anchor(ctx, n.c, n.Auth(1), d, p.Log.Seal)
	require.NoError(t, err)
	_, err = settlement.Settle(ctx, n.c, n.Auth(1), d, p.Tally, settlement.SettleOptions{})
	require.NoError(t, err)
	_, err = settlement.Queue(ctx, n.c, n.Auth(5), d)
	require.NoError(t, err)
	_, err = settlement.Veto(ctx, n.c, n.Auth(5), d)
	require.ErrorIs(t, err, settlement.ErrReverted, "not a council member")
	_, err = settlement.Veto(ctx, n.c, n.Auth(2), d)
	require.NoError(t, err)
	_, err = settlement.Veto(ctx, n.c, n.Auth(2), d)
	require.ErrorIs(t, err, settlement.ErrReverted, "one veto per member")
	_, err = settlement.Veto(ctx, n.c, n.Auth(3), d)
	require.NoError(t, err)
	n.Sim.AdjustTime(2 * time.Hour)
	n.Sim.Commit()
	_, err = settlement.Execute(ctx, n.c, n.Auth(5), d)
	require.ErrorIs(t, err, settlement.ErrReverted)
	bal, err := n.Client.BalanceAt(ctx, beneficiary, nil)
	require.NoError(t, err)
	require.Zero(t, bal.Sign())
}

// TestQuorumNotMet: a result below the quorum cannot be queued.
func TestQuorumNotMet(t *testing.T) {
	if testing.Short() {
		t.Skip("proves a tally")
	}
	p := provenTally(t)
	n := newNet(t)
	ctx := t.Context()
	d := n.deploy(t, p, 11) // Σ totals is 10
	_, err := settlement.Anchor(ctx, n.c, n.Auth(1), d, p.Log.Seal)
	require.NoError(t, err)
	_, err = settlement.Settle(ctx, n.c, n.Auth(1), d, p.Tally, settlement.SettleOptions{})
	require.NoError(t, err)
	_, err = settlement.Queue(ctx, n.c, n.Auth(5), d)
	require.ErrorIs(t, err, settlement.ErrReverted)
	require.ErrorContains(t, err, "NotPassed")
}

// TestSettlementGas measures what benchmarks/README.md reports: the gas of
// a transaction carrying one proof of each kind, the marginal gas of a
// further proof in the same transaction, anchoring, publishing, queueing
// and executing. go test ./settlement -run SettlementGas -v
func TestSettlementGas(t *testing.T) {
	if testing.Short() {
		t.Skip("proves a tally")
	}
	p := provenTally(t)
	first, steady := map[string]uint64{}, map[string]uint64{} // a kind's first single-proof transaction, and its cheapest
	var publish uint64
	{
		n := newNet(t)
		d := n.deploy(t, p, 0)
		_, err := settlement.Anchor(t.Context(), n.c, n.Auth(1), d, p.Log.Seal)
		require.NoError(t, err)
		s, err := settlement.Settle(t.Context(), n.c, n.Auth(1), d, p.Tally, settlement.SettleOptions{PerTx: 1})
		require.NoError(t, err)
		for _, tx := range s.Txs {
			switch {
			case tx.Kind == "publish":
				publish = tx.Gas
			case first[tx.Kind] == 0:
				first[tx.Kind], steady[tx.Kind] = tx.Gas, tx.Gas
			default:
				steady[tx.Kind] = min(steady[tx.Kind], tx.Gas)
			}
		}
	}
	n := newNet(t)
	d := n.deploy(t, p, 0)
	_, err := settlement.Anchor(t.Context(), n.c, n.Auth(1), d, p.Log.Seal)
	require.NoError(t, err)
	s, err := settlement.Settle(t.Context(), n.c, n.Auth(1), d, p.Tally, settlement.SettleOptions{PerTx: 64})
	require.NoError(t, err)
	for _, tx := range s.Txs {
		if tx.Kind == "publish" || tx.Proofs < 2 {
			continue
		}
		// Both transactions are a kind's first, on fresh contracts.
		marginal := (tx.Gas - first[tx.Kind]) / uint64(tx.Proofs-1)
		t.Logf("%-8s one proof per transaction: %d gas (the kind's first: %d); each further proof in a transaction: %d gas",
			tx.Kind, steady[tx.Kind], first[tx.Kind], marginal)
		require.Less(t, marginal, steady[tx.Kind])
	}
	t.Logf("publish (%d options of the parameter set): %d gas", p.Log.Definition.Params.MaxVoteOptions, publish)
	for k, g := range d.Gas {
		t.Logf("deploy %s: %d gas", k, g)
	}
}
