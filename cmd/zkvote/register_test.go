package main

import (
	"encoding/hex"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/census/registration"
	"github.com/zkvote/zkvote/census/snapshot"
)

// TestCensusFromRegistrations: two eligible accounts register identity
// commitments (EIP-712), one of them twice; the organiser builds the
// census from the eligibility list and the registrations; anyone
// verifies it; an ineligible account cannot register, and an altered
// registrations file fails verification.
func TestCensusFromRegistrations(t *testing.T) {
	dir := t.TempDir()
	p := func(name string) string { return filepath.Join(dir, name) }
	var keys []string
	var holdings []snapshot.Holding
	for i := range 3 {
		k, err := crypto.GenerateKey()
		require.NoError(t, err)
		keys = append(keys, hex.EncodeToString(crypto.FromECDSA(k)))
		if i < 2 { // the third account is not eligible
			holdings = append(holdings, snapshot.Holding{Account: crypto.PubkeyToAddress(k.PublicKey), Power: big.NewInt(int64(5 + i))})
		}
	}
	entries, rule, err := snapshot.Apply(holdings, snapshot.Rule{Scale: snapshot.ScaleNone, WeightBits: 96})
	require.NoError(t, err)
	s := &snapshot.Snapshot{ChainID: big.NewInt(1), Token: common.HexToAddress("0x00000000000000000000000000000000000000aa"),
		Block: snapshot.BlockRef{Number: 7, Hash: common.Hash{7}, Time: 1700000000}, Mode: snapshot.ModeBalance, Rule: rule, Entries: entries, Candidates: 2}
	require.NoError(t, s.WriteFile(p("eligible.json"), false))
	env := func(i int) map[string]string { return map[string]string{ethKeyEnv: keys[i]} }

	for _, name := range []string{"alice", "bob", "mallory", "alice2"} {
		require.Equal(t, exitOK, zkvote(t, "identity", "new", "--out", p(name+".id.json"), "--no-passphrase").code)
	}
	register := func(i int, id, out string) result {
		return zkvoteWith(t, env(i), "census", "register", "--eligibility", p("eligible.json"), "--identity", p(id), "--out", p(out))
	}
	r := register(0, "alice.id.json", "regs/alice-1.json")
	require.Equal(t, exitFailure, r.code, "the output directory does not exist yet")
	require.NoError(t, os.MkdirAll(p("regs"), 0o755))
	r = register(0, "alice.id.json", "regs/alice-1.json")
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "weight 5")
	r = register(0, "alice2.id.json", "regs/alice-2.json") // a later registration replaces the first
	require.Equal(t, exitOK, r.code, r.stderr)
	r = register(1, "bob.id.json", "regs/bob.json")
	require.Equal(t, exitOK, r.code, r.stderr)
	r = register(2, "mallory.id.json", "regs/mallory.json")
	require.Equal(t, exitFailure, r.code)
	require.Contains(t, r.stderr, "not in the eligibility list")

	r = zkvote(t, "census", "build", "--eligibility", p("eligible.json"), "--registrations", p("regs"), "--out", p("census.json"), "--depth", "4")
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "members: 2 (of 2 eligible; 1 superseded registrations)")
	require.Contains(t, r.stdout, "weight classes: 2 (smallest: 1 members, weight 5)")
	require.Contains(t, r.stderr, "WARNING: 2 members hold a weight that fewer than 5 members share")
	require.Contains(t, r.stdout, "source: token 0x00000000000000000000000000000000000000AA, balanceOf at block 7 "+common.Hash{7}.Hex())
	r = zkvote(t, "census", "verify", "--census", p("census.json"), "--eligibility", p("eligible.json"))
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "verified: 2 members")
	require.Contains(t, r.stdout, "source: matches: token 0x00000000000000000000000000000000000000AA, balanceOf at block 7")
	require.Contains(t, r.stdout, "chain: not re-read (add --rpc URL --chain")

	// A census whose source names another block fails on that field.
	data, err := os.ReadFile(p("census.json"))
	require.NoError(t, err)
	require.Contains(t, string(data), `"block_number": 7,`)
	require.NoError(t, os.WriteFile(p("other-block.json"), []byte(strings.Replace(string(data), `"block_number": 7,`, `"block_number": 8,`, 1)), 0o644))
	r = zkvote(t, "census", "verify", "--census", p("other-block.json"), "--eligibility", p("eligible.json"), "--registrations", p("census.registrations.json"))
	require.Equal(t, exitFailure, r.code)
	require.Contains(t, r.stderr, "token.block_number: the census records 8, the eligibility list gives 7\n")

	// An altered registrations file fails.
	f, err := registration.ReadFile(p("census.registrations.json"))
	require.NoError(t, err)
	f.Registrations[0].Commitment.SetUint64(99)
	require.NoError(t, f.WriteFile(p("census.registrations.json"), true))
	r = zkvote(t, "census", "verify", "--census", p("census.json"), "--eligibility", p("eligible.json"))
	require.Equal(t, exitFailure, r.code)
	require.Contains(t, r.stderr, "not signed by the account")

	r = zkvote(t, "census", "build", "--in", p("x.csv"), "--eligibility", p("eligible.json"), "--out", p("c2.json"))
	require.Equal(t, exitUsage, r.code)
}

// TestCensusFromReputation: a reputation file becomes an eligibility list
// (scores halved per half-life of age), an account registers, the census
// is built and verified against the file; a changed file fails.
func TestCensusFromReputation(t *testing.T) {
	dir := t.TempDir()
	p := func(name string) string { return filepath.Join(dir, name) }
	k, err := crypto.GenerateKey()
	require.NoError(t, err)
	account := crypto.PubkeyToAddress(k.PublicKey).Hex()
	rep := "account,score,date\n" + account + ",400,2026-06-01\n0x00000000000000000000000000000000000000a2,50\n"
	require.NoError(t, os.WriteFile(p("rep.csv"), []byte(rep), 0o644))
	r := zkvote(t, "census", "reputation", "--in", p("rep.csv"), "--as-of", "2026-12-01", "--half-life", "90d", "--out", p("eligible.json"))
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "total weight: 150") // 400 aged 183 days: two halvings; and 50
	r = zkvote(t, "census", "reputation", "--in", p("rep.csv"), "--as-of", "2026-12-01", "--half-life", "soon", "--out", p("x.json"))
	require.Equal(t, exitUsage, r.code)

	require.Equal(t, exitOK, zkvote(t, "identity", "new", "--out", p("id.json"), "--no-passphrase").code)
	require.NoError(t, os.MkdirAll(p("regs"), 0o755))
	r = zkvoteWith(t, map[string]string{ethKeyEnv: hex.EncodeToString(crypto.FromECDSA(k))}, "census", "register",
		"--eligibility", p("eligible.json"), "--identity", p("id.json"), "--out", p("regs/me.json"))
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "weight 100")
	r = zkvote(t, "census", "build", "--eligibility", p("eligible.json"), "--registrations", p("regs"), "--out", p("census.json"), "--depth", "4")
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "source: reputation file ")
	r = zkvote(t, "census", "verify", "--census", p("census.json"), "--eligibility", p("eligible.json"))
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "reputation: not recomputed (add --reputation FILE)")
	r = zkvote(t, "census", "verify", "--census", p("census.json"), "--eligibility", p("eligible.json"), "--reputation", p("rep.csv"))
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "source: matches: reputation file ")
	require.Contains(t, r.stdout, "as of 2026-12-01T00:00:00Z")
	require.Contains(t, r.stdout, "follows from the reputation file")

	require.NoError(t, os.WriteFile(p("rep.csv"), []byte(rep+"0x00000000000000000000000000000000000000a3,7\n"), 0o644))
	r = zkvote(t, "census", "verify", "--census", p("census.json"), "--eligibility", p("eligible.json"), "--reputation", p("rep.csv"))
	require.Equal(t, exitFailure, r.code)
	require.Contains(t, r.stderr, "0x00000000000000000000000000000000000000A3: the file gives power 7 weight 7, the list leaves it out")
}
