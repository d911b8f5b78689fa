package census

import (
	"encoding/json"
	"fmt"
	"math/big"
	"os"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/circuits/merkle"
	"github.com/zkvote/zkvote/internal/atomicfile"
	"github.com/zkvote/zkvote/internal/fieldhex"
)

// MemberProof shows that (Commitment, Weight) is member Index of the census
// with root CensusRoot. In JSON, field elements are fieldhex strings and
// the weight a decimal string.
type MemberProof struct {
	CensusRoot fr.Element
	Depth      int
	Index      uint64
	Commitment fr.Element
	Weight     *big.Int
	Leaf       fr.Element
	Siblings   []fr.Element // from the leaf's sibling up to the root's children
}

// ProofKind is the "kind" of a member proof file. Proofs written before
// the field existed have none and are still read.
const ProofKind = "zkvote-census-proof"

type proofJSON struct {
	Kind       string   `json:"kind,omitempty"`
	CensusRoot string   `json:"census_root"`
	Depth      int      `json:"depth"`
	Index      uint64   `json:"index"`
	Commitment string   `json:"commitment"`
	Weight     string   `json:"weight"`
	Leaf       string   `json:"leaf"`
	Siblings   []string `json:"siblings"`
}

// Verify checks the proof against a census root the caller trusts: the
// proof is for that root, the leaf is the hash of the commitment and the
// weight, and the path leads from the leaf to the root. It checks the
// weight is positive and below 2^253 (so it is one field element), not the
// census's tighter WeightBits bound, which the census builder enforced.
func (p MemberProof) Verify(root fr.Element) error {
	if !p.CensusRoot.Equal(&root) {
		return fmt.Errorf("%w: made for root %s, not %s", ErrInvalidProof, fieldhex.Encode(p.CensusRoot), fieldhex.Encode(root))
	}
	if p.Depth < 1 || p.Depth > merkle.MaxDepth {
		return fmt.Errorf("%w: depth %d not in [1,%d]", ErrInvalidProof, p.Depth, merkle.MaxDepth)
	}
	if err := checkWeight(p.Weight, fr.Bits-1); err != nil {
		return fmt.Errorf("%w: weight %s", ErrInvalidProof, err)
	}
	leaf := Member{Commitment: p.Commitment, Weight: p.Weight}.Leaf()
	if !leaf.Equal(&p.Leaf) {
		return fmt.Errorf("%w: leaf is not the hash of the commitment and weight", ErrInvalidProof)
	}
	mp := merkle.Proof{Index: p.Index, Leaf: p.Leaf, Siblings: p.Siblings, Root: p.CensusRoot}
	if err := mp.Verify(p.Depth, root); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidProof, err)
	}
	return nil
}

// MarshalJSON encodes the proof with hex field elements.
func (p MemberProof) MarshalJSON() ([]byte, error) {
	if p.Weight == nil {
		return nil, fmt.Errorf("%w: no weight", ErrInvalidProof)
	}
	siblings := make([]string, len(p.Siblings))
	for i, s := range p.Siblings {
		siblings[i] = fieldhex.Encode(s)
	}
	return json.Marshal(proofJSON{
		Kind:       ProofKind,
		CensusRoot: fieldhex.Encode(p.CensusRoot),
		Depth:      p.Depth,
		Index:      p.Index,
		Commitment: fieldhex.Encode(p.Commitment),
		Weight:     p.Weight.String(),
		Leaf:       fieldhex.Encode(p.Leaf),
		Siblings:   siblings,
	})
}

// UnmarshalJSON decodes a proof written by MarshalJSON. It checks the
// encoding only; call Verify to check the proof.
func (p *MemberProof) UnmarshalJSON(data []byte) error {
	var j proofJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return fmt.Errorf("%w: member proof: %w", ErrMalformed, err)
	}
	if j.Kind != "" && j.Kind != ProofKind {
		return fmt.Errorf("%w: a %q file, not a member proof (%q)", ErrMalformed, j.Kind, ProofKind)
	}
	var q MemberProof
	var err error
	fields := []struct {
		name string
		text string
		dst  *fr.Element
	}{
		{"census_root", j.CensusRoot, &q.CensusRoot},
		{"commitment", j.Commitment, &q.Commitment},
		{"leaf", j.Leaf, &q.Leaf},
	}
	for _, f := range fields {
		if *f.dst, err = fieldhex.Decode(f.text); err != nil {
			return fmt.Errorf("%w: member proof %s: %w", ErrMalformed, f.name, err)
		}
	}
	q.Siblings = make([]fr.Element, len(j.Siblings))
	for i, s := range j.Siblings {
		if q.Siblings[i], err = fieldhex.Decode(s); err != nil {
			return fmt.Errorf("%w: member proof siblings[%d]: %w", ErrMalformed, i, err)
		}
	}
	if q.Weight, err = parseWeight(j.Weight); err != nil {
		return fmt.Errorf("%w: member proof weight: %s", ErrMalformed, err)
	}
	q.Depth, q.Index = j.Depth, j.Index
	*p = q
	return nil
}

// ReadMemberProof returns the membership proof of the member with this
// commitment from path, which holds either that member's proof (what
// MemberProof.WriteFile and `zkvote census proof` write: a small file an
// organiser can hand each member) or a whole census file, told apart by
// the file's kind. The proof is checked against its own census root; the
// caller still compares that root with the poll's (client.Vote does).
// It fails with ErrNotMember if the proof is another member's.
func ReadMemberProof(path string, commitment fr.Element, opts ...Option) (MemberProof, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return MemberProof{}, fmt.Errorf("census: %w", err)
	}
	cfg, err := newConfig(opts)
	if err != nil {
		return MemberProof{}, err
	}
	doc, err := decodeTop(data, cfg.weightBits)
	if err != nil {
		return MemberProof{}, fmt.Errorf("%w: %s: neither a census file nor a member proof: %w", ErrMalformed, path, err)
	}
	top := doc.fields
	switch kindOf(top) {
	case FileKind:
		c, err := fromTop(path, doc, opts)
		if err != nil {
			return MemberProof{}, err
		}
		p, err := c.Proof(commitment)
		if err != nil {
			return MemberProof{}, fmt.Errorf("%s: %w", path, err)
		}
		return p, nil
	case ProofKind:
		var p MemberProof
		if err := json.Unmarshal(data, &p); err != nil {
			return MemberProof{}, fmt.Errorf("%s: %w", path, err)
		}
		if !p.Commitment.Equal(&commitment) {
			return MemberProof{}, fmt.Errorf("%w: %s is the proof of %s, not of %s", ErrNotMember, path, fieldhex.Encode(p.Commitment), fieldhex.Encode(commitment))
		}
		if err := p.Verify(p.CensusRoot); err != nil {
			return MemberProof{}, fmt.Errorf("%s: %w", path, err)
		}
		return p, nil
	}
	return MemberProof{}, fmt.Errorf("%w: %s: neither a census file nor a member proof (kind %s)", ErrMalformed, path, top["kind"])
}

// kindOf names a file's kind from its "kind" field or, for files written
// before that field, from the fields it has.
func kindOf(top map[string]json.RawMessage) string {
	if raw, ok := top["kind"]; ok {
		var kind string
		if json.Unmarshal(raw, &kind) != nil {
			return ""
		}
		return kind
	}
	if _, ok := top["members"]; ok {
		return FileKind
	}
	if _, ok := top["census_root"]; ok {
		return ProofKind
	}
	return ""
}

// WriteFile writes the proof to path as indented JSON, replacing any
// file there.
func (p MemberProof) WriteFile(path string) error {
	data, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		return err
	}
	if err := atomicfile.Write(path, append(data, '\n'), 0o644, true); err != nil {
		return fmt.Errorf("census: %w", err)
	}
	return nil
}
