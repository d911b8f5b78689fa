package server_test

import (
	"fmt"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/message"
	"github.com/zkvote/zkvote/client"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/proto/wire"
	pb "github.com/zkvote/zkvote/proto/zkvote/v1"
)

// rawCodec sends bytes as they are, to put malformed protobuf on the wire.
type rawCodec struct{}

func (rawCodec) Marshal(v any) ([]byte, error)      { return v.([]byte), nil }
func (rawCodec) Unmarshal(data []byte, v any) error { *(v.(*[]byte)) = data; return nil }
func (rawCodec) Name() string                       { return "proto" }

func TestMalformedProtobuf(t *testing.T) {
	h := newHarness(t, false, nil)
	ctx := t.Context()
	def := h.census.Poll(t, h.keys.Coordinator.Public())
	id, err := h.conn.CreatePoll(ctx, def)
	require.NoError(t, err)
	for name, garbage := range map[string][]byte{
		"truncated varint":  {0x0a, 0xff},
		"length beyond end": {0x0a, 0x20, 0x01},
		"wrong wire type":   {0x0b},
		"random bytes":      []byte("\xde\xad\xbe\xef\x00\x01\x02"),
	} {
		var out []byte
		err := h.cc.Invoke(ctx, "/zkvote.v1.VoterService/SubmitMessage", garbage, &out, grpc.ForceCodec(rawCodec{}))
		// grpc-go itself answers INTERNAL when a request does not parse,
		// before any zkvote code runs; what matters is that it is refused
		// and nothing is stored.
		require.Error(t, err, name)
		require.Equal(t, codes.Internal, status.Code(err), name)
	}
	p, err := h.conn.Poll(ctx, id)
	require.NoError(t, err)
	require.Zero(t, p.Count)
}

// TestManyVotersAtOnce submits distinct joins and messages concurrently
// over gRPC (run with -race in CI).
func TestManyVotersAtOnce(t *testing.T) {
	h := newHarness(t, false, nil)
	ctx := t.Context()
	def := h.census.Poll(t, h.keys.Coordinator.Public())
	id, err := h.conn.CreatePoll(ctx, def)
	require.NoError(t, err)
	subs := make([]*client.Submission, len(h.census.Voters))
	for i := range subs {
		subs[i], _ = h.census.Vote(t, def, i, 1)
	}
	coordPub := h.keys.Coordinator.Public()
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for i, sub := range subs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _, err := h.conn.SubmitVote(ctx, sub)
			if err != nil {
				errs <- fmt.Errorf("vote %d: %w", i, err)
			}
		}()
	}
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			k, _ := babyjub.GenerateKey(nil)
			eph, _ := babyjub.GenerateKey(nil)
			epk, ct, _, err := message.SignAndEncrypt(def.Params, id, (&message.Command{NewKey: k.Public(), Nonce: 1}).Body(def.Params), k, eph, &coordPub)
			if err == nil {
				_, err = h.voter.SubmitMessage(ctx, &pb.SubmitMessageRequest{PollId: wire.Field(id), Message: wire.Command(&poll.Command{EphemeralKey: epk, Ciphertext: ct})})
			}
			if err != nil {
				errs <- fmt.Errorf("message %d: %w", i, err)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	p, err := h.conn.Poll(ctx, id)
	require.NoError(t, err)
	require.Equal(t, uint64(len(subs)+30), p.Count)
	require.Equal(t, uint64(len(subs)), p.Joins)
}
