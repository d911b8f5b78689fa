package golden

import (
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
)

// Vars returns field elements as circuit assignment values.
func Vars(xs []fr.Element) []frontend.Variable {
	out := make([]frontend.Variable, len(xs))
	for i := range xs {
		out[i] = xs[i]
	}
	return out
}

// Strs returns field elements as decimal strings, the form of test vectors.
func Strs(xs []fr.Element) []string {
	out := make([]string, len(xs))
	for i := range xs {
		out[i] = xs[i].String()
	}
	return out
}
