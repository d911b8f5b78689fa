package client

import (
	cryptorand "crypto/rand"
	"fmt"
	"io"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/poseidon"
	"github.com/zkvote/zkvote/internal/fieldhex"
)

// Identity is a voter's secret and its commitment. Its String and GoString
// show only the commitment, so logging an Identity cannot leak the secret.
type Identity struct {
	secret     fr.Element
	commitment fr.Element
}

// NewIdentity draws a fresh secret from rand (crypto/rand.Reader when nil). It reads 64 bytes and reduces them modulo the field, which
// leaves a bias below 2^-250, and draws again in the impossible case of zero.
func NewIdentity(rand io.Reader) (*Identity, error) {
	if rand == nil {
		rand = cryptorand.Reader
	}
	var buf [64]byte
	for {
		if _, err := io.ReadFull(rand, buf[:]); err != nil {
			return nil, fmt.Errorf("client: reading randomness: %w", err)
		}
		var secret fr.Element
		secret.SetBigInt(new(big.Int).SetBytes(buf[:]))
		clear(buf[:])
		if !secret.IsZero() {
			return newIdentity(secret), nil
		}
	}
}

func newIdentity(secret fr.Element) *Identity {
	return &Identity{secret: secret, commitment: poseidon.Hash(circuits.DomainIdentity, secret)}
}

// Commitment returns poseidon.Hash(circuits.DomainIdentity, secret), the
// value a census lists for this voter.
func (id *Identity) Commitment() fr.Element { return id.commitment }

// Secret returns the identity secret, for building proof witnesses. Anyone
// who learns it can vote in this voter's place; never log or send it.
func (id *Identity) Secret() fr.Element { return id.secret }

// String returns the commitment only.
func (id Identity) String() string { return "identity " + fieldhex.Encode(id.commitment) }

// GoString returns the commitment only, so that %#v does not print the secret.
func (id Identity) GoString() string {
	return "client.Identity{commitment: " + fieldhex.Encode(id.commitment) + "}"
}
