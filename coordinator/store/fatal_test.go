package store

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestFatalIsOneLine: when Pebble gives up (it calls Fatalf), the process
// stops with one line naming the store and the remedy, not a panic.
func TestFatalIsOneLine(t *testing.T) {
	var out bytes.Buffer
	type exited int
	oldOut, oldExit := fatalOut, fatalExit
	t.Cleanup(func() { fatalOut, fatalExit = oldOut, oldExit })
	fatalOut, fatalExit = &out, func(code int) { panic(exited(code)) }

	func() {
		defer func() { require.Equal(t, exited(fatalExitCode), recover()) }()
		quietLogger{dir: "/data/db"}.Fatalf("MANIFEST sync: %s\n", "input/output error")
	}()
	line := out.String()
	require.Equal(t, 1, strings.Count(line, "\n"), line)
	require.Contains(t, line, "/data/db")
	require.Contains(t, line, "MANIFEST sync: input/output error")
	require.Contains(t, line, "restore the data directory from a backup")
}
