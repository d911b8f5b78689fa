package snapshot

import (
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Progress reports how far a snapshot is: Phase "logs" counts blocks
// scanned, Phase "power" counts accounts read.
type Progress struct {
	Phase string
	Done  uint64
	Total uint64
}

// Option configures Take.
type Option func(*config) error

type config struct {
	mode        Mode
	rule        Rule
	fromBlock   uint64
	pageSize    uint64
	concurrency int
	statePath   string
	chainID     *big.Int
	blockHash   *common.Hash
	logger      *slog.Logger
	logEvery    time.Duration
	progress    func(Progress)
}

func newConfig(opts []Option) (config, error) {
	cfg := config{mode: ModeVotes, pageSize: 10_000, concurrency: 8, logEvery: 5 * time.Second}
	for _, o := range opts {
		if err := o(&cfg); err != nil {
			return cfg, err
		}
	}
	return cfg, nil
}

// WithMode chooses where power is read (ModeVotes by default).
func WithMode(m Mode) Option {
	return func(c *config) error {
		if m != ModeVotes && m != ModeBalance {
			return fmt.Errorf("%w: mode %q (votes or balance)", ErrInvalidOption, m)
		}
		c.mode = m
		return nil
	}
}

// WithRule sets the weighting rule (no minimum, no cap, ScaleNone, the
// default weight bits by default).
func WithRule(r Rule) Option {
	return func(c *config) error {
		if _, err := r.check(); err != nil {
			return err
		}
		c.rule = r
		return nil
	}
}

// WithFromBlock starts the log scan at block n (0 by default; the token's
// deployment block saves a long scan).
func WithFromBlock(n uint64) Option {
	return func(c *config) error { c.fromBlock = n; return nil }
}

// WithPageSize sets how many blocks one eth_getLogs asks for (10,000 by
// default). A node that refuses a page (too many results or too wide a
// range) gets it again in halves.
func WithPageSize(n uint64) Option {
	return func(c *config) error {
		if n == 0 {
			return fmt.Errorf("%w: page size 0", ErrInvalidOption)
		}
		c.pageSize = n
		return nil
	}
}

// WithConcurrency sets how many calls are in flight at once (8 by default).
func WithConcurrency(n int) Option {
	return func(c *config) error {
		if n < 1 {
			return fmt.Errorf("%w: concurrency %d", ErrInvalidOption, n)
		}
		c.concurrency = n
		return nil
	}
}

// WithStateFile saves progress to path as the snapshot goes, and resumes
// from it when it exists (it must belong to the same chain, token, block,
// mode and first block, and the block's hash must not have changed). Take
// removes it once the snapshot is complete.
func WithStateFile(path string) Option {
	return func(c *config) error { c.statePath = path; return nil }
}

// WithChainID makes Take fail with ErrWrongChain unless the node's chain
// ID is id.
func WithChainID(id *big.Int) Option {
	return func(c *config) error {
		if id == nil || id.Sign() <= 0 {
			return fmt.Errorf("%w: chain ID must be positive", ErrInvalidOption)
		}
		c.chainID = new(big.Int).Set(id)
		return nil
	}
}

// WithBlockHash makes Take fail with ErrReorg unless the snapshot block
// has this hash: to recompute a published snapshot, or to pin a block
// announced in advance.
func WithBlockHash(h common.Hash) Option {
	return func(c *config) error { c.blockHash = &h; return nil }
}

// WithLogger logs progress to l, at most every few seconds (nothing by
// default).
func WithLogger(l *slog.Logger) Option {
	return func(c *config) error { c.logger = l; return nil }
}

// WithProgress calls f after every page of logs and every account read,
// from the goroutine that called Take (for a progress bar).
func WithProgress(f func(Progress)) Option {
	return func(c *config) error { c.progress = f; return nil }
}
