package message_test

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/eddsa"
	"github.com/zkvote/zkvote/circuits/encrypt"
	"github.com/zkvote/zkvote/circuits/internal/golden"
	"github.com/zkvote/zkvote/circuits/joinvote/jvtest"
	"github.com/zkvote/zkvote/circuits/message"
)

func TestLayout(t *testing.T) {
	wide := circuits.Defaults()
	wide.MaxVoteOptions = 25
	for _, p := range []circuits.Params{circuits.TestParams(), circuits.Defaults(), wide} {
		require.Equal(t, 8, message.BodyLen(p), "a command has a body of its own, whatever the option count")
		require.Equal(t, 11, message.PlaintextLen(p))
		require.Equal(t, 12, message.CiphertextLen(p))
		require.Equal(t, 2+p.MaxVoteOptions, message.JoinPlaintextLen(p), "weight, salt, one vote per option")
		require.Equal(t, 3+p.MaxVoteOptions, message.JoinCiphertextLen(p))
	}
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
	_, err = message.ParseCommand(append(body, fr.Element{}))
	require.ErrorIs(t, err, message.ErrLength)
}

func TestEncryptOpenJoin(t *testing.T) {
	params := circuits.TestParams()
	coord, eph := jvtest.Key(t, 1), jvtest.Key(t, 4)
	coordPub := coord.Public()
	votes := []fr.Element{jvtest.Elem(3), {}, jvtest.Elem(4)} // fewer than MaxVoteOptions
	pt, err := message.JoinPlaintext(params, jvtest.Elem(25), jvtest.Elem(987), votes)
	require.NoError(t, err)
	require.Len(t, pt, message.JoinPlaintextLen(params))
	epk, ct, err := message.EncryptJoin(params, pt, eph, &coordPub)
	require.NoError(t, err)
	require.Len(t, ct, message.JoinCiphertextLen(params))

	weight, salt, got, err := message.OpenJoin(params, coord, &epk, ct)
	require.NoError(t, err)
	require.Equal(t, jvtest.Elem(25), weight)
	require.Equal(t, jvtest.Elem(987), salt)
	require.Equal(t, append(votes, fr.Element{}), got, "padded to MaxVoteOptions")

	_, _, _, err = message.OpenJoin(params, jvtest.Key(t, 9), &epk, ct)
	require.ErrorIs(t, err, encrypt.ErrAuth)
	_, _, _, err = message.OpenJoin(params, coord, &epk, ct[1:])
	require.ErrorIs(t, err, message.ErrLength)
	_, err = message.JoinPlaintext(params, jvtest.Elem(25), jvtest.Elem(987), make([]fr.Element, params.MaxVoteOptions+1))
	require.ErrorIs(t, err, message.ErrLength)
	_, _, err = message.EncryptJoin(params, pt[1:], eph, &coordPub)
	require.ErrorIs(t, err, message.ErrLength)
}

// TestJoinNeverOpensAsCommand: at MaxVoteOptions = 9 a join's ciphertext
// has a command's length; the nonces still keep each from opening as the
// other, so nobody can replay a join's ciphertext as a command.
func TestJoinNeverOpensAsCommand(t *testing.T) {
	params := circuits.TestParams()
	params.MaxVoteOptions = 9
	require.Equal(t, message.CiphertextLen(params), message.JoinCiphertextLen(params))
	coord, voter, eph := jvtest.Key(t, 1), jvtest.Key(t, 2), jvtest.Key(t, 4)
	coordPub := coord.Public()

	body := (&message.Command{NewKey: voter.Public(), Weight: big.NewInt(1), Nonce: 1}).Body(params)
	pt, err := message.JoinPlaintext(params, jvtest.Elem(message.KindCommand), jvtest.Elem(0), body[2:])
	require.NoError(t, err)
	epk, ct, err := message.EncryptJoin(params, pt, eph, &coordPub)
	require.NoError(t, err)
	_, _, err = message.Open(params, coord, &epk, ct)
	require.ErrorIs(t, err, encrypt.ErrAuth)

	epk, ct, _, err = message.SignAndEncrypt(params, jvtest.Elem(77), body, voter, eph, &coordPub)
	require.NoError(t, err)
	_, _, _, err = message.OpenJoin(params, coord, &epk, ct)
	require.ErrorIs(t, err, encrypt.ErrAuth)
}

type vector struct {
	Command []string `json:"command_ciphertext"`
	Join    []string `json:"join_ciphertext"`
}

// TestVectorsStable pins both layouts: a command and a join encrypted to
// jvtest's coordinator key under test parameters.
func TestVectorsStable(t *testing.T) {
	params := circuits.TestParams()
	coordPub := jvtest.Key(t, 1).Public()
	cmd := &message.Command{StateIndex: 5, NewKey: jvtest.Key(t, 3).Public(), Option: 2, Weight: big.NewInt(9), Nonce: 1, Salt: jvtest.Elem(1234)}
	_, cmdCT, _, err := message.SignAndEncrypt(params, jvtest.Elem(77), cmd.Body(params), jvtest.Key(t, 2), jvtest.Key(t, 4), &coordPub)
	require.NoError(t, err)
	pt, err := message.JoinPlaintext(params, jvtest.Elem(25), jvtest.Elem(987), []fr.Element{jvtest.Elem(3), jvtest.Elem(4)})
	require.NoError(t, err)
	_, joinCT, err := message.EncryptJoin(params, pt, jvtest.Key(t, 5), &coordPub)
	require.NoError(t, err)
	golden.CheckJSON(t, "testdata/vectors.json", vector{Command: golden.Strs(cmdCT), Join: golden.Strs(joinCT)})
}
