package receipt

import (
	"crypto/ed25519"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/internal/fieldhex"
	"github.com/zkvote/zkvote/internal/hexbytes"
	"github.com/zkvote/zkvote/internal/jsonfile"
)

// Errors returned by verification.
var (
	ErrBadSignature = errors.New("receipt: bad signature")
	ErrMalformed    = errors.New("receipt: malformed")
)

// Receipt says: entry EntryHash is at Index of poll PollID's log, and the
// chain hash after it is ChainHash.
type Receipt struct {
	PollID    fr.Element
	Index     uint64
	EntryHash fr.Element
	ChainHash fr.Element
	Signature []byte
}

// Message is the byte string the coordinator signs.
func (r *Receipt) Message() []byte {
	m := []byte("zkvote/receipt/v1")
	id, e, c := r.PollID.Bytes(), r.EntryHash.Bytes(), r.ChainHash.Bytes()
	m = append(m, id[:]...)
	m = binary.BigEndian.AppendUint64(m, r.Index)
	m = append(m, e[:]...)
	return append(m, c[:]...)
}

// Sign signs the receipt.
func (r *Receipt) Sign(key ed25519.PrivateKey) { r.Signature = ed25519.Sign(key, r.Message()) }

// Verify checks the signature under the coordinator's signing key.
func (r *Receipt) Verify(pub ed25519.PublicKey) error {
	if len(pub) != ed25519.PublicKeySize || !ed25519.Verify(pub, r.Message(), r.Signature) {
		return ErrBadSignature
	}
	return nil
}

// Seal says: poll PollID's log is closed with Count entries and chain hash
// ChainHash, at SealedUnix.
type Seal struct {
	PollID     fr.Element
	Count      uint64
	ChainHash  fr.Element
	SealedUnix int64
	Signature  []byte
}

// Message is the byte string the coordinator signs.
func (s *Seal) Message() []byte {
	m := []byte("zkvote/seal/v1")
	id, c := s.PollID.Bytes(), s.ChainHash.Bytes()
	m = append(m, id[:]...)
	m = binary.BigEndian.AppendUint64(m, s.Count)
	m = append(m, c[:]...)
	return binary.BigEndian.AppendUint64(m, uint64(s.SealedUnix))
}

// Sign signs the seal.
func (s *Seal) Sign(key ed25519.PrivateKey) { s.Signature = ed25519.Sign(key, s.Message()) }

// Verify checks the signature under the coordinator's signing key.
func (s *Seal) Verify(pub ed25519.PublicKey) error {
	if len(pub) != ed25519.PublicKeySize || !ed25519.Verify(pub, s.Message(), s.Signature) {
		return ErrBadSignature
	}
	return nil
}

// File is a receipt as a voter keeps it: the receipt and the signing key
// it was checked against when it was received.
type File struct {
	Receipt    Receipt
	SigningKey ed25519.PublicKey
	Kind       string // "join" or "message"
}

type fileJSON struct {
	Format     string `json:"format"`
	Kind       string `json:"kind"`
	PollID     string `json:"poll_id"`
	Index      uint64 `json:"index"`
	EntryHash  string `json:"entry_hash"`
	ChainHash  string `json:"chain_hash"`
	Signature  string `json:"signature"`
	SigningKey string `json:"coordinator_signing_key"`
}

const fileFormat = "zkvote-receipt"

// MarshalJSON encodes the receipt file.
func (f *File) MarshalJSON() ([]byte, error) {
	r := &f.Receipt
	return json.Marshal(fileJSON{Format: fileFormat, Kind: f.Kind, PollID: fieldhex.Encode(r.PollID), Index: r.Index,
		EntryHash: fieldhex.Encode(r.EntryHash), ChainHash: fieldhex.Encode(r.ChainHash),
		Signature: hexbytes.Encode(r.Signature), SigningKey: hexbytes.Encode(f.SigningKey)})
}

// UnmarshalJSON decodes a receipt file.
func (f *File) UnmarshalJSON(data []byte) error {
	var j fileJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	if j.Format != fileFormat {
		return fmt.Errorf("%w: not a receipt file", ErrMalformed)
	}
	var err error
	r := &f.Receipt
	for _, x := range []struct {
		s   string
		dst *fr.Element
	}{{j.PollID, &r.PollID}, {j.EntryHash, &r.EntryHash}, {j.ChainHash, &r.ChainHash}} {
		if *x.dst, err = fieldhex.Decode(x.s); err != nil {
			return fmt.Errorf("%w: %w", ErrMalformed, err)
		}
	}
	r.Index = j.Index
	if r.Signature, err = hexbytes.Decode(j.Signature); err != nil { // older files: without 0x
		return fmt.Errorf("%w: signature: %w", ErrMalformed, err)
	}
	key, err := hexbytes.Decode(j.SigningKey)
	if err != nil || len(key) != ed25519.PublicKeySize {
		return fmt.Errorf("%w: coordinator_signing_key", ErrMalformed)
	}
	f.SigningKey, f.Kind = key, j.Kind
	return nil
}

// WriteFile writes the receipt file.
func (f *File) WriteFile(path string, overwrite bool) error {
	return jsonfile.Write(path, f, 0o644, overwrite)
}

// ReadFile reads a receipt file.
func ReadFile(path string) (*File, error) {
	var f File
	if err := jsonfile.Read(path, &f); err != nil {
		return nil, err
	}
	return &f, nil
}
