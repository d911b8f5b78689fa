package settlement

import (
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/accounts/abi"
)

func bigOf(e fr.Element) *big.Int { return e.BigInt(new(big.Int)) }

// emptyABI deploys code whose constructor takes nothing.
var emptyABI abi.ABI
