package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/coordinator"
	"github.com/zkvote/zkvote/coordinator/coordtest"
	"github.com/zkvote/zkvote/coordinator/store"
)

// storedPoll makes a stopped coordinator's data directory holding a poll
// with two joins, and returns it with the keys directory.
func storedPoll(t *testing.T) (dataDir, keysDir string) {
	_, keysDir = coordtest.Keys(t)
	dataDir = t.TempDir()
	keys, err := coordinator.LoadOrCreateKeys(dataDir)
	require.NoError(t, err)
	cfg := coordinator.Defaults()
	cfg.DataDir, cfg.KeysDir = dataDir, keysDir
	for round := range 2 { // the second opening moves the first's log into a table file
		st, err := store.OpenPebble(filepath.Join(dataDir, "db"))
		require.NoError(t, err)
		svc, err := coordinator.Open(cfg, st, keys)
		require.NoError(t, err)
		if round == 0 {
			c := coordtest.NewCensus(t, 2)
			def := c.Poll(t, keys.Coordinator.Public())
			id, err := svc.CreatePoll(def)
			require.NoError(t, err)
			for i := range 2 {
				sub, _ := c.Vote(t, def, i, 1)
				_, _, err := svc.SubmitVote(t.Context(), id, &sub.Statement, sub.Proof, nil)
				require.NoError(t, err)
			}
		}
		require.NoError(t, svc.Close())
	}
	return dataDir, keysDir
}

// TestDamagedStore: with a damaged MANIFEST, or a damaged table file of
// the store, both the coordinator's start and 'coordinator check' fail
// with one line naming the file and the remedy, and no stack trace.
func TestDamagedStore(t *testing.T) {
	for _, target := range []string{"MANIFEST", "table"} {
		t.Run(target, func(t *testing.T) {
			dataDir, keysDir := storedPoll(t)
			db := filepath.Join(dataDir, "db")
			victim := filepath.Join(db, "CURRENT")
			current, err := os.ReadFile(victim)
			require.NoError(t, err)
			victim = filepath.Join(db, strings.TrimSpace(string(current)))
			if target == "table" {
				tables, err := filepath.Glob(filepath.Join(db, "*.sst"))
				require.NoError(t, err)
				require.Len(t, tables, 1)
				victim = tables[0]
			}
			data, err := os.ReadFile(victim)
			require.NoError(t, err)
			for i := len(data) / 3; i < len(data)/3+16; i++ {
				data[i] ^= 0xff
			}
			require.NoError(t, os.WriteFile(victim, data, 0o600))

			r := zkvote(t, "coordinator", "check", "--data-dir", dataDir, "--keys", keysDir)
			requireFailure(t, r, exitFailure, victim+" (", "restore the data directory from a backup")
			require.Empty(t, r.stdout)
			require.NotContains(t, r.stderr, "still running") // not a guess: Pebble said the file is damaged

			ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
			defer cancel()
			cmd := exec.CommandContext(ctx, os.Args[0], "coordinator", "--listen", "127.0.0.1:0", "--data-dir", dataDir, "--keys", keysDir)
			cmd.Env = append(os.Environ(), "ZKVOTE_AS_CLI=1")
			var stderr strings.Builder
			cmd.Stderr = &stderr
			err = cmd.Run()
			var exit *exec.ExitError
			require.ErrorAs(t, err, &exit, "the coordinator started on a damaged store: %s", stderr.String())
			require.Equal(t, exitFailure, exit.ExitCode())
			checked(t, result{exit.ExitCode(), "", stderr.String()})
			require.Contains(t, stderr.String(), victim+" (")
			require.Contains(t, stderr.String(), "restore the data directory from a backup")
			require.Equal(t, 1, strings.Count(stderr.String(), "\n"), "one line: %s", stderr.String())
		})
	}
}
