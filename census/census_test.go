package census

import (
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/merkle"
	"github.com/zkvote/zkvote/circuits/poseidon"
	"github.com/zkvote/zkvote/internal/fieldhex"
)

// testMembers returns n members with distinct commitments and weights 1..n.
func testMembers(n int) []Member {
	ms := make([]Member, n)
	for i := range ms {
		ms[i] = Member{Commitment: poseidon.Hash(circuits.DomainIdentity, fr.NewElement(uint64(i)+1)), Weight: big.NewInt(int64(i) + 1)}
	}
	return ms
}

func TestLeafIsDomainSeparatedHash(t *testing.T) {
	m := Member{Commitment: fr.NewElement(42), Weight: big.NewInt(7)}
	want := poseidon.Hash(circuits.DomainCensusLeaf, fr.NewElement(42), fr.NewElement(7))
	got := m.Leaf()
	require.True(t, got.Equal(&want))

	other := poseidon.Hash(circuits.DomainGeneric, fr.NewElement(42), fr.NewElement(7))
	require.False(t, got.Equal(&other))
}

func TestBuildMatchesMerkleTree(t *testing.T) {
	members := testMembers(5)
	c, err := Build(members, 4)
	require.NoError(t, err)
	require.Equal(t, 5, c.Len())
	require.Equal(t, 4, c.Depth())

	leaves := make([]fr.Element, len(members))
	for i, m := range members {
		leaves[i] = m.Leaf()
	}
	tree, err := merkle.FromLeaves(4, leaves)
	require.NoError(t, err)
	want, got := tree.Root(), c.Root()
	require.True(t, got.Equal(&want))
}

func TestBuildCopiesMembers(t *testing.T) {
	members := testMembers(3)
	c, err := Build(members, 4)
	require.NoError(t, err)
	root := c.Root()

	members[0].Weight.SetInt64(1000)
	members[1].Commitment = fr.NewElement(1)
	got := c.Members()
	require.Equal(t, int64(1), got[0].Weight.Int64())
	got[2].Weight.SetInt64(99)

	p, err := c.Proof(testMembers(3)[2].Commitment)
	require.NoError(t, err)
	require.Equal(t, int64(3), p.Weight.Int64())
	require.NoError(t, p.Verify(root))
}

func TestBuildFullTree(t *testing.T) {
	c, err := Build(testMembers(16), 4)
	require.NoError(t, err)
	p, err := c.Proof(testMembers(16)[15].Commitment)
	require.NoError(t, err)
	require.Equal(t, uint64(15), p.Index)
	require.NoError(t, p.Verify(c.Root()))
}

func TestBuildRejects(t *testing.T) {
	dup := testMembers(4)
	dup[3].Commitment = dup[1].Commitment
	withWeight := func(w *big.Int) []Member {
		ms := testMembers(3)
		ms[2].Weight = w
		return ms
	}
	overflow := new(big.Int).Lsh(big.NewInt(1), 96)
	cases := map[string]struct {
		members []Member
		depth   int
		want    error
		msg     string
	}{
		"empty":       {nil, 4, ErrEmpty, ""},
		"depth 0":     {testMembers(1), 0, ErrDepth, "0 not in"},
		"depth 65":    {testMembers(1), 65, ErrDepth, "65 not in"},
		"too many":    {testMembers(5), 2, ErrTooManyMembers, "5 members, depth 2 holds 4"},
		"duplicate":   {dup, 4, ErrDuplicate, "member 3: 0x"},
		"zero weight": {withWeight(big.NewInt(0)), 4, ErrInvalidWeight, "member 2: zero"},
		"negative":    {withWeight(big.NewInt(-1)), 4, ErrInvalidWeight, "-1 is negative"},
		"nil weight":  {withWeight(nil), 4, ErrInvalidWeight, "missing"},
		"2^96 weight": {withWeight(overflow), 4, ErrInvalidWeight, "overflows"},
		"huge weight": {withWeight(fr.Modulus()), 4, ErrInvalidWeight, "overflows"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := Build(tc.members, tc.depth)
			require.ErrorIs(t, err, tc.want)
			require.ErrorContains(t, err, tc.msg)
		})
	}
	_, err := Build(dup, 4)
	require.ErrorContains(t, err, "repeats member 1")
}

func TestBuildLargestWeight(t *testing.T) {
	ms := testMembers(2)
	ms[1].Weight = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))
	_, err := Build(ms, 4)
	require.NoError(t, err)
}

func TestWithWeightBits(t *testing.T) {
	ms := testMembers(2)
	ms[1].Weight = big.NewInt(256)
	_, err := Build(ms, 4, WithWeightBits(8))
	require.ErrorIs(t, err, ErrInvalidWeight)
	require.ErrorContains(t, err, "below 2^8")
	_, err = Build(ms, 4, WithWeightBits(9))
	require.NoError(t, err)

	_, err = Build(ms, 4, WithWeightBits(0))
	require.ErrorIs(t, err, ErrInvalidOption)
	_, err = Build(ms, 4, WithWeightBits(254))
	require.ErrorIs(t, err, ErrInvalidOption)
}

func TestProofOfNonMember(t *testing.T) {
	c, err := Build(testMembers(3), 4)
	require.NoError(t, err)
	_, err = c.Proof(fr.NewElement(12345))
	require.ErrorIs(t, err, ErrNotMember)
}

// TestBuildTenThousand builds a census bigger than any unit test needs,
// to catch a quadratic step; it logs the time rather than asserting on it.
func TestBuildTenThousand(t *testing.T) {
	members := testMembers(10_000)
	start := time.Now()
	c, err := Build(members, circuits.Defaults().CensusDepth)
	require.NoError(t, err)
	t.Logf("built a census of %d members at depth %d in %v", c.Len(), c.Depth(), time.Since(start))

	// The parallel build is the sequential reference tree.
	leaves := make([]fr.Element, len(members))
	for i, m := range members {
		leaves[i] = m.Leaf()
	}
	ref, err := merkle.FromLeaves(c.Depth(), leaves)
	require.NoError(t, err)
	want, got := ref.Root(), c.Root()
	require.True(t, got.Equal(&want))

	for _, i := range []int{0, 1, 4999, 9999} {
		p, err := c.Proof(members[i].Commitment)
		require.NoError(t, err)
		require.Equal(t, uint64(i), p.Index)
		require.NoError(t, p.Verify(c.Root()))
	}
}

func BenchmarkBuild(b *testing.B) {
	for _, n := range []int{1_000, 100_000} {
		members := testMembers(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				if _, err := Build(members, circuits.Defaults().CensusDepth); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestLeafMatchesMember checks the allocation-free leaf hash against the
// sponge it writes out, on weights small and large.
func TestLeafMatchesMember(t *testing.T) {
	for _, m := range testMembers(4) {
		for _, w := range []*big.Int{m.Weight, new(big.Int).Lsh(big.NewInt(3), 200)} {
			var wf fr.Element
			wf.SetBigInt(w)
			want := Member{Commitment: m.Commitment, Weight: w}.Leaf()
			got := leaf(m.Commitment, wf)
			require.True(t, got.Equal(&want))
		}
	}
	require.Zero(t, testing.AllocsPerRun(10, func() { leaf(fr.NewElement(1), fr.NewElement(2)) }))
}

func TestBuildFileMatchesBuild(t *testing.T) {
	members := testMembers(50)
	var b strings.Builder
	b.WriteString("commitment,weight\n")
	for _, m := range members {
		fmt.Fprintf(&b, "%s,%s\n", fieldhex.Encode(m.Commitment), m.Weight)
	}
	path := filepath.Join(t.TempDir(), "members.csv")
	require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))
	got, err := BuildFile(path, 8)
	require.NoError(t, err)
	want, err := Build(members, 8)
	require.NoError(t, err)
	wantRoot, gotRoot := want.Root(), got.Root()
	require.True(t, gotRoot.Equal(&wantRoot))
	require.Equal(t, members, got.Members())

	_, err = BuildFile(path, 5)
	require.ErrorIs(t, err, ErrTooManyMembers)
	require.NoError(t, os.WriteFile(path, []byte(b.String()+fieldhex.Encode(members[3].Commitment)+",1\n"), 0o644))
	_, err = BuildFile(path, 8)
	require.ErrorIs(t, err, ErrDuplicate)
	require.ErrorContains(t, err, "line 52")
	require.ErrorContains(t, err, "repeats line 5")
}

// TestHashersMatchPoseidon checks the written-out permutations against
// poseidon.Permute and poseidon.Compress on random states.
func TestHashersMatchPoseidon(t *testing.T) {
	h := hashes()
	for range 20 {
		var s4 [4]fr.Element
		var s2 [2]fr.Element
		for i := range s4 {
			_, err := s4[i].SetRandom()
			require.NoError(t, err)
		}
		copy(s2[:], s4[:2])
		want4, want2 := s4, s2
		poseidon.Permute(want4[:])
		poseidon.Permute(want2[:])
		h.permute4(&s4)
		h.permute2(&s2)
		require.Equal(t, want4, s4)
		require.Equal(t, want2, s2)

		wantC := poseidon.Compress(s4[0], s4[1])
		gotC := compress(s4[0], s4[1])
		require.True(t, gotC.Equal(&wantC))
	}
	require.Zero(t, testing.AllocsPerRun(10, func() { compress(fr.NewElement(1), fr.NewElement(2)) }))
}

func BenchmarkLeaf(b *testing.B) {
	x, y := fr.NewElement(3), fr.NewElement(4)
	b.Run("census", func(b *testing.B) {
		for b.Loop() {
			x = leaf(x, y)
		}
	})
	b.Run("poseidon.Hash", func(b *testing.B) {
		for b.Loop() {
			x = poseidon.Hash(circuits.DomainCensusLeaf, x, y)
		}
	})
}

func BenchmarkCompress(b *testing.B) {
	x, y := fr.NewElement(3), fr.NewElement(4)
	b.Run("census", func(b *testing.B) {
		for b.Loop() {
			x = compress(x, y)
		}
	})
	b.Run("poseidon.Compress", func(b *testing.B) {
		for b.Loop() {
			x = poseidon.Compress(x, y)
		}
	})
}

func TestEachProof(t *testing.T) {
	members := testMembers(2*(1<<SubtreeHeight) + 5)
	built, err := Build(members, 12)
	require.NoError(t, err)
	data, err := built.MarshalJSON()
	require.NoError(t, err)
	read, err := Unmarshal(data)
	require.NoError(t, err)
	for name, c := range map[string]*Census{"built": built, "read": read} {
		t.Run(name, func(t *testing.T) {
			var mu sync.Mutex
			seen := make(map[uint64]MemberProof)
			require.NoError(t, c.EachProof(func(p MemberProof) error {
				mu.Lock()
				defer mu.Unlock()
				seen[p.Index] = p
				return nil
			}))
			require.Len(t, seen, len(members))
			for _, i := range []int{0, 1023, 1024, 2051, len(members) - 1} {
				want, err := built.Proof(members[i].Commitment)
				require.NoError(t, err)
				require.Equal(t, want, seen[uint64(i)])
			}
		})
	}

	stop := errors.New("stop")
	require.ErrorIs(t, built.EachProof(func(MemberProof) error { return stop }), stop)

	bad := strings.Replace(string(data), `"weight": "2000"}`, `"weight": "2001"}`, 1)
	require.NotEqual(t, string(data), bad)
	altered, err := Unmarshal([]byte(bad))
	require.NoError(t, err)
	err = altered.EachProof(func(MemberProof) error { return nil })
	require.ErrorIs(t, err, ErrRootMismatch)
	require.ErrorContains(t, err, "members 1024 to 2047")
}
