package main

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits"
)

// result is what one zkvote invocation produced.
type result struct {
	code           int
	stdout, stderr string
}

// zkvote runs the CLI as the binary would, with the process's stdin and
// environment.
func zkvote(t *testing.T, args ...string) result {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, &stdout, &stderr)
	return checked(t, result{code, stdout.String(), stderr.String()})
}

// zkvoteWith runs the CLI with standard input from a pipe (not a terminal)
// and the given environment.
func zkvoteWith(t *testing.T, env map[string]string, args ...string) result {
	t.Helper()
	r, w, err := os.Pipe()
	require.NoError(t, err)
	t.Cleanup(func() { _ = r.Close(); _ = w.Close() })
	var stdout, stderr bytes.Buffer
	a := &app{stdin: r, stdout: &stdout, stderr: &stderr, getenv: func(k string) string { return env[k] }}
	code := a.execute(args)
	return checked(t, result{code, stdout.String(), stderr.String()})
}

// checked asserts the error contract: a failure ends stderr with exactly
// one line starting with "zkvote: " (progress logs may come before it).
func checked(t *testing.T, r result) result {
	t.Helper()
	if r.code != exitOK {
		lines := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
		require.True(t, strings.HasPrefix(lines[len(lines)-1], "zkvote: "), "stderr: %q", r.stderr)
		require.Equal(t, 1, strings.Count(r.stderr, "zkvote: "), "stderr: %q", r.stderr)
		require.True(t, strings.HasSuffix(r.stderr, "\n"), "stderr: %q", r.stderr)
		require.NotContains(t, r.stderr, "goroutine")
	}
	return r
}

func requireFailure(t *testing.T, r result, code int, msg ...string) {
	t.Helper()
	require.Equal(t, code, r.code, "stderr: %s", r.stderr)
	for _, m := range msg {
		require.Contains(t, r.stderr, m)
	}
}

func TestVersion(t *testing.T) {
	r := zkvote(t, "version")
	require.Equal(t, exitOK, r.code)
	require.Contains(t, r.stdout, "zkvote dev\n")
	require.Contains(t, r.stdout, runtime.Version())
	require.Contains(t, r.stdout, circuits.Defaults().ID())
}

func TestHelpWithoutArguments(t *testing.T) {
	for _, args := range [][]string{nil, {"identity"}, {"census", "--help"}} {
		r := zkvote(t, args...)
		require.Equal(t, exitOK, r.code)
		require.Contains(t, r.stdout, "Available Commands:")
		require.Empty(t, r.stderr)
	}
}

func TestUsageErrors(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "id.json")
	cases := map[string]struct {
		args []string
		msg  string
	}{
		"unknown command":     {[]string{"elect"}, `unknown command "elect" for "zkvote"`},
		"unknown subcommand":  {[]string{"census", "tally"}, `unknown command "tally" for "zkvote census"`},
		"unknown flag":        {[]string{"identity", "new", "--out", out, "--colour"}, "unknown flag: --colour"},
		"missing flag":        {[]string{"census", "build", "--in", "m.csv"}, `required flag(s) "out" not set`},
		"conflicting flags":   {[]string{"identity", "new", "--out", out, "--no-passphrase", "--passphrase-file", "p"}, "no-passphrase"},
		"extra argument":      {[]string{"version", "now"}, `unknown command "now"`},
		"missing argument":    {[]string{"identity", "show"}, "accepts 1 arg(s), received 0"},
		"bad flag value":      {[]string{"census", "build", "--in", "a", "--out", "b", "--depth", "deep"}, `invalid argument "deep"`},
		"bad commitment flag": {[]string{"census", "proof", "--census", "c.json", "--commitment", "0xnothex"}, "--commitment"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			r := zkvote(t, tc.args...)
			requireFailure(t, r, exitUsage, tc.msg, "--help')")
			require.Empty(t, r.stdout)
		})
	}
	require.NoFileExists(t, out)
}
