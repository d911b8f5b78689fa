package wire_test

import (
	"bytes"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/stretchr/testify/require"
	"google.golang.org/protobuf/proto"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/joinvote/jvtest"
	"github.com/zkvote/zkvote/coordinator"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/proto/wire"
	pb "github.com/zkvote/zkvote/proto/zkvote/v1"
	"github.com/zkvote/zkvote/receipt"
)

func TestDefinitionRoundTripKeepsTheID(t *testing.T) {
	d, err := poll.New(circuits.TestParams(), "Title", []string{"a", "b"}, joinvote.ModeWeighted, jvtest.Elem(9), jvtest.Key(t, 1).Public(),
		"00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff")
	require.NoError(t, err)
	end := time.Now().Add(time.Hour).Truncate(time.Second).In(time.FixedZone("X", 7200))
	d.End = &end
	pass := 1
	d.Execution = &poll.Execution{Target: "0x0000000000000000000000000000000000000001", Value: "0", Calldata: "0x",
		PassOption: &pass, Quorum: "10", ThresholdBps: 6000}
	d.ProcessingKeys = map[string]string{"process-split": "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"}
	back, err := wire.ToDefinition(wire.Definition(d))
	require.NoError(t, err)
	id1, err := d.ID()
	require.NoError(t, err)
	id2, err := back.ID()
	require.NoError(t, err)
	require.Equal(t, id1, id2)

	bad := wire.Definition(d)
	bad.CensusRoot = bad.CensusRoot[:31]
	_, err = wire.ToDefinition(bad)
	require.ErrorIs(t, err, wire.ErrInvalid)
	bad = wire.Definition(d)
	bad.CoordinatorKey.X = bytes.Repeat([]byte{0xff}, 32) // not canonical
	_, err = wire.ToDefinition(bad)
	require.ErrorIs(t, err, wire.ErrInvalid)
	bad = wire.Definition(d)
	bad.Options = []string{"only one"}
	_, err = wire.ToDefinition(bad)
	require.ErrorIs(t, err, wire.ErrInvalid)
	_, err = wire.ToDefinition(nil)
	require.ErrorIs(t, err, wire.ErrInvalid)

	// A parameter set with command proofs, and the command key it pins.
	d.Params, d.CommandKey = circuits.TestProofParams(), "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100"
	back, err = wire.ToDefinition(wire.Definition(d))
	require.NoError(t, err)
	require.True(t, back.Params.CommandProofs)
	require.Equal(t, d.CommandKey, back.CommandKey)
	id3, err := back.ID()
	require.NoError(t, err)
	require.NotEqual(t, id1, id3, "command proofs are in the poll ID")
	bad = wire.Definition(d)
	bad.CommandKeySha256 = ""
	_, err = wire.ToDefinition(bad)
	require.ErrorIs(t, err, wire.ErrInvalid, "command proofs without the key they need")
}

// TestLargestDefinitionFitsARequest: a definition at poll's text limits
// goes to a coordinator in one CreatePoll request below its default size
// limit, so the limits are what refuses a long text, not gRPC.
func TestLargestDefinitionFitsARequest(t *testing.T) {
	params := circuits.Defaults()
	options := make([]string, params.MaxVoteOptions)
	for i := range options {
		options[i] = fmt.Sprintf("a fairly long option label (number %d of them)", i+1)
	}
	d, err := poll.New(params, strings.Repeat("é", poll.MaxTitleChars), options, joinvote.ModeWeighted, jvtest.Elem(9),
		jvtest.Key(t, 1).Public(), "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff")
	require.NoError(t, err)
	d.Body = strings.Repeat("€", poll.MaxBodyBytes/3)
	d.CommandKey = d.VerifyingKey // the default set has command proofs
	require.NoError(t, d.Validate())
	size := proto.Size(&pb.CreatePollRequest{Definition: wire.Definition(d)})
	require.Less(t, size, coordinator.Defaults().MaxRequestBytes/4, "well inside the limit")
}

func TestJoinVoteAndCommand(t *testing.T) {
	f := jvtest.New(t, circuits.TestParams(), joinvote.ModeWeighted, 10, 1)
	st := f.Witness(t).Statement
	m := wire.JoinVote(&st, []byte{1, 2, 3})
	got, proof, err := wire.ToJoinVote(st.PollID, m)
	require.NoError(t, err)
	require.Equal(t, st, *got)
	require.Equal(t, []byte{1, 2, 3}, proof)

	m.PollKey.Y = m.PollKey.X // off the curve
	_, _, err = wire.ToJoinVote(st.PollID, m)
	require.ErrorIs(t, err, wire.ErrInvalid)
	_, _, err = wire.ToJoinVote(st.PollID, &pb.JoinVote{})
	require.ErrorIs(t, err, wire.ErrInvalid)

	cmd := &poll.Command{EphemeralKey: st.EphemeralKey, Ciphertext: st.Ciphertext}
	c := wire.Command(cmd)
	back, err := wire.ToCommand(c)
	require.NoError(t, err)
	require.Equal(t, cmd, back)
	opening := jvtest.Elem(7)
	cmd.Opening, cmd.Proof = &opening, []byte{4, 5}
	back, err = wire.ToCommand(wire.Command(cmd))
	require.NoError(t, err)
	require.Equal(t, cmd, back, "with an opening and a command proof")
	c = wire.Command(cmd)
	c.Proof = nil
	_, err = wire.ToCommand(c)
	require.ErrorIs(t, err, wire.ErrInvalid, "an opening without its proof")
	c = wire.Command(cmd)
	c.Ciphertext[0] = []byte{1}
	_, err = wire.ToCommand(c)
	require.ErrorIs(t, err, wire.ErrInvalid)
}

func TestReceiptAndSeal(t *testing.T) {
	r := &receipt.Receipt{PollID: jvtest.Elem(1), Index: 7, EntryHash: jvtest.Elem(2), ChainHash: jvtest.Elem(3), Signature: []byte{9}}
	back, err := wire.ToReceipt(wire.Receipt(r))
	require.NoError(t, err)
	require.Equal(t, r, back)
	s := &receipt.Seal{PollID: jvtest.Elem(1), Count: 3, ChainHash: jvtest.Elem(4), SealedUnix: 99, Signature: []byte{8}}
	sb, err := wire.ToSeal(wire.Seal(s))
	require.NoError(t, err)
	require.Equal(t, s, sb)
	_, err = wire.ToReceipt(nil)
	require.ErrorIs(t, err, wire.ErrInvalid)
}

// TestDomainRoundTrips: a poll, its log entries, results and tally jobs
// come back from their protobuf form as they were; the enums agree.
func TestDomainRoundTrips(t *testing.T) {
	d, err := poll.New(circuits.TestParams(), "Title", []string{"a", "b"}, joinvote.ModeWeighted, jvtest.Elem(9), jvtest.Key(t, 1).Public(),
		"00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff")
	require.NoError(t, err)
	id, err := d.ID()
	require.NoError(t, err)
	info := &poll.Info{ID: id, Definition: d, Head: poll.Head{State: poll.StateClosed, Count: 2, Joins: 1, ChainHash: jvtest.Elem(4),
		Seal: &receipt.Seal{PollID: id, Count: 2, ChainHash: jvtest.Elem(4), SealedUnix: 5, Signature: []byte{1}}}}
	back, err := wire.ToInfo(wire.Info(info))
	require.NoError(t, err)
	require.Equal(t, info.Head, back.Head)
	require.Equal(t, info.ID, back.ID)
	wrongID := wire.Info(info)
	wrongID.PollId = wire.Field(jvtest.Elem(1))
	_, err = wire.ToInfo(wrongID)
	require.ErrorIs(t, err, wire.ErrInvalid, "a definition that does not hash to the ID")

	for _, e := range []*poll.Entry{
		{Index: 0, StateIndex: 0, ReceivedUnix: 7, EntryHash: jvtest.Elem(1), ChainHash: jvtest.Elem(2), Join: &poll.Join{
			Statement: joinvote.Statement{PollID: id, Nullifier: jvtest.Elem(3), StateLeaf: jvtest.Elem(4), MessageHash: jvtest.Elem(5),
				PollKey: jvtest.Key(t, 2).Public(), EphemeralKey: jvtest.Key(t, 3).Public(), Ciphertext: []fr.Element{jvtest.Elem(6)}},
			Proof: []byte{1, 2}}},
		{Index: 1, ReceivedUnix: 8, EntryHash: jvtest.Elem(7), ChainHash: jvtest.Elem(8),
			Command: &poll.Command{EphemeralKey: jvtest.Key(t, 4).Public(), Ciphertext: []fr.Element{jvtest.Elem(9)}}},
	} {
		got, err := wire.ToEntry(id, wire.Entry(e))
		require.NoError(t, err)
		require.Equal(t, e, got)
	}
	_, err = wire.ToEntry(id, &pb.LogEntry{EntryHash: wire.Field(jvtest.Elem(1)), ChainHash: wire.Field(jvtest.Elem(1))})
	require.ErrorIs(t, err, wire.ErrInvalid, "an entry with no body")

	res := &poll.Results{Totals: bigs(1, 2), Spent: bigs(1, 4)}
	gotRes, err := wire.ToResults(wire.Results(res))
	require.NoError(t, err)
	require.Equal(t, res, gotRes)
	_, err = wire.ToResults(&pb.GetResultsResponse{Totals: []string{"-1"}, Spent: []string{"1"}})
	require.ErrorIs(t, err, wire.ErrInvalid)

	job := &poll.TallyJob{PollID: id, State: poll.JobRunning, Processed: 1, Total: 2}
	gotJob, err := wire.ToTallyJob(wire.TallyJob(job))
	require.NoError(t, err)
	require.Equal(t, job, gotJob)

	for s, name := range map[poll.State]string{poll.StateOpen: "OPEN", poll.StateClosed: "CLOSED", poll.StateTallied: "TALLIED"} {
		require.Equal(t, "POLL_STATE_"+name, wire.State(s).String())
	}
	for s, name := range map[poll.JobState]string{poll.JobRunning: "RUNNING", poll.JobDone: "DONE", poll.JobFailed: "FAILED"} {
		require.Equal(t, "JOB_STATE_"+name, pb.JobState(s).String())
	}
	_, err = wire.ToState(pb.PollState_POLL_STATE_UNSPECIFIED)
	require.ErrorIs(t, err, wire.ErrInvalid)
}

func bigs(vs ...int64) []*big.Int {
	out := make([]*big.Int, len(vs))
	for i, v := range vs {
		out[i] = big.NewInt(v)
	}
	return out
}
