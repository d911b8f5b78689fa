package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/spf13/cobra"
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
	admin      bool
	pollIDText string
}

func (a *app) remoteFlags(cmd *cobra.Command, admin, needPoll bool) *remote {
	r := &remote{a: a, admin: admin}
	f := cmd.Flags()
	f.StringVar(&r.addr, "coordinator", "", "coordinator address host:port (default $"+coordinatorEnv+" or 127.0.0.1:7070)")
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
	if r.admin {
		b, err := os.ReadFile(r.tokenFile)
		if err != nil {
			return nil, fmt.Errorf("admin token: %w", err)
		}
		opts = append(opts, client.WithAdminToken(strings.TrimSpace(string(b))))
	}
	return client.Dial(addr, opts...)
}

// rpcError turns a gRPC status into a one-line message.
func rpcError(err error) error {
	if err == nil {
		return nil
	}
	if s, ok := status.FromError(err); ok {
		return fmt.Errorf("coordinator: %s (%s)", s.Message(), s.Code())
	}
	return err
}
