package server

import (
	"context"
	"crypto/ed25519"
	"log/slog"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/zkvote/zkvote/coordinator"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/proto/wire"
	pb "github.com/zkvote/zkvote/proto/zkvote/v1"
)

// Version is reported by GetInfo; the CLI sets it.
var Version = "dev"

type voter struct {
	pb.UnimplementedVoterServiceServer
	svc *coordinator.Service
	log *slog.Logger
}

func pollID(b []byte) (fr.Element, error) {
	id, err := wire.ToField(b)
	if err != nil {
		return id, status.Errorf(codes.InvalidArgument, "poll_id: %v", err)
	}
	return id, nil
}

func (v *voter) GetInfo(context.Context, *pb.GetInfoRequest) (*pb.GetInfoResponse, error) {
	k := v.svc.Keys()
	pub := k.Coordinator.Public()
	return &pb.GetInfoResponse{CoordinatorKey: wire.Point(&pub), SigningPublicKey: k.Signing.Public().(ed25519.PublicKey), Version: Version}, nil
}

func (v *voter) GetPoll(_ context.Context, req *pb.GetPollRequest) (*pb.GetPollResponse, error) {
	id, err := pollID(req.PollId)
	if err != nil {
		return nil, err
	}
	info, err := v.svc.Poll(id)
	if err != nil {
		return nil, toStatus(v.log, err)
	}
	return &pb.GetPollResponse{Poll: wire.Info(info)}, nil
}

func (v *voter) SubmitVote(ctx context.Context, req *pb.SubmitVoteRequest) (*pb.SubmitVoteResponse, error) {
	id, err := pollID(req.PollId)
	if err != nil {
		return nil, err
	}
	st, proof, err := wire.ToJoinVote(id, req.Vote)
	if err != nil {
		return nil, toStatus(v.log, err)
	}
	reg, err := wire.ToRateSet(req.RateSet)
	if err != nil {
		return nil, toStatus(v.log, err)
	}
	r, idx, err := v.svc.SubmitVote(ctx, id, st, proof, reg)
	if err != nil {
		return nil, toStatus(v.log, err)
	}
	return &pb.SubmitVoteResponse{Receipt: wire.Receipt(r), StateIndex: idx}, nil
}

func (v *voter) SubmitMessage(ctx context.Context, req *pb.SubmitMessageRequest) (*pb.SubmitMessageResponse, error) {
	id, err := pollID(req.PollId)
	if err != nil {
		return nil, err
	}
	c, err := wire.ToCommand(req.Message)
	if err != nil {
		return nil, toStatus(v.log, err)
	}
	pass, err := wire.ToPass(req.Pass)
	if err != nil {
		return nil, toStatus(v.log, err)
	}
	r, err := v.svc.SubmitCommand(ctx, id, c, pass)
	if err != nil {
		return nil, toStatus(v.log, err)
	}
	return &pb.SubmitMessageResponse{Receipt: wire.Receipt(r)}, nil
}

func (v *voter) GetRatePath(_ context.Context, req *pb.GetRatePathRequest) (*pb.GetRatePathResponse, error) {
	id, err := pollID(req.PollId)
	if err != nil {
		return nil, err
	}
	p, err := v.svc.RatePath(id, req.Index)
	if err != nil {
		return nil, toStatus(v.log, err)
	}
	return &pb.GetRatePathResponse{Leaf: wire.Field(p.Leaf), Siblings: wire.Fields(p.Siblings), Root: wire.Field(p.Root)}, nil
}

func (v *voter) GetReceipt(_ context.Context, req *pb.GetReceiptRequest) (*pb.GetReceiptResponse, error) {
	id, err := pollID(req.PollId)
	if err != nil {
		return nil, err
	}
	r, err := v.svc.Receipt(id, req.Index)
	if err != nil {
		return nil, toStatus(v.log, err)
	}
	return &pb.GetReceiptResponse{Receipt: wire.Receipt(r)}, nil
}

func (v *voter) StreamLog(req *pb.StreamLogRequest, stream pb.VoterService_StreamLogServer) error {
	id, err := pollID(req.PollId)
	if err != nil {
		return err
	}
	err = v.svc.Log(id, req.FromIndex, func(e *poll.Entry) error {
		if err := stream.Context().Err(); err != nil {
			return err
		}
		return stream.Send(wire.Entry(e))
	})
	return toStatus(v.log, err)
}

func (v *voter) GetResults(_ context.Context, req *pb.GetResultsRequest) (*pb.GetResultsResponse, error) {
	id, err := pollID(req.PollId)
	if err != nil {
		return nil, err
	}
	res, err := v.svc.Results(id)
	if err != nil {
		return nil, toStatus(v.log, err)
	}
	return wire.Results(res), nil
}

// artefactChunk bounds one streamed message (well under the default
// 4 MiB receive limit of gRPC clients).
const artefactChunk = 1 << 20

func (v *voter) GetArtefacts(req *pb.GetArtefactsRequest, stream pb.VoterService_GetArtefactsServer) error {
	id, err := pollID(req.PollId)
	if err != nil {
		return err
	}
	files, err := v.svc.Artefacts(id)
	if err != nil {
		return toStatus(v.log, err)
	}
	for _, f := range files {
		for off := 0; off == 0 || off < len(f.Data); off += artefactChunk {
			if err := stream.Send(&pb.ArtefactChunk{Name: f.Name, Data: f.Data[off:min(off+artefactChunk, len(f.Data))]}); err != nil {
				return err
			}
		}
	}
	return nil
}
