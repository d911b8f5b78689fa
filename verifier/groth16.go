package verifier

import (
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
)

// preparedKey is a BN254 Groth16 verifying key made ready for fast
// verification: e(α, β) computed once, and the Miller-loop lines of the
// fixed G2 points −γ and −δ precomputed, so that each proof costs one full
// Miller loop (e(A, B)), two fixed-argument ones and one final
// exponentiation. It checks the same equation as gnark's Verify,
//
//	e(A, B) · e(C, −δ) · e(Σ xᵢ·Kᵢ, −γ) = e(α, β),
//
// for circuits without BSB22 commitments (zkvote's intake circuits carry
// none). The proof's points are subgroup-checked once, when it is decoded.
type preparedKey struct {
	alphaBeta    bn254.GT
	lines        [][2][len(bn254.LoopCounter)]bn254.LineEvaluationAff // −δ, −γ
	negBetaLines *[2][len(bn254.LoopCounter)]bn254.LineEvaluationAff  // −β, for batches
	alpha        bn254.G1Affine
	k            []bn254.G1Affine
}

var (
	preparedMu   sync.Mutex
	preparedKeys = map[*groth16bn254.VerifyingKey]*preparedKey{}
)

// prepare returns the prepared form of vk (cached), or nil when vk needs
// gnark's general verifier (commitments).
func prepare(vk groth16.VerifyingKey) (*preparedKey, error) {
	v, ok := vk.(*groth16bn254.VerifyingKey)
	if !ok {
		return nil, fmt.Errorf("%w: not a BN254 key", ErrWrongKey)
	}
	if len(v.CommitmentKeys) != 0 {
		return nil, nil
	}
	preparedMu.Lock()
	defer preparedMu.Unlock()
	if p, ok := preparedKeys[v]; ok {
		return p, nil
	}
	e, err := bn254.Pair([]bn254.G1Affine{v.G1.Alpha}, []bn254.G2Affine{v.G2.Beta})
	if err != nil {
		return nil, err
	}
	var negDelta, negGamma, negBeta bn254.G2Affine
	negDelta.Neg(&v.G2.Delta)
	negGamma.Neg(&v.G2.Gamma)
	negBeta.Neg(&v.G2.Beta)
	betaLines := bn254.PrecomputeLines(negBeta)
	p := &preparedKey{alphaBeta: e, k: v.G1.K, alpha: v.G1.Alpha, negBetaLines: &betaLines,
		lines: [][2][len(bn254.LoopCounter)]bn254.LineEvaluationAff{bn254.PrecomputeLines(negDelta), bn254.PrecomputeLines(negGamma)}}
	preparedKeys[v] = p
	return p, nil
}

var errPairing = errors.New("pairing check failed")

// verify checks a decoded proof against public inputs.
func (p *preparedKey) verify(proof *groth16bn254.Proof, public []fr.Element) error {
	if len(proof.Commitments) != 0 {
		return errors.New("unexpected commitments in the proof")
	}
	if len(public) != len(p.k)-1 {
		return fmt.Errorf("%d public inputs, the key expects %d", len(public), len(p.k)-1)
	}
	var sum bn254.G1Jac
	sum.FromAffine(&p.k[0])
	for i := range public {
		var term bn254.G1Jac
		term.ScalarMultiplication(new(bn254.G1Jac).FromAffine(&p.k[i+1]), public[i].BigInt(new(big.Int)))
		sum.AddAssign(&term)
	}
	var l bn254.G1Affine
	l.FromJacobian(&sum)
	ab, err := bn254.MillerLoop([]bn254.G1Affine{proof.Ar}, []bn254.G2Affine{proof.Bs})
	if err != nil {
		return err
	}
	// MillerLoopFixedQ evaluates the lines in place: give it a copy.
	lines := make([][2][len(bn254.LoopCounter)]bn254.LineEvaluationAff, len(p.lines))
	copy(lines, p.lines)
	fixed, err := bn254.MillerLoopFixedQ([]bn254.G1Affine{proof.Krs, l}, lines)
	if err != nil {
		return err
	}
	if res := bn254.FinalExponentiation(&ab, &fixed); !res.Equal(&p.alphaBeta) {
		return errPairing
	}
	return nil
}

// verifyGroth16 verifies with the prepared key when possible, else with gnark.
func verifyGroth16(vk groth16.VerifyingKey, proof groth16.Proof, public []fr.Element) error {
	p, err := prepare(vk)
	if err != nil {
		return err
	}
	pr, ok := proof.(*groth16bn254.Proof)
	if p == nil || !ok {
		w, err := publicWitness(public)
		if err != nil {
			return err
		}
		return groth16.Verify(proof, vk, w)
	}
	return p.verify(pr, public)
}
