package poll

import (
	"encoding/json"
	"fmt"
	"math/big"
	"os"

	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/internal/atomicfile"
	"github.com/zkvote/zkvote/internal/fieldhex"
)

// PublicKey is a BabyJubJub public key as JSON: two hex coordinates.
type PublicKey struct {
	X string `json:"x"`
	Y string `json:"y"`
}

// EncodePublicKey returns the JSON form of p.
func EncodePublicKey(p *babyjub.Point) PublicKey {
	return PublicKey{X: fieldhex.Encode(p.X), Y: fieldhex.Encode(p.Y)}
}

// Point decodes and validates the key (on the curve, in the prime subgroup).
func (k PublicKey) Point() (babyjub.Point, error) {
	var p babyjub.Point
	var err error
	if p.X, err = fieldhex.Decode(k.X); err != nil {
		return p, err
	}
	if p.Y, err = fieldhex.Decode(k.Y); err != nil {
		return p, err
	}
	if err := babyjub.ValidatePublicKey(&p); err != nil {
		return p, err
	}
	return p, nil
}

// keyFile is the on-disk form of a coordinator key; Private is absent in
// the public file.
type keyFile struct {
	Kind    string    `json:"kind"`
	Public  PublicKey `json:"public"`
	Private string    `json:"private,omitempty"`
}

const keyKind = "zkvote-coordinator-key"

// WriteKeyPair writes the private key file (0600) at path and the public
// key file (0644) at pubPath.
func WriteKeyPair(path, pubPath string, k *babyjub.PrivateKey, overwrite bool) error {
	pub := k.Public()
	priv := keyFile{Kind: keyKind, Public: EncodePublicKey(&pub), Private: fmt.Sprintf("0x%064x", k.Scalar())}
	b, err := json.MarshalIndent(priv, "", "  ")
	if err != nil {
		return err
	}
	if err := atomicfile.Write(path, append(b, '\n'), 0o600, overwrite); err != nil {
		return err
	}
	priv.Private = ""
	b, err = json.MarshalIndent(priv, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.Write(pubPath, append(b, '\n'), 0o644, overwrite)
}

func readKeyFile(path string) (keyFile, babyjub.Point, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return keyFile{}, babyjub.Point{}, err
	}
	var f keyFile
	if err := json.Unmarshal(data, &f); err != nil || f.Kind != keyKind {
		return keyFile{}, babyjub.Point{}, fmt.Errorf("%w: %s is not a zkvote coordinator key file", ErrKeyFile, path)
	}
	p, err := f.Public.Point()
	if err != nil {
		return keyFile{}, babyjub.Point{}, fmt.Errorf("%w: %s: %w", ErrKeyFile, path, err)
	}
	return f, p, nil
}

// ReadPublicKey reads the public key from a public or private key file.
func ReadPublicKey(path string) (babyjub.Point, error) {
	_, p, err := readKeyFile(path)
	return p, err
}

// ReadPrivateKey reads a private key file and checks it matches its public key.
func ReadPrivateKey(path string) (*babyjub.PrivateKey, error) {
	f, pub, err := readKeyFile(path)
	if err != nil {
		return nil, err
	}
	if f.Private == "" {
		return nil, fmt.Errorf("%w: %s", ErrNoPrivate, path)
	}
	s, ok := new(big.Int).SetString(f.Private, 0)
	if !ok {
		return nil, fmt.Errorf("%w: %s: private key is not a number", ErrKeyFile, path)
	}
	k, err := babyjub.NewPrivateKey(s)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrKeyFile, path, err)
	}
	if got := k.Public(); !got.Equal(&pub) {
		return nil, fmt.Errorf("%w: %s: private key does not match the public key", ErrKeyFile, path)
	}
	return k, nil
}
