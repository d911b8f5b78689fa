package main

import (
	"os"
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
