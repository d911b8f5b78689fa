package server_test

import (
	"context"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/coordinator"
	"github.com/zkvote/zkvote/coordinator/coordtest"
	"github.com/zkvote/zkvote/coordinator/server"
)

// TestStartupFailsBeforeWriting: a port in use, or TLS files that are not
// a certificate and its key, fail the start before the data directory
// gets any key.
func TestStartupFailsBeforeWriting(t *testing.T) {
	_, keysDir := coordtest.Keys(t)
	busy, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer busy.Close()

	dir := filepath.Join(t.TempDir(), "data")
	cfg := coordinator.Defaults()
	cfg.Listen, cfg.DataDir, cfg.KeysDir = busy.Addr().String(), dir, keysDir
	err = server.Run(t.Context(), cfg, slog.New(slog.DiscardHandler), nil)
	require.ErrorContains(t, err, "listen")
	_, statErr := os.Stat(filepath.Join(dir, coordinator.KeyFile))
	require.ErrorIs(t, statErr, os.ErrNotExist, "no key made for a coordinator that could not start")

	cfg.Listen = "127.0.0.1:0"
	notPEM := filepath.Join(t.TempDir(), "x.pem")
	require.NoError(t, os.WriteFile(notPEM, []byte("not a certificate"), 0o600))
	cfg.TLSCertFile, cfg.TLSKeyFile = notPEM, notPEM
	err = server.Run(t.Context(), cfg, slog.New(slog.DiscardHandler), nil)
	require.ErrorContains(t, err, "TLS")
	_, statErr = os.Stat(filepath.Join(dir, coordinator.KeyFile))
	require.ErrorIs(t, statErr, os.ErrNotExist)
}

// TestDataDirInUse: a second coordinator on the same data directory is
// refused, naming the process that holds it; once the first stops, the
// directory is free again.
func TestDataDirInUse(t *testing.T) {
	_, keysDir := coordtest.Keys(t)
	cfg := coordinator.Defaults()
	cfg.Listen, cfg.DataDir, cfg.KeysDir = "127.0.0.1:0", t.TempDir(), keysDir
	ctx, stop := context.WithCancel(t.Context())
	ready, done := make(chan string, 1), make(chan error, 1)
	go func() { done <- server.Run(ctx, cfg, slog.New(slog.DiscardHandler), func(a string) { ready <- a }) }()
	<-ready

	err := server.Run(t.Context(), cfg, slog.New(slog.DiscardHandler), nil)
	require.ErrorIs(t, err, server.ErrInUse)
	require.ErrorContains(t, err, "pid "+strconv.Itoa(os.Getpid()))

	stop()
	require.NoError(t, <-done)
	ctx2, stop2 := context.WithCancel(t.Context())
	go func() { done <- server.Run(ctx2, cfg, slog.New(slog.DiscardHandler), func(a string) { ready <- a }) }()
	<-ready
	stop2()
	require.NoError(t, <-done)
}
