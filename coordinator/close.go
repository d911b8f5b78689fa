package coordinator

import (
	"errors"
	"fmt"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/coordinator/store"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/receipt"
)

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
			due := ps.head.State == poll.StateOpen && ps.def.End != nil && !now.Before(*ps.def.End)
			ps.mu.Unlock()
			if due {
				if _, err := s.ClosePoll(id); err != nil && !errors.Is(err, ErrChainPending) {
					s.log.Error("automatic close failed", "poll", shortID(id), "err", err)
				}
			}
		}
	}
}

// ClosePoll seals the poll's log; later submissions are refused. Closing a
// closed poll returns its seal again. A poll with a Poll contract is
// sealed only once the chain has passed its end, with every on-chain
// entry logged (ErrChainPending until then).
func (s *Service) ClosePoll(id fr.Element) (*receipt.Seal, error) {
	ps, err := s.poll(id)
	if err != nil {
		return nil, err
	}
	if ps.contract != nil {
		if err := s.syncBeforeSeal(id); err != nil {
			return nil, err
		}
	}
	ps.mu.Lock()
	defer ps.mu.Unlock()
	if s.broken.Load() { // the in-memory state may be ahead of the disk
		return nil, ErrUnavailable
	}
	if ps.head.Seal != nil {
		return ps.head.Seal, nil
	}
	seal := &receipt.Seal{PollID: id, Count: ps.head.Count, ChainHash: ps.head.ChainHash, SealedUnix: s.now().Unix()}
	seal.Sign(s.keys.Signing)
	head := ps.head
	head.Seal, head.State = seal, poll.StateClosed
	w, err := s.store.Write([]store.Op{ps.writeHead(&head)})
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrStorage, err)
	}
	// Never serve a seal that may not be on disk: after a restart the poll
	// could be open again and end with another seal. ps.mu is held, so no
	// reader sees the head before the seal is durable.
	if err := w.Wait(); err != nil {
		s.setBroken(err)
		return nil, ErrUnavailable
	}
	ps.head = head
	ps.durable, ps.durableJoins = head.Count, head.Joins // the synced seal follows every entry
	s.log.Info("poll closed", "poll", shortID(id), "messages", seal.Count)
	return seal, nil
}
