package store

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// filled returns a closed store in a fresh directory holding 100 keys in
// a table file, and that file's path.
func filled(t *testing.T) (dir, table string) {
	dir = filepath.Join(t.TempDir(), "db")
	p, err := OpenPebble(dir)
	require.NoError(t, err)
	var ops []Op
	for i := range 100 {
		ops = append(ops, Op{Key: fmt.Appendf(nil, "k%03d", i), Value: []byte(strings.Repeat("v", 40))})
	}
	w, err := p.Write(ops)
	require.NoError(t, err)
	require.NoError(t, w.Wait())
	require.NoError(t, p.Close()) // flushes into a table file
	tables, err := filepath.Glob(filepath.Join(dir, "*.sst"))
	require.NoError(t, err)
	require.Len(t, tables, 1)
	return dir, tables[0]
}

// flip inverts 16 bytes a third into the file.
func flip(t *testing.T, path string) {
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	for i := len(data) / 3; i < len(data)/3+16; i++ {
		data[i] ^= 0xff
	}
	require.NoError(t, os.WriteFile(path, data, 0o600))
}

// TestDamagedFiles: a damaged table file is found by the first read of it
// and a damaged MANIFEST by the opening, each an ErrDamaged naming the file
// and the remedy, on one line.
func TestDamagedFiles(t *testing.T) {
	t.Run("table", func(t *testing.T) {
		dir, table := filled(t)
		flip(t, table)
		p, err := OpenPebble(dir) // tables are read when needed
		require.NoError(t, err)
		defer p.Close()
		_, err = p.Get([]byte("k050"))
		require.ErrorIs(t, err, ErrDamaged)
		require.ErrorContains(t, err, table+" (")
		require.ErrorContains(t, err, "restore the data directory from a backup")
		require.NotContains(t, err.Error(), "\n")
		err = p.Scan([]byte("k"), nil, func(_, _ []byte) error { return nil })
		require.ErrorIs(t, err, ErrDamaged)
		require.ErrorContains(t, err, table)
	})
	t.Run("MANIFEST", func(t *testing.T) {
		dir, _ := filled(t)
		current, err := os.ReadFile(filepath.Join(dir, "CURRENT"))
		require.NoError(t, err)
		manifest := filepath.Join(dir, strings.TrimSpace(string(current)))
		flip(t, manifest)
		_, err = OpenPebble(dir)
		require.ErrorIs(t, err, ErrDamaged)
		require.ErrorContains(t, err, manifest+" (")
		require.ErrorContains(t, err, "restore the data directory from a backup")
		require.NotContains(t, err.Error(), "\n")
	})
	t.Run("MANIFEST truncated", func(t *testing.T) {
		dir, _ := filled(t)
		current, err := os.ReadFile(filepath.Join(dir, "CURRENT"))
		require.NoError(t, err)
		manifest := filepath.Join(dir, strings.TrimSpace(string(current)))
		require.NoError(t, os.Truncate(manifest, 10))
		_, err = OpenPebble(dir)
		require.ErrorIs(t, err, ErrDamaged)
		require.ErrorContains(t, err, manifest)
	})
}
