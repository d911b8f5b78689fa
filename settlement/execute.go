package settlement

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/zkvote/zkvote/contracts/bindings"
)

type bindTx struct {
	tx  *types.Transaction
	err error
}

func wrap(tx *types.Transaction, err error) *bindTx { return &bindTx{tx, err} }

// Status is an Executor's state.
type Status struct {
	Tallied   bool
	Passed    bool
	Queued    bool
	ETA       time.Time // when the payload may run, once queued
	Vetoes    int
	Needed    int
	Cancelled bool
	Executed  bool
	// The Tally's and Challenges' side: whether the result is final (its
	// challenge window over, every challenge answered) or void.
	Tally TallyStatus
}

func (d *Deployment) executor(c *Chain) (*bindings.Executor, error) {
	if d.Executor == nil {
		return nil, fmt.Errorf("%w: the poll has no execution payload, so no Executor", ErrState)
	}
	return bindings.NewExecutor(*d.Executor, c.Client)
}

// ExecutorStatus reads the Executor's state.
func ExecutorStatus(ctx context.Context, c *Chain, d *Deployment) (*Status, error) {
	e, err := d.executor(c)
	if err != nil {
		return nil, err
	}
	call := &bind.CallOpts{Context: ctx}
	tally, err := bindings.NewTally(d.Tally, c.Client)
	if err != nil {
		return nil, err
	}
	s := &Status{}
	var eta, vetoes, needed *big.Int
	for _, f := range []func() error{
		func() (err error) { s.Tallied, err = tally.Done(call); return },
		func() (err error) { s.Passed, err = e.Passed(call); return },
		func() (err error) { s.Queued, err = e.Queued(call); return },
		func() (err error) { eta, err = e.Eta(call); return },
		func() (err error) { vetoes, err = e.Vetoes(call); return },
		func() (err error) { needed, err = e.VetoThreshold(call); return },
		func() (err error) { s.Cancelled, err = e.Cancelled(call); return },
		func() (err error) { s.Executed, err = e.Executed(call); return },
	} {
		if err := f(); err != nil {
			return nil, callErr("Executor", err)
		}
	}
	if s.Queued {
		s.ETA = time.Unix(eta.Int64(), 0).UTC()
	}
	ts, err := ReadTallyStatus(ctx, c, d)
	if err != nil {
		return nil, err
	}
	s.Tally = *ts
	s.Vetoes, s.Needed = int(vetoes.Int64()), int(needed.Int64())
	return s, nil
}

// Queue queues a passed proposal's payload on the timelock.
func Queue(ctx context.Context, c *Chain, auth *bind.TransactOpts, d *Deployment) (uint64, error) {
	return executorTx(ctx, c, auth, d, "queue the payload", func(e *bindings.Executor, o *bind.TransactOpts) (*types.Transaction, error) {
		return e.Queue(o)
	})
}

// Veto casts auth's council veto.
func Veto(ctx context.Context, c *Chain, auth *bind.TransactOpts, d *Deployment) (uint64, error) {
	return executorTx(ctx, c, auth, d, "veto", func(e *bindings.Executor, o *bind.TransactOpts) (*types.Transaction, error) {
		return e.Veto(o)
	})
}

// Execute runs the queued payload once the timelock allows.
func Execute(ctx context.Context, c *Chain, auth *bind.TransactOpts, d *Deployment) (uint64, error) {
	return executorTx(ctx, c, auth, d, "execute the payload", func(e *bindings.Executor, o *bind.TransactOpts) (*types.Transaction, error) {
		return e.Execute(o)
	})
}

func executorTx(ctx context.Context, c *Chain, auth *bind.TransactOpts, d *Deployment, what string,
	send func(*bindings.Executor, *bind.TransactOpts) (*types.Transaction, error)) (uint64, error) {
	e, err := d.executor(c)
	return transact(ctx, c, auth, what, e, err, send)
}

// transact sends one transaction to a bound contract (b, or the error of
// binding it) from auth, and waits until it is mined.
func transact[B any](ctx context.Context, c *Chain, auth *bind.TransactOpts, what string, b B, err error,
	send func(B, *bind.TransactOpts) (*types.Transaction, error)) (uint64, error) {
	if err != nil {
		return 0, err
	}
	opts := *auth
	opts.Context = ctx
	tx, err := send(b, &opts)
	r, err := c.mined(ctx, what, tx, err)
	if err != nil {
		return 0, err
	}
	return r.GasUsed, nil
}
