package census

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"unicode/utf8"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/internal/fieldhex"
)

// FileKind is the "kind" of a census file (from version 2).
const FileKind = "zkvote-census"

// fileVersion is the census file format version written; version 1 files
// (no kind, no subtree roots) are still read.
const fileVersion = 2

// maxSubtreeHeight bounds the subtree height a file may use (this package
// writes SubtreeHeight), and so the work of a proof.
const maxSubtreeHeight = 20

// fileKeys are the fields of each file version; "source" is optional.
var fileKeys = map[int][]string{
	1: {"version", "depth", "root", "members"},
	2: {"kind", "version", "depth", "root", "source", "subtree_height", "subtree_roots", "members"},
}

// MarshalJSON encodes the census file: kind, version, depth, root, the
// source section when there is one (Source), the roots of the subtrees
// of 2^subtree_height members, and the members, one per line so that
// files diff well.
func (c *Census) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.Grow(256 + 72*len(c.tree.levels[lowHeight(c.depth)]) + 110*len(c.commitments))
	if err := c.encode(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// encodeBlock is the number of members formatted at once by one core.
var encodeBlock = 1 << 14

// encode writes the census file to w, a block at a time.
func (c *Census) encode(w io.Writer) error {
	low := lowHeight(c.depth)
	roots := c.tree.levels[low]
	b := make([]byte, 0, 1<<16)
	var err error
	flush := func() {
		if len(b) > 1<<16-256 && err == nil {
			_, err = w.Write(b)
			b = b[:0]
		}
	}
	b = fmt.Appendf(b, "{\n  \"kind\": %q,\n  \"version\": %d,\n  \"depth\": %d,\n  \"root\": %q,\n",
		FileKind, fileVersion, c.depth, fieldhex.Encode(c.Root()))
	if c.source != nil {
		if b, err = appendSource(b, c.source); err != nil {
			return err
		}
	}
	b = fmt.Appendf(b, "  \"subtree_height\": %d,\n  \"subtree_roots\": [\n", low)
	for i := range roots {
		b = append(b, "    \""...)
		b = appendHex(b, &roots[i])
		b = append(b, '"')
		if i < len(roots)-1 {
			b = append(b, ',')
		}
		b = append(b, '\n')
		flush()
	}
	b = append(b, "  ],\n  \"members\": [\n"...)
	if err != nil {
		return err
	}
	if _, err := w.Write(b); err != nil {
		return err
	}
	// Members are formatted a round of blocks at a time, one block a core,
	// and written in order.
	block := encodeBlock
	bufs := make([][]byte, runtime.GOMAXPROCS(0))
	for start := 0; start < len(c.commitments); start += block * len(bufs) {
		var wg sync.WaitGroup
		for k := range bufs {
			lo := start + k*block
			hi := min(lo+block, len(c.commitments))
			bufs[k] = bufs[k][:0]
			if lo >= hi {
				continue
			}
			wg.Go(func() { bufs[k] = c.appendMembers(bufs[k], lo, hi) })
		}
		wg.Wait()
		for _, buf := range bufs {
			if _, err := w.Write(buf); err != nil {
				return err
			}
		}
	}
	_, err = io.WriteString(w, "  ]\n}\n")
	return err
}

// appendMembers appends the lines of members lo to hi-1.
func (c *Census) appendMembers(b []byte, lo, hi int) []byte {
	for i := lo; i < hi; i++ {
		b = append(b, "    {\"commitment\": \""...)
		b = appendHex(b, &c.commitments[i])
		b = append(b, "\", \"weight\": \""...)
		b = appendWeight(b, &c.weights[i])
		b = append(b, "\"}"...)
		if i < len(c.commitments)-1 {
			b = append(b, ',')
		}
		b = append(b, '\n')
	}
	return b
}

// appendHex appends fieldhex.Encode(*e) without allocating.
func appendHex(b []byte, e *fr.Element) []byte {
	const digits = "0123456789abcdef"
	raw := e.Bytes()
	b = append(b, "0x"...)
	for _, x := range raw {
		b = append(b, digits[x>>4], digits[x&15])
	}
	return b
}

// appendWeight appends a weight in base 10.
func appendWeight(b []byte, w *fr.Element) []byte {
	if w.IsUint64() {
		return strconv.AppendUint(b, w.Uint64(), 10)
	}
	return w.BigInt(new(big.Int)).Append(b, 10)
}

// WriteFile writes the census file to path, replacing any file there. The
// file is written beside path and renamed into place once synced, so path
// holds the old file or the new one, never a part (as atomicfile.Write,
// without holding the whole file in memory).
func (c *Census) WriteFile(path string) (err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("census: %w", err)
	}
	defer func() {
		if err != nil {
			_ = tmp.Close()
			_ = os.Remove(tmp.Name())
			err = fmt.Errorf("census: %w", err)
		}
	}()
	if err := tmp.Chmod(0o644); err != nil {
		return err
	}
	if err := c.encode(tmp); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	if d, err := os.Open(dir); err == nil { // make the new entry durable; best effort
		_ = d.Sync()
		_ = d.Close()
	}
	return nil
}

// ReadFile reads a census file; see Unmarshal.
func ReadFile(path string, opts ...Option) (*Census, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("census: %w", err)
	}
	return unmarshal(path, data, opts)
}

// Unmarshal decodes a census file and checks its members as Parse does.
// A version-2 file loads without hashing the members: the stored subtree
// roots must lead to the stored root (else ErrRootMismatch), and each
// subtree is rehashed when a proof of one of its members is made; Check
// rehashes them all. A version-1 file holds no subtree roots, so its tree
// is rebuilt and its root checked at once.
func Unmarshal(data []byte, opts ...Option) (*Census, error) {
	return unmarshal("", data, opts)
}

func unmarshal(name string, data []byte, opts []Option) (*Census, error) {
	cfg, err := newConfig(opts)
	if err != nil {
		return nil, err
	}
	doc, err := decodeTop(data, cfg.weightBits)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: not a census file: %w", ErrMalformed, (&source{name: name}).title(), err)
	}
	return fromTop(name, doc, opts)
}

// document is a JSON object split into its fields; members holds the
// "members" array already decoded, when the fast path read it.
type document struct {
	fields  map[string]json.RawMessage
	members *Census
}

// decodeTop splits a JSON object into its fields. A census file laid out
// as MarshalJSON writes it takes a fast path that reads its members once,
// rather than scanning 100 MB of JSON twice with encoding/json; anything
// else goes through encoding/json and its errors.
func decodeTop(data []byte, weightBits int) (document, error) {
	if doc, ok := fastTop(data, weightBits); ok {
		return doc, nil
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(data, &fields); err != nil {
		return document{}, err
	}
	if fields == nil {
		return document{}, fmt.Errorf("null")
	}
	return document{fields: fields}, nil
}

// fastTop splits an object whose keys are plain strings, each once, with
// its "members" value decoded by fastMembers and every other value checked
// by json.Valid; it gives up (false) on anything else.
func fastTop(data []byte, weightBits int) (document, bool) {
	doc := document{fields: make(map[string]json.RawMessage)}
	p := skipSpace(data, 0)
	if p == len(data) || data[p] != '{' {
		return doc, false
	}
	for p++; ; p++ {
		p = skipSpace(data, p)
		end, ok := plainString(data, p)
		if !ok || !json.Valid(data[p:end]) || !utf8.Valid(data[p+1:end-1]) {
			return doc, false // encoding/json would replace invalid UTF-8
		}
		key := string(data[p+1 : end-1])
		if _, dup := doc.fields[key]; dup {
			return doc, false
		}
		p = skipSpace(data, end)
		if p == len(data) || data[p] != ':' {
			return doc, false
		}
		p = skipSpace(data, p+1)
		if key == "members" {
			var n int
			if doc.members, n, ok = fastMembers(data[p:], weightBits); !ok {
				return doc, false
			}
			end = p + n
		} else if end, ok = skipValue(data, p); !ok || !json.Valid(data[p:end]) {
			return doc, false
		}
		doc.fields[key] = data[p:end]
		p = skipSpace(data, end)
		if p < len(data) && data[p] == '}' {
			return doc, skipSpace(data, p+1) == len(data)
		}
		if p == len(data) || data[p] != ',' {
			return doc, false
		}
	}
}

func skipSpace(data []byte, p int) int {
	for p < len(data) && (data[p] == ' ' || data[p] == '\n' || data[p] == '\t' || data[p] == '\r') {
		p++
	}
	return p
}

// plainString returns the end of the string at p, which has no escapes.
func plainString(data []byte, p int) (int, bool) {
	if p == len(data) || data[p] != '"' {
		return 0, false
	}
	for p++; p < len(data); p++ {
		switch data[p] {
		case '"':
			return p + 1, true
		case '\\':
			return 0, false
		}
	}
	return 0, false
}

// quotedString returns the end of the string at p, skipping escapes
// (json.Valid checks them afterwards).
func quotedString(data []byte, p int) (int, bool) {
	if p == len(data) || data[p] != '"' {
		return 0, false
	}
	for p++; p < len(data); p++ {
		switch data[p] {
		case '"':
			return p + 1, true
		case '\\':
			p++
		}
	}
	return 0, false
}

// skipValue returns the end of the JSON value at p (a string, an array,
// an object or a literal), for json.Valid to check.
func skipValue(data []byte, p int) (int, bool) {
	depth := 0
	for p < len(data) {
		switch data[p] {
		case '"':
			end, ok := quotedString(data, p)
			if !ok {
				return 0, false
			}
			p = end
		case '[', '{':
			depth++
			p++
		case ']', '}':
			if depth == 0 {
				return p, true
			}
			depth--
			p++
		case ',':
			if depth == 0 {
				return p, true
			}
			p++
		default:
			p++
		}
		if depth == 0 && p < len(data) && (data[p-1] == '"' || data[p-1] == ']' || data[p-1] == '}') {
			return p, true
		}
	}
	return p, depth == 0
}

func fromTop(name string, doc document, opts []Option) (*Census, error) {
	top := doc.fields
	src := &source{name: name, unit: "member"}
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s: %s", ErrMalformed, src.title(), fmt.Sprintf(format, args...))
	}
	cfg, err := newConfig(opts)
	if err != nil {
		return nil, err
	}
	var version int
	if err := json.Unmarshal(top["version"], &version); err != nil {
		return nil, bad("version: %v", err)
	}
	keys, ok := fileKeys[version]
	if !ok {
		return nil, bad("version %d, want 1 or %d", version, fileVersion)
	}
	for k := range top {
		if !contains(keys, k) {
			return nil, bad("unknown field %q in a version %d census file", k, version)
		}
	}
	if version >= 2 {
		var kind string
		if err := json.Unmarshal(top["kind"], &kind); err != nil || kind != FileKind {
			return nil, bad("kind %s, want %q", top["kind"], FileKind)
		}
	}
	var (
		depth    int
		rootText string
	)
	if err := json.Unmarshal(top["depth"], &depth); err != nil {
		return nil, bad("depth: %v", err)
	}
	if err := json.Unmarshal(top["root"], &rootText); err != nil {
		return nil, bad("root: %v", err)
	}
	root, err := fieldhex.Decode(rootText)
	if err != nil {
		return nil, bad("root: %v", err)
	}
	c := doc.members
	if c != nil {
		err = c.check(-1, nil, src)
	} else {
		c, err = decodeMembers(src, top["members"], cfg.weightBits)
	}
	if err != nil {
		return nil, err
	}
	if err := checkSize(len(c.commitments), depth); err != nil {
		return nil, err
	}
	c.depth = depth
	if version == 1 {
		c.tree = buildTree(c.commitments, c.weights, depth)
		if got := c.Root(); !got.Equal(&root) {
			return nil, fmt.Errorf("%w: %s: stored %s, members give %s", ErrRootMismatch, src.title(), rootText, fieldhex.Encode(got))
		}
		return c, nil
	}
	var (
		low       int
		rootTexts []string
	)
	if err := json.Unmarshal(top["subtree_height"], &low); err != nil {
		return nil, bad("subtree_height: %v", err)
	}
	if maxLow := min(depth, maxSubtreeHeight); low < 1 || low > maxLow {
		return nil, bad("subtree_height %d not in [1,%d]", low, maxLow)
	}
	if err := json.Unmarshal(top["subtree_roots"], &rootTexts); err != nil {
		return nil, bad("subtree_roots: %v", err)
	}
	if want := subtreeCount(len(c.commitments), low); len(rootTexts) != want {
		return nil, bad("%d subtree roots for %d members, want %d", len(rootTexts), len(c.commitments), want)
	}
	c.tree = &tree{depth: depth, low: low, levels: make([][]fr.Element, depth+1)}
	if c.tree.levels[low], err = fieldhex.DecodeAll(rootTexts); err != nil {
		return nil, bad("subtree_roots: %v", err)
	}
	c.tree.hashUp(low)
	if got := c.Root(); !got.Equal(&root) {
		return nil, fmt.Errorf("%w: %s: stored %s, subtree roots give %s", ErrRootMismatch, src.title(), rootText, fieldhex.Encode(got))
	}
	if raw, ok := top["source"]; ok {
		if c.source, err = decodeSource(raw); err != nil {
			return nil, bad("source: %v", err)
		}
	}
	if cfg.fullCheck {
		if err := c.Check(); err != nil {
			return nil, fmt.Errorf("%s: %w", src.title(), err)
		}
	}
	return c, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// decodeMembers reads the members array of a census file: the layout
// MarshalJSON writes on a fast path, anything else through parseEntries,
// whose errors name the entry.
func decodeMembers(src *source, raw json.RawMessage, weightBits int) (*Census, error) {
	if c, n, ok := fastMembers(raw, weightBits); ok && skipSpace(raw, n) == len(raw) {
		if err := c.check(-1, nil, src); err != nil {
			return nil, err
		}
		return c, nil
	}
	var entries []json.RawMessage
	if err := json.Unmarshal(raw, &entries); err != nil {
		return nil, fmt.Errorf("%w: %s: members: %w", ErrMalformed, src.title(), err)
	}
	l := newList(src, weightBits, len(entries))
	if err := parseEntries(l, entries); err != nil {
		return nil, err
	}
	return l.finish()
}

// fastMembers decodes a syntactically valid JSON array of
// {"commitment": "0x<64 hex digits>", "weight": "<digits>"} (the weight
// may be a bare integer) whose weights are in range. It gives up (false)
// on anything else, leaving the errors to the general path. It returns the
// length of the array read.
func fastMembers(data []byte, weightBits int) (*Census, int, bool) {
	n := len(data) / 100
	c := &Census{commitments: make([]fr.Element, 0, n), weights: make([]fr.Element, 0, n)}
	p := 0
	ws := func() {
		for p < len(data) && (data[p] == ' ' || data[p] == '\n' || data[p] == '\t' || data[p] == '\r') {
			p++
		}
	}
	next := func(b byte) bool {
		ws()
		if p < len(data) && data[p] == b {
			p++
			return true
		}
		return false
	}
	str := func() ([]byte, bool) {
		if !next('"') {
			return nil, false
		}
		start := p
		for p < len(data) && data[p] != '"' {
			if data[p] == '\\' {
				return nil, false
			}
			p++
		}
		if p == len(data) {
			return nil, false
		}
		p++
		return data[start : p-1], true
	}
	key := func(want string) bool {
		k, ok := str()
		return ok && string(k) == want && next(':')
	}
	if !next('[') {
		return nil, 0, false
	}
	if next(']') {
		return c, p, true
	}
	for {
		if !next('{') || !key("commitment") {
			return nil, 0, false
		}
		hex, ok := str()
		if !ok {
			return nil, 0, false
		}
		cm, ok := decodeHex64(hex)
		if !ok || !next(',') || !key("weight") {
			return nil, 0, false
		}
		var digits []byte
		ws()
		if p < len(data) && data[p] == '"' {
			if digits, ok = str(); !ok {
				return nil, 0, false
			}
		} else {
			start := p
			for p < len(data) && data[p] >= '0' && data[p] <= '9' {
				p++
			}
			digits = data[start:p]
		}
		w, ok := decodeWeight(digits, weightBits)
		if !ok || !next('}') {
			return nil, 0, false
		}
		c.commitments = append(c.commitments, cm)
		c.weights = append(c.weights, w)
		if next(']') {
			return c, p, true
		}
		if !next(',') {
			return nil, 0, false
		}
	}
}

// decodeHex64 decodes "0x" and 64 hex digits, a canonical field element.
func decodeHex64(s []byte) (fr.Element, bool) {
	var buf [fr.Bytes]byte
	if len(s) != 2+2*fr.Bytes || s[0] != '0' || s[1] != 'x' {
		return fr.Element{}, false
	}
	for i := range buf {
		hi, ok1 := hexDigit(s[2+2*i])
		lo, ok2 := hexDigit(s[3+2*i])
		if !ok1 || !ok2 {
			return fr.Element{}, false
		}
		buf[i] = hi<<4 | lo
	}
	e, err := fr.BigEndian.Element(&buf)
	return e, err == nil
}

func hexDigit(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// decodeWeight decodes base-10 digits into a weight in [1, 2^weightBits).
func decodeWeight(digits []byte, weightBits int) (fr.Element, bool) {
	var w fr.Element
	if len(digits) == 0 {
		return w, false
	}
	for _, d := range digits {
		if d < '0' || d > '9' {
			return w, false
		}
	}
	if len(digits) > 19 {
		return slowWeight(digits, weightBits)
	}
	var v uint64
	for _, d := range digits {
		v = v*10 + uint64(d-'0')
	}
	if v == 0 || (weightBits < 64 && v>>weightBits != 0) {
		return w, false
	}
	w.SetUint64(v)
	return w, true
}

// slowWeight is decodeWeight for numbers past 19 digits.
func slowWeight(digits []byte, weightBits int) (fr.Element, bool) {
	var w fr.Element
	v, err := parseWeight(string(digits))
	if err != nil || checkWeight(v, weightBits) != nil {
		return w, false
	}
	w.SetBigInt(v)
	return w, true
}
