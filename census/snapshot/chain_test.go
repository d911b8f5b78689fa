package snapshot

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/contracts/bindings"
)

// chain is a simulated chain with funded, named accounts.
type chain struct {
	t      *testing.T
	sim    *simulated.Backend
	client simulated.Client
	keys   map[string]*ecdsa.PrivateKey
	addr   map[string]common.Address
}

var names = []string{"owner", "alice", "bob", "carol", "dave"}

func newChain(t *testing.T) *chain {
	t.Helper()
	c := &chain{t: t, keys: map[string]*ecdsa.PrivateKey{}, addr: map[string]common.Address{}}
	alloc := types.GenesisAlloc{}
	for _, n := range names {
		k, err := crypto.GenerateKey()
		require.NoError(t, err)
		c.keys[n], c.addr[n] = k, crypto.PubkeyToAddress(k.PublicKey)
		alloc[c.addr[n]] = types.Account{Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))}
	}
	c.sim = simulated.NewBackend(alloc)
	t.Cleanup(func() { _ = c.sim.Close() })
	c.client = c.sim.Client()
	return c
}

func (c *chain) auth(name string) *bind.TransactOpts {
	opts, err := bind.NewKeyedTransactorWithChainID(c.keys[name], big.NewInt(1337))
	require.NoError(c.t, err)
	opts.Context = c.t.Context()
	// A fixed limit: eth_estimateGas runs in the latest block, where a
	// checkpoint of ERC20Votes is updated in place, but the transaction is
	// mined in the next one, where it is pushed (more gas).
	opts.GasLimit = 3_000_000
	return opts
}

// mined commits a block with tx and requires that it succeeded.
func (c *chain) mined(tx *types.Transaction, err error) {
	c.t.Helper()
	require.NoError(c.t, err)
	c.sim.Commit()
	r, err := c.client.TransactionReceipt(c.t.Context(), tx.Hash())
	require.NoError(c.t, err)
	require.Equal(c.t, types.ReceiptStatusSuccessful, r.Status)
}

func (c *chain) head() uint64 {
	n, err := c.client.BlockNumber(c.t.Context())
	require.NoError(c.t, err)
	return n
}

func (c *chain) header(n uint64) *types.Header {
	h, err := c.client.HeaderByNumber(c.t.Context(), new(big.Int).SetUint64(n))
	require.NoError(c.t, err)
	return h
}

// votesScenario deploys an OpenZeppelin ERC20Votes token: alice holds 100
// and delegates to herself, bob holds 50 and delegates to dave, carol holds
// 30 and does not delegate. It returns the token and the snapshot block;
// after it alice sends 60 to carol, bob gets 1000 more and carol delegates
// to herself, none of which may count.
func votesScenario(c *chain) (common.Address, uint64) {
	addr, tx, tok, err := bindings.DeployVotesToken(c.auth("owner"), c.client, "Vote", "VOTE")
	c.mined(tx, err)
	c.mined(tok.Mint(c.auth("owner"), c.addr["alice"], big.NewInt(100)))
	c.mined(tok.Mint(c.auth("owner"), c.addr["bob"], big.NewInt(50)))
	c.mined(tok.Mint(c.auth("owner"), c.addr["carol"], big.NewInt(30)))
	c.mined(tok.Delegate(c.auth("alice"), c.addr["alice"]))
	c.mined(tok.Delegate(c.auth("bob"), c.addr["dave"]))
	block := c.head()
	c.mined(tok.Transfer(c.auth("alice"), c.addr["carol"], big.NewInt(60)))
	c.mined(tok.Mint(c.auth("owner"), c.addr["bob"], big.NewInt(1000)))
	c.mined(tok.Delegate(c.auth("carol"), c.addr["carol"]))
	return addr, block
}

// powers maps the named accounts of entries to their powers.
func (c *chain) powers(entries []Entry) map[string]int64 {
	out := map[string]int64{}
	for _, e := range entries {
		name := e.Account.Hex()
		for n, a := range c.addr {
			if a == e.Account {
				name = n
			}
		}
		out[name] = e.Power.Int64()
	}
	return out
}

// flaky wraps a chain to fail or alter some of its answers.
type flaky struct {
	Chain
	filterCalls int
	failFilter  func(call int, q ethereum.FilterQuery) error
	headerCalls map[uint64]int
	alterHeader func(n uint64, call int, h *types.Header) *types.Header
}

func (f *flaky) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	f.filterCalls++
	if f.failFilter != nil {
		if err := f.failFilter(f.filterCalls, q); err != nil {
			return nil, err
		}
	}
	return f.Chain.FilterLogs(ctx, q)
}

func (f *flaky) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	h, err := f.Chain.HeaderByNumber(ctx, n)
	if err != nil || n == nil || f.alterHeader == nil {
		return h, err
	}
	if f.headerCalls == nil {
		f.headerCalls = map[uint64]int{}
	}
	f.headerCalls[n.Uint64()]++
	return f.alterHeader(n.Uint64(), f.headerCalls[n.Uint64()], h), nil
}

func (f *flaky) CallContractAtHash(ctx context.Context, msg ethereum.CallMsg, hash common.Hash) ([]byte, error) {
	return f.Chain.(hashCaller).CallContractAtHash(ctx, msg, hash)
}

// rangeError is a JSON-RPC error as nodes answer a too wide eth_getLogs.
type rangeError struct{}

func (rangeError) Error() string  { return "query returned more than 10000 results" }
func (rangeError) ErrorCode() int { return -32005 }
