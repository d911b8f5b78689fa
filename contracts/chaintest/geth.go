package chaintest

import (
	"context"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/gofrs/flock"
	"github.com/stretchr/testify/require"
)

// gethVersion is the go-ethereum version go.mod pins; the test builds its
// geth from it (a tool directive keeps its dependencies in go.sum).
const gethVersion = "v1.17.10"

// BuildGeth builds geth once per machine into the user cache directory
// (about two minutes cold) and returns its path. Test binaries of several
// packages run at once: the first to get the lock builds, the others wait
// for it and reuse its geth, and the binary appears under its name only
// once complete.
func BuildGeth(t testing.TB) string {
	t.Helper()
	cache, err := os.UserCacheDir()
	if err != nil {
		cache = os.TempDir()
	}
	dir := filepath.Join(cache, "zkvote-test")
	require.NoError(t, os.MkdirAll(dir, 0o755))
	bin := filepath.Join(dir, "geth-"+gethVersion)
	lock := flock.New(bin + ".lock")
	require.NoError(t, lock.Lock())
	defer func() { _ = lock.Unlock() }()
	if _, err := os.Stat(bin); err == nil {
		return bin
	}
	tmp, err := os.CreateTemp(dir, "geth-build-*")
	require.NoError(t, err)
	require.NoError(t, tmp.Close())
	defer func() { _ = os.Remove(tmp.Name()) }()
	start := time.Now()
	out, err := exec.CommandContext(t.Context(), "go", "build", "-o", tmp.Name(), "github.com/ethereum/go-ethereum/cmd/geth").CombinedOutput()
	require.NoError(t, err, "building geth: %s", out)
	require.NoError(t, os.Rename(tmp.Name(), bin))
	t.Logf("built geth %s in %s", gethVersion, time.Since(start).Round(time.Second))
	return bin
}

// DevNode starts geth --dev (a block every second) and returns its IPC
// path and an RPC client.
func DevNode(t testing.TB) (string, *rpc.Client) {
	t.Helper()
	bin := BuildGeth(t)
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

// Fund sends value from the dev node's unlocked account to to.
func Fund(t testing.TB, c *rpc.Client, to common.Address, value *big.Int) {
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
