package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/coordinator"
	"github.com/zkvote/zkvote/coordinator/store"
)

// TestCoordinatorCheck: check reads a data directory and says ok; a
// directory that is not one, or whose key set is incomplete, is refused.
func TestCoordinatorCheck(t *testing.T) {
	dir := t.TempDir()
	r := zkvote(t, "coordinator", "check", "--data-dir", dir, "--keys", t.TempDir())
	requireFailure(t, r, exitFailure, "not a coordinator data directory")

	_, err := coordinator.LoadOrCreateKeys(dir)
	require.NoError(t, err)
	st, err := store.OpenPebble(filepath.Join(dir, "db"))
	require.NoError(t, err)
	require.NoError(t, st.Close())
	r = zkvote(t, "coordinator", "check", "--data-dir", dir, "--keys", t.TempDir())
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "ok: keys, 0 polls")

	require.NoError(t, os.Remove(filepath.Join(dir, coordinator.SigningKeyFile)))
	r = zkvote(t, "coordinator", "check", "--data-dir", dir, "--keys", t.TempDir())
	requireFailure(t, r, exitFailure, "restore")
}
