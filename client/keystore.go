package client

import (
	"bytes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"golang.org/x/crypto/chacha20poly1305"
	"golang.org/x/crypto/scrypt"

	"github.com/zkvote/zkvote/internal/atomicfile"
	"github.com/zkvote/zkvote/internal/fieldhex"
)

// Keystore format constants; see the package documentation.
const (
	keystoreVersion = 1
	kdfScrypt       = "scrypt"
	cipherXChaCha   = "xchacha20-poly1305"
	scryptN         = 1 << 17
	scryptR         = 8
	scryptP         = 1
	keyLen          = chacha20poly1305.KeySize
	saltLen         = 32

	// Loading refuses parameters above these, so a hostile file cannot
	// make it allocate more than 128·16·2^20 bytes.
	maxScryptN = 1 << 20
	maxScryptR = 16
	maxScryptP = 16
)

type keystoreJSON struct {
	Version    int         `json:"version"`
	Commitment string      `json:"commitment"`
	Secret     string      `json:"secret,omitempty"`
	Crypto     *cryptoJSON `json:"crypto,omitempty"`
}

type cryptoJSON struct {
	KDF        string     `json:"kdf"`
	KDFParams  scryptJSON `json:"kdfparams"`
	Cipher     string     `json:"cipher"`
	Nonce      string     `json:"nonce"`
	Ciphertext string     `json:"ciphertext"`
}

type scryptJSON struct {
	N     int    `json:"n"`
	R     int    `json:"r"`
	P     int    `json:"p"`
	DKLen int    `json:"dklen"`
	Salt  string `json:"salt"`
}

// SaveOption changes how SaveIdentity writes a keystore.
type SaveOption func(*saveConfig) error

type saveConfig struct {
	overwrite bool
	scryptN   int
}

// Overwrite lets SaveIdentity replace an existing file.
func Overwrite() SaveOption {
	return func(c *saveConfig) error {
		c.overwrite = true
		return nil
	}
}

// withScryptN lowers the scrypt cost so that tests run fast.
func withScryptN(n int) SaveOption {
	return func(c *saveConfig) error {
		if n < 2 || n&(n-1) != 0 {
			return fmt.Errorf("%w: scrypt N %d is not a power of two above 1", ErrInvalidOption, n)
		}
		c.scryptN = n
		return nil
	}
}

// SaveIdentity writes id to a new keystore file at path, with permission
// 0600. A non-empty passphrase encrypts the secret; an empty one stores it
// in clear. It fails with ErrKeystoreExists if path exists, unless the
// Overwrite option is given.
func SaveIdentity(path string, id *Identity, passphrase []byte, opts ...SaveOption) error {
	cfg := saveConfig{scryptN: scryptN}
	for _, opt := range opts {
		if err := opt(&cfg); err != nil {
			return err
		}
	}
	if !cfg.overwrite {
		// Fail before spending a second on scrypt; atomicfile checks again.
		if _, err := os.Lstat(path); err == nil {
			return fmt.Errorf("%w: %s", ErrKeystoreExists, path)
		}
	}
	ks := keystoreJSON{Version: keystoreVersion, Commitment: fieldhex.Encode(id.commitment)}
	if len(passphrase) == 0 {
		ks.Secret = fieldhex.Encode(id.secret)
	} else {
		c, err := seal(id, passphrase, cfg.scryptN)
		if err != nil {
			return err
		}
		ks.Crypto = c
	}
	data, err := json.MarshalIndent(ks, "", "  ")
	if err != nil {
		return err
	}
	err = atomicfile.Write(path, append(data, '\n'), 0o600, cfg.overwrite)
	if errors.Is(err, atomicfile.ErrExists) {
		return fmt.Errorf("%w: %s", ErrKeystoreExists, path)
	}
	return err
}

func seal(id *Identity, passphrase []byte, n int) (*cryptoJSON, error) {
	salt := make([]byte, saltLen)
	nonce := make([]byte, chacha20poly1305.NonceSizeX)
	if _, err := rand.Read(salt); err != nil {
		return nil, err
	}
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	aead, err := newAEAD(passphrase, salt, n, scryptR, scryptP)
	if err != nil {
		return nil, err
	}
	secret, ad := id.secret.Bytes(), id.commitment.Bytes()
	ciphertext := aead.Seal(nil, nonce, secret[:], ad[:])
	clear(secret[:])
	return &cryptoJSON{
		KDF:        kdfScrypt,
		KDFParams:  scryptJSON{N: n, R: scryptR, P: scryptP, DKLen: keyLen, Salt: hex.EncodeToString(salt)},
		Cipher:     cipherXChaCha,
		Nonce:      hex.EncodeToString(nonce),
		Ciphertext: hex.EncodeToString(ciphertext),
	}, nil
}

func newAEAD(passphrase, salt []byte, n, r, p int) (cipher.AEAD, error) {
	key, err := scrypt.Key(passphrase, salt, n, r, p, keyLen)
	if err != nil {
		return nil, fmt.Errorf("client: scrypt: %w", err)
	}
	defer clear(key)
	return chacha20poly1305.NewX(key)
}

// KeystoreInfo is what a keystore tells without its passphrase.
type KeystoreInfo struct {
	Version    int
	Commitment fr.Element
	Encrypted  bool
}

// InspectKeystore reads the public part of a keystore: its commitment and
// whether the secret is encrypted. It does not check the secret, so the
// commitment is only what the file says until LoadIdentity has opened it.
func InspectKeystore(path string) (KeystoreInfo, error) {
	ks, commitment, err := readKeystore(path)
	if err != nil {
		return KeystoreInfo{}, err
	}
	return KeystoreInfo{Version: ks.Version, Commitment: commitment, Encrypted: ks.Crypto != nil}, nil
}

// LoadIdentity reads a keystore written by SaveIdentity. An encrypted one
// needs its passphrase (ErrPassphraseRequired, ErrWrongPassphrase, which
// also covers an edited encrypted file: authenticated encryption cannot
// tell the two apart); for a plain one the passphrase is ignored. Either
// way the recovered secret must hash to the stored commitment, else
// ErrKeystoreAltered.
func LoadIdentity(path string, passphrase []byte) (*Identity, error) {
	ks, commitment, err := readKeystore(path)
	if err != nil {
		return nil, err
	}
	var secret fr.Element
	if ks.Crypto == nil {
		if secret, err = fieldhex.Decode(ks.Secret); err != nil {
			return nil, malformed(path, "secret: %v", err)
		}
	} else {
		if len(passphrase) == 0 {
			return nil, fmt.Errorf("%w: %s", ErrPassphraseRequired, path)
		}
		if secret, err = open(path, ks.Crypto, commitment, passphrase); err != nil {
			return nil, err
		}
	}
	if secret.IsZero() {
		return nil, malformed(path, "secret is zero")
	}
	id := newIdentity(secret)
	if !id.commitment.Equal(&commitment) {
		return nil, fmt.Errorf("%w: %s: its secret gives commitment %s, the file says %s",
			ErrKeystoreAltered, path, fieldhex.Encode(id.commitment), fieldhex.Encode(commitment))
	}
	return id, nil
}

func readKeystore(path string) (keystoreJSON, fr.Element, error) {
	var ks keystoreJSON
	data, err := os.ReadFile(path)
	if err != nil {
		return ks, fr.Element{}, fmt.Errorf("client: reading keystore: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&ks); err != nil {
		return ks, fr.Element{}, malformed(path, "%v", err)
	}
	if ks.Version != keystoreVersion {
		return ks, fr.Element{}, malformed(path, "version %d, want %d", ks.Version, keystoreVersion)
	}
	commitment, err := fieldhex.Decode(ks.Commitment)
	if err != nil {
		return ks, fr.Element{}, malformed(path, "commitment: %v", err)
	}
	if (ks.Secret == "") == (ks.Crypto == nil) {
		return ks, fr.Element{}, malformed(path, `want exactly one of "secret" and "crypto"`)
	}
	return ks, commitment, nil
}

func open(path string, c *cryptoJSON, commitment fr.Element, passphrase []byte) (fr.Element, error) {
	kp := c.KDFParams
	switch {
	case c.KDF != kdfScrypt:
		return fr.Element{}, malformed(path, "kdf %q, want %q", c.KDF, kdfScrypt)
	case c.Cipher != cipherXChaCha:
		return fr.Element{}, malformed(path, "cipher %q, want %q", c.Cipher, cipherXChaCha)
	case kp.N < 2 || kp.N > maxScryptN || kp.N&(kp.N-1) != 0:
		return fr.Element{}, malformed(path, "scrypt n %d is not a power of two in [2, 2^20]", kp.N)
	case kp.R < 1 || kp.R > maxScryptR || kp.P < 1 || kp.P > maxScryptP:
		return fr.Element{}, malformed(path, "scrypt r=%d p=%d out of range", kp.R, kp.P)
	case kp.DKLen != keyLen:
		return fr.Element{}, malformed(path, "scrypt dklen %d, want %d", kp.DKLen, keyLen)
	}
	salt, err := decodeBytes(path, "salt", kp.Salt, saltLen)
	if err != nil {
		return fr.Element{}, err
	}
	nonce, err := decodeBytes(path, "nonce", c.Nonce, chacha20poly1305.NonceSizeX)
	if err != nil {
		return fr.Element{}, err
	}
	ciphertext, err := decodeBytes(path, "ciphertext", c.Ciphertext, fr.Bytes+chacha20poly1305.Overhead)
	if err != nil {
		return fr.Element{}, err
	}
	aead, err := newAEAD(passphrase, salt, kp.N, kp.R, kp.P)
	if err != nil {
		return fr.Element{}, err
	}
	ad := commitment.Bytes()
	plain, err := aead.Open(nil, nonce, ciphertext, ad[:])
	if err != nil {
		// The tag covers the commitment, nonce and ciphertext, and the key
		// depends on the salt: a wrong passphrase and an edit look alike.
		return fr.Element{}, fmt.Errorf("%w for %s, or the keystore file was altered (the encryption cannot tell which)", ErrWrongPassphrase, path)
	}
	defer clear(plain)
	var secret fr.Element
	if err := secret.SetBytesCanonical(plain); err != nil {
		return fr.Element{}, malformed(path, "decrypted secret is not a canonical field element")
	}
	return secret, nil
}

func decodeBytes(path, field, s string, want int) ([]byte, error) {
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != want {
		return nil, malformed(path, "%s is not %d bytes of hex", field, want)
	}
	return b, nil
}

func malformed(path, format string, args ...any) error {
	return fmt.Errorf("%w %s: %s", ErrMalformedKeystore, path, fmt.Sprintf(format, args...))
}
