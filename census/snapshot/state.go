package snapshot

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"os"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkvote/zkvote/internal/atomicfile"
)

// state is the progress of one snapshot, saved to resume it after a crash
// or an interrupted connection: the logs scanned so far, the accounts they
// named, and the powers read. Its first fields pin the snapshot it belongs
// to; the block hash catches a reorg between two runs.
type state struct {
	Version   int                 `json:"version"`
	ChainID   string              `json:"chain_id"`
	Token     common.Address      `json:"token"`
	Block     uint64              `json:"block"`
	BlockHash common.Hash         `json:"block_hash"`
	Mode      Mode                `json:"mode"`
	FromBlock uint64              `json:"from_block"`
	NextBlock uint64              `json:"next_block"` // logs of [FromBlock, NextBlock) are scanned
	Accounts  []common.Address    `json:"accounts"`   // in the order found
	Powers    map[string]*big.Int `json:"powers"`     // by account hex, once read

	seen map[common.Address]bool
}

func newState(chainID *big.Int, token common.Address, block uint64, hash common.Hash, mode Mode, from uint64) *state {
	return &state{Version: 1, ChainID: chainID.String(), Token: token, Block: block, BlockHash: hash, Mode: mode,
		FromBlock: from, NextBlock: from, Powers: map[string]*big.Int{}, seen: map[common.Address]bool{}}
}

// add records an account the logs named.
func (s *state) add(a common.Address) {
	if a == (common.Address{}) || s.seen[a] {
		return
	}
	s.seen[a] = true
	s.Accounts = append(s.Accounts, a)
}

// resume loads the state at path if there is one and it belongs to want;
// a missing file gives want itself.
func resume(path string, want *state) (*state, error) {
	if path == "" {
		return want, nil
	}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return want, nil
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrState, err)
	}
	var got state
	if err := json.Unmarshal(data, &got); err != nil || got.Version != 1 {
		return nil, fmt.Errorf("%w: %s is not a snapshot state file (delete it to start over)", ErrState, path)
	}
	if got.ChainID != want.ChainID || got.Token != want.Token || got.Block != want.Block || got.Mode != want.Mode || got.FromBlock != want.FromBlock {
		return nil, fmt.Errorf("%w: %s belongs to another snapshot (chain %s, token %s, block %d, mode %s, from %d); delete it or choose another state file",
			ErrState, path, got.ChainID, got.Token.Hex(), got.Block, got.Mode, got.FromBlock)
	}
	if got.BlockHash != want.BlockHash {
		return nil, fmt.Errorf("%w: block %d was %s when %s was saved and is %s now; delete it to start over",
			ErrReorg, got.Block, got.BlockHash.Hex(), path, want.BlockHash.Hex())
	}
	if got.NextBlock < got.FromBlock || got.NextBlock > got.Block+1 {
		return nil, fmt.Errorf("%w: %s: next block %d outside [%d,%d]", ErrState, path, got.NextBlock, got.FromBlock, got.Block+1)
	}
	got.seen = map[common.Address]bool{}
	accounts := got.Accounts
	got.Accounts = nil
	for _, a := range accounts {
		got.add(a)
	}
	if got.Powers == nil {
		got.Powers = map[string]*big.Int{}
	}
	return &got, nil
}

// save writes the state atomically.
func (s *state) save(path string) error {
	if path == "" {
		return nil
	}
	data, err := json.Marshal(s)
	if err != nil {
		return err
	}
	if err := atomicfile.Write(path, data, 0o644, true); err != nil {
		return fmt.Errorf("saving the resume state: %w", err)
	}
	return nil
}
