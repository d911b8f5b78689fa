package coordinator

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	gproto "google.golang.org/protobuf/proto"

	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/message"
	"github.com/zkvote/zkvote/coordinator/store"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/proto/wire"
	pb "github.com/zkvote/zkvote/proto/zkvote/v1"
	"github.com/zkvote/zkvote/prover"
	"github.com/zkvote/zkvote/receipt"
	"github.com/zkvote/zkvote/verifier"
)

// Service is the coordinator's logic, behind the gRPC server. It is safe
// for concurrent use.
type Service struct {
	cfg   Config
	store store.Store
	keys  *Keys
	log   *slog.Logger
	now   func() time.Time

	vkMu sync.Mutex
	vks  map[string]groth16.VerifyingKey // by params ID

	mu       sync.RWMutex // guards polls
	polls    map[fr.Element]*pollState
	createMu sync.Mutex // serialises CreatePoll

	// gate is held shared by every intake call and exclusively by
	// StopIntake, which therefore waits for in-flight intake to finish.
	gate     sync.RWMutex
	stopping bool
	// broken is set when a write could not be made durable: the in-memory
	// state may be ahead of the disk, so intake stops until a restart.
	broken     atomic.Bool
	brokenOnce sync.Once
	brokenCh   chan struct{}

	jobsCtx    context.Context
	cancelJobs context.CancelFunc
	jobs       sync.WaitGroup

	// batcher verifies concurrent join proofs in batches.
	batcher *verifier.Batcher
}

// pollState is a poll's in-memory head.
type pollState struct {
	mu           sync.Mutex
	id           fr.Element
	def          *poll.Definition
	circuit      *joinvote.Poll
	state        pb.PollState
	count        uint64     // entries applied
	joins        uint64     // joins among them (the next state index)
	durable      uint64     // entries known durable (served to readers)
	durableJoins uint64     // joins among them
	chain        fr.Element // chain hash after count entries
	seal         *receipt.Seal
	tallying     bool // a tally job was started by this process
}

// Option configures a Service.
type Option func(*Service)

// WithLogger sets the logger (default: discard).
func WithLogger(l *slog.Logger) Option { return func(s *Service) { s.log = l } }

// WithClock sets the clock (tests).
func WithClock(now func() time.Time) Option { return func(s *Service) { s.now = now } }

// Open starts a service on a store: it loads every poll and resumes tally
// jobs that a crash interrupted.
func Open(cfg Config, st store.Store, keys *Keys, opts ...Option) (*Service, error) {
	s := &Service{cfg: cfg, store: st, keys: keys, log: slog.New(slog.DiscardHandler), now: time.Now,
		vks: map[string]groth16.VerifyingKey{}, polls: map[fr.Element]*pollState{}, brokenCh: make(chan struct{})}
	for _, o := range opts {
		o(s)
	}
	s.jobsCtx, s.cancelJobs = context.WithCancel(context.Background())
	s.batcher = verifier.NewBatcher(runtime.GOMAXPROCS(0), 32, time.Millisecond)
	err := st.Scan([]byte(prefixPoll), nil, func(_, v []byte) error {
		var rec pb.Poll
		if err := gproto.Unmarshal(v, &rec); err != nil {
			return err
		}
		ps, err := stateFromRecord(&rec)
		if err != nil {
			return err
		}
		s.polls[ps.id] = ps
		return nil
	})
	if err != nil {
		s.batcher.Close()
		return nil, fmt.Errorf("coordinator: load polls: %w", err)
	}
	if err := s.resumeJobs(); err != nil {
		s.cancelJobs()
		s.jobs.Wait()
		s.batcher.Close()
		return nil, err
	}
	s.jobs.Add(1)
	go s.autoClose(time.Second)
	s.log.Info("coordinator ready", "polls", len(s.polls))
	return s, nil
}

// Storage keys.
const (
	prefixPoll   = "poll/"
	prefixNull   = "null/"
	prefixMsg    = "msg/"
	prefixLog    = "log/"
	prefixJob    = "job/"
	prefixResult = "result/"
)

func key(prefix string, id fr.Element, rest ...[]byte) []byte {
	b := id.Bytes()
	k := append([]byte(prefix), b[:]...)
	for _, r := range rest {
		k = append(k, r...)
	}
	return k
}

func indexBytes(i uint64) []byte { return binary.BigEndian.AppendUint64(nil, i) }

func stateFromRecord(rec *pb.Poll) (*pollState, error) {
	def, err := wire.ToDefinition(rec.Definition)
	if err != nil {
		return nil, err
	}
	c, err := def.Circuit()
	if err != nil {
		return nil, err
	}
	ps := &pollState{def: def, circuit: c, id: c.ID(), state: rec.State, count: rec.MessageCount, durable: rec.MessageCount, joins: rec.JoinCount, durableJoins: rec.JoinCount}
	if ps.chain, err = wire.ToField(rec.ChainHash); err != nil {
		return nil, err
	}
	if rec.Seal != nil {
		if ps.seal, err = wire.ToSeal(rec.Seal); err != nil {
			return nil, err
		}
	}
	return ps, nil
}

// record is the stored form of the head; the caller holds ps.mu.
func (ps *pollState) record(count, joins uint64, chain fr.Element) []byte {
	rec := &pb.Poll{PollId: wire.Field(ps.id), Definition: wire.Definition(ps.def), State: ps.state,
		MessageCount: count, ChainHash: wire.Field(chain), JoinCount: joins}
	if ps.seal != nil {
		rec.Seal = wire.Seal(ps.seal)
	}
	b, err := gproto.Marshal(rec)
	if err != nil {
		panic(err) // marshalling a well-formed message cannot fail
	}
	return b
}

// Keys returns the coordinator's keys (public parts go to GetInfo).
func (s *Service) Keys() *Keys { return s.keys }

func (s *Service) verifyingKey(def *poll.Definition) (groth16.VerifyingKey, error) {
	id := def.Params.ID() + "/" + def.VerifyingKey
	s.vkMu.Lock()
	defer s.vkMu.Unlock()
	if vk, ok := s.vks[id]; ok {
		return vk, nil
	}
	vk, m, err := prover.LoadVerifyingKey(s.cfg.KeysDir, prover.JoinVote, def.Params)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNoVerifyingKey, err)
	}
	if err := prover.CheckPinned(m, def.VerifyingKey); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadPoll, err)
	}
	s.vks[id] = vk
	return vk, nil
}

func (s *Service) poll(id fr.Element) (*pollState, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	ps, ok := s.polls[id]
	if !ok {
		return nil, ErrPollNotFound
	}
	return ps, nil
}

// CreatePoll registers a poll definition and opens it.
func (s *Service) CreatePoll(def *poll.Definition) (fr.Element, error) {
	if err := def.Validate(); err != nil {
		return fr.Element{}, fmt.Errorf("%w: %w", ErrBadPoll, err)
	}
	c, err := def.Circuit()
	if err != nil {
		return fr.Element{}, fmt.Errorf("%w: %w", ErrBadPoll, err)
	}
	if mine := s.keys.Coordinator.Public(); !c.CoordinatorKey.Equal(&mine) {
		return fr.Element{}, fmt.Errorf("%w: its coordinator key is not this coordinator's (see %s)", ErrBadPoll, PublicKeyFile)
	}
	if _, err := s.verifyingKey(def); err != nil {
		return fr.Element{}, err
	}
	id := c.ID()
	// createMu serialises creations (a second create of a live poll must
	// never overwrite its head) while s.mu stays free for lookups during
	// the fsync.
	s.createMu.Lock()
	defer s.createMu.Unlock()
	if s.broken.Load() {
		return id, ErrUnavailable
	}
	if _, err := s.poll(id); err == nil {
		return id, ErrPollExists
	}
	ps := &pollState{id: id, def: def, circuit: c, state: pb.PollState_POLL_STATE_OPEN, chain: message.ChainStart(id)}
	w, err := s.store.Write([]store.Op{{Key: key(prefixPoll, id), Value: ps.record(0, 0, ps.chain)}})
	if err != nil {
		return id, fmt.Errorf("%w: %w", ErrStorage, err)
	}
	if err := w.Wait(); err != nil {
		s.setBroken(err)
		return id, fmt.Errorf("%w: %w", ErrStorage, err)
	}
	s.mu.Lock()
	s.polls[id] = ps
	s.mu.Unlock()
	s.log.Info("poll created", "poll", shortID(id), "title", def.Title, "options", len(def.Options), "mode", def.Mode)
	return id, nil
}

// PollInfo is a snapshot of a poll.
type PollInfo struct {
	ID         fr.Element
	Definition *poll.Definition
	State      pb.PollState
	Count      uint64
	Joins      uint64
	ChainHash  fr.Element
	Seal       *receipt.Seal
}

// Poll returns a snapshot of a poll (counting durable entries only).
func (s *Service) Poll(id fr.Element) (*PollInfo, error) {
	ps, err := s.poll(id)
	if err != nil {
		return nil, err
	}
	ps.mu.Lock()
	defer ps.mu.Unlock()
	info := &PollInfo{ID: id, Definition: ps.def, State: ps.state, Count: ps.durable, Joins: ps.durableJoins, Seal: ps.seal, ChainHash: ps.chain}
	if ps.durable != ps.count { // the head is ahead of the disk: report the durable chain
		var err error
		if info.ChainHash, err = s.chainAt(id, ps.durable); err != nil {
			return nil, err
		}
	}
	return info, nil
}

// Polls lists the IDs of all polls.
func (s *Service) Polls() []fr.Element {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]fr.Element, 0, len(s.polls))
	for id := range s.polls {
		out = append(out, id)
	}
	return out
}

// StopIntake refuses new submissions and waits for those in flight: the
// first stage of a graceful shutdown.
func (s *Service) StopIntake() {
	s.gate.Lock()
	s.stopping = true
	s.gate.Unlock()
}

// Close stops intake and tally jobs and closes the store.
func (s *Service) Close() error {
	s.StopIntake()
	s.batcher.Close()
	s.cancelJobs()
	s.jobs.Wait()
	return s.store.Close()
}

// Healthy reports whether intake works (false after a storage failure).
func (s *Service) Healthy() bool { return !s.broken.Load() }

// Broken is closed when a storage failure stops intake until a restart.
func (s *Service) Broken() <-chan struct{} { return s.brokenCh }

// setBroken stops intake after a write that may not be durable.
func (s *Service) setBroken(err error) {
	s.broken.Store(true)
	s.brokenOnce.Do(func() {
		s.log.Error("storage failure: intake stopped until a restart reloads the state from disk", "err", err)
		close(s.brokenCh)
	})
}

func shortID(id fr.Element) string {
	b := id.Bytes()
	return fmt.Sprintf("%x", b[:6])
}

var errStop = errors.New("stop")

// chainAt returns the chain hash after n entries.
func (s *Service) chainAt(id fr.Element, n uint64) (fr.Element, error) {
	if n == 0 {
		return message.ChainStart(id), nil
	}
	e, err := s.entry(id, n-1)
	if err != nil {
		return fr.Element{}, err
	}
	return wire.ToField(e.ChainHash)
}
