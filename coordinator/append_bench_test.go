package coordinator_test

import (
	"sync"
	"sync/atomic"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/message"
	"github.com/zkvote/zkvote/coordinator"
	"github.com/zkvote/zkvote/coordinator/coordtest"
	"github.com/zkvote/zkvote/coordinator/store"
)

// BenchmarkSubmitMessage measures what the coordinator does per accepted
// entry once a submission is checked — order it into the log under the
// poll's lock, write entry and head, wait for the fsync (16 concurrent
// senders share fsyncs), sign the receipt — on commands, which carry no
// proof, so the per-entry store work is all there is:
//
//	go test ./coordinator -run '^$' -bench SubmitMessage -benchtime 4000x -count 5
func BenchmarkSubmitMessage(b *testing.B) {
	_, keysDir := coordtest.Keys(b)
	dir := b.TempDir()
	cfg := coordinator.Defaults()
	cfg.DataDir, cfg.KeysDir = dir, keysDir
	keys, err := coordinator.LoadOrCreateKeys(dir)
	require.NoError(b, err)
	st, err := store.OpenPebble(dir + "/db")
	require.NoError(b, err)
	svc, err := coordinator.Open(cfg, st, keys)
	require.NoError(b, err)
	defer svc.Close()
	def := coordtest.NewCensus(b, 2).Poll(b, keys.Coordinator.Public())
	def.MaxMessages = def.Params.MaxMessages
	id, err := svc.CreatePoll(def)
	require.NoError(b, err)

	// Distinct, well-formed commands, made before the clock starts.
	type msg struct {
		eph babyjub.Point
		ct  []fr.Element
	}
	n := min(b.N, def.MaxMessages)
	msgs := make([]msg, n)
	signer, err := babyjub.GenerateKey(nil)
	require.NoError(b, err)
	cmd := message.Command{NewKey: signer.Public(), Nonce: 1}
	coordKey := keys.Coordinator.Public()
	for i := range msgs {
		eph, err := babyjub.GenerateKey(nil)
		require.NoError(b, err)
		msgs[i].eph, msgs[i].ct, _, err = message.SignAndEncrypt(def.Params, id, cmd.Body(def.Params), signer, eph, &coordKey)
		require.NoError(b, err)
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	b.ResetTimer()
	for range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				if _, err := svc.SubmitMessage(b.Context(), id, msgs[i].eph, msgs[i].ct, nil); err != nil {
					b.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
}
