package settlement_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/settlement"
)

// gethVersion is the go-ethereum version go.mod pins; the test builds its
// geth from it (a tool directive keeps its dependencies in go.sum).
const gethVersion = "v1.17.10"

// buildGeth builds geth once per machine into the user cache directory
// (about two minutes cold) and returns its path.
func buildGeth(t *testing.T) string {
	t.Helper()
	cache, err := os.UserCacheDir()
	if err != nil {
		cache = os.TempDir()
	}
	bin := filepath.Join(cache, "zkvote-test", "geth-"+gethVersion)
	if _, err := os.Stat(bin); err == nil {
		return bin
	}
	start := time.Now()
	out, err := exec.CommandContext(t.Context(), "go", "build", "-o", bin+".tmp", "github.com/ethereum/go-ethereum/cmd/geth").CombinedOutput()
	require.NoError(t, err, "building geth: %s", out)
	require.NoError(t, os.Rename(bin+".tmp", bin))
	t.Logf("built geth %s in %s", gethVersion, time.Since(start).Round(time.Second))
	return bin
}

// devNode starts geth --dev (a block every second) and returns its IPC
// path and an RPC client.
func devNode(t *testing.T) (string, *rpc.Client) {
	t.Helper()
	bin := buildGeth(t)
	dir, err := os.MkdirTemp("", "zkvote-geth-") // short: IPC paths are limited to ~100 bytes
	require.NoError(t, err)
	t.Cleanup(func() { _ = os.RemoveAll(dir) })
	ipc := filepath.Join(dir, "geth.ipc")
	cmd := exec.Command(bin, "--dev", "--dev.period", "1", "--datadir", filepath.Join(dir, "data"), "--ipcpath", ipc,
		"--nodiscover", "--maxpeers", "0", "--port", "0", "--authrpc.port", "0", "--verbosity", "2")
	logFile, err := os.Create(filepath.Join(dir, "geth.log"))
	require.NoError(t, err)
	cmd.Stdout, cmd.Stderr = logFile, logFile
	require.NoError(t, cmd.Start())
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_, _ = cmd.Process.Wait()
		if t.Failed() {
			log, _ := os.ReadFile(filepath.Join(dir, "geth.log"))
			t.Logf("geth log:\n%s", log)
		}
	})
	deadline := time.Now().Add(time.Minute)
	for {
		if c, err := rpc.DialContext(t.Context(), ipc); err == nil {
			var n hexutil.Uint64
			if err := c.CallContext(t.Context(), &n, "eth_blockNumber"); err == nil {
				return ipc, c
			}
			c.Close()
		}
		require.True(t, time.Now().Before(deadline), "geth --dev did not answer within a minute")
		time.Sleep(200 * time.Millisecond) // polling a process we started: nothing to wait on
	}
}

// fund sends value from the dev node's unlocked account to to.
func fund(t *testing.T, c *rpc.Client, to common.Address, value *big.Int) {
	t.Helper()
	var accounts []common.Address
	require.NoError(t, c.CallContext(t.Context(), &accounts, "eth_accounts"))
	require.NotEmpty(t, accounts)
	var hash common.Hash
	require.NoError(t, c.CallContext(t.Context(), &hash, "eth_sendTransaction", map[string]any{
		"from": accounts[0], "to": to, "value": (*hexutil.Big)(value)}))
	ec := ethclient.NewClient(c)
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	for {
		if r, err := ec.TransactionReceipt(ctx, hash); err == nil {
			require.Equal(t, uint64(1), r.Status)
			return
		}
		select {
		case <-ctx.Done():
			t.Fatal("funding transaction not mined")
		case <-time.After(200 * time.Millisecond):
		}
	}
}

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
	ipc, rc := devNode(t)
	ctx := t.Context()

	keys := make([]*ecdsa.PrivateKey, 4) // deployer, coordinator, council ×2
	for i := range keys {
		k, err := crypto.GenerateKey()
		require.NoError(t, err)
		keys[i] = k
		fund(t, rc, crypto.PubkeyToAddress(k.PublicKey), new(big.Int).Mul(big.NewInt(10), big.NewInt(params.Ether)))
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
	fund(t, rc, *d.Timelock, payout)
	gas, err := settlement.Anchor(ctx, c, auth(1), d, p.Log.Seal)
	require.NoError(t, err)
	t.Logf("geth --dev: anchor %d gas", gas)
	s, err := settlement.Settle(ctx, c, auth(0), d, p.Tally, settlement.SettleOptions{})
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
