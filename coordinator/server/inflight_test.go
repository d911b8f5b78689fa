package server

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"google.golang.org/grpc"
)

// TestInflightWaitsForHandlers: wait reports a handler still running, and
// returns as soon as the last one is done.
func TestInflightWaitsForHandlers(t *testing.T) {
	var f inflight
	require.True(t, f.wait(time.Millisecond), "nothing in flight")
	release, entered := make(chan struct{}), make(chan struct{})
	done := make(chan error, 1)
	go func() {
		_, err := f.unary()(context.Background(), nil, &grpc.UnaryServerInfo{}, func(context.Context, any) (any, error) {
			close(entered)
			<-release
			return nil, nil
		})
		done <- err
	}()
	<-entered
	require.False(t, f.wait(20*time.Millisecond), "a handler is running")
	close(release)
	require.True(t, f.wait(5*time.Second))
	require.NoError(t, <-done)
}
