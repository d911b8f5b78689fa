package wire_test

import (
	"bytes"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/joinvote/jvtest"
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
	d.Execution = &poll.Execution{Target: "0x01", Value: "0", Calldata: "0x"}
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

	c := wire.Command(&st.EphemeralKey, st.Ciphertext)
	eph, ct, err := wire.ToCommand(c)
	require.NoError(t, err)
	require.Equal(t, st.EphemeralKey, eph)
	require.Equal(t, st.Ciphertext, ct)
	c.Ciphertext[0] = []byte{1}
	_, _, err = wire.ToCommand(c)
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
