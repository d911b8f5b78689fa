package server_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"log/slog"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/client"
	"github.com/zkvote/zkvote/coordinator"
	"github.com/zkvote/zkvote/coordinator/coordtest"
	"github.com/zkvote/zkvote/coordinator/server"
)

// selfSigned writes a certificate for 127.0.0.1 and its key, PEM.
func selfSigned(t *testing.T, dir string) (certFile, keyFile string) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "zkvote test"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, IsCA: true, BasicConstraintsValid: true,
		KeyUsage: x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	require.NoError(t, err)
	kder, err := x509.MarshalECPrivateKey(key)
	require.NoError(t, err)
	certFile, keyFile = filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	require.NoError(t, os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o644))
	require.NoError(t, os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kder}), 0o600))
	return certFile, keyFile
}

func TestTLS(t *testing.T) {
	_, keysDir := coordtest.Keys(t)
	dir := t.TempDir()
	cfg := coordinator.Defaults()
	cfg.Listen, cfg.DataDir, cfg.KeysDir = "127.0.0.1:0", dir, keysDir
	cfg.TLSCertFile, cfg.TLSKeyFile = selfSigned(t, t.TempDir())
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
	require.Error(t, err, "a plaintext client cannot talk to a TLS server")

	otherCert, _ := selfSigned(t, t.TempDir())
	wrong, err := client.Dial(addr, client.WithTLS(otherCert))
	require.NoError(t, err)
	defer wrong.Close()
	_, _, err = wrong.Info(ctx)
	require.Error(t, err, "an unknown certificate is refused")

	bad := cfg
	bad.TLSKeyFile = ""
	require.Error(t, bad.Validate())
}
