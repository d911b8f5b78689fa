package server

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/health"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/keepalive"
	"google.golang.org/grpc/reflection"

	"github.com/zkvote/zkvote/coordinator"
	"github.com/zkvote/zkvote/coordinator/store"
	"github.com/zkvote/zkvote/internal/atomicfile"
	pb "github.com/zkvote/zkvote/proto/zkvote/v1"
	"github.com/zkvote/zkvote/settlement"
)

// New returns a gRPC server for svc with zkvote's interceptors, the health
// service (its handle is returned to flip it during shutdown) and
// reflection.
func New(svc *coordinator.Service, cfg coordinator.Config, log *slog.Logger) (*grpc.Server, *health.Server, error) {
	s, h, _, err := newServer(svc, cfg, log)
	return s, h, err
}

// newServer is New, also returning the counter of calls in flight.
func newServer(svc *coordinator.Service, cfg coordinator.Config, log *slog.Logger) (*grpc.Server, *health.Server, *inflight, error) {
	calls := &inflight{}
	lim := newLimiter(cfg.RatePerIP, cfg.RateBurst)
	var opts []grpc.ServerOption
	if cfg.TLSCertFile != "" {
		creds, err := credentials.NewServerTLSFromFile(cfg.TLSCertFile, cfg.TLSKeyFile)
		if err != nil {
			return nil, nil, nil, fmt.Errorf("TLS: %w", err)
		}
		opts = append(opts, grpc.Creds(creds))
	}
	s := grpc.NewServer(append(opts,
		grpc.MaxRecvMsgSize(cfg.MaxRequestBytes),
		grpc.ChainUnaryInterceptor(calls.unary(), recovery(log), lim.unary(), deadline(time.Duration(cfg.RequestTimeout)), adminAuth(svc.Keys()), logging(log)),
		grpc.ChainStreamInterceptor(calls.stream(), streamRecovery(log), lim.stream()),
		grpc.KeepaliveEnforcementPolicy(keepalive.EnforcementPolicy{MinTime: 10 * time.Second, PermitWithoutStream: true}),
	)...)
	pb.RegisterVoterServiceServer(s, &voter{svc: svc, log: log})
	pb.RegisterAdminServiceServer(s, &admin{svc: svc, log: log})
	h := health.NewServer()
	healthpb.RegisterHealthServer(s, h)
	h.SetServingStatus("", healthpb.HealthCheckResponse_SERVING)
	h.SetServingStatus("zkvote.v1.VoterService", healthpb.HealthCheckResponse_SERVING)
	reflection.Register(s)
	return s, h, calls, nil
}

// handlerWait bounds how long shutdown waits for handlers after Stop.
const handlerWait = 5 * time.Second

// AddrFile is written in the data directory with the address the
// coordinator listens on (useful with port 0).
const AddrFile = "coordinator.addr"

// Run opens the store and keys in cfg.DataDir, serves on cfg.Listen until
// ctx is cancelled, then shuts down in stages: health NOT_SERVING and
// intake refused, in-flight calls drained (up to ShutdownGrace), storage
// flushed and closed. ready, if not nil, is called with the listening
// address once the server accepts connections.
func Run(ctx context.Context, cfg coordinator.Config, log *slog.Logger, ready func(addr string)) error {
	if err := cfg.Validate(); err != nil {
		return err
	}
	// Everything that can fail for a reason outside the data directory
	// fails before anything in it is written: TLS files, then the port.
	if cfg.TLSCertFile != "" {
		if _, err := tls.LoadX509KeyPair(cfg.TLSCertFile, cfg.TLSKeyFile); err != nil {
			return fmt.Errorf("TLS: %w (is --tls-cert the certificate and --tls-key its key?)", err)
		}
	}
	opts := []coordinator.Option{coordinator.WithLogger(log)}
	if cfg.ChainRPC != "" {
		c, err := settlement.Dial(ctx, cfg.ChainRPC)
		if err != nil {
			return fmt.Errorf("chain_rpc: %w", err)
		}
		opts = append(opts, coordinator.WithOnChain(ChainSource(c, cfg.ChainConfirmations)))
	}
	lis, err := net.Listen("tcp", cfg.Listen)
	if err != nil {
		return fmt.Errorf("listen %s: %w", cfg.Listen, err)
	}
	defer lis.Close() // a no-op once the server has taken it
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return err
	}
	unlock, err := lockDataDir(cfg.DataDir)
	if err != nil {
		return err
	}
	defer unlock()
	keys, err := coordinator.LoadOrCreateKeys(cfg.DataDir)
	if err != nil {
		return err
	}
	st, err := store.OpenPebble(filepath.Join(cfg.DataDir, "db"))
	if err != nil {
		return err
	}
	svc, err := coordinator.Open(cfg, st, keys, opts...)
	if err != nil {
		_ = st.Close()
		return err
	}
	interval := time.Duration(cfg.ChainPoll)
	if interval <= 0 {
		interval = 5 * time.Second
	}
	svc.WatchOnChain(interval)
	warnWithoutProvingKeys(cfg, log)
	addr := lis.Addr().String()
	if err := atomicfile.Write(filepath.Join(cfg.DataDir, AddrFile), []byte(addr+"\n"), 0o644, true); err != nil {
		_ = svc.Close()
		return err
	}
	srv, h, calls, err := newServer(svc, cfg, log)
	if err != nil {
		_ = lis.Close()
		_ = svc.Close()
		return err
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(lis) }()
	go func() { // a storage failure stops intake until a restart: say so
		select {
		case <-svc.Broken():
			h.SetServingStatus("", healthpb.HealthCheckResponse_NOT_SERVING)
			h.SetServingStatus("zkvote.v1.VoterService", healthpb.HealthCheckResponse_NOT_SERVING)
		case <-ctx.Done():
		}
	}()
	log.Info("coordinator ready", "addr", addr, "tls", cfg.TLSCertFile != "", "data_dir", cfg.DataDir, "keys_dir", cfg.KeysDir)
	if cfg.TLSCertFile == "" && !isLoopback(addr) {
		log.Warn("serving plaintext gRPC on a non-loopback address: the admin token crosses the network in clear; set tls_cert_file/tls_key_file or use a TLS proxy")
	}
	if ready != nil {
		ready(addr)
	}

	select {
	case err := <-served:
		srv.Stop()
		_ = svc.Close()
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down: intake stopped, draining calls", "grace", time.Duration(cfg.ShutdownGrace))
	h.Shutdown()
	svc.StopIntake()
	done := make(chan struct{})
	go func() { srv.GracefulStop(); close(done) }()
	select {
	case <-done:
	case <-time.After(time.Duration(cfg.ShutdownGrace)):
		log.Warn("grace period over; closing remaining calls")
		srv.Stop()
		// Stop closes connections without waiting for handlers: wait for
		// them (they see their calls cancelled) before the store closes.
		if !calls.wait(handlerWait) {
			log.Warn("handlers still running; closing storage anyway", "waited", handlerWait)
		}
	}
	if err := svc.Close(); err != nil {
		return fmt.Errorf("closing storage: %w", err)
	}
	log.Info("coordinator stopped")
	if err := <-served; err != nil && !errors.Is(err, grpc.ErrServerStopped) {
		return err
	}
	return nil
}

func isLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
