package main

import (
	"encoding/hex"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/contracts/chaintest"
	"github.com/zkvote/zkvote/coordinator/coordtest"
)

// TestDemoOnGethDev runs the demo against a real node: geth --dev at the
// pinned go-ethereum, built and started by the test; the DAO's account
// funds the others, the timelock is waited out on the node's clock.
func TestDemoOnGethDev(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs geth")
	}
	ipc, rc := chaintest.DevNode(t)
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	chaintest.Fund(t, rc, crypto.PubkeyToAddress(key.PublicKey), new(big.Int).Mul(big.NewInt(10), big.NewInt(params.Ether)))
	_, keys := coordtest.Keys(t)
	coordtest.ProcessingKeys(t)
	r := zkvoteWith(t, map[string]string{ethKeyEnv: hex.EncodeToString(crypto.FromECDSA(key))},
		"demo", "--params", "test", "--keys", keys, "--rpc", ipc)
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Contains(t, r.stdout, "yes  5 votes (on-chain)")
	require.Contains(t, r.stdout, "the node's clock passed the timelock")
	require.Contains(t, r.stdout, "now holds 1000000000000000 wei")
}
