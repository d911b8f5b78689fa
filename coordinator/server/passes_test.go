package server_test

import (
	"crypto/rand"
	"errors"
	"math/big"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/stretchr/testify/require"
	"google.golang.org/grpc/codes"

	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/merkle"
	"github.com/zkvote/zkvote/circuits/message"
	"github.com/zkvote/zkvote/circuits/ratelimit"
	"github.com/zkvote/zkvote/client"
	"github.com/zkvote/zkvote/coordinator"
	"github.com/zkvote/zkvote/coordinator/coordtest"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/proto/wire"
	pb "github.com/zkvote/zkvote/proto/zkvote/v1"
	"github.com/zkvote/zkvote/prover"
)

// junkCommand is a well-formed command that anyone can make: a fresh
// ephemeral key and random ciphertext.
func junkCommand(t testing.TB, def *poll.Definition, id fr.Element) *client.Message {
	eph, err := babyjub.GenerateKey(rand.Reader)
	require.NoError(t, err)
	ct := make([]fr.Element, message.CiphertextLen(def.Params))
	for i := range ct {
		_, err := ct[i].SetRandom()
		require.NoError(t, err)
	}
	return &client.Message{PollID: id, EphemeralKey: eph.Public(), Ciphertext: ct}
}

// TestCommandFlood replays issue 11's attack on a poll with command
// passes: while an anonymous client floods the poll at full speed (no
// pass, a made-up pass, a real pass replayed), a member floods with her
// own passes, and a briber who was handed one of Bob's rate identities
// spends all its slots, the honest voters re-vote and change keys: every
// honest command is accepted and counted, and the log holds no more than
// each member's share.
func TestCommandFlood(t *testing.T) {
	// The flooder is not held back by the per-IP limit (it has many
	// addresses, or shares the voters' one): only passes stand in its way.
	h := newHarness(t, false, func(c *coordinator.Config) { c.RatePerIP, c.RateBurst = 1e9, 1e9 })
	ctx := t.Context()
	const slots = 2
	def := h.census.PassPoll(t, h.keys.Coordinator.Public(), slots)
	id, err := h.conn.CreatePoll(ctx, def)
	require.NoError(t, err)
	passes := &client.Passes{Def: def, Keys: coordtest.PassKeys(t)}

	// Alice, Bob, Carol and Mallory (weights 1 to 4) join.
	ballots := [][]int64{{1, 0}, {2, 0}, {0, 3}, {4, 0}}
	recs := make([]*client.Record, 4)
	for i, b := range ballots {
		sub, rec := h.census.Vote(t, def, i, b...)
		require.NotNil(t, sub.Rate, "the join registers a rate set")
		_, idx, err := h.conn.SubmitVote(ctx, sub)
		require.NoError(t, err)
		rec.StateIndex = &idx
		recs[i] = rec
	}
	alice, bob, carol, mallory := recs[0], recs[1], recs[2], recs[3]

	// Bob hands the briber his keys and one rate identity.
	bribed, err := bob.HandOver(1)
	require.NoError(t, err)

	var anonymous, anonymousAccepted, malloryAccepted atomic.Int64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	flood := func(f func() error) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				if err := f(); err != nil {
					return
				}
			}
		}()
	}
	// The anonymous flooder: no pass, a made-up pass.
	flood(func() error {
		m := junkCommand(t, def, id)
		reqs := []*pb.SubmitMessageRequest{
			{PollId: wire.Field(id), Message: wire.Command(&poll.Command{EphemeralKey: m.EphemeralKey, Ciphertext: m.Ciphertext})},
			{PollId: wire.Field(id), Message: wire.Command(&poll.Command{EphemeralKey: m.EphemeralKey, Ciphertext: m.Ciphertext}),
				Pass: &pb.Pass{Root: wire.Field(fr.NewElement(7)), Nullifier: wire.Field(fr.NewElement(8)), Proof: make([]byte, 128)}},
		}
		for _, req := range reqs {
			anonymous.Add(1)
			if _, err := h.voter.SubmitMessage(ctx, req); err == nil {
				anonymousAccepted.Add(1)
			} else if c := code(err); c != codes.InvalidArgument && c != codes.AlreadyExists {
				return err
			}
		}
		return nil
	})
	// Mallory, a member, floods with her own passes until none is left.
	malloryDone := make(chan error, 1)
	go func() {
		for {
			msgs, err := client.KeyChange(def, mallory)
			if err != nil {
				malloryDone <- err
				return
			}
			rs, err := h.conn.SubmitMessages(ctx, msgs, mallory, passes)
			malloryAccepted.Add(int64(len(rs)))
			if err != nil {
				malloryDone <- err
				return
			}
		}
	}()

	// The briber: Bob's bought re-vote, then every slot of that identity.
	bought, err := client.Revote(def, bribed, []*big.Int{big.NewInt(0), big.NewInt(2)})
	require.NoError(t, err)
	_, err = h.conn.SubmitMessages(ctx, bought, bribed, passes)
	require.NoError(t, err)
	burnt := len(bought)
	for {
		msgs, err := client.KeyChange(def, bribed)
		require.NoError(t, err)
		rs, err := h.conn.SubmitMessages(ctx, msgs, bribed, passes)
		burnt += len(rs)
		if errors.Is(err, client.ErrNoPasses) {
			break
		}
		require.NoError(t, err)
	}
	require.Equal(t, slots, burnt, "the briber spends exactly the identity's slots")

	// The honest voters, during the flood.
	start := time.Now()
	msgs, err := client.Revote(def, alice, []*big.Int{big.NewInt(0), big.NewInt(1)})
	require.NoError(t, err)
	_, err = h.conn.SubmitMessages(ctx, msgs, alice, passes)
	require.NoError(t, err, "Alice's re-vote")
	msgs, err = client.KeyChange(def, carol)
	require.NoError(t, err)
	_, err = h.conn.SubmitMessages(ctx, msgs, carol, passes)
	require.NoError(t, err, "Carol's key change")
	msgs, err = client.KeyChange(def, bob)
	require.NoError(t, err)
	rs, err := h.conn.SubmitMessages(ctx, msgs, bob, passes)
	require.NoError(t, err, "Bob's key change, after the briber spent the identity he was given")
	require.Len(t, rs, len(msgs))
	require.Equal(t, uint64(len(msgs)), bob.Rate.Next[1], "Bob's key change went out on an identity he kept back")
	t.Logf("honest commands during the flood took %s", time.Since(start).Round(time.Millisecond))

	require.ErrorIs(t, <-malloryDone, client.ErrNoPasses, "Mallory's own share runs out")
	close(stop)
	wg.Wait()
	require.Zero(t, anonymousAccepted.Load(), "no command without a pass of its own gets in")
	require.LessOrEqual(t, malloryAccepted.Load(), int64(def.CommandsPerVoter()))
	t.Logf("anonymous flood: %d submissions refused; Mallory: %d accepted of her %d", anonymous.Load(), malloryAccepted.Load(), def.CommandsPerVoter())

	// The tally counts every honest command: Alice moved to no, Bob's key
	// change voided the bought re-vote, Carol kept her ballot.
	_, err = h.conn.ClosePoll(ctx, id)
	require.NoError(t, err)
	_, err = h.conn.StartTally(ctx, id)
	require.NoError(t, err)
	var res *poll.Results
	require.Eventually(t, func() bool {
		res, err = h.conn.Results(ctx, id)
		return err == nil
	}, time.Minute, 20*time.Millisecond)
	require.Equal(t, []string{"6", "4"}, totals(res))
}

func totals(r *poll.Results) []string {
	out := make([]string, len(r.Totals))
	for i, v := range r.Totals {
		out[i] = v.String()
	}
	return out
}

// TestPassRefusals covers intake's answers to passes one by one.
func TestPassRefusals(t *testing.T) {
	h := newHarness(t, false, nil)
	ctx := t.Context()
	def := h.census.PassPoll(t, h.keys.Coordinator.Public(), 1)
	id, err := h.conn.CreatePoll(ctx, def)
	require.NoError(t, err)
	passes := &client.Passes{Def: def, Keys: coordtest.PassKeys(t)}

	sub, rec := h.census.Vote(t, def, 0, 1, 0)
	noSet := *sub
	noSet.Rate = nil
	_, _, err = h.conn.SubmitVote(ctx, &noSet)
	require.Equal(t, codes.InvalidArgument, code(err), "a join without its rate set")
	forged := *sub
	other, err := ratelimit.NewSet(2, nil)
	require.NoError(t, err)
	forged.Rate = &ratelimit.Registration{Identities: other.Identities, Signature: sub.Rate.Signature}
	_, _, err = h.conn.SubmitVote(ctx, &forged)
	require.Equal(t, codes.InvalidArgument, code(err), "a rate set the join's key did not sign")
	_, idx, err := h.conn.SubmitVote(ctx, sub)
	require.NoError(t, err)
	rec.StateIndex = &idx

	// A command of a poll with passes needs one.
	a, b := junkCommand(t, def, id), junkCommand(t, def, id)
	_, err = h.conn.SubmitMessages(ctx, []*client.Message{a}, nil, nil)
	require.Equal(t, codes.InvalidArgument, code(err), "no pass")

	// A real pass, taken off the wire, does not carry another command.
	tree, err := merkle.FromLeaves(def.Params.StateDepth, []fr.Element{rec.Rate.Set.Leaf()})
	require.NoError(t, err)
	path, err := tree.Prove(0)
	require.NoError(t, err)
	w, err := ratelimit.NewWitness(id, &rec.Rate.Set, 0, path, 0, 1, a.Hash())
	require.NoError(t, err)
	proof, err := coordtest.PassKeys(t).Prove(w.Assign(), nil)
	require.NoError(t, err)
	pbytes, err := prover.ProofBytes(proof)
	require.NoError(t, err)
	pass := &pb.Pass{Root: wire.Field(w.Root), Nullifier: wire.Field(w.Nullifier), Proof: pbytes}
	send := func(m *client.Message, p *pb.Pass) error {
		_, err := h.voter.SubmitMessage(ctx, &pb.SubmitMessageRequest{PollId: wire.Field(id), Message: wire.Command(&poll.Command{EphemeralKey: m.EphemeralKey, Ciphertext: m.Ciphertext}), Pass: p})
		return err
	}
	require.Equal(t, codes.InvalidArgument, code(send(b, pass)), "a pass moved to another command")
	unknown := &pb.Pass{Root: wire.Field(fr.NewElement(99)), Nullifier: pass.Nullifier, Proof: pass.Proof}
	require.Equal(t, codes.InvalidArgument, code(send(a, unknown)), "a root the poll never had")
	require.NoError(t, send(a, pass))
	require.Equal(t, codes.AlreadyExists, code(send(b, pass)), "a spent slot")
	rec.Rate.Next[0] = 1

	// Someone else holding a copy of the record spends identity 1's slot
	// first: the voter's client is refused that slot and moves on by itself.
	copied, stale := *rec, *rec.Rate
	copied.Rate = &stale
	stale.Next = [ratelimit.Identities]uint64{1, 0, 0, 0}
	_, err = h.conn.SubmitMessages(ctx, []*client.Message{junkCommand(t, def, id)}, &copied, passes)
	require.NoError(t, err)
	for range 2 {
		_, err = h.conn.SubmitMessages(ctx, []*client.Message{junkCommand(t, def, id)}, rec, passes)
		require.NoError(t, err)
	}
	require.Equal(t, [ratelimit.Identities]uint64{1, 1, 1, 1}, rec.Rate.Next)

	// Every slot spent: the client says so without sending.
	_, err = h.conn.SubmitMessages(ctx, []*client.Message{junkCommand(t, def, id)}, rec, passes)
	require.ErrorIs(t, err, client.ErrNoPasses)
	p, err := h.conn.Poll(ctx, id)
	require.NoError(t, err)
	require.Equal(t, uint64(1+ratelimit.Identities), p.Count, "one join and the voter's four commands")

	// A voter who is not there has no rate path.
	_, err = h.voter.GetRatePath(ctx, &pb.GetRatePathRequest{PollId: wire.Field(id), Index: 5})
	require.Equal(t, codes.NotFound, code(err))
}
