package coordinator

import (
	"errors"
	"fmt"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	gproto "google.golang.org/protobuf/proto"

	"github.com/zkvote/zkvote/coordinator/process"
	"github.com/zkvote/zkvote/coordinator/store"
	"github.com/zkvote/zkvote/proto/wire"
	pb "github.com/zkvote/zkvote/proto/zkvote/v1"
)

// Tally jobs. Today a job processes the sealed log natively (package
// process): its results are NOT proven. The ProcessMessages and TallyVotes
// circuits will turn the same job into batches of proofs; the job API
// (start, progress, resume after a crash) is the one they will use.

func (s *Service) getProto(k []byte, m gproto.Message) (bool, error) {
	v, err := s.store.Get(k)
	if errors.Is(err, store.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("%w: %w", ErrStorage, err)
	}
	if err := gproto.Unmarshal(v, m); err != nil {
		return false, fmt.Errorf("%w: %w", ErrStorage, err)
	}
	return true, nil
}

func (s *Service) putProto(ops map[string]gproto.Message) error {
	var list []store.Op
	for k, m := range ops {
		b, err := gproto.Marshal(m)
		if err != nil {
			return err
		}
		list = append(list, store.Op{Key: []byte(k), Value: b})
	}
	w, err := s.store.Write(list)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrStorage, err)
	}
	if err := w.Wait(); err != nil {
		s.setBroken(err)
		return fmt.Errorf("%w: %w", ErrStorage, err)
	}
	return nil
}

// TallyJob returns a poll's tally job, or ErrNotFound.
func (s *Service) TallyJob(id fr.Element) (*pb.TallyJob, error) {
	if _, err := s.poll(id); err != nil {
		return nil, err
	}
	var job pb.TallyJob
	ok, err := s.getProto(key(prefixJob, id), &job)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, ErrNotFound
	}
	return &job, nil
}

// StartTally starts the tally job of a closed poll, or returns the job
// already started.
func (s *Service) StartTally(id fr.Element) (*pb.TallyJob, error) {
	ps, err := s.poll(id)
	if err != nil {
		return nil, err
	}
	// ps.mu serialises starts: one job per poll, even for concurrent calls.
	ps.mu.Lock()
	defer ps.mu.Unlock()
	if ps.state == pb.PollState_POLL_STATE_OPEN {
		return nil, ErrNotClosed
	}
	if s.broken.Load() {
		return nil, ErrUnavailable
	}
	if job, err := s.TallyJob(id); err == nil && (job.State != pb.JobState_JOB_STATE_FAILED || ps.tallying) {
		return job, nil
	}
	job := &pb.TallyJob{PollId: wire.Field(id), State: pb.JobState_JOB_STATE_RUNNING, Total: ps.count}
	if err := s.putProto(map[string]gproto.Message{string(key(prefixJob, id)): job}); err != nil {
		return nil, err
	}
	ps.tallying = true
	s.startJob(ps)
	return job, nil
}

func (s *Service) resumeJobs() error {
	return s.store.Scan([]byte(prefixJob), nil, func(_, v []byte) error {
		var job pb.TallyJob
		if err := gproto.Unmarshal(v, &job); err != nil {
			return err
		}
		if job.State != pb.JobState_JOB_STATE_RUNNING {
			return nil
		}
		id, err := wire.ToField(job.PollId)
		if err != nil {
			return err
		}
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
			_ = s.putProto(map[string]gproto.Message{string(key(prefixJob, ps.id)): &pb.TallyJob{PollId: wire.Field(ps.id),
				State: pb.JobState_JOB_STATE_FAILED, Error: "tally failed; see the coordinator's log"}})
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
	jobKey := string(key(prefixJob, ps.id))
	job := &pb.TallyJob{PollId: wire.Field(ps.id), State: pb.JobState_JOB_STATE_RUNNING, Total: ps.count}
	last := time.Now()
	err := s.Log(ps.id, 0, func(e *pb.LogEntry) error {
		if s.jobsCtx.Err() != nil {
			return errCancelled
		}
		switch b := e.Body.(type) {
		case *pb.LogEntry_Join:
			st, _, err := wire.ToJoinVote(ps.id, b.Join)
			if err != nil {
				return err
			}
			if _, err := proc.Join(st); err != nil {
				return err // a verified join always opens
			}
		case *pb.LogEntry_Message:
			eph, ct, err := wire.ToCommand(b.Message)
			if err != nil {
				return err
			}
			cmds = append(cmds, process.Message{EphemeralKey: eph, Ciphertext: ct})
		}
		job.Processed = e.Index + 1
		if time.Since(last) > 2*time.Second {
			last = time.Now()
			s.log.Info("tally progress", "poll", shortID(ps.id), "processed", job.Processed, "total", job.Total)
			return s.putProto(map[string]gproto.Message{jobKey: job})
		}
		return nil
	})
	if err != nil {
		return err
	}
	counted := proc.Process(cmds)
	totals, spent := proc.Tally()
	res := &pb.GetResultsResponse{Proven: false, CountedMessages: uint64(counted)}
	for i := range totals {
		res.Totals = append(res.Totals, totals[i].String())
		res.Spent = append(res.Spent, spent[i].String())
	}
	job.State, job.Processed = pb.JobState_JOB_STATE_DONE, job.Total
	ps.mu.Lock()
	defer ps.mu.Unlock()
	ps.state = pb.PollState_POLL_STATE_TALLIED
	rec := &pb.Poll{}
	if err := gproto.Unmarshal(ps.record(ps.count, ps.joins, ps.chain), rec); err != nil {
		return err
	}
	if err := s.putProto(map[string]gproto.Message{jobKey: job, string(key(prefixResult, ps.id)): res, string(key(prefixPoll, ps.id)): rec}); err != nil {
		ps.state = pb.PollState_POLL_STATE_CLOSED
		return err
	}
	s.log.Info("tally done (native, not proven)", "poll", shortID(ps.id), "voters", len(proc.Voters()), "messages_counted", counted)
	return nil
}

// Results returns a tallied poll's results.
func (s *Service) Results(id fr.Element) (*pb.GetResultsResponse, error) {
	if _, err := s.poll(id); err != nil {
		return nil, err
	}
	var res pb.GetResultsResponse
	ok, err := s.getProto(key(prefixResult, id), &res)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, ErrNotTallied
	}
	return &res, nil
}
