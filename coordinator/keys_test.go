package coordinator_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/coordinator"
	"github.com/zkvote/zkvote/coordinator/store"
)

// TestKeysAllOrNothing: a fresh directory gets the whole key set; a
// directory missing any key file, or whose public key file is another
// key's, is refused with the file to restore, and nothing is written.
func TestKeysAllOrNothing(t *testing.T) {
	dir := t.TempDir()
	k, err := coordinator.LoadOrCreateKeys(dir)
	require.NoError(t, err)
	again, err := coordinator.LoadOrCreateKeys(dir)
	require.NoError(t, err)
	require.Equal(t, k.AdminToken, again.AdminToken)
	require.True(t, k.Signing.Equal(again.Signing))

	for _, f := range []string{coordinator.KeyFile, coordinator.PublicKeyFile, coordinator.SigningKeyFile, coordinator.AdminTokenFile} {
		d := t.TempDir()
		_, err := coordinator.LoadOrCreateKeys(d)
		require.NoError(t, err)
		require.NoError(t, os.Remove(filepath.Join(d, f)))
		_, err = coordinator.LoadOrCreateKeys(d)
		require.ErrorIs(t, err, coordinator.ErrKeys, f)
		require.ErrorContains(t, err, "not "+f)
		require.ErrorContains(t, err, "restore")
		_, statErr := os.Stat(filepath.Join(d, f))
		require.ErrorIs(t, statErr, os.ErrNotExist, "nothing regenerated")
	}

	// A public key file of another key pair.
	other := t.TempDir()
	_, err = coordinator.LoadOrCreateKeys(other)
	require.NoError(t, err)
	pub, err := os.ReadFile(filepath.Join(other, coordinator.PublicKeyFile))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, coordinator.PublicKeyFile), pub, 0o644))
	_, err = coordinator.LoadOrCreateKeys(dir)
	require.ErrorIs(t, err, coordinator.ErrKeys)
	require.ErrorContains(t, err, "is not the public key")
}

// TestRestartWithOtherKeys: a store whose polls were made with one key
// set refuses to open with another coordinator key or signing key.
func TestRestartWithOtherKeys(t *testing.T) {
	e := newEnv(t, 1)
	e.poll(t)
	require.NoError(t, e.svc.Close())

	fresh, err := coordinator.LoadOrCreateKeys(t.TempDir())
	require.NoError(t, err)
	open := func(k *coordinator.Keys) error {
		st, err := store.OpenPebble(e.dir + "/db")
		require.NoError(t, err)
		svc, err := coordinator.Open(e.cfg, st, k)
		if err == nil {
			return svc.Close()
		}
		_ = st.Close()
		return err
	}
	otherCoordinator := *e.keys
	otherCoordinator.Coordinator = fresh.Coordinator
	err = open(&otherCoordinator)
	require.ErrorIs(t, err, coordinator.ErrKeys)
	require.ErrorContains(t, err, coordinator.KeyFile)

	otherSigning := *e.keys
	otherSigning.Signing = fresh.Signing
	err = open(&otherSigning)
	require.ErrorIs(t, err, coordinator.ErrKeys)
	require.ErrorContains(t, err, coordinator.SigningKeyFile)

	require.NoError(t, open(e.keys), "the right keys still open it")
	e.open(t) // for the env's cleanup
}
