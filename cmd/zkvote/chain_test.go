package main

import (
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/node"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/contracts/chaintest"
	"github.com/zkvote/zkvote/coordinator/coordtest"
	"github.com/zkvote/zkvote/coordinator/coordtest/proven"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/settlement"
	"github.com/zkvote/zkvote/verifier"
)

// TestChainCommands drives a proven poll on-chain through the CLI, against
// a node reached over IPC (go-ethereum's simulated chain): contracts
// export, deploy, anchor (only the coordinator's account), settle (again:
// nothing to send), execute before and after the timelock.
func TestChainCommands(t *testing.T) {
	if testing.Short() {
		t.Skip("proves a tally")
	}
	dir := t.TempDir()
	published := proven.Artefacts(t)
	_, keysDir := coordtest.Keys(t)
	ch, ipc, key := ipcChain(t)

	l, err := poll.ReadLogFile(filepath.Join(published, poll.LogFileName))
	require.NoError(t, err)
	pollFile := filepath.Join(dir, "poll.json")
	require.NoError(t, l.Poll.Definition.WriteFile(pollFile, false))

	r := zkvote(t, "contracts", "export", "--keys", keysDir, "--params", "test", "--out", filepath.Join(dir, "general"))
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "joinvote: joinvote.sol, general")
	require.NoFileExists(t, filepath.Join(dir, "general", "joinvote.bin"))
	r = zkvote(t, "contracts", "export", "--keys", keysDir, "--poll", pollFile, "--out", filepath.Join(dir, "verifiers"))
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "joinvote: joinvote.sol, joinvote.bin")
	joinSrc, err := os.ReadFile(filepath.Join(dir, "verifiers", "joinvote.sol"))
	require.NoError(t, err)
	require.Contains(t, string(joinSrc), "POLL_ID = 0x")
	r = zkvote(t, "contracts", "export", "--keys", keysDir, "--poll", pollFile, "--params", "default", "--out", filepath.Join(dir, "x"))
	require.Equal(t, exitUsage, r.code, "the poll's parameter set is not default")
	src, err := os.ReadFile(filepath.Join(dir, "verifiers", "process-commands.sol"))
	require.NoError(t, err)
	require.Contains(t, string(src), "VERIFYING_KEY_SHA256 = 0x"+l.Poll.Definition.ProcessingKeys["process-commands"])

	deployment := filepath.Join(dir, "deployment.json")
	base := []string{"--rpc", ipc, "--deployment", deployment}
	r = zkvoteWith(t, key(0), "deploy", "--rpc", ipc, "--poll", pollFile, "--keys", keysDir, "--coordinator-account", ch.Addrs[1].Hex(),
		"--council", ch.Addrs[2].Hex()+","+ch.Addrs[3].Hex(), "--pass-option", "2", "--timelock", "1h", "--out", deployment)
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "executor: ")
	d, err := settlement.ReadDeployment(deployment)
	require.NoError(t, err)
	fundTimelock(t, ch, d)

	r = zkvoteWith(t, key(0), append([]string{"settle"}, append(base, published)...)...)
	require.Equal(t, exitFailure, r.code, "not anchored yet")
	require.Contains(t, r.stderr, "not anchored yet")
	r = zkvoteWith(t, key(0), append([]string{"anchor"}, append(base, published)...)...)
	require.Equal(t, exitFailure, r.code, "only the coordinator anchors")
	require.Contains(t, r.stderr, "NotCoordinator")
	r = zkvoteWith(t, key(1), append([]string{"anchor"}, append(base, published)...)...)
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "anchored")

	r = zkvoteWith(t, key(4), append([]string{"settle"}, append(base, published)...)...)
	require.Equal(t, exitFailure, r.code, "only the coordinator posts proofs")
	require.Contains(t, r.stderr, "NotCoordinator")
	r = zkvoteWith(t, key(1), append([]string{"settle"}, append(base, published)...)...)
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "yes: 3 (spent 3)\nno: 7 (spent 7)")
	r = zkvoteWith(t, key(1), append([]string{"settle"}, append(base, published)...)...)
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "0 transactions")

	// A stranger challenges a real join; zkvote watch checks every join
	// and answers for it with its proof from the published log.
	p, err := verifier.CheckPublished(published)
	require.NoError(t, err)
	sc, err := settlement.Simulated(t.Context(), ch.Sim)
	require.NoError(t, err)
	js := settlement.LogOf(p.Log.Definition, p.Log.Entries)
	_, err = settlement.Challenge(t.Context(), sc, ch.Auth(3), d, js, settlement.Joins, 1)
	require.NoError(t, err)
	r = zkvoteWith(t, key(4), append([]string{"watch"}, append(base, published)...)...)
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "5 joins checked: 0 fail")
	require.Contains(t, r.stdout, "join 1: challenge answered with its proof")
	require.Contains(t, r.stdout, "result: not final yet; 0 challenge(s) open")
	// Someone without the log challenges every join batch, with bonds; the
	// watcher answers for them from the log (and takes the bonds).
	r = zkvoteWith(t, key(3), append([]string{"watch", "--batches"}, base...)...)
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "join batch 1: challenged with the bond")
	r = zkvoteWith(t, key(4), append([]string{"watch"}, append(base, published)...)...)
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "join batch 0: challenge answered with its joins and their proofs")
	require.Contains(t, r.stdout, "join batch 1: challenge answered")
	require.Contains(t, r.stdout, "0 challenge(s) open")

	r = zkvoteWith(t, key(4), append([]string{"execute"}, base...)...)
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "queued")
	r = zkvoteWith(t, key(4), append([]string{"execute"}, base...)...)
	require.Equal(t, exitFailure, r.code, "the timelock holds it")
	ch.Sim.AdjustTime(2 * time.Hour)
	ch.Sim.Commit()
	r = zkvoteWith(t, key(4), append([]string{"execute"}, base...)...)
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "proposal: executed")
	bal, err := ch.Client.BalanceAt(t.Context(), proven.Beneficiary, nil)
	require.NoError(t, err)
	require.Equal(t, proven.Payout, bal)

	// A keystore file works too; its passphrase comes from a file, never a flag.
	ks := keystore.NewKeyStore(filepath.Join(dir, "ks"), keystore.LightScryptN, keystore.LightScryptP)
	acct, err := ks.ImportECDSA(ch.Keys[2], "pw")
	require.NoError(t, err)
	pass := filepath.Join(dir, "pass")
	require.NoError(t, os.WriteFile(pass, []byte("pw\n"), 0o600))
	r = zkvoteWith(t, nil, append([]string{"veto", "--eth-keystore", acct.URL.Path, "--eth-passphrase-file", pass}, base...)...)
	require.Equal(t, exitFailure, r.code, "too late to veto")
	require.Contains(t, r.stderr, "VetoWindowOver")
	r = zkvoteWith(t, nil, append([]string{"execute", "--status"}, base...)...)
	require.Equal(t, exitOK, r.code, r.stderr)
	r = zkvoteWith(t, map[string]string{ethKeyEnv: "0xnot-a-key-but-a-secret"}, append([]string{"execute"}, base...)...)
	require.Equal(t, exitFailure, r.code)
	require.NotContains(t, r.stderr, "secret", "a key is never echoed")
}

// TestWatchCommandProofs: a poll with command proofs (real voters, the
// coordinator, a proven tally) goes on-chain through the CLI: its command
// proof's verifier is exported and deployed, and zkvote watch checks every
// command proof, answers a stranger's challenge of a real command, and
// answers every command batch that --batches challenged.
func TestWatchCommandProofs(t *testing.T) {
	if testing.Short() {
		t.Skip("proves a tally")
	}
	dir := t.TempDir()
	published := proven.ProofsArtefacts(t)
	_, keysDir := coordtest.ProofsKeys(t)
	ch, ipc, key := ipcChain(t)
	p, err := verifier.CheckPublished(published)
	require.NoError(t, err)
	def := p.Log.Definition
	pollFile := filepath.Join(dir, "poll.json")
	require.NoError(t, def.WriteFile(pollFile, false))

	r := zkvote(t, "contracts", "export", "--keys", keysDir, "--poll", pollFile, "--out", filepath.Join(dir, "verifiers"))
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "command: command.sol, command.bin")
	src, err := os.ReadFile(filepath.Join(dir, "verifiers", "command.sol"))
	require.NoError(t, err)
	require.Contains(t, string(src), "VERIFYING_KEY_SHA256 = 0x"+def.CommandKey)
	require.Contains(t, string(src), "POLL_ID = 0x")

	deployment := filepath.Join(dir, "deployment.json")
	base := []string{"--rpc", ipc, "--deployment", deployment}
	r = zkvoteWith(t, key(0), "deploy", "--rpc", ipc, "--poll", pollFile, "--keys", keysDir, "--coordinator-account", ch.Addrs[1].Hex(),
		"--council", ch.Addrs[2].Hex()+","+ch.Addrs[3].Hex(), "--pass-option", "2", "--timelock", "1h", "--out", deployment)
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "challenges: 0x")
	d, err := settlement.ReadDeployment(deployment)
	require.NoError(t, err)
	require.NotZero(t, d.Verifiers["command"])
	for _, step := range []string{"anchor", "settle"} {
		r = zkvoteWith(t, key(1), append([]string{step}, append(base, published)...)...)
		require.Equal(t, exitOK, r.code, r.stderr)
	}
	require.Contains(t, r.stdout, "yes: 8 (spent 8)\nno: 7 (spent 7)")

	sc, err := settlement.Simulated(t.Context(), ch.Sim)
	require.NoError(t, err)
	l := settlement.LogOf(def, p.Log.Entries)
	_, err = settlement.Challenge(t.Context(), sc, ch.Auth(3), d, l, settlement.Commands, 0)
	require.NoError(t, err)
	r = zkvoteWith(t, key(4), append([]string{"watch"}, append(base, published)...)...)
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, fmt.Sprintf("5 joins and %d command proofs checked: 0 fail", len(l.Commands)))
	require.Contains(t, r.stdout, "command 0: challenge answered with its proof")
	require.Contains(t, r.stdout, "result: not final yet; 0 challenge(s) open")

	r = zkvoteWith(t, key(3), append([]string{"watch", "--batches"}, base...)...)
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "command batch 0: challenged with the bond")
	r = zkvoteWith(t, key(4), append([]string{"watch"}, append(base, published)...)...)
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "command batch 0: challenge answered with its commands and their proofs")
	require.Contains(t, r.stdout, "join batch 1: challenge answered with its joins and their proofs")
	require.Contains(t, r.stdout, "0 challenge(s) open")
}

// ipcChain starts a simulated chain that mines as transactions arrive,
// served over IPC as a real node is; key(i) is the environment that gives
// the CLI account i's key.
func ipcChain(t *testing.T) (ch *chaintest.Chain, ipc string, key func(i int) map[string]string) {
	t.Helper()
	ipc = filepath.Join(os.TempDir(), "zkvote-"+strings.ReplaceAll(t.Name(), "/", "-")+".ipc")
	ch = chaintest.New(t, func(n *node.Config, _ *ethconfig.Config) { n.IPCPath = ipc })
	ch.AutoMine()
	key = func(i int) map[string]string {
		return map[string]string{ethKeyEnv: hex.EncodeToString(crypto.FromECDSA(ch.Keys[i]))}
	}
	return ch, ipc, key
}

// fundTimelock sends the payload's value to the Executor's timelock.
func fundTimelock(t *testing.T, ch *chaintest.Chain, d *settlement.Deployment) {
	t.Helper()
	ch.Pay(0, *d.Timelock, proven.Payout)
}

// TestSecretsNeverEchoed: a secret passed where a file name is expected
// does not appear in the error.
func TestSecretsNeverEchoed(t *testing.T) {
	const secret = "s3cr3t-admin-token-value"
	r := zkvote(t, "poll", "close", "--coordinator", "127.0.0.1:1", "--admin-token", secret, "--poll", "0x01")
	require.Equal(t, exitFailure, r.code)
	require.NotContains(t, r.stderr, secret)
	require.Contains(t, r.stderr, "admin.token")
}
