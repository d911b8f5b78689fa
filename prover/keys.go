package prover

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/internal/atomicfile"
)

// Keys are the compiled circuit and its Groth16 keys for one parameter set.
type Keys struct {
	Manifest Manifest
	CCS      constraint.ConstraintSystem
	PK       groth16.ProvingKey
	VK       groth16.VerifyingKey
}

// Manifest describes a set of key files.
type Manifest struct {
	Circuit     string            `json:"circuit"`
	Version     int               `json:"version"`
	Fingerprint string            `json:"fingerprint"`
	Params      circuits.Params   `json:"params"`
	ParamsID    string            `json:"params_id"`
	Constraints int               `json:"constraints"`
	PublicVars  int               `json:"public_inputs"`
	DevSetup    bool              `json:"dev_setup"`
	Created     time.Time         `json:"created"`
	SHA256      map[string]string `json:"sha256"` // by file extension: ccs, pk, vk
}

// Compile compiles a registered circuit for BN254.
func Compile(name string, params circuits.Params) (constraint.ConstraintSystem, error) {
	e, err := lookup(name)
	if err != nil {
		return nil, err
	}
	if err := params.Validate(); err != nil {
		return nil, err
	}
	c, err := e.build(params)
	if err != nil {
		return nil, err
	}
	return frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
}

// SetupDev compiles a circuit and runs a single-party Groth16 setup. The
// keys are NOT fit for production: see the package documentation.
func SetupDev(ctx context.Context, name string, params circuits.Params, log *slog.Logger) (*Keys, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	fp, err := Fingerprint(name, params)
	if err != nil {
		return nil, err
	}
	e, _ := lookup(name)
	log.Warn("DEVELOPMENT SETUP: single-party Groth16 keys; whoever controls this machine could forge proofs. Use keys from an MPC ceremony in production.",
		"circuit", name)
	start := time.Now()
	ccs, err := Compile(name, params)
	if err != nil {
		return nil, err
	}
	log.Info("compiled", "circuit", name, "constraints", ccs.GetNbConstraints(), "elapsed", time.Since(start).Round(time.Millisecond))
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	start = time.Now()
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		return nil, fmt.Errorf("prover: setup %s: %w", name, err)
	}
	log.Info("setup done", "circuit", name, "elapsed", time.Since(start).Round(time.Millisecond))
	vkBytes, err := encode(vk.WriteTo)
	if err != nil {
		return nil, err
	}
	return &Keys{
		Manifest: Manifest{Circuit: name, Version: e.version, Fingerprint: fp, Params: params, ParamsID: params.ID(),
			Constraints: ccs.GetNbConstraints(), PublicVars: ccs.GetNbPublicVariables() - 1, DevSetup: true,
			Created: time.Now().UTC().Truncate(time.Second), SHA256: map[string]string{"vk": digest(vkBytes)}},
		CCS: ccs, PK: pk, VK: vk,
	}, nil
}

func encode(w func(io.Writer) (int64, error)) ([]byte, error) {
	var buf bytes.Buffer
	if _, err := w(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func digest(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// Save writes the keys to dir (created if needed), replacing older files
// of the same fingerprint. The manifest is written last, so a crash leaves
// no manifest pointing at missing or partial files.
func (k *Keys) Save(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	files := map[string]func(io.Writer) (int64, error){
		"ccs": k.CCS.WriteTo,
		"pk":  k.PK.WriteRawTo,
		"vk":  k.VK.WriteTo,
	}
	base := filepath.Join(dir, k.Manifest.Circuit+"-"+k.Manifest.Fingerprint)
	k.Manifest.SHA256 = map[string]string{}
	for ext, write := range files {
		data, err := encode(write)
		if err != nil {
			return fmt.Errorf("prover: encode %s: %w", ext, err)
		}
		k.Manifest.SHA256[ext] = digest(data)
		if err := atomicfile.Write(base+"."+ext, data, 0o644, true); err != nil {
			return err
		}
	}
	m, err := json.MarshalIndent(k.Manifest, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.Write(base+".json", append(m, '\n'), 0o644, true)
}

// ReadManifest reads the manifest of a circuit's keys for params in dir.
func ReadManifest(dir, name string, params circuits.Params) (Manifest, string, error) {
	base, err := FileBase(name, params)
	if err != nil {
		return Manifest{}, "", err
	}
	path := filepath.Join(dir, base)
	data, err := os.ReadFile(path + ".json")
	if errors.Is(err, fs.ErrNotExist) {
		return Manifest{}, "", fmt.Errorf("%w: %s has no %s.json (circuit %s, params %q id %s); run `zkvote setup --out %s`",
			ErrNoKeys, dir, base, name, params.Name, params.ID(), dir)
	}
	if err != nil {
		return Manifest{}, "", err
	}
	var m Manifest
	if err := json.Unmarshal(data, &m); err != nil {
		return Manifest{}, "", fmt.Errorf("%w: %s.json: %w", ErrKeyMismatch, path, err)
	}
	if m.ParamsID != params.ID() || m.Circuit != name {
		return Manifest{}, "", fmt.Errorf("%w: %s.json is for %s params %s, want %s params %s", ErrKeyMismatch, path, m.Circuit, m.ParamsID, name, params.ID())
	}
	return m, path, nil
}

func readChecked(path, ext string, m Manifest) ([]byte, error) {
	data, err := os.ReadFile(path + "." + ext)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrKeyMismatch, err)
	}
	if digest(data) != m.SHA256[ext] {
		return nil, fmt.Errorf("%w: %s.%s does not hash to the manifest's value (corrupt or replaced)", ErrKeyMismatch, path, ext)
	}
	return data, nil
}

// VerifyingKeyDigest is the hex SHA-256 of the verifying key file: what a
// poll definition pins (poll.Definition.VerifyingKey).
func (k *Keys) VerifyingKeyDigest() string { return k.Manifest.SHA256["vk"] }

// CheckPinned refuses keys whose verifying key is not the one a poll pins.
func CheckPinned(m Manifest, pinned string) error {
	if m.SHA256["vk"] != pinned {
		return fmt.Errorf("%w: the poll pins verifying key %s, these keys have %s", ErrKeyMismatch, short(pinned), short(m.SHA256["vk"]))
	}
	return nil
}

func short(h string) string {
	if len(h) > 16 {
		return h[:16] + "…"
	}
	return h
}

// LoadVerifyingKey reads only the verifying key, for verifiers.
func LoadVerifyingKey(dir, name string, params circuits.Params) (groth16.VerifyingKey, Manifest, error) {
	vk, m, _, err := loadVerifyingKey(dir, name, params)
	return vk, m, err
}

// loadVerifyingKey also returns the keys' path stem.
func loadVerifyingKey(dir, name string, params circuits.Params) (groth16.VerifyingKey, Manifest, string, error) {
	m, path, err := ReadManifest(dir, name, params)
	if err != nil {
		return nil, Manifest{}, "", err
	}
	data, err := readChecked(path, "vk", m)
	if err != nil {
		return nil, Manifest{}, "", err
	}
	vk := groth16.NewVerifyingKey(ecc.BN254)
	if _, err := vk.ReadFrom(bytes.NewReader(data)); err != nil {
		return nil, Manifest{}, "", fmt.Errorf("%w: %s.vk: %w", ErrKeyMismatch, path, err)
	}
	return vk, m, path, nil
}

// Load reads all keys of a circuit for params from dir.
func Load(dir, name string, params circuits.Params) (*Keys, error) {
	vk, m, path, err := loadVerifyingKey(dir, name, params)
	if err != nil {
		return nil, err
	}
	k := &Keys{Manifest: m, VK: vk, CCS: groth16.NewCS(ecc.BN254), PK: groth16.NewProvingKey(ecc.BN254)}
	data, err := readChecked(path, "ccs", m)
	if err != nil {
		return nil, err
	}
	if _, err := k.CCS.ReadFrom(bytes.NewReader(data)); err != nil {
		return nil, fmt.Errorf("%w: %s.ccs: %w", ErrKeyMismatch, path, err)
	}
	data, err = readChecked(path, "pk", m)
	if err != nil {
		return nil, err
	}
	// The unchecked reader is fast; checkProvingKey then validates what
	// zero-knowledge depends on, whoever made the file.
	if _, err := k.PK.UnsafeReadFrom(bytes.NewReader(data)); err != nil {
		return nil, fmt.Errorf("%w: %s.pk: %w", ErrKeyMismatch, path, err)
	}
	if err := checkProvingKey(k.PK, k.VK); err != nil {
		return nil, fmt.Errorf("%w: %s.pk: %w", ErrKeyMismatch, path, err)
	}
	return k, nil
}

// checkProvingKey validates the part of a proving key that hides the
// witness. A Groth16 proof (A, B, C) is blinded by r·[δ]₁ in A and s·[δ]₂
// in B, with r, s fresh: if both δ points are proper group elements, A and
// B are uniform and C is fixed by the verification equation under the
// verifying key, so a proof that verifies under the poll's pinned key
// reveals nothing else, whatever the rest of the proving key holds. A
// hostile key with δ at the identity would instead let the proof carry
// private wires in the clear.
func checkProvingKey(pk groth16.ProvingKey, vk groth16.VerifyingKey) error {
	p, ok := pk.(*groth16bn254.ProvingKey)
	if !ok {
		return errors.New("not a BN254 proving key")
	}
	v, ok := vk.(*groth16bn254.VerifyingKey)
	if !ok {
		return errors.New("not a BN254 verifying key")
	}
	switch {
	case p.G1.Delta.IsInfinity() || !p.G1.Delta.IsOnCurve() || !p.G1.Delta.IsInSubGroup():
		return errors.New("[δ]₁ is not a proper group element")
	case p.G2.Delta.IsInfinity() || !p.G2.Delta.IsOnCurve() || !p.G2.Delta.IsInSubGroup():
		return errors.New("[δ]₂ is not a proper group element")
	case !p.G2.Delta.Equal(&v.G2.Delta):
		return errors.New("[δ]₂ differs from the verifying key's")
	case len(p.CommitmentKeys) != 0:
		return errors.New("unexpected commitment keys")
	}
	return nil
}

// ProcessingDigests returns the SHA-256 of each processing circuit's
// verifying key in dir, for a poll definition to pin (poll.Definition's
// ProcessingKeys).
func ProcessingDigests(dir string, params circuits.Params) (map[string]string, error) {
	out := map[string]string{}
	for _, name := range Processing {
		m, _, err := ReadManifest(dir, name, params)
		if err != nil {
			return nil, err
		}
		out[name] = m.SHA256["vk"]
	}
	return out, nil
}

// VerifyingKeyFile returns the bytes of a circuit's verifying key file in
// dir, checked against its manifest: what is published beside a tally.
func VerifyingKeyFile(dir, name string, params circuits.Params) ([]byte, Manifest, error) {
	m, path, err := ReadManifest(dir, name, params)
	if err != nil {
		return nil, Manifest{}, err
	}
	data, err := readChecked(path, "vk", m)
	return data, m, err
}

// ParseVerifyingKey reads a verifying key file's bytes; pinned, when not
// empty, is the SHA-256 a poll pins for it, checked first.
func ParseVerifyingKey(data []byte, pinned string) (groth16.VerifyingKey, error) {
	if pinned != "" && digest(data) != pinned {
		return nil, fmt.Errorf("%w: the poll pins verifying key %s, this file has %s", ErrKeyMismatch, short(pinned), short(digest(data)))
	}
	vk := groth16.NewVerifyingKey(ecc.BN254)
	n, err := vk.ReadFrom(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrKeyMismatch, err)
	}
	if int(n) != len(data) {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrKeyMismatch, len(data)-int(n))
	}
	return vk, nil
}
