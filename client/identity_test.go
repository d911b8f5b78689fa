package client

import (
	"bytes"
	"crypto/rand"
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/poseidon"
	"github.com/zkvote/zkvote/internal/fieldhex"
)

func TestNewIdentityCommitment(t *testing.T) {
	id, err := NewIdentity(rand.Reader)
	require.NoError(t, err)
	secret := id.Secret()
	require.False(t, secret.IsZero())
	want := poseidon.Hash(circuits.DomainIdentity, secret)
	got := id.Commitment()
	require.True(t, got.Equal(&want))

	other, err := NewIdentity(rand.Reader)
	require.NoError(t, err)
	otherSecret := other.Secret()
	require.False(t, otherSecret.Equal(&secret), "two identities share a secret")
}

func TestNewIdentityIsDeterministicInItsRandomness(t *testing.T) {
	seed := bytes.Repeat([]byte{7}, 64)
	a, err := NewIdentity(bytes.NewReader(seed))
	require.NoError(t, err)
	b, err := NewIdentity(bytes.NewReader(seed))
	require.NoError(t, err)
	ca, cb := a.Commitment(), b.Commitment()
	require.True(t, ca.Equal(&cb))
}

func TestNewIdentitySkipsZero(t *testing.T) {
	// 64 zero bytes give the zero element, which must be drawn again.
	src := append(make([]byte, 64), bytes.Repeat([]byte{1}, 64)...)
	id, err := NewIdentity(bytes.NewReader(src))
	require.NoError(t, err)
	secret := id.Secret()
	require.False(t, secret.IsZero())
}

func TestNewIdentityShortRandomness(t *testing.T) {
	_, err := NewIdentity(bytes.NewReader(make([]byte, 10)))
	require.Error(t, err)
}

func TestIdentityFormattingHidesSecret(t *testing.T) {
	id, err := NewIdentity(rand.Reader)
	require.NoError(t, err)
	secret := id.Secret()
	hexSecret := fieldhex.Encode(secret)
	decSecret := secret.String()
	for _, verb := range []string{"%v", "%+v", "%#v", "%s"} {
		for _, v := range []any{id, *id} {
			out := fmt.Sprintf(verb, v)
			require.Contains(t, out, fieldhex.Encode(id.Commitment()), verb)
			require.NotContains(t, out, hexSecret[2:], verb)
			require.NotContains(t, out, decSecret, verb)
		}
	}
}
