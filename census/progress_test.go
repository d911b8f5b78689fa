package census

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/internal/fieldhex"
)

// TestWithProgress checks a build reports from 0 to every hash (a leaf per
// member, a node per inner node), always forward, from one goroutine at
// a time, and builds the same tree as without it.
func TestWithProgress(t *testing.T) {
	const n, depth = 10_000, 16 // more than one block of 4,096: reported from several goroutines
	members := testMembers(n)
	var b strings.Builder
	b.WriteString("commitment,weight\n")
	for _, m := range members {
		fmt.Fprintf(&b, "%s,%s\n", fieldhex.Encode(m.Commitment), m.Weight)
	}
	path := filepath.Join(t.TempDir(), "members.csv")
	require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))

	want := n
	w := n
	for range depth {
		w = (w + 1) / 2
		want += w
	}
	plain, err := Build(members, depth)
	require.NoError(t, err)
	for name, build := range map[string]func(Option) (*Census, error){
		"Build":     func(o Option) (*Census, error) { return Build(members, depth, o) },
		"BuildFile": func(o Option) (*Census, error) { return BuildFile(path, depth, o) },
	} {
		t.Run(name, func(t *testing.T) {
			var calls [][2]int
			inside := 0
			c, err := build(WithProgress(func(done, total int) {
				inside++
				require.Equal(t, 1, inside, "called from two goroutines at once")
				calls = append(calls, [2]int{done, total})
				inside--
			}))
			require.NoError(t, err)
			require.Equal(t, plain.Root(), c.Root())
			require.Greater(t, len(calls), 2)
			require.Equal(t, [2]int{0, want}, calls[0])
			require.Equal(t, [2]int{want, want}, calls[len(calls)-1])
			for i := 1; i < len(calls); i++ {
				require.Greater(t, calls[i][0], calls[i-1][0])
				require.Equal(t, want, calls[i][1])
			}
		})
	}
}
