package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/spf13/cobra"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/zkvote/zkvote/client"
	"github.com/zkvote/zkvote/internal/fieldhex"
)

// coordinatorEnv names the environment variable with the default address.
const coordinatorEnv = "ZKVOTE_COORDINATOR"

// remote holds the connection flags shared by commands that talk to a
// coordinator.
type remote struct {
	a          *app
	addr       string
	tokenFile  string
	tlsCA      string
	useTLS     bool
	admin      bool
	pollIDText string
}

// tlsCAEnv names the environment variable with the CA file for TLS.
const tlsCAEnv = "ZKVOTE_TLS_CA"

func (a *app) remoteFlags(cmd *cobra.Command, admin, needPoll bool) *remote {
	r := &remote{a: a, admin: admin}
	f := cmd.Flags()
	f.StringVar(&r.addr, "coordinator", "", "coordinator address host:port (default $"+coordinatorEnv+" or 127.0.0.1:7070)")
	f.BoolVar(&r.useTLS, "tls", false, "connect with TLS, trusting the system's CAs")
	f.StringVar(&r.tlsCA, "tls-ca", "", "connect with TLS, trusting this CA certificate (PEM; default $"+tlsCAEnv+")")
	if admin {
		f.StringVar(&r.tokenFile, "admin-token", "", "file holding the coordinator's admin token (DATA_DIR/admin.token)")
		_ = cmd.MarkFlagRequired("admin-token")
	}
	if needPoll {
		f.StringVar(&r.pollIDText, "poll", "", "poll ID (hex)")
		_ = cmd.MarkFlagRequired("poll")
	}
	return r
}

func (r *remote) pollID() (fr.Element, error) {
	id, err := fieldhex.Decode(r.pollIDText)
	if err != nil {
		return id, usageError{"--poll: " + err.Error()}
	}
	return id, nil
}

func (r *remote) dial() (*client.Conn, error) {
	addr := r.addr
	if addr == "" {
		addr = r.a.getenv(coordinatorEnv)
	}
	if addr == "" {
		addr = "127.0.0.1:7070"
	}
	var opts []client.DialOption
	ca := r.tlsCA
	if ca == "" {
		ca = r.a.getenv(tlsCAEnv)
	}
	if ca != "" || r.useTLS {
		opts = append(opts, client.WithTLS(ca))
	}
	if r.admin {
		b, err := os.ReadFile(r.tokenFile)
		if err != nil {
			// The error would name the path, and a user who passed the
			// token itself would see the secret echoed: never echo it.
			return nil, errors.New("--admin-token names no readable file: give the path of the coordinator's admin.token (not the token itself)")
		}
		token := strings.TrimSpace(string(b))
		if token == "" || strings.IndexFunc(token, func(c rune) bool { return c <= ' ' || c > '~' }) >= 0 {
			return nil, fmt.Errorf("%s does not hold an admin token (one line, as in the coordinator's %s)", r.tokenFile, "admin.token")
		}
		opts = append(opts, client.WithAdminToken(token))
	}
	return client.Dial(addr, opts...)
}

// rpcError turns a gRPC status into a one-line message, and a connection
// that speaks plaintext to a TLS coordinator, or TLS to a plaintext one,
// into the flag to change.
func rpcError(err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, client.ErrServerSpeaksTLS) {
		return errors.New("the coordinator speaks TLS: use --tls-ca FILE (its CA certificate) or --tls (the system's CAs)")
	}
	var se interface{ GRPCStatus() *status.Status }
	if errors.As(err, &se) {
		s := se.GRPCStatus()
		// crypto/tls's words when the server answers a handshake in plaintext
		if s.Code() == codes.Unavailable && strings.Contains(s.Message(), "first record does not look like a TLS handshake") {
			return fmt.Errorf("the coordinator does not speak TLS: drop --tls and --tls-ca (and $%s)", tlsCAEnv)
		}
		return fmt.Errorf("coordinator: %s (%s)", s.Message(), s.Code())
	}
	return err
}

// session is one command's connection: the poll ID (when the command takes
// --poll), the connection and a deadline for the whole command.
type session struct {
	id   fr.Element
	conn *client.Conn
	ctx  context.Context
	stop context.CancelFunc
}

// open parses --poll if the command has it, dials and sets the deadline.
// The caller must call close.
func (r *remote) open(cmd *cobra.Command) (*session, error) {
	s := &session{}
	if r.pollIDText != "" {
		var err error
		if s.id, err = r.pollID(); err != nil {
			return nil, err
		}
	}
	conn, err := r.dial()
	if err != nil {
		return nil, err
	}
	s.conn = conn
	s.ctx, s.stop = withTimeout(cmd.Context())
	return s, nil
}

func (s *session) close() {
	s.stop()
	_ = s.conn.Close()
}

// run makes the command open a session, run fn in it and close it: the
// RunE of every command that talks to a coordinator.
func (r *remote) run(fn func(cmd *cobra.Command, s *session) error) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, _ []string) error {
		s, err := r.open(cmd)
		if err != nil {
			return err
		}
		defer s.close()
		return fn(cmd, s)
	}
}
