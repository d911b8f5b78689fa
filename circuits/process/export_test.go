package process

import "math/big"

// Hint is a hint function's signature.
type Hint = func(mod *big.Int, in, out []*big.Int) error

// DishonestHints replaces the hints' implementations, as a dishonest
// prover may, and returns a function that restores them.
func DishonestHints(torsion, below, sign func(honest Hint) Hint) (restore func()) {
	t, b, s := torsionHintImpl, belowHintImpl, signHintImpl
	if torsion != nil {
		torsionHintImpl = torsion(honestTorsionHint)
	}
	if below != nil {
		belowHintImpl = below(honestBelowHint)
	}
	if sign != nil {
		signHintImpl = sign(honestSignHint)
	}
	return func() { torsionHintImpl, belowHintImpl, signHintImpl = t, b, s }
}
