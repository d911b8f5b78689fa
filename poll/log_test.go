package poll_test

import (
	"crypto/ed25519"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/joinvote/jvtest"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/receipt"
)

func sampleLog(t *testing.T) *poll.Log {
	d := newDef(t)
	id, err := d.ID()
	require.NoError(t, err)
	pub, _, err := ed25519.GenerateKey(nil)
	require.NoError(t, err)
	join := &poll.Entry{Index: 0, StateIndex: 0, ReceivedUnix: 1700000000, EntryHash: jvtest.Elem(1), ChainHash: jvtest.Elem(2),
		Join: &poll.Join{Statement: joinvote.Statement{PollID: id, Nullifier: jvtest.Elem(3), StateLeaf: jvtest.Elem(4),
			MessageHash: jvtest.Elem(5), PollKey: jvtest.Key(t, 2).Public(), EphemeralKey: jvtest.Key(t, 3).Public(),
			Ciphertext: []fr.Element{jvtest.Elem(6), jvtest.Elem(7)}}, Proof: []byte{9, 8, 7}}}
	cmd := &poll.Entry{Index: 1, ReceivedUnix: 1700000001, EntryHash: jvtest.Elem(8), ChainHash: jvtest.Elem(9),
		Command: &poll.Command{EphemeralKey: jvtest.Key(t, 4).Public(), Ciphertext: []fr.Element{jvtest.Elem(10)}}}
	seal := &receipt.Seal{PollID: id, Count: 2, ChainHash: jvtest.Elem(9), SealedUnix: 1700000002, Signature: []byte{1, 2}}
	return &poll.Log{Poll: poll.Info{ID: id, Definition: d, Head: poll.Head{State: poll.StateClosed, Count: 2, Joins: 1,
		ChainHash: jvtest.Elem(9), Seal: seal}}, Entries: []*poll.Entry{join, cmd}, SigningKey: pub}
}

func TestLogFileRoundTrip(t *testing.T) {
	l := sampleLog(t)
	path := filepath.Join(t.TempDir(), "log.json")
	require.NoError(t, l.WriteFile(path, false))
	got, err := poll.ReadLogFile(path)
	require.NoError(t, err)
	require.Equal(t, l, got)

	// A command of a poll with command proofs: its opening and its proof,
	// and an entry hash that covers the opening.
	c := l.Entries[1].Command
	plain := c.Entry()
	opening := jvtest.Elem(11)
	c.Opening, c.Proof = &opening, []byte{5, 4}
	withOpening := c.Entry()
	require.NotEqual(t, plain, withOpening, "the entry covers the opening")
	require.NoError(t, l.WriteFile(path, true))
	got, err = poll.ReadLogFile(path)
	require.NoError(t, err)
	require.Equal(t, l, got)
}

// TestLogFileRejects: the file form is checked field by field as it is
// read; each mutation names what is wrong.
func TestLogFileRejects(t *testing.T) {
	good, err := json.Marshal(sampleLog(t))
	require.NoError(t, err)
	entry := func(m map[string]any, i int) map[string]any { return m["entries"].([]any)[i].(map[string]any) }
	cases := map[string]struct {
		mutate func(m map[string]any)
		where  string
	}{
		"another format":         {func(m map[string]any) { m["format"] = "zkvote-receipt" }, "format"},
		"future version":         {func(m map[string]any) { m["version"] = poll.LogFormatVersion + 1 }, "version"},
		"unknown field":          {func(m map[string]any) { m["surprise"] = 1 }, "surprise"},
		"no definition":          {func(m map[string]any) { delete(m, "definition") }, "definition"},
		"unknown state":          {func(m map[string]any) { m["state"] = "settled" }, "state"},
		"bad signing key":        {func(m map[string]any) { m["signing_public_key"] = "abcd" }, "signing_public_key"},
		"bad chain hash":         {func(m map[string]any) { m["chain_hash"] = "0xzz" }, "chain_hash"},
		"join and command":       {func(m map[string]any) { entry(m, 1)["join"] = entry(m, 0)["join"] }, "entry 1"},
		"neither":                {func(m map[string]any) { delete(entry(m, 1), "command") }, "entry 1"},
		"join without state idx": {func(m map[string]any) { delete(entry(m, 0), "state_index") }, "entry 0"},
		"poll key off the curve": {func(m map[string]any) {
			k := entry(m, 0)["join"].(map[string]any)["poll_key"].(map[string]any)
			k["x"] = k["y"]
		}, "poll_key"},
		"proof not hex":          {func(m map[string]any) { entry(m, 0)["join"].(map[string]any)["proof"] = "CQgH" }, "proof"}, // base64, as version 1 wrote it
		"ciphertext not a field": {func(m map[string]any) { entry(m, 1)["command"].(map[string]any)["ciphertext"] = []string{"0x"} }, "ciphertext"},
		"seal signature not hex": {func(m map[string]any) { m["seal"].(map[string]any)["signature"] = "zz" }, "seal.signature"},
		"opening without proof":  {func(m map[string]any) { entry(m, 1)["command"].(map[string]any)["opening"] = "0x01" }, "go together"},
		"definition coordinator": {func(m map[string]any) { m["definition"].(map[string]any)["mode"] = "ranked" }, "ranked"},
	}
	for name, c := range cases {
		var m map[string]any
		require.NoError(t, json.Unmarshal(good, &m))
		c.mutate(m)
		b, err := json.Marshal(m)
		require.NoError(t, err)
		var l poll.Log
		err = json.Unmarshal(b, &l)
		require.Error(t, err, name)
		require.True(t, strings.Contains(err.Error(), c.where), "%s: %v", name, err)
	}
}

// TestLogFileHex: every byte string of the file — proofs, signatures, the
// signing key — is 0x-hex, as field elements are.
func TestLogFileHex(t *testing.T) {
	data, err := json.Marshal(sampleLog(t))
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(data, &m))
	require.Equal(t, "0x090807", m["entries"].([]any)[0].(map[string]any)["join"].(map[string]any)["proof"])
	require.Equal(t, "0x0102", m["seal"].(map[string]any)["signature"])
	require.Regexp(t, `^0x[0-9a-f]{64}$`, m["signing_public_key"])
}

// TestLogFileVersion1: a log exported before version 2 — proofs in base64,
// the signature and key in hex without 0x — still reads, to the same log.
func TestLogFileVersion1(t *testing.T) {
	l := sampleLog(t)
	data, err := json.Marshal(l)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(data, &m))
	m["version"] = 1
	m["entries"].([]any)[0].(map[string]any)["join"].(map[string]any)["proof"] = base64.StdEncoding.EncodeToString(l.Entries[0].Join.Proof)
	m["seal"].(map[string]any)["signature"] = "0102"
	m["signing_public_key"] = hex.EncodeToString(l.SigningKey)
	v1, err := json.Marshal(m)
	require.NoError(t, err)
	var got poll.Log
	require.NoError(t, json.Unmarshal(v1, &got))
	require.Equal(t, l, &got)

}

func TestStateNames(t *testing.T) {
	for _, s := range []poll.State{poll.StateOpen, poll.StateClosed, poll.StateTallied} {
		got, err := poll.ParseState(s.String())
		require.NoError(t, err)
		require.Equal(t, s, got)
	}
	_, err := poll.ParseState("unknown(0)")
	require.Error(t, err)
	require.Equal(t, "running", poll.JobRunning.String())
}
