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
	"strings"

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

// member decodes one commitment and weight found at line or entry n, and
// records n as the position of the next member.
func (s *source) member(n int, commitment, weight string) (Member, error) {
	c, err := fieldhex.Decode(commitment)
	if err != nil {
		return Member{}, s.fail(n, ErrInvalidCommitment, "%v", err)
	}
	w, err := parseWeight(weight)
	if err != nil {
		return Member{}, s.fail(n, ErrInvalidWeight, "%v", err)
	}
	s.pos = append(s.pos, n)
	return Member{Commitment: c, Weight: w}, nil
}

func parse(name string, data []byte, format Format, opts []Option) ([]Member, error) {
	cfg, err := newConfig(opts)
	if err != nil {
		return nil, err
	}
	data = bytes.TrimPrefix(data, utf8BOM)
	var (
		src     *source
		members []Member
	)
	switch format {
	case FormatCSV:
		src = &source{name: name, unit: "line"}
		members, err = parseCSV(src, data)
	case FormatJSON:
		src = &source{name: name, unit: "entry"}
		members, err = parseJSON(src, data)
	default:
		return nil, fmt.Errorf("%w: unknown format %v", ErrMalformed, format)
	}
	if err != nil {
		return nil, err
	}
	if len(members) == 0 {
		if name == "" {
			return nil, ErrEmpty
		}
		return nil, fmt.Errorf("%w: %s", ErrEmpty, name)
	}
	if err := validate(members, cfg.weightBits, src); err != nil {
		return nil, err
	}
	return members, nil
}

func parseCSV(src *source, data []byte) ([]Member, error) {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 4096), maxLine)
	var members []Member
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fields := strings.Split(text, ",")
		if len(fields) != 2 {
			return nil, src.fail(line, ErrMalformed, "%d fields, want 2 (commitment,weight)", len(fields))
		}
		c, w := strings.TrimSpace(fields[0]), strings.TrimSpace(fields[1])
		if len(members) == 0 && strings.EqualFold(c, "commitment") && strings.EqualFold(w, "weight") {
			continue // header
		}
		m, err := src.member(line, c, w)
		if err != nil {
			return nil, err
		}
		members = append(members, m)
	}
	if err := sc.Err(); err != nil {
		return nil, src.fail(line+1, ErrMalformed, "%v", err)
	}
	return members, nil
}

// memberJSON is one member in a JSON list or census file. The weight is
// kept raw so that it may be a string or a number of any size.
type memberJSON struct {
	Commitment *string         `json:"commitment"`
	Weight     json.RawMessage `json:"weight"`
}

func parseJSON(src *source, data []byte) ([]Member, error) {
	var entries []json.RawMessage
	if err := json.Unmarshal(data, &entries); err != nil {
		return nil, fmt.Errorf("%w: %s: want a JSON array of {\"commitment\", \"weight\"}: %w", ErrMalformed, src.title(), err)
	}
	return parseEntries(src, entries)
}

// title names the whole input.
func (s *source) title() string {
	if s.name == "" {
		return "input"
	}
	return s.name
}

// parseEntries decodes JSON members; errors name the entry, from 0.
func parseEntries(src *source, entries []json.RawMessage) ([]Member, error) {
	members := make([]Member, 0, len(entries))
	for i, raw := range entries {
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.DisallowUnknownFields()
		var e memberJSON
		if err := dec.Decode(&e); err != nil {
			return nil, src.fail(i, ErrMalformed, "want {\"commitment\", \"weight\"}: %v", err)
		}
		if e.Commitment == nil {
			return nil, src.fail(i, ErrMalformed, "no commitment")
		}
		weight, err := weightText(e.Weight)
		if err != nil {
			return nil, src.fail(i, ErrInvalidWeight, "%v", err)
		}
		m, err := src.member(i, *e.Commitment, weight)
		if err != nil {
			return nil, err
		}
		members = append(members, m)
	}
	return members, nil
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
