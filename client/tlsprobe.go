package client

import (
	"context"
	"crypto/tls"
	"fmt"
	"net"
	"strings"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// tlsProbeTimeout bounds the handshake that asks whether a coordinator
// speaks TLS.
const tlsProbeTimeout = 3 * time.Second

// tlsProbe returns interceptors for a plaintext connection to addr: when a
// call fails as Unavailable, they ask addr for a TLS handshake, and if it
// completes, the call fails with ErrServerSpeaksTLS instead of gRPC's
// transport error ("error reading server preface: EOF": a TLS server
// closes a connection that opens in plaintext, which looks like any other
// dropped connection).
func tlsProbe(addr string) []grpc.DialOption {
	explain := func(ctx context.Context, err error) error {
		if status.Code(err) == codes.Unavailable && speaksTLS(ctx, addr) {
			return fmt.Errorf("%w (dial %s WithTLS)", ErrServerSpeaksTLS, addr)
		}
		return err
	}
	unary := func(ctx context.Context, method string, req, reply any, cc *grpc.ClientConn, invoker grpc.UnaryInvoker, opts ...grpc.CallOption) error {
		return explain(ctx, invoker(ctx, method, req, reply, cc, opts...))
	}
	stream := func(ctx context.Context, desc *grpc.StreamDesc, cc *grpc.ClientConn, method string, streamer grpc.Streamer, opts ...grpc.CallOption) (grpc.ClientStream, error) {
		s, err := streamer(ctx, desc, cc, method, opts...)
		if err != nil {
			return nil, explain(ctx, err)
		}
		return &probedStream{ClientStream: s, explain: func(err error) error { return explain(ctx, err) }}, nil
	}
	return []grpc.DialOption{grpc.WithChainUnaryInterceptor(unary), grpc.WithChainStreamInterceptor(stream)}
}

// probedStream explains a stream's failures as tlsProbe does.
type probedStream struct {
	grpc.ClientStream
	explain func(error) error
}

func (s *probedStream) RecvMsg(m any) error {
	err := s.ClientStream.RecvMsg(m)
	if err == nil {
		return nil
	}
	return s.explain(err)
}

// speaksTLS reports whether addr (host:port) completes a TLS handshake. It
// only asks which protocol the server speaks: the certificate is not
// checked because nothing is sent over the connection, which is closed
// at once.
func speaksTLS(ctx context.Context, addr string) bool {
	if _, _, err := net.SplitHostPort(addr); err != nil || strings.Contains(addr, "/") {
		return false // a gRPC target such as unix:///path or dns:///host: not probed
	}
	ctx, cancel := context.WithTimeout(ctx, tlsProbeTimeout)
	defer cancel()
	d := tls.Dialer{Config: &tls.Config{InsecureSkipVerify: true, MinVersion: tls.VersionTLS12}} // a probe: see above
	conn, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return false
	}
	_ = conn.Close()
	return true
}
