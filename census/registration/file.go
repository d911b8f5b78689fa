package registration

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/zkvote/zkvote/census"
	"github.com/zkvote/zkvote/census/snapshot"
	"github.com/zkvote/zkvote/internal/atomicfile"
	"github.com/zkvote/zkvote/internal/fieldhex"
)

// File is a registrations file: what `zkvote census register` writes for
// one account, and what `zkvote census build --registrations` publishes
// beside the census for all of them.
type File struct {
	CensusID      [32]byte
	ChainID       *big.Int
	Registrations []Registration
}

const fileFormat = "zkvote-registrations"

type fileJSON struct {
	Format        string    `json:"format"`
	Version       int       `json:"version"`
	CensusID      string    `json:"census_id"`
	ChainID       string    `json:"chain_id"`
	Registrations []regJSON `json:"registrations"`
}

type regJSON struct {
	Account    common.Address `json:"account"`
	Commitment string         `json:"commitment"`
	Issued     uint64         `json:"issued"`
	Signature  string         `json:"signature"`
}

// NewFile returns the registrations file of regs for the list s.
func NewFile(s *snapshot.Snapshot, regs []Registration) (*File, error) {
	id, err := ID(s)
	if err != nil {
		return nil, err
	}
	return &File{CensusID: id, ChainID: new(big.Int).Set(s.ChainID), Registrations: regs}, nil
}

// Encode returns the file's bytes, as WriteFile writes them: indented
// JSON and a newline. A census's source section records their SHA-256.
func (f *File) Encode() ([]byte, error) {
	j := fileJSON{Format: fileFormat, Version: 1, CensusID: hexutil.Encode(f.CensusID[:]), ChainID: f.ChainID.String()}
	for _, r := range f.Registrations {
		j.Registrations = append(j.Registrations, regJSON{Account: r.Account, Commitment: fieldhex.Encode(r.Commitment), Issued: r.Issued,
			Signature: hexutil.Encode(r.Signature)})
	}
	b, err := json.MarshalIndent(j, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// WriteFile writes f (Encode) atomically; it refuses to replace a file
// unless overwrite is set.
func (f *File) WriteFile(path string, overwrite bool) error {
	b, err := f.Encode()
	if err != nil {
		return err
	}
	return atomicfile.Write(path, b, 0o644, overwrite)
}

// ReadFile reads a registrations file (Decode).
func ReadFile(path string) (*File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Decode(path, data)
}

// Decode reads the bytes of a registrations file; errors start with name.
func Decode(name string, data []byte) (*File, error) {
	var j fileJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrFormat, name, err)
	}
	bad := func(format string, args ...any) (*File, error) {
		return nil, fmt.Errorf("%w: %s: %s", ErrFormat, name, fmt.Sprintf(format, args...))
	}
	if j.Format != fileFormat || j.Version != 1 {
		return bad("not a zkvote registrations file (format %q version %d)", j.Format, j.Version)
	}
	f := &File{}
	id, err := hexutil.Decode(j.CensusID)
	if err != nil || len(id) != 32 {
		return bad("census_id is not 32 bytes of hex")
	}
	copy(f.CensusID[:], id)
	var ok bool
	if f.ChainID, ok = new(big.Int).SetString(j.ChainID, 10); !ok || f.ChainID.Sign() <= 0 {
		return bad("chain_id %q is not a positive integer", j.ChainID)
	}
	for i, r := range j.Registrations {
		c, err := fieldhex.Decode(r.Commitment)
		if err != nil {
			return bad("registration %d: commitment: %v", i+1, err)
		}
		sig, err := hexutil.Decode(r.Signature)
		if err != nil || len(sig) == 0 {
			return bad("registration %d: signature is not hex", i+1)
		}
		f.Registrations = append(f.Registrations, Registration{Account: r.Account, Commitment: c, Issued: r.Issued, Signature: sig})
	}
	return f, nil
}

// Gather reads registrations files for the list s, refusing any made for
// another list or chain.
func Gather(s *snapshot.Snapshot, paths []string) ([]Registration, error) {
	id, err := ID(s)
	if err != nil {
		return nil, err
	}
	var out []Registration
	for _, p := range paths {
		f, err := ReadFile(p)
		if err != nil {
			return nil, err
		}
		if f.CensusID != id || f.ChainID.Cmp(s.ChainID) != 0 {
			return nil, fmt.Errorf("%w: %s registers for another eligibility list (census id %x…, chain %s)", ErrConflict, p, f.CensusID[:6], f.ChainID)
		}
		out = append(out, f.Registrations...)
	}
	return out, nil
}

// Verify re-checks a census built from registrations, from the published
// files alone (and a node for contract accounts): every registration
// against its signature and the list, one per account and per
// commitment, and that the census is exactly the members they give.
func Verify(ctx context.Context, s *snapshot.Snapshot, f *File, c *census.Census, contracts Contracts) error {
	id, err := ID(s)
	if err != nil {
		return err
	}
	if f.CensusID != id {
		return fmt.Errorf("%w: the registrations are for another eligibility list", ErrConflict)
	}
	b, err := Build(ctx, s, f.Registrations, contracts)
	if err != nil {
		return err
	}
	if b.Replaced != 0 {
		return fmt.Errorf("%w: the published registrations hold %d superseded ones", ErrConflict, b.Replaced)
	}
	want, err := census.Build(b.Members, c.Depth())
	if err != nil {
		return err
	}
	if wr, cr := want.Root(), c.Root(); !wr.Equal(&cr) {
		return fmt.Errorf("%w: the census root %s is not the registrations' %s", ErrConflict, fieldhex.Encode(cr), fieldhex.Encode(wr))
	}
	return nil
}
