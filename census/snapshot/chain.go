package snapshot

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
)

// Chain is what a snapshot reads from a node: *ethclient.Client and the
// client of go-ethereum's simulated backend both satisfy it. When it also
// has CallContractAtHash (both do), calls are pinned to the block's hash
// (EIP-1898), so that a reorg under the read cannot mix two chains.
type Chain interface {
	ethereum.ChainIDReader
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	CodeAt(ctx context.Context, account common.Address, blockNumber *big.Int) ([]byte, error)
	CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// hashCaller is the optional EIP-1898 call of ethclient.
type hashCaller interface {
	CallContractAtHash(ctx context.Context, msg ethereum.CallMsg, blockHash common.Hash) ([]byte, error)
}

// Event topics of the logs that name candidates.
var (
	transferTopic             = crypto.Keccak256Hash([]byte("Transfer(address,address,uint256)"))
	delegateVotesChangedTopic = crypto.Keccak256Hash([]byte("DelegateVotesChanged(address,uint256,uint256)"))
)

// tokenABI holds the only methods read: IERC5805's getPastVotes, ERC-6372's
// CLOCK_MODE, ERC-20/721's balanceOf and ERC-20's decimals.
var tokenABI = mustABI(`[
 {"type":"function","name":"getPastVotes","stateMutability":"view","inputs":[{"name":"account","type":"address"},{"name":"timepoint","type":"uint256"}],"outputs":[{"name":"","type":"uint256"}]},
 {"type":"function","name":"balanceOf","stateMutability":"view","inputs":[{"name":"account","type":"address"}],"outputs":[{"name":"","type":"uint256"}]},
 {"type":"function","name":"CLOCK_MODE","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"string"}]},
 {"type":"function","name":"decimals","stateMutability":"view","inputs":[],"outputs":[{"name":"","type":"uint8"}]}
]`)

func mustABI(s string) abi.ABI {
	a, err := abi.JSON(strings.NewReader(s))
	if err != nil {
		panic(err) // a constant above: a bug caught by any test
	}
	return a
}

// reader makes the calls of one snapshot, all in the state of one block.
type reader struct {
	chain Chain
	token common.Address
	block *types.Header // the state the calls read
}

// call runs a view method of the token and unpacks its single result.
func (r *reader) call(ctx context.Context, method string, args ...any) (any, error) {
	data, err := tokenABI.Pack(method, args...)
	if err != nil {
		return nil, err
	}
	msg := ethereum.CallMsg{To: &r.token, Data: data}
	var out []byte
	if hc, ok := r.chain.(hashCaller); ok {
		out, err = hc.CallContractAtHash(ctx, msg, r.block.Hash())
	} else {
		out, err = r.chain.CallContract(ctx, msg, r.block.Number)
	}
	if err != nil {
		var rpcErr rpc.Error
		if errors.As(err, &rpcErr) && strings.Contains(strings.ToLower(err.Error()), "revert") {
			return nil, fmt.Errorf("%w: %s reverted: %v", ErrNoMethod, method, err)
		}
		return nil, fmt.Errorf("calling %s at block %d: %w", method, r.block.Number, err)
	}
	vals, err := tokenABI.Unpack(method, out)
	if err != nil || len(vals) != 1 {
		return nil, fmt.Errorf("%w: %s returned %d bytes, not a %s", ErrNoMethod, method, len(out), tokenABI.Methods[method].Outputs[0].Type)
	}
	return vals[0], nil
}

// power reads one account's voting power.
func (r *reader) power(ctx context.Context, mode Mode, account common.Address, timepoint uint64) (*big.Int, error) {
	var v any
	var err error
	if mode == ModeVotes {
		v, err = r.call(ctx, "getPastVotes", account, new(big.Int).SetUint64(timepoint))
	} else {
		v, err = r.call(ctx, "balanceOf", account)
	}
	if err != nil {
		return nil, err
	}
	return v.(*big.Int), nil
}

// clockMode reads CLOCK_MODE(); a token without it answers "".
func (r *reader) clockMode(ctx context.Context) string {
	v, err := r.call(ctx, "CLOCK_MODE")
	if err != nil {
		return ""
	}
	return v.(string)
}

// isTimestampClock reports whether an ERC-6372 clock mode counts seconds.
func isTimestampClock(mode string) bool {
	for _, part := range strings.Split(mode, "&") {
		if part == "mode=timestamp" {
			return true
		}
	}
	return false
}

// header returns the header of block n, with ErrFutureBlock past the head
// and ErrMissingBlock for a block the node lacks.
func header(ctx context.Context, c Chain, n uint64) (*types.Header, error) {
	h, err := c.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err == nil && h != nil {
		return h, nil
	}
	if err != nil && !errors.Is(err, ethereum.NotFound) {
		return nil, fmt.Errorf("reading block %d: %w", n, err)
	}
	head, herr := c.HeaderByNumber(ctx, nil)
	if herr != nil {
		return nil, fmt.Errorf("reading the head: %w", herr)
	}
	if head.Number.Uint64() < n {
		return nil, fmt.Errorf("%w: block %d is after the head %d", ErrFutureBlock, n, head.Number.Uint64())
	}
	return nil, fmt.Errorf("%w: block %d (head %d)", ErrMissingBlock, n, head.Number.Uint64())
}

// Decimals reads an ERC-20's decimals() at a block, for a rule that counts
// whole tokens (ScaleDivisor with 10^decimals).
func Decimals(ctx context.Context, chain Chain, token common.Address, block uint64) (uint8, error) {
	h, err := header(ctx, chain, block)
	if err != nil {
		return 0, err
	}
	v, err := (&reader{chain: chain, token: token, block: h}).call(ctx, "decimals")
	if err != nil {
		return 0, err
	}
	return v.(uint8), nil
}
