package snapshot

import (
	"bytes"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkvote/zkvote/circuits"
)

// Scale names how voting power becomes a census weight.
type Scale string

// Scales. Every one divides by a divisor and rounds up, which keeps the
// order of the holders (a larger power never gets a smaller weight) and
// every weight at least 1; distinct powers may share a weight.
const (
	// ScaleNone keeps the power as the weight (divisor 1); a power beyond
	// the weight range is an error.
	ScaleNone Scale = "none"
	// ScaleFit divides by the smallest power of two that brings the largest
	// (capped) power into the weight range.
	ScaleFit Scale = "fit"
	// ScaleDivisor divides by Rule.Divisor, for instance 10^decimals to
	// count whole tokens.
	ScaleDivisor Scale = "divisor"
)

// Rule turns voting power into census weights. It is recorded in the
// snapshot file so that anyone can recompute every weight from the powers.
type Rule struct {
	// Min drops accounts whose power is below it; an account without power
	// is always dropped. Nil means no minimum.
	Min *big.Int
	// Cap lowers every power above it to it, before scaling. Nil means no
	// cap.
	Cap *big.Int
	// Scale is how capped power becomes a weight (ScaleNone if empty).
	Scale Scale
	// Divisor divides the capped power, rounding up. ScaleDivisor needs it;
	// Apply fills it in for ScaleNone (1) and ScaleFit (the power of two
	// it chose).
	Divisor *big.Int
	// WeightBits bounds every weight: 1 <= weight < 2^WeightBits
	// (circuits.Defaults().WeightBits if 0).
	WeightBits int
	// SignificantBits, when not 0, rounds every scaled weight down to its
	// top SignificantBits bits (weight classes: 2 bits gives 1, 2, 3, 4, 6,
	// 8, 12, 16, ...), so that holders of similar power share a weight and
	// a weight no longer names its holder to the coordinator (who decrypts
	// weights). Order is kept (never reversed) and every weight stays >= 1.
	SignificantBits int
	// MinClass, when not 0, makes every weight class (the members that
	// share a weight) hold at least MinClass members: from the largest
	// weight down, a class with fewer members takes the next smaller
	// class's weight (a cap at the largest weight that MinClass members
	// share); a smallest class still too small takes the next larger
	// weight. Order is kept; large holders lose weight, which is the price
	// of not being named by it.
	MinClass int
}

// Holding is one account's voting power at the snapshot block.
type Holding struct {
	Account common.Address
	Power   *big.Int
}

// Entry is one eligible account: its power at the block and its weight.
type Entry struct {
	Account common.Address
	Power   *big.Int
	Weight  *big.Int
}

// check validates r and returns it with its defaults filled in.
func (r Rule) check() (Rule, error) {
	if r.Scale == "" {
		r.Scale = ScaleNone
	}
	if r.WeightBits == 0 {
		r.WeightBits = circuits.Defaults().WeightBits
	}
	if r.WeightBits < 1 || r.WeightBits > 120 {
		return r, fmt.Errorf("%w: weight bits %d not in [1,120]", ErrRule, r.WeightBits)
	}
	if r.SignificantBits < 0 || r.SignificantBits > r.WeightBits {
		return r, fmt.Errorf("%w: significant bits %d not in [0,%d]", ErrRule, r.SignificantBits, r.WeightBits)
	}
	if r.MinClass < 0 {
		return r, fmt.Errorf("%w: minimum class %d is negative", ErrRule, r.MinClass)
	}
	if r.Min != nil && r.Min.Sign() < 0 {
		return r, fmt.Errorf("%w: negative minimum %s", ErrRule, r.Min)
	}
	if r.Cap != nil && r.Cap.Sign() <= 0 {
		return r, fmt.Errorf("%w: cap %s is not positive", ErrRule, r.Cap)
	}
	if r.Min != nil && r.Cap != nil && r.Min.Cmp(r.Cap) > 0 {
		return r, fmt.Errorf("%w: minimum %s above the cap %s", ErrRule, r.Min, r.Cap)
	}
	switch r.Scale {
	case ScaleNone, ScaleFit:
	case ScaleDivisor:
		if r.Divisor == nil || r.Divisor.Sign() <= 0 {
			return r, fmt.Errorf("%w: scale %q needs a positive divisor", ErrRule, r.Scale)
		}
	default:
		return r, fmt.Errorf("%w: unknown scale %q (none, fit or divisor)", ErrRule, r.Scale)
	}
	return r, nil
}

// Apply weighs holdings by the rule: it drops the accounts without power or
// below the minimum, caps, scales, and checks every weight against the
// weight range. Entries come sorted by account. The rule is returned with
// its divisor filled in, as the snapshot file records it.
func Apply(holdings []Holding, r Rule) ([]Entry, Rule, error) {
	r, err := r.check()
	if err != nil {
		return nil, r, err
	}
	sorted := append([]Holding(nil), holdings...)
	sort.Slice(sorted, func(i, j int) bool { return bytes.Compare(sorted[i].Account[:], sorted[j].Account[:]) < 0 })
	var kept []Entry
	maxPower := new(big.Int)
	for i, h := range sorted {
		if i > 0 && sorted[i-1].Account == h.Account {
			return nil, r, fmt.Errorf("%w: account %s listed twice", ErrMalformed, h.Account.Hex())
		}
		if h.Power == nil || h.Power.Sign() <= 0 || (r.Min != nil && h.Power.Cmp(r.Min) < 0) {
			continue
		}
		p := h.Power
		if r.Cap != nil && p.Cmp(r.Cap) > 0 {
			p = r.Cap
		}
		if p.Cmp(maxPower) > 0 {
			maxPower = p
		}
		kept = append(kept, Entry{Account: h.Account, Power: new(big.Int).Set(h.Power), Weight: new(big.Int).Set(p)})
	}
	if len(kept) == 0 {
		return nil, r, ErrNoHolders
	}
	bound := new(big.Int).Lsh(big.NewInt(1), uint(r.WeightBits)) // weights < bound
	switch r.Scale {
	case ScaleNone:
		r.Divisor = big.NewInt(1)
	case ScaleFit:
		// The smallest 2^k with ceil(max / 2^k) < bound, i.e. max <= (bound-1)·2^k.
		limit := new(big.Int).Sub(bound, big.NewInt(1))
		k := 0
		for new(big.Int).Lsh(limit, uint(k)).Cmp(maxPower) < 0 {
			k++
		}
		r.Divisor = new(big.Int).Lsh(big.NewInt(1), uint(k))
	}
	for i := range kept {
		w := ceilDiv(kept[i].Weight, r.Divisor)
		if w.Cmp(bound) >= 0 {
			return nil, r, fmt.Errorf("%w: %s has weight %s, not below 2^%d (scale it with --scale fit or a divisor, or cap it)",
				ErrWeightRange, kept[i].Account.Hex(), w, r.WeightBits)
		}
		kept[i].Weight = RoundSignificant(w, r.SignificantBits)
	}
	mergeClasses(kept, r.MinClass)
	return kept, r, nil
}

// mergeClasses gives every weight class at least min members (Rule.MinClass).
func mergeClasses(entries []Entry, min int) {
	if min <= 1 {
		return
	}
	byWeight := make([]*Entry, 0, len(entries))
	for i := range entries {
		byWeight = append(byWeight, &entries[i])
	}
	sort.SliceStable(byWeight, func(i, j int) bool { return byWeight[i].Weight.Cmp(byWeight[j].Weight) > 0 })
	// Classes from the largest weight down: [start, end) share a weight.
	var classes [][2]int
	for start := 0; start < len(byWeight); {
		end := start + 1
		for end < len(byWeight) && byWeight[end].Weight.Cmp(byWeight[start].Weight) == 0 {
			end++
		}
		classes = append(classes, [2]int{start, end})
		start = end
	}
	set := func(from, to int, w *big.Int) {
		for _, e := range byWeight[from:to] {
			e.Weight = new(big.Int).Set(w)
		}
	}
	// Merge downward: a class too small joins the next smaller class.
	start := 0
	for i, c := range classes {
		if c[1]-start >= min || i == len(classes)-1 {
			set(start, c[1], byWeight[c[1]-1].Weight)
			start = c[1]
		}
	}
	// The smallest weights, if still too few, take the next larger weight.
	n := len(byWeight)
	last := byWeight[n-1].Weight
	first := n - 1
	for first > 0 && byWeight[first-1].Weight.Cmp(last) == 0 {
		first--
	}
	if n-first < min && first > 0 {
		set(first, n, byWeight[first-1].Weight)
	}
}

// RoundSignificant rounds w >= 1 down to its top bits significant bits (0:
// w unchanged).
func RoundSignificant(w *big.Int, bits int) *big.Int {
	if bits <= 0 || w.BitLen() <= bits {
		return w
	}
	drop := uint(w.BitLen() - bits)
	return new(big.Int).Lsh(new(big.Int).Rsh(w, drop), drop)
}

// ceilDiv returns ceil(a / b) for a >= 1, b >= 1.
func ceilDiv(a, b *big.Int) *big.Int {
	q, m := new(big.Int).QuoRem(a, b, new(big.Int))
	if m.Sign() != 0 {
		q.Add(q, big.NewInt(1))
	}
	return q
}
