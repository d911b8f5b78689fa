package process_test

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/message"
	"github.com/zkvote/zkvote/circuits/process"
)

// attackWorld: three voters join, then four commands in two batches:
// c0 (voter 0) counts, c1 (voter 1, nonce 3) does not, c2 (voter 2, key
// change) and c3 (voter 1) count.
func attackWorld(t *testing.T, params circuits.Params) (*world, *process.Witness) {
	w := newWorld(t, params, joinvote.ModeWeighted, 3, 10, 6, 3)
	w.join(t, 0, 3, 0, 7)
	w.join(t, 1, 1, 0, 0)
	w.join(t, 2, 0, 0, 1)
	w.send(t, w.keys[0], cmd(0, 2, 1, 1))
	w.send(t, w.keys[1], cmd(1, 0, 0, 3))
	c2 := cmd(2, 1, 2, 1)
	c2.NewKey = w.key(t).Public()
	w.send(t, w.keys[2], c2)
	w.send(t, w.keys[1], cmd(1, 2, 5, 1))
	w.process(t)
	requireReasons(t, w.proc, nil, process.ErrNonce, nil, nil)
	wit := w.witness(t)
	require.Len(t, wit.Commands, 2)
	require.Len(t, wit.Joins, 1)
	return w, wit
}

// mustFail checks that assignment does not satisfy circuit and that the
// failing assertion lies in step (a function name in the solver's trace).
func mustFail(t *testing.T, circuit, assignment frontend.Circuit, step string) {
	t.Helper()
	err := test.IsSolved(circuit, assignment, ecc.BN254.ScalarField())
	require.Error(t, err)
	require.Contains(t, err.Error(), step, "caught elsewhere than in %s", step)
}

func mustSolve(t *testing.T, circuit, assignment frontend.Circuit) {
	t.Helper()
	require.NoError(t, test.IsSolved(circuit, assignment, ecc.BN254.ScalarField()))
}

func commandCircuit(t *testing.T, w *world) *process.CommandCircuit {
	c, err := process.NewCommandCircuit(w.params)
	require.NoError(t, err)
	return c
}

func joinsCircuit(t *testing.T, w *world) *process.JoinsCircuit {
	c, err := process.NewJoinsCircuit(w.params)
	require.NoError(t, err)
	return c
}

// claim makes a command batch claim out as its end state, as a dishonest
// prover publishing another result would.
func claim(b *process.CommandBatch, out process.State) {
	b.Ends.StateOut = out.Commitment()
	b.Assignment.SaltOut = out.Salt
	b.Assignment.Public = b.Ends.Hash()
}

func one() fr.Element {
	var e fr.Element
	e.SetOne()
	return e
}

func cloneState(s process.State) process.State {
	s.Totals = append([]fr.Element(nil), s.Totals...)
	s.Squares = append([]fr.Element(nil), s.Squares...)
	return s
}

// route recomputes a split's ends from its assignment, as the circuit does.
func route(a *process.SplitCircuit, ends process.SplitEnds) process.SplitEnds {
	chain, joins, cmds, onchain := ends.ChainIn, ends.JoinChainIn, ends.CmdChainIn, ends.OnChainIn
	for i := range a.Entry {
		e, _ := a.Entry[i].(fr.Element) // padding holds the int 0
		if a.OnChain[i] == 1 {
			onchain = message.ChainNext(onchain, e)
		}
		if a.Active[i] != 1 {
			continue
		}
		chain = message.ChainNext(chain, e)
		if a.IsJoin[i] == 1 {
			joins = message.ChainNext(joins, e)
		} else {
			cmds = message.ChainNext(cmds, e)
		}
	}
	ends.ChainOut, ends.JoinChainOut, ends.CmdChainOut, ends.OnChainOut = chain, joins, cmds, onchain
	return ends
}

// TestAttacksOnCommands runs the attacks on the command proofs for both
// ways of reading a command: decrypted and signed, and (with command
// proofs) opened and authorized by key.
func TestAttacksOnCommands(t *testing.T) {
	t.Run("signed", func(t *testing.T) { attacksOnCommands(t, circuits.TestParams()) })
	t.Run("command proofs", func(t *testing.T) { attacksOnCommands(t, circuits.TestProofParams()) })
}

func attacksOnCommands(t *testing.T, params circuits.Params) {
	proofs := params.CommandProofs
	t.Run("the honest witness proves", func(t *testing.T) {
		w, wit := attackWorld(t, params)
		for _, b := range wit.Commands {
			mustSolve(t, commandCircuit(t, w), b.Assignment)
		}
	})
	t.Run("drop a command: its slot made padding", func(t *testing.T) {
		w, wit := attackWorld(t, params)
		wit.Commands[0].Assignment.Slots[1].Active = 0 // c1, which changes no state
		mustFail(t, commandCircuit(t, w), wit.Commands[0].Assignment, "(*CommandCircuit).assertEnds")
	})
	if !proofs {
		t.Run("drop a command: a batch proven without it does not cover the sealed log", func(t *testing.T) {
			w, wit := attackWorld(t, params)
			splits, joins, cmds := wit.Ends()
			c := message.ChainNext(cmds[1].CmdChainIn, message.CommandEntry(hashOf(wit.Commands[1].Assignment.Slots[0])))
			cmds[1].CmdChainOut = c // c3 left out
			err := process.CheckEnds(w.params, w.poll.ID(), w.proc.ChainHash(), w.proc.OnChainHash(), splits, joins, cmds, &wit.Final)
			require.ErrorIs(t, err, process.ErrEnds)
			require.ErrorContains(t, err, "do not cover the log's commands")
		})
	}
	t.Run("reorder two commands", func(t *testing.T) {
		// The attacker processes the same messages in another order with a
		// consistent witness, and claims the sealed log's batch ends.
		a, wit := attackWorld(t, params)
		msgs := a.proc.Messages()
		b := newWorld(t, a.params, a.poll.Mode, 3, 10, 6, 3)
		b.join(t, 0, 3, 0, 7)
		b.join(t, 1, 1, 0, 0)
		b.join(t, 2, 0, 0, 1)
		for _, i := range []int{0, 1, 3, 2} {
			b.publish(msgs[i])
		}
		b.process(t)
		bwit, err := b.proc.Witness(nil)
		require.NoError(t, err)
		forged := bwit.Commands[1].Assignment
		mustSolve(t, commandCircuit(t, b), forged) // a valid proof of another log...
		forged.Public = wit.Commands[1].Ends.Hash()
		mustFail(t, commandCircuit(t, a), forged, "(*CommandCircuit).assertEnds") // ...not of this one
		splits, joins, cmds := bwit.Ends()
		require.ErrorIs(t, process.CheckEnds(a.params, a.poll.ID(), a.proc.ChainHash(), a.proc.OnChainHash(), splits, joins, cmds, &bwit.Final), process.ErrEnds)
	})
	t.Run("apply an invalid command: claim the state it would make", func(t *testing.T) {
		w, wit := attackWorld(t, params)
		b := &wit.Commands[0] // c1 sets voter 1's option 0 to 0 (from 1) if it counted
		out := cloneState(b.Out)
		out.Totals[0].Sub(&out.Totals[0], ptr(one()))
		claim(b, out)
		mustFail(t, commandCircuit(t, w), b.Assignment, "(*CommandCircuit).assertEnds")
	})
	t.Run("apply an invalid command: open the voter at the nonce that makes it valid", func(t *testing.T) {
		w, wit := attackWorld(t, params)
		s := &wit.Commands[0].Assignment.Slots[1] // c1: nonce 3, voter 1 at nonce 1
		s.Nonce = 2
		mustFail(t, commandCircuit(t, w), wit.Commands[0].Assignment, "process.openVoter")
	})
	t.Run("skip a valid command: claim the state without it", func(t *testing.T) {
		w, wit := attackWorld(t, params)
		b := &wit.Commands[1]
		out := cloneState(b.Out)
		out.Root = wit.Joins[0].Out.Root
		claim(b, out)
		mustFail(t, commandCircuit(t, w), b.Assignment, "(*CommandCircuit).assertEnds")
	})
	t.Run("skip a valid command: hide the voter (empty leaf)", func(t *testing.T) {
		w, wit := attackWorld(t, params)
		wit.Commands[0].Assignment.Slots[0].Leaf = 0 // c0's voter 0
		mustFail(t, commandCircuit(t, w), wit.Commands[0].Assignment, "process.openVoter")
	})
	t.Run("skip a valid command: open a stale voter state", func(t *testing.T) {
		w, wit := attackWorld(t, params)
		wit.Commands[0].Assignment.Slots[0].Nonce = 1
		mustFail(t, commandCircuit(t, w), wit.Commands[0].Assignment, "process.openVoter")
	})
	t.Run("skip a valid command: claim its index or weight out of range", func(t *testing.T) {
		w, wit := attackWorld(t, params)
		defer process.DishonestHints(nil, func(process.Hint) process.Hint {
			return func(_ *big.Int, _, out []*big.Int) error {
				out[0].SetUint64(0) // "not small"
				out[1].SetUint64(0) // the index
				out[2].SetUint64(0)
				return nil
			}
		}, nil)()
		mustFail(t, commandCircuit(t, w), wit.Commands[0].Assignment, "process.bothBelow")
	})
	if !proofs {
		t.Run("skip a valid command: claim its ephemeral key outside the subgroup", func(t *testing.T) {
			w, wit := attackWorld(t, params)
			defer process.DishonestHints(func(honest process.Hint) process.Hint {
				return func(mod *big.Int, in, out []*big.Int) error {
					if err := honest(mod, in, out); err != nil {
						return err
					}
					out[2].SetUint64(1) // t = 1
					return nil
				}
			}, nil, nil)()
			mustFail(t, commandCircuit(t, w), wit.Commands[0].Assignment, "process.validKey")
		})
	}
	t.Run("skip a valid command: claim its budget exceeded", func(t *testing.T) {
		w, wit := attackWorld(t, params)
		defer process.DishonestHints(nil, nil, func(process.Hint) process.Hint {
			return func(_ *big.Int, _, out []*big.Int) error { out[0].SetUint64(0); return nil }
		})()
		mustFail(t, commandCircuit(t, w), wit.Commands[0].Assignment, "process.isNonNegative")
	})
	t.Run("wrong weight for a voter", func(t *testing.T) {
		w, wit := attackWorld(t, params)
		wit.Commands[0].Assignment.Slots[0].Weight = 100 // voter 0 has 10
		mustFail(t, commandCircuit(t, w), wit.Commands[0].Assignment, "process.openVoter")
	})
	t.Run("totals that are not the sums", func(t *testing.T) {
		w, wit := attackWorld(t, params)
		b := &wit.Commands[0]
		out := cloneState(b.Out)
		out.Totals[1].Add(&out.Totals[1], ptr(one()))
		claim(b, out)
		mustFail(t, commandCircuit(t, w), b.Assignment, "(*CommandCircuit).assertEnds")
	})
	t.Run("a published result that does not open the last commitment", func(t *testing.T) {
		w, wit := attackWorld(t, params)
		final := cloneState(wit.Final)
		final.Totals[1].Add(&final.Totals[1], ptr(one()))
		splits, joins, cmds := wit.Ends()
		err := process.CheckEnds(w.params, w.poll.ID(), w.proc.ChainHash(), w.proc.OnChainHash(), splits, joins, cmds, &final)
		require.ErrorContains(t, err, "does not open the last commitment")
	})
	t.Run("a proof for another poll", func(t *testing.T) {
		w, wit := attackWorld(t, params)
		wit.Commands[0].Assignment.DescriptorHash = 4243
		mustFail(t, commandCircuit(t, w), wit.Commands[0].Assignment, "(*CommandCircuit).assertEnds")
	})
	if !proofs {
		t.Run("a wrong coordinator secret", func(t *testing.T) {
			w, wit := attackWorld(t, params)
			wit.Commands[0].Assignment.CoordinatorSecret = 12345
			mustFail(t, commandCircuit(t, w), wit.Commands[0].Assignment, "(*CommandCircuit).openPoll")
		})
	}
	if !proofs {
		return
	}
	t.Run("open another plaintext than the opening", func(t *testing.T) {
		w, wit := attackWorld(t, params)
		s := &wit.Commands[0].Assignment.Slots[1] // c1: nonce 3; the voter is at 1
		s.Opened[2+7] = 2                         // the nonce that would count
		mustFail(t, commandCircuit(t, w), wit.Commands[0].Assignment, "(*CommandCircuit).apply")
	})
	t.Run("open the plaintext with another authorizing key", func(t *testing.T) {
		w, wit := attackWorld(t, params)
		s := &wit.Commands[0].Assignment.Slots[0]
		s.Opened[2+1], s.Opened[2+2] = 1, 2 // any other key, the opening kept
		mustFail(t, commandCircuit(t, w), wit.Commands[0].Assignment, "(*CommandCircuit).apply")
	})
	t.Run("another message hash than the logged one", func(t *testing.T) {
		w, wit := attackWorld(t, params)
		wit.Commands[0].Assignment.Slots[0].Opened[0] = 5
		mustFail(t, commandCircuit(t, w), wit.Commands[0].Assignment, "(*CommandCircuit).assertEnds")
	})
}
func TestAttacksOnJoins(t *testing.T) {
	t.Run("the honest witness proves", func(t *testing.T) {
		w, wit := attackWorld(t, circuits.TestParams())
		mustSolve(t, joinsCircuit(t, w), wit.Joins[0].Assignment)
	})
	t.Run("wrong weight for a voter", func(t *testing.T) {
		w, wit := attackWorld(t, circuits.TestParams())
		wit.Joins[0].Assignment.Slots[1].Weight = 60
		mustFail(t, joinsCircuit(t, w), wit.Joins[0].Assignment, "(*JoinsCircuit).assertEnds")
	})
	t.Run("totals that are not the sums", func(t *testing.T) {
		w, wit := attackWorld(t, circuits.TestParams())
		b := &wit.Joins[0]
		out := cloneState(b.Out)
		out.Totals[2].Add(&out.Totals[2], ptr(one()))
		b.Ends.StateOut = out.Commitment()
		b.Assignment.Public = b.Ends.Hash()
		mustFail(t, joinsCircuit(t, w), b.Assignment, "(*JoinsCircuit).assertEnds")
	})
	t.Run("a gap between joins", func(t *testing.T) {
		w, wit := attackWorld(t, circuits.TestParams())
		s := wit.Joins[0].Assignment.Slots
		s[1], s[3] = s[3], s[1]
		mustFail(t, joinsCircuit(t, w), wit.Joins[0].Assignment, "(*JoinsCircuit).assertPadding")
	})
	t.Run("insert over existing leaves", func(t *testing.T) {
		w, wit := attackWorld(t, circuits.TestParams())
		wit.Joins[0].Assignment.StateIn.Root = wit.Joins[0].Out.Root
		mustFail(t, joinsCircuit(t, w), wit.Joins[0].Assignment, "(*JoinsCircuit).insert")
	})
	t.Run("drop a join", func(t *testing.T) {
		w, wit := attackWorld(t, circuits.TestParams())
		wit.Joins[0].Assignment.Slots[2].Active = 0
		mustFail(t, joinsCircuit(t, w), wit.Joins[0].Assignment, "(*JoinsCircuit).assertEnds")
	})
}

func TestAttacksOnSplit(t *testing.T) {
	split := func(wit *process.Witness) *process.SplitCircuit { return process.NewSplitCircuit(wit.Shape) }
	t.Run("the honest witness proves", func(t *testing.T) {
		_, wit := attackWorld(t, circuits.TestParams())
		mustSolve(t, split(wit), wit.Splits[0].Assignment)
	})
	t.Run("drop an entry", func(t *testing.T) {
		_, wit := attackWorld(t, circuits.TestParams())
		wit.Splits[0].Assignment.Active[4] = 0
		mustFail(t, split(wit), wit.Splits[0].Assignment, "(*SplitCircuit).assertPublic")
	})
	t.Run("reorder two entries", func(t *testing.T) {
		_, wit := attackWorld(t, circuits.TestParams())
		a := wit.Splits[0].Assignment
		a.Entry[3], a.Entry[4] = a.Entry[4], a.Entry[3]
		mustFail(t, split(wit), a, "(*SplitCircuit).assertPublic")
	})
	t.Run("route a command to the joins", func(t *testing.T) {
		w, wit := attackWorld(t, circuits.TestParams())
		a := wit.Splits[0].Assignment
		a.IsJoin[4] = 1
		wit.Splits[0].Ends = route(a, wit.Splits[0].Ends)
		a.Public = wit.Splits[0].Ends.Hash()
		mustSolve(t, split(wit), a) // the split itself proves...
		splits, joins, cmds := wit.Ends()
		err := process.CheckEnds(w.params, w.poll.ID(), w.proc.ChainHash(), w.proc.OnChainHash(), splits, joins, cmds, &wit.Final)
		require.ErrorContains(t, err, "do not cover the log's joins", "...but no join proof can open a command entry")
	})
}

func hashOf(s process.CommandSlot) fr.Element {
	m := process.Message{Ciphertext: make([]fr.Element, len(s.Ciphertext))}
	m.EphemeralKey.X, m.EphemeralKey.Y = s.EphemeralKey.X.(fr.Element), s.EphemeralKey.Y.(fr.Element)
	for i, c := range s.Ciphertext {
		m.Ciphertext[i] = c.(fr.Element)
	}
	return m.Hash()
}

func ptr[T any](v T) *T { return &v }
