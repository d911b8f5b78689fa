package server

import (
	"context"
	"log/slog"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/zkvote/zkvote/coordinator"
	"github.com/zkvote/zkvote/proto/wire"
	pb "github.com/zkvote/zkvote/proto/zkvote/v1"
)

type admin struct {
	pb.UnimplementedAdminServiceServer
	svc *coordinator.Service
	log *slog.Logger
}

func (a *admin) CreatePoll(ctx context.Context, req *pb.CreatePollRequest) (*pb.CreatePollResponse, error) {
	def, err := wire.ToDefinition(req.Definition)
	if err != nil {
		return nil, toStatus(a.log, err)
	}
	var id fr.Element
	switch len(req.PollContract) {
	case 0:
		id, err = a.svc.CreatePoll(def)
	case 20:
		c := coordinator.PollContract{Block: req.PollContractBlock}
		copy(c.Address[:], req.PollContract)
		id, err = a.svc.CreatePollWithContract(ctx, def, c)
	default:
		return nil, status.Errorf(codes.InvalidArgument, "poll_contract: %d bytes, an address has 20", len(req.PollContract))
	}
	if err != nil {
		return nil, toStatus(a.log, err)
	}
	return &pb.CreatePollResponse{PollId: wire.Field(id)}, nil
}

func (a *admin) ClosePoll(_ context.Context, req *pb.ClosePollRequest) (*pb.ClosePollResponse, error) {
	id, err := pollID(req.PollId)
	if err != nil {
		return nil, err
	}
	seal, err := a.svc.ClosePoll(id)
	if err != nil {
		return nil, toStatus(a.log, err)
	}
	return &pb.ClosePollResponse{Seal: wire.Seal(seal)}, nil
}

func (a *admin) StartTally(_ context.Context, req *pb.StartTallyRequest) (*pb.StartTallyResponse, error) {
	id, err := pollID(req.PollId)
	if err != nil {
		return nil, err
	}
	job, err := a.svc.StartTally(id)
	if err != nil {
		return nil, toStatus(a.log, err)
	}
	return &pb.StartTallyResponse{Job: wire.TallyJob(job)}, nil
}

func (a *admin) GetTallyJob(_ context.Context, req *pb.GetTallyJobRequest) (*pb.GetTallyJobResponse, error) {
	id, err := pollID(req.PollId)
	if err != nil {
		return nil, err
	}
	job, err := a.svc.TallyJob(id)
	if err != nil {
		return nil, toStatus(a.log, err)
	}
	return &pb.GetTallyJobResponse{Job: wire.TallyJob(job)}, nil
}
