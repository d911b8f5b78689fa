package settlement

import (
	"context"
	"crypto/ecdsa"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
)

// SimulatedChainID is the chain ID of go-ethereum's simulated chain.
const SimulatedChainID = 1337

// MainnetForks makes a simulated chain follow the forks mainnet has
// scheduled (params.MainnetChainConfig) and no others: go-ethereum's
// simulated backend otherwise enables forks still in development, whose
// gas schedule is not yet the network's.
func MainnetForks(_ *node.Config, e *ethconfig.Config) {
	cfg := *e.Genesis.Config
	main := params.MainnetChainConfig
	for _, f := range []struct {
		dev     **uint64
		mainnet *uint64
	}{
		{&cfg.ShanghaiTime, main.ShanghaiTime}, {&cfg.CancunTime, main.CancunTime}, {&cfg.PragueTime, main.PragueTime},
		{&cfg.OsakaTime, main.OsakaTime}, {&cfg.BPO1Time, main.BPO1Time}, {&cfg.BPO2Time, main.BPO2Time},
		{&cfg.BPO3Time, main.BPO3Time}, {&cfg.BPO4Time, main.BPO4Time}, {&cfg.BPO5Time, main.BPO5Time},
		{&cfg.AmsterdamTime, main.AmsterdamTime}, {&cfg.BogotaTime, main.BogotaTime}, {&cfg.UBTTime, main.UBTTime},
	} {
		if f.mainnet == nil {
			*f.dev = nil
		}
	}
	e.Genesis.Config = &cfg
}

// DevChain is an in-process simulated chain with funded accounts: the
// chain of `zkvote demo` and of tests.
type DevChain struct {
	*Chain
	Sim   *simulated.Backend
	Keys  []*ecdsa.PrivateKey
	Addrs []common.Address
}

// NewDevChain starts a simulated chain (mainnet's forks) whose n accounts
// each hold 1,000 ether. Close it when done.
func NewDevChain(ctx context.Context, n int, opts ...func(*node.Config, *ethconfig.Config)) (*DevChain, error) {
	d := &DevChain{}
	alloc := types.GenesisAlloc{}
	for range n {
		k, err := crypto.GenerateKey()
		if err != nil {
			return nil, err
		}
		a := crypto.PubkeyToAddress(k.PublicKey)
		d.Keys, d.Addrs = append(d.Keys, k), append(d.Addrs, a)
		alloc[a] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))}
	}
	d.Sim = simulated.NewBackend(alloc, append([]func(*node.Config, *ethconfig.Config){MainnetForks}, opts...)...)
	c, err := Simulated(ctx, d.Sim)
	if err != nil {
		_ = d.Sim.Close()
		return nil, err
	}
	d.Chain = c
	return d, nil
}

// Close stops the chain.
func (d *DevChain) Close() error { return d.Sim.Close() }

// Pay sends value wei from account i to to and waits for it.
func (d *DevChain) Pay(ctx context.Context, i int, to common.Address, value *big.Int) error {
	return d.Chain.Pay(ctx, d.Keys[i], to, value)
}
