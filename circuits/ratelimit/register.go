package ratelimit

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/eddsa"
)

// Registration is a rate set as a join registers it: the public identities,
// signed by the join's poll key over the set's leaf and the poll ID.
type Registration struct {
	Identities [Identities]fr.Element
	Signature  eddsa.Signature
}

// Register signs a set's registration with the join's poll key.
func Register(pollID fr.Element, set *Set, pollKey *babyjub.PrivateKey) *Registration {
	return &Registration{Identities: set.Identities, Signature: eddsa.Sign(pollKey, RegistrationMessage(pollID, set.Leaf()))}
}

// Leaf returns the registered set's leaf.
func (r *Registration) Leaf() fr.Element { return Leaf(r.Identities) }

// Verify checks that the join's poll key signed this registration.
func (r *Registration) Verify(pollID fr.Element, pollKey *babyjub.Point) error {
	if err := eddsa.Verify(pollKey, RegistrationMessage(pollID, r.Leaf()), &r.Signature); err != nil {
		return fmt.Errorf("%w: %w", ErrRegistration, err)
	}
	return nil
}

// Pass is what a command carries: the root it was proven against, the
// nullifier of the slot it spends, and the compressed Groth16 proof.
type Pass struct {
	Root      fr.Element
	Nullifier fr.Element
	Proof     []byte
}
