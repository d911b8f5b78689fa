package snapshot

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"os"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"golang.org/x/sync/errgroup"
)

// saveEvery bounds how often the resume state is rewritten.
const saveEvery = 2 * time.Second

// Take reads the voting power of a token's holders at a block and weighs it
// by the rule (see the package documentation for what is read and how).
// On failure it leaves the resume state (WithStateFile) for the next run.
func Take(ctx context.Context, chain Chain, token common.Address, block uint64, opts ...Option) (*Snapshot, error) {
	cfg, err := newConfig(opts)
	if err != nil {
		return nil, err
	}
	if cfg.fromBlock > block {
		return nil, fmt.Errorf("%w: first block %d is after the snapshot block %d", ErrInvalidOption, cfg.fromBlock, block)
	}
	chainID, err := chain.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading the chain ID: %w", err)
	}
	if cfg.chainID != nil && cfg.chainID.Cmp(chainID) != 0 {
		return nil, fmt.Errorf("%w: the node's chain ID is %s, not %s", ErrWrongChain, chainID, cfg.chainID)
	}
	h, err := header(ctx, chain, block)
	if err != nil {
		return nil, err
	}
	if cfg.blockHash != nil && h.Hash() != *cfg.blockHash {
		return nil, fmt.Errorf("%w: block %d is %s on this node, not %s", ErrReorg, block, h.Hash().Hex(), cfg.blockHash.Hex())
	}
	code, err := chain.CodeAt(ctx, token, h.Number)
	if err != nil {
		return nil, fmt.Errorf("reading the token's code: %w", err)
	}
	if len(code) == 0 {
		return nil, fmt.Errorf("%w: no code at %s at block %d", ErrNotContract, token.Hex(), block)
	}

	t := &taker{cfg: cfg, chain: chain, token: token, block: h, rd: &reader{chain: chain, token: token, block: h}}
	snap := &Snapshot{ChainID: chainID, Token: token, Block: BlockRef{Number: block, Hash: h.Hash(), Time: h.Time},
		Mode: cfg.mode, FromBlock: cfg.fromBlock}
	if cfg.mode == ModeVotes {
		if err := t.pastVotesClock(ctx, snap); err != nil {
			return nil, err
		}
	}
	// The token itself as a probe account: ERC-721 reverts balanceOf(0).
	if _, err := t.rd.power(ctx, cfg.mode, token, snap.Timepoint); err != nil {
		return nil, err
	}

	st, err := resume(cfg.statePath, newState(chainID, token, block, h.Hash(), cfg.mode, cfg.fromBlock))
	if err != nil {
		return nil, err
	}
	t.st = st
	if err := t.scan(ctx); err != nil {
		return nil, t.keep(err)
	}
	holdings, err := t.read(ctx, snap.Timepoint)
	if err != nil {
		return nil, t.keep(err)
	}
	// Every call read the block's (or, for getPastVotes, the head's) state
	// by hash; a reorg under the block since the start shows here.
	now, err := header(ctx, chain, block)
	if err != nil {
		return nil, t.keep(err)
	}
	if now.Hash() != h.Hash() {
		return nil, fmt.Errorf("%w: block %d changed from %s to %s during the snapshot; run it again", ErrReorg, block, h.Hash().Hex(), now.Hash().Hex())
	}
	snap.Candidates = len(holdings)
	if snap.Entries, snap.Rule, err = Apply(holdings, cfg.rule); err != nil {
		return nil, t.keep(err) // the powers stay saved: a new rule needs no new reads
	}
	if cfg.statePath != "" {
		if err := os.Remove(cfg.statePath); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
	}
	return snap, nil
}

// taker holds one run of Take.
type taker struct {
	cfg     config
	chain   Chain
	token   common.Address
	block   *types.Header
	rd      *reader
	st      *state
	saved   time.Time
	logged  time.Time
	lastLog Progress
}

// pastVotesClock reads the token's clock mode, sets the timepoint asked of
// getPastVotes, and points the calls at the head: getPastVotes answers only
// for a timepoint before the token's clock, so the block must be in the past.
func (t *taker) pastVotesClock(ctx context.Context, snap *Snapshot) error {
	head, err := t.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("reading the head: %w", err)
	}
	t.rd.block = head
	snap.ClockMode = t.rd.clockMode(ctx)
	if isTimestampClock(snap.ClockMode) {
		snap.Timepoint = t.block.Time
		if head.Time <= t.block.Time {
			return fmt.Errorf("%w: the token's clock counts seconds and block %d (time %d) is not before the head's time %d; wait for a later block",
				ErrFutureBlock, snap.Block.Number, t.block.Time, head.Time)
		}
		return nil
	}
	snap.Timepoint = snap.Block.Number
	if head.Number.Uint64() <= snap.Block.Number {
		return fmt.Errorf("%w: getPastVotes needs block %d to be in the past, and it is the head; wait for a later block",
			ErrFutureBlock, snap.Block.Number)
	}
	return nil
}

// keep saves the state after a failure so that the next run resumes, and
// returns err.
func (t *taker) keep(err error) error {
	if serr := t.st.save(t.cfg.statePath); serr != nil {
		return fmt.Errorf("%w (and %v)", err, serr)
	}
	return err
}

// report passes progress on, logs it at most every logEvery, and saves the
// state at most every saveEvery.
func (t *taker) report(p Progress) error {
	if t.cfg.progress != nil {
		t.cfg.progress(p)
	}
	now := time.Now()
	final := p.Done == p.Total
	if t.cfg.logger != nil && (final || now.Sub(t.logged) >= t.cfg.logEvery) && p != t.lastLog {
		t.cfg.logger.Info("snapshot progress", "phase", p.Phase, "done", p.Done, "total", p.Total)
		t.logged, t.lastLog = now, p
	}
	if final || now.Sub(t.saved) >= saveEvery {
		t.saved = now
		return t.st.save(t.cfg.statePath)
	}
	return nil
}

// scan collects candidates from the token's logs up to the block, page by
// page from where the state stands.
func (t *taker) scan(ctx context.Context) error {
	topic, what := transferTopic, "Transfer"
	if t.cfg.mode == ModeVotes {
		topic, what = delegateVotesChangedTopic, "DelegateVotesChanged"
	}
	last := t.block.Number.Uint64()
	total := last - t.st.FromBlock + 1
	page := t.cfg.pageSize
	for t.st.NextBlock <= last {
		end := last
		if t.st.NextBlock+page-1 < last {
			end = t.st.NextBlock + page - 1
		}
		logs, err := t.chain.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(t.st.NextBlock), ToBlock: new(big.Int).SetUint64(end),
			Addresses: []common.Address{t.token}, Topics: [][]common.Hash{{topic}},
		})
		if err != nil {
			// A JSON-RPC error (too many results, range too wide) on a page
			// of several blocks: ask again for half. A dead connection or a
			// cancelled context is not retried.
			var rpcErr rpc.Error
			if page > 1 && ctx.Err() == nil && errors.As(err, &rpcErr) {
				page /= 2
				continue
			}
			return fmt.Errorf("reading %s logs of blocks %d-%d: %w", what, t.st.NextBlock, end, err)
		}
		for _, l := range logs {
			if !l.Removed {
				t.st.add(candidate(t.cfg.mode, l))
			}
		}
		t.st.NextBlock = end + 1
		if err := t.report(Progress{Phase: "logs", Done: end + 1 - t.st.FromBlock, Total: total}); err != nil {
			return err
		}
	}
	return nil
}

// candidate returns the account a log names: the recipient of a Transfer,
// the delegate of a DelegateVotesChanged. Tokens that do not index these
// parameters carry them in the data.
func candidate(mode Mode, l types.Log) common.Address {
	switch {
	case mode == ModeBalance && len(l.Topics) >= 3:
		return common.BytesToAddress(l.Topics[2][:])
	case mode == ModeBalance && len(l.Topics) == 1 && len(l.Data) >= 64:
		return common.BytesToAddress(l.Data[32:64])
	case mode == ModeVotes && len(l.Topics) >= 2:
		return common.BytesToAddress(l.Topics[1][:])
	case mode == ModeVotes && len(l.Topics) == 1 && len(l.Data) >= 96:
		return common.BytesToAddress(l.Data[0:32])
	}
	return common.Address{}
}

// read reads the power of every candidate not read yet, a few at a time.
func (t *taker) read(ctx context.Context, timepoint uint64) ([]Holding, error) {
	var todo []common.Address
	for _, a := range t.st.Accounts {
		if _, ok := t.st.Powers[a.Hex()]; !ok {
			todo = append(todo, a)
		}
	}
	type result struct {
		account common.Address
		power   *big.Int
	}
	results := make(chan result)
	errc := make(chan error, 1)
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(t.cfg.concurrency)
	go func() {
		for _, a := range todo {
			if gctx.Err() != nil {
				break
			}
			g.Go(func() error {
				p, err := t.rd.power(gctx, t.cfg.mode, a, timepoint)
				if err != nil {
					return fmt.Errorf("reading the power of %s: %w", a.Hex(), err)
				}
				select {
				case results <- result{a, p}:
					return nil
				case <-gctx.Done():
					return gctx.Err()
				}
			})
		}
		errc <- g.Wait()
		close(results)
	}()
	total := uint64(len(t.st.Accounts))
	done := total - uint64(len(todo))
	var saveErr error
	for r := range results {
		t.st.Powers[r.account.Hex()] = r.power
		done++
		if err := t.report(Progress{Phase: "power", Done: done, Total: total}); err != nil && saveErr == nil {
			saveErr = err
		}
	}
	if err := <-errc; err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if saveErr != nil {
		return nil, saveErr
	}
	if len(todo) == 0 {
		if err := t.report(Progress{Phase: "power", Done: total, Total: total}); err != nil {
			return nil, err
		}
	}
	holdings := make([]Holding, len(t.st.Accounts))
	for i, a := range t.st.Accounts {
		holdings[i] = Holding{Account: a, Power: t.st.Powers[a.Hex()]}
	}
	return holdings, nil
}
