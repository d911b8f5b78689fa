package main

import (
	"bytes"
	"os"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestCommittedFileIsCurrent fails when contracts/src/Poseidon2.sol is not
// what the generator writes now (after an edit of either, or new
// constants in gnark-crypto).
func TestCommittedFileIsCurrent(t *testing.T) {
	want, err := Generate()
	require.NoError(t, err)
	got, err := os.ReadFile("../../src/Poseidon2.sol")
	require.NoError(t, err)
	require.True(t, bytes.Equal(want, got),
		"contracts/src/Poseidon2.sol is stale: run go run ./contracts/internal/poseidon2gen, then contracts/build.sh")
}

// TestGenerateIsDeterministic guards against output that depends on map
// order or the like: the committed file must be reproducible.
func TestGenerateIsDeterministic(t *testing.T) {
	a, err := Generate()
	require.NoError(t, err)
	for range 3 {
		b, err := Generate()
		require.NoError(t, err)
		require.Equal(t, a, b)
	}
}
