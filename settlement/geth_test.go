package settlement_test

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/contracts/chaintest"
	"github.com/zkvote/zkvote/settlement"
)

// TestGethDev runs the settlement against a real node: geth --dev at the
// pinned version, built and started by the test. It deploys a poll's
// contracts, anchors the poll that real voters used through the
// coordinator, settles its proven tally, waits out the timelock and
// executes the payload.
func TestGethDev(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs geth")
	}
	p := provenTally(t)
	ipc, rc := chaintest.DevNode(t)
	ctx := t.Context()

	keys := make([]*ecdsa.PrivateKey, 4) // deployer, coordinator, council ×2
	for i := range keys {
		k, err := crypto.GenerateKey()
		require.NoError(t, err)
		keys[i] = k
		chaintest.Fund(t, rc, crypto.PubkeyToAddress(k.PublicKey), new(big.Int).Mul(big.NewInt(10), big.NewInt(params.Ether)))
	}
	addr := func(i int) common.Address { return crypto.PubkeyToAddress(keys[i].PublicKey) }
	c, err := settlement.Dial(ctx, ipc)
	require.NoError(t, err)
	auth := func(i int) *bind.TransactOpts {
		o, err := bind.NewKeyedTransactorWithChainID(keys[i], c.ChainID)
		require.NoError(t, err)
		return o
	}
	d, err := settlement.Deploy(ctx, c, auth(0), settlement.Config{
		Definition: p.Log.Definition, Keys: p.Keys, Coordinator: addr(1),
		Council: &settlement.Council{PassOption: 1, Quorum: big.NewInt(5), ThresholdBps: 5000, Delay: 3 * time.Second,
			Members: []common.Address{addr(2), addr(3)}, VetoThreshold: 2},
	})
	require.NoError(t, err)
	chaintest.Fund(t, rc, *d.Timelock, payout)
	gas, err := settlement.Anchor(ctx, c, auth(1), d, p.Log.Seal)
	require.NoError(t, err)
	t.Logf("geth --dev: anchor %d gas", gas)
	s, err := settlement.Settle(ctx, c, auth(1), d, p.Tally, settlement.SettleOptions{})
	require.NoError(t, err)
	require.Equal(t, "[3 7]", fmt.Sprint(s.Totals))
	t.Logf("geth --dev: settlement %d gas in %d transactions", s.Gas(), len(s.Txs))
	for _, tx := range s.Txs {
		t.Logf("geth --dev: %-8s %d proofs: %d gas", tx.Kind, tx.Proofs, tx.Gas)
	}
	for k, g := range d.Gas {
		t.Logf("geth --dev: deploy %s: %d gas", k, g)
	}
	gas, err = settlement.Queue(ctx, c, auth(0), d)
	require.NoError(t, err)
	t.Logf("geth --dev: queue %d gas", gas)
	st, err := settlement.ExecutorStatus(ctx, c, d)
	require.NoError(t, err)
	for {
		head, err := ethclient.NewClient(rc).HeaderByNumber(ctx, nil)
		require.NoError(t, err)
		if time.Unix(int64(head.Time), 0).After(st.ETA) {
			break
		}
		time.Sleep(500 * time.Millisecond) // waiting for the chain's clock: blocks come every second
	}
	gas, err = settlement.Execute(ctx, c, auth(0), d)
	require.NoError(t, err)
	t.Logf("geth --dev: execute %d gas", gas)
	bal, err := ethclient.NewClient(rc).BalanceAt(ctx, beneficiary, nil)
	require.NoError(t, err)
	require.Equal(t, payout, bal)
}

// TestGethDevOnChainVoting is the on-chain voting path (onChainVoting) on
// geth --dev: voters join on the Poll contract and through the
// coordinator, which logs the on-chain joins from the node, and the proven
// result is settled and its payload executed. The poll stays open a
// minute and a half of the node's clock (blocks come every second).
func TestGethDevOnChainVoting(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs geth")
	}
	ipc, rc := chaintest.DevNode(t)
	ctx := t.Context()
	keys := make([]*ecdsa.PrivateKey, 6) // deployer, coordinator, council ×3, anyone
	for i := range keys {
		k, err := crypto.GenerateKey()
		require.NoError(t, err)
		keys[i] = k
		chaintest.Fund(t, rc, crypto.PubkeyToAddress(k.PublicKey), new(big.Int).Mul(big.NewInt(10), big.NewInt(params.Ether)))
	}
	c, err := settlement.Dial(ctx, ipc)
	require.NoError(t, err)
	ec := ethclient.NewClient(rc)
	env := chainEnv{c: c,
		auth: func(i int) *bind.TransactOpts {
			o, err := bind.NewKeyedTransactorWithChainID(keys[i], c.ChainID)
			require.NoError(t, err)
			return o
		},
		addr: func(i int) common.Address { return crypto.PubkeyToAddress(keys[i].PublicKey) },
		fund: func(to common.Address, wei *big.Int) { chaintest.Fund(t, rc, to, wei) },
		balance: func(a common.Address) *big.Int {
			b, err := ec.BalanceAt(ctx, a, nil)
			require.NoError(t, err)
			return b
		},
		until: func(at time.Time) {
			for {
				head, err := ec.HeaderByNumber(ctx, nil)
				require.NoError(t, err)
				if time.Unix(int64(head.Time), 0).After(at) {
					return
				}
				time.Sleep(500 * time.Millisecond)
			}
		},
		delay: 3 * time.Second}
	onChainVoting(t, env, 90*time.Second, true)
}
