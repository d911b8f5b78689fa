// Package reputation makes an eligibility list from reputation scores:
// a file of (account, score, date) that a DAO keeps (contributions,
// attestations, roles), each score halved once per half-life of its age
// at a fixed date, then weighed by the same rules as a token list
// (package census/snapshot: minimum, cap, scale, significant bits,
// minimum class). The list records the file's SHA-256, the date and the
// half-life, so anyone holding the file recomputes every weight (Verify);
// accounts then register their identity commitments (package
// census/registration) as with a token list.
package reputation

import (
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkvote/zkvote/census/snapshot"
)

// Errors.
var (
	ErrFormat   = errors.New("reputation: malformed file")
	ErrMismatch = errors.New("reputation: the list does not follow from the file")
)

// Score is one line of a reputation file.
type Score struct {
	Account common.Address
	Score   *big.Int
	Date    time.Time // when the score was earned (zero: no decay)
}

// Parse reads a reputation file: CSV lines "account,score[,date]" (date
// RFC 3339 or YYYY-MM-DD), an optional header line "account,score,date",
// '#' comments. An account may appear on several lines: its scores add up
// (each decayed by its own age).
func Parse(data []byte) ([]Score, error) {
	r := csv.NewReader(bytes.NewReader(data))
	r.Comment = '#'
	r.FieldsPerRecord = -1
	r.TrimLeadingSpace = true
	var out []Score
	for line := 1; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrFormat, err)
		}
		at, _ := r.FieldPos(0)
		if len(rec) >= 2 && strings.EqualFold(rec[0], "account") {
			continue
		}
		if len(rec) < 2 || len(rec) > 3 {
			return nil, fmt.Errorf("%w: line %d: want account,score[,date]", ErrFormat, at)
		}
		if !common.IsHexAddress(rec[0]) || !strings.HasPrefix(rec[0], "0x") {
			return nil, fmt.Errorf("%w: line %d: %q is not an account address", ErrFormat, at, rec[0])
		}
		score, ok := new(big.Int).SetString(strings.TrimSpace(rec[1]), 10)
		if !ok || score.Sign() < 0 {
			return nil, fmt.Errorf("%w: line %d: score %q is not a whole number >= 0", ErrFormat, at, rec[1])
		}
		s := Score{Account: common.HexToAddress(rec[0]), Score: score}
		if len(rec) == 3 && strings.TrimSpace(rec[2]) != "" {
			if s.Date, err = parseDate(strings.TrimSpace(rec[2])); err != nil {
				return nil, fmt.Errorf("%w: line %d: %v", ErrFormat, at, err)
			}
		}
		out = append(out, s)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: no scores", ErrFormat)
	}
	return out, nil
}

func parseDate(s string) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("date %q is neither RFC 3339 nor YYYY-MM-DD", s)
	}
	return t, nil
}

// Decay is how scores age: halved once per HalfLife of age at AsOf
// (HalfLife 0: no decay).
type Decay struct {
	AsOf     time.Time
	HalfLife time.Duration
}

// Holdings returns each account's power: the sum of its scores, each
// halved floor(age / half-life) times (an integer rule, so every machine
// computes the same). A score dated after AsOf is an error.
func Holdings(scores []Score, d Decay) ([]snapshot.Holding, error) {
	sum := map[common.Address]*big.Int{}
	var order []common.Address
	for _, s := range scores {
		v := new(big.Int).Set(s.Score)
		if d.HalfLife > 0 && !s.Date.IsZero() {
			age := d.AsOf.Sub(s.Date)
			if age < 0 {
				return nil, fmt.Errorf("%w: %s has a score dated %s, after the list's date %s", ErrFormat, s.Account.Hex(),
					s.Date.Format(time.RFC3339), d.AsOf.Format(time.RFC3339))
			}
			v.Rsh(v, uint(age/d.HalfLife))
		}
		if _, ok := sum[s.Account]; !ok {
			sum[s.Account] = new(big.Int)
			order = append(order, s.Account)
		}
		sum[s.Account].Add(sum[s.Account], v)
	}
	out := make([]snapshot.Holding, len(order))
	for i, a := range order {
		out[i] = snapshot.Holding{Account: a, Power: sum[a]}
	}
	return out, nil
}

// List makes the eligibility list of a reputation file (its bytes, so
// that its SHA-256 is recorded) for accounts on chain chainID.
func List(file []byte, chainID *big.Int, d Decay, rule snapshot.Rule) (*snapshot.Snapshot, error) {
	scores, err := Parse(file)
	if err != nil {
		return nil, err
	}
	holdings, err := Holdings(scores, d)
	if err != nil {
		return nil, err
	}
	entries, rule, err := snapshot.Apply(holdings, rule)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(file)
	return &snapshot.Snapshot{ChainID: new(big.Int).Set(chainID), Mode: snapshot.ModeReputation, Candidates: len(holdings),
		Reputation: &snapshot.ReputationSource{FileSHA256: fmt.Sprintf("%x", sum), AsOf: d.AsOf.Unix(), HalfLife: int64(d.HalfLife / time.Second)},
		Rule:       rule, Entries: entries}, nil
}

// Verify recomputes a reputation list from its file and fails, naming
// the first account whose power or weight differs (or that one side
// lists and the other does not), unless the list is exactly what the file
// gives. A file whose scores agree but whose bytes differ (a comment, the
// layout) fails on its SHA-256, which the list records.
func Verify(file []byte, s *snapshot.Snapshot) error {
	if s.Mode != snapshot.ModeReputation || s.Reputation == nil {
		return fmt.Errorf("%w: not a reputation list", ErrMismatch)
	}
	d := Decay{AsOf: time.Unix(s.Reputation.AsOf, 0).UTC(), HalfLife: time.Duration(s.Reputation.HalfLife) * time.Second}
	want, err := List(file, s.ChainID, d, s.Rule)
	if err != nil {
		return err
	}
	if err := diff(want.Entries, s.Entries); err != nil {
		return err
	}
	if want.Rule.Divisor.Cmp(s.Rule.Divisor) != 0 {
		return fmt.Errorf("%w: the file gives divisor %s, the list records %s", ErrMismatch, want.Rule.Divisor, s.Rule.Divisor)
	}
	if sum := want.Reputation.FileSHA256; sum != s.Reputation.FileSHA256 {
		return fmt.Errorf("%w: the scores agree but the file's SHA-256 is %s…, the list records %s…", ErrMismatch,
			sum[:12], s.Reputation.FileSHA256[:min(12, len(s.Reputation.FileSHA256))])
	}
	return nil
}

// diff names the first account, in address order, that the file (want)
// and the list (got) disagree on; both are sorted by account.
func diff(want, got []snapshot.Entry) error {
	i, j := 0, 0
	for i < len(want) || j < len(got) {
		c := 0
		switch {
		case i == len(want):
			c = 1
		case j == len(got):
			c = -1
		default:
			c = bytes.Compare(want[i].Account[:], got[j].Account[:])
		}
		switch {
		case c < 0:
			e := want[i]
			return fmt.Errorf("%w: %s: the file gives power %s weight %s, the list leaves it out", ErrMismatch, e.Account.Hex(), e.Power, e.Weight)
		case c > 0:
			e := got[j]
			return fmt.Errorf("%w: %s: the list gives it power %s weight %s, the file makes it ineligible", ErrMismatch, e.Account.Hex(), e.Power, e.Weight)
		}
		w, g := want[i], got[j]
		if w.Power.Cmp(g.Power) != 0 || w.Weight.Cmp(g.Weight) != 0 {
			return fmt.Errorf("%w: %s: the file gives power %s weight %s, the list has power %s weight %s", ErrMismatch,
				w.Account.Hex(), w.Power, w.Weight, g.Power, g.Weight)
		}
		i, j = i+1, j+1
	}
	return nil
}
