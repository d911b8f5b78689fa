package snapshot_test

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/census"
	"github.com/zkvote/zkvote/census/snapshot"
)

func TestRoundSignificant(t *testing.T) {
	for _, c := range []struct {
		w    int64
		bits int
		want int64
	}{{1, 2, 1}, {3, 2, 3}, {5, 2, 4}, {7, 2, 6}, {13, 2, 12}, {255, 3, 224}, {255, 0, 255}, {1000, 1, 512}} {
		require.Equal(t, c.want, snapshot.RoundSignificant(big.NewInt(c.w), c.bits).Int64(), "%d to %d bits", c.w, c.bits)
	}
}

// powerLaw is n holders whose balances follow a Pareto law (shape 1.16,
// the "80/20" law, a usual fit for token holdings), from 1 token, with
// 18 decimals, seeded.
func powerLaw(n int) []snapshot.Holding {
	rng := rand.New(rand.NewPCG(7, 11))
	out := make([]snapshot.Holding, n)
	for i := range out {
		tokens := math.Pow(1-rng.Float64(), -1/1.16) // >= 1
		wei, _ := new(big.Float).Mul(big.NewFloat(tokens), big.NewFloat(1e18)).Int(nil)
		var a common.Address
		a[0], a[1], a[2] = byte(i>>16), byte(i>>8), byte(i)
		out[i] = snapshot.Holding{Account: a, Power: wei}
	}
	return out
}

// TestWeightClasses measures what weights expose to the coordinator in a
// realistic token census (10,000 holders, power law, whole tokens), and
// what rounding weights to a few significant bits buys; the figures are
// in benchmarks/README.md ("Census": weight classes).
// go test ./census/snapshot -run WeightClasses -v
func TestWeightClasses(t *testing.T) {
	holdings := powerLaw(10_000)
	for _, r := range []struct{ bits, minClass int }{{0, 0}, {4, 0}, {3, 0}, {2, 0}, {1, 0}, {0, 5}, {2, 5}} {
		bits := r.bits
		entries, _, err := snapshot.Apply(holdings, snapshot.Rule{Scale: snapshot.ScaleDivisor, Divisor: big.NewInt(1e18), SignificantBits: bits, MinClass: r.minClass})
		require.NoError(t, err)
		members := make([]census.Member, len(entries))
		for i, e := range entries {
			members[i] = census.Member{Weight: e.Weight}
		}
		classes := census.Classes(members)
		exposed := census.Exposed(classes, census.DefaultMinClass)
		var top *big.Int
		for _, e := range entries {
			if top == nil || e.Weight.Cmp(top) > 0 {
				top = e.Weight
			}
		}
		t.Logf("significant bits %d, min class %d: %4d weight classes, smallest %d members; %5d of 10,000 holders (%.1f%%) in classes below %d; largest weight %s",
			bits, r.minClass, len(classes), classes[0].Members, exposed, float64(exposed)/100, census.DefaultMinClass, top)
		if r.minClass > 0 {
			require.Zero(t, exposed, "every class holds at least min class members")
			continue
		}
		if bits == 0 {
			require.Positive(t, exposed, "exact weights expose the large holders")
		}
		if bits == 1 {
			require.Less(t, exposed, 100, "powers of two leave few holders exposed")
		}
	}
}

// TestMinClassKeepsOrder: merging classes never reverses two holders'
// order, and the rule is recomputable from the file (Check).
func TestMinClassKeepsOrder(t *testing.T) {
	holdings := powerLaw(500)
	entries, rule, err := snapshot.Apply(holdings, snapshot.Rule{Scale: snapshot.ScaleDivisor, Divisor: big.NewInt(1e18), SignificantBits: 3, MinClass: 7})
	require.NoError(t, err)
	power := map[common.Address]*big.Int{}
	for _, h := range holdings {
		power[h.Account] = h.Power
	}
	for _, a := range entries {
		for _, b := range entries {
			if power[a.Account].Cmp(power[b.Account]) < 0 {
				require.LessOrEqual(t, a.Weight.Cmp(b.Weight), 0, "a smaller power never gets a larger weight")
			}
		}
	}
	members := make([]census.Member, len(entries))
	for i, e := range entries {
		members[i] = census.Member{Weight: e.Weight}
	}
	require.GreaterOrEqual(t, census.Classes(members)[0].Members, 7)
	s := &snapshot.Snapshot{ChainID: big.NewInt(1), Rule: rule, Entries: entries, Mode: snapshot.ModeBalance}
	require.NoError(t, s.Check())
	s.Entries[len(s.Entries)-1].Weight = big.NewInt(123456789)
	require.ErrorIs(t, s.Check(), snapshot.ErrMalformed)
}
