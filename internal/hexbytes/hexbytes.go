package hexbytes

import (
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
)

// ErrInvalid is returned by Decode for a string that is not hex.
var ErrInvalid = errors.New("hexbytes: not a hex byte string")

// Encode returns b as 0x-prefixed lower-case hex.
func Encode(b []byte) string { return "0x" + hex.EncodeToString(b) }

// Decode reads hex with or without the 0x prefix, in either case.
func Decode(s string) ([]byte, error) {
	digits := s
	if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
		digits = s[2:]
	}
	b, err := hex.DecodeString(digits)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	return b, nil
}
