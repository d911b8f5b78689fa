package atomicfile

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestWriteCreatesFileWithPermission(t *testing.T) {
	path := filepath.Join(t.TempDir(), "secret.json")
	require.NoError(t, Write(path, []byte("hello"), 0o600, false))

	got, err := os.ReadFile(path)
	require.NoError(t, err)
	require.Equal(t, "hello", string(got))
	info, err := os.Stat(path)
	require.NoError(t, err)
	require.Equal(t, os.FileMode(0o600), info.Mode().Perm())
}

func TestWriteRefusesToOverwrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "f")
	require.NoError(t, Write(path, []byte("first"), 0o644, false))

	err := Write(path, []byte("second"), 0o644, false)
	require.ErrorIs(t, err, ErrExists)
	got, err := os.ReadFile(path)
	require.NoError(t, err)
	require.Equal(t, "first", string(got))
	requireOnlyFile(t, dir, "f")

	require.NoError(t, Write(path, []byte("second"), 0o644, true))
	got, err = os.ReadFile(path)
	require.NoError(t, err)
	require.Equal(t, "second", string(got))
	requireOnlyFile(t, dir, "f")
}

func TestWriteIntoMissingDirectoryFails(t *testing.T) {
	path := filepath.Join(t.TempDir(), "missing", "f")
	require.Error(t, Write(path, []byte("x"), 0o600, false))
	_, err := os.Stat(path)
	require.ErrorIs(t, err, os.ErrNotExist)
}

// requireOnlyFile checks that no temporary file was left behind.
func requireOnlyFile(t *testing.T, dir, name string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	require.Len(t, entries, 1)
	require.Equal(t, name, entries[0].Name())
}
