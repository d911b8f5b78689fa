package process

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/message"
)

// ErrEnds is returned by CheckEnds when batch boundaries do not chain.
var ErrEnds = fmt.Errorf("process: batch boundaries do not chain")

// CheckEnds checks what a verifier checks besides each batch proof: that
// the boundary values chain from the poll's chain start to the sealed
// chain hash (and the on-chain sub-chain from SubChainStart to onChain,
// the Poll contract's value; SubChainStart for a poll with no on-chain
// entries), from the empty state through every join and command batch
// to final, whose commitment it opens. With every proof verified against
// its ends' Hash, final's totals are the proven result.
func CheckEnds(params circuits.Params, pollID, sealed, onChain fr.Element, splits []SplitEnds, joins []JoinEnds, commands []CommandEnds, final *State) error {
	r := final.Result()
	return CheckResult(params, pollID, sealed, onChain, splits, joins, commands, &r)
}

// CheckResult is CheckEnds for a published result, which opens the last
// commitment without the state root (Result).
func CheckResult(params circuits.Params, pollID, sealed, onChain fr.Element, splits []SplitEnds, joins []JoinEnds, commands []CommandEnds, final *Result) error {
	fail := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrEnds, fmt.Sprintf(format, args...))
	}
	eq := func(a, b fr.Element) bool { return a.Equal(&b) }
	chain, joinChain, cmdChain, onChainChain := message.ChainStart(pollID), SubChainStart(), SubChainStart(), SubChainStart()
	for i, s := range splits {
		if !eq(s.ChainIn, chain) || !eq(s.JoinChainIn, joinChain) || !eq(s.CmdChainIn, cmdChain) || !eq(s.OnChainIn, onChainChain) {
			return fail("split %d does not start where split %d ended", i, i-1)
		}
		chain, joinChain, cmdChain, onChainChain = s.ChainOut, s.JoinChainOut, s.CmdChainOut, s.OnChainOut
	}
	if !eq(chain, sealed) {
		return fail("the splits end at another chain hash than the sealed one")
	}
	if !eq(onChainChain, onChain) {
		return fail("the log's on-chain entries are not the Poll contract's (the splits end at another on-chain sub-chain)")
	}
	empty := EmptyState(params)
	state, jc := empty.Commitment(), SubChainStart()
	for i, j := range joins {
		if !eq(j.JoinChainIn, jc) || !eq(j.StateIn, state) {
			return fail("join batch %d does not start where batch %d ended", i, i-1)
		}
		jc, state = j.JoinChainOut, j.StateOut
	}
	if !eq(jc, joinChain) {
		return fail("the join batches do not cover the log's joins")
	}
	cc := SubChainStart()
	for i, c := range commands {
		if !eq(c.PollID, pollID) {
			return fail("command batch %d is for another poll", i)
		}
		if !eq(c.CmdChainIn, cc) {
			return fail("command batch %d does not start where batch %d ended", i, i-1)
		}
		cc = c.CmdChainOut
	}
	if !eq(cc, cmdChain) {
		return fail("the command batches do not cover the log's commands")
	}
	for i := len(commands) - 1; i >= 0; i-- {
		if !eq(commands[i].StateIn, state) {
			return fail("command batch %d does not start from the state the newer commands left", i)
		}
		state = commands[i].StateOut
	}
	if len(final.Totals) != params.MaxVoteOptions || len(final.Squares) != params.MaxVoteOptions {
		return fail("the final state has %d totals, want %d", len(final.Totals), params.MaxVoteOptions)
	}
	if !eq(final.Commitment(), state) {
		return fail("the published result does not open the last commitment")
	}
	return nil
}

// Ends returns the boundary values of every batch of w.
func (w *Witness) Ends() (splits []SplitEnds, joins []JoinEnds, commands []CommandEnds) {
	for _, b := range w.Splits {
		splits = append(splits, b.Ends)
	}
	for _, b := range w.Joins {
		joins = append(joins, b.Ends)
	}
	for _, b := range w.Commands {
		commands = append(commands, b.Ends)
	}
	return splits, joins, commands
}
