package process_test

import (
	"fmt"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/message"
	"github.com/zkvote/zkvote/circuits/process"
)

// onChainWorld: member 0 joins gaslessly; then, through the Poll contract,
// member 1 joins and member 0 joins again (a duplicate: index 2, skipped);
// two gasless commands re-vote voter 0 (the newer, "2 on option 0",
// wins), an on-chain one re-votes voter 1, one names the duplicate's index
// (it cannot count: the index holds an empty leaf), and a copy of voter
// 0's older command is posted on-chain: newest, it would undo voter 0's
// choice, but a copy is skipped.
func onChainWorld(t *testing.T, params circuits.Params) (*world, *process.Witness) {
	w := newWorld(t, params, joinvote.ModeWeighted, 3, 10, 6, 3)
	w.join(t, 0, 3, 0, 7)
	w.onChain = true
	w.join(t, 1, 1, 0, 0)
	dup := w.join(t, 0, 0, 10, 0)
	w.onChain = false
	older := w.send(t, w.keys[0], cmd(0, 2, 1, 1))
	w.send(t, w.keys[0], cmd(0, 0, 2, 1))
	w.onChain = true
	w.send(t, w.keys[1], cmd(1, 2, 5, 1))
	w.send(t, w.keys[dup], cmd(dup, 1, 1, 1))
	w.publish(older)
	w.process(t)
	requireReasons(t, w.proc, process.ErrNonce, nil, nil, process.ErrStateIndex, process.ErrCopy)
	first, skipped := w.proc.Skipped(dup)
	require.True(t, skipped)
	require.Equal(t, uint64(0), first)
	_, skipped = w.proc.Skipped(1)
	require.False(t, skipped)
	require.Nil(t, w.proc.Voters()[dup])
	totals, _ := w.proc.Tally()
	require.Equal(t, "[3 0 12]", fmt.Sprint(totals), "voters 0 (2, 0, 7) and 1 (1, 0, 5): the duplicate's 10 count nowhere, the copy changes nothing")
	return w, w.witness(t)
}

func TestOnChainEntries(t *testing.T) {
	for _, params := range []circuits.Params{circuits.TestParams(), circuits.TestProofParams()} {
		t.Run(params.Name, func(t *testing.T) {
			w, wit := onChainWorld(t, params)
			w.prove(t, wit)
			require.Equal(t, uint64(3), wit.Final.Joins, "a skipped duplicate still takes its state index")
			var skipped fr.Element
			skipped.SetUint64(1 << 2)
			require.Equal(t, skipped, wit.Joins[0].Ends.Skipped, "bit 2: the batch's third join")
			require.Len(t, wit.Commands, 3)
			skipped.SetUint64(1)
			require.Equal(t, skipped, wit.Commands[2].Ends.Skipped, "bit 0: the last batch's first command, the copy")
			require.True(t, wit.Commands[0].Ends.Skipped.IsZero())

			splits, joins, cmds := wit.Ends()
			err := process.CheckEnds(w.params, w.poll.ID(), w.sealed, process.SubChainStart(), splits, joins, cmds, &wit.Final)
			require.ErrorContains(t, err, "not the Poll contract's", "a contract with no entries")
			partial := message.ChainNext(process.SubChainStart(), wit.Splits[0].Assignment.Entry[1].(fr.Element))
			err = process.CheckEnds(w.params, w.poll.ID(), w.sealed, partial, splits, joins, cmds, &wit.Final)
			require.ErrorContains(t, err, "not the Poll contract's", "a log that dropped on-chain entries")
		})
	}
}

func TestAttacksOnOnChainEntries(t *testing.T) {
	params := circuits.TestParams()
	split := func(wit *process.Witness) *process.SplitCircuit { return process.NewSplitCircuit(wit.Shape) }
	t.Run("padding flagged on-chain", func(t *testing.T) {
		_, wit := attackWorld(t, params) // 7 entries: the split's last slot is padding
		b := &wit.Splits[len(wit.Splits)-1]
		last := len(b.Assignment.Active) - 1
		require.Equal(t, 0, b.Assignment.Active[last], "the test needs a padding slot")
		b.Assignment.OnChain[last] = 1
		b.Ends = route(b.Assignment, b.Ends)
		b.Assignment.Public = b.Ends.Hash()
		mustFail(t, split(wit), b.Assignment, "(*SplitCircuit).route")
	})
	t.Run("an on-chain entry passed off as gasless", func(t *testing.T) {
		w, wit := onChainWorld(t, params)
		a := wit.Splits[0].Assignment
		require.Equal(t, 1, a.OnChain[1])
		a.OnChain[1] = 0
		mustFail(t, split(wit), a, "(*SplitCircuit).assertPublic")
		wit.Splits[0].Ends = route(a, wit.Splits[0].Ends)
		a.Public = wit.Splits[0].Ends.Hash()
		mustSolve(t, split(wit), a) // the split proves its own flags...
		for i := 1; i < len(wit.Splits); i++ {
			wit.Splits[i].Ends.OnChainIn = wit.Splits[i-1].Ends.OnChainOut
			wit.Splits[i].Ends = route(wit.Splits[i].Assignment, wit.Splits[i].Ends)
		}
		splits, joins, cmds := wit.Ends()
		err := process.CheckEnds(w.params, w.poll.ID(), w.sealed, w.contract, splits, joins, cmds, &wit.Final)
		require.ErrorContains(t, err, "not the Poll contract's", "...but not the contract's on-chain sub-chain")
	})
	t.Run("a gasless entry passed off as on-chain", func(t *testing.T) {
		_, wit := onChainWorld(t, params)
		a := wit.Splits[0].Assignment
		require.Equal(t, 0, a.OnChain[0])
		a.OnChain[0] = 1
		mustFail(t, split(wit), a, "(*SplitCircuit).assertPublic")
	})
	t.Run("a skip on padding", func(t *testing.T) {
		w, wit := onChainWorld(t, params)
		b := &wit.Joins[0]
		require.Equal(t, 0, b.Assignment.Slots[3].Active, "the test needs a padding slot")
		b.Assignment.Slots[3].Skip = 1
		b.Ends.Skipped.Add(&b.Ends.Skipped, ptr(elem(8)))
		b.Assignment.Public = b.Ends.Hash()
		mustFail(t, joinsCircuit(t, w), b.Assignment, "(*JoinsCircuit).assertPadding")
	})
	t.Run("a skip the public mask does not show", func(t *testing.T) {
		w, wit := onChainWorld(t, params)
		b := &wit.Joins[0]
		b.Assignment.Slots[1].Skip = 1 // voter 1 dropped without a trace: its leaf empty, its votes gone
		mustFail(t, joinsCircuit(t, w), b.Assignment, "(*JoinsCircuit).assertEnds")
	})
	t.Run("the duplicate counted under the honest mask", func(t *testing.T) {
		w, wit := onChainWorld(t, params)
		b := &wit.Joins[0]
		b.Assignment.Slots[2].Skip = 0
		mustFail(t, joinsCircuit(t, w), b.Assignment, "(*JoinsCircuit).assertEnds")
	})
}

func TestAttacksOnCopiedCommands(t *testing.T) {
	for _, params := range []circuits.Params{circuits.TestParams(), circuits.TestProofParams()} {
		t.Run(params.Name, func(t *testing.T) {
			t.Run("the copy counted under the honest mask", func(t *testing.T) {
				w, wit := onChainWorld(t, params)
				b := &wit.Commands[2]
				require.Equal(t, 1, b.Assignment.Slots[0].Skip)
				b.Assignment.Slots[0].Skip = 0
				mustFail(t, commandCircuit(t, w), b.Assignment, "(*CommandCircuit).assertEnds")
			})
			t.Run("a command skipped without a trace", func(t *testing.T) {
				w, wit := onChainWorld(t, params)
				b := &wit.Commands[0]
				b.Assignment.Slots[0].Skip = 1 // a command that counts nowhere anyway: only the mask tells
				mustFail(t, commandCircuit(t, w), b.Assignment, "(*CommandCircuit).assertEnds")
				b.Ends.Skipped.SetOne()
				b.Assignment.Public = b.Ends.Hash()
				mustSolve(t, commandCircuit(t, w), b.Assignment) // with its mask it proves: challengeable on-chain
			})
			t.Run("a skip on padding", func(t *testing.T) {
				w, wit := onChainWorld(t, params)
				b := &wit.Commands[2]
				require.Equal(t, 0, b.Assignment.Slots[1].Active, "the test needs a padding slot")
				b.Assignment.Slots[1].Skip = 1
				b.Ends.Skipped.Add(&b.Ends.Skipped, ptr(elem(2)))
				b.Assignment.Public = b.Ends.Hash()
				mustFail(t, commandCircuit(t, w), b.Assignment, "(*CommandCircuit).chainCommands")
			})
		})
	}
}

func elem(v uint64) fr.Element {
	var e fr.Element
	e.SetUint64(v)
	return e
}
