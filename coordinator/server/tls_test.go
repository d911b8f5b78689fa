package server_test

import (
	"context"
	"log/slog"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/client"
	"github.com/zkvote/zkvote/coordinator"
	"github.com/zkvote/zkvote/coordinator/coordtest"
	"github.com/zkvote/zkvote/coordinator/server"
)

func TestTLS(t *testing.T) {
	_, keysDir := coordtest.Keys(t)
	dir := t.TempDir()
	cfg := coordinator.Defaults()
	cfg.Listen, cfg.DataDir, cfg.KeysDir = "127.0.0.1:0", dir, keysDir
	cfg.TLSCertFile, cfg.TLSKeyFile = coordtest.SelfSignedCert(t, t.TempDir())
	ctx := t.Context()
	addrCh, done := make(chan string, 1), make(chan error, 1)
	runCtx, stop := context.WithCancel(ctx)
	go func() { done <- server.Run(runCtx, cfg, slog.New(slog.DiscardHandler), func(a string) { addrCh <- a }) }()
	addr := <-addrCh
	defer func() { stop(); require.NoError(t, <-done) }()

	conn, err := client.Dial(addr, client.WithTLS(cfg.TLSCertFile))
	require.NoError(t, err)
	defer conn.Close()
	_, _, err = conn.Info(ctx)
	require.NoError(t, err, "TLS with the right CA works")

	plain, err := client.Dial(addr)
	require.NoError(t, err)
	defer plain.Close()
	_, _, err = plain.Info(ctx)
	require.ErrorIs(t, err, client.ErrServerSpeaksTLS, "a plaintext client cannot talk to a TLS server, and is told why")

	otherCert, _ := coordtest.SelfSignedCert(t, t.TempDir())
	wrong, err := client.Dial(addr, client.WithTLS(otherCert))
	require.NoError(t, err)
	defer wrong.Close()
	_, _, err = wrong.Info(ctx)
	require.Error(t, err, "an unknown certificate is refused")

	bad := cfg
	bad.TLSKeyFile = ""
	require.Error(t, bad.Validate())
}
