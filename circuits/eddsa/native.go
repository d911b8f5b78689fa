package eddsa

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"golang.org/x/crypto/blake2b"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/poseidon"
)

// Signature is an EdDSA signature (R, S).
type Signature struct {
	R babyjub.Point
	S big.Int
}

// Challenge returns c = H(R, A, M).
func Challenge(r, a *babyjub.Point, msg fr.Element) fr.Element {
	return poseidon.Hash(circuits.DomainEdDSA, r.X, r.Y, a.X, a.Y, msg)
}

// Sign signs msg with sk.
func Sign(sk *babyjub.PrivateKey, msg fr.Element) Signature {
	l := babyjub.Order()
	skb := make([]byte, 32)
	sk.Scalar().FillBytes(skb)
	mb := msg.Bytes()
	digest := blake2b.Sum512(append(append([]byte("zkvote/eddsa/nonce"), skb...), mb[:]...))
	r := new(big.Int).SetBytes(digest[:])
	r.Mod(r, l)
	if r.Sign() == 0 { // probability 2^-251; keep R off the identity anyway
		r.SetInt64(1)
	}
	var sig Signature
	sig.R.ScalarMultiplicationBase(r)
	a := sk.Public()
	c := Challenge(&sig.R, &a, msg)
	cb := c.BigInt(new(big.Int))
	sig.S.Mul(cb, sk.Scalar())
	sig.S.Add(&sig.S, r)
	sig.S.Mod(&sig.S, l)
	return sig
}

// Verify checks sig on msg under the public key a.
func Verify(a *babyjub.Point, msg fr.Element, sig *Signature) error {
	if err := babyjub.ValidatePublicKey(a); err != nil {
		return fmt.Errorf("eddsa: public key: %w", err)
	}
	if sig.S.Sign() < 0 || sig.S.Cmp(babyjub.Order()) >= 0 {
		return ErrScalarRange
	}
	if !sig.R.IsOnCurve() {
		return ErrPointNotOnCurve
	}
	c := Challenge(&sig.R, a, msg)
	// [8]([S]B - [c]A - R) == O
	var lhs, ca babyjub.Point
	lhs.ScalarMultiplicationBase(&sig.S)
	ca.ScalarMultiplication(a, c.BigInt(new(big.Int)))
	ca.Neg(&ca)
	lhs.Add(&lhs, &ca)
	var negR babyjub.Point
	negR.Neg(&sig.R)
	lhs.Add(&lhs, &negR)
	if !babyjub.IsSmallOrder(&lhs) {
		return ErrInvalidSignature
	}
	return nil
}
