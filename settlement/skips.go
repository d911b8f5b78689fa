package settlement

import (
	"context"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/zkvote/zkvote/contracts/bindings"
)

// Skips: processing skips a join whose nullifier an earlier join has (a
// member who joined through the coordinator and on the Poll contract) and
// a command identical to an earlier one (a copy posted on-chain); each
// batch proof's skip mask is public, the Tally records them, and a wrong
// skip, or a repeat that was not skipped, is challengeable
// (docs/protocol.md, "On-chain voting path").

// skipMasks reads every batch's skip mask of kind k, in the order the
// Challenges contract takes them (joins: log order; commands: newest batch
// first, as proven): the Tally's JoinSkips or CommandSkips events, 0 for a
// batch that has none.
func skipMasks(ctx context.Context, c *Chain, d *Deployment, k Kind) ([]*big.Int, error) {
	t, err := bindings.NewTally(d.Tally, c.Client)
	if err != nil {
		return nil, err
	}
	count, err := boundCount(ctx, t, k)
	if err != nil {
		return nil, err
	}
	n := max(count-1, 0)
	out := make([]*big.Int, n)
	for i := range out {
		out[i] = new(big.Int)
	}
	put := func(i, v *big.Int) {
		if i.IsInt64() && i.Int64() < int64(n) {
			out[i.Int64()] = v
		}
	}
	if err := eachWindow(ctx, c, d.Block, func(filter *bind.FilterOpts) error {
		if k == Commands {
			it, err := t.FilterCommandSkips(filter, nil)
			if err != nil {
				return err
			}
			return each(it, func() error { put(it.Event.Index, it.Event.Skipped); return nil })
		}
		it, err := t.FilterJoinSkips(filter, nil)
		if err != nil {
			return err
		}
		return each(it, func() error { put(it.Event.Batch, it.Event.Skipped); return nil })
	}); err != nil {
		return nil, callErr("Tally", err)
	}
	return out, nil
}

// boundsAndMasks reads the Tally's batch bounds of kind k and their skip
// masks, what a challenge that depends on the skips names batches by.
func boundsAndMasks(ctx context.Context, c *Chain, d *Deployment, k Kind) (bs, masks []*big.Int, err error) {
	if bs, err = bounds(ctx, c, d, k); err != nil {
		return nil, nil, err
	}
	if masks, err = skipMasks(ctx, c, d, k); err != nil {
		return nil, nil, err
	}
	return bs, masks, nil
}

// ReadSkipped sets l.Skipped to the joins and commands the Tally's result
// skipped (its JoinSkips and CommandSkips events).
func ReadSkipped(ctx context.Context, c *Chain, d *Deployment, l *Log) error {
	l.Skipped = Skip{}
	for _, k := range []Kind{Joins, Commands} {
		masks, err := skipMasks(ctx, c, d, k)
		if err != nil {
			return err
		}
		size, err := l.batchSize(k)
		if err != nil {
			return err
		}
		for i, m := range masks {
			b := i // joins: log order; commands: newest first
			if k == Commands {
				b = len(masks) - 1 - i
			}
			for p := 0; p < m.BitLen(); p++ {
				if m.Bit(p) == 1 {
					l.Skipped.Add(k, b*size+p)
				}
			}
		}
	}
	return nil
}

// firstWith returns the first entry of kind k of the log that is the same
// as entry i (a join: its nullifier; a command: its entry), or i.
func (l *Log) firstWith(k Kind, i int) int {
	for j := range i {
		if k == Commands {
			a, b := l.Commands[j].Entry(), l.Commands[i].Entry()
			if a.Equal(&b) {
				return j
			}
		} else if l.Joins[j].Statement.Nullifier.Equal(&l.Joins[i].Statement.Nullifier) {
			return j
		}
	}
	return i
}

// ChallengeSkip challenges entry i of kind k, which the Tally's result
// skipped (a join as a duplicate, a command as a copy): within the answer
// window someone must show the earlier entry it repeats, or the result is
// void.
func ChallengeSkip(ctx context.Context, c *Chain, auth *bind.TransactOpts, d *Deployment, l *Log, k Kind, i int) (uint64, error) {
	b, first, end, p, err := l.span(k, i)
	if err != nil {
		return 0, err
	}
	bs, masks, err := boundsAndMasks(ctx, c, d, k)
	if err != nil {
		return 0, err
	}
	return challengesTx(ctx, c, auth, d, fmt.Sprintf("challenge the skip of %s %d", k, i), func(t *bindings.Challenges, o *bind.TransactOpts) (*types.Transaction, error) {
		if k == Commands {
			return t.ChallengeCommandSkip(o, bs, masks, big.NewInt(int64(b)), l.commandEntries(first, end), big.NewInt(int64(p)))
		}
		return t.ChallengeSkip(o, bs, masks, big.NewInt(int64(b)), l.joinEntries(first, end), big.NewInt(int64(p)))
	})
}

// AnswerSkip answers the skip challenge of entry i of kind k with the first
// entry of the log it repeats.
func AnswerSkip(ctx context.Context, c *Chain, auth *bind.TransactOpts, d *Deployment, l *Log, k Kind, i int) (uint64, error) {
	b, first, end, p, err := l.span(k, i)
	if err != nil {
		return 0, err
	}
	f := l.firstWith(k, i)
	if f == i {
		return 0, fmt.Errorf("%w: no %s before %s %d repeats it: its skip cannot be answered", ErrState, k, k, i)
	}
	b2, first2, end2, p2, err := l.span(k, f)
	if err != nil {
		return 0, err
	}
	bs, err := bounds(ctx, c, d, k)
	if err != nil {
		return 0, err
	}
	n := func(x int) *big.Int { return big.NewInt(int64(x)) }
	return challengesTx(ctx, c, auth, d, fmt.Sprintf("answer the skip challenge of %s %d", k, i), func(t *bindings.Challenges, o *bind.TransactOpts) (*types.Transaction, error) {
		if k == Commands {
			return t.AnswerCommandSkip(o, bs, n(b), l.commandEntries(first, end), n(p), n(b2), l.commandEntries(first2, end2), n(p2))
		}
		return t.AnswerSkip(o, bs, n(b), l.joinEntries(first, end), n(p), n(b2), l.joinEntries(first2, end2), n(p2))
	})
}

// checkCopies reports the commands the result skipped that copy no
// earlier one, and the copies it did not skip.
func (l *Log) checkCopies() []Suspect {
	var out []Suspect
	seen := map[fr.Element]int{}
	for i, m := range l.Commands {
		e := m.Entry()
		k, dup := seen[e]
		switch {
		case dup && !l.Skipped[Commands][i]:
			out = append(out, Suspect{Kind: Commands, Index: i, Duplicate: k, Reason: fmt.Sprintf("a copy of command %d that counted", k)})
		case !dup && l.Skipped[Commands][i]:
			out = append(out, Suspect{Kind: Commands, Index: i, Duplicate: -1, Skipped: true, Reason: "skipped as a copy, but no earlier command is the same"})
		}
		if !dup {
			seen[e] = i
		}
	}
	return out
}
