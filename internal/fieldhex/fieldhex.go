package fieldhex

import (
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// digits is the length of a full encoding without its prefix.
const digits = 2 * fr.Bytes

// Encode returns e as "0x" and 64 lower-case hex digits, big-endian.
func Encode(e fr.Element) string {
	b := e.Bytes()
	return "0x" + hex.EncodeToString(b[:])
}

// Decode parses a field element written in hex, with or without the 0x
// prefix. It refuses empty text, more than 64 digits, anything that is not
// a hex digit, and values at or above the field modulus.
func Decode(s string) (fr.Element, error) {
	h, ok := strings.CutPrefix(s, "0x")
	if !ok {
		h, _ = strings.CutPrefix(s, "0X")
	}
	switch {
	case h == "":
		return fr.Element{}, fmt.Errorf("%w: %q has no digits", ErrSyntax, s)
	case len(h) > digits:
		return fr.Element{}, fmt.Errorf("%w: %d hex digits, at most %d", ErrSyntax, len(h), digits)
	}
	var buf [fr.Bytes]byte
	padded := strings.Repeat("0", digits-len(h)) + h
	if _, err := hex.Decode(buf[:], []byte(padded)); err != nil {
		return fr.Element{}, fmt.Errorf("%w: %q is not hexadecimal", ErrSyntax, s)
	}
	e, err := fr.BigEndian.Element(&buf)
	if err != nil {
		return fr.Element{}, fmt.Errorf("%w: %s", ErrNonCanonical, s)
	}
	return e, nil
}

// EncodeAll encodes each element with Encode.
func EncodeAll(es []fr.Element) []string {
	out := make([]string, len(es))
	for i := range es {
		out[i] = Encode(es[i])
	}
	return out
}

// DecodeAll decodes each string with Decode; an error names the element.
func DecodeAll(ss []string) ([]fr.Element, error) {
	out := make([]fr.Element, len(ss))
	for i, s := range ss {
		var err error
		if out[i], err = Decode(s); err != nil {
			return nil, fmt.Errorf("element %d: %w", i, err)
		}
	}
	return out, nil
}
