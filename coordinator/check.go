package coordinator

import (
	"context"
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/circuits/message"
	"github.com/zkvote/zkvote/poll"
)

// CheckReport is what Check read.
type CheckReport struct {
	Polls   int
	Entries uint64
	Proofs  int // artefact files of tallied polls, rebuilt from their records
}

// Check reads every record of the store once, for an operator who wants
// to know that a data directory is whole before relying on it (after a
// crash, a disk error or a restore): every poll's definition and head
// (Open reads them), every log entry, replaying the hash chain to the
// head's chain hash and count, and every tally job, proof and result. The
// first damaged record is an ErrStorage naming the poll and what is
// wrong. progress, if not nil, is told each poll checked.
func (s *Service) Check(ctx context.Context, progress func(id fr.Element, entries uint64)) (*CheckReport, error) {
	r := &CheckReport{}
	for _, id := range s.Polls() {
		if err := ctx.Err(); err != nil {
			return r, err
		}
		ps, err := s.poll(id)
		if err != nil {
			return r, err
		}
		ps.mu.Lock()
		head := ps.head
		ps.mu.Unlock()
		chain, n := message.ChainStart(id), uint64(0)
		err = s.Log(id, 0, func(e *poll.Entry) error {
			entry, err := e.ContentHash()
			if err != nil {
				return fmt.Errorf("%w: poll %s: %w", ErrStorage, shortID(id), err)
			}
			chain = message.ChainNext(chain, entry)
			if !chain.Equal(&e.ChainHash) {
				return fmt.Errorf("%w: poll %s: entry %d does not extend the chain", ErrStorage, shortID(id), e.Index)
			}
			n++
			return nil
		})
		if err != nil {
			return r, err
		}
		if n != head.Count || !chain.Equal(&head.ChainHash) {
			return r, fmt.Errorf("%w: poll %s: the log holds %d entries, its head says %d", ErrStorage, shortID(id), n, head.Count)
		}
		if _, err := s.TallyJob(id); err != nil && !errors.Is(err, ErrNotFound) {
			return r, fmt.Errorf("poll %s: tally job: %w", shortID(id), err)
		}
		if head.State == poll.StateTallied {
			files, err := s.Artefacts(id)
			if err != nil {
				return r, fmt.Errorf("poll %s: artefacts: %w", shortID(id), err)
			}
			r.Proofs += len(files) // results.json, log.json, the keys: each decoded from its records
		}
		r.Polls++
		r.Entries += n
		if progress != nil {
			progress(id, n)
		}
	}
	return r, nil
}
