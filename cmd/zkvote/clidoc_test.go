package main

import (
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the CLI reference in docs/cli/")

// cliDocDir is the committed CLI reference, relative to this package.
const cliDocDir = "../../docs/cli"

// TestCLIReference keeps docs/cli, one Markdown page per command made by
// cobra's generator from the commands' own help, in step with the code:
// it fails when a page differs, is missing or is extra.
func TestCLIReference(t *testing.T) {
	generated := t.TempDir()
	writeCLIReference(t, generated)
	pages := readPages(t, generated)
	require.NotEmpty(t, pages)

	// The reference must read the same on every machine: no default may
	// show where this one keeps its files.
	home, err := os.UserHomeDir()
	require.NoError(t, err)
	wd, err := os.Getwd()
	require.NoError(t, err)
	for name, page := range pages {
		for _, local := range []string{home, wd, os.TempDir()} {
			if local != "" && local != "/" {
				require.NotContains(t, page, local, "%s shows a machine-specific path", name)
			}
		}
	}

	if *update {
		require.NoError(t, os.MkdirAll(cliDocDir, 0o755))
		for name := range readPages(t, cliDocDir) {
			require.NoError(t, os.Remove(filepath.Join(cliDocDir, name)))
		}
		for name, page := range pages {
			require.NoError(t, os.WriteFile(filepath.Join(cliDocDir, name), []byte(page), 0o644))
		}
		return
	}

	const hint = "run go test ./cmd/zkvote -run CLIReference -update"
	committed := readPages(t, cliDocDir)
	for name, page := range pages {
		old, ok := committed[name]
		require.True(t, ok, "docs/cli/%s is missing: %s", name, hint)
		require.Equal(t, page, old, "docs/cli/%s differs from the command's help: %s", name, hint)
	}
	for name := range committed {
		_, ok := pages[name]
		require.True(t, ok, "docs/cli/%s is not a command's page: %s", name, hint)
	}
}

// writeCLIReference generates the reference of the real command tree, as
// the binary shows it (the completion command included), into dir. The
// commands see an empty environment.
func writeCLIReference(t *testing.T, dir string) {
	t.Helper()
	a := &app{stdin: os.Stdin, stdout: io.Discard, stderr: io.Discard, getenv: func(string) string { return "" }}
	root := a.rootCommand()
	root.InitDefaultCompletionCmd()
	var noDate func(*cobra.Command)
	noDate = func(c *cobra.Command) {
		c.DisableAutoGenTag = true
		for _, sub := range c.Commands() {
			noDate(sub)
		}
	}
	noDate(root)
	require.NoError(t, doc.GenMarkdownTree(root, dir))
}

// readPages returns the Markdown files of dir by name (none if dir does
// not exist).
func readPages(t *testing.T, dir string) map[string]string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return map[string]string{}
	}
	require.NoError(t, err)
	pages := make(map[string]string, len(entries))
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".md") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		require.NoError(t, err)
		pages[e.Name()] = string(b)
	}
	return pages
}
