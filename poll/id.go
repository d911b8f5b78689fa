package poll

import (
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/internal/fieldhex"
)

// ParseID reads a poll ID (or any field element) as zkvote prints it:
// 0x-prefixed hex of a canonical BN254 scalar.
func ParseID(s string) (fr.Element, error) { return fieldhex.Decode(s) }

// FormatID writes a poll ID (or any field element) as zkvote prints it.
func FormatID(id fr.Element) string { return fieldhex.Encode(id) }
