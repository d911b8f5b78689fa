package client

import (
	"net"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestSpeaksTLS(t *testing.T) {
	tlsServer := httptest.NewTLSServer(http.NotFoundHandler())
	defer tlsServer.Close()
	require.True(t, speaksTLS(t.Context(), tlsServer.Listener.Addr().String()))

	plain := httptest.NewServer(http.NotFoundHandler())
	defer plain.Close()
	require.False(t, speaksTLS(t.Context(), plain.Listener.Addr().String()))

	lis, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := lis.Addr().String()
	require.NoError(t, lis.Close())
	require.False(t, speaksTLS(t.Context(), addr), "nobody listening")
	require.False(t, speaksTLS(t.Context(), "unix:///tmp/zkvote.sock"), "not a host:port")
}

// TestPlaintextDialToDownServer: a coordinator that is down is not
// mistaken for one that speaks TLS.
func TestPlaintextDialToDownServer(t *testing.T) {
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := lis.Addr().String()
	require.NoError(t, lis.Close())
	conn, err := Dial(addr)
	require.NoError(t, err)
	defer conn.Close()
	_, _, err = conn.Info(t.Context())
	require.Error(t, err)
	require.NotErrorIs(t, err, ErrServerSpeaksTLS)
}
