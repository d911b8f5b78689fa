// Package proven makes, once per test binary, the published artefacts of a
// poll that real voters used through a real coordinator and whose tally
// was proven: the fixture of the settlement and CLI tests.
package proven

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
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
	"github.com/zkvote/zkvote/prover"
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

	proofsOnce sync.Once
	proofsDir  string
	proofsErr  error
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
	provenOnce.Do(func() { provenDir, provenErr = provenArtefacts(t, false) })
	require.NoError(t, provenErr)
	return provenDir
}

// ProofsArtefacts is Artefacts for the same poll with command proofs
// (circuits.TestProofParams): every command carries its proof, voter 0
// re-votes no 1 and voter 4 (who voted nothing) yes 5, in commands of
// their own (several command batches), and no stranger commands. The
// proven totals are yes 8, no 7, with 5 joins.
func ProofsArtefacts(t testing.TB) string {
	proofsOnce.Do(func() { proofsDir, proofsErr = provenArtefacts(t, true) })
	require.NoError(t, proofsErr)
	return proofsDir
}

func provenArtefacts(t testing.TB, proofs bool) (string, error) {
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
	if proofs {
		def = c.ProofsPoll(t, keys.Coordinator.Public())
	}
	def.Execution = &poll.Execution{Target: Beneficiary.Hex(), Value: Payout.String(), Calldata: "0x"}
	id, err := svc.CreatePoll(def)
	if err != nil {
		return "", err
	}
	ctx := t.Context()
	recs := make([]*client.Record, 5)
	for i, votes := range [][]int64{{1, 0}, {0, 2}, {3, 0}, {0, 4}, {0, 0}} {
		sub, rec := c.Vote(t, def, i, votes...)
		_, idx, err := svc.SubmitVote(ctx, id, &sub.Statement, sub.Proof, nil)
		if err != nil {
			return "", err
		}
		rec.StateIndex, recs[i] = &idx, rec
	}
	if proofs {
		ks, _ := coordtest.ProofsKeys(t)
		for _, r := range []struct {
			voter int
			votes []*big.Int
		}{{0, []*big.Int{big.NewInt(0), big.NewInt(1)}}, {4, []*big.Int{big.NewInt(5), big.NewInt(0)}}} {
			msgs, err := client.Revote(def, recs[r.voter], r.votes)
			if err != nil {
				return "", err
			}
			if err := client.ProveCommands(ks[prover.Command], def, msgs); err != nil {
				return "", err
			}
			for _, m := range msgs {
				if _, err := svc.SubmitCommand(ctx, id, &poll.Command{EphemeralKey: m.EphemeralKey, Ciphertext: m.Ciphertext, Opening: m.Opening, Proof: m.Proof}, nil); err != nil {
					return "", err
				}
			}
		}
		return tallied(ctx, svc, id)
	}
	msgs, err := client.Revote(def, recs[0], []*big.Int{big.NewInt(0), big.NewInt(1)})
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
	return tallied(ctx, svc, id)
}

// tallied closes poll id, proves its tally and writes its published
// artefacts to a new directory.
func tallied(ctx context.Context, svc *coordinator.Service, id fr.Element) (string, error) {
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
