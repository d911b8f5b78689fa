package server_test

import (
	"context"
	"log/slog"
	"net"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/stretchr/testify/require"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
	"google.golang.org/grpc/test/bufconn"

	"github.com/zkvote/zkvote/client"
	"github.com/zkvote/zkvote/coordinator"
	"github.com/zkvote/zkvote/coordinator/coordtest"
	"github.com/zkvote/zkvote/coordinator/server"
	"github.com/zkvote/zkvote/coordinator/store"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/proto/wire"
	pb "github.com/zkvote/zkvote/proto/zkvote/v1"
	"github.com/zkvote/zkvote/receipt"
)

type harness struct {
	svc    *coordinator.Service
	keys   *coordinator.Keys
	census *coordtest.Census
	voter  pb.VoterServiceClient
	admin  pb.AdminServiceClient
	cc     *grpc.ClientConn
	conn   *client.Conn
	mu     sync.Mutex // guards now: the auto-close loop reads the clock
	now    time.Time
}

func (h *harness) clock() time.Time {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.now
}

func (h *harness) setNow(t time.Time) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.now = t
}

// newHarness serves a coordinator over an in-process listener (bufconn),
// or over TCP on localhost with tcp set.
func newHarness(t *testing.T, tcp bool, tweak func(*coordinator.Config)) *harness {
	_, keysDir := coordtest.Keys(t)
	dir := t.TempDir()
	cfg := coordinator.Defaults()
	cfg.DataDir, cfg.KeysDir = dir, keysDir
	if tweak != nil {
		tweak(&cfg)
	}
	h := &harness{now: time.Now(), census: coordtest.NewCensus(t, 4)}
	var err error
	h.keys, err = coordinator.LoadOrCreateKeys(dir)
	require.NoError(t, err)
	st, err := store.OpenPebble(dir + "/db")
	require.NoError(t, err)
	h.svc, err = coordinator.Open(cfg, st, h.keys, coordinator.WithClock(h.clock))
	require.NoError(t, err)
	srv, _, err := server.New(h.svc, cfg, slog.New(slog.DiscardHandler))
	require.NoError(t, err)

	var dialOpts []grpc.DialOption
	target := "passthrough:///bufnet"
	if tcp {
		lis, err := net.Listen("tcp", "127.0.0.1:0")
		require.NoError(t, err)
		go func() { _ = srv.Serve(lis) }()
		target = lis.Addr().String()
	} else {
		lis := bufconn.Listen(1 << 20)
		go func() { _ = srv.Serve(lis) }()
		dialOpts = append(dialOpts, grpc.WithContextDialer(func(ctx context.Context, _ string) (net.Conn, error) { return lis.DialContext(ctx) }))
	}
	t.Cleanup(func() {
		srv.Stop()
		_ = h.svc.Close()
	})
	h.cc, err = grpc.NewClient(target, append(dialOpts, grpc.WithTransportCredentials(insecure.NewCredentials()))...)
	require.NoError(t, err)
	t.Cleanup(func() { _ = h.cc.Close() })
	h.voter, h.admin = pb.NewVoterServiceClient(h.cc), pb.NewAdminServiceClient(h.cc)
	h.conn, err = client.Dial(target, client.WithAdminToken(h.keys.AdminToken), client.WithGRPCOptions(dialOpts...))
	require.NoError(t, err)
	t.Cleanup(func() { _ = h.conn.Close() })
	return h
}

func code(err error) codes.Code { return status.Code(err) }

func TestEndToEndOverBufconnAndTCP(t *testing.T) {
	for _, tcp := range []bool{false, true} {
		name := map[bool]string{false: "bufconn", true: "tcp"}[tcp]
		t.Run(name, func(t *testing.T) {
			h := newHarness(t, tcp, nil)
			ctx := t.Context()
			def := h.census.Poll(t, h.keys.Coordinator.Public())
			id, err := h.conn.CreatePoll(ctx, def)
			require.NoError(t, err)
			p, err := h.conn.Poll(ctx, id)
			require.NoError(t, err)
			require.Equal(t, poll.StateOpen, p.State)

			sub, rec := h.census.Vote(t, p.Definition, 1, 1, 1) // weight 2
			rf, idx, err := h.conn.SubmitVote(ctx, sub)
			require.NoError(t, err)
			require.Equal(t, uint64(0), idx)
			again, idx2, err := h.conn.SubmitVote(ctx, sub)
			require.NoError(t, err, "a replayed join is answered with its receipt")
			require.Equal(t, rf.Receipt, again.Receipt)
			require.Equal(t, idx, idx2)
			other, _ := h.census.Vote(t, p.Definition, 1, 0, 1) // the same member, another join
			_, _, err = h.conn.SubmitVote(ctx, other)
			require.Equal(t, codes.AlreadyExists, code(err), "a second join of a member")

			rec.StateIndex = &idx
			msgs, err := client.KeyChange(p.Definition, rec)
			require.NoError(t, err)
			receipts, err := h.conn.SubmitMessages(ctx, msgs, nil, nil)
			require.NoError(t, err)
			require.Len(t, receipts, 1)
			_, err = h.conn.SubmitMessages(ctx, msgs, nil, nil)
			require.Equal(t, codes.AlreadyExists, code(err), "replayed message")

			var entries []*poll.Entry
			require.NoError(t, h.conn.Log(ctx, id, 0, func(e *poll.Entry) error { entries = append(entries, e); return nil }))
			require.Len(t, entries, 2)
			var from1 []*poll.Entry
			require.NoError(t, h.conn.Log(ctx, id, 1, func(e *poll.Entry) error { from1 = append(from1, e); return nil }))
			require.Len(t, from1, 1, "the log resumes from an index")

			r, err := h.conn.Receipt(ctx, id, rf.Receipt.Index)
			require.NoError(t, err)
			require.Equal(t, rf.Receipt.ChainHash, r.ChainHash)

			_, err = h.conn.Results(ctx, id)
			require.Equal(t, codes.FailedPrecondition, code(err))
			seal, err := h.conn.ClosePoll(ctx, id)
			require.NoError(t, err)
			require.Equal(t, uint64(2), seal.Count)
			_, _, err = h.conn.SubmitVote(ctx, sub)
			require.NoError(t, err, "a join already logged is answered with its receipt after the close too")
			late, _ := h.census.Vote(t, p.Definition, 2, 1, 0)
			_, _, err = h.conn.SubmitVote(ctx, late)
			require.Equal(t, codes.FailedPrecondition, code(err), "closed")
			_, err = h.conn.StartTally(ctx, id)
			require.NoError(t, err)
			require.Eventually(t, func() bool {
				res, err := h.conn.Results(ctx, id)
				return err == nil && res.Totals[0].Int64() == 1 && res.Totals[1].Int64() == 1
			}, 10*time.Second, 20*time.Millisecond)

			hc := healthpb.NewHealthClient(h.cc)
			hr, err := hc.Check(ctx, &healthpb.HealthCheckRequest{})
			require.NoError(t, err)
			require.Equal(t, healthpb.HealthCheckResponse_SERVING, hr.Status)
		})
	}
}

func TestStatusCodes(t *testing.T) {
	h := newHarness(t, false, func(c *coordinator.Config) { c.MaxRequestBytes = 8 << 10 })
	ctx := t.Context()
	def := h.census.Poll(t, h.keys.Coordinator.Public())
	start, end := h.now.Add(-time.Hour), h.now.Add(time.Hour)
	def.Start, def.End = &start, &end
	id, err := h.conn.CreatePoll(ctx, def)
	require.NoError(t, err)
	sub, _ := h.census.Vote(t, def, 0, 1)
	good := wire.JoinVote(&sub.Statement, sub.Proof)

	// admin calls need the token
	_, err = h.admin.CreatePoll(ctx, &pb.CreatePollRequest{Definition: wire.Definition(def)})
	require.Equal(t, codes.Unauthenticated, code(err))
	bad := metadata.AppendToOutgoingContext(ctx, "authorization", "Bearer nope")
	_, err = h.admin.ClosePoll(bad, &pb.ClosePollRequest{PollId: wire.Field(id)})
	require.Equal(t, codes.Unauthenticated, code(err))

	cases := map[string]struct {
		req  *pb.SubmitVoteRequest
		want codes.Code
	}{
		"unknown poll":       {&pb.SubmitVoteRequest{PollId: wire.Field(fr.Element{7}), Vote: good}, codes.NotFound},
		"malformed poll id":  {&pb.SubmitVoteRequest{PollId: []byte{1, 2}, Vote: good}, codes.InvalidArgument},
		"missing vote":       {&pb.SubmitVoteRequest{PollId: wire.Field(id)}, codes.InvalidArgument},
		"short nullifier":    {&pb.SubmitVoteRequest{PollId: wire.Field(id), Vote: mutate(good, func(v *pb.JoinVote) { v.Nullifier = v.Nullifier[:5] })}, codes.InvalidArgument},
		"point off curve":    {&pb.SubmitVoteRequest{PollId: wire.Field(id), Vote: mutate(good, func(v *pb.JoinVote) { v.PollKey.X = v.PollKey.Y })}, codes.InvalidArgument},
		"truncated proof":    {&pb.SubmitVoteRequest{PollId: wire.Field(id), Vote: mutate(good, func(v *pb.JoinVote) { v.Proof = v.Proof[:20] })}, codes.InvalidArgument},
		"ciphertext swapped": {&pb.SubmitVoteRequest{PollId: wire.Field(id), Vote: mutate(good, func(v *pb.JoinVote) { v.Ciphertext[0], v.Ciphertext[1] = v.Ciphertext[1], v.Ciphertext[0] })}, codes.InvalidArgument},
		"wrong state leaf":   {&pb.SubmitVoteRequest{PollId: wire.Field(id), Vote: mutate(good, func(v *pb.JoinVote) { v.StateLeaf = wire.Field(fr.Element{1}) })}, codes.InvalidArgument},
		"oversized": {&pb.SubmitVoteRequest{PollId: wire.Field(id), Vote: mutate(good, func(v *pb.JoinVote) {
			v.Proof = make([]byte, 16<<10)
		})}, codes.ResourceExhausted},
	}
	for name, c := range cases {
		_, err := h.voter.SubmitVote(ctx, c.req)
		require.Equal(t, c.want, code(err), "%s: %v", name, err)
		require.NotContains(t, status.Convert(err).Message(), "/work/", "no paths leak to clients")
	}
	p, err := h.conn.Poll(ctx, id)
	require.NoError(t, err)
	require.Zero(t, p.Count, "nothing refused was stored")

	_, err = h.voter.SubmitVote(ctx, &pb.SubmitVoteRequest{PollId: wire.Field(id), Vote: good})
	require.NoError(t, err)

	// a message of the wrong shape
	_, err = h.voter.SubmitMessage(ctx, &pb.SubmitMessageRequest{PollId: wire.Field(id), Message: &pb.Command{EphemeralKey: good.EphemeralKey, Ciphertext: good.Ciphertext[:3]}})
	require.Equal(t, codes.InvalidArgument, code(err))
	_, err = h.voter.GetReceipt(ctx, &pb.GetReceiptRequest{PollId: wire.Field(id), Index: 9})
	require.Equal(t, codes.NotFound, code(err))

	// outside the window
	h.setNow(end.Add(time.Second))
	other, _ := h.census.Vote(t, def, 1, 1)
	_, err = h.voter.SubmitVote(ctx, &pb.SubmitVoteRequest{PollId: wire.Field(id), Vote: wire.JoinVote(&other.Statement, other.Proof)})
	require.Equal(t, codes.FailedPrecondition, code(err))
}

func mutate(v *pb.JoinVote, f func(*pb.JoinVote)) *pb.JoinVote {
	c := &pb.JoinVote{Nullifier: v.Nullifier, StateLeaf: v.StateLeaf, MessageHash: v.MessageHash, Proof: v.Proof,
		PollKey: &pb.Point{X: v.PollKey.X, Y: v.PollKey.Y}, EphemeralKey: v.EphemeralKey, Ciphertext: append([][]byte(nil), v.Ciphertext...)}
	f(c)
	return c
}

func TestRateLimit(t *testing.T) {
	h := newHarness(t, false, func(c *coordinator.Config) { c.RatePerIP, c.RateBurst = 1, 3 })
	ctx := t.Context()
	var limited bool
	for i := 0; i < 10; i++ {
		_, err := h.voter.GetInfo(ctx, &pb.GetInfoRequest{})
		if code(err) == codes.ResourceExhausted {
			limited = true
			break
		}
		require.NoError(t, err)
	}
	require.True(t, limited, "the 4th call within a second is refused")
}

// TestCastKeepsTheRecordSafe: the library's Cast writes the voter record
// before sending, keeps it (with its state index) and writes the receipt
// when accepted, removes it when the coordinator surely refused, and keeps
// it when the outcome is unknown.
func TestCastKeepsTheRecordSafe(t *testing.T) {
	h := newHarness(t, false, nil)
	ctx := t.Context()
	def := h.census.Poll(t, h.keys.Coordinator.Public())
	_, err := h.conn.CreatePoll(ctx, def)
	require.NoError(t, err)
	dir := t.TempDir()
	sub, rec := h.census.Vote(t, def, 0, 1, 0)

	recPath, rcptPath := filepath.Join(dir, "a.record.json"), filepath.Join(dir, "a.receipt.json")
	rf, err := h.conn.Cast(ctx, sub, rec, recPath, rcptPath)
	require.NoError(t, err)
	saved, err := client.ReadRecord(recPath)
	require.NoError(t, err)
	require.NotNil(t, saved.StateIndex)
	require.Equal(t, uint64(0), *saved.StateIndex)
	gotReceipt, err := receipt.ReadFile(rcptPath)
	require.NoError(t, err)
	require.Equal(t, rf.Receipt, gotReceipt.Receipt)

	_, err = h.conn.Cast(ctx, sub, rec, filepath.Join(dir, "b.record.json"), rcptPath)
	require.ErrorContains(t, err, "exists", "an existing receipt is never replaced")
	require.NoFileExists(t, filepath.Join(dir, "b.record.json"), "refused before anything is written")

	second, secondRec := h.census.Vote(t, def, 0, 0, 1) // the same member, another join
	_, err = h.conn.Cast(ctx, second, secondRec, filepath.Join(dir, "c.record.json"), filepath.Join(dir, "c.receipt.json"))
	require.Equal(t, codes.AlreadyExists, code(err), "a second join of the member is refused")
	require.NotErrorIs(t, err, client.ErrMaybeLogged)
	require.NoFileExists(t, filepath.Join(dir, "c.record.json"), "a surely refused vote leaves no record")

	dead, err := client.Dial("127.0.0.1:1")
	require.NoError(t, err)
	defer dead.Close()
	sub2, rec2 := h.census.Vote(t, def, 1, 0, 1)
	_, err = dead.Cast(ctx, sub2, rec2, filepath.Join(dir, "d.record.json"), filepath.Join(dir, "d.receipt.json"))
	require.ErrorIs(t, err, client.ErrMaybeLogged)
	require.FileExists(t, filepath.Join(dir, "d.record.json"), "an unknown outcome keeps the record")
	require.NoFileExists(t, filepath.Join(dir, "d.receipt.json"))
}
