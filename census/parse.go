package census

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/internal/fieldhex"
)

// Format is the syntax of a census list.
type Format int

// The census list formats ParseFile and Parse read.
const (
	FormatCSV Format = iota + 1
	FormatJSON
)

// String returns "csv" or "json".
func (f Format) String() string {
	switch f {
	case FormatCSV:
		return "csv"
	case FormatJSON:
		return "json"
	}
	return fmt.Sprintf("Format(%d)", int(f))
}

// maxLine bounds one CSV line; a commitment and a weight need under 200 bytes.
const maxLine = 64 << 10

var utf8BOM = []byte("\xef\xbb\xbf")

// ParseFile reads a census list, in the format its extension (.csv, .json)
// names or, failing that, its content suggests. It checks every member
// (see Parse) and names the file, and the line or entry, in its errors.
func ParseFile(path string, opts ...Option) ([]Member, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("census: %w", err)
	}
	return parse(path, data, formatOf(path, data), opts)
}

// Parse reads a census list in the given format and checks it: commitments
// are hex field elements, weights integers in [1, 2^WeightBits), no
// commitment repeats, and there is at least one member. It does not check
// the count against a depth; Build does.
func Parse(r io.Reader, format Format, opts ...Option) ([]Member, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("census: %w", err)
	}
	return parse("", data, format, opts)
}

func formatOf(path string, data []byte) Format {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".csv":
		return FormatCSV
	case ".json":
		return FormatJSON
	}
	rest := bytes.TrimLeft(bytes.TrimPrefix(data, utf8BOM), " \t\r\n")
	if len(rest) > 0 && rest[0] == '[' {
		return FormatJSON
	}
	return FormatCSV
}

// source names the input in errors and tells where each member came from.
type source struct {
	name string // file name, or "" for a reader
	unit string // "line" or "entry"
	pos  []int  // pos[i] is the line or entry of member i; nil means i
}

// posOf returns the line or entry of member i.
func (s *source) posOf(i int) int {
	if s.pos == nil {
		return i
	}
	return s.pos[i]
}

// at names line or entry n.
func (s *source) at(n int) string {
	if s.name == "" {
		return fmt.Sprintf("%s %d", s.unit, n)
	}
	return fmt.Sprintf("%s %s %d", s.name, s.unit, n)
}

func (s *source) fail(n int, sentinel error, format string, args ...any) error {
	return fmt.Errorf("%w: %s: %s", sentinel, s.at(n), fmt.Sprintf(format, args...))
}

// list collects members as field elements while a source is parsed.
// Syntax errors stop the parsing at once; the first weight out of range is
// kept and reported by finish, in input order with duplicates, as Build
// reports them.
type list struct {
	src         *source
	weightBits  int
	commitments []fr.Element
	weights     []fr.Element
	badWeight   int // first member whose weight is out of range, or -1
	why         error

	text      []byte // for a part of a CSV list read in parallel: its lines
	firstLine int    // and the number of its first line
}

func newList(src *source, weightBits, capacity int) *list {
	return &list{src: src, weightBits: weightBits, badWeight: -1,
		commitments: make([]fr.Element, 0, capacity), weights: make([]fr.Element, 0, capacity)}
}

// add decodes one commitment and weight found at line or entry n, and
// records n as the position of the member.
func (l *list) add(n int, commitment, weight []byte) error {
	c, ok := decodeHex64(commitment)
	if !ok {
		var err error
		if c, err = fieldhex.Decode(string(commitment)); err != nil {
			return l.src.fail(n, ErrInvalidCommitment, "%v", err)
		}
	}
	w, ok := decodeWeight(weight, l.weightBits)
	if !ok {
		big, err := parseWeight(string(weight))
		if err != nil {
			return l.src.fail(n, ErrInvalidWeight, "%v", err)
		}
		if err := checkWeight(big, l.weightBits); err != nil {
			if l.badWeight < 0 {
				l.badWeight, l.why = len(l.commitments), err
			}
		} else {
			w.SetBigInt(big)
		}
	}
	l.src.pos = append(l.src.pos, n)
	l.commitments = append(l.commitments, c)
	l.weights = append(l.weights, w)
	return nil
}

// finish checks the weights and that no commitment repeats, and returns
// the members with their index in a Census without a tree.
func (l *list) finish() (*Census, error) {
	c := &Census{commitments: l.commitments, weights: l.weights}
	if err := c.check(l.badWeight, l.why, l.src); err != nil {
		return nil, err
	}
	return c, nil
}

func parse(name string, data []byte, format Format, opts []Option) ([]Member, error) {
	c, err := parseList(name, data, format, opts)
	if err != nil {
		return nil, err
	}
	return c.Members(), nil
}

// BuildFile parses a member list as ParseFile does and builds its census
// as Build does, holding members as field elements throughout rather than
// as Members: for lists of millions.
func BuildFile(path string, depth int, opts ...Option) (*Census, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("census: %w", err)
	}
	c, err := parseList(path, data, formatOf(path, data), opts)
	if err != nil {
		return nil, err
	}
	if err := checkSize(len(c.commitments), depth); err != nil {
		return nil, err
	}
	cfg, err := newConfig(opts)
	if err != nil {
		return nil, err
	}
	c.depth = depth
	c.tree = buildTreeMetered(c.commitments, c.weights, depth, newMeter(cfg.progress, len(c.commitments), depth))
	return c, nil
}

// parseList reads and checks a member list (see Parse) into a Census
// without a tree.
func parseList(name string, data []byte, format Format, opts []Option) (*Census, error) {
	cfg, err := newConfig(opts)
	if err != nil {
		return nil, err
	}
	data = bytes.TrimPrefix(data, utf8BOM)
	var l *list
	switch format {
	case FormatCSV:
		l = newList(&source{name: name, unit: "line"}, cfg.weightBits, bytes.Count(data, []byte{'\n'})+1)
		err = parseCSV(l, data)
	case FormatJSON:
		l = newList(&source{name: name, unit: "entry"}, cfg.weightBits, 0)
		err = parseJSON(l, data)
	default:
		return nil, fmt.Errorf("%w: unknown format %v", ErrMalformed, format)
	}
	if err != nil {
		return nil, err
	}
	if len(l.commitments) == 0 {
		if name == "" {
			return nil, ErrEmpty
		}
		return nil, fmt.Errorf("%w: %s", ErrEmpty, name)
	}
	return l.finish()
}

// parseCSV reads CSV lines into l. A long list is cut at line ends into
// one part per core, parsed side by side and joined in order, with the
// errors the sequential reading would give: the first syntax error in
// input order, else the first weight out of range.
func parseCSV(l *list, data []byte) error {
	const minParallel = 1 << 20
	workers := runtime.GOMAXPROCS(0)
	if len(data) < minParallel || workers < 2 {
		return l.csv(data, 1, true)
	}
	parts := make([]*list, 0, workers)
	firstLine := 1
	for start := 0; start < len(data); {
		end := len(data)
		if len(parts) < workers-1 {
			end = min(len(data), start+len(data)/workers)
			if nl := bytes.IndexByte(data[end:], '\n'); nl >= 0 {
				end += nl + 1
			} else {
				end = len(data)
			}
		}
		chunk := data[start:end]
		lines := bytes.Count(chunk, []byte{'\n'})
		part := newList(&source{name: l.src.name, unit: l.src.unit}, l.weightBits, lines+1)
		part.text, part.firstLine = chunk, firstLine
		parts = append(parts, part)
		firstLine += lines
		start = end
	}
	errs := make([]error, len(parts))
	var wg sync.WaitGroup
	for i, part := range parts {
		wg.Go(func() { errs[i] = part.csv(part.text, part.firstLine, i == 0) })
	}
	wg.Wait()
	if len(parts[0].commitments) == 0 {
		// The first part held no member: a header may come later, so read
		// the whole list in order.
		return l.csv(data, 1, true)
	}
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	n := 0
	for _, part := range parts {
		n += len(part.commitments)
	}
	l.commitments = make([]fr.Element, 0, n)
	l.weights = make([]fr.Element, 0, n)
	l.src.pos = make([]int, 0, n)
	for _, part := range parts {
		if part.badWeight >= 0 && l.badWeight < 0 {
			l.badWeight, l.why = len(l.commitments)+part.badWeight, part.why
		}
		l.commitments = append(l.commitments, part.commitments...)
		l.weights = append(l.weights, part.weights...)
		l.src.pos = append(l.src.pos, part.src.pos...)
		*part = list{}
	}
	return nil
}

// csv reads the lines of data, numbered from firstLine; header says
// whether a "commitment,weight" line before any member is a header.
func (l *list) csv(data []byte, firstLine int, header bool) error {
	src := l.src
	if src.pos == nil {
		src.pos = make([]int, 0, cap(l.commitments))
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 4096), maxLine)
	line := firstLine - 1
	for sc.Scan() {
		line++
		text := bytes.TrimSpace(sc.Bytes())
		if len(text) == 0 || text[0] == '#' {
			continue
		}
		comma := bytes.IndexByte(text, ',')
		if comma < 0 || bytes.IndexByte(text[comma+1:], ',') >= 0 {
			return src.fail(line, ErrMalformed, "%d fields, want 2 (commitment,weight)", bytes.Count(text, []byte{','})+1)
		}
		c, w := bytes.TrimSpace(text[:comma]), bytes.TrimSpace(text[comma+1:])
		if header && len(l.commitments) == 0 && bytes.EqualFold(c, []byte("commitment")) && bytes.EqualFold(w, []byte("weight")) {
			continue
		}
		if err := l.add(line, c, w); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return src.fail(line+1, ErrMalformed, "%v", err)
	}
	return nil
}

// memberJSON is one member in a JSON list or census file. The weight is
// kept raw so that it may be a string or a number of any size.
type memberJSON struct {
	Commitment *string         `json:"commitment"`
	Weight     json.RawMessage `json:"weight"`
}

func parseJSON(l *list, data []byte) error {
	var entries []json.RawMessage
	if err := json.Unmarshal(data, &entries); err != nil {
		return fmt.Errorf("%w: %s: want a JSON array of {\"commitment\", \"weight\"}: %w", ErrMalformed, l.src.title(), err)
	}
	return parseEntries(l, entries)
}

// title names the whole input.
func (s *source) title() string {
	if s.name == "" {
		return "input"
	}
	return s.name
}

// parseEntries decodes JSON members; errors name the entry, from 0.
func parseEntries(l *list, entries []json.RawMessage) error {
	src := l.src
	for i, raw := range entries {
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.DisallowUnknownFields()
		var e memberJSON
		if err := dec.Decode(&e); err != nil {
			return src.fail(i, ErrMalformed, "want {\"commitment\", \"weight\"}: %v", err)
		}
		if e.Commitment == nil {
			return src.fail(i, ErrMalformed, "no commitment")
		}
		weight, err := weightText(e.Weight)
		if err != nil {
			return src.fail(i, ErrInvalidWeight, "%v", err)
		}
		if err := l.add(i, []byte(*e.Commitment), []byte(weight)); err != nil {
			return err
		}
	}
	return nil
}

// weightText returns a JSON weight, string or number, as text.
func weightText(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", errors.New("no weight")
	}
	if raw[0] == '"' {
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", err
		}
		return s, nil
	}
	return string(raw), nil
}

// parseWeight reads a base-10 integer. Range checks are checkWeight's.
func parseWeight(s string) (*big.Int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, errors.New("no weight")
	}
	w, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return nil, fmt.Errorf("%q is not a base-10 integer", s)
	}
	return w, nil
}
