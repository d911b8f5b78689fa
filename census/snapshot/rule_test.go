package snapshot

import (
	"encoding/json"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
)

func holdings(powers ...int64) []Holding {
	out := make([]Holding, len(powers))
	for i, p := range powers {
		out[i] = Holding{Account: common.BigToAddress(big.NewInt(int64(len(powers) - i))), Power: big.NewInt(p)}
	}
	return out
}

func weightsOf(entries []Entry) []int64 {
	out := make([]int64, len(entries))
	for i, e := range entries {
		out[i] = e.Weight.Int64()
	}
	return out
}

func TestApply(t *testing.T) {
	for _, tc := range []struct {
		name    string
		powers  []int64
		rule    Rule
		want    []int64 // by account, ascending: the reverse of powers
		divisor int64
	}{
		{"none keeps powers", []int64{5, 0, 7}, Rule{}, []int64{7, 5}, 1},
		{"minimum drops", []int64{5, 3, 7}, Rule{Min: big.NewInt(5)}, []int64{7, 5}, 1},
		{"cap lowers", []int64{5, 3, 70}, Rule{Cap: big.NewInt(6)}, []int64{6, 3, 5}, 1},
		{"divisor rounds up", []int64{10, 11, 1}, Rule{Scale: ScaleDivisor, Divisor: big.NewInt(10)}, []int64{1, 2, 1}, 10},
		{"fit is the smallest power of two", []int64{15, 16, 31}, Rule{Scale: ScaleFit, WeightBits: 4}, []int64{8, 4, 4}, 4},
		{"fit of what already fits", []int64{15, 1}, Rule{Scale: ScaleFit, WeightBits: 4}, []int64{1, 15}, 1},
		{"cap before fit", []int64{1000, 40}, Rule{Cap: big.NewInt(60), Scale: ScaleFit, WeightBits: 4}, []int64{10, 15}, 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, rule, err := Apply(holdings(tc.powers...), tc.rule)
			require.NoError(t, err)
			require.Equal(t, tc.want, weightsOf(got))
			require.Equal(t, tc.divisor, rule.Divisor.Int64())
		})
	}
}

func TestApplyRefuses(t *testing.T) {
	for _, tc := range []struct {
		name   string
		powers []int64
		rule   Rule
		want   error
	}{
		{"too large without scaling", []int64{16}, Rule{WeightBits: 4}, ErrWeightRange},
		{"too large after a divisor", []int64{160}, Rule{WeightBits: 4, Scale: ScaleDivisor, Divisor: big.NewInt(10)}, ErrWeightRange},
		{"nobody", []int64{0, 0}, Rule{}, ErrNoHolders},
		{"nobody above the minimum", []int64{1, 2}, Rule{Min: big.NewInt(3)}, ErrNoHolders},
		{"divisor missing", []int64{1}, Rule{Scale: ScaleDivisor}, ErrRule},
		{"zero cap", []int64{1}, Rule{Cap: new(big.Int)}, ErrRule},
		{"minimum above cap", []int64{1}, Rule{Min: big.NewInt(5), Cap: big.NewInt(4)}, ErrRule},
		{"weight bits", []int64{1}, Rule{WeightBits: 121}, ErrRule},
		{"unknown scale", []int64{1}, Rule{Scale: "sqrt"}, ErrRule},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := Apply(holdings(tc.powers...), tc.rule)
			require.ErrorIs(t, err, tc.want)
		})
	}
	twice := append(holdings(1, 2), holdings(3)...)
	_, _, err := Apply(twice, Rule{})
	require.ErrorIs(t, err, ErrMalformed)
}

// TestFitKeepsOrder scales random token-sized powers (18 decimals, up to a
// billion tokens) into small weight ranges: a larger power never gets a
// smaller weight, and every weight is in [1, 2^bits).
func TestFitKeepsOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, bits := range []int{1, 8, 32, 64} {
		var hs []Holding
		for i := range 300 {
			p := new(big.Int).Lsh(big.NewInt(r.Int64N(1<<40)+1), uint(r.IntN(60)))
			hs = append(hs, Holding{Account: common.BigToAddress(big.NewInt(int64(i + 1))), Power: p})
		}
		entries, rule, err := Apply(hs, Rule{Scale: ScaleFit, WeightBits: bits})
		require.NoError(t, err)
		require.Len(t, entries, len(hs))
		bound := new(big.Int).Lsh(big.NewInt(1), uint(bits))
		for _, a := range entries {
			require.True(t, a.Weight.Sign() > 0 && a.Weight.Cmp(bound) < 0, "weight %s out of [1, 2^%d)", a.Weight, bits)
			for _, b := range entries {
				if a.Power.Cmp(b.Power) < 0 {
					require.True(t, a.Weight.Cmp(b.Weight) <= 0, "order lost: %s→%s, %s→%s", a.Power, a.Weight, b.Power, b.Weight)
				}
			}
		}
		// The divisor is the smallest: half of it would overflow the largest.
		if rule.Divisor.Cmp(big.NewInt(1)) > 0 {
			_, _, err := Apply(hs, Rule{Scale: ScaleDivisor, Divisor: new(big.Int).Rsh(rule.Divisor, 1), WeightBits: bits})
			require.ErrorIs(t, err, ErrWeightRange)
		}
	}
}

func TestFileRefusesTamperedWeights(t *testing.T) {
	entries, rule, err := Apply(holdings(100, 50), Rule{Scale: ScaleFit, WeightBits: 4})
	require.NoError(t, err)
	s := &Snapshot{ChainID: big.NewInt(1), Token: common.Address{9}, Block: BlockRef{Number: 5, Hash: common.Hash{5}},
		Mode: ModeBalance, Rule: rule, Entries: entries, Candidates: 2}
	data, err := json.Marshal(s)
	require.NoError(t, err)
	var back Snapshot
	require.NoError(t, json.Unmarshal(data, &back))
	require.Equal(t, s, &back)

	tamper := func(f func(m map[string]any)) error {
		var m map[string]any
		require.NoError(t, json.Unmarshal(data, &m))
		f(m)
		bad, err := json.Marshal(m)
		require.NoError(t, err)
		return json.Unmarshal(bad, &back)
	}
	require.ErrorIs(t, tamper(func(m map[string]any) {
		m["entries"].([]any)[0].(map[string]any)["weight"] = "15"
	}), ErrMalformed, "a weight that does not follow from the power")
	require.ErrorIs(t, tamper(func(m map[string]any) {
		m["rule"].(map[string]any)["divisor"] = "16"
	}), ErrMalformed, "a divisor fit would not choose")
	require.ErrorIs(t, tamper(func(m map[string]any) {
		e := m["entries"].([]any)
		e[0], e[1] = e[1], e[0]
	}), ErrMalformed, "entries out of order")
	require.ErrorIs(t, tamper(func(m map[string]any) { m["type"] = "census" }), ErrMalformed)
	require.ErrorIs(t, tamper(func(m map[string]any) { m["version"] = 2 }), ErrMalformed)
}
