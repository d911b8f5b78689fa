package message_test

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/eddsa"
	"github.com/zkvote/zkvote/circuits/encrypt"
	"github.com/zkvote/zkvote/circuits/joinvote/jvtest"
	"github.com/zkvote/zkvote/circuits/message"
)

func TestLayout(t *testing.T) {
	require.Equal(t, 11, message.BodyLen(circuits.Defaults()))
	require.Equal(t, 15, message.CiphertextLen(circuits.Defaults()))
	require.Equal(t, 8, message.BodyLen(circuits.TestParams()), "a command needs 8 body elements")
}

func TestSealOpenCommand(t *testing.T) {
	for _, params := range []circuits.Params{circuits.Defaults(), circuits.TestParams()} {
		coord, voter, newKey, eph := jvtest.Key(t, 1), jvtest.Key(t, 2), jvtest.Key(t, 3), jvtest.Key(t, 4)
		coordPub := coord.Public()
		pollID := jvtest.Elem(77)
		cmd := &message.Command{StateIndex: 5, NewKey: newKey.Public(), Option: 2, Weight: big.NewInt(9), Nonce: 1, Salt: jvtest.Elem(1234)}
		epk, ct, _, err := message.SignAndEncrypt(params, pollID, cmd.Body(params), voter, eph, &coordPub)
		require.NoError(t, err)
		require.Len(t, ct, message.CiphertextLen(params))

		body, sig, err := message.Open(params, coord, &epk, ct)
		require.NoError(t, err)
		got, err := message.ParseCommand(body)
		require.NoError(t, err)
		require.Equal(t, cmd, got)
		voterPub := voter.Public()
		require.NoError(t, eddsa.Verify(&voterPub, message.SignedContent(pollID, &epk, body), &sig))
		newPub := newKey.Public()
		require.Error(t, eddsa.Verify(&newPub, message.SignedContent(pollID, &epk, body), &sig), "signed by the current key, not the new one")
		require.Error(t, eddsa.Verify(&voterPub, message.SignedContent(jvtest.Elem(78), &epk, body), &sig), "bound to the poll")
		otherEph := jvtest.Key(t, 5).Public()
		require.Error(t, eddsa.Verify(&voterPub, message.SignedContent(pollID, &otherEph, body), &sig), "bound to the ephemeral key")

		// Only the coordinator can open it, and nobody can alter it.
		_, _, err = message.Open(params, jvtest.Key(t, 9), &epk, ct)
		require.ErrorIs(t, err, encrypt.ErrAuth)
		bad := append([]fr.Element(nil), ct...)
		bad[3] = jvtest.Elem(3)
		_, _, err = message.Open(params, coord, &epk, bad)
		require.ErrorIs(t, err, encrypt.ErrAuth)
		_, _, err = message.Open(params, coord, &epk, ct[1:])
		require.ErrorIs(t, err, message.ErrLength)
		_, _, _, err = message.SignAndEncrypt(params, pollID, []fr.Element{{}}, voter, eph, &coordPub)
		require.ErrorIs(t, err, message.ErrLength)
	}
}

func TestParseCommandRejects(t *testing.T) {
	params := circuits.Defaults()
	body := (&message.Command{Weight: big.NewInt(1)}).Body(params)
	body[0] = jvtest.Elem(message.KindJoin)
	_, err := message.ParseCommand(body)
	require.ErrorIs(t, err, message.ErrKind)
	body[0] = jvtest.Elem(message.KindCommand)
	body[1].SetString("123456789012345678901234567890")
	_, err = message.ParseCommand(body)
	require.ErrorIs(t, err, message.ErrRange)
	_, err = message.ParseCommand(body[:3])
	require.ErrorIs(t, err, message.ErrLength)
}
