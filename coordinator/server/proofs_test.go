package server_test

import (
	"math/big"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
	"google.golang.org/grpc/codes"

	"github.com/zkvote/zkvote/client"
	"github.com/zkvote/zkvote/coordinator/coordtest"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/proto/wire"
	pb "github.com/zkvote/zkvote/proto/zkvote/v1"
	"github.com/zkvote/zkvote/prover"
	"github.com/zkvote/zkvote/verifier"
)

// TestCommandProofsOverGRPC: a poll with command proofs is created over
// gRPC (its parameter set and command key survive the trip: same poll
// ID); a voter's client proves and sends a re-vote; a command without its
// proof is refused as invalid; and the public log, streamed back, carries
// every command's opening and proof, which verify.
func TestCommandProofsOverGRPC(t *testing.T) {
	if raceEnabled {
		t.Skip("sets up a whole parameter set's keys")
	}
	h := newHarness(t, false, nil)
	ctx := t.Context()
	def := h.census.ProofsPoll(t, h.keys.Coordinator.Public())
	want, err := def.ID()
	require.NoError(t, err)
	id, err := h.conn.CreatePoll(ctx, def)
	require.NoError(t, err)
	require.Equal(t, want, id)

	sub, rec := h.census.Vote(t, def, 1, 2, 0)
	_, idx, err := h.conn.SubmitVote(ctx, sub)
	require.NoError(t, err)
	rec.StateIndex = &idx
	msgs, err := client.Revote(def, rec, []*big.Int{big.NewInt(0), big.NewInt(2)})
	require.NoError(t, err)
	keys, _ := coordtest.ProofsKeys(t)
	require.NoError(t, client.ProveCommands(keys[prover.Command], def, msgs))
	receipts, err := h.conn.Send(ctx, rec, filepath.Join(t.TempDir(), "rec.json"), msgs, nil)
	require.NoError(t, err)
	require.Len(t, receipts, len(msgs))

	_, err = h.voter.SubmitMessage(ctx, &pb.SubmitMessageRequest{PollId: wire.Field(id),
		Message: wire.Command(&poll.Command{EphemeralKey: msgs[0].EphemeralKey, Ciphertext: msgs[0].Ciphertext})})
	require.Equal(t, codes.InvalidArgument, code(err), "a command without its proof: %v", err)

	l, err := h.conn.PublicLog(ctx, id)
	require.NoError(t, err)
	checked, err := verifier.CheckLogKeys(l, verifier.LogKeys{JoinVote: keys[prover.JoinVote].VK, Command: keys[prover.Command].VK})
	require.NoError(t, err)
	require.Equal(t, len(msgs), checked.Messages)
	for _, e := range l.Entries[1:] {
		require.NotNil(t, e.Command.Opening)
		require.NotEmpty(t, e.Command.Proof)
	}
}
