package settlement

import (
	"context"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/zkvote/zkvote/contracts/bindings"
	"github.com/zkvote/zkvote/contracts/solverifier"
	"github.com/zkvote/zkvote/internal/fieldhex"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/receipt"
)

// Anchor posts the sealed log's chain hash and entry count to the Poll
// contract, from the coordinator's account (auth). Anchoring the same seal
// again is a no-op; another seal is refused by the contract.
func Anchor(ctx context.Context, c *Chain, auth *bind.TransactOpts, d *Deployment, seal *receipt.Seal) (uint64, error) {
	p, err := bindings.NewPoll(d.Poll, c.Client)
	if err != nil {
		return 0, err
	}
	call := &bind.CallOpts{Context: ctx}
	sealed, err := p.IsSealed(call)
	if err != nil {
		return 0, callErr("Poll.isSealed", err)
	}
	if sealed {
		h, err := p.SealedChainHash(call)
		if err != nil {
			return 0, callErr("Poll.sealedChainHash", err)
		}
		if h.Cmp(bigOf(seal.ChainHash)) != 0 {
			return 0, fmt.Errorf("%w: the Poll contract is anchored at chain hash %#x, the log's seal is %s", ErrMismatch, h, fieldhex.Encode(seal.ChainHash))
		}
		return 0, nil
	}
	opts := *auth
	opts.Context = ctx
	tx, err := p.Anchor(&opts, bigOf(seal.ChainHash), seal.Count)
	r, err := c.mined(ctx, "anchor the sealed log", tx, err)
	if err != nil {
		return 0, err
	}
	return r.GasUsed, nil
}

// checkAnchor fails early, with a clear message, when the Poll contract is
// not anchored, or anchored at another chain hash than the one t's splits
// end at.
func checkAnchor(ctx context.Context, c *Chain, d *Deployment, t *poll.Tally) error {
	p, err := bindings.NewPoll(d.Poll, c.Client)
	if err != nil {
		return err
	}
	call := &bind.CallOpts{Context: ctx}
	sealed, err := p.IsSealed(call)
	if err != nil {
		return callErr("Poll.isSealed", err)
	}
	if !sealed {
		return fmt.Errorf("%w: the poll is not anchored yet (the coordinator's account runs zkvote anchor)", ErrState)
	}
	h, err := p.SealedChainHash(call)
	if err != nil {
		return callErr("Poll.sealedChainHash", err)
	}
	if n := len(t.Splits); n > 0 && h.Cmp(bigOf(t.Splits[n-1].Ends.ChainOut)) != 0 {
		return fmt.Errorf("%w: the Poll contract is anchored at chain hash %#x, the tally covers %s", ErrMismatch, h, fieldhex.Encode(t.Splits[n-1].Ends.ChainOut))
	}
	return nil
}

// Tx is one settlement transaction.
type Tx struct {
	Kind   string // "splits", "joins", "commands", "publish"
	Proofs int
	Gas    uint64
}

// Settlement reports what Settle sent.
type Settlement struct {
	Txs     []Tx
	Skipped int // proofs the contract already held (a resumed settlement)
	Totals  []*big.Int
	Spent   []*big.Int
	Joins   uint64
}

// Gas is the total gas of the settlement's transactions.
func (s *Settlement) Gas() uint64 {
	var g uint64
	for _, t := range s.Txs {
		g += t.Gas
	}
	return g
}

// SettleOptions tune Settle.
type SettleOptions struct {
	// PerTx is how many proofs one transaction carries (default 8).
	PerTx int
	// Progress, when set, is told how many proofs of how many are on-chain.
	Progress func(done, total int)
}

type item struct {
	kind  string
	outs  []*big.Int
	proof []byte
}

// Settle posts a proven tally to the Tally contract: every split, join and
// command proof (newest command batch first) in transactions of
// opts.PerTx proofs, then the opening of the final state. It reads how far
// the contract already is and sends only the rest, so a settlement cut
// short resumes where it stopped. The Poll contract must be anchored at
// the seal the tally covers.
func Settle(ctx context.Context, c *Chain, auth *bind.TransactOpts, d *Deployment, t *poll.Tally, opts SettleOptions) (*Settlement, error) {
	if t == nil {
		return nil, fmt.Errorf("%w: no proven tally", ErrConfig)
	}
	if opts.PerTx <= 0 {
		opts.PerTx = 8
	}
	tally, err := bindings.NewTally(d.Tally, c.Client)
	if err != nil {
		return nil, err
	}
	call := &bind.CallOpts{Context: ctx}
	if err := checkAnchor(ctx, c, d, t); err != nil {
		return nil, err
	}
	var items []item
	add := func(kind string, proofBytes []byte, outs ...fr.Element) error {
		p, err := solverifier.Proof(proofBytes)
		if err != nil {
			return fmt.Errorf("%s proof %d: %w", kind, len(items), err)
		}
		it := item{kind: kind, proof: p}
		for _, o := range outs {
			it.outs = append(it.outs, bigOf(o))
		}
		items = append(items, it)
		return nil
	}
	for _, s := range t.Splits {
		if err := add("splits", s.Proof, s.Ends.ChainOut, s.Ends.JoinChainOut, s.Ends.CmdChainOut, s.Ends.OnChainOut); err != nil {
			return nil, err
		}
	}
	for _, j := range t.Joins {
		if err := add("joins", j.Proof, j.Ends.JoinChainOut, j.Ends.StateOut, j.Ends.Skipped); err != nil {
			return nil, err
		}
	}
	for i := len(t.Commands) - 1; i >= 0; i-- {
		cm := t.Commands[i]
		if err := add("commands", cm.Proof, cm.Ends.CmdChainIn, cm.Ends.StateOut, cm.Ends.Skipped); err != nil {
			return nil, err
		}
	}
	done, err := tally.Proofs(call)
	if err != nil {
		return nil, callErr("Tally.proofs", err)
	}
	out := &Settlement{Skipped: int(done.Int64())}
	if out.Skipped > len(items) {
		return nil, fmt.Errorf("%w: the Tally contract holds %d proofs, this tally has %d", ErrMismatch, out.Skipped, len(items))
	}
	tx := *auth
	tx.Context = ctx
	report := func(n int) {
		if opts.Progress != nil {
			opts.Progress(n, len(items))
		}
	}
	report(out.Skipped)
	for i := out.Skipped; i < len(items); {
		j := i
		for j < len(items) && j-i < opts.PerTx && items[j].kind == items[i].kind {
			j++
		}
		batch := items[i:j]
		proofs := make([][]byte, len(batch))
		for k, it := range batch {
			proofs[k] = it.proof
		}
		var sent *bindTx
		switch items[i].kind {
		case "splits":
			outs := make([][4]*big.Int, len(batch))
			for k, it := range batch {
				outs[k] = [4]*big.Int{it.outs[0], it.outs[1], it.outs[2], it.outs[3]}
			}
			sent = wrap(tally.ProveSplits(&tx, outs, proofs))
		case "joins":
			outs := make([][3]*big.Int, len(batch))
			for k, it := range batch {
				outs[k] = [3]*big.Int{it.outs[0], it.outs[1], it.outs[2]}
			}
			sent = wrap(tally.ProveJoins(&tx, outs, proofs))
		case "commands":
			outs := make([][3]*big.Int, len(batch))
			for k, it := range batch {
				outs[k] = [3]*big.Int{it.outs[0], it.outs[1], it.outs[2]}
			}
			sent = wrap(tally.ProveCommands(&tx, outs, proofs))
		}
		r, err := c.mined(ctx, fmt.Sprintf("%s proofs %d to %d of %d", items[i].kind, i+1, j, len(items)), sent.tx, sent.err)
		if err != nil {
			return out, err
		}
		out.Txs = append(out.Txs, Tx{Kind: items[i].kind, Proofs: len(batch), Gas: r.GasUsed})
		i = j
		report(i)
	}

	isDone, err := tally.Done(call)
	if err != nil {
		return out, callErr("Tally.done", err)
	}
	if !isDone {
		f := t.Final
		totals, squares := make([]*big.Int, len(f.Totals)), make([]*big.Int, len(f.Squares))
		for o := range f.Totals {
			totals[o], squares[o] = bigOf(f.Totals[o]), bigOf(f.Squares[o])
		}
		ptx, err := tally.Publish(&tx, bigOf(f.Blinded), f.Joins, totals, squares)
		r, err := c.mined(ctx, "publish the result", ptx, err)
		if err != nil {
			return out, err
		}
		out.Txs = append(out.Txs, Tx{Kind: "publish", Gas: r.GasUsed})
	}
	if out.Totals, err = tally.Totals(call); err != nil {
		return out, callErr("Tally.totals", err)
	}
	if out.Spent, err = tally.Spent(call); err != nil {
		return out, callErr("Tally.spent", err)
	}
	joins, err := tally.Joins(call)
	if err != nil {
		return out, callErr("Tally.joins", err)
	}
	out.Joins = joins.Uint64()
	return out, nil
}
