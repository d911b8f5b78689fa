package hexbytes

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestRoundTrip(t *testing.T) {
	for _, b := range [][]byte{{}, {0}, {0xde, 0xad, 0xbe, 0xef}} {
		s := Encode(b)
		require.Regexp(t, `^0x[0-9a-f]*$`, s)
		got, err := Decode(s)
		require.NoError(t, err)
		require.Equal(t, b, got)
	}
}

// TestDecodeOlderForm: signatures and keys were written without the prefix.
func TestDecodeOlderForm(t *testing.T) {
	for _, s := range []string{"deadbeef", "0xDEADBEEF", "0Xdeadbeef"} {
		got, err := Decode(s)
		require.NoError(t, err)
		require.Equal(t, []byte{0xde, 0xad, 0xbe, 0xef}, got)
	}
}

func TestDecodeRejects(t *testing.T) {
	for _, s := range []string{"0x1", "0xzz", "3q2+7w==", "0x0x00"} {
		_, err := Decode(s)
		require.ErrorIs(t, err, ErrInvalid, s)
	}
}
