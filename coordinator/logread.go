package coordinator

import (
	"errors"
	"fmt"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	gproto "google.golang.org/protobuf/proto"

	"github.com/zkvote/zkvote/coordinator/store"
	"github.com/zkvote/zkvote/proto/wire"
	pb "github.com/zkvote/zkvote/proto/zkvote/v1"
	"github.com/zkvote/zkvote/receipt"
)

// entry reads one stored log entry.
func (s *Service) entry(id fr.Element, idx uint64) (*pb.LogEntry, error) {
	v, err := s.store.Get(key(prefixLog, id, indexBytes(idx)))
	if errors.Is(err, store.ErrNotFound) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrStorage, err)
	}
	var e pb.LogEntry
	if err := gproto.Unmarshal(v, &e); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrStorage, err)
	}
	return &e, nil
}

// Receipt returns the signed receipt of entry idx.
func (s *Service) Receipt(id fr.Element, idx uint64) (*receipt.Receipt, error) {
	ps, err := s.poll(id)
	if err != nil {
		return nil, err
	}
	ps.mu.Lock()
	durable := ps.durable
	ps.mu.Unlock()
	if idx >= durable {
		return nil, ErrNotFound
	}
	e, err := s.entry(id, idx)
	if err != nil {
		return nil, err
	}
	r := &receipt.Receipt{PollID: id, Index: idx}
	if r.EntryHash, err = wire.ToField(e.EntryHash); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrStorage, err)
	}
	if r.ChainHash, err = wire.ToField(e.ChainHash); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrStorage, err)
	}
	r.Sign(s.keys.Signing)
	return r, nil
}

// Log calls fn for each durable entry of the poll from index from, in order,
// until fn returns an error (which Log returns, unless it is errStop).
func (s *Service) Log(id fr.Element, from uint64, fn func(*pb.LogEntry) error) error {
	ps, err := s.poll(id)
	if err != nil {
		return err
	}
	ps.mu.Lock()
	durable := ps.durable
	ps.mu.Unlock()
	if from >= durable {
		return nil
	}
	err = s.store.Scan(key(prefixLog, id), key(prefixLog, id, indexBytes(from)), func(_, v []byte) error {
		var e pb.LogEntry
		if err := gproto.Unmarshal(v, &e); err != nil {
			return fmt.Errorf("%w: %w", ErrStorage, err)
		}
		if e.Index >= durable {
			return errStop
		}
		return fn(&e)
	})
	if errors.Is(err, errStop) {
		return nil
	}
	return err
}

// autoClose seals every open poll whose end time has passed, checking at
// each tick, until the service closes (DESIGN step 6: the log is sealed
// after the deadline, without waiting for an operator).
func (s *Service) autoClose(every time.Duration) {
	defer s.jobs.Done()
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-s.jobsCtx.Done():
			return
		case <-t.C:
		}
		if s.broken.Load() {
			continue
		}
		now := s.now()
		for _, id := range s.Polls() {
			ps, err := s.poll(id)
			if err != nil {
				continue
			}
			ps.mu.Lock()
			due := ps.state == pb.PollState_POLL_STATE_OPEN && ps.def.End != nil && !now.Before(*ps.def.End)
			ps.mu.Unlock()
			if due {
				if _, err := s.ClosePoll(id); err != nil {
					s.log.Error("automatic close failed", "poll", shortID(id), "err", err)
				}
			}
		}
	}
}

// ClosePoll seals the poll's log; later submissions are refused. Closing a
// closed poll returns its seal again.
func (s *Service) ClosePoll(id fr.Element) (*receipt.Seal, error) {
	ps, err := s.poll(id)
	if err != nil {
		return nil, err
	}
	ps.mu.Lock()
	defer ps.mu.Unlock()
	if s.broken.Load() { // the in-memory state may be ahead of the disk
		return nil, ErrUnavailable
	}
	if ps.seal != nil {
		return ps.seal, nil
	}
	seal := &receipt.Seal{PollID: id, Count: ps.count, ChainHash: ps.chain, SealedUnix: s.now().Unix()}
	seal.Sign(s.keys.Signing)
	prevState := ps.state
	ps.seal, ps.state = seal, pb.PollState_POLL_STATE_CLOSED
	w, err := s.store.Write([]store.Op{{Key: key(prefixPoll, id), Value: ps.record(ps.count, ps.joins, ps.chain)}})
	if err != nil {
		ps.seal, ps.state = nil, prevState
		return nil, fmt.Errorf("%w: %w", ErrStorage, err)
	}
	if err := w.Wait(); err != nil {
		// Never serve a seal that may not be on disk: after a restart the
		// poll could be open again and end with another seal.
		ps.seal, ps.state = nil, prevState
		s.setBroken(err)
		return nil, ErrUnavailable
	}
	ps.durable, ps.durableJoins = ps.count, ps.joins // the synced seal follows every entry
	s.log.Info("poll closed", "poll", shortID(id), "messages", seal.Count)
	return seal, nil
}
