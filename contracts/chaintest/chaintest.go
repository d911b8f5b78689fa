// Package chaintest runs go-ethereum's simulated chain for tests: funded
// accounts, deployment of raw code, and a transaction helper that mines
// and requires success.
package chaintest

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/settlement"
)

// ChainID is the simulated chain's ID.
const ChainID = 1337

// Accounts is how many funded accounts New makes.
const Accounts = 6

// Chain is a simulated chain with funded accounts (settlement.DevChain,
// the demo's chain) with helpers that fail the test instead of returning
// errors.
type Chain struct {
	t      testing.TB
	dev    *settlement.DevChain
	Sim    *simulated.Backend
	Client simulated.Client
	Keys   []*ecdsa.PrivateKey
	Addrs  []common.Address
}

// New starts a simulated chain whose Accounts accounts each hold 1,000
// ether, with the forks mainnet runs (settlement.MainnetForks).
func New(t testing.TB, opts ...func(*node.Config, *ethconfig.Config)) *Chain {
	t.Helper()
	dev, err := settlement.NewDevChain(t.Context(), Accounts, opts...)
	require.NoError(t, err)
	t.Cleanup(func() { _ = dev.Close() })
	return &Chain{t: t, dev: dev, Sim: dev.Sim, Client: dev.Sim.Client(), Keys: dev.Keys, Addrs: dev.Addrs}
}

// Auth returns transaction options for account i.
func (c *Chain) Auth(i int) *bind.TransactOpts {
	opts, err := bind.NewKeyedTransactorWithChainID(c.Keys[i], big.NewInt(ChainID))
	require.NoError(c.t, err)
	return opts
}

// Mined commits a block holding tx and returns its receipt, requiring
// that it succeeded.
func (c *Chain) Mined(tx *types.Transaction, err error) *types.Receipt {
	c.t.Helper()
	require.NoError(c.t, err)
	c.Sim.Commit()
	r, err := bind.WaitMined(c.t.Context(), c.Client, tx)
	require.NoError(c.t, err)
	require.Equal(c.t, types.ReceiptStatusSuccessful, r.Status, "transaction reverted")
	return r
}

// DeployCode deploys creation code from account 0 and returns the address.
func (c *Chain) DeployCode(code []byte) common.Address {
	c.t.Helper()
	auth := c.Auth(0)
	nonce, err := c.Client.PendingNonceAt(c.t.Context(), auth.From)
	require.NoError(c.t, err)
	gas, err := c.Client.EstimateGas(c.t.Context(), ethereum.CallMsg{From: auth.From, Data: code})
	require.NoError(c.t, err)
	tip, err := c.Client.SuggestGasTipCap(c.t.Context())
	require.NoError(c.t, err)
	head, err := c.Client.HeaderByNumber(c.t.Context(), nil)
	require.NoError(c.t, err)
	fee := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	tx, err := auth.Signer(auth.From, types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(ChainID), Nonce: nonce,
		GasTipCap: tip, GasFeeCap: fee, Gas: gas, Data: code}))
	require.NoError(c.t, err)
	require.NoError(c.t, c.Client.SendTransaction(c.t.Context(), tx))
	r := c.Mined(tx, nil)
	return r.ContractAddress
}

// EstimateCall returns the gas of a transaction from account 0 to addr
// with data (the 21,000 base and calldata included).
func (c *Chain) EstimateCall(addr common.Address, data []byte) uint64 {
	c.t.Helper()
	gas, err := c.Client.EstimateGas(c.t.Context(), ethereum.CallMsg{From: c.Addrs[0], To: &addr, Data: data})
	require.NoError(c.t, err)
	return gas
}

// Pay sends value wei from account i to to, and mines it.
func (c *Chain) Pay(i int, to common.Address, value *big.Int) {
	c.t.Helper()
	require.NoError(c.t, c.dev.Pay(c.t.Context(), i, to, value))
}

// AutoMine mines a block whenever transactions are pending, until the
// test ends: what a node does for a client that only sends and waits
// (the CLI over IPC).
func (c *Chain) AutoMine() {
	done := make(chan struct{})
	stopped := make(chan struct{})
	c.t.Cleanup(func() {
		close(done)
		<-stopped
	})
	go func() {
		defer close(stopped)
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
			}
			if n, err := c.Client.PendingTransactionCount(context.Background()); err == nil && n > 0 {
				c.Sim.Commit()
			}
		}
	}()
}
