package coordinator

import (
	"errors"
	"fmt"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/coordinator/process"
	"github.com/zkvote/zkvote/coordinator/store"
	"github.com/zkvote/zkvote/poll"
)

// Tally jobs. Today a job processes the sealed log natively (package
// process): its results are NOT proven. The ProcessMessages and TallyVotes
// circuits will turn the same job into batches of proofs; the job API
// (start, progress, resume after a crash) is the one they will use.

// getRecord reads a record and decodes it; ok is false if it is absent.
func getRecord[T any](s *Service, k []byte, decode func([]byte) (T, error)) (rec T, ok bool, err error) {
	v, err := s.store.Get(k)
	if errors.Is(err, store.ErrNotFound) {
		return rec, false, nil
	}
	if err != nil {
		return rec, false, fmt.Errorf("%w: %w", ErrStorage, err)
	}
	if rec, err = decode(v); err != nil {
		return rec, false, fmt.Errorf("%w: %x: %w", ErrStorage, k, err)
	}
	return rec, true, nil
}

// write applies ops and waits until they are durable.
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

func jobOp(j *poll.TallyJob) store.Op {
	return store.Op{Key: key(prefixJob, j.PollID), Value: encodeJob(j)}
}

// TallyJob returns a poll's tally job, or ErrNotFound.
func (s *Service) TallyJob(id fr.Element) (*poll.TallyJob, error) {
	if _, err := s.poll(id); err != nil {
		return nil, err
	}
	job, ok, err := getRecord(s, key(prefixJob, id), decodeJob)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, ErrNotFound
	}
	return job, nil
}

// StartTally starts the tally job of a closed poll, or returns the job
// already started.
func (s *Service) StartTally(id fr.Element) (*poll.TallyJob, error) {
	ps, err := s.poll(id)
	if err != nil {
		return nil, err
	}
	// ps.mu serialises starts: one job per poll, even for concurrent calls.
	ps.mu.Lock()
	defer ps.mu.Unlock()
	if ps.head.State == poll.StateOpen {
		return nil, ErrNotClosed
	}
	if s.broken.Load() {
		return nil, ErrUnavailable
	}
	if job, err := s.TallyJob(id); err == nil && (job.State != poll.JobFailed || ps.tallying) {
		return job, nil
	}
	job := &poll.TallyJob{PollID: id, State: poll.JobRunning, Total: ps.head.Count}
	if err := s.write(jobOp(job)); err != nil {
		return nil, err
	}
	ps.tallying = true
	s.startJob(ps)
	return job, nil
}

func (s *Service) resumeJobs() error {
	return s.store.Scan([]byte(prefixJob), nil, func(k, v []byte) error {
		job, err := decodeJob(v)
		if err != nil {
			return fmt.Errorf("tally job %x: %w", k, err)
		}
		if job.State != poll.JobRunning {
			return nil
		}
		id := job.PollID
		ps, ok := s.polls[id]
		if !ok {
			return fmt.Errorf("tally job for unknown poll %s", shortID(id))
		}
		s.log.Info("resuming tally job", "poll", shortID(id))
		ps.tallying = true
		s.startJob(ps)
		return nil
	})
}

func (s *Service) startJob(ps *pollState) {
	s.jobs.Add(1)
	go func() {
		defer s.jobs.Done()
		defer func() { ps.mu.Lock(); ps.tallying = false; ps.mu.Unlock() }()
		if err := s.runTally(ps); err != nil {
			s.log.Error("tally failed", "poll", shortID(ps.id), "err", err)
			if errors.Is(err, errCancelled) {
				return // resumed at the next start
			}
			_ = s.write(jobOp(&poll.TallyJob{PollID: ps.id, State: poll.JobFailed, Error: "tally failed; see the coordinator's log"}))
		}
	}()
}

var errCancelled = errors.New("cancelled")

// runTally processes the log: joins in log order make the voters (state
// indices), then commands newest first. Progress is saved every few
// seconds; a crash restarts the job from the beginning, which is cheap for
// native processing.
func (s *Service) runTally(ps *pollState) error {
	proc := process.New(ps.def.Params, ps.circuit, s.keys.Coordinator)
	var cmds []process.Message
	ps.mu.Lock()
	job := &poll.TallyJob{PollID: ps.id, State: poll.JobRunning, Total: ps.head.Count}
	ps.mu.Unlock()
	last := time.Now()
	err := s.Log(ps.id, 0, func(e *poll.Entry) error {
		if s.jobsCtx.Err() != nil {
			return errCancelled
		}
		if e.Join != nil {
			if _, err := proc.Join(&e.Join.Statement); err != nil {
				return err // a verified join always opens
			}
		} else {
			cmds = append(cmds, process.Message{EphemeralKey: e.Command.EphemeralKey, Ciphertext: e.Command.Ciphertext})
		}
		job.Processed = e.Index + 1
		if time.Since(last) > 2*time.Second {
			last = time.Now()
			s.log.Info("tally progress", "poll", shortID(ps.id), "processed", job.Processed, "total", job.Total)
			return s.write(jobOp(job))
		}
		return nil
	})
	if err != nil {
		return err
	}
	counted := proc.Process(cmds)
	totals, spent := proc.Tally()
	res := &poll.Results{Totals: totals, Spent: spent, Proven: false}
	job.State, job.Processed = poll.JobDone, job.Total
	ps.mu.Lock()
	defer ps.mu.Unlock()
	head := ps.head
	head.State = poll.StateTallied
	if err := s.write(jobOp(job), store.Op{Key: key(prefixResult, ps.id), Value: encodeResults(res)}, ps.writeHead(&head)); err != nil {
		return err
	}
	ps.head = head
	s.log.Info("tally done (native, not proven)", "poll", shortID(ps.id), "voters", len(proc.Voters()), "messages_counted", counted)
	return nil
}

// Results returns a tallied poll's results.
func (s *Service) Results(id fr.Element) (*poll.Results, error) {
	if _, err := s.poll(id); err != nil {
		return nil, err
	}
	res, ok, err := getRecord(s, key(prefixResult, id), decodeResults)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, ErrNotTallied
	}
	return res, nil
}
