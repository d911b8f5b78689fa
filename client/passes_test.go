package client_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/ratelimit"
	"github.com/zkvote/zkvote/client"
)

// TestHandOver: the copy holds the keys and the identities given, the rest
// shown as padding; the voter's record never uses the given ones again,
// survives its file form, and always keeps one.
func TestHandOver(t *testing.T) {
	set, err := ratelimit.NewSet(ratelimit.Identities, nil)
	require.NoError(t, err)
	key, err := babyjub.GenerateKey(nil)
	require.NoError(t, err)
	rec := &client.Record{StateKey: key, CurrentKey: key, Rate: &client.RateRecord{Set: *set}}
	rec.Rate.Next[0] = 1 // the voter used a slot before

	given, err := rec.HandOver(1)
	require.NoError(t, err)
	require.NotNil(t, given.Rate.Set.Secrets[0])
	for pos := 1; pos < ratelimit.Identities; pos++ {
		require.Nil(t, given.Rate.Set.Secrets[pos], "shown as padding")
		require.NotNil(t, rec.Rate.Set.Secrets[pos], "kept by the voter")
	}
	require.Equal(t, set.Identities, given.Rate.Set.Identities, "the same public set")
	require.Equal(t, uint64(1), given.Rate.Next[0], "the copy shows the slots as the holder will find them")
	require.Equal(t, [ratelimit.Identities]bool{}, given.Rate.Given)
	require.Equal(t, [ratelimit.Identities]bool{true}, rec.Rate.Given)

	b, err := json.Marshal(rec.Rate)
	require.NoError(t, err)
	var back client.RateRecord
	require.NoError(t, json.Unmarshal(b, &back))
	require.Equal(t, rec.Rate.Given, back.Given)
	b, err = json.Marshal(given.Rate)
	require.NoError(t, err)
	require.NotContains(t, string(b), "given")

	again, err := rec.HandOver(1)
	require.NoError(t, err)
	require.Equal(t, given.Rate, again.Rate, "handing over the same identity twice gives the same copy")
	_, err = rec.HandOver(ratelimit.Identities)
	require.ErrorIs(t, err, client.ErrRecord, "the voter must keep one")
	_, err = (&client.Record{}).HandOver(1)
	require.ErrorIs(t, err, client.ErrRecord, "a poll without passes has nothing to keep back")
}
