package coordinator_test

import (
	"encoding/binary"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/coordinator"
	"github.com/zkvote/zkvote/coordinator/store"
)

// TestCheck: a whole store checks out, entry by entry; one damaged log
// record is found and named.
func TestCheck(t *testing.T) {
	e := newEnv(t, 2)
	ctx := t.Context()
	def, id := e.poll(t)
	for i := range 2 {
		sub, _ := e.census.Vote(t, def, i, 1, 0)
		_, _, err := e.svc.SubmitVote(ctx, id, &sub.Statement, sub.Proof, nil)
		require.NoError(t, err)
	}
	r, err := e.svc.Check(ctx, nil)
	require.NoError(t, err)
	require.Equal(t, 1, r.Polls)
	require.Equal(t, uint64(2), r.Entries)

	idb := id.Bytes()
	logKey := append(append([]byte("log/"), idb[:]...), binary.BigEndian.AppendUint64(nil, 1)...)
	w, err := e.store.Write([]store.Op{{Key: logKey, Value: []byte{1, 2, 3}}})
	require.NoError(t, err)
	require.NoError(t, w.Wait())
	_, err = e.svc.Check(ctx, nil)
	require.ErrorIs(t, err, coordinator.ErrStorage)
	require.ErrorContains(t, err, "poll ")
}
