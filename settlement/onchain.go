package settlement

import (
	"context"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/ratelimit"
	"github.com/zkvote/zkvote/contracts/bindings"
	"github.com/zkvote/zkvote/contracts/solverifier"
	"github.com/zkvote/zkvote/poll"
)

// The on-chain voting path (docs/protocol.md, "On-chain voting path"): a
// voter who does not want to depend on the coordinator posts the join
// (join+vote proof and all) to the poll's Poll contract, which checks it
// as intake does and extends its on-chain sub-chain; the coordinator must
// log it, in the contract's order, for the result to settle.

// Posted is what JoinOnChain or CommandOnChain did: the entry's index
// among the Poll contract's entries, and the gas.
type Posted struct {
	Index uint64
	Gas   uint64
}

// JoinOnChain posts a join (and, in a poll with command passes, the
// voter's rate set registration; nil otherwise) to the Poll contract of
// deployment d.
func JoinOnChain(ctx context.Context, c *Chain, auth *bind.TransactOpts, d *Deployment, j *poll.Join, reg *ratelimit.Registration) (*Posted, error) {
	p, err := bindings.NewPoll(d.Poll, c.Client)
	if err != nil {
		return nil, err
	}
	proof, err := solverifier.Proof(j.Proof)
	if err != nil {
		return nil, fmt.Errorf("%w: the join's proof: %w", ErrConfig, err)
	}
	st := &j.Statement
	arg := bindings.PollJoin{Nullifier: bigOf(st.Nullifier), Leaf: bigOf(st.StateLeaf),
		EphemeralKey: pointOf(&st.EphemeralKey), PollKey: pointOf(&st.PollKey), Ciphertext: bigsOf(st.Ciphertext), Proof: proof,
		Registration: []*big.Int{}}
	if reg != nil {
		arg.Registration = append(bigsOf(reg.Identities[:]), bigOf(reg.Signature.R.X), bigOf(reg.Signature.R.Y), new(big.Int).Set(&reg.Signature.S))
	}
	opts := *auth
	opts.Context = ctx
	tx, err := p.Join(&opts, arg)
	r, err := c.mined(ctx, "join on-chain", tx, err)
	if err != nil {
		return nil, err
	}
	for _, l := range r.Logs {
		if ev, err := p.ParseOnChainJoin(*l); err == nil && l.Address == d.Poll {
			return &Posted{Index: ev.Index, Gas: r.GasUsed}, nil
		}
	}
	return nil, fmt.Errorf("%w: the join was mined without its OnChainJoin event", ErrState)
}

// CommandOnChain posts a command (a re-vote or key change, with its
// opening and command proof in a poll with command proofs) to the Poll
// contract of deployment d; it returns the command's index among the
// contract's entries and the gas.
func CommandOnChain(ctx context.Context, c *Chain, auth *bind.TransactOpts, d *Deployment, m *poll.Command) (*Posted, error) {
	p, err := bindings.NewPoll(d.Poll, c.Client)
	if err != nil {
		return nil, err
	}
	arg := bindings.PollCommand{EphemeralKey: pointOf(&m.EphemeralKey), Ciphertext: bigsOf(m.Ciphertext), Opening: new(big.Int), Proof: []byte{}}
	if m.Opening != nil {
		if arg.Proof, err = solverifier.Proof(m.Proof); err != nil {
			return nil, fmt.Errorf("%w: the command's proof: %w", ErrConfig, err)
		}
		arg.Opening = bigOf(*m.Opening)
	}
	opts := *auth
	opts.Context = ctx
	tx, err := p.Command(&opts, arg)
	r, err := c.mined(ctx, "command on-chain", tx, err)
	if err != nil {
		return nil, err
	}
	for _, l := range r.Logs {
		if ev, err := p.ParseOnChainCommand(*l); err == nil && l.Address == d.Poll {
			return &Posted{Index: ev.Index, Gas: r.GasUsed}, nil
		}
	}
	return nil, fmt.Errorf("%w: the command was mined without its OnChainCommand event", ErrState)
}

func pointOf(p *babyjub.Point) [2]*big.Int { return [2]*big.Int{bigOf(p.X), bigOf(p.Y)} }

func bigsOf(xs []fr.Element) []*big.Int {
	out := make([]*big.Int, len(xs))
	for i := range xs {
		out[i] = bigOf(xs[i])
	}
	return out
}

// OnChainEntry is one entry of a Poll contract, as the coordinator logs
// it: Entry has OnChain (its index), its content and EntryHash set;
// Registration is the rate set registration the join carried (nil: none,
// or not one that parses).
type OnChainEntry struct {
	Entry        *poll.Entry
	Registration *ratelimit.Registration
}

// OnChainEntries reads the entries of the Poll contract at pollAddr
// (deployed in block `block`) from index from on, in its order, as they
// stand `confirmations` blocks below the chain's head, and whether it
// takes no more (that block has passed the poll's end, so they are all).
// pollID is the poll's, for the joins' statements. A log must never take
// an entry a reorganisation could drop: the Tally would then refuse it.
func OnChainEntries(ctx context.Context, c *Chain, pollAddr common.Address, block uint64, pollID fr.Element, from, confirmations uint64) ([]OnChainEntry, bool, error) {
	p, err := bindings.NewPoll(pollAddr, c.Client)
	if err != nil {
		return nil, false, err
	}
	head, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, false, fmt.Errorf("%w: %w", ErrChain, err)
	}
	if confirmations > 0 {
		if head.Number.Uint64() < block+confirmations {
			return nil, false, nil
		}
		if head, err = c.Client.HeaderByNumber(ctx, new(big.Int).Sub(head.Number, new(big.Int).SetUint64(confirmations))); err != nil {
			return nil, false, fmt.Errorf("%w: %w", ErrChain, err)
		}
	}
	at := &bind.CallOpts{Context: ctx, BlockNumber: head.Number}
	end, err := p.End(at)
	if err != nil {
		return nil, false, callErr("Poll.end", err)
	}
	count, err := p.OnChainEntries(at)
	if err != nil {
		return nil, false, callErr("Poll.onChainEntries", err)
	}
	closed := end != 0 && head.Time >= end
	if count <= from {
		return nil, closed, nil
	}
	byIndex := map[uint64]OnChainEntry{}
	var decodeErr error
	keep := func(index uint64, e OnChainEntry, err error) {
		if index < from || index >= count {
			return
		}
		if err != nil && decodeErr == nil {
			decodeErr = fmt.Errorf("%w: Poll contract entry %d: %w", ErrState, index, err)
		}
		byIndex[index] = e
	}
	q := func(filter *bind.FilterOpts) error {
		it, err := p.FilterOnChainJoin(filter, nil)
		if err != nil {
			return err
		}
		if err := each(it, func() error {
			e, err := onChainJoin(pollID, it.Event)
			keep(it.Event.Index, e, err)
			return nil
		}); err != nil {
			return err
		}
		ic, err := p.FilterOnChainCommand(filter, nil)
		if err != nil {
			return err
		}
		return each(ic, func() error {
			e, err := onChainCommand(ic.Event)
			keep(ic.Event.Index, e, err)
			return nil
		})
	}
	last := head.Number.Uint64()
	if err := eachWindowTo(ctx, c, block, last, q); err != nil {
		return nil, false, callErr("Poll", err)
	}
	if decodeErr != nil {
		return nil, false, decodeErr
	}
	out := make([]OnChainEntry, 0, count-from)
	for i := from; i < count; i++ {
		e, ok := byIndex[i]
		if !ok {
			return nil, false, fmt.Errorf("%w: the node returned no event for Poll contract entry %d of %d", ErrState, i, count)
		}
		out = append(out, e)
	}
	return out, closed, nil
}

// fields reads the field elements an event carries.
func fields(xs ...*big.Int) ([]fr.Element, error) {
	out := make([]fr.Element, len(xs))
	for i, x := range xs {
		if x.Sign() < 0 || x.Cmp(fr.Modulus()) >= 0 {
			return nil, fmt.Errorf("%#x is not a field element", x)
		}
		out[i].SetBigInt(x)
	}
	return out, nil
}

// onChainCommand is the log entry of an OnChainCommand event.
func onChainCommand(ev *bindings.PollOnChainCommand) (OnChainEntry, error) {
	var e OnChainEntry
	head, err := fields(ev.EphemeralKey[0], ev.EphemeralKey[1], ev.Entry, ev.Opening)
	if err != nil {
		return e, err
	}
	ct, err := fields(ev.Ciphertext...)
	if err != nil {
		return e, err
	}
	m := &poll.Command{EphemeralKey: babyjub.Point{X: head[0], Y: head[1]}, Ciphertext: ct}
	if len(ev.Proof) > 0 { // a poll with command proofs
		if m.Proof, err = solverifier.ProofFromSolidity(ev.Proof); err != nil {
			return e, err
		}
		m.Opening = &head[3]
	}
	index := ev.Index
	e.Entry = &poll.Entry{Command: m, EntryHash: head[2], OnChain: &index}
	return e, nil
}

// onChainJoin is the log entry of an OnChainJoin event.
func onChainJoin(pollID fr.Element, ev *bindings.PollOnChainJoin) (OnChainEntry, error) {
	var e OnChainEntry
	head, err := fields(ev.Nullifier, ev.Leaf, ev.PollKey[0], ev.PollKey[1], ev.EphemeralKey[0], ev.EphemeralKey[1], ev.Entry)
	if err != nil {
		return e, err
	}
	ct, err := fields(ev.Ciphertext...)
	if err != nil {
		return e, err
	}
	st := joinvote.Statement{PollID: pollID, Nullifier: head[0], StateLeaf: head[1],
		PollKey: babyjub.Point{X: head[2], Y: head[3]}, EphemeralKey: babyjub.Point{X: head[4], Y: head[5]}, Ciphertext: ct}
	st.MessageHash = joinvote.MessageHash(&st.EphemeralKey, &st.PollKey, st.Ciphertext)
	proof, err := solverifier.ProofFromSolidity(ev.Proof)
	if err != nil {
		return e, err
	}
	index := ev.Index
	e.Entry = &poll.Entry{Join: &poll.Join{Statement: st, Proof: proof}, EntryHash: head[6], OnChain: &index}
	// A registration that does not parse registers nothing (the
	// coordinator checks the signature of one that does).
	if len(ev.Registration) == 7 {
		if r, err := fields(ev.Registration[:6]...); err == nil {
			reg := &ratelimit.Registration{}
			copy(reg.Identities[:], r[:4])
			reg.Signature.R = babyjub.Point{X: r[4], Y: r[5]}
			reg.Signature.S.Set(ev.Registration[6])
			e.Registration = reg
		}
	}
	return e, nil
}

// CheckPollContract checks that the contract at pollAddr is the Poll
// contract of the poll with this ID and definition: its poll ID, and the
// end time until which it takes joins.
func CheckPollContract(ctx context.Context, c *Chain, pollAddr common.Address, pollID fr.Element, def *poll.Definition) error {
	p, err := bindings.NewPoll(pollAddr, c.Client)
	if err != nil {
		return err
	}
	call := &bind.CallOpts{Context: ctx}
	id, err := p.PollId(call)
	if err != nil {
		return fmt.Errorf("%w: %s is not a Poll contract: %w", ErrMismatch, pollAddr, err)
	}
	if id.Cmp(bigOf(pollID)) != 0 {
		return fmt.Errorf("%w: the Poll contract at %s is poll %#x's, not this poll's", ErrMismatch, pollAddr, id)
	}
	end, err := p.End(call)
	if err != nil {
		return callErr("Poll.end", err)
	}
	if def.End == nil || end != uint64(def.End.Unix()) {
		return fmt.Errorf("%w: the Poll contract ends at %d, the definition at %v", ErrMismatch, end, def.End)
	}
	return nil
}

// OnChainCount is how many entries the Poll contract of d took.
func OnChainCount(ctx context.Context, c *Chain, d *Deployment) (uint64, error) {
	p, err := bindings.NewPoll(d.Poll, c.Client)
	if err != nil {
		return 0, err
	}
	n, err := p.OnChainEntries(&bind.CallOpts{Context: ctx})
	if err != nil {
		return 0, callErr("Poll.onChainEntries", err)
	}
	return n, nil
}
