package main

import (
	"math/big"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/census/snapshot"
	"github.com/zkvote/zkvote/contracts/bindings"
)

// TestCensusSnapshot drives 'zkvote census snapshot' against a simulated
// chain served over IPC, as a real node would be, with an OpenZeppelin
// ERC20Votes token: two holders delegate, and a mint after the snapshot
// block does not count.
func TestCensusSnapshot(t *testing.T) {
	dir := t.TempDir()
	ipc := filepath.Join(dir, "node.ipc")
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	owner := crypto.PubkeyToAddress(key.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{owner: {Balance: big.NewInt(params.Ether)}},
		func(n *node.Config, _ *ethconfig.Config) { n.IPCPath = ipc })
	t.Cleanup(func() { _ = sim.Close() })
	client := sim.Client()
	auth, err := bind.NewKeyedTransactorWithChainID(key, big.NewInt(1337))
	require.NoError(t, err)
	auth.GasLimit = 3_000_000 // estimates miss ERC20Votes' new checkpoint in the next block
	mined := func(tx *types.Transaction, err error) {
		t.Helper()
		require.NoError(t, err)
		sim.Commit()
		r, err := client.TransactionReceipt(t.Context(), tx.Hash())
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	}
	tokenAddr, tx, token, err := bindings.DeployVotesToken(auth, client, "Vote", "VOTE")
	mined(tx, err)
	alice, bob := common.Address{0xa1}, common.Address{0xb0}
	mined(token.Mint(auth, owner, big.NewInt(3e18)))
	mined(token.Mint(auth, alice, big.NewInt(2e18)))
	mined(token.Delegate(auth, bob))
	block, err := client.BlockNumber(t.Context())
	require.NoError(t, err)
	mined(token.Mint(auth, owner, big.NewInt(5e18)))

	out := filepath.Join(dir, "eligible.json")
	args := []string{"census", "snapshot", "--rpc", ipc, "--token", tokenAddr.Hex(), "--block", strconv.FormatUint(block, 10)}
	r := zkvote(t, append(args, "--out", out, "--scale", "decimals")...)
	require.Equal(t, exitOK, r.code, "stderr: %s", r.stderr)
	require.Contains(t, r.stdout, "eligible: 1\n")
	require.Contains(t, r.stdout, "divisor: 1000000000000000000\n")
	s, err := snapshot.ReadFile(out)
	require.NoError(t, err)
	require.Len(t, s.Entries, 1, "alice never delegated: only bob, the owner's delegate, has votes")
	require.Equal(t, bob, s.Entries[0].Account)
	require.Equal(t, "3000000000000000000", s.Entries[0].Power.String())
	require.Equal(t, "3", s.Entries[0].Weight.String())
	hdr, err := client.HeaderByNumber(t.Context(), new(big.Int).SetUint64(block))
	require.NoError(t, err)
	require.Equal(t, hdr.Hash(), s.Block.Hash)

	balances := filepath.Join(dir, "balances.json")
	r = zkvote(t, append(args, "--out", balances, "--mode", "balance", "--min", "2000000000000000001", "--block-hash", hdr.Hash().Hex())...)
	require.Equal(t, exitOK, r.code, "stderr: %s", r.stderr)
	s, err = snapshot.ReadFile(balances)
	require.NoError(t, err)
	require.Len(t, s.Entries, 1, "alice's 2 tokens are below the minimum")
	require.Equal(t, owner, s.Entries[0].Account)

	requireFailure(t, zkvote(t, append(args, "--out", out)...), exitUsage, "exists (use --force")
	requireFailure(t, zkvote(t, append(args, "--out", filepath.Join(dir, "x.json"), "--scale", "-3")...), exitUsage, "--scale")
	requireFailure(t, zkvote(t, append(args, "--out", filepath.Join(dir, "x.json"), "--mode", "stake")...), exitUsage, "mode")
	requireFailure(t, zkvote(t, "census", "snapshot", "--rpc", ipc, "--token", tokenAddr.Hex(), "--block", "999",
		"--out", filepath.Join(dir, "x.json")), exitFailure, "block 999 is after the head")
	requireFailure(t, zkvote(t, append(args, "--out", filepath.Join(dir, "x.json"), "--chain-id", "1")...), exitFailure, "another chain")
	requireFailure(t, zkvote(t, "census", "snapshot", "--rpc", "http://127.0.0.1:1", "--token", tokenAddr.Hex(), "--block", "1",
		"--out", filepath.Join(dir, "x.json")), exitFailure, "reading the chain ID")
}
