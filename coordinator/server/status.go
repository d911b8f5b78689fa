package server

import (
	"context"
	"errors"
	"log/slog"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/zkvote/zkvote/coordinator"
	"github.com/zkvote/zkvote/proto/wire"
)

// codeOf maps a domain error to a status code.
func codeOf(err error) codes.Code {
	switch {
	case errors.Is(err, coordinator.ErrPollNotFound), errors.Is(err, coordinator.ErrNotFound):
		return codes.NotFound
	case errors.Is(err, coordinator.ErrPollExists), errors.Is(err, coordinator.ErrNullifierUsed),
		errors.Is(err, coordinator.ErrDuplicate), errors.Is(err, coordinator.ErrPassUsed):
		return codes.AlreadyExists
	case errors.Is(err, coordinator.ErrNotOpen), errors.Is(err, coordinator.ErrClosed),
		errors.Is(err, coordinator.ErrNotClosed), errors.Is(err, coordinator.ErrNotTallied),
		errors.Is(err, coordinator.ErrNoVerifyingKey), errors.Is(err, coordinator.ErrNoChain),
		errors.Is(err, coordinator.ErrChainPending):
		return codes.FailedPrecondition
	case errors.Is(err, coordinator.ErrPollFull):
		return codes.ResourceExhausted
	case errors.Is(err, coordinator.ErrInvalid), errors.Is(err, coordinator.ErrInvalidProof), errors.Is(err, coordinator.ErrUnknownRoot),
		errors.Is(err, coordinator.ErrBadPoll), errors.Is(err, wire.ErrInvalid):
		return codes.InvalidArgument
	case errors.Is(err, coordinator.ErrUnavailable), errors.Is(err, coordinator.ErrInFlight):
		return codes.Unavailable
	case errors.Is(err, context.DeadlineExceeded):
		return codes.DeadlineExceeded
	case errors.Is(err, context.Canceled):
		return codes.Canceled
	}
	return codes.Internal
}

// toStatus turns a domain error into a status error. Internal errors and
// errors that would name server files get a fixed message; their detail
// goes to log.
func toStatus(log *slog.Logger, err error) error {
	if err == nil {
		return nil
	}
	c := codeOf(err)
	switch {
	case c == codes.Internal:
		log.Error("internal error", "err", err)
		return status.Error(c, "internal error (see the coordinator's log)")
	case errors.Is(err, coordinator.ErrNoVerifyingKey):
		log.Error("missing verifying key", "err", err)
		return status.Error(c, coordinator.ErrNoVerifyingKey.Error())
	}
	return status.Error(c, err.Error())
}
