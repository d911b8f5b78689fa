package encrypt

import (
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/poseidon"
)

func initState(key *babyjub.Point, nonce fr.Element, n int) []fr.Element {
	state := make([]fr.Element, poseidon.SpongeWidth(n))
	state[0] = poseidon.CapacityIV(circuits.DomainEncrypt, n)
	state[1] = key.X
	state[2] = key.Y
	state[3] = nonce
	poseidon.Permute(state)
	return state
}

// Encrypt returns the ciphertext of msg (len(msg) elements, at least one)
// followed by the authentication tag.
func Encrypt(key *babyjub.Point, nonce fr.Element, msg []fr.Element) []fr.Element {
	if len(msg) == 0 {
		panic("encrypt: empty plaintext")
	}
	state := initState(key, nonce, len(msg))
	rate := len(state) - 1
	ct := make([]fr.Element, len(msg)+1)
	for start := 0; start < len(msg); start += rate {
		end := min(start+rate, len(msg))
		for i := start; i < end; i++ {
			ct[i].Add(&state[1+i-start], &msg[i])
			state[1+i-start] = ct[i]
		}
		poseidon.Permute(state)
	}
	ct[len(msg)] = state[1]
	return ct
}

// Decrypt returns the plaintext of ct (ciphertext followed by tag), or
// ErrAuth when the tag does not match.
func Decrypt(key *babyjub.Point, nonce fr.Element, ct []fr.Element) ([]fr.Element, error) {
	if len(ct) < 2 {
		return nil, ErrCiphertext
	}
	n := len(ct) - 1
	state := initState(key, nonce, n)
	rate := len(state) - 1
	msg := make([]fr.Element, n)
	for start := 0; start < n; start += rate {
		end := min(start+rate, n)
		for i := start; i < end; i++ {
			msg[i].Sub(&ct[i], &state[1+i-start])
			state[1+i-start] = ct[i]
		}
		poseidon.Permute(state)
	}
	if !state[1].Equal(&ct[n]) {
		return nil, ErrAuth
	}
	return msg, nil
}
