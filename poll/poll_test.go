package poll_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/joinvote/jvtest"
	"github.com/zkvote/zkvote/poll"
)

const testVK = "5f2d3c1e0b9a8776655443322110ffeeddccbbaa99887766554433221100aabb"

func newDef(t *testing.T) *poll.Definition { return newDefForFuzz(t) }

func newDefForFuzz(t testing.TB) *poll.Definition {
	d, err := poll.New(circuits.TestParams(), "Fund the audit?", []string{"yes", "no"}, joinvote.ModeQuadratic,
		jvtest.Elem(12345), jvtest.Key(t, 1).Public(), testVK)
	require.NoError(t, err)
	return d
}

func TestRoundTripAndID(t *testing.T) {
	d := newDef(t)
	path := filepath.Join(t.TempDir(), "poll.json")
	require.NoError(t, d.WriteFile(path, false))
	got, err := poll.ReadFile(path)
	require.NoError(t, err)
	id1, err := d.ID()
	require.NoError(t, err)
	id2, err := got.ID()
	require.NoError(t, err)
	require.Equal(t, id1, id2)

	// every field counts
	changed := *got
	changed.Title = "Fund the audit!"
	id3, err := changed.ID()
	require.NoError(t, err)
	require.NotEqual(t, id1, id3)
	end := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	changed = *got
	changed.End = &end
	id4, err := changed.ID()
	require.NoError(t, err)
	require.NotEqual(t, id1, id4)
	// the same instant written in another zone is the same poll
	same := *changed.End
	same = same.In(time.FixedZone("CET", 3600))
	changed.End = &same
	id4b, err := changed.ID()
	require.NoError(t, err)
	require.Equal(t, id4, id4b)
	// two identical proposals are two polls
	id5, err := newDef(t).ID()
	require.NoError(t, err)
	require.NotEqual(t, id1, id5)

	require.Error(t, d.WriteFile(path, false), "no silent overwrite")
}

func TestValidateRejects(t *testing.T) {
	cases := map[string]func(d *poll.Definition){
		"empty title":        func(d *poll.Definition) { d.Title = " " },
		"one option":         func(d *poll.Definition) { d.Options = d.Options[:1] },
		"too many options":   func(d *poll.Definition) { d.Options = []string{"a", "b", "c", "d", "e"} },
		"duplicate option":   func(d *poll.Definition) { d.Options = []string{"a", "a"} },
		"same but for case":  func(d *poll.Definition) { d.Options = []string{"Yes", " yes"} },
		"numeric label":      func(d *poll.Definition) { d.Options = []string{"2", "1"} },
		"signed label":       func(d *poll.Definition) { d.Options = []string{"yes", "-3"} },
		"label with colon":   func(d *poll.Definition) { d.Options = []string{"yes", "no:really"} },
		"title too long":     func(d *poll.Definition) { d.Title = strings.Repeat("é", poll.MaxTitleChars+1) },
		"body too long":      func(d *poll.Definition) { d.Body = strings.Repeat("b", poll.MaxBodyBytes+1) },
		"unknown mode":       func(d *poll.Definition) { d.Mode = 7 },
		"bad coordinator":    func(d *poll.Definition) { d.CoordinatorKey.X = d.CoordinatorKey.Y },
		"end before start":   func(d *poll.Definition) { s := time.Now(); e := s.Add(-time.Hour); d.Start, d.End = &s, &e },
		"messages above cap": func(d *poll.Definition) { d.MaxMessages = d.Params.MaxMessages + 1 },
		"future version":     func(d *poll.Definition) { d.Version = 2 },
		"command key without command proofs": func(d *poll.Definition) {
			d.CommandKey = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"
		},
		"command proofs without their key": func(d *poll.Definition) { d.Params.CommandProofs = true },
		"command key not a SHA-256":        func(d *poll.Definition) { d.Params.CommandProofs, d.CommandKey = true, "abc" },
	}
	for name, mutate := range cases {
		d := newDef(t)
		mutate(d)
		require.ErrorIs(t, d.Validate(), poll.ErrInvalid, name)
	}
	_, err := poll.Parse([]byte(`{"version":1,"surprise":true}`))
	require.ErrorIs(t, err, poll.ErrInvalid)
}

// TestNewWithCommandProofs: New makes a definition for a parameter set
// with command proofs, which validates only once its command key is pinned.
func TestNewWithCommandProofs(t *testing.T) {
	d, err := poll.New(circuits.TestProofParams(), "Fund the audit?", []string{"yes", "no"}, joinvote.ModeQuadratic,
		jvtest.Elem(12345), jvtest.Key(t, 1).Public(), testVK)
	require.NoError(t, err)
	require.ErrorIs(t, d.Validate(), poll.ErrInvalid, "no command key yet")
	d.CommandKey = testVK
	require.NoError(t, d.Validate())
}

// TestTextLimits: a title is counted in characters, a body in bytes, and
// both limits are inclusive.
func TestTextLimits(t *testing.T) {
	d := newDef(t)
	d.Title = strings.Repeat("é", poll.MaxTitleChars)
	d.Body = strings.Repeat("b", poll.MaxBodyBytes)
	require.NoError(t, d.Validate())
	d.Body += "b"
	require.ErrorContains(t, d.Validate(), "body is 10001 bytes, at most 10000")
}

func TestIsNumber(t *testing.T) {
	for s, want := range map[string]bool{"1": true, " 2 ": true, "+3": true, "-4": true, "007": true,
		"99999999999999999999999": true, "": false, "-": false, "1.5": false, "1e3": false, "yes": false, "Option 1": false, "½": false} {
		require.Equal(t, want, poll.IsNumber(s), "%q", s)
	}
}

// TestParseRejects: the file form's typed fields are checked as they are
// decoded, before Validate.
func TestParseRejects(t *testing.T) {
	good, err := json.Marshal(newDef(t))
	require.NoError(t, err)
	_, err = poll.Parse(good)
	require.NoError(t, err)
	cases := map[string]func(m map[string]any){
		"unknown mode":    func(m map[string]any) { m["mode"] = "ranked" },
		"bad census root": func(m map[string]any) { m["census_root"] = "0xzz" },
		"root not canonical": func(m map[string]any) {
			m["census_root"] = "0x30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001" // the modulus
		},
		"coordinator off the curve": func(m map[string]any) {
			k := m["coordinator_key"].(map[string]any)
			k["x"] = k["y"]
		},
		"coordinator missing": func(m map[string]any) { delete(m, "coordinator_key") },
		"payload target not an address": func(m map[string]any) {
			m["execution"] = map[string]any{"target": "0x1234", "value": "0", "calldata": "0x"}
		},
		"payload value negative": func(m map[string]any) {
			m["execution"] = map[string]any{"target": "0x00000000000000000000000000000000000000b0", "value": "-1", "calldata": "0x"}
		},
		"payload calldata not hex": func(m map[string]any) {
			m["execution"] = map[string]any{"target": "0x00000000000000000000000000000000000000b0", "value": "0", "calldata": "0xzz"}
		},
	}
	for name, mutate := range cases {
		var m map[string]any
		require.NoError(t, json.Unmarshal(good, &m))
		mutate(m)
		b, err := json.Marshal(m)
		require.NoError(t, err)
		_, err = poll.Parse(b)
		require.ErrorIs(t, err, poll.ErrInvalid, name)
	}
}

func TestWindow(t *testing.T) {
	d := newDef(t)
	now := time.Now()
	require.True(t, d.Open(now))
	s, e := now.Add(time.Hour), now.Add(2*time.Hour)
	d.Start, d.End = &s, &e
	require.False(t, d.Open(now))
	require.True(t, d.Open(now.Add(90*time.Minute)))
	require.False(t, d.Open(e))
}

func TestKeyFiles(t *testing.T) {
	dir := t.TempDir()
	k := jvtest.Key(t, 4)
	priv, pub := filepath.Join(dir, "coord.key.json"), filepath.Join(dir, "coord.pub.json")
	require.NoError(t, poll.WriteKeyPair(priv, pub, k, false))
	st, err := os.Stat(priv)
	require.NoError(t, err)
	require.Equal(t, os.FileMode(0o600), st.Mode().Perm())

	got, err := poll.ReadPrivateKey(priv)
	require.NoError(t, err)
	require.Equal(t, k.Scalar(), got.Scalar())
	p, err := poll.ReadPublicKey(pub)
	require.NoError(t, err)
	want := k.Public()
	require.True(t, p.Equal(&want))
	p, err = poll.ReadPublicKey(priv) // the private file also gives the public key
	require.NoError(t, err)
	require.True(t, p.Equal(&want))
	_, err = poll.ReadPrivateKey(pub)
	require.ErrorIs(t, err, poll.ErrNoPrivate)

	junk := filepath.Join(dir, "junk.json")
	require.NoError(t, os.WriteFile(junk, []byte(`{"hello":1}`), 0o600))
	_, err = poll.ReadPublicKey(junk)
	require.ErrorIs(t, err, poll.ErrKeyFile)
}

// TestProcessingKeysArePinned: the processing keys are part of the poll ID
// (a tally cannot be proven with keys chosen later) and must be digests.
func TestProcessingKeysArePinned(t *testing.T) {
	d := newDef(t)
	id1, err := d.ID()
	require.NoError(t, err)
	d.ProcessingKeys = map[string]string{"process-split": testVK}
	id2, err := d.ID()
	require.NoError(t, err)
	require.NotEqual(t, id1, id2)
	d.ProcessingKeys["process-split"] = strings.Repeat("0", 64)
	id3, err := d.ID()
	require.NoError(t, err)
	require.NotEqual(t, id2, id3)
	b, err := json.Marshal(d)
	require.NoError(t, err)
	back, err := poll.Parse(b)
	require.NoError(t, err)
	require.Equal(t, d.ProcessingKeys, back.ProcessingKeys)
	d.ProcessingKeys["process-split"] = "nope"
	require.ErrorIs(t, d.Validate(), poll.ErrInvalid)
}
