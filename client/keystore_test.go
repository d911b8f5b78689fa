package client

import (
	"bytes"
	"crypto/rand"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/internal/fieldhex"
)

var update = flag.Bool("update", false, "rewrite the keystore fixtures in testdata/")

// fastKDF keeps scrypt cheap in tests; the format is the same.
var fastKDF = withScryptN(1 << 10)

var passphrase = []byte("correct horse battery staple")

func newTestIdentity(t *testing.T) *Identity {
	t.Helper()
	id, err := NewIdentity(rand.Reader)
	require.NoError(t, err)
	return id
}

func requireSameIdentity(t *testing.T, want, got *Identity) {
	t.Helper()
	ws, gs := want.Secret(), got.Secret()
	require.True(t, ws.Equal(&gs), "secrets differ")
	wc, gc := want.Commitment(), got.Commitment()
	require.True(t, wc.Equal(&gc), "commitments differ")
}

func TestKeystoreRoundTrip(t *testing.T) {
	for name, pass := range map[string][]byte{"encrypted": passphrase, "plain": nil} {
		t.Run(name, func(t *testing.T) {
			id := newTestIdentity(t)
			path := filepath.Join(t.TempDir(), "id.json")
			require.NoError(t, SaveIdentity(path, id, pass, fastKDF))

			info, err := os.Stat(path)
			require.NoError(t, err)
			require.Equal(t, os.FileMode(0o600), info.Mode().Perm())

			got, err := LoadIdentity(path, pass)
			require.NoError(t, err)
			requireSameIdentity(t, id, got)

			ki, err := InspectKeystore(path)
			require.NoError(t, err)
			require.Equal(t, len(pass) > 0, ki.Encrypted)
			require.Equal(t, 1, ki.Version)
			want := id.Commitment()
			require.True(t, ki.Commitment.Equal(&want))
		})
	}
}

func TestEncryptedKeystoreHoldsNoSecret(t *testing.T) {
	id := newTestIdentity(t)
	path := filepath.Join(t.TempDir(), "id.json")
	require.NoError(t, SaveIdentity(path, id, passphrase, fastKDF))
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	require.NotContains(t, string(data), fieldhex.Encode(id.Secret())[2:])
	require.Contains(t, string(data), fieldhex.Encode(id.Commitment()))
}

func TestDefaultScryptCost(t *testing.T) {
	if testing.Short() {
		t.Skip("scrypt with N=2^17 takes about a second")
	}
	id := newTestIdentity(t)
	path := filepath.Join(t.TempDir(), "id.json")
	require.NoError(t, SaveIdentity(path, id, passphrase))
	ks := readJSON(t, path)
	require.Equal(t, 1<<17, ks.Crypto.KDFParams.N)
	require.Equal(t, 8, ks.Crypto.KDFParams.R)
	require.Equal(t, 1, ks.Crypto.KDFParams.P)
	require.Len(t, ks.Crypto.KDFParams.Salt, 64)
}

func TestSaveRefusesToOverwrite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "id.json")
	first, second := newTestIdentity(t), newTestIdentity(t)
	require.NoError(t, SaveIdentity(path, first, nil))

	require.ErrorIs(t, SaveIdentity(path, second, nil), ErrKeystoreExists)
	got, err := LoadIdentity(path, nil)
	require.NoError(t, err)
	requireSameIdentity(t, first, got)

	require.NoError(t, SaveIdentity(path, second, passphrase, fastKDF, Overwrite()))
	got, err = LoadIdentity(path, passphrase)
	require.NoError(t, err)
	requireSameIdentity(t, second, got)
}

func TestSaveRejectsBadOption(t *testing.T) {
	path := filepath.Join(t.TempDir(), "id.json")
	require.ErrorIs(t, SaveIdentity(path, newTestIdentity(t), passphrase, withScryptN(1000)), ErrInvalidOption)
	require.NoFileExists(t, path)
}

func TestLoadEncryptedNeedsTheRightPassphrase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "id.json")
	require.NoError(t, SaveIdentity(path, newTestIdentity(t), passphrase, fastKDF))

	_, err := LoadIdentity(path, nil)
	require.ErrorIs(t, err, ErrPassphraseRequired)
	_, err = LoadIdentity(path, []byte("Correct horse battery staple"))
	require.ErrorIs(t, err, ErrWrongPassphrase)
}

func TestLoadMissingFile(t *testing.T) {
	_, err := LoadIdentity(filepath.Join(t.TempDir(), "none.json"), nil)
	require.ErrorIs(t, err, os.ErrNotExist)
}

// TestLoadRejectsTampering edits a valid keystore one way at a time; each
// edit must be refused with the given error.
func TestLoadRejectsTampering(t *testing.T) {
	other := newTestIdentity(t)
	cases := map[string]struct {
		encrypted bool
		edit      func(ks *keystoreJSON)
		want      error
	}{
		"swapped commitment, encrypted": {true, func(ks *keystoreJSON) { ks.Commitment = fieldhex.Encode(other.Commitment()) }, ErrWrongPassphrase},
		"flipped ciphertext":            {true, func(ks *keystoreJSON) { ks.Crypto.Ciphertext = flipHex(ks.Crypto.Ciphertext) }, ErrWrongPassphrase},
		"flipped nonce":                 {true, func(ks *keystoreJSON) { ks.Crypto.Nonce = flipHex(ks.Crypto.Nonce) }, ErrWrongPassphrase},
		"flipped salt":                  {true, func(ks *keystoreJSON) { ks.Crypto.KDFParams.Salt = flipHex(ks.Crypto.KDFParams.Salt) }, ErrWrongPassphrase},
		"short nonce":                   {true, func(ks *keystoreJSON) { ks.Crypto.Nonce = ks.Crypto.Nonce[2:] }, ErrMalformedKeystore},
		"unknown kdf":                   {true, func(ks *keystoreJSON) { ks.Crypto.KDF = "pbkdf2" }, ErrMalformedKeystore},
		"unknown cipher":                {true, func(ks *keystoreJSON) { ks.Crypto.Cipher = "aes-128-ctr" }, ErrMalformedKeystore},
		"huge scrypt n":                 {true, func(ks *keystoreJSON) { ks.Crypto.KDFParams.N = 1 << 30 }, ErrMalformedKeystore},
		"scrypt n not a power of two":   {true, func(ks *keystoreJSON) { ks.Crypto.KDFParams.N = 1000 }, ErrMalformedKeystore},
		"huge scrypt r":                 {true, func(ks *keystoreJSON) { ks.Crypto.KDFParams.R = 1 << 20 }, ErrMalformedKeystore},
		"dklen":                         {true, func(ks *keystoreJSON) { ks.Crypto.KDFParams.DKLen = 16 }, ErrMalformedKeystore},
		"secret and crypto":             {true, func(ks *keystoreJSON) { ks.Secret = fieldhex.Encode(other.Secret()) }, ErrMalformedKeystore},
		"swapped commitment, plain":     {false, func(ks *keystoreJSON) { ks.Commitment = fieldhex.Encode(other.Commitment()) }, ErrKeystoreAltered},
		"swapped secret, plain":         {false, func(ks *keystoreJSON) { ks.Secret = fieldhex.Encode(other.Secret()) }, ErrKeystoreAltered},
		"zero secret":                   {false, func(ks *keystoreJSON) { ks.Secret = "0x0" }, ErrMalformedKeystore},
		"non-hex secret":                {false, func(ks *keystoreJSON) { ks.Secret = "0xzz" }, ErrMalformedKeystore},
		"no secret":                     {false, func(ks *keystoreJSON) { ks.Secret = "" }, ErrMalformedKeystore},
		"bad commitment":                {false, func(ks *keystoreJSON) { ks.Commitment = "commitment" }, ErrMalformedKeystore},
		"future version":                {false, func(ks *keystoreJSON) { ks.Version = 2 }, ErrMalformedKeystore},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			var pass []byte
			if tc.encrypted {
				pass = passphrase
			}
			path := filepath.Join(t.TempDir(), "id.json")
			require.NoError(t, SaveIdentity(path, newTestIdentity(t), pass, fastKDF))
			ks := readJSON(t, path)
			tc.edit(&ks)
			writeJSON(t, path, ks)

			_, err := LoadIdentity(path, pass)
			require.ErrorIs(t, err, tc.want)
		})
	}
}

func TestLoadRejectsNonKeystores(t *testing.T) {
	for name, content := range map[string]string{
		"empty":         "",
		"not json":      "hello",
		"array":         "[]",
		"unknown field": `{"version":1,"commitment":"0x1","secret":"0x1","extra":true}`,
	} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "id.json")
			require.NoError(t, os.WriteFile(path, []byte(content), 0o600))
			_, err := LoadIdentity(path, nil)
			require.ErrorIs(t, err, ErrMalformedKeystore)
			_, err = InspectKeystore(path)
			require.ErrorIs(t, err, ErrMalformedKeystore)
		})
	}
}

// TestLoadVersion1Fixtures keeps files written by earlier builds loadable.
// Run with -update to write new fixtures (after a deliberate format change).
func TestLoadVersion1Fixtures(t *testing.T) {
	seed := bytes.Repeat([]byte{0x5a}, 64)
	want, err := NewIdentity(bytes.NewReader(seed))
	require.NoError(t, err)
	fixtures := map[string][]byte{"testdata/v1-encrypted.json": passphrase, "testdata/v1-plain.json": nil}
	if *update {
		for path, pass := range fixtures {
			require.NoError(t, SaveIdentity(path, want, pass, fastKDF, Overwrite()))
		}
	}
	for path, pass := range fixtures {
		got, err := LoadIdentity(path, pass)
		require.NoError(t, err, path)
		requireSameIdentity(t, want, got)
	}
}

func readJSON(t *testing.T, path string) keystoreJSON {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	var ks keystoreJSON
	require.NoError(t, json.Unmarshal(data, &ks))
	return ks
}

func writeJSON(t *testing.T, path string, ks keystoreJSON) {
	t.Helper()
	data, err := json.Marshal(ks)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(path, data, 0o600))
}

// flipHex changes the first hex digit of s.
func flipHex(s string) string {
	if s[0] == '0' {
		return "1" + s[1:]
	}
	return "0" + s[1:]
}

// TestWrongPassphraseSaysTheFileMayBeAltered pins the message: a wrong
// passphrase and an edited encrypted file fail alike, and the message says
// both are possible rather than blaming the passphrase.
func TestWrongPassphraseSaysTheFileMayBeAltered(t *testing.T) {
	path := filepath.Join(t.TempDir(), "id.json")
	require.NoError(t, SaveIdentity(path, newTestIdentity(t), passphrase, fastKDF))
	_, err := LoadIdentity(path, []byte("not it"))
	require.ErrorIs(t, err, ErrWrongPassphrase)
	require.ErrorContains(t, err, path)
	require.ErrorContains(t, err, "or the keystore file was altered")
}

// TestLoadRejectsResealedSecret encrypts, with the right passphrase and the
// stored commitment as associated data, a secret that does not give that
// commitment (what someone holding the passphrase could write): the
// decryption succeeds and the commitment check must call the file altered.
func TestLoadRejectsResealedSecret(t *testing.T) {
	path := filepath.Join(t.TempDir(), "id.json")
	id, other := newTestIdentity(t), newTestIdentity(t)
	require.NoError(t, SaveIdentity(path, id, passphrase, fastKDF))
	ks := readJSON(t, path)
	forged, err := seal(&Identity{secret: other.secret, commitment: id.commitment}, passphrase, 1<<10)
	require.NoError(t, err)
	ks.Crypto = forged
	writeJSON(t, path, ks)

	_, err = LoadIdentity(path, passphrase)
	require.ErrorIs(t, err, ErrKeystoreAltered)
	require.ErrorContains(t, err, path)
	require.ErrorContains(t, err, fieldhex.Encode(id.Commitment()))
	require.NotErrorIs(t, err, ErrWrongPassphrase)
}
