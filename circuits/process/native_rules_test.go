package process_test

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/encrypt"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/joinvote/jvtest"
	"github.com/zkvote/zkvote/circuits/message"
	"github.com/zkvote/zkvote/circuits/process"
)

// nativeWorld is one joined voter (the scenarios of the processor this
// package superseded, coordinator/process) (weight 10, weighted mode, ballot [3 0 7]).
type nativeWorld struct {
	f      *jvtest.Fixture
	st     joinvote.Statement
	pollID fr.Element
	seed   int64
}

func newNativeWorld(t *testing.T) *nativeWorld {
	f := jvtest.New(t, circuits.TestParams(), joinvote.ModeWeighted, 10, 3, 0, 7)
	return &nativeWorld{f: f, st: f.Witness(t).Statement, pollID: f.Poll.ID(), seed: 100}
}

// cmd seals a command signed by signer.
func (w *nativeWorld) cmd(t *testing.T, signer *babyjub.PrivateKey, c message.Command) process.Message {
	w.seed++
	if c.Weight == nil {
		c.Weight = new(big.Int)
	}
	if c.NewKey.X.IsZero() && c.NewKey.Y.IsZero() {
		c.NewKey = signer.Public()
	}
	coord := w.f.Poll.CoordinatorKey
	epk, ct, _, err := message.SignAndEncrypt(w.f.Params, w.pollID, c.Body(w.f.Params), signer, jvtest.Key(t, w.seed), &coord)
	require.NoError(t, err)
	return process.Message{EphemeralKey: epk, Ciphertext: ct}
}

func (w *nativeWorld) run(t *testing.T, log ...process.Message) (*process.Voter, int) {
	p := process.New(w.f.Params, &w.f.Poll, w.f.Coordinator)
	idx, err := p.Join(&w.st)
	require.NoError(t, err)
	n := p.Process(log)
	return p.Voters()[idx], n
}

func nativeVotes(v *process.Voter) string { return fmt.Sprint(v.Votes) }

func TestNativeRules(t *testing.T) {
	w := newNativeWorld(t)
	joinKey := w.f.Priv.PollKey
	other := jvtest.Key(t, 77)

	v, n := w.run(t)
	require.Equal(t, "[3 0 7]", nativeVotes(v))
	require.Zero(t, n)

	cases := map[string]struct {
		log  func() []process.Message
		want string
		n    int
	}{
		"valid overwrite": {func() []process.Message {
			return []process.Message{w.cmd(t, joinKey, message.Command{Option: 2, Weight: big.NewInt(1), Nonce: 1})}
		}, "[3 0 1]", 1},
		"wrong nonce": {func() []process.Message {
			return []process.Message{w.cmd(t, joinKey, message.Command{Option: 2, Weight: big.NewInt(1), Nonce: 2})}
		}, "[3 0 7]", 0},
		"signed by another key": {func() []process.Message {
			return []process.Message{w.cmd(t, other, message.Command{Option: 2, Weight: big.NewInt(1), Nonce: 1})}
		}, "[3 0 7]", 0},
		"option out of range": {func() []process.Message {
			return []process.Message{w.cmd(t, joinKey, message.Command{Option: 3, Weight: big.NewInt(0), Nonce: 1})}
		}, "[3 0 7]", 0},
		"over budget": {func() []process.Message {
			return []process.Message{w.cmd(t, joinKey, message.Command{Option: 1, Weight: big.NewInt(1), Nonce: 1})}
		}, "[3 0 7]", 0},
		"unknown state index": {func() []process.Message {
			return []process.Message{w.cmd(t, joinKey, message.Command{StateIndex: 5, Option: 2, Weight: big.NewInt(1), Nonce: 1})}
		}, "[3 0 7]", 0},
		"undecryptable": {func() []process.Message {
			m := w.cmd(t, joinKey, message.Command{Option: 2, Weight: big.NewInt(1), Nonce: 1})
			m.Ciphertext[1].SetUint64(9)
			return []process.Message{m}
		}, "[3 0 7]", 0},
		// published in order: older first. Processing runs newest first, so
		// the decrease (nonce 1) must be published last.
		"sequence published highest nonce first": {func() []process.Message {
			k2 := jvtest.Key(t, 50)
			return []process.Message{
				w.cmd(t, k2, message.Command{NewKey: k2.Public(), Option: 1, Weight: big.NewInt(7), Nonce: 2}),
				w.cmd(t, joinKey, message.Command{NewKey: k2.Public(), Option: 2, Weight: big.NewInt(0), Nonce: 1}),
			}
		}, "[3 7 0]", 2},
		"the same sequence in the wrong order": {func() []process.Message {
			k2 := jvtest.Key(t, 51)
			return []process.Message{
				w.cmd(t, joinKey, message.Command{NewKey: k2.Public(), Option: 2, Weight: big.NewInt(0), Nonce: 1}),
				w.cmd(t, k2, message.Command{NewKey: k2.Public(), Option: 1, Weight: big.NewInt(7), Nonce: 2}),
			}
		}, "[3 0 0]", 1},
		"a newer key change voids older messages": {func() []process.Message {
			k2 := jvtest.Key(t, 52)
			return []process.Message{
				w.cmd(t, joinKey, message.Command{Option: 0, Weight: big.NewInt(0), Nonce: 2}), // older, joinKey
				w.cmd(t, joinKey, message.Command{NewKey: k2.Public(), Option: 2, Weight: big.NewInt(6), Nonce: 1}),
			}
		}, "[3 0 6]", 1},
		"an invalid new key counts and freezes the ballot": {func() []process.Message {
			var bad babyjub.Point // (0, -1): order 2, never a valid signer
			bad.Y.SetOne()
			bad.Y.Neg(&bad.Y)
			return []process.Message{
				w.cmd(t, joinKey, message.Command{Option: 0, Weight: big.NewInt(0), Nonce: 2}),
				w.cmd(t, joinKey, message.Command{NewKey: bad, Option: 2, Weight: big.NewInt(6), Nonce: 1}),
			}
		}, "[3 0 6]", 1},
		"without a key change the older message counts": {func() []process.Message {
			return []process.Message{
				w.cmd(t, joinKey, message.Command{Option: 0, Weight: big.NewInt(0), Nonce: 2}),
				w.cmd(t, joinKey, message.Command{Option: 2, Weight: big.NewInt(6), Nonce: 1}),
			}
		}, "[0 0 6]", 2},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			v, n := w.run(t, c.log()...)
			require.Equal(t, c.want, nativeVotes(v))
			require.Equal(t, c.n, n)
		})
	}
}

// TestReencryptedCommandDoesNotCount replays the briber's move: shown the
// plaintext of a voter's signed nonce-1 command, he re-encrypts it under a
// fresh ephemeral key and publishes it after the voter's override.
func TestNativeReencryptedCommandDoesNotCount(t *testing.T) {
	w := newNativeWorld(t)
	joinKey := w.f.Priv.PollKey
	coord := w.f.Poll.CoordinatorKey
	bribedBody := (&message.Command{Option: 2, Weight: big.NewInt(0), Nonce: 1, NewKey: joinKey.Public()}).Body(w.f.Params)
	eph := jvtest.Key(t, 500)
	epk, ct, plaintext, err := message.SignAndEncrypt(w.f.Params, w.pollID, bribedBody, joinKey, eph, &coord)
	require.NoError(t, err)
	bribed := process.Message{EphemeralKey: epk, Ciphertext: ct}
	k2 := jvtest.Key(t, 501)
	override := w.cmd(t, joinKey, message.Command{NewKey: k2.Public(), Option: 2, Weight: big.NewInt(6), Nonce: 1})

	v, _ := w.run(t, bribed, override)
	require.Equal(t, "[3 0 6]", nativeVotes(v), "the voter's later override wins")

	other := jvtest.Key(t, 502)
	shared, err := other.Shared(&coord)
	require.NoError(t, err)
	replay := process.Message{EphemeralKey: other.Public(), Ciphertext: encrypt.Encrypt(&shared, fr.Element{}, plaintext)}
	v, n := w.run(t, bribed, override, replay)
	require.Equal(t, "[3 0 6]", nativeVotes(v), "the re-encrypted copy does not verify")
	require.Equal(t, 1, n)
}

func TestNativeTally(t *testing.T) {
	params := circuits.TestParams()
	f := jvtest.New(t, params, joinvote.ModeQuadratic, 25, 3, 4)
	p := process.New(params, &f.Poll, f.Coordinator)
	_, err := p.Join(&f.Witness(t).Statement)
	require.NoError(t, err)
	totals, spent := p.Tally()
	require.Equal(t, "[3 4 0]", fmt.Sprint(totals))
	require.Equal(t, "[9 16 0]", fmt.Sprint(spent))

	// weighted polls spend the weights themselves
	fw := jvtest.New(t, params, joinvote.ModeWeighted, 10, 3, 0, 7)
	pw := process.New(params, &fw.Poll, fw.Coordinator)
	_, err = pw.Join(&fw.Witness(t).Statement)
	require.NoError(t, err)
	_, spent = pw.Tally()
	require.Equal(t, "[3 0 7]", fmt.Sprint(spent))

	// a join for another poll is refused
	other := jvtest.New(t, params, joinvote.ModeQuadratic, 25, 3, 4)
	other.Poll.DescriptorHash = jvtest.Elem(1)
	_, err = p.Join(&other.Witness(t).Statement)
	require.ErrorIs(t, err, process.ErrJoin)

	// a join whose ciphertext was altered does not open
	st := f.Witness(t).Statement
	st.Ciphertext = append([]fr.Element(nil), st.Ciphertext...)
	st.Ciphertext[0].SetUint64(1)
	_, err = p.Join(&st)
	require.ErrorIs(t, err, process.ErrJoin)
}
