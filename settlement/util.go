package settlement

import (
	"crypto/sha256"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/accounts/abi"
)

func bigOf(e fr.Element) *big.Int { return e.BigInt(new(big.Int)) }

func sha256Sum(b []byte) [32]byte { return sha256.Sum256(b) }

// emptyABI deploys code whose constructor takes nothing.
var emptyABI abi.ABI
