package registration

import (
	"context"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
)

// eip1271Magic is what isValidSignature returns for a valid signature.
var eip1271Magic = [4]byte{0x16, 0x26, 0xba, 0x7e}

var eip1271ABI = func() abi.ABI {
	a, err := abi.JSON(strings.NewReader(`[{"type":"function","name":"isValidSignature","stateMutability":"view",
		"inputs":[{"name":"hash","type":"bytes32"},{"name":"signature","type":"bytes"}],
		"outputs":[{"name":"","type":"bytes4"}]}]`))
	if err != nil {
		panic(err) // a constant
	}
	return a
}()

// Caller is what Node needs of a JSON-RPC client (ethclient.Client).
type Caller interface {
	CodeAt(ctx context.Context, account common.Address, block *big.Int) ([]byte, error)
	CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error)
}

// Node checks contract accounts' signatures (EIP-1271) at the head of a
// node's chain.
type Node struct{ Client Caller }

// IsContract reports whether account has code.
func (n Node) IsContract(ctx context.Context, account common.Address) (bool, error) {
	code, err := n.Client.CodeAt(ctx, account, nil)
	if err != nil {
		return false, fmt.Errorf("registration: reading the code of %s: %w", account.Hex(), err)
	}
	return len(code) > 0, nil
}

// IsValidSignature asks account's isValidSignature(digest, sig); a revert
// or an unexpected answer is a refusal.
func (n Node) IsValidSignature(ctx context.Context, account common.Address, digest [32]byte, sig []byte) (bool, error) {
	data, err := eip1271ABI.Pack("isValidSignature", digest, sig)
	if err != nil {
		return false, err
	}
	out, err := n.Client.CallContract(ctx, ethereum.CallMsg{To: &account, Data: data}, nil)
	if err != nil {
		return false, nil // a contract that reverts refuses
	}
	return len(out) >= 4 && [4]byte(out[:4]) == eip1271Magic, nil
}
