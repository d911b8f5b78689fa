package bindings

import (
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"
)

// TestTestTokens deploys the committed bytecode of each test token on the
// simulated chain and checks, through the bindings, what the tests built on
// them rely on: deployer-only minting, and votes that follow delegation.
func TestTestTokens(t *testing.T) {
	owner, err := crypto.GenerateKey()
	require.NoError(t, err)
	other, err := crypto.GenerateKey()
	require.NoError(t, err)
	ownerAddr, otherAddr := crypto.PubkeyToAddress(owner.PublicKey), crypto.PubkeyToAddress(other.PublicKey)
	eth := big.NewInt(params.Ether)
	sim := simulated.NewBackend(types.GenesisAlloc{ownerAddr: {Balance: eth}, otherAddr: {Balance: eth}})
	t.Cleanup(func() { _ = sim.Close() })
	client := sim.Client()
	auth := func(k *ecdsa.PrivateKey) *bind.TransactOpts {
		opts, err := bind.NewKeyedTransactorWithChainID(k, big.NewInt(1337))
		require.NoError(t, err)
		opts.GasLimit = 3_000_000 // estimates miss a checkpoint pushed in the next block
		return opts
	}
	mined := func(tx *types.Transaction, err error) uint64 {
		t.Helper()
		require.NoError(t, err)
		sim.Commit()
		r, err := client.TransactionReceipt(t.Context(), tx.Hash())
		require.NoError(t, err)
		return r.Status
	}
	call := &bind.CallOpts{Context: t.Context()}

	_, tx, tok, err := DeployVotesToken(auth(owner), client, "Vote", "VOTE")
	require.Equal(t, types.ReceiptStatusSuccessful, mined(tx, err))
	require.Equal(t, types.ReceiptStatusSuccessful, mined(tok.Mint(auth(owner), otherAddr, big.NewInt(7))))
	require.Equal(t, types.ReceiptStatusFailed, mined(tok.Mint(auth(other), otherAddr, big.NewInt(7))), "only the deployer mints")
	votes, err := tok.GetVotes(call, otherAddr)
	require.NoError(t, err)
	require.Zero(t, votes.Sign(), "no votes before delegating")
	require.Equal(t, types.ReceiptStatusSuccessful, mined(tok.Delegate(auth(other), otherAddr)))
	votes, err = tok.GetVotes(call, otherAddr)
	require.NoError(t, err)
	require.Equal(t, int64(7), votes.Int64())

	_, tx, nft, err := DeployVotesNFT(auth(owner), client, "Seat", "SEAT")
	require.Equal(t, types.ReceiptStatusSuccessful, mined(tx, err))
	require.Equal(t, types.ReceiptStatusSuccessful, mined(nft.Mint(auth(owner), otherAddr, big.NewInt(1))))
	require.Equal(t, types.ReceiptStatusSuccessful, mined(nft.Delegate(auth(other), common.Address{1})))
	votes, err = nft.GetVotes(call, common.Address{1})
	require.NoError(t, err)
	require.Equal(t, int64(1), votes.Int64())

	_, tx, plain, err := DeployPlainToken(auth(owner), client, "Plain", "PLN")
	require.Equal(t, types.ReceiptStatusSuccessful, mined(tx, err))
	require.Equal(t, types.ReceiptStatusSuccessful, mined(plain.Mint(auth(owner), otherAddr, big.NewInt(3))))
	bal, err := plain.BalanceOf(call, otherAddr)
	require.NoError(t, err)
	require.Equal(t, int64(3), bal.Int64())
}
