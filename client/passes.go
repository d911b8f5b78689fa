package client

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/zkvote/zkvote/circuits/merkle"
	"github.com/zkvote/zkvote/circuits/ratelimit"
	"github.com/zkvote/zkvote/internal/fieldhex"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/proto/wire"
	pb "github.com/zkvote/zkvote/proto/zkvote/v1"
	"github.com/zkvote/zkvote/prover"
)

// ErrNoPasses means every command slot of the voter's rate identities is
// spent: the poll's per-voter command limit is reached.
var ErrNoPasses = errors.New("client: every command slot of this voter is spent")

// RateRecord is the voter's rate set for a poll with command passes
// (circuits/ratelimit) and how far each identity's slots are used.
type RateRecord struct {
	Set ratelimit.Set
	// Next is, per position, the first slot not known to be spent.
	Next [ratelimit.Identities]uint64
	// Given marks the identities handed to someone else (HandOver): the
	// voter's client never uses them again.
	Given [ratelimit.Identities]bool
}

type rateJSON struct {
	Identities []string `json:"identities"`
	// Secrets holds a secret per real identity and "" for padding.
	Secrets []string `json:"secrets"`
	Next    []uint64 `json:"next_slot"`
	Given   []int    `json:"given,omitempty"` // positions handed over
}

// MarshalJSON encodes the rate record.
func (r *RateRecord) MarshalJSON() ([]byte, error) {
	j := rateJSON{Identities: fieldhex.EncodeAll(r.Set.Identities[:]), Secrets: make([]string, ratelimit.Identities), Next: r.Next[:]}
	for pos, g := range r.Given {
		if g {
			j.Given = append(j.Given, pos)
		}
	}
	for i, s := range r.Set.Secrets {
		if s != nil {
			j.Secrets[i] = fieldhex.Encode(*s)
		}
	}
	return json.Marshal(j)
}

// UnmarshalJSON decodes a rate record and checks that every secret opens
// its identity.
func (r *RateRecord) UnmarshalJSON(data []byte) error {
	var j rateJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return fmt.Errorf("%w: rate: %w", ErrRecord, err)
	}
	if len(j.Identities) != ratelimit.Identities || len(j.Secrets) != ratelimit.Identities || len(j.Next) != ratelimit.Identities {
		return fmt.Errorf("%w: rate: want %d identities, secrets and next slots", ErrRecord, ratelimit.Identities)
	}
	ids, err := fieldhex.DecodeAll(j.Identities)
	if err != nil {
		return fmt.Errorf("%w: rate identities: %w", ErrRecord, err)
	}
	copy(r.Set.Identities[:], ids)
	copy(r.Next[:], j.Next)
	for _, pos := range j.Given {
		if pos < 0 || pos >= ratelimit.Identities {
			return fmt.Errorf("%w: rate: given position %d", ErrRecord, pos)
		}
		r.Given[pos] = true
	}
	real := 0
	for i, s := range j.Secrets {
		if s == "" {
			continue
		}
		x, err := fieldhex.Decode(s)
		if err != nil {
			return fmt.Errorf("%w: rate secret %d: %w", ErrRecord, i, err)
		}
		if id := ratelimit.Identity(x); !id.Equal(&r.Set.Identities[i]) {
			return fmt.Errorf("%w: rate secret %d does not open its identity", ErrRecord, i)
		}
		r.Set.Secrets[i] = &x
		real++
	}
	if real == 0 {
		return fmt.Errorf("%w: rate: no identity has its secret", ErrRecord)
	}
	return nil
}

// newRateSet draws a voter's rate set, every position a real identity: the
// most command slots the poll allows. Nothing public tells a real identity
// from padding, so a voter who hands some of the secrets to a briber can
// say the rest were padding (docs/protocol.md, "Command passes", says how
// far that cover holds).
func newRateSet() (*ratelimit.Set, error) {
	return ratelimit.NewSet(ratelimit.Identities, nil)
}

// passUsed reports whether the coordinator refused a pass because its slot
// is spent (by this client earlier, or by whoever else holds the identity).
func passUsed(err error) bool {
	return status.Code(err) == codes.AlreadyExists && strings.Contains(status.Convert(err).Message(), "pass")
}

// nextSlot returns the first unspent slot of a real identity, or
// ErrNoPasses.
func (r *RateRecord) nextSlot(slots uint64) (int, uint64, error) {
	for pos, s := range r.Set.Secrets {
		if s != nil && !r.Given[pos] && r.Next[pos] < slots {
			return pos, r.Next[pos], nil
		}
	}
	return 0, 0, ErrNoPasses
}

// ratePath fetches the voter's rate set path from the coordinator and
// checks that it is the path of this rate set.
func (c *Conn) ratePath(ctx context.Context, def *poll.Definition, rec *Record) (merkle.Proof, error) {
	if rec.StateIndex == nil {
		return merkle.Proof{}, fmt.Errorf("%w: the voter's state index is not known yet (it comes with the join's receipt)", ErrRecord)
	}
	resp, err := c.voter.GetRatePath(ctx, &pb.GetRatePathRequest{PollId: wire.Field(rec.PollID), Index: *rec.StateIndex})
	if err != nil {
		return merkle.Proof{}, err
	}
	p := merkle.Proof{Index: *rec.StateIndex}
	if p.Leaf, err = wire.ToField(resp.Leaf); err != nil {
		return p, err
	}
	if p.Root, err = wire.ToField(resp.Root); err != nil {
		return p, err
	}
	if p.Siblings, err = wire.ToFields(resp.Siblings); err != nil {
		return p, err
	}
	if leaf := rec.Rate.Set.Leaf(); !p.Leaf.Equal(&leaf) {
		return p, fmt.Errorf("%w: the coordinator holds another rate set for voter %d", ErrReceipt, *rec.StateIndex)
	}
	if err := p.Verify(def.Params.StateDepth, p.Root); err != nil {
		return p, fmt.Errorf("%w: rate path: %w", ErrReceipt, err)
	}
	return p, nil
}

// pass proves a command pass for the message m, spending the record's next
// slot (the caller advances it once the coordinator took the pass).
func pass(keys *prover.Keys, def *poll.Definition, rec *Record, path merkle.Proof, m *Message) (*ratelimit.Pass, int, error) {
	pos, slot, err := rec.Rate.nextSlot(uint64(def.CommandSlots))
	if err != nil {
		return nil, 0, err
	}
	w, err := ratelimit.NewWitness(rec.PollID, &rec.Rate.Set, pos, path, slot, uint64(def.CommandSlots), m.Hash())
	if err != nil {
		return nil, 0, err
	}
	proof, err := keys.Prove(w.Assign(), nil)
	if err != nil {
		return nil, 0, err
	}
	b, err := prover.ProofBytes(proof)
	if err != nil {
		return nil, 0, err
	}
	return &ratelimit.Pass{Root: w.Root, Nullifier: w.Nullifier, Proof: b}, pos, nil
}

// CheckPassKeys checks that keys are the poll's pass proving keys.
func CheckPassKeys(keys *prover.Keys, def *poll.Definition) error {
	if keys == nil {
		return fmt.Errorf("client: the poll has command passes: its pass proving key is needed (zkvote setup makes it)")
	}
	return checkKeys(keys, def, def.PassKey)
}

// Passes is what a client needs to send commands in a poll with command
// passes: the poll and the pass proving keys.
type Passes struct {
	Def  *poll.Definition
	Keys *prover.Keys
}

// submitWithPass sends one command with a pass proven against path (the
// voter's rate set path: any root the poll's rate tree has had will do),
// trying the voter's next slot while the coordinator answers that a slot
// is spent (a briber who was handed one identity may have spent it), and
// records the slots used.
func (c *Conn) submitWithPass(ctx context.Context, m *Message, rec *Record, passes *Passes, path merkle.Proof) (*pb.SubmitMessageResponse, error) {
	for {
		p, pos, err := pass(passes.Keys, passes.Def, rec, path, m)
		if err != nil {
			return nil, err
		}
		resp, err := c.voter.SubmitMessage(ctx, &pb.SubmitMessageRequest{PollId: wire.Field(m.PollID),
			Message: wire.Command(m.command()), Pass: wire.Pass(p)})
		if err == nil || passUsed(err) {
			rec.Rate.Next[pos]++
		}
		if !passUsed(err) {
			return resp, err
		}
	}
}

// HandOver returns a copy of the record for someone who demands the voter's
// secrets (a briber): the keys, and the rate identities at the first n
// positions, the others shown as padding (nothing tells them apart). The
// voter's own record stops using those n identities, so that nothing the
// voter sends later spends a slot the holder could find spent: the voter's
// later re-votes and key changes go through on the identities kept back.
// n must leave at least one real identity with the voter.
func (r *Record) HandOver(n int) (*Record, error) {
	if r.Rate == nil {
		return nil, fmt.Errorf("%w: the record has no rate set (a poll without command passes): there is nothing to keep back", ErrRecord)
	}
	kept := 0
	for pos, s := range r.Rate.Set.Secrets {
		if s != nil && pos >= n && !r.Rate.Given[pos] {
			kept++
		}
	}
	if n < 1 || kept == 0 {
		return nil, fmt.Errorf("%w: handing over %d of the rate identities would leave the voter none", ErrRecord, n)
	}
	out, rate := *r, *r.Rate
	for pos := n; pos < ratelimit.Identities; pos++ {
		rate.Set.Secrets[pos] = nil
	}
	rate.Given = [ratelimit.Identities]bool{} // the holder's copy shows nothing handed over
	out.Rate = &rate
	for pos := range n {
		r.Rate.Given[pos] = true // never again by the voter
	}
	return &out, nil
}
