package main

import (
	"crypto/ecdsa"
	"encoding/hex"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/census"
	"github.com/zkvote/zkvote/census/snapshot"
	"github.com/zkvote/zkvote/contracts/bindings"
	"github.com/zkvote/zkvote/contracts/chaintest"
)

// TestCensusSnapshotOnGethDev takes a token census through a real node's
// JSON-RPC: geth --dev at the pinned go-ethereum, an OpenZeppelin
// ERC20Votes token the test deploys, delegation before the snapshot block
// and transfers and mints after it (which must not count). The holders
// register, the census is built, and 'census verify --chain' re-reads the
// token from the node; a block in the future is a clear error.
func TestCensusSnapshotOnGethDev(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs geth")
	}
	ipc, rc := chaintest.DevNode(t)
	start := time.Now()
	client := ethclient.NewClient(rc)
	dir := t.TempDir()
	p := func(name string) string { return filepath.Join(dir, name) }

	owner, alice, bob := newDevAccount(t), newDevAccount(t), newDevAccount(t) // bob only signs: he needs no ether
	carol := common.Address{0xca}
	ether := big.NewInt(params.Ether)
	chaintest.Fund(t, rc, owner.addr, new(big.Int).Mul(ether, big.NewInt(10)))
	chaintest.Fund(t, rc, alice.addr, ether)
	auth := func(k devAccount) *bind.TransactOpts {
		opts, err := bind.NewKeyedTransactorWithChainID(k.key, big.NewInt(1337))
		require.NoError(t, err)
		opts.Context = t.Context()
		opts.GasLimit = 3_000_000 // estimates miss ERC20Votes' new checkpoint in the next block
		return opts
	}
	// mined waits for the transactions, sent back to back, and returns the
	// last block that holds one.
	mined := func(txs ...*types.Transaction) uint64 {
		t.Helper()
		var last uint64
		for _, tx := range txs {
			r, err := bind.WaitMined(t.Context(), client, tx)
			require.NoError(t, err)
			require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
			last = max(last, r.BlockNumber.Uint64())
		}
		return last
	}
	send := func(tx *types.Transaction, err error) *types.Transaction {
		t.Helper()
		require.NoError(t, err)
		return tx
	}

	tokenAddr, tx, token, err := bindings.DeployVotesToken(auth(owner), client, "Vote", "VOTE")
	require.NoError(t, err)
	mined(tx)
	block := mined(
		send(token.Mint(auth(owner), owner.addr, big.NewInt(300))),
		send(token.Mint(auth(owner), alice.addr, big.NewInt(200))),
		send(token.Mint(auth(owner), carol, big.NewInt(100))),
		send(token.Delegate(auth(owner), bob.addr)),   // the owner's 300 votes go to bob
		send(token.Delegate(auth(alice), alice.addr)), // carol never delegates: no votes
	)
	after := mined(
		send(token.Transfer(auth(alice), carol, big.NewInt(150))),
		send(token.Mint(auth(owner), owner.addr, big.NewInt(1000))),
	)
	require.Greater(t, after, block, "getPastVotes needs the snapshot block in the past")

	args := []string{"census", "snapshot", "--rpc", ipc, "--token", tokenAddr.Hex(), "--block", strconv.FormatUint(block, 10)}
	r := zkvote(t, append(args, "--out", p("eligible.json"))...)
	require.Equal(t, exitOK, r.code, "stderr: %s", r.stderr)
	require.Contains(t, r.stdout, "chain: 1337\n")
	s, err := snapshot.ReadFile(p("eligible.json"))
	require.NoError(t, err)
	hdr, err := client.HeaderByNumber(t.Context(), new(big.Int).SetUint64(block))
	require.NoError(t, err)
	require.Equal(t, snapshot.BlockRef{Number: block, Hash: hdr.Hash(), Time: hdr.Time}, s.Block)
	require.Equal(t, map[common.Address]int64{bob.addr: 300, alice.addr: 200}, powers(s), "delegated votes at the block, not after")
	require.Equal(t, "mode=blocknumber&from=default", s.ClockMode)

	r = zkvote(t, append(args, "--out", p("balances.json"), "--mode", "balance")...)
	require.Equal(t, exitOK, r.code, "stderr: %s", r.stderr)
	b, err := snapshot.ReadFile(p("balances.json"))
	require.NoError(t, err)
	require.Equal(t, map[common.Address]int64{owner.addr: 300, alice.addr: 200, carol: 100}, powers(b), "balances at the block")

	head, err := client.BlockNumber(t.Context())
	require.NoError(t, err)
	future := head + 1000
	requireFailure(t, zkvote(t, "census", "snapshot", "--rpc", ipc, "--token", tokenAddr.Hex(), "--block", strconv.FormatUint(future, 10),
		"--out", p("future.json")), exitFailure, fmt.Sprintf("block %d is after the head", future))
	_, err = os.Stat(p("future.json"))
	require.ErrorIs(t, err, os.ErrNotExist, "nothing half-written")

	// Alice and bob register, the census is built and re-verified from the node.
	require.NoError(t, os.MkdirAll(p("regs"), 0o755))
	for _, k := range []struct {
		name string
		key  devAccount
	}{{"alice", alice}, {"bob", bob}} {
		require.Equal(t, exitOK, zkvote(t, "identity", "new", "--out", p(k.name+".id.json"), "--no-passphrase").code)
		r = zkvoteWith(t, map[string]string{ethKeyEnv: hex.EncodeToString(crypto.FromECDSA(k.key.key))}, "census", "register",
			"--eligibility", p("eligible.json"), "--identity", p(k.name+".id.json"), "--out", p("regs/"+k.name+".json"))
		require.Equal(t, exitOK, r.code, r.stderr)
	}
	r = zkvote(t, "census", "build", "--eligibility", p("eligible.json"), "--registrations", p("regs"), "--rpc", ipc,
		"--out", p("census.json"), "--depth", "4")
	require.Equal(t, exitOK, r.code, r.stderr)
	c, err := census.ReadFile(p("census.json"))
	require.NoError(t, err)
	require.Equal(t, hdr.Hash().Hex(), c.Source().Token.BlockHash)
	r = zkvote(t, "census", "verify", "--census", p("census.json"), "--eligibility", p("eligible.json"), "--rpc", ipc, "--chain")
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "verified: 2 members")
	require.Contains(t, r.stdout, "chain: the eligibility list matches the node at its block")
	t.Logf("on geth --dev: %s", time.Since(start).Round(100*time.Millisecond))
}

type devAccount struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

func newDevAccount(t *testing.T) devAccount {
	k, err := crypto.GenerateKey()
	require.NoError(t, err)
	return devAccount{key: k, addr: crypto.PubkeyToAddress(k.PublicKey)}
}

// powers maps a list's accounts to their powers.
func powers(s *snapshot.Snapshot) map[common.Address]int64 {
	out := map[common.Address]int64{}
	for _, e := range s.Entries {
		out[e.Account] = e.Power.Int64()
	}
	return out
}
