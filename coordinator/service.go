package coordinator

import (
	"bytes"
	"context"
	"crypto/ed25519"
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

	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/message"
	"github.com/zkvote/zkvote/coordinator/store"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/prover"
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
	// onChain reads Poll contracts (the on-chain voting path), or nil.
	onChain OnChainSource
	// runner proves tally batches (nil: in-process, one at a time).
	runner prover.Runner
}

// pollState is a poll's in-memory head.
type pollState struct {
	mu           sync.Mutex
	id           fr.Element
	def          *poll.Definition
	circuit      *joinvote.Poll
	head         poll.Head     // entries applied (Count, Joins, ChainHash), state and seal
	durable      uint64        // entries known durable (served to readers)
	durableJoins uint64        // joins among them
	tallying     bool          // a tally job was started by this process
	jobDone      chan struct{} // closed when that job ends
	rate         *rateTree     // registered rate sets (polls with command passes)
	contract     *PollContract // the poll's Poll contract (on-chain voting), or nil
	syncMu       sync.Mutex    // one SyncOnChain at a time
	onChain      uint64        // the contract's entries the log holds
	// onChainCommands counts the commands among them: they are not in the
	// cap on the coordinator's own commands (gas bounds them).
	onChainCommands uint64
}

// Option configures a Service.
type Option func(*Service)

// WithLogger sets the logger (default: discard).
func WithLogger(l *slog.Logger) Option { return func(s *Service) { s.log = l } }

// WithRunner sets what proves the batches of tally jobs (default: this
// process, one batch at a time; each proof uses every core).
func WithRunner(r prover.Runner) Option { return func(s *Service) { s.runner = r } }

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
	if err := s.load(); err != nil {
		s.batcher.Close()
		return nil, fmt.Errorf("coordinator: load polls: %w", err)
	}
	if err := s.checkKeys(); err != nil {
		s.batcher.Close()
		return nil, err
	}
	if err := s.resumeJobs(); err != nil {
		s.cancelJobs()
		s.jobs.Wait()
		s.batcher.Close()
		return nil, err
	}
	s.jobs.Add(1)
	go s.autoClose(time.Second)
	s.log.Info("coordinator loaded", "polls", len(s.polls))
	return s, nil
}

func key(prefix string, id fr.Element, rest ...[]byte) []byte {
	b := id.Bytes()
	k := append([]byte(prefix), b[:]...)
	for _, r := range rest {
		k = append(k, r...)
	}
	return k
}

func indexBytes(i uint64) []byte { return binary.BigEndian.AppendUint64(nil, i) }

// load checks the storage format (marking a fresh store with the current
// one) and loads every poll's definition and head.
func (s *Service) load() error {
	v, err := s.store.Get([]byte(keyFormat))
	switch {
	case errors.Is(err, store.ErrNotFound):
		legacy := false
		if err := s.store.Scan([]byte(prefixLegacyPoll), nil, func(_, _ []byte) error { legacy = true; return errStop }); err != nil && !errors.Is(err, errStop) {
			return err
		}
		if legacy {
			return fmt.Errorf("%w: the data directory was written by an older zkvote (storage format 0); this zkvote reads format %d: finish its polls with the older version, or start a new data directory", ErrStorageFormat, StorageFormat)
		}
		w, err := s.store.Write([]store.Op{{Key: []byte(keyFormat), Value: []byte{StorageFormat}}})
		if err != nil {
			return err
		}
		if err := w.Wait(); err != nil {
			return err
		}
	case err != nil:
		return err
	case len(v) != 1 || v[0] != StorageFormat:
		return fmt.Errorf("%w: storage format %v, this zkvote reads %d", ErrStorageFormat, v, StorageFormat)
	}
	return s.store.Scan([]byte(prefixDef), nil, func(k, v []byte) error {
		def, err := decodeDefinition(v)
		if err != nil {
			return fmt.Errorf("definition %x: %w", k, err)
		}
		c, err := def.Circuit()
		if err != nil {
			return err
		}
		ps := &pollState{def: def, circuit: c, id: c.ID()}
		hv, err := s.store.Get(key(prefixHead, ps.id))
		if err != nil {
			return fmt.Errorf("poll %s: head: %w", shortID(ps.id), err)
		}
		if ps.head, err = decodeHead(ps.id, hv); err != nil {
			return fmt.Errorf("poll %s: head: %w", shortID(ps.id), err)
		}
		ps.durable, ps.durableJoins = ps.head.Count, ps.head.Joins
		if err := s.loadRates(ps); err != nil {
			return err
		}
		if err := s.loadContract(ps); err != nil {
			return fmt.Errorf("poll %s: %w", shortID(ps.id), err)
		}
		s.polls[ps.id] = ps
		return nil
	})
}

// checkKeys refuses keys that are not the ones the store's polls and
// receipts were made with: each poll names the coordinator key it was
// created for, and meta/signing the key that signed every receipt and
// seal (recorded at the first start).
func (s *Service) checkKeys() error {
	pub := s.keys.Coordinator.Public()
	for id, ps := range s.polls {
		if !ps.def.CoordinatorKey.Equal(&pub) {
			return fmt.Errorf("%w: poll %s was created for another coordinator key than %s holds: restore %s (and %s) from the backup of this data directory",
				ErrKeys, shortID(id), KeyFile, KeyFile, PublicKeyFile)
		}
	}
	signing := s.keys.Signing.Public().(ed25519.PublicKey)
	v, err := s.store.Get([]byte(keySigning))
	switch {
	case errors.Is(err, store.ErrNotFound):
		w, err := s.store.Write([]store.Op{{Key: []byte(keySigning), Value: signing}})
		if err != nil {
			return err
		}
		return w.Wait()
	case err != nil:
		return err
	case !bytes.Equal(v, signing):
		return fmt.Errorf("%w: %s is not the key this data directory's receipts and seals were signed with: restore it from the backup", ErrKeys, SigningKeyFile)
	}
	return nil
}

// writeHead is the store op that records head as the poll's head.
func (ps *pollState) writeHead(head *poll.Head) store.Op {
	return store.Op{Key: key(prefixHead, ps.id), Value: encodeHead(head)}
}

// Keys returns the coordinator's keys (public parts go to GetInfo).
func (s *Service) Keys() *Keys { return s.keys }

// keyFor loads (once) the verifying key of circuit name for the poll's
// parameter set and checks it against the digest the poll pins.
func (s *Service) keyFor(name string, def *poll.Definition, pinned string) (groth16.VerifyingKey, error) {
	id := name + "/" + def.Params.ID() + "/" + pinned
	s.vkMu.Lock()
	defer s.vkMu.Unlock()
	if vk, ok := s.vks[id]; ok {
		return vk, nil
	}
	vk, m, err := prover.LoadVerifyingKey(s.cfg.KeysDir, name, def.Params)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNoVerifyingKey, err)
	}
	if err := prover.CheckPinned(m, pinned); err != nil {
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
	return s.createPoll(def, nil, nil)
}

// createPoll creates a poll, writing extra with its records.
func (s *Service) createPoll(def *poll.Definition, extra []store.Op, contract *PollContract) (fr.Element, error) {
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

	if _, err := s.keyFor(prover.JoinVote, def, def.VerifyingKey); err != nil {
		return fr.Element{}, err
	}
	if def.CommandSlots > 0 {
		if _, err := s.keyFor(prover.Pass, def, def.PassKey); err != nil {
			return fr.Element{}, err
		}
	}
	if def.Params.CommandProofs {
		if _, err := s.keyFor(prover.Command, def, def.CommandKey); err != nil {
			return fr.Element{}, err
		}
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
	ps := &pollState{id: id, def: def, circuit: c, head: poll.Head{State: poll.StateOpen, ChainHash: message.ChainStart(id)}, contract: contract}
	if def.CommandSlots > 0 {
		if ps.rate, err = newRateTree(def.Params.StateDepth); err != nil {
			return id, fmt.Errorf("%w: %w", ErrBadPoll, err)
		}
	}
	defRec, err := encodeDefinition(def)
	if err != nil {
		return id, fmt.Errorf("%w: %w", ErrBadPoll, err)
	}
	if err := s.write(append([]store.Op{{Key: key(prefixDef, id), Value: defRec}, ps.writeHead(&ps.head)}, extra...)...); err != nil {
		return id, err
	}
	s.mu.Lock()
	s.polls[id] = ps
	s.mu.Unlock()
	s.log.Info("poll created", "poll", shortID(id), "title", def.Title, "options", len(def.Options), "mode", def.Mode.String())
	return id, nil
}

// Poll returns a snapshot of a poll (counting durable entries only).
func (s *Service) Poll(id fr.Element) (*poll.Info, error) {
	ps, err := s.poll(id)
	if err != nil {
		return nil, err
	}
	ps.mu.Lock()
	defer ps.mu.Unlock()
	info := &poll.Info{ID: id, Definition: ps.def, Head: ps.head}
	info.Count, info.Joins = ps.durable, ps.durableJoins
	if ps.durable != ps.head.Count { // the head is ahead of the disk: report the durable chain
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

// write applies ops and waits until they are durable; a failed wait
// stops intake (setBroken).
func (s *Service) write(ops ...store.Op) error {
	w, err := s.store.Write(ops)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrStorage, err)
	}
	if err := w.Wait(); err != nil {
		s.setBroken(err)
		return fmt.Errorf("%w: %w", ErrStorage, err)
	}
	return nil
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
	return e.ChainHash, nil
}
