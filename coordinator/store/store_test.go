package store_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/coordinator/store"
)

func TestPebble(t *testing.T) {
	dir := t.TempDir()
	s, err := store.OpenPebble(dir)
	require.NoError(t, err)
	var ops []store.Op
	for i := 0; i < 5; i++ {
		ops = append(ops, store.Op{Key: []byte(fmt.Sprintf("l/%02d", i)), Value: []byte{byte(i)}})
	}
	ops = append(ops, store.Op{Key: []byte("m"), Value: []byte("x")}, store.Op{Key: []byte("k"), Value: []byte("y")})
	w, err := s.Write(ops)
	require.NoError(t, err)
	require.NoError(t, w.Wait())

	v, err := s.Get([]byte("l/03"))
	require.NoError(t, err)
	require.Equal(t, []byte{3}, v)
	_, err = s.Get([]byte("nope"))
	require.ErrorIs(t, err, store.ErrNotFound)

	var keys []string
	require.NoError(t, s.Scan([]byte("l/"), []byte("l/02"), func(k, _ []byte) error {
		keys = append(keys, string(k))
		return nil
	}))
	require.Equal(t, []string{"l/02", "l/03", "l/04"}, keys)
	stop := errors.New("stop")
	require.ErrorIs(t, s.Scan([]byte("l/"), nil, func(k, _ []byte) error { return stop }), stop)

	require.NoError(t, s.Close())
	_, err = s.Get([]byte("m"))
	require.ErrorIs(t, err, store.ErrClosed)
	_, err = s.Write(ops)
	require.ErrorIs(t, err, store.ErrClosed)

	// everything is still there after reopening
	s, err = store.OpenPebble(dir)
	require.NoError(t, err)
	defer s.Close()
	v, err = s.Get([]byte("k"))
	require.NoError(t, err)
	require.Equal(t, []byte("y"), v)
}
