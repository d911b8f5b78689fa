package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/zkvote/zkvote/census/snapshot"
	"github.com/zkvote/zkvote/settlement"
)

// demoEth is what the demo reads and sends on its chain: go-ethereum's
// simulated client or an ethclient.
type demoEth interface {
	snapshot.Chain
	BlockNumber(ctx context.Context) (uint64, error)
	BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
}

// demoChain is the demo's chain: the in-process simulated chain, or a
// real node (--rpc), with the accounts the story needs.
type demoChain struct {
	*settlement.Chain
	Keys  []*ecdsa.PrivateKey
	Addrs []common.Address
	eth   demoEth
	sim   *settlement.DevChain // nil on a real node
	close func()
}

// demoFunding is what each generated account gets on a real node.
var demoFunding = new(big.Int).Div(big.NewInt(params.Ether), big.NewInt(20)) // 0.05 ether

// openChain starts the simulated chain with n funded accounts, or, with
// rpc, connects to a node and funds n-1 fresh accounts from the key in
// $ZKVOTE_ETH_KEY (account 0, the DAO).
func (d *demo) openChain(ctx context.Context, n int) (*demoChain, error) {
	if d.rpc == "" {
		dev, err := settlement.NewDevChain(ctx, n)
		if err != nil {
			return nil, err
		}
		return &demoChain{Chain: dev.Chain, Keys: dev.Keys, Addrs: dev.Addrs, eth: dev.Sim.Client(), sim: dev, close: func() { _ = dev.Close() }}, nil
	}
	h := strings.TrimPrefix(strings.TrimSpace(d.a.getenv(ethKeyEnv)), "0x")
	if h == "" {
		return nil, usageError{"--rpc: set " + ethKeyEnv + " to the hex key of a funded account (the DAO's)"}
	}
	dao, err := crypto.HexToECDSA(h)
	if err != nil {
		return nil, fmt.Errorf("%s does not hold a valid private key", ethKeyEnv)
	}
	c, err := settlement.Dial(ctx, d.rpc)
	if err != nil {
		return nil, err
	}
	client, err := ethclient.DialContext(ctx, d.rpc)
	if err != nil {
		return nil, err
	}
	dc := &demoChain{Chain: c, Keys: []*ecdsa.PrivateKey{dao}, Addrs: []common.Address{crypto.PubkeyToAddress(dao.PublicKey)}, eth: client, close: client.Close}
	for len(dc.Keys) < n {
		k, err := crypto.GenerateKey()
		if err != nil {
			return nil, err
		}
		dc.Keys, dc.Addrs = append(dc.Keys, k), append(dc.Addrs, crypto.PubkeyToAddress(k.PublicKey))
		if err := dc.Pay(ctx, 0, dc.Addrs[len(dc.Addrs)-1], demoFunding); err != nil {
			return nil, fmt.Errorf("funding the demo's accounts from %s: %w", dc.Addrs[0].Hex(), err)
		}
	}
	return dc, nil
}

// Pay sends value wei from account i to to and waits for it.
func (c *demoChain) Pay(ctx context.Context, i int, to common.Address, value *big.Int) error {
	return c.Chain.Pay(ctx, c.Keys[i], to, value)
}

// after returns once the chain's head is past block (the simulated chain
// mines one; a node is waited for).
func (c *demoChain) after(ctx context.Context, block uint64) error {
	if c.sim != nil {
		c.sim.Sim.Commit()
		return nil
	}
	return c.waitUntil(ctx, func(h *types.Header) bool { return h.Number.Uint64() > block })
}

// advance returns once the chain's clock has passed t (the simulated
// chain's clock jumps; a node is waited for).
func (c *demoChain) advance(ctx context.Context, t time.Time) error {
	if c.sim != nil {
		head, err := c.eth.HeaderByNumber(ctx, nil)
		if err != nil {
			return err
		}
		c.sim.Sim.AdjustTime(t.Sub(time.Unix(int64(head.Time), 0)) + time.Minute)
		c.sim.Sim.Commit()
		return nil
	}
	return c.waitUntil(ctx, func(h *types.Header) bool { return time.Unix(int64(h.Time), 0).After(t) })
}

// waitUntil polls the head (a real node mines on its own clock) until ok.
func (c *demoChain) waitUntil(ctx context.Context, ok func(*types.Header) bool) error {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for {
		h, err := c.eth.HeaderByNumber(ctx, nil)
		if err != nil {
			return err
		}
		if ok(h) {
			return nil
		}
		select {
		case <-ctx.Done():
			return errors.New("the node made no new block in 5 minutes (a dev node needs --dev.period 1)")
		case <-tick.C:
		}
	}
}
