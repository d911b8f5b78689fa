package settlement

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/zkvote/zkvote/contracts/bindings"
)

// Chain is a node to deploy to and transact with.
type Chain struct {
	Client  bind.ContractBackend
	deploy  bind.DeployBackend
	ChainID *big.Int
	// commit mines a block on the simulated chain; nil on a real node.
	commit func()
	// Timeout bounds the wait for one transaction to be mined.
	Timeout time.Duration
}

// nodeClient is the subset of ethclient.Client and simulated.Client Chain uses.
type nodeClient interface {
	bind.ContractBackend
	bind.DeployBackend
	ChainID(ctx context.Context) (*big.Int, error)
}

// Dial connects to a JSON-RPC node (http(s)://, ws(s):// or an IPC path).
func Dial(ctx context.Context, url string) (*Chain, error) {
	c, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrChain, url, err)
	}
	return open(ctx, c, nil, url)
}

// Simulated uses go-ethereum's in-process simulated chain; every
// transaction is mined in a block of its own.
func Simulated(ctx context.Context, sim *simulated.Backend) (*Chain, error) {
	return open(ctx, sim.Client(), func() { sim.Commit() }, "simulated chain")
}

func open(ctx context.Context, n nodeClient, commit func(), name string) (*Chain, error) {
	id, err := n.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("%w: %s does not answer: %w", ErrChain, name, err)
	}
	return &Chain{Client: n, deploy: n, ChainID: id, commit: commit, Timeout: 2 * time.Minute}, nil
}

// Pay sends value wei from key's account to to, with the node's suggested
// tip, and waits for it: a plain transfer (funding a timelock or an account).
func (c *Chain) Pay(ctx context.Context, key *ecdsa.PrivateKey, to common.Address, value *big.Int) error {
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := c.Client.PendingNonceAt(ctx, from)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrChain, err)
	}
	tip, err := c.Client.SuggestGasTipCap(ctx)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrChain, err)
	}
	head, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrChain, err)
	}
	gas, err := c.Client.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &to, Value: value})
	if err != nil {
		return fmt.Errorf("%w: pay %s: %s", ErrReverted, to.Hex(), reason(err))
	}
	fee := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: c.ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: fee,
		Gas: gas, To: &to, Value: value}), types.LatestSignerForChainID(c.ChainID), key)
	if err != nil {
		return err
	}
	if err := c.Client.SendTransaction(ctx, tx); err != nil {
		return fmt.Errorf("%w: pay %s: %w", ErrChain, to.Hex(), err)
	}
	_, err = c.mined(ctx, "pay "+to.Hex(), tx, nil)
	return err
}

// Mined waits for a transaction sent by the call that returned err, as
// every settlement function does: a failed send or a reverted transaction
// is an ErrReverted naming what.
func (c *Chain) Mined(ctx context.Context, what string, tx *types.Transaction, err error) (*types.Receipt, error) {
	return c.mined(ctx, what, tx, err)
}

// mined waits for tx, sent by the call that returned err, and returns its
// receipt; a failed send or a reverted transaction is an ErrReverted
// naming what and, where the node says, the contract's reason.
func (c *Chain) mined(ctx context.Context, what string, tx *types.Transaction, err error) (*types.Receipt, error) {
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %s", ErrReverted, what, reason(err))
	}
	if c.commit != nil {
		c.commit()
	}
	ctx, cancel := context.WithTimeout(ctx, c.Timeout)
	defer cancel()
	r, err := bind.WaitMined(ctx, c.deploy, tx)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: transaction %s not mined: %w", ErrChain, what, tx.Hash().Hex(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return nil, fmt.Errorf("%w: %s: transaction %s failed (gas used %d of %d)", ErrReverted, what, tx.Hash().Hex(), r.GasUsed, tx.Gas())
	}
	return r, nil
}

// knownErrors are the custom errors of every contract settlement calls.
var knownErrors = func() map[[4]byte]abi.Error {
	out := map[[4]byte]abi.Error{}
	for _, m := range []*bind.MetaData{bindings.PollMetaData, bindings.TallyMetaData, bindings.ExecutorMetaData,
		bindings.Groth16Verifier1MetaData, bindings.PollGroth16Verifier2MetaData} {
		a, err := m.GetAbi()
		if err != nil {
			continue
		}
		for _, e := range a.Errors {
			var id [4]byte
			copy(id[:], e.ID[:4])
			out[id] = e
		}
	}
	return out
}()

// reason names a contract's custom error in a failed call or estimate.
func reason(err error) string {
	var de rpc.DataError
	if errors.As(err, &de) {
		if s, ok := de.ErrorData().(string); ok {
			if data, derr := hexutil.Decode(s); derr == nil && len(data) >= 4 {
				var id [4]byte
				copy(id[:], data[:4])
				if e, ok := knownErrors[id]; ok {
					args, uerr := e.Inputs.Unpack(data[4:])
					if uerr == nil && len(args) > 0 {
						parts := make([]string, len(args))
						for i, a := range args {
							parts[i] = fmt.Sprint(a)
						}
						return fmt.Sprintf("%s(%s)", e.Name, strings.Join(parts, ", "))
					}
					return e.Name
				}
			}
		}
	}
	return err.Error()
}

// callErr wraps a failed view call.
func callErr(what string, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%w: %s: %s", ErrReverted, what, reason(err))
}
