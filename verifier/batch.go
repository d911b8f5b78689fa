package verifier

import (
	"crypto/rand"
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
)

// Batch verification of Groth16 proofs under one prepared key. With fresh
// random 128-bit rᵢ (unknown to whoever made the proofs), all n equations
// e(Aᵢ, Bᵢ)·e(Cᵢ, −δ)·e(Lᵢ, −γ)·e(α, −β) = 1 hold together iff
//
//	Πᵢ e(rᵢAᵢ, Bᵢ) · e(Σ rᵢCᵢ, −δ) · e(Σ rᵢLᵢ, −γ) · e((Σ rᵢ)α, −β) = 1
//
// except with probability about n·2⁻¹²⁸. Σ rᵢLᵢ needs only one scalar
// multiplication per public input for the whole batch, the −δ, −γ, −β
// loops use precomputed lines, and there is a single final
// exponentiation: per proof, one shared Miller-loop pair and two 128-bit
// G1 multiplications remain. A failed batch says only that some proof is
// invalid; Batcher (run) then checks each proof alone.

// batchItem is one proof and its public inputs.
type batchItem struct {
	proof  *groth16bn254.Proof
	public []fr.Element
}

func random128() (*big.Int, error) {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return nil, err
	}
	b[0] |= 0x80 // never zero
	return new(big.Int).SetBytes(b[:]), nil
}

// verifyBatch reports whether every proof of the batch verifies (with the
// soundness error above). It does not say which one failed.
func (p *preparedKey) verifyBatch(items []batchItem) (bool, error) {
	if len(items) == 0 {
		return true, nil
	}
	if p.negBetaLines == nil {
		return false, errors.New("key not prepared for batches")
	}
	n := len(items)
	ras := make([]bn254.G1Affine, n)
	bs := make([]bn254.G2Affine, n)
	var sumC, sumL bn254.G1Jac
	rSum := new(big.Int)
	// Σ rᵢ·xᵢⱼ per public input j, reduced mod r
	coeff := make([]fr.Element, len(p.k)-1)
	for i, it := range items {
		if len(it.proof.Commitments) != 0 || len(it.public) != len(p.k)-1 {
			return false, fmt.Errorf("proof %d does not fit the key", i)
		}
		r, err := random128()
		if err != nil {
			return false, err
		}
		rSum.Add(rSum, r)
		var t bn254.G1Jac
		t.FromAffine(&it.proof.Ar)
		t.ScalarMultiplication(&t, r)
		ras[i].FromJacobian(&t)
		bs[i] = it.proof.Bs
		t.FromAffine(&it.proof.Krs)
		t.ScalarMultiplication(&t, r)
		sumC.AddAssign(&t)
		var re fr.Element
		re.SetBigInt(r)
		for j := range it.public {
			var prod fr.Element
			prod.Mul(&re, &it.public[j])
			coeff[j].Add(&coeff[j], &prod)
		}
	}
	// Σ rᵢLᵢ = (Σ rᵢ)·K₀ + Σⱼ coeffⱼ·Kⱼ₊₁
	var t bn254.G1Jac
	t.FromAffine(&p.k[0])
	sumL.ScalarMultiplication(&t, rSum)
	for j := range coeff {
		t.FromAffine(&p.k[j+1])
		t.ScalarMultiplication(&t, coeff[j].BigInt(new(big.Int)))
		sumL.AddAssign(&t)
	}
	var alpha bn254.G1Jac
	alpha.FromAffine(&p.alpha)
	alpha.ScalarMultiplication(&alpha, rSum)

	fixedP := bn254.BatchJacobianToAffineG1([]bn254.G1Jac{sumC, sumL, alpha})
	lines := [][2][len(bn254.LoopCounter)]bn254.LineEvaluationAff{p.lines[0], p.lines[1], *p.negBetaLines}
	ml, err := bn254.MillerLoop(ras, bs)
	if err != nil {
		return false, err
	}
	fixed, err := bn254.MillerLoopFixedQ(fixedP, lines)
	if err != nil {
		return false, err
	}
	res := bn254.FinalExponentiation(&ml, &fixed)
	return res.IsOne(), nil
}
