// Package wire converts between the zkvote.v1 protobuf messages and
// zkvote's domain types, checking every field on the way in: field
// elements must be 32 canonical bytes, points must be on the curve and in
// the prime subgroup. Both the coordinator and the client use it.
package wire

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/ratelimit"
	"github.com/zkvote/zkvote/poll"
	pb "github.com/zkvote/zkvote/proto/zkvote/v1"
	"github.com/zkvote/zkvote/receipt"
)

// ErrInvalid is returned for a message that does not decode.
var ErrInvalid = errors.New("wire: invalid message")

func invalid(field string, err error) error {
	return fmt.Errorf("%w: %s: %w", ErrInvalid, field, err)
}

// Field encodes a field element.
func Field(e fr.Element) []byte {
	b := e.Bytes()
	return b[:]
}

// ToField decodes 32 canonical big-endian bytes.
func ToField(b []byte) (fr.Element, error) {
	if len(b) != fr.Bytes {
		return fr.Element{}, fmt.Errorf("%d bytes, want %d", len(b), fr.Bytes)
	}
	return fr.BigEndian.Element((*[fr.Bytes]byte)(b))
}

// Fields encodes field elements.
func Fields(es []fr.Element) [][]byte {
	out := make([][]byte, len(es))
	for i := range es {
		out[i] = Field(es[i])
	}
	return out
}

// ToFields decodes field elements.
func ToFields(bs [][]byte) ([]fr.Element, error) {
	out := make([]fr.Element, len(bs))
	for i, b := range bs {
		var err error
		if out[i], err = ToField(b); err != nil {
			return nil, fmt.Errorf("element %d: %w", i, err)
		}
	}
	return out, nil
}

// Point encodes a point.
func Point(p *babyjub.Point) *pb.Point { return &pb.Point{X: Field(p.X), Y: Field(p.Y)} }

// ToPoint decodes a point and checks it is a valid public key.
func ToPoint(p *pb.Point) (babyjub.Point, error) {
	var out babyjub.Point
	if p == nil {
		return out, errors.New("missing")
	}
	var err error
	if out.X, err = ToField(p.X); err != nil {
		return out, err
	}
	if out.Y, err = ToField(p.Y); err != nil {
		return out, err
	}
	return out, babyjub.ValidatePublicKey(&out)
}

func u32(name string, v int) (uint32, error) {
	if v < 0 || v > math.MaxUint32 {
		return 0, fmt.Errorf("%s %d out of range", name, v)
	}
	return uint32(v), nil
}

// Definition encodes a poll definition.
func Definition(d *poll.Definition) *pb.PollDefinition {
	p := d.Params
	out := &pb.PollDefinition{
		Version: uint32(d.Version),
		Params: &pb.Params{Name: p.Name, CensusDepth: uint32(p.CensusDepth), StateDepth: uint32(p.StateDepth),
			MaxVoteOptions: uint32(p.MaxVoteOptions), WeightBits: uint32(p.WeightBits), MessageBatchSize: uint32(p.MessageBatchSize),
			TallyBatchSize: uint32(p.TallyBatchSize), MaxMessages: uint64(p.MaxMessages), CommandProofs: p.CommandProofs},
		Title: d.Title, Body: d.Body, Options: d.Options, Mode: d.Mode.String(), MaxMessages: uint64(d.MaxMessages), Salt: d.Salt,
		VerifyingKeySha256: d.VerifyingKey, CensusRoot: Field(d.CensusRoot), CoordinatorKey: Point(&d.CoordinatorKey),
		ProcessingKeysSha256: d.ProcessingKeys, CommandSlots: uint32(d.CommandSlots), PassKeySha256: d.PassKey,
		CommandKeySha256: d.CommandKey,
	}
	if d.Start != nil {
		out.StartUnix = d.Start.Unix()
	}
	if d.End != nil {
		out.EndUnix = d.End.Unix()
	}
	if d.Execution != nil {
		e := d.Execution
		out.Execution = &pb.Execution{Target: e.Target, Value: e.Value, Calldata: e.Calldata, Quorum: e.Quorum, ThresholdBps: e.ThresholdBps}
		if e.PassOption != nil {
			o := uint32(*e.PassOption)
			out.Execution.PassOption = &o
		}
	}
	return out
}

// ToDefinition decodes and validates a poll definition.
func ToDefinition(m *pb.PollDefinition) (*poll.Definition, error) {
	if m == nil || m.Params == nil {
		return nil, invalid("definition", errors.New("missing"))
	}
	if m.MaxMessages > math.MaxInt32 || m.Params.MaxMessages > math.MaxInt32 || m.CommandSlots > math.MaxInt32 {
		return nil, invalid("max_messages", errors.New("too large"))
	}
	p := circuits.Params{Name: m.Params.Name, CensusDepth: int(m.Params.CensusDepth), StateDepth: int(m.Params.StateDepth),
		MaxVoteOptions: int(m.Params.MaxVoteOptions), WeightBits: int(m.Params.WeightBits), MessageBatchSize: int(m.Params.MessageBatchSize),
		TallyBatchSize: int(m.Params.TallyBatchSize), MaxMessages: int(m.Params.MaxMessages), CommandProofs: m.Params.CommandProofs}
	mode, err := joinvote.ParseMode(m.Mode)
	if err != nil {
		return nil, invalid("mode", err)
	}
	root, err := ToField(m.CensusRoot)
	if err != nil {
		return nil, invalid("census_root", err)
	}
	key, err := ToPoint(m.CoordinatorKey)
	if err != nil {
		return nil, invalid("coordinator_key", err)
	}
	d := &poll.Definition{Version: int(m.Version), Params: p, Title: m.Title, Body: m.Body, Options: m.Options, Mode: mode,
		CensusRoot: root, CoordinatorKey: key, MaxMessages: int(m.MaxMessages), Salt: m.Salt, VerifyingKey: m.VerifyingKeySha256,
		CommandSlots: int(m.CommandSlots), PassKey: m.PassKeySha256, CommandKey: m.CommandKeySha256}
	if len(m.ProcessingKeysSha256) > 0 {
		d.ProcessingKeys = m.ProcessingKeysSha256
	}
	if m.StartUnix != 0 {
		t := time.Unix(m.StartUnix, 0).UTC()
		d.Start = &t
	}
	if m.EndUnix != 0 {
		t := time.Unix(m.EndUnix, 0).UTC()
		d.End = &t
	}
	if m.Execution != nil {
		e := m.Execution
		d.Execution = &poll.Execution{Target: e.Target, Value: e.Value, Calldata: e.Calldata, Quorum: e.Quorum, ThresholdBps: e.ThresholdBps}
		if e.PassOption != nil {
			if *e.PassOption > math.MaxInt32 {
				return nil, invalid("execution.pass_option", errors.New("too large"))
			}
			o := int(*e.PassOption)
			d.Execution.PassOption = &o
		}
	}
	if err := d.Validate(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	return d, nil
}

// State encodes a poll state.
func State(s poll.State) pb.PollState { return pb.PollState(s) }

// ToState decodes a poll state.
func ToState(s pb.PollState) (poll.State, error) {
	switch s {
	case pb.PollState_POLL_STATE_OPEN, pb.PollState_POLL_STATE_CLOSED, pb.PollState_POLL_STATE_TALLIED:
		return poll.State(s), nil
	}
	return poll.StateUnknown, invalid("state", fmt.Errorf("unknown state %d", s))
}

// Info encodes a poll as the coordinator serves it.
func Info(p *poll.Info) *pb.Poll {
	out := &pb.Poll{PollId: Field(p.ID), Definition: Definition(p.Definition), State: State(p.State),
		MessageCount: p.Count, JoinCount: p.Joins, ChainHash: Field(p.ChainHash)}
	if p.Seal != nil {
		out.Seal = Seal(p.Seal)
	}
	return out
}

// ToInfo decodes a poll and checks that its definition hashes to its ID.
func ToInfo(m *pb.Poll) (*poll.Info, error) {
	if m == nil {
		return nil, invalid("poll", errors.New("missing"))
	}
	def, err := ToDefinition(m.Definition)
	if err != nil {
		return nil, err
	}
	p := &poll.Info{Definition: def, Head: poll.Head{Count: m.MessageCount, Joins: m.JoinCount}}
	if p.ID, err = ToField(m.PollId); err != nil {
		return nil, invalid("poll_id", err)
	}
	if id, err := def.ID(); err != nil || !id.Equal(&p.ID) {
		return nil, invalid("poll_id", errors.New("the definition does not hash to the poll ID"))
	}
	if p.State, err = ToState(m.State); err != nil {
		return nil, err
	}
	if p.ChainHash, err = ToField(m.ChainHash); err != nil {
		return nil, invalid("chain_hash", err)
	}
	if m.Seal != nil {
		if p.Seal, err = ToSeal(m.Seal); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// Entry encodes a log entry.
func Entry(e *poll.Entry) *pb.LogEntry {
	out := &pb.LogEntry{Index: e.Index, EntryHash: Field(e.EntryHash), ChainHash: Field(e.ChainHash), ReceivedUnix: e.ReceivedUnix,
		OnChainIndex: e.OnChain}
	switch {
	case e.Join != nil:
		out.Body = &pb.LogEntry_Join{Join: JoinVote(&e.Join.Statement, e.Join.Proof)}
		out.StateIndex = e.StateIndex
	case e.Command != nil:
		out.Body = &pb.LogEntry_Message{Message: Command(e.Command)}
	}
	return out
}

// ToEntry decodes a log entry of a poll.
func ToEntry(pollID fr.Element, m *pb.LogEntry) (*poll.Entry, error) {
	if m == nil {
		return nil, invalid("entry", errors.New("missing"))
	}
	e := &poll.Entry{Index: m.Index, ReceivedUnix: m.ReceivedUnix, OnChain: m.OnChainIndex}
	var err error
	if e.EntryHash, err = ToField(m.EntryHash); err != nil {
		return nil, invalid("entry_hash", err)
	}
	if e.ChainHash, err = ToField(m.ChainHash); err != nil {
		return nil, invalid("chain_hash", err)
	}
	switch b := m.Body.(type) {
	case *pb.LogEntry_Join:
		st, proof, err := ToJoinVote(pollID, b.Join)
		if err != nil {
			return nil, err
		}
		e.Join, e.StateIndex = &poll.Join{Statement: *st, Proof: proof}, m.StateIndex
	case *pb.LogEntry_Message:
		c, err := ToCommand(b.Message)
		if err != nil {
			return nil, err
		}
		e.Command = c
	default:
		return nil, invalid("entry", errors.New("neither a join nor a command"))
	}
	return e, nil
}

// Results encodes a poll's results.
func Results(r *poll.Results) *pb.GetResultsResponse {
	out := &pb.GetResultsResponse{Proven: r.Proven}
	for i := range r.Totals {
		out.Totals = append(out.Totals, r.Totals[i].String())
		out.Spent = append(out.Spent, r.Spent[i].String())
	}
	return out
}

// ToResults decodes a poll's results.
func ToResults(m *pb.GetResultsResponse) (*poll.Results, error) {
	if len(m.Totals) != len(m.Spent) {
		return nil, invalid("results", fmt.Errorf("%d totals and %d spent", len(m.Totals), len(m.Spent)))
	}
	r := &poll.Results{Proven: m.Proven}
	for i := range m.Totals {
		t, ok1 := new(big.Int).SetString(m.Totals[i], 10)
		s, ok2 := new(big.Int).SetString(m.Spent[i], 10)
		if !ok1 || !ok2 || t.Sign() < 0 || s.Sign() < 0 {
			return nil, invalid("results", fmt.Errorf("option %d: not a non-negative number", i))
		}
		r.Totals, r.Spent = append(r.Totals, t), append(r.Spent, s)
	}
	return r, nil
}

// TallyJob encodes a tally job.
func TallyJob(j *poll.TallyJob) *pb.TallyJob {
	return &pb.TallyJob{PollId: Field(j.PollID), State: pb.JobState(j.State), Processed: j.Processed, Total: j.Total, Error: j.Error,
		ProofsDone: j.ProofsDone, Proofs: j.Proofs, EtaSeconds: int64(j.ETA / time.Second)}
}

// ToTallyJob decodes a tally job.
func ToTallyJob(m *pb.TallyJob) (*poll.TallyJob, error) {
	if m == nil {
		return nil, invalid("job", errors.New("missing"))
	}
	j := &poll.TallyJob{Processed: m.Processed, Total: m.Total, Error: m.Error, ProofsDone: m.ProofsDone, Proofs: m.Proofs,
		ETA: time.Duration(max(m.EtaSeconds, 0)) * time.Second}
	switch m.State {
	case pb.JobState_JOB_STATE_RUNNING, pb.JobState_JOB_STATE_DONE, pb.JobState_JOB_STATE_FAILED:
		j.State = poll.JobState(m.State)
	default:
		return nil, invalid("job.state", fmt.Errorf("unknown state %d", m.State))
	}
	var err error
	if j.PollID, err = ToField(m.PollId); err != nil {
		return nil, invalid("job.poll_id", err)
	}
	return j, nil
}

// JoinVote encodes a join+vote submission.
func JoinVote(st *joinvote.Statement, proof []byte) *pb.JoinVote {
	return &pb.JoinVote{Nullifier: Field(st.Nullifier), StateLeaf: Field(st.StateLeaf), MessageHash: Field(st.MessageHash),
		PollKey: Point(&st.PollKey), EphemeralKey: Point(&st.EphemeralKey), Ciphertext: Fields(st.Ciphertext), Proof: proof}
}

// ToJoinVote decodes a join+vote submission for a poll.
func ToJoinVote(pollID fr.Element, m *pb.JoinVote) (*joinvote.Statement, []byte, error) {
	if m == nil {
		return nil, nil, invalid("vote", errors.New("missing"))
	}
	st := &joinvote.Statement{PollID: pollID}
	var err error
	for _, f := range []struct {
		name string
		in   []byte
		out  *fr.Element
	}{{"nullifier", m.Nullifier, &st.Nullifier}, {"state_leaf", m.StateLeaf, &st.StateLeaf}, {"message_hash", m.MessageHash, &st.MessageHash}} {
		if *f.out, err = ToField(f.in); err != nil {
			return nil, nil, invalid(f.name, err)
		}
	}
	if st.PollKey, err = ToPoint(m.PollKey); err != nil {
		return nil, nil, invalid("poll_key", err)
	}
	if st.EphemeralKey, err = ToPoint(m.EphemeralKey); err != nil {
		return nil, nil, invalid("ephemeral_key", err)
	}
	if st.Ciphertext, err = ToFields(m.Ciphertext); err != nil {
		return nil, nil, invalid("ciphertext", err)
	}
	if len(m.Proof) == 0 {
		return nil, nil, invalid("proof", errors.New("missing"))
	}
	return st, m.Proof, nil
}

// Command encodes a command message.
func Command(c *poll.Command) *pb.Command {
	out := &pb.Command{EphemeralKey: Point(&c.EphemeralKey), Ciphertext: Fields(c.Ciphertext)}
	if c.Opening != nil {
		out.Opening, out.Proof = Field(*c.Opening), c.Proof
	}
	return out
}

// ToCommand decodes a command message.
func ToCommand(m *pb.Command) (*poll.Command, error) {
	if m == nil {
		return nil, invalid("message", errors.New("missing"))
	}
	eph, err := ToPoint(m.EphemeralKey)
	if err != nil {
		return nil, invalid("ephemeral_key", err)
	}
	ct, err := ToFields(m.Ciphertext)
	if err != nil {
		return nil, invalid("ciphertext", err)
	}
	c := &poll.Command{EphemeralKey: eph, Ciphertext: ct}
	if (len(m.Opening) == 0) != (len(m.Proof) == 0) {
		return nil, invalid("opening", errors.New("an opening and a command proof go together"))
	}
	if len(m.Opening) > 0 {
		o, err := ToField(m.Opening)
		if err != nil {
			return nil, invalid("opening", err)
		}
		c.Opening, c.Proof = &o, m.Proof
	}
	return c, nil
}

// Receipt encodes a receipt.
func Receipt(r *receipt.Receipt) *pb.Receipt {
	return &pb.Receipt{PollId: Field(r.PollID), Index: r.Index, EntryHash: Field(r.EntryHash), ChainHash: Field(r.ChainHash), Signature: r.Signature}
}

// ToReceipt decodes a receipt (without checking its signature).
func ToReceipt(m *pb.Receipt) (*receipt.Receipt, error) {
	if m == nil {
		return nil, invalid("receipt", errors.New("missing"))
	}
	r := &receipt.Receipt{Index: m.Index, Signature: m.Signature}
	var err error
	if r.PollID, err = ToField(m.PollId); err != nil {
		return nil, invalid("poll_id", err)
	}
	if r.EntryHash, err = ToField(m.EntryHash); err != nil {
		return nil, invalid("entry_hash", err)
	}
	if r.ChainHash, err = ToField(m.ChainHash); err != nil {
		return nil, invalid("chain_hash", err)
	}
	return r, nil
}

// Seal encodes a seal.
func Seal(s *receipt.Seal) *pb.SealedLog {
	return &pb.SealedLog{PollId: Field(s.PollID), MessageCount: s.Count, ChainHash: Field(s.ChainHash), SealedUnix: s.SealedUnix, Signature: s.Signature}
}

// ToSeal decodes a seal (without checking its signature).
func ToSeal(m *pb.SealedLog) (*receipt.Seal, error) {
	if m == nil {
		return nil, invalid("seal", errors.New("missing"))
	}
	s := &receipt.Seal{Count: m.MessageCount, SealedUnix: m.SealedUnix, Signature: m.Signature}
	var err error
	if s.PollID, err = ToField(m.PollId); err != nil {
		return nil, invalid("poll_id", err)
	}
	if s.ChainHash, err = ToField(m.ChainHash); err != nil {
		return nil, invalid("chain_hash", err)
	}
	return s, nil
}

// RateSet encodes a rate set registration.
func RateSet(r *ratelimit.Registration) *pb.RateSet {
	s := make([]byte, 32)
	r.Signature.S.FillBytes(s)
	return &pb.RateSet{Identities: Fields(r.Identities[:]), SignatureR: Point(&r.Signature.R), SignatureS: s}
}

// ToRateSet decodes a rate set registration (nil when absent). The
// signature is checked against the join's poll key by the coordinator.
func ToRateSet(m *pb.RateSet) (*ratelimit.Registration, error) {
	if m == nil {
		return nil, nil
	}
	ids, err := ToFields(m.Identities)
	if err != nil {
		return nil, invalid("rate_set.identities", err)
	}
	if len(ids) != ratelimit.Identities {
		return nil, invalid("rate_set.identities", fmt.Errorf("%d identities, want %d", len(ids), ratelimit.Identities))
	}
	r := &ratelimit.Registration{}
	copy(r.Identities[:], ids)
	if r.Signature.R, err = ToPoint(m.SignatureR); err != nil {
		return nil, invalid("rate_set.signature_r", err)
	}
	if len(m.SignatureS) != 32 {
		return nil, invalid("rate_set.signature_s", fmt.Errorf("%d bytes, want 32", len(m.SignatureS)))
	}
	r.Signature.S.SetBytes(m.SignatureS)
	return r, nil
}

// Pass encodes a command pass.
func Pass(p *ratelimit.Pass) *pb.Pass {
	if p == nil {
		return nil
	}
	return &pb.Pass{Root: Field(p.Root), Nullifier: Field(p.Nullifier), Proof: p.Proof}
}

// ToPass decodes a command pass (nil when absent).
func ToPass(m *pb.Pass) (*ratelimit.Pass, error) {
	if m == nil {
		return nil, nil
	}
	root, err := ToField(m.Root)
	if err != nil {
		return nil, invalid("pass.root", err)
	}
	null, err := ToField(m.Nullifier)
	if err != nil {
		return nil, invalid("pass.nullifier", err)
	}
	if len(m.Proof) == 0 {
		return nil, invalid("pass.proof", errors.New("missing"))
	}
	return &ratelimit.Pass{Root: root, Nullifier: null, Proof: m.Proof}, nil
}
