package snapshot

import (
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/contracts/bindings"
)

func TestVotesAtBlockCountDelegationNotLaterTransfers(t *testing.T) {
	c := newChain(t)
	token, block := votesScenario(c)
	var last Progress
	s, err := Take(t.Context(), c.client, token, block, WithProgress(func(p Progress) { last = p }))
	require.NoError(t, err)

	require.Equal(t, map[string]int64{"alice": 100, "dave": 50}, c.powers(s.Entries), "delegated power at the block")
	require.Equal(t, 2, s.Candidates)
	require.Equal(t, Progress{Phase: "power", Done: 2, Total: 2}, last)
	require.Equal(t, int64(1337), s.ChainID.Int64())
	require.Equal(t, token, s.Token)
	require.Equal(t, BlockRef{Number: block, Hash: c.header(block).Hash(), Time: c.header(block).Time}, s.Block)
	require.Equal(t, uint64(block), s.Timepoint)
	require.Equal(t, "mode=blocknumber&from=default", s.ClockMode)
	require.Equal(t, "1", s.Rule.Divisor.String())
	for _, e := range s.Entries {
		require.Equal(t, e.Power, e.Weight)
	}

	// The same token now: the later transfer, mint and delegation show.
	c.sim.Commit() // getPastVotes needs the block of carol's delegation to be in the past
	now, err := Take(t.Context(), c.client, token, c.head()-1)
	require.NoError(t, err)
	require.Equal(t, map[string]int64{"alice": 40, "dave": 1050, "carol": 90}, c.powers(now.Entries))

	path := filepath.Join(t.TempDir(), "snapshot.json")
	require.NoError(t, s.WriteFile(path, false))
	back, err := ReadFile(path)
	require.NoError(t, err)
	require.Equal(t, s, back)
	require.Error(t, s.WriteFile(path, false), "an existing file is not overwritten")

	again, err := Take(t.Context(), c.client, token, block, WithBlockHash(s.Block.Hash), WithChainID(big.NewInt(1337)))
	require.NoError(t, err)
	require.Equal(t, s, again, "a snapshot recomputes from its provenance")
}

func TestBalanceAtBlock(t *testing.T) {
	c := newChain(t)
	token, block := votesScenario(c)
	s, err := Take(t.Context(), c.client, token, block, WithMode(ModeBalance))
	require.NoError(t, err)
	require.Equal(t, map[string]int64{"alice": 100, "bob": 50, "carol": 30}, c.powers(s.Entries))
	require.Equal(t, ModeBalance, s.Mode)
	require.Empty(t, s.ClockMode)

	// balanceOf reads the block's state, so even the head can be read.
	head, err := Take(t.Context(), c.client, token, c.head(), WithMode(ModeBalance))
	require.NoError(t, err)
	require.Equal(t, map[string]int64{"alice": 40, "bob": 1050, "carol": 90}, c.powers(head.Entries))
}

func TestMinCapScaleOnChain(t *testing.T) {
	c := newChain(t)
	token, block := votesScenario(c)
	rule := Rule{Min: big.NewInt(40), Cap: big.NewInt(60), Scale: ScaleFit, WeightBits: 4}
	s, err := Take(t.Context(), c.client, token, block, WithMode(ModeBalance), WithRule(rule))
	require.NoError(t, err)
	// carol (30) is below the minimum; alice is capped to 60; the largest
	// weight must be below 2^4, so the divisor is 4: 60/4 = 15, 50/4 → 13.
	require.Equal(t, map[string]int64{"alice": 100, "bob": 50}, c.powers(s.Entries))
	require.Equal(t, "4", s.Rule.Divisor.String())
	weights := map[common.Address]int64{}
	for _, e := range s.Entries {
		weights[e.Account] = e.Weight.Int64()
	}
	require.Equal(t, map[common.Address]int64{c.addr["alice"]: 15, c.addr["bob"]: 13}, weights)
	require.Equal(t, 3, s.Candidates)
	require.NoError(t, s.Check())

	_, err = Take(t.Context(), c.client, token, block, WithMode(ModeBalance), WithRule(Rule{WeightBits: 6}))
	require.ErrorIs(t, err, ErrWeightRange, "100 does not fit below 2^6 without scaling")
	_, err = Take(t.Context(), c.client, token, block, WithMode(ModeBalance), WithRule(Rule{Min: big.NewInt(1000)}))
	require.ErrorIs(t, err, ErrNoHolders)
}

func TestERC721Votes(t *testing.T) {
	c := newChain(t)
	addr, tx, nft, err := bindings.DeployVotesNFT(c.auth("owner"), c.client, "Seat", "SEAT")
	c.mined(tx, err)
	for id := int64(1); id <= 3; id++ {
		c.mined(nft.Mint(c.auth("owner"), c.addr["alice"], big.NewInt(id)))
	}
	c.mined(nft.Mint(c.auth("owner"), c.addr["bob"], big.NewInt(4)))
	c.mined(nft.Delegate(c.auth("alice"), c.addr["alice"]))
	c.mined(nft.Delegate(c.auth("bob"), c.addr["alice"]))
	block := c.head()
	c.mined(nft.TransferFrom(c.auth("alice"), c.addr["alice"], c.addr["carol"], big.NewInt(1)))

	s, err := Take(t.Context(), c.client, addr, block)
	require.NoError(t, err)
	require.Equal(t, map[string]int64{"alice": 4}, c.powers(s.Entries))
	b, err := Take(t.Context(), c.client, addr, block, WithMode(ModeBalance))
	require.NoError(t, err)
	require.Equal(t, map[string]int64{"alice": 3, "bob": 1}, c.powers(b.Entries))
}

func TestBadInput(t *testing.T) {
	c := newChain(t)
	token, block := votesScenario(c)
	plain, tx, _, err := bindings.DeployPlainToken(c.auth("owner"), c.client, "Plain", "PLN")
	c.mined(tx, err)
	head := c.head()
	c.sim.Commit()

	for _, tc := range []struct {
		name  string
		token common.Address
		block uint64
		opts  []Option
		want  error
	}{
		{"block after the head", token, head + 10, nil, ErrFutureBlock},
		{"getPastVotes at the head", token, head + 1, nil, ErrFutureBlock},
		{"not a contract", c.addr["alice"], block, nil, ErrNotContract},
		{"no contract yet at the block", plain, block, []Option{WithMode(ModeBalance)}, ErrNotContract},
		{"no getPastVotes", plain, head, nil, ErrNoMethod},
		{"wrong chain", token, block, []Option{WithChainID(big.NewInt(1))}, ErrWrongChain},
		{"unexpected block hash", token, block, []Option{WithBlockHash(common.Hash{1})}, ErrReorg},
		{"first block after the block", token, block, []Option{WithFromBlock(block + 1)}, ErrInvalidOption},
		{"bad rule", token, block, []Option{WithRule(Rule{Scale: "log"})}, ErrRule},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Take(t.Context(), c.client, tc.token, tc.block, tc.opts...)
			require.ErrorIs(t, err, tc.want)
			require.NotContains(t, err.Error(), "\n")
		})
	}
}

func TestReorgedOrMissingBlock(t *testing.T) {
	c := newChain(t)
	token, _ := votesScenario(c)
	c.sim.Commit()
	block := c.head() // an empty block, so that the fork below can differ from it
	c.sim.Commit()
	s, err := Take(t.Context(), c.client, token, block, WithMode(ModeBalance))
	require.NoError(t, err)

	// The chain drops the block: it is missing until the fork grows.
	require.NoError(t, c.sim.Fork(c.header(block-1).Hash()))
	_, err = Take(t.Context(), c.client, token, block, WithMode(ModeBalance), WithBlockHash(s.Block.Hash))
	require.ErrorIs(t, err, ErrFutureBlock)

	// Another block takes its height: a snapshot pinned to the old hash fails.
	require.NoError(t, c.sim.AdjustTime(time.Hour))
	c.sim.Commit()
	require.NotEqual(t, s.Block.Hash, c.header(block).Hash())
	_, err = Take(t.Context(), c.client, token, block, WithMode(ModeBalance), WithBlockHash(s.Block.Hash))
	require.ErrorIs(t, err, ErrReorg)
	require.Contains(t, err.Error(), s.Block.Hash.Hex())
}

func TestReorgDuringSnapshot(t *testing.T) {
	c := newChain(t)
	token, block := votesScenario(c)
	f := &flaky{Chain: c.client, alterHeader: func(n uint64, call int, h *types.Header) *types.Header {
		if n != block || call == 1 {
			return h
		}
		moved := types.CopyHeader(h)
		moved.Extra = []byte("other branch")
		return moved
	}}
	_, err := Take(t.Context(), f, token, block)
	require.ErrorIs(t, err, ErrReorg)
	require.Contains(t, err.Error(), "during the snapshot")
}

func TestResumeAfterInterruption(t *testing.T) {
	c := newChain(t)
	token, block := votesScenario(c)
	want, err := Take(t.Context(), c.client, token, block, WithMode(ModeBalance))
	require.NoError(t, err)

	statePath := filepath.Join(t.TempDir(), "snapshot.partial")
	lost := errors.New("connection reset by peer")
	f := &flaky{Chain: c.client, failFilter: func(call int, _ ethereum.FilterQuery) error {
		if call > 3 {
			return lost
		}
		return nil
	}}
	_, err = Take(t.Context(), f, token, block, WithMode(ModeBalance), WithPageSize(2), WithStateFile(statePath))
	require.ErrorIs(t, err, lost, "a dead connection is not retried with smaller pages")
	st, err := resume(statePath, newState(want.ChainID, token, block, want.Block.Hash, ModeBalance, 0))
	require.NoError(t, err)
	require.Equal(t, uint64(6), st.NextBlock, "three pages of two blocks were saved")

	resumed := &flaky{Chain: c.client}
	got, err := Take(t.Context(), resumed, token, block, WithMode(ModeBalance), WithPageSize(2), WithStateFile(statePath))
	require.NoError(t, err)
	require.Equal(t, want, got)
	require.Equal(t, int((block+1-6+1)/2), resumed.filterCalls, "only the blocks not yet scanned are read")
	_, err = os.Stat(statePath)
	require.ErrorIs(t, err, os.ErrNotExist, "a complete snapshot removes its state")

	// A state for another snapshot is refused, not silently mixed in.
	require.NoError(t, newState(want.ChainID, token, block-1, want.Block.Hash, ModeBalance, 0).save(statePath))
	_, err = Take(t.Context(), c.client, token, block, WithMode(ModeBalance), WithStateFile(statePath))
	require.ErrorIs(t, err, ErrState)
	// A state saved before a reorg is refused too.
	require.NoError(t, newState(want.ChainID, token, block, common.Hash{2}, ModeBalance, 0).save(statePath))
	_, err = Take(t.Context(), c.client, token, block, WithMode(ModeBalance), WithStateFile(statePath))
	require.ErrorIs(t, err, ErrReorg)
}

func TestPagesHalveWhenTheNodeRefuses(t *testing.T) {
	c := newChain(t)
	token, block := votesScenario(c)
	want, err := Take(t.Context(), c.client, token, block)
	require.NoError(t, err)
	f := &flaky{Chain: c.client, failFilter: func(_ int, q ethereum.FilterQuery) error {
		if new(big.Int).Sub(q.ToBlock, q.FromBlock).Int64() >= 2 {
			return rangeError{}
		}
		return nil
	}}
	got, err := Take(t.Context(), f, token, block, WithPageSize(64))
	require.NoError(t, err)
	require.Equal(t, want, got)
}

func TestDecimals(t *testing.T) {
	c := newChain(t)
	token, block := votesScenario(c)
	d, err := Decimals(t.Context(), c.client, token, block)
	require.NoError(t, err)
	require.Equal(t, uint8(18), d)
	nft, tx, _, err := bindings.DeployVotesNFT(c.auth("owner"), c.client, "Seat", "SEAT")
	c.mined(tx, err)
	_, err = Decimals(t.Context(), c.client, nft, c.head())
	require.ErrorIs(t, err, ErrNoMethod)
}

func TestTimestampClock(t *testing.T) {
	c := newChain(t)
	addr, tx, tok, err := bindings.DeployTimestampVotesToken(c.auth("owner"), c.client, "Vote", "VOTE")
	c.mined(tx, err)
	c.mined(tok.Mint(c.auth("owner"), c.addr["alice"], big.NewInt(100)))
	c.mined(tok.Delegate(c.auth("alice"), c.addr["bob"]))
	block := c.head()
	c.mined(tok.Mint(c.auth("owner"), c.addr["alice"], big.NewInt(1)))
	require.NoError(t, c.sim.AdjustTime(time.Minute))

	s, err := Take(t.Context(), c.client, addr, block)
	require.NoError(t, err)
	require.Equal(t, "mode=timestamp", s.ClockMode)
	require.Equal(t, c.header(block).Time, s.Timepoint, "getPastVotes is asked for the block's time")
	require.Equal(t, map[string]int64{"bob": 100}, c.powers(s.Entries))
}

// TestManyHolders reads a few hundred holders, minted over many blocks, in
// small pages and with concurrent calls, and checks every balance against
// the token itself.
func TestManyHolders(t *testing.T) {
	c := newChain(t)
	addr, tx, tok, err := bindings.DeployPlainToken(c.auth("owner"), c.client, "Plain", "PLN")
	c.mined(tx, err)
	const holders = 240
	auth := c.auth("owner")
	nonce, err := c.client.PendingNonceAt(t.Context(), c.addr["owner"])
	require.NoError(t, err)
	want := map[common.Address]int64{}
	for i := range holders {
		a := common.BigToAddress(big.NewInt(int64(1000 + i)))
		want[a] = int64(1 + i*i) // a spread of balances, like a real token's
		auth.Nonce = new(big.Int).SetUint64(nonce)
		nonce++
		_, err := tok.Mint(auth, a, big.NewInt(want[a]))
		require.NoError(t, err)
		if i%16 == 15 {
			c.sim.Commit()
		}
	}
	c.sim.Commit()
	block := c.head()

	s, err := Take(t.Context(), c.client, addr, block, WithMode(ModeBalance), WithPageSize(3), WithConcurrency(8),
		WithRule(Rule{Scale: ScaleFit, WeightBits: 8}))
	require.NoError(t, err)
	require.Equal(t, holders, s.Candidates)
	require.Len(t, s.Entries, holders)
	for _, e := range s.Entries {
		require.Equal(t, want[e.Account], e.Power.Int64(), "power of %s", e.Account.Hex())
	}
	require.NoError(t, s.Check())
}
