package process_test

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/command"
	"github.com/zkvote/zkvote/circuits/eddsa"
	"github.com/zkvote/zkvote/circuits/encrypt"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/joinvote/jvtest"
	"github.com/zkvote/zkvote/circuits/message"
	"github.com/zkvote/zkvote/circuits/process"
)

func votesOf(v *process.Voter) string { return fmt.Sprint(v.Votes) }

// reasons returns the outcome of every command, nil for counted.
func reasons(p *process.Processor) []error {
	var out []error
	for _, o := range p.Outcomes() {
		out = append(out, o.Err)
	}
	return out
}

func requireReasons(t *testing.T, p *process.Processor, want ...error) {
	t.Helper()
	got := reasons(p)
	require.Len(t, got, len(want))
	for i := range want {
		if want[i] == nil {
			require.NoError(t, got[i], "command %d", i)
		} else {
			require.ErrorIs(t, got[i], want[i], "command %d", i)
		}
	}
}

func bigPow2(n uint) *big.Int { return new(big.Int).Lsh(big.NewInt(1), n) }

// rule is one scenario of the processing rules: a log, the reason of each
// command (log order) and the ballot of voter 0 afterwards.
type rule struct {
	mode    joinvote.Mode
	weights []int64
	build   func(t *testing.T, w *world)
	reasons []error
	votes   string // voter 0's final ballot
}

func cmd(index uint64, option uint64, weight int64, nonce uint64) message.Command {
	return message.Command{StateIndex: index, Option: option, Weight: big.NewInt(weight), Nonce: nonce}
}

func rules() map[string]rule {
	weighted := []int64{10, 6, 3}
	return map[string]rule{
		"nonces 1,2,3 published in order: only 1 counts": {joinvote.ModeWeighted, weighted, func(t *testing.T, w *world) {
			w.join(t, 0, 3, 0, 7)
			k := w.keys[0]
			w.send(t, k, cmd(0, 0, 1, 1))
			w.send(t, k, cmd(0, 1, 2, 2))
			w.send(t, k, cmd(0, 2, 3, 3))
		}, []error{nil, process.ErrNonce, process.ErrNonce}, "[1 0 7]"},
		"nonces 3,2,1 published: all count": {joinvote.ModeWeighted, weighted, func(t *testing.T, w *world) {
			w.join(t, 0, 3, 0, 7)
			k := w.keys[0]
			w.send(t, k, cmd(0, 2, 3, 3))
			w.send(t, k, cmd(0, 1, 2, 2))
			w.send(t, k, cmd(0, 0, 1, 1))
		}, []error{nil, nil, nil}, "[1 2 3]"},
		"key change published after votes signed with the old key: they die": {joinvote.ModeWeighted, weighted, func(t *testing.T, w *world) {
			w.join(t, 0, 3, 0, 7)
			k, k2 := w.keys[0], w.key(t)
			w.send(t, k, cmd(0, 0, 0, 2))
			c := cmd(0, 2, 6, 1)
			c.NewKey = k2.Public()
			w.send(t, k, c)
		}, []error{process.ErrSignature, nil}, "[3 0 6]"},
		"vote signed with the new key published before the key change: it counts": {joinvote.ModeWeighted, weighted, func(t *testing.T, w *world) {
			w.join(t, 0, 3, 0, 7)
			k, k2 := w.keys[0], w.key(t)
			w.send(t, k2, cmd(0, 0, 0, 2))
			c := cmd(0, 2, 6, 1)
			c.NewKey = k2.Public()
			w.send(t, k, c)
		}, []error{nil, nil}, "[0 0 6]"},
		"exact budget and one over (weighted)": {joinvote.ModeWeighted, weighted, func(t *testing.T, w *world) {
			w.join(t, 0, 3, 0, 7)
			w.join(t, 1, 0, 0, 0)
			w.send(t, w.keys[0], cmd(0, 1, 1, 1)) // 3+1+7 = 11 > 10
			w.send(t, w.keys[1], cmd(1, 0, 6, 1)) // exactly 6
			w.send(t, w.keys[0], cmd(0, 1, 0, 1)) // 10, exact
		}, []error{process.ErrNonce, nil, nil}, "[3 0 7]"},
		"exact budget and one over (quadratic)": {joinvote.ModeQuadratic, []int64{25, 24, 3}, func(t *testing.T, w *world) {
			w.join(t, 0, 3, 0)
			w.join(t, 1, 4, 0)
			w.send(t, w.keys[0], cmd(0, 1, 4, 1)) // 9+16 = 25, exact
			w.send(t, w.keys[1], cmd(1, 1, 3, 1)) // 16+9 = 25 > 24
		}, []error{nil, process.ErrBudget}, "[3 4 0]"},
		"one person one vote: a second unit is over budget": {joinvote.ModeOnePersonOneVote, weighted, func(t *testing.T, w *world) {
			w.join(t, 0, 0, 1, 0)
			w.send(t, w.keys[0], cmd(0, 0, 1, 2))
			w.send(t, w.keys[0], cmd(0, 1, 0, 1)) // move the unit: first clear option 1
		}, []error{nil, nil}, "[1 0 0]"},
		"one person one vote: two units at once": {joinvote.ModeOnePersonOneVote, weighted, func(t *testing.T, w *world) {
			w.join(t, 0, 0, 1, 0)
			w.send(t, w.keys[0], cmd(0, 0, 1, 1))
		}, []error{process.ErrBudget}, "[0 1 0]"},
		"option at and beyond the count": {joinvote.ModeWeighted, weighted, func(t *testing.T, w *world) {
			w.join(t, 0, 3, 0, 7)
			w.send(t, w.keys[0], cmd(0, 2, 0, 1)) // in range, processed last
			w.send(t, w.keys[0], cmd(0, 3, 0, 1)) // = NumOptions (< MaxVoteOptions)
			w.send(t, w.keys[0], cmd(0, 4, 0, 1)) // = MaxVoteOptions
			c := cmd(0, 0, 0, 1)
			w.publish(sealRaw(t, w, w.keys[0], c, func(body []fr.Element) { body[4].SetBigInt(bigPow2(70)) }))
		}, []error{nil, process.ErrOption, process.ErrOption, process.ErrOption}, "[3 0 0]"},
		"wrong coordinator key": {joinvote.ModeWeighted, weighted, func(t *testing.T, w *world) {
			w.join(t, 0, 3, 0, 7)
			other := jvtest.Key(t, 31337).Public()
			c := cmd(0, 2, 0, 1)
			epk, ct, _, err := message.SignAndEncrypt(w.params, w.poll.ID(), c.Body(w.params), w.keys[0], w.key(t), &other)
			require.NoError(t, err)
			w.publish(process.Message{EphemeralKey: epk, Ciphertext: ct})
		}, []error{process.ErrDecrypt}, "[3 0 7]"},
		"state index that does not exist": {joinvote.ModeWeighted, weighted, func(t *testing.T, w *world) {
			w.join(t, 0, 3, 0, 7)
			w.join(t, 1, 1, 0, 0)
			w.send(t, w.keys[1], cmd(2, 0, 0, 1)) // = number of joins: an empty leaf
			w.send(t, w.keys[1], cmd(8, 0, 0, 1)) // = 2^StateDepth: beyond the tree
			for _, idx := range []*big.Int{bigPow2(64), bigPow2(200), new(big.Int).Sub(fr.Modulus(), big.NewInt(1))} {
				w.publish(sealRaw(t, w, w.keys[1], cmd(1, 0, 0, 1), func(body []fr.Element) { body[1].SetBigInt(idx) }))
			}
			w.send(t, w.keys[0], cmd(0, 0, 0, 1))
		}, []error{process.ErrStateIndex, process.ErrStateIndex, process.ErrStateIndex, process.ErrStateIndex, process.ErrStateIndex, nil}, "[0 0 7]"},
		"weight set to 0, and weights beyond the field's small range": {joinvote.ModeQuadratic, []int64{25, 24, 3}, func(t *testing.T, w *world) {
			w.join(t, 0, 3, 4)
			w.send(t, w.keys[0], cmd(0, 1, 0, 1)) // processed last
			for _, wt := range []*big.Int{bigPow2(96), bigPow2(128), new(big.Int).Sub(fr.Modulus(), big.NewInt(3))} {
				w.publish(sealRaw(t, w, w.keys[0], cmd(0, 0, 0, 1), func(body []fr.Element) { body[5].SetBigInt(wt) }))
			}
		}, []error{nil, process.ErrBudget, process.ErrBudget, process.ErrBudget}, "[3 0 0]"},
		"a voter who sets an invalid key freezes their ballot": {joinvote.ModeWeighted, weighted, func(t *testing.T, w *world) {
			w.join(t, 0, 3, 0, 7)
			w.join(t, 1, 1, 0, 0)
			w.join(t, 2, 1, 0, 0)
			var order2, identity, offCurve babyjub.Point
			order2.Y.SetOne()
			order2.Y.Neg(&order2.Y)
			identity.Y.SetOne()
			offCurve.X.SetUint64(1)
			offCurve.Y.SetUint64(1)
			// older (published first): a forgery under the identity (R = [S]B, any c)
			w.publish(forgeIdentity(t, w, cmd(1, 1, 1, 2)))
			w.send(t, w.keys[0], cmd(0, 0, 0, 2))
			for i, k := range []babyjub.Point{order2, identity, offCurve} {
				c := cmd(uint64(i), 2, 0, 1)
				c.NewKey = k
				w.send(t, w.keys[i], c)
			}
		}, []error{process.ErrSignature, process.ErrSignature, nil, nil, nil}, "[3 0 0]"},
		"undecryptable ciphertext and invalid ephemeral keys": {joinvote.ModeWeighted, weighted, func(t *testing.T, w *world) {
			w.join(t, 0, 3, 0, 7)
			m := w.message(t, w.keys[0], cmd(0, 2, 0, 1))
			m.Ciphertext[2].SetUint64(9)
			w.publish(m)
			// only the tag altered: the body still decrypts to a signed command
			m = w.message(t, w.keys[0], cmd(0, 2, 0, 1))
			m.Ciphertext[len(m.Ciphertext)-1].SetUint64(9)
			w.publish(m)
			for _, eph := range []babyjub.Point{{}, babyjub.Base()} {
				m := w.message(t, w.keys[0], cmd(0, 2, 0, 1))
				m.EphemeralKey = eph
				w.publish(m)
			}
			// Keys outside the subgroup that would decrypt if only the
			// cofactor were cleared: the order-2 point (shared key = the
			// identity, known to all) and a key plus the order-2 point.
			var order2, identity babyjub.Point
			order2.Y.SetOne()
			order2.Y.Neg(&order2.Y)
			identity.Y.SetOne()
			w.publish(sealWith(t, w, w.keys[0], cmd(0, 2, 0, 1), order2, identity))
			eph := w.key(t)
			shared, err := eph.Shared(&w.poll.CoordinatorKey)
			require.NoError(t, err)
			mixedKey := eph.Public()
			mixedKey.Add(&mixedKey, &order2)
			w.publish(sealWith(t, w, w.keys[0], cmd(0, 2, 0, 1), mixedKey, shared))
			w.publish(notCommand(t, w))
		}, []error{process.ErrDecrypt, process.ErrDecrypt, process.ErrDecrypt, process.ErrDecrypt, process.ErrDecrypt, process.ErrDecrypt, process.ErrNotCommand}, "[3 0 7]"},
		"a re-encrypted copy of a signed command does not count": {joinvote.ModeWeighted, weighted, func(t *testing.T, w *world) {
			w.join(t, 0, 3, 0, 7)
			c0 := cmd(0, 2, 0, 1)
			body := c0.Body(w.params)
			body[2], body[3] = w.keys[0].Public().X, w.keys[0].Public().Y
			coord := w.poll.CoordinatorKey
			epk, ct, plaintext, err := message.SignAndEncrypt(w.params, w.poll.ID(), body, w.keys[0], w.key(t), &coord)
			require.NoError(t, err)
			w.publish(process.Message{EphemeralKey: epk, Ciphertext: ct})
			c := cmd(0, 2, 6, 1)
			c.NewKey = w.key(t).Public()
			w.send(t, w.keys[0], c)
			other := w.key(t)
			shared, err := other.Shared(&coord)
			require.NoError(t, err)
			w.publish(process.Message{EphemeralKey: other.Public(), Ciphertext: encrypt.Encrypt(&shared, fr.Element{}, plaintext)})
		}, []error{process.ErrNonce, nil, process.ErrSignature}, "[3 0 6]"},
		"commands before and between joins, for voters who join later": {joinvote.ModeWeighted, weighted, func(t *testing.T, w *world) {
			w.join(t, 0, 3, 0, 7)
			// voter 1's key is drawn now, so it can sign before joining
			k1 := jvtest.Key(t, w.seed+2)
			w.send(t, k1, cmd(1, 2, 2, 1))
			w.join(t, 1, 1, 0, 0)
			p1, p2 := k1.Public(), w.keys[1].Public()
			require.True(t, p1.Equal(&p2))
			w.send(t, w.keys[0], cmd(0, 0, 0, 1))
		}, []error{nil, nil}, "[0 0 7]"},
	}
}

// message seals a command without publishing it.
func (w *world) message(t *testing.T, signer *babyjub.PrivateKey, c message.Command) process.Message {
	return sealRaw(t, w, signer, c, nil)
}

// sealRaw signs and encrypts a command body after edit changes it.
func sealRaw(t *testing.T, w *world, signer *babyjub.PrivateKey, c message.Command, edit func([]fr.Element)) process.Message {
	if c.NewKey.X.IsZero() && c.NewKey.Y.IsZero() {
		c.NewKey = signer.Public()
	}
	body := c.Body(w.params)
	if edit != nil {
		edit(body)
	}
	if w.params.CommandProofs {
		return openedRaw(t, w, signer, body)
	}
	epk, ct, _, err := message.SignAndEncrypt(w.params, w.poll.ID(), body, signer, w.key(t), &w.poll.CoordinatorKey)
	require.NoError(t, err)
	return process.Message{EphemeralKey: epk, Ciphertext: ct}
}

// openedRaw is a command-proof message whose plaintext holds body's fields
// whatever their range (the command proof constrains none of them), under
// signer's key: what a voter's client could send with a valid proof.
func openedRaw(t *testing.T, w *world, signer *babyjub.PrivateKey, body []fr.Element) process.Message {
	auth := signer.Public()
	pt := []fr.Element{body[1], auth.X, auth.Y, body[2], body[3], body[4], body[5], body[6], body[7]}
	eph := w.key(t)
	shared, err := eph.Shared(&w.poll.CoordinatorKey)
	require.NoError(t, err)
	var n fr.Element
	n.SetUint64(message.CommandNonce)
	return process.Message{EphemeralKey: eph.Public(), Ciphertext: encrypt.Encrypt(&shared, n, pt), Opening: command.Opening(pt)}
}

// notCommand is a well-signed message whose kind is a join's.
func notCommand(t *testing.T, w *world) process.Message {
	return sealRaw(t, w, w.keys[0], cmd(0, 2, 0, 1), func(body []fr.Element) { body[0].SetUint64(message.KindJoin) })
}

// forgeIdentity encrypts c with a "signature" that verifies under the
// identity key for anyone: R = [S]B, so [S]B - [c]O - R = O.
func forgeIdentity(t *testing.T, w *world, c message.Command) process.Message {
	var identity babyjub.Point
	identity.Y.SetOne()
	c.NewKey = identity
	body := c.Body(w.params)
	var r babyjub.Point
	s := big.NewInt(12345)
	r.ScalarMultiplicationBase(s)
	var se fr.Element
	se.SetBigInt(s)
	pt := append(append([]fr.Element(nil), body...), r.X, r.Y, se)
	eph := w.key(t)
	shared, err := eph.Shared(&w.poll.CoordinatorKey)
	require.NoError(t, err)
	return process.Message{EphemeralKey: eph.Public(), Ciphertext: encrypt.Encrypt(&shared, fr.Element{}, pt)}
}

// sealWith signs c bound to the ephemeral key eph and encrypts it under
// the shared point given, as a sender who chose eph would.
func sealWith(t *testing.T, w *world, signer *babyjub.PrivateKey, c message.Command, eph, shared babyjub.Point) process.Message {
	if c.NewKey.X.IsZero() && c.NewKey.Y.IsZero() {
		c.NewKey = signer.Public()
	}
	body := c.Body(w.params)
	sig := eddsa.Sign(signer, message.SignedContent(w.poll.ID(), &eph, body))
	var s fr.Element
	s.SetBigInt(&sig.S)
	pt := append(append([]fr.Element(nil), body...), sig.R.X, sig.R.Y, s)
	return process.Message{EphemeralKey: eph, Ciphertext: encrypt.Encrypt(&shared, fr.Element{}, pt)}
}

func TestRules(t *testing.T) { runRules(t, circuits.TestParams(), nil) }

// runRules runs every scenario of rules() but skip's under params: the
// reasons and voter 0's ballot natively, then every batch in the circuits.
func runRules(t *testing.T, params circuits.Params, skip map[string]bool) {
	for name, r := range rules() {
		if skip[name] {
			continue
		}
		t.Run(name, func(t *testing.T) {
			w := newWorld(t, params, r.mode, 3, r.weights...)
			r.build(t, w)
			w.process(t)
			requireReasons(t, w.proc, r.reasons...)
			require.Equal(t, r.votes, votesOf(w.proc.Voters()[0]))
			w.prove(t, w.witness(t))
		})
	}
}

// TestRulesWithCommandProofs runs the same scenarios on a parameter set
// with command proofs (the commands carry their openings; processing
// compares keys instead of checking signatures), but those that build a
// message no command proof could stand for.
func TestRulesWithCommandProofs(t *testing.T) { runRules(t, circuits.TestProofParams(), legacyOnly) }

// legacyOnly are the scenarios of rules() whose messages only the
// signature scheme can carry.
var legacyOnly = map[string]bool{
	"wrong coordinator key":                                  true, // the command proof binds the poll's
	"a voter who sets an invalid key freezes their ballot":   true, // the command proof refuses one
	"undecryptable ciphertext and invalid ephemeral keys":    true, // the command proof shows it decrypts
	"a re-encrypted copy of a signed command does not count": true, // a copy needs a new proof, so the key's secret
}

// TestEdgeLogs: logs without joins or without anything prove too, and a
// poll whose joins fill the state tree.
func TestEdgeLogs(t *testing.T) {
	params := circuits.TestParams()
	t.Run("empty log", func(t *testing.T) {
		w := newWorld(t, params, joinvote.ModeWeighted, 3, 10)
		w.process(t)
		wit := w.witness(t)
		require.Empty(t, wit.Splits)
		require.Empty(t, wit.Commands)
		empty := process.EmptyState(params)
		require.Equal(t, empty.Commitment(), wit.Final.Commitment())
	})
	t.Run("commands and no joins", func(t *testing.T) {
		w := newWorld(t, params, joinvote.ModeWeighted, 3, 10)
		w.send(t, w.key(t), cmd(0, 0, 1, 1))
		w.send(t, w.key(t), cmd(1, 0, 1, 1))
		w.send(t, w.key(t), cmd(0, 0, 1, 1))
		w.process(t)
		requireReasons(t, w.proc, process.ErrStateIndex, process.ErrStateIndex, process.ErrStateIndex)
		w.prove(t, w.witness(t))
	})
	t.Run("a full state tree", func(t *testing.T) {
		weights := make([]int64, 1<<params.StateDepth)
		for i := range weights {
			weights[i] = int64(i + 1)
		}
		w := newWorld(t, params, joinvote.ModeWeighted, 3, weights...)
		for i := range weights {
			w.join(t, i, 0, 0, int64(i%2))
		}
		last := uint64(len(weights) - 1)
		w.send(t, w.keys[last], cmd(last, 1, 2, 1))
		w.process(t)
		requireReasons(t, w.proc, nil)
		w.prove(t, w.witness(t))
	})
}
