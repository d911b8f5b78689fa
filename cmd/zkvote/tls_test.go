package main

import (
	"testing"

	"github.com/zkvote/zkvote/coordinator/coordtest"
)

// TestTLSMismatch: a client that speaks plaintext to a TLS coordinator, or
// TLS to a plaintext one, is told which flag to change, not gRPC's
// transport error.
func TestTLSMismatch(t *testing.T) {
	_, keys := coordtest.Keys(t)
	cert, key := coordtest.SelfSignedCert(t, t.TempDir())
	secure := startCoordinator(t, t.TempDir(), keys, "--tls-cert", cert, "--tls-key", key)
	plain := startCoordinator(t, t.TempDir(), keys)
	show := func(addr string, flags ...string) result {
		return zkvoteWith(t, nil, append([]string{"poll", "show", "--coordinator", addr, "--poll", "0x01"}, flags...)...)
	}

	r := show(secure.addr)
	requireFailure(t, r, exitFailure, "zkvote: the coordinator speaks TLS: use --tls-ca FILE (its CA certificate) or --tls (the system's CAs)\n")
	r = show(secure.addr, "--tls-ca", cert)
	requireFailure(t, r, exitFailure, "poll not found", "NotFound") // it got through
	r = zkvoteWith(t, map[string]string{tlsCAEnv: cert}, "poll", "show", "--coordinator", secure.addr, "--poll", "0x01")
	requireFailure(t, r, exitFailure, "NotFound")

	r = show(plain.addr, "--tls-ca", cert)
	requireFailure(t, r, exitFailure, "the coordinator does not speak TLS: drop --tls and --tls-ca (and $ZKVOTE_TLS_CA)")
	r = show(plain.addr)
	requireFailure(t, r, exitFailure, "NotFound")
}
