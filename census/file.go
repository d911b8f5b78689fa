package census

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"

	"github.com/zkvote/zkvote/internal/atomicfile"
	"github.com/zkvote/zkvote/internal/fieldhex"
)

// fileVersion is the census file format version.
const fileVersion = 1

type fileJSON struct {
	Version int               `json:"version"`
	Depth   int               `json:"depth"`
	Root    string            `json:"root"`
	Members []json.RawMessage `json:"members"`
}

// MarshalJSON encodes the census file: version, depth, root and members,
// one member per line so that files diff well.
func (c *Census) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.Grow(64 + 100*len(c.members))
	fmt.Fprintf(&b, "{\n  \"version\": %d,\n  \"depth\": %d,\n  \"root\": %q,\n  \"members\": [\n", fileVersion, c.depth, fieldhex.Encode(c.Root()))
	for i, m := range c.members {
		sep := ","
		if i == len(c.members)-1 {
			sep = ""
		}
		fmt.Fprintf(&b, "    {\"commitment\": %q, \"weight\": \"%s\"}%s\n", fieldhex.Encode(m.Commitment), m.Weight, sep)
	}
	b.WriteString("  ]\n}\n")
	return b.Bytes(), nil
}

// WriteFile writes the census file to path, replacing any file there.
func (c *Census) WriteFile(path string) error {
	data, err := c.MarshalJSON()
	if err != nil {
		return err
	}
	if err := atomicfile.Write(path, data, 0o644, true); err != nil {
		return fmt.Errorf("census: %w", err)
	}
	return nil
}

// ReadFile reads a census file and rebuilds its tree; see Unmarshal.
func ReadFile(path string, opts ...Option) (*Census, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("census: %w", err)
	}
	return unmarshal(path, data, opts)
}

// Unmarshal decodes a census file, checks its members as Parse does,
// rebuilds the tree, and fails with ErrRootMismatch if the stored root is
// not the rebuilt one.
func Unmarshal(data []byte, opts ...Option) (*Census, error) {
	return unmarshal("", data, opts)
}

func unmarshal(name string, data []byte, opts []Option) (*Census, error) {
	src := &source{name: name, unit: "member"}
	var f fileJSON
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("%w: %s: not a census file: %w", ErrMalformed, src.title(), err)
	}
	if f.Version != fileVersion {
		return nil, fmt.Errorf("%w: %s: version %d, want %d", ErrMalformed, src.title(), f.Version, fileVersion)
	}
	root, err := fieldhex.Decode(f.Root)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: root: %w", ErrMalformed, src.title(), err)
	}
	cfg, err := newConfig(opts)
	if err != nil {
		return nil, err
	}
	members, err := parseEntries(src, f.Members)
	if err != nil {
		return nil, err
	}
	if _, err := validate(members, cfg.weightBits, src); err != nil {
		return nil, err
	}
	c, err := Build(members, f.Depth, opts...)
	if err != nil {
		return nil, err
	}
	if got := c.Root(); !got.Equal(&root) {
		return nil, fmt.Errorf("%w: %s: stored %s, members give %s", ErrRootMismatch, src.title(), f.Root, fieldhex.Encode(got))
	}
	return c, nil
}
