package encrypt

import (
	"math/big"

	"github.com/consensys/gnark/frontend"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/poseidon"
)

// duplex runs the sponge over the ciphertext and returns the keystream
// blocks (one element per ciphertext element) and the expected tag.
func duplex(api frontend.API, h *poseidon.Hasher, key babyjub.CircuitPoint, nonce frontend.Variable, ct []frontend.Variable) (keystream []frontend.Variable, tag frontend.Variable) {
	n := len(ct)
	state := make([]frontend.Variable, poseidon.SpongeWidth(n))
	iv := poseidon.CapacityIV(circuits.DomainEncrypt, n)
	state[0] = iv.BigInt(new(big.Int))
	state[1], state[2], state[3] = key.X, key.Y, nonce
	for i := 4; i < len(state); i++ {
		state[i] = 0
	}
	h.Permute(state)
	rate := len(state) - 1
	keystream = make([]frontend.Variable, n)
	for start := 0; start < n; start += rate {
		end := min(start+rate, n)
		for i := start; i < end; i++ {
			keystream[i] = state[1+i-start]
			state[1+i-start] = ct[i]
		}
		h.Permute(state)
	}
	return keystream, state[1]
}

// AssertEncrypts constrains ct (ciphertext followed by tag, len(msg)+1
// elements) to be the encryption of msg under key and nonce.
func AssertEncrypts(api frontend.API, h *poseidon.Hasher, key babyjub.CircuitPoint, nonce frontend.Variable, msg, ct []frontend.Variable) {
	if len(ct) != len(msg)+1 {
		panic("encrypt: ciphertext must be one element longer than the plaintext")
	}
	ks, tag := duplex(api, h, key, nonce, ct[:len(msg)])
	for i := range msg {
		api.AssertIsEqual(ct[i], api.Add(ks[i], msg[i]))
	}
	api.AssertIsEqual(ct[len(msg)], tag)
}

// TryDecrypt returns, in circuit, the plaintext of ct (ciphertext followed by
// tag) and a boolean that is 1 iff the tag matches. It does not assert
// validity: a message processor must treat an undecryptable message as a
// no-op rather than fail.
func TryDecrypt(api frontend.API, h *poseidon.Hasher, key babyjub.CircuitPoint, nonce frontend.Variable, ct []frontend.Variable) (msg []frontend.Variable, valid frontend.Variable) {
	if len(ct) < 2 {
		panic("encrypt: ciphertext too short")
	}
	n := len(ct) - 1
	ks, tag := duplex(api, h, key, nonce, ct[:n])
	msg = make([]frontend.Variable, n)
	for i := range msg {
		msg[i] = api.Sub(ct[i], ks[i])
	}
	return msg, api.IsZero(api.Sub(ct[n], tag))
}
