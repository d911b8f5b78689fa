package coordinator

import (
	"crypto/ed25519"
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/internal/atomicfile"
	"github.com/zkvote/zkvote/poll"
)

// File names in the data directory.
const (
	KeyFile        = "coordinator.key.json" // BabyJubJub private key (0600)
	PublicKeyFile  = "coordinator.pub.json" // its public key
	SigningKeyFile = "signing.key"          // Ed25519 seed, hex (0600)
	AdminTokenFile = "admin.token"          // admin bearer token (0600)
)

// Keys are the coordinator's secrets.
type Keys struct {
	// Coordinator decrypts ballots; its public key goes into poll definitions.
	Coordinator *babyjub.PrivateKey
	// Signing signs receipts and seals.
	Signing ed25519.PrivateKey
	// AdminToken authenticates admin calls.
	AdminToken string
}

// secretFiles are the files of the coordinator's key set, all made
// together on a fresh data directory and all needed afterwards.
var secretFiles = []string{KeyFile, PublicKeyFile, SigningKeyFile, AdminTokenFile}

// LoadOrCreateKeys reads the coordinator's key set from dir. On a fresh
// directory (none of the key files) it makes all of them, or none: a
// failure half-way removes what it wrote. A directory holding some but
// not all of them is refused (ErrKeys, naming what to restore): polls are
// bound to the coordinator key and receipts to the signing key, so a key
// made anew would silently break every existing poll. Secrets are written
// with permission 0600.
func LoadOrCreateKeys(dir string) (*Keys, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	var present, missing []string
	for _, f := range secretFiles {
		switch _, err := os.Stat(filepath.Join(dir, f)); {
		case err == nil:
			present = append(present, f)
		case errors.Is(err, fs.ErrNotExist):
			missing = append(missing, f)
		default:
			return nil, err
		}
	}
	switch {
	case len(present) == 0:
		return createKeys(dir)
	case len(missing) > 0:
		return nil, fmt.Errorf("%w: %s holds %s but not %s: restore the missing file(s) from your backup of the data directory "+
			"(a new key would not match the polls, receipts and seals made with the old one)",
			ErrKeys, dir, strings.Join(present, ", "), strings.Join(missing, ", "))
	}
	return loadKeys(dir)
}

// createKeys makes a fresh key set in dir, all or nothing.
func createKeys(dir string) (k *Keys, err error) {
	var written []string
	defer func() {
		if err != nil {
			for _, f := range written {
				_ = os.Remove(f)
			}
		}
	}()
	bk, err := babyjub.GenerateKey(nil)
	if err != nil {
		return nil, err
	}
	keyPath, pubPath := filepath.Join(dir, KeyFile), filepath.Join(dir, PublicKeyFile)
	if err := poll.WriteKeyPair(keyPath, pubPath, bk, false); err != nil {
		return nil, fmt.Errorf("coordinator key: %w", err)
	}
	written = append(written, keyPath, pubPath)
	secret := func(name string, n int) ([]byte, error) {
		b := make([]byte, n)
		if _, err := rand.Read(b); err != nil {
			return nil, err
		}
		path := filepath.Join(dir, name)
		if err := atomicfile.Write(path, []byte(hex.EncodeToString(b)+"\n"), 0o600, false); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		written = append(written, path)
		return b, nil
	}
	seed, err := secret(SigningKeyFile, ed25519.SeedSize)
	if err != nil {
		return nil, err
	}
	token, err := secret(AdminTokenFile, 32)
	if err != nil {
		return nil, err
	}
	return &Keys{Coordinator: bk, Signing: ed25519.NewKeyFromSeed(seed), AdminToken: hex.EncodeToString(token)}, nil
}

// loadKeys reads a complete key set and checks that the public key file
// is the private key's.
func loadKeys(dir string) (*Keys, error) {
	bk, err := poll.ReadPrivateKey(filepath.Join(dir, KeyFile))
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrKeys, KeyFile, err)
	}
	pub, err := poll.ReadPublicKey(filepath.Join(dir, PublicKeyFile))
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrKeys, PublicKeyFile, err)
	}
	if want := bk.Public(); !pub.Equal(&want) {
		return nil, fmt.Errorf("%w: %s is not the public key of %s: restore both from the same backup", ErrKeys, PublicKeyFile, KeyFile)
	}
	seed, err := readSecret(filepath.Join(dir, SigningKeyFile), ed25519.SeedSize)
	if err != nil {
		return nil, err
	}
	token, err := readSecret(filepath.Join(dir, AdminTokenFile), 32)
	if err != nil {
		return nil, err
	}
	return &Keys{Coordinator: bk, Signing: ed25519.NewKeyFromSeed(seed), AdminToken: hex.EncodeToString(token)}, nil
}

// readSecret reads n hex-encoded bytes from path.
func readSecret(path string, n int) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrKeys, err)
	}
	b, err := hex.DecodeString(strings.TrimSpace(string(data)))
	if err != nil || len(b) != n {
		return nil, fmt.Errorf("%w: %s: want %d hex-encoded bytes", ErrKeys, path, n)
	}
	return b, nil
}

// CheckAdminToken compares a presented token in constant time.
func (k *Keys) CheckAdminToken(presented string) bool {
	return subtle.ConstantTimeCompare([]byte(presented), []byte(k.AdminToken)) == 1
}
