package main

import (
	"encoding/hex"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/coordinator/coordtest"
	"github.com/zkvote/zkvote/poll"
)

func transferCalldata(t *testing.T, to common.Address, amount int64) string {
	addrT, err := abi.NewType("address", "", nil)
	require.NoError(t, err)
	uintT, err := abi.NewType("uint256", "", nil)
	require.NoError(t, err)
	packed, err := abi.Arguments{{Type: addrT}, {Type: uintT}}.Pack(to, big.NewInt(amount))
	require.NoError(t, err)
	return "0x" + hex.EncodeToString(append(crypto.Keccak256([]byte("transfer(address,uint256)"))[:4], packed...))
}

// TestProposal: a proposal file is checked and explained (its payload
// decoded by its signature), and makes a poll whose ID binds the whole
// proposal: text, window after the deliberation, payload and passing rule.
func TestProposal(t *testing.T) {
	dir := t.TempDir()
	p := func(name string) string { return filepath.Join(dir, name) }
	grantee := common.HexToAddress("0x00000000000000000000000000000000000000b0")
	prop := map[string]any{
		"title": "Fund the audit", "summary": "Pay 5,000 USDC to the auditor.", "body": "## Why\nSecurity.",
		"discussion": "https://forum.example.org/t/42", "options": []string{"yes", "no", "abstain"}, "mode": "weighted",
		"deliberation": "72h", "voting_period": "168h", "pass_option": "yes", "quorum": "100", "threshold_percent": 60,
		"execution": map[string]string{"target": "0x00000000000000000000000000000000000000a0", "value": "0",
			"calldata": transferCalldata(t, grantee, 5000), "signature": "transfer(address,uint256)"},
	}
	write := func(name string, v any) string {
		b, err := json.Marshal(v)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(p(name), b, 0o644))
		return p(name)
	}
	file := write("proposal.json", prop)
	r := zkvote(t, "proposal", "check", file)
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "transfer(")
	require.Contains(t, r.stdout, "address: "+grantee.Hex())
	require.Contains(t, r.stdout, "uint256: 5000")
	require.Contains(t, r.stdout, `passes if: "yes" has at least 60% of all votes, and all votes reach 100`)

	bad := map[string]any{}
	for k, v := range prop {
		bad[k] = v
	}
	bad["execution"] = map[string]string{"target": "0x00000000000000000000000000000000000000a0", "calldata": "0xdeadbeef", "signature": "transfer(address,uint256)"}
	requireFailure(t, zkvote(t, "proposal", "check", write("bad.json", bad)), exitFailure, "does not call transfer")
	bad["execution"] = nil
	bad["pass_option"] = "maybe"
	requireFailure(t, zkvote(t, "proposal", "check", write("bad2.json", bad)), exitFailure, "pass_option")

	// poll init --proposal
	_, keys := coordtest.Keys(t)
	coordtest.ProcessingKeys(t)
	c := coordtest.NewCensus(t, 2)
	require.NoError(t, c.C.WriteFile(p("census.json")))
	k, err := babyjub.GenerateKey(nil)
	require.NoError(t, err)
	require.NoError(t, poll.WriteKeyPair(p("coord.json"), p("coord.pub.json"), k, false))
	base := []string{"poll", "init", "--census", p("census.json"), "--coordinator-key", p("coord.pub.json"), "--params", "test", "--keys", keys}
	r = zkvote(t, append(base, "--proposal", file, "--title", "x", "--out", p("poll.json"))...)
	require.Equal(t, exitUsage, r.code, "the proposal says the title")
	before := time.Now()
	r = zkvote(t, append(base, "--proposal", file, "--out", p("poll.json"))...)
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "room: 8 voters, each up to 8 commands (a re-vote sends one per option it changes); at most 64 commands in all")
	r = zkvote(t, append(base, "--proposal", file, "--max-messages", "20", "--out", p("small.json"))...)
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "room: 2 voters, each up to 8 commands", "--max-messages 20 holds two voters' 8 commands")
	small, err := poll.ReadFile(p("small.json"))
	require.NoError(t, err)
	require.Equal(t, 20, small.MaxMessages)
	def, err := poll.ReadFile(p("poll.json"))
	require.NoError(t, err)
	require.Equal(t, "Fund the audit", def.Title)
	require.Contains(t, def.Body, "Discussion: https://forum.example.org/t/42")
	require.WithinDuration(t, before.Add(72*time.Hour), *def.Start, time.Minute)
	require.Equal(t, 168*time.Hour, def.End.Sub(*def.Start))
	require.NotNil(t, def.Execution.PassOption)
	require.Equal(t, 0, *def.Execution.PassOption)
	require.Equal(t, uint64(6000), def.Execution.ThresholdBps)
	require.Equal(t, "100", def.Execution.Quorum)
	require.False(t, def.Open(time.Now()), "the poll is announced before it opens")
}
