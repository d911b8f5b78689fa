package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestCensusBuildProgress checks census build logs its hashing with
// --verbose (from 0 to every hash: 3 leaves and 2+1 nodes at depth 2) and
// keeps stderr empty without it (tests do not run on a terminal).
func TestCensusBuildProgress(t *testing.T) {
	dir := t.TempDir()
	cs := commitments(t, 3)
	list := writeFile(t, dir, "members.csv", fmt.Sprintf("%s,1\n%s,1\n%s,1\n", cs[0], cs[1], cs[2]))

	r := zkvote(t, "census", "build", "--in", list, "--out", filepath.Join(dir, "quiet.json"), "--depth", "2")
	require.Equal(t, exitOK, r.code, r.stderr)
	require.Empty(t, r.stderr)

	r = zkvote(t, "--verbose", "census", "build", "--in", list, "--out", filepath.Join(dir, "census.json"), "--depth", "2")
	require.Equal(t, exitOK, r.code, r.stderr)
	lines := strings.Split(strings.TrimSpace(r.stderr), "\n")
	require.Len(t, lines, 2, r.stderr)
	require.Contains(t, lines[0], `msg="census build" phase=hash done=0 total=6`)
	require.Contains(t, lines[1], `msg="census build" phase=hash done=6 total=6`)
	require.Equal(t, "3", field(t, r.stdout, "members"))
}
