package babyjub

import (
	"crypto/rand"
	"fmt"
	"io"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"
)

// Point is a native affine BabyJubJub point.
type Point = twistededwards.PointAffine

// Order returns l, the order of the prime subgroup.
func Order() *big.Int {
	c := twistededwards.GetEdwardsCurve()
	return new(big.Int).Set(&c.Order)
}

// Base returns the base point B that generates the prime subgroup.
func Base() Point {
	c := twistededwards.GetEdwardsCurve()
	return c.Base
}

// PrivateKey is a BabyJubJub private scalar in [1, l).
type PrivateKey struct {
	scalar big.Int
}

// GenerateKey draws a uniform private key from r (crypto/rand when nil).
func GenerateKey(r io.Reader) (*PrivateKey, error) {
	if r == nil {
		r = rand.Reader
	}
	l := Order()
	for {
		s, err := rand.Int(r, l)
		if err != nil {
			return nil, fmt.Errorf("babyjub: draw key: %w", err)
		}
		if s.Sign() != 0 {
			k := &PrivateKey{}
			k.scalar.Set(s)
			return k, nil
		}
	}
}

// NewPrivateKey wraps a scalar, which must be in [1, l).
func NewPrivateKey(s *big.Int) (*PrivateKey, error) {
	if s.Sign() <= 0 || s.Cmp(Order()) >= 0 {
		return nil, ErrZeroScalar
	}
	k := &PrivateKey{}
	k.scalar.Set(s)
	return k, nil
}

// Scalar returns a copy of the private scalar.
func (k *PrivateKey) Scalar() *big.Int { return new(big.Int).Set(&k.scalar) }

// Public returns [sk]B.
func (k *PrivateKey) Public() Point {
	var p Point
	p.ScalarMultiplicationBase(&k.scalar)
	return p
}

// IsSmallOrder reports whether [8]p is the identity.
func IsSmallOrder(p *Point) bool {
	var q Point
	q.Double(p)
	q.Double(&q)
	q.Double(&q)
	return q.IsZero()
}

// ValidatePublicKey checks that p is on the curve, not of small order, and
// in the prime-order subgroup. (A point of the prime-order subgroup other
// than the identity cannot be of small order, so the costly cofactor
// multiplication only runs to name the failure.)
func ValidatePublicKey(p *Point) error {
	switch {
	case !p.IsOnCurve():
		return ErrNotOnCurve
	case p.IsZero():
		return ErrSmallOrder
	case !p.IsInSubGroup():
		if IsSmallOrder(p) {
			return ErrSmallOrder
		}
		return ErrNotInSubgroup
	}
	return nil
}

// Shared returns the ECDH key [sk]([8]pub) after validating pub.
func (k *PrivateKey) Shared(pub *Point) (Point, error) {
	if err := ValidatePublicKey(pub); err != nil {
		return Point{}, err
	}
	var p Point
	p.Double(pub)
	p.Double(&p)
	p.Double(&p)
	p.ScalarMultiplication(&p, &k.scalar)
	return p, nil
}

// ScalarToElement returns a scalar below l as a field element (l < r, so the
// value is unchanged); circuits take private keys in this form.
func ScalarToElement(s *big.Int) fr.Element {
	var e fr.Element
	e.SetBigInt(s)
	return e
}
