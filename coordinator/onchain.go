package coordinator

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/circuits/ratelimit"
	"github.com/zkvote/zkvote/coordinator/store"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/prover"
	"github.com/zkvote/zkvote/verifier"
)

// The on-chain voting path (docs/protocol.md, "On-chain voting path"): a
// poll deployed with a Poll contract before it opens takes joins and
// commands there too, from voters who do not want to depend on this
// coordinator. The coordinator must log every one, in the contract's
// order, before it seals: the split proofs route the entries the log
// marks on-chain into a sub-chain of their own, and the Tally contract
// settles only where it ends at the contract's.

// PollContract names a poll's Poll contract: its address and the block it
// was deployed in (where reading its events starts).
type PollContract struct {
	Address [20]byte
	Block   uint64
}

// OnChainSource reads Poll contracts (settlement implements it over a
// JSON-RPC node).
type OnChainSource interface {
	// CheckContract checks that c is the Poll contract of the poll with
	// this ID and definition, taking on-chain entries.
	CheckContract(ctx context.Context, c PollContract, pollID fr.Element, def *poll.Definition) error
	// OnChainEntries returns the contract's entries from index from on, in
	// its order, and whether the contract takes no more (the chain has
	// passed the poll's end): then they are all.
	OnChainEntries(ctx context.Context, c PollContract, pollID fr.Element, from uint64) (entries []OnChainEntry, closed bool, err error)
}

// OnChainEntry is one entry of a Poll contract: Entry has OnChain (its
// index), its content and EntryHash set as the contract logged them;
// Registration is the rate set registration a join carried (nil if none).
type OnChainEntry struct {
	Entry        *poll.Entry
	Registration *ratelimit.Registration
}

// WithOnChain sets what reads Poll contracts: polls created with one
// (CreatePollWithContract) log its entries (see WatchOnChain).
func WithOnChain(src OnChainSource) Option { return func(s *Service) { s.onChain = src } }

const (
	prefixContract = "contract/" // + poll ID → the poll's Poll contract (address, deployment block)
	prefixOnChain  = "onchain/"  // + poll ID → how many of its entries the log holds, and commands among them (u64, u64)
)

// CreatePollWithContract is CreatePoll for a poll with a Poll contract,
// which it checks first; the poll must have an end time (the contract
// takes entries until then).
func (s *Service) CreatePollWithContract(ctx context.Context, def *poll.Definition, c PollContract) (fr.Element, error) {
	if s.onChain == nil {
		return fr.Element{}, ErrNoChain
	}
	if def.End == nil {
		return fr.Element{}, fmt.Errorf("%w: a poll with a Poll contract needs an end time (on-chain votes could land after a seal)", ErrBadPoll)
	}
	id, err := def.ID()
	if err != nil {
		return fr.Element{}, fmt.Errorf("%w: %w", ErrBadPoll, err)
	}
	if err := s.onChain.CheckContract(ctx, c, id, def); err != nil {
		return fr.Element{}, fmt.Errorf("%w: %w", ErrBadPoll, err)
	}
	rec := make([]byte, 0, 28)
	rec = append(rec, c.Address[:]...)
	rec = binary.BigEndian.AppendUint64(rec, c.Block)
	return s.createPoll(def, []store.Op{{Key: key(prefixContract, id), Value: rec}, {Key: key(prefixOnChain, id), Value: onChainRecord(0, 0)}}, &c)
}

// loadContract reads a poll's Poll contract and on-chain count, if any.
func (s *Service) loadContract(ps *pollState) error {
	v, err := s.store.Get(key(prefixContract, ps.id))
	switch {
	case errors.Is(err, store.ErrNotFound):
		return nil
	case err != nil:
		return err
	case len(v) != 28:
		return fmt.Errorf("%w: contract record of %d bytes", errRecord, len(v))
	}
	c := &PollContract{Block: binary.BigEndian.Uint64(v[20:])}
	copy(c.Address[:], v[:20])
	n, err := s.store.Get(key(prefixOnChain, ps.id))
	if err != nil || len(n) != 16 {
		return fmt.Errorf("%w: on-chain count: %v", errRecord, err)
	}
	ps.contract, ps.onChain, ps.onChainCommands = c, binary.BigEndian.Uint64(n), binary.BigEndian.Uint64(n[8:])
	return nil
}

// onChainRecord is the prefixOnChain record: the log's on-chain entries
// and commands among them.
func onChainRecord(entries, commands uint64) []byte {
	return binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint64(nil, entries), commands)
}

// SyncOnChain logs the entries the poll's Poll contract took that the log
// does not hold yet, in the contract's order. It reports how many it
// logged and whether the contract is closed (then the log holds all of
// them). A poll without a contract has nothing to sync.
func (s *Service) SyncOnChain(ctx context.Context, id fr.Element) (logged int, closed bool, err error) {
	ps, err := s.poll(id)
	if err != nil {
		return 0, false, err
	}
	ps.syncMu.Lock() // the watcher and a close may sync at once
	defer ps.syncMu.Unlock()
	ps.mu.Lock()
	c, from, open := ps.contract, ps.onChain, ps.head.State == poll.StateOpen
	ps.mu.Unlock()
	if c == nil || !open {
		return 0, true, nil
	}
	if s.onChain == nil {
		return 0, false, ErrNoChain
	}
	entries, closed, err := s.onChain.OnChainEntries(ctx, *c, id, from)
	if err != nil {
		return 0, false, fmt.Errorf("read the Poll contract: %w", err)
	}
	for _, e := range entries {
		if err := s.appendOnChain(ctx, ps, e); err != nil {
			return logged, false, err
		}
		logged++
	}
	if logged > 0 {
		s.log.Info("on-chain entries logged", "poll", shortID(id), "entries", logged, "closed", closed)
	}
	return logged, closed, nil
}

// appendOnChain logs one entry of the Poll contract. The contract checked
// it as intake would (and took it: the log must too); it is checked again
// here, so that a node serving something else than the chain is noticed
// instead of logged.
func (s *Service) appendOnChain(ctx context.Context, ps *pollState, oe OnChainEntry) error {
	e := oe.Entry
	leave, err := s.enter()
	if err != nil {
		return err
	}
	defer leave()
	fail := func(format string, args ...any) error {
		return fmt.Errorf("%w: Poll contract entry %d: %s", ErrChainEntry, *e.OnChain, fmt.Sprintf(format, args...))
	}
	hash, err := e.ContentHash()
	if err != nil || !hash.Equal(&e.EntryHash) {
		return fail("its content does not hash to the entry the contract logged")
	}
	entry := &poll.Entry{Join: e.Join, Command: e.Command, EntryHash: hash, OnChain: e.OnChain}
	var extra []store.Op
	var rateLeaf *fr.Element
	if e.Join != nil {
		st := &e.Join.Statement
		vk, err := s.keyFor(prover.JoinVote, ps.def, ps.def.VerifyingKey)
		if err != nil {
			return err
		}
		if err := verifier.VerifyJoinVote(vk, ps.def.Params, ps.circuit, e.Join.Proof, st); err != nil {
			return fail("%v", err)
		}
		nullifier := st.Nullifier.Bytes()
		nullKey := key(prefixNull, ps.id, nullifier[:])
		switch err := s.refuseIfPresent(nullKey, ErrNullifierUsed); {
		case err == nil: // later gasless joins of the member are refused
			extra = append(extra, store.Op{Key: nullKey})
		case !errors.Is(err, ErrNullifierUsed): // else a duplicate: logged, and skipped by processing
			return err
		}
		if ps.def.CommandSlots > 0 {
			// A join posted without a valid rate set registers none (an
			// empty leaf): the contract cannot check it, and the join must
			// be logged. Its voter then has no command passes.
			rateLeaf = new(fr.Element)
			if reg := oe.Registration; reg != nil && reg.Verify(ps.id, &st.PollKey) == nil {
				l := reg.Leaf()
				rateLeaf = &l
			}
		}
	} else {
		if proven := e.Command.Opening != nil; proven != ps.def.Params.CommandProofs {
			return fail("a command with opening %v in a poll with command proofs %v", proven, ps.def.Params.CommandProofs)
		}
		if ps.def.Params.CommandProofs {
			vk, err := s.keyFor(prover.Command, ps.def, ps.def.CommandKey)
			if err != nil {
				return err
			}
			if err := verifier.VerifyCommand(vk, e.Command.Statement(ps.id), e.Command.Proof); err != nil {
				return fail("%v", err)
			}
		}
		hash := entry.EntryHash.Bytes()
		dupKey := key(prefixMsg, ps.id, hash[:])
		switch err := s.refuseIfPresent(dupKey, ErrDuplicate); {
		case err == nil: // a later gasless copy is refused
			extra = append(extra, store.Op{Key: dupKey})
		case !errors.Is(err, ErrDuplicate): // else a copy: logged, and skipped by processing
			return err
		}
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	_, err = s.appendEntry(ps, entry, nil, extra, rateLeaf)
	return err
}

// WatchOnChain logs, every interval until the service closes, the new
// entries of every open poll that has a Poll contract, so that voters who
// voted on-chain find their entries (and state indexes) in the log while
// the poll runs. Closing a poll syncs it once more (ClosePoll).
func (s *Service) WatchOnChain(interval time.Duration) {
	if s.onChain == nil {
		return
	}
	s.jobs.Add(1)
	go func() {
		defer s.jobs.Done()
		t := time.NewTicker(interval)
		defer t.Stop()
		failing := map[fr.Element]bool{}
		for {
			select {
			case <-s.jobsCtx.Done():
				return
			case <-t.C:
			}
			for _, id := range s.Polls() {
				ctx, cancel := context.WithTimeout(s.jobsCtx, 2*interval+10*time.Second)
				_, _, err := s.SyncOnChain(ctx, id)
				cancel()
				if err != nil && !failing[id] && s.jobsCtx.Err() == nil {
					s.log.Error("reading the Poll contract failed (retrying)", "poll", shortID(id), "err", err)
				}
				failing[id] = err != nil
			}
		}
	}()
}

// syncBeforeSeal logs every on-chain entry of a poll with a Poll contract
// before its log is sealed, and refuses while the contract may still take
// more.
func (s *Service) syncBeforeSeal(id fr.Element) error {
	ctx, cancel := context.WithTimeout(s.jobsCtx, 5*time.Minute)
	defer cancel()
	_, closed, err := s.SyncOnChain(ctx, id)
	if err != nil {
		return err
	}
	if !closed {
		return ErrChainPending
	}
	return nil
}

// checkOnChain is checkOpen for an entry of the Poll contract (the caller
// holds ps.mu): the log must be open and take the contract's entries in
// order, whatever the time and the caps (the contract closed at the end
// and capped its joins itself).
func checkOnChain(ps *pollState, e *poll.Entry) error {
	if ps.head.State != poll.StateOpen {
		return ErrClosed
	}
	if *e.OnChain != ps.onChain {
		return fmt.Errorf("%w: Poll contract entry %d, the log expects entry %d next", ErrChainEntry, *e.OnChain, ps.onChain)
	}
	return nil
}
