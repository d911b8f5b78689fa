package fieldhex

import (
	"math/big"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/stretchr/testify/require"
)

func TestEncodeIsFixedWidthLowerCase(t *testing.T) {
	require.Equal(t, "0x"+strings.Repeat("0", 64), Encode(fr.Element{}))
	require.Equal(t, "0x"+strings.Repeat("0", 62)+"ff", Encode(fr.NewElement(255)))

	var minusOne fr.Element
	minusOne.SetInt64(-1)
	want := new(big.Int).Sub(fr.Modulus(), big.NewInt(1))
	require.Equal(t, "0x"+want.Text(16), Encode(minusOne))
}

func TestRoundTrip(t *testing.T) {
	for range 50 {
		var e fr.Element
		e.MustSetRandom()
		got, err := Decode(Encode(e))
		require.NoError(t, err)
		require.True(t, got.Equal(&e))
	}
}

func TestDecodeAcceptedForms(t *testing.T) {
	want := fr.NewElement(0xabc)
	for _, s := range []string{"0xabc", "abc", "0XABC", "0x0abc", "0x" + strings.Repeat("0", 61) + "abc"} {
		got, err := Decode(s)
		require.NoError(t, err, s)
		require.True(t, got.Equal(&want), s)
	}
}

func TestDecodeRejects(t *testing.T) {
	modulus := fr.Modulus()
	cases := map[string]struct {
		in   string
		want error
	}{
		"empty":          {"", ErrSyntax},
		"prefix only":    {"0x", ErrSyntax},
		"non-hex":        {"0xabcg", ErrSyntax},
		"inner space":    {"0xab cd", ErrSyntax},
		"sign":           {"-0x1", ErrSyntax},
		"65 digits":      {"0x1" + strings.Repeat("0", 64), ErrSyntax},
		"modulus":        {"0x" + modulus.Text(16), ErrNonCanonical},
		"modulus plus 1": {"0x" + new(big.Int).Add(modulus, big.NewInt(1)).Text(16), ErrNonCanonical},
		"all f":          {"0x" + strings.Repeat("f", 64), ErrNonCanonical},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := Decode(tc.in)
			require.ErrorIs(t, err, tc.want)
		})
	}
}
