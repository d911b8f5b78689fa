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

// LoadOrCreateKeys reads the keys from dir, creating any that are missing
// (first start). Files holding secrets are written with permission 0600.
func LoadOrCreateKeys(dir string) (*Keys, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	k := &Keys{}
	path := filepath.Join(dir, KeyFile)
	bk, err := poll.ReadPrivateKey(path)
	if errors.Is(err, fs.ErrNotExist) {
		if bk, err = babyjub.GenerateKey(nil); err == nil {
			err = poll.WriteKeyPair(path, filepath.Join(dir, PublicKeyFile), bk, false)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("coordinator key: %w", err)
	}
	k.Coordinator = bk

	seed, err := readOrCreateSecret(filepath.Join(dir, SigningKeyFile), ed25519.SeedSize)
	if err != nil {
		return nil, fmt.Errorf("signing key: %w", err)
	}
	k.Signing = ed25519.NewKeyFromSeed(seed)

	token, err := readOrCreateSecret(filepath.Join(dir, AdminTokenFile), 32)
	if err != nil {
		return nil, fmt.Errorf("admin token: %w", err)
	}
	k.AdminToken = hex.EncodeToString(token)
	return k, nil
}

// readOrCreateSecret reads n hex-encoded random bytes from path, or makes them.
func readOrCreateSecret(path string, n int) ([]byte, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		b := make([]byte, n)
		if _, err := rand.Read(b); err != nil {
			return nil, err
		}
		if err := atomicfile.Write(path, []byte(hex.EncodeToString(b)+"\n"), 0o600, false); err != nil {
			return nil, err
		}
		return b, nil
	}
	if err != nil {
		return nil, err
	}
	b, err := hex.DecodeString(strings.TrimSpace(string(data)))
	if err != nil || len(b) != n {
		return nil, fmt.Errorf("%s: want %d hex-encoded bytes", path, n)
	}
	return b, nil
}

// CheckAdminToken compares a presented token in constant time.
func (k *Keys) CheckAdminToken(presented string) bool {
	return subtle.ConstantTimeCompare([]byte(presented), []byte(k.AdminToken)) == 1
}
