package server

import (
	"context"
	"sync"
	"time"

	"google.golang.org/grpc"
)

// inflight counts the calls being handled, so that shutdown can wait for
// the last handler to return before it closes the store (srv.Stop alone
// closes connections but does not wait for handlers).
type inflight struct{ wg sync.WaitGroup }

func (f *inflight) unary() grpc.UnaryServerInterceptor {
	return func(ctx context.Context, req any, _ *grpc.UnaryServerInfo, h grpc.UnaryHandler) (any, error) {
		f.wg.Add(1)
		defer f.wg.Done()
		return h(ctx, req)
	}
}

func (f *inflight) stream() grpc.StreamServerInterceptor {
	return func(srv any, ss grpc.ServerStream, _ *grpc.StreamServerInfo, h grpc.StreamHandler) error {
		f.wg.Add(1)
		defer f.wg.Done()
		return h(srv, ss)
	}
}

// wait returns true once no call is being handled, false if that takes
// longer than d.
func (f *inflight) wait(d time.Duration) bool {
	done := make(chan struct{})
	go func() { f.wg.Wait(); close(done) }()
	select {
	case <-done:
		return true
	case <-time.After(d):
		return false
	}
}
