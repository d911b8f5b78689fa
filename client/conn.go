package client

import (
	"context"
	"crypto/ed25519"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"

	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/merkle"
	"github.com/zkvote/zkvote/circuits/message"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/proto/wire"
	pb "github.com/zkvote/zkvote/proto/zkvote/v1"
	"github.com/zkvote/zkvote/receipt"
)

// Conn is a connection to a coordinator. It is safe for concurrent use.
type Conn struct {
	cc     *grpc.ClientConn
	voter  pb.VoterServiceClient
	admin  pb.AdminServiceClient
	token  string
	dialTo string

	mu   sync.Mutex // guards info
	info *pb.GetInfoResponse
}

// DialOption configures Dial.
type DialOption func(*dialConfig) error

type dialConfig struct {
	token string
	creds credentials.TransportCredentials
	grpc  []grpc.DialOption
}

// WithAdminToken authenticates admin calls with the coordinator's token.
func WithAdminToken(token string) DialOption {
	return func(c *dialConfig) error {
		if token == "" {
			return errors.New("client: empty admin token")
		}
		c.token = token
		return nil
	}
}

// WithTLS makes the connection use TLS, trusting the CA certificate(s) in
// the PEM file caFile (the system roots when caFile is empty).
func WithTLS(caFile string) DialOption {
	return func(c *dialConfig) error {
		var creds credentials.TransportCredentials
		if caFile == "" {
			creds = credentials.NewTLS(&tls.Config{MinVersion: tls.VersionTLS12})
		} else {
			var err error
			if creds, err = credentials.NewClientTLSFromFile(caFile, ""); err != nil {
				return fmt.Errorf("client: TLS CA %s: %w", caFile, err)
			}
		}
		c.creds = creds
		return nil
	}
}

// WithGRPCOptions passes options to grpc.NewClient (TLS credentials, an
// in-process dialer for tests).
func WithGRPCOptions(opts ...grpc.DialOption) DialOption {
	return func(c *dialConfig) error {
		c.grpc = append(c.grpc, opts...)
		return nil
	}
}

// Dial connects to a coordinator at addr (host:port). Without WithTLS the
// connection is in the clear: fine on localhost, not across networks (the
// admin token would travel in clear text).
func Dial(addr string, opts ...DialOption) (*Conn, error) {
	cfg := &dialConfig{creds: insecure.NewCredentials()}
	for _, o := range opts {
		if err := o(cfg); err != nil {
			return nil, err
		}
	}
	gopts := append([]grpc.DialOption{grpc.WithTransportCredentials(cfg.creds)}, cfg.grpc...)
	if cfg.creds.Info().SecurityProtocol == "insecure" {
		gopts = append(gopts, tlsProbe(addr)...)
	}
	cc, err := grpc.NewClient(addr, gopts...)
	if err != nil {
		return nil, fmt.Errorf("client: dial %s: %w", addr, err)
	}
	return &Conn{cc: cc, voter: pb.NewVoterServiceClient(cc), admin: pb.NewAdminServiceClient(cc), token: cfg.token, dialTo: addr}, nil
}

// refused reports whether a submission error is the coordinator's definite
// refusal (nothing was logged), as opposed to an outcome the client cannot
// know (a timeout, an outage, a lost connection).
func refused(err error) bool {
	switch status.Code(err) {
	case codes.AlreadyExists, codes.InvalidArgument, codes.FailedPrecondition, codes.NotFound,
		codes.ResourceExhausted, codes.Unauthenticated, codes.PermissionDenied:
		return true
	}
	return false
}

// Close closes the connection.
func (c *Conn) Close() error { return c.cc.Close() }

func (c *Conn) adminCtx(ctx context.Context) context.Context {
	if c.token == "" {
		return ctx
	}
	return metadata.AppendToOutgoingContext(ctx, "authorization", "Bearer "+c.token)
}

// Info returns (and caches) the coordinator's public keys.
func (c *Conn) Info(ctx context.Context) (babyjub.Point, ed25519.PublicKey, error) {
	c.mu.Lock()
	info := c.info
	c.mu.Unlock()
	if info == nil {
		var err error
		if info, err = c.voter.GetInfo(ctx, &pb.GetInfoRequest{}); err != nil {
			return babyjub.Point{}, nil, err
		}
		c.mu.Lock()
		c.info = info
		c.mu.Unlock()
	}
	key, err := wire.ToPoint(info.CoordinatorKey)
	if err != nil {
		return key, nil, fmt.Errorf("client: coordinator key: %w", err)
	}
	if len(info.SigningPublicKey) != ed25519.PublicKeySize {
		return key, nil, errors.New("client: coordinator signing key is malformed")
	}
	return key, ed25519.PublicKey(info.SigningPublicKey), nil
}

// Poll fetches a poll and checks that its definition hashes to its ID,
// names this coordinator's key, and that its seal (if closed) is signed by
// this coordinator.
func (c *Conn) Poll(ctx context.Context, id fr.Element) (*poll.Info, error) {
	resp, err := c.voter.GetPoll(ctx, &pb.GetPollRequest{PollId: wire.Field(id)})
	if err != nil {
		return nil, err
	}
	p, err := wire.ToInfo(resp.Poll)
	if err != nil {
		return nil, err
	}
	if !p.ID.Equal(&id) {
		return nil, ErrWrongPoll
	}
	key, signing, err := c.Info(ctx)
	if err != nil {
		return nil, err
	}
	if !p.Definition.CoordinatorKey.Equal(&key) {
		return nil, ErrWrongCoordinator
	}
	if p.Seal != nil {
		if !p.Seal.PollID.Equal(&id) {
			return nil, fmt.Errorf("%w: the seal is for another poll", ErrReceipt)
		}
		if err := p.Seal.Verify(signing); err != nil {
			return nil, fmt.Errorf("client: seal: %w", err)
		}
	}
	return p, nil
}

// checkReceipt verifies a receipt's signature and that it is for entry.
func (c *Conn) checkReceipt(ctx context.Context, m *pb.Receipt, pollID, entry fr.Element, kind string) (*receipt.File, error) {
	_, signing, err := c.Info(ctx)
	if err != nil {
		return nil, err
	}
	r, err := wire.ToReceipt(m)
	if err != nil {
		return nil, err
	}
	if err := r.Verify(signing); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrReceipt, err)
	}
	if !r.PollID.Equal(&pollID) || !r.EntryHash.Equal(&entry) {
		return nil, fmt.Errorf("%w: it is for another entry", ErrReceipt)
	}
	return &receipt.File{Receipt: *r, SigningKey: signing, Kind: kind}, nil
}

// SubmitVote sends a join+vote and returns its checked receipt and the
// voter's state index.
func (c *Conn) SubmitVote(ctx context.Context, sub *Submission) (*receipt.File, uint64, error) {
	st := &sub.Statement
	req := &pb.SubmitVoteRequest{PollId: wire.Field(st.PollID), Vote: wire.JoinVote(st, sub.Proof)}
	if sub.Rate != nil {
		req.RateSet = wire.RateSet(sub.Rate)
	}
	resp, err := c.voter.SubmitVote(ctx, req)
	if err != nil {
		return nil, 0, err
	}
	rf, err := c.checkReceipt(ctx, resp.Receipt, st.PollID, joinEntry(st), "join")
	if err != nil {
		return nil, 0, err
	}
	return rf, resp.StateIndex, nil
}

// SubmitMessages sends messages one after the other, in the given order
// (the order Revote and KeyChange produce), and returns their receipts. In
// a poll with command passes (passes non-nil) each message carries a pass
// of the voter whose record is rec, and rec keeps track of the slots used
// (save it afterwards, as Send does).
func (c *Conn) SubmitMessages(ctx context.Context, msgs []*Message, rec *Record, passes *Passes) ([]*receipt.File, error) {
	var path merkle.Proof
	if passes != nil {
		if err := CheckPassKeys(passes.Keys, passes.Def); err != nil {
			return nil, err
		}
		if rec == nil || rec.Rate == nil {
			return nil, fmt.Errorf("%w: the poll has command passes and the record holds no rate set", ErrRecord)
		}
		var err error
		if path, err = c.ratePath(ctx, passes.Def, rec); err != nil { // once for all the messages
			return nil, err
		}
	}
	var out []*receipt.File
	for _, m := range msgs {
		var resp *pb.SubmitMessageResponse
		var err error
		if passes != nil {
			resp, err = c.submitWithPass(ctx, m, rec, passes, path)
		} else {
			resp, err = c.voter.SubmitMessage(ctx, &pb.SubmitMessageRequest{PollId: wire.Field(m.PollID), Message: wire.Command(m.command())})
		}
		if err != nil {
			return out, err
		}
		rf, err := c.checkReceipt(ctx, resp.Receipt, m.PollID, commandEntry(m), "message")
		if err != nil {
			return out, err
		}
		out = append(out, rf)
	}
	return out, nil
}

// Receipt fetches the receipt of a log entry and checks its signature.
func (c *Conn) Receipt(ctx context.Context, pollID fr.Element, index uint64) (*receipt.Receipt, error) {
	resp, err := c.voter.GetReceipt(ctx, &pb.GetReceiptRequest{PollId: wire.Field(pollID), Index: index})
	if err != nil {
		return nil, err
	}
	r, err := wire.ToReceipt(resp.Receipt)
	if err != nil {
		return nil, err
	}
	_, signing, err := c.Info(ctx)
	if err != nil {
		return nil, err
	}
	if err := r.Verify(signing); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrReceipt, err)
	}
	if !r.PollID.Equal(&pollID) || r.Index != index {
		return nil, fmt.Errorf("%w: it is for another entry", ErrReceipt)
	}
	return r, nil
}

// Log streams a poll's log from index from, calling fn for each entry.
func (c *Conn) Log(ctx context.Context, pollID fr.Element, from uint64, fn func(*poll.Entry) error) error {
	stream, err := c.voter.StreamLog(ctx, &pb.StreamLogRequest{PollId: wire.Field(pollID), FromIndex: from})
	if err != nil {
		return err
	}
	for {
		e, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		entry, err := wire.ToEntry(pollID, e)
		if err != nil {
			return err
		}
		if err := fn(entry); err != nil {
			return err
		}
	}
}

// Results fetches a tallied poll's results.
func (c *Conn) Results(ctx context.Context, pollID fr.Element) (*poll.Results, error) {
	resp, err := c.voter.GetResults(ctx, &pb.GetResultsRequest{PollId: wire.Field(pollID)})
	if err != nil {
		return nil, err
	}
	return wire.ToResults(resp)
}

// Artefacts downloads a tallied poll's published files (results.json,
// log.json, the verifying keys), to be checked with verifier.CheckPublished
// after poll.WriteArtefacts: nothing in them is trusted as it arrives.
func (c *Conn) Artefacts(ctx context.Context, pollID fr.Element) ([]poll.Artefact, error) {
	stream, err := c.voter.GetArtefacts(ctx, &pb.GetArtefactsRequest{PollId: wire.Field(pollID)})
	if err != nil {
		return nil, err
	}
	var out []poll.Artefact
	for {
		chunk, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		if err := poll.CheckArtefactName(chunk.Name); err != nil {
			return nil, err
		}
		if n := len(out); n > 0 && out[n-1].Name == chunk.Name {
			out[n-1].Data = append(out[n-1].Data, chunk.Data...)
			continue
		}
		for _, a := range out {
			if a.Name == chunk.Name {
				return nil, fmt.Errorf("%w: %s sent twice", ErrArtefacts, chunk.Name)
			}
		}
		out = append(out, poll.Artefact{Name: chunk.Name, Data: append([]byte(nil), chunk.Data...)})
	}
}

// CreatePoll registers a poll (admin).
func (c *Conn) CreatePoll(ctx context.Context, def *poll.Definition) (fr.Element, error) {
	return c.CreatePollWithContract(ctx, def, nil, 0)
}

// CreatePollWithContract registers a poll (admin) with its Poll contract
// (20 bytes; nil: none), deployed in block `block`: the coordinator then
// logs the joins posted there too (the on-chain voting path).
func (c *Conn) CreatePollWithContract(ctx context.Context, def *poll.Definition, contract []byte, block uint64) (fr.Element, error) {
	resp, err := c.admin.CreatePoll(c.adminCtx(ctx), &pb.CreatePollRequest{Definition: wire.Definition(def), PollContract: contract, PollContractBlock: block})
	if err != nil {
		return fr.Element{}, err
	}
	return wire.ToField(resp.PollId)
}

// ClosePoll seals a poll (admin) and checks the seal's signature.
func (c *Conn) ClosePoll(ctx context.Context, id fr.Element) (*receipt.Seal, error) {
	resp, err := c.admin.ClosePoll(c.adminCtx(ctx), &pb.ClosePollRequest{PollId: wire.Field(id)})
	if err != nil {
		return nil, err
	}
	seal, err := wire.ToSeal(resp.Seal)
	if err != nil {
		return nil, err
	}
	_, signing, err := c.Info(ctx)
	if err != nil {
		return nil, err
	}
	return seal, seal.Verify(signing)
}

// StartTally starts a poll's tally job (admin).
func (c *Conn) StartTally(ctx context.Context, id fr.Element) (*poll.TallyJob, error) {
	resp, err := c.admin.StartTally(c.adminCtx(ctx), &pb.StartTallyRequest{PollId: wire.Field(id)})
	if err != nil {
		return nil, err
	}
	return wire.ToTallyJob(resp.Job)
}

// TallyJob reports a poll's tally job (admin).
func (c *Conn) TallyJob(ctx context.Context, id fr.Element) (*poll.TallyJob, error) {
	resp, err := c.admin.GetTallyJob(c.adminCtx(ctx), &pb.GetTallyJobRequest{PollId: wire.Field(id)})
	if err != nil {
		return nil, err
	}
	return wire.ToTallyJob(resp.Job)
}

// FindJoin looks a join up in the public log by its state leaf and returns
// its state index: how a voter whose receipt never arrived (a timeout, a
// crash) recovers the index its later commands need.
func (c *Conn) FindJoin(ctx context.Context, pollID, stateLeaf fr.Element) (uint64, error) {
	var found *uint64
	err := c.Log(ctx, pollID, 0, func(e *poll.Entry) error {
		if e.Join != nil && e.Join.Statement.StateLeaf.Equal(&stateLeaf) {
			idx := e.StateIndex
			found = &idx
			return errFound
		}
		return nil
	})
	if err != nil && !errors.Is(err, errFound) {
		return 0, err
	}
	if found == nil {
		return 0, ErrJoinNotFound
	}
	return *found, nil
}

// errFound stops a log walk once the wanted entry is found.
var errFound = errors.New("found")

// PublicLog fetches a poll's public record as `zkvote poll log` exports it:
// the poll (checked by Poll), the signing key and every durable entry. The
// head then describes exactly the entries fetched (entries that became
// durable between the two calls are included in both).
func (c *Conn) PublicLog(ctx context.Context, id fr.Element) (*poll.Log, error) {
	p, err := c.Poll(ctx, id)
	if err != nil {
		return nil, err
	}
	_, signing, err := c.Info(ctx)
	if err != nil {
		return nil, err
	}
	l := &poll.Log{Poll: *p, SigningKey: signing}
	if err := c.Log(ctx, id, 0, func(e *poll.Entry) error {
		l.Entries = append(l.Entries, e)
		return nil
	}); err != nil {
		return nil, err
	}
	l.Poll.Count, l.Poll.Joins, l.Poll.ChainHash = uint64(len(l.Entries)), 0, message.ChainStart(id)
	for _, e := range l.Entries {
		if e.Join != nil {
			l.Poll.Joins++
		}
	}
	if n := len(l.Entries); n > 0 {
		l.Poll.ChainHash = l.Entries[n-1].ChainHash
	}
	return l, nil
}
