package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestCIRunsTheREADMETestCommand keeps README.md's test command and
// .ci/run in step: CI must run what a newcomer is told to run.
func TestCIRunsTheREADMETestCommand(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	_, after, ok := strings.Cut(string(readme), "Run the tests:\n\n```sh\n")
	require.True(t, ok, "README.md has no 'Run the tests:' block")
	command, _, _ := strings.Cut(after, "\n")
	ci, err := os.ReadFile("../../.ci/run")
	require.NoError(t, err)
	require.Contains(t, strings.Split(string(ci), "\n"), command, ".ci/run does not run %q", command)

	_, after, ok = strings.Cut(string(readme), "## Quick start")
	require.True(t, ok)
	require.Contains(t, after, "go run ./cmd/zkvote demo")
}

// TestQuickstartCompiles builds the Go program of docs/quickstart-voter.md
// against the packages as they are: the guide must not drift from the
// API it shows. The program is laid over a package path that does not
// exist on disk (go build -overlay), so nothing is written to the tree.
func TestQuickstartCompiles(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go build")
	}
	doc, err := os.ReadFile("../../docs/quickstart-voter.md")
	require.NoError(t, err)
	_, after, ok := strings.Cut(string(doc), "```go\n")
	require.True(t, ok, "docs/quickstart-voter.md has no Go program")
	program, _, ok := strings.Cut(after, "```")
	require.True(t, ok)
	dir := t.TempDir()
	src := filepath.Join(dir, "main.go")
	require.NoError(t, os.WriteFile(src, []byte(program), 0o644))
	root, err := filepath.Abs("../..")
	require.NoError(t, err)
	overlay, err := json.Marshal(map[string]map[string]string{"Replace": {filepath.Join(root, "internal", "quickstartcheck", "main.go"): src}})
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "overlay.json"), overlay, 0o644))
	cmd := exec.Command("go", "build", "-overlay", filepath.Join(dir, "overlay.json"), "-o", os.DevNull, "./internal/quickstartcheck")
	cmd.Dir = root
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "docs/quickstart-voter.md's program does not build:\n%s", out)
}
