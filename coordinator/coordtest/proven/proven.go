// Package proven makes, once per test binary, the published artefacts of a
// poll that real voters used through a real coordinator and whose tally
// was proven: the fixture of the settlement and CLI tests.
package proven

import (
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/message"
	"github.com/zkvote/zkvote/client"
	"github.com/zkvote/zkvote/coordinator"
	"github.com/zkvote/zkvote/coordinator/coordtest"
	"github.com/zkvote/zkvote/coordinator/store"
	"github.com/zkvote/zkvote/poll"
)

// Beneficiary receives the payload of Artefacts' poll: Payout wei.
var (
	Beneficiary = common.HexToAddress("0x00000000000000000000000000000000b0b0b0b0")
	Payout      = big.NewInt(params.Ether)
)

var (
	provenOnce sync.Once
	provenDir  string
	provenErr  error
)

// Artefacts runs a real coordinator once per test binary and
// returns the directory of a tallied poll's published artefacts (what
// `zkvote verify` checks): a weighted yes/no poll whose execution payload
// pays Beneficiary Payout. Voters 0..4 (weights 1..5) vote yes 1, no 2,
// yes 3, no 4 and nothing; voter 0 then re-votes no 1, and three commands
// signed by strangers do not count: the proven totals are yes 3, no 7,
// with 5 joins. With the test parameters that is 2 split, 2 join and 3
// command batch proofs, so every kind of proof chains to another.
func Artefacts(t testing.TB) string {
	provenOnce.Do(func() { provenDir, provenErr = provenArtefacts(t) })
	require.NoError(t, provenErr)
	return provenDir
}

func provenArtefacts(t testing.TB) (string, error) {
	_, keysDir := coordtest.Keys(t)
	dataDir, err := os.MkdirTemp("", "zkvote-proven-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(dataDir)
	cfg := coordinator.Defaults()
	cfg.DataDir, cfg.KeysDir = dataDir, keysDir
	keys, err := coordinator.LoadOrCreateKeys(dataDir)
	if err != nil {
		return "", err
	}
	st, err := store.OpenPebble(filepath.Join(dataDir, "db"))
	if err != nil {
		return "", err
	}
	svc, err := coordinator.Open(cfg, st, keys)
	if err != nil {
		return "", err
	}
	defer svc.Close()
	c := coordtest.NewCensus(t, 5)
	def := c.ProvenPoll(t, keys.Coordinator.Public())
	def.Execution = &poll.Execution{Target: Beneficiary.Hex(), Value: Payout.String(), Calldata: "0x"}
	id, err := svc.CreatePoll(def)
	if err != nil {
		return "", err
	}
	ctx := t.Context()
	var first *client.Record
	for i, votes := range [][]int64{{1, 0}, {0, 2}, {3, 0}, {0, 4}, {0, 0}} {
		sub, rec := c.Vote(t, def, i, votes...)
		_, idx, err := svc.SubmitVote(ctx, id, &sub.Statement, sub.Proof, nil)
		if err != nil {
			return "", err
		}
		if i == 0 {
			rec.StateIndex, first = &idx, rec
		}
	}
	msgs, err := client.Revote(def, first, []*big.Int{big.NewInt(0), big.NewInt(1)})
	if err != nil {
		return "", err
	}
	for _, m := range msgs {
		if _, err := svc.SubmitMessage(ctx, id, m.EphemeralKey, m.Ciphertext, nil); err != nil {
			return "", err
		}
	}
	pollID, err := def.ID()
	if err != nil {
		return "", err
	}
	for range 3 {
		k, err := babyjub.GenerateKey(nil)
		if err != nil {
			return "", err
		}
		eph, err := babyjub.GenerateKey(nil)
		if err != nil {
			return "", err
		}
		cmd := message.Command{NewKey: k.Public(), Nonce: 1, Weight: big.NewInt(1)}
		epk, ct, _, err := message.SignAndEncrypt(def.Params, pollID, cmd.Body(def.Params), k, eph, &def.CoordinatorKey)
		if err != nil {
			return "", err
		}
		if _, err := svc.SubmitMessage(ctx, id, epk, ct, nil); err != nil {
			return "", err
		}
	}
	if _, err := svc.ClosePoll(id); err != nil {
		return "", err
	}
	if _, err := svc.StartTally(id); err != nil {
		return "", err
	}
	job, err := svc.WaitTally(ctx, id)
	if err != nil {
		return "", err
	}
	if job.State != poll.JobDone {
		return "", fmt.Errorf("tally job: %s", job.Error)
	}
	files, err := svc.Artefacts(id)
	if err != nil {
		return "", err
	}
	out, err := os.MkdirTemp("", "zkvote-proven-out-")
	if err != nil {
		return "", err
	}
	return out, poll.WriteArtefacts(out, files, false)
}
