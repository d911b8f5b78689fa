package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/client"
	"github.com/zkvote/zkvote/coordinator/coordtest/proven"
	"github.com/zkvote/zkvote/internal/fieldhex"
)

// TestJSONOutput: --json prints one JSON object a script can read.
func TestJSONOutput(t *testing.T) {
	decode := func(r result) map[string]any {
		t.Helper()
		require.Equal(t, exitOK, r.code, r.stderr)
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(r.stdout), &m), r.stdout)
		return m
	}
	require.Equal(t, version, decode(zkvote(t, "version", "--json"))["version"])

	dir := t.TempDir()
	list := "commitment,weight\n"
	for range 3 {
		id, err := client.NewIdentity(nil)
		require.NoError(t, err)
		list += fieldhex.Encode(id.Commitment()) + ",7\n"
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, "m.csv"), []byte(list), 0o644))
	m := decode(zkvote(t, "census", "build", "--in", filepath.Join(dir, "m.csv"), "--out", filepath.Join(dir, "c.json"), "--depth", "4", "--json"))
	require.Equal(t, float64(3), m["members"])
	require.Equal(t, float64(1), m["weight_classes"])

	if testing.Short() {
		return
	}
	m = decode(zkvote(t, "verify", proven.Artefacts(t), "--json"))
	require.Equal(t, true, m["verified"])
	require.Equal(t, float64(5), m["participation"])
	opts := m["options"].([]any)
	require.Equal(t, map[string]any{"label": "no", "total": "7", "spent": "7"}, opts[1])
}
