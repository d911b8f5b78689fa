package coordinator

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"

	"github.com/zkvote/zkvote/circuits/process"
	"github.com/zkvote/zkvote/coordinator/store"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/prover"
	"github.com/zkvote/zkvote/verifier"
)

// Tally jobs. A job reads the sealed log into the processing circuits'
// native twin (circuits/process), which applies the rules and emits the
// witness of every batch proof. For a poll that pins processing keys the
// job then proves each batch (a prover.Task run by s.runner), keeping each
// proof in the store as soon as it is made: a job resumed after a crash
// rebuilds the same witnesses (their salts come from the job's secret
// seed) and proves only what is missing. The results are marked proven
// only once every proof and boundary has been checked (verifier.CheckTally).
// A poll without processing keys is tallied natively, results not proven.

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

func jobOp(j *jobRecord) store.Op {
	return store.Op{Key: key(prefixJob, j.PollID), Value: encodeJob(j)}
}

// Batch kinds in proof record keys.
const (
	batchSplit    = 1
	batchJoins    = 2
	batchCommands = 3
)

func proofKey(id fr.Element, kind uint8, index int) []byte {
	return key(prefixProof, id, []byte{kind}, indexBytes(uint64(index)))
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
	out := job.TallyJob
	if job.State == poll.JobRunning && job.ProofsDone > 0 && job.Proofs > job.ProofsDone && job.StartedUnix > 0 {
		elapsed := s.now().Sub(time.Unix(job.StartedUnix, 0))
		out.ETA = (elapsed / time.Duration(job.ProofsDone) * time.Duration(job.Proofs-job.ProofsDone)).Round(time.Second)
	}
	return &out, nil
}

// StartTally starts the tally job of a closed poll, or returns the job
// already started. A failed job starts again, with the seed it had.
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
	old, found, err := getRecord(s, key(prefixJob, id), decodeJob)
	if err != nil {
		return nil, err
	}
	if found && (old.State != poll.JobFailed || ps.tallying) {
		return &old.TallyJob, nil
	}
	job := &jobRecord{TallyJob: poll.TallyJob{PollID: id, State: poll.JobRunning, Total: ps.head.Count}, StartedUnix: s.now().Unix()}
	if found {
		job.Seed = old.Seed // proofs already made still chain
	} else if _, err := rand.Read(job.Seed[:]); err != nil {
		return nil, err
	}
	if err := s.write(jobOp(job)); err != nil {
		return nil, err
	}
	ps.tallying = true
	s.startJob(ps)
	return &job.TallyJob, nil
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
		s.log.Info("resuming tally job", "poll", shortID(id), "proofs_done", job.ProofsDone, "proofs", job.Proofs)
		ps.tallying = true
		s.startJob(ps)
		return nil
	})
}

// startJob runs the poll's tally job in the background; the caller holds
// ps.mu or has the poll to itself (at Open).
func (s *Service) startJob(ps *pollState) {
	s.jobs.Add(1)
	done := make(chan struct{})
	ps.jobDone = done
	go func() {
		defer s.jobs.Done()
		defer func() { ps.mu.Lock(); ps.tallying = false; close(done); ps.mu.Unlock() }()
		if err := s.runTally(ps); err != nil {
			s.log.Error("tally failed", "poll", shortID(ps.id), "err", err)
			if errors.Is(err, errCancelled) {
				return // resumed at the next start
			}
			job, ok, gerr := getRecord(s, key(prefixJob, ps.id), decodeJob)
			if gerr != nil || !ok {
				job = &jobRecord{TallyJob: poll.TallyJob{PollID: ps.id}}
			}
			job.State, job.Error = poll.JobFailed, jobError(err)
			_ = s.write(jobOp(job))
		}
	}()
}

var errCancelled = errors.New("cancelled")

// jobError is what the job record says of a failure: the operator's next
// step for the failures they can fix, never internal detail (paths, keys).
func jobError(err error) string {
	switch {
	case errors.Is(err, ErrNoProvingKey):
		return ErrNoProvingKey.Error() + ": make them with 'zkvote setup' in the coordinator's keys directory, then start the tally again"
	case errors.Is(err, ErrBadPoll):
		return "the keys in the coordinator's keys directory are not the ones the poll pins; see the coordinator's log"
	}
	return "tally failed; see the coordinator's log"
}

// WaitTally waits until the poll's tally job (started by StartTally, or
// resumed at Open) has ended or ctx is done, and returns the job.
func (s *Service) WaitTally(ctx context.Context, id fr.Element) (*poll.TallyJob, error) {
	ps, err := s.poll(id)
	if err != nil {
		return nil, err
	}
	ps.mu.Lock()
	done := ps.jobDone
	ps.mu.Unlock()
	if done != nil {
		select {
		case <-done:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	return s.TallyJob(id)
}

// seedStream is the job's deterministic source of boundary salts:
// SHA-256(seed ‖ counter) blocks. The seed never leaves the store.
type seedStream struct {
	seed [32]byte
	n    uint64
	buf  []byte
}

func (r *seedStream) Read(p []byte) (int, error) {
	for len(r.buf) < len(p) {
		b := sha256.Sum256(binary.BigEndian.AppendUint64(append([]byte("zkvote/tally-salts"), r.seed[:]...), r.n))
		r.n++
		r.buf = append(r.buf, b[:]...)
	}
	n := copy(p, r.buf)
	r.buf = r.buf[n:]
	return n, nil
}

var _ io.Reader = (*seedStream)(nil)

// runTally processes the log — joins in log order make the voters, then
// commands newest first — and, for a poll that pins processing keys,
// proves it batch by batch.
func (s *Service) runTally(ps *pollState) error {
	job, ok, err := getRecord(s, key(prefixJob, ps.id), decodeJob)
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("%w: no job record", ErrStorage)
	}
	proc := process.New(ps.def.Params, ps.circuit, s.keys.Coordinator)
	last := time.Now()
	err = s.Log(ps.id, 0, func(e *poll.Entry) error {
		if s.jobsCtx.Err() != nil {
			return errCancelled
		}
		if e.Join != nil {
			join := proc.Join
			if e.OnChain != nil {
				join = proc.JoinOnChain
			}
			if _, err := join(&e.Join.Statement); err != nil {
				return err // a verified join always opens
			}
		} else {
			m := process.Message{EphemeralKey: e.Command.EphemeralKey, Ciphertext: e.Command.Ciphertext}
			if e.Command.Opening != nil {
				m.Opening = *e.Command.Opening
			}
			if e.OnChain != nil {
				proc.AppendOnChain(m)
			} else {
				proc.Append(m)
			}
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
	proc.Process(nil)
	ps.mu.Lock()
	seal := ps.head.Seal
	ps.mu.Unlock()
	if seal == nil {
		return fmt.Errorf("%w: the poll is not sealed", ErrStorage)
	}
	totals, spent := proc.Tally()
	res := &poll.ResultsFile{PollID: ps.id, Options: ps.def.Options, Joins: uint64(len(proc.Voters())), ChainHash: seal.ChainHash,
		Results: poll.Results{Totals: totals, Spent: spent}, Keys: map[string]string{prover.JoinVote: ps.def.VerifyingKey}}
	if ps.def.Params.CommandProofs {
		res.Keys[prover.Command] = ps.def.CommandKey // the published log's command proofs are checked with it
	}
	if len(ps.def.ProcessingKeys) > 0 {
		if err := s.prove(ps, proc, job, res); err != nil {
			return err
		}
	}
	return s.finishTally(ps, job, res)
}

// prove makes (or finds, from an earlier run) every batch proof, checks
// the whole tally and sets res to the proven results.
func (s *Service) prove(ps *pollState, proc *process.Processor, job *jobRecord, res *poll.ResultsFile) error {
	params := ps.def.Params
	vks := map[string]groth16.VerifyingKey{}
	for _, name := range prover.Processing {
		vk, m, err := prover.LoadVerifyingKey(s.cfg.KeysDir, name, params)
		if err != nil {
			return fmt.Errorf("%w: %w", ErrNoProvingKey, err)
		}
		if err := prover.CheckPinned(m, ps.def.ProcessingKeys[name]); err != nil {
			return fmt.Errorf("%w: %s: %w", ErrBadPoll, name, err)
		}
		vks[name] = vk
		res.Keys[name] = ps.def.ProcessingKeys[name]
	}
	w, err := proc.Witness(&seedStream{seed: job.Seed})
	if err != nil {
		return err
	}
	type batch struct {
		kind  uint8
		index int
		task  prover.Task
		proof *[]byte
	}
	t := &poll.Tally{Final: w.Final.Result()}
	var batches []batch
	t.Splits = make([]poll.SplitProof, len(w.Splits))
	for i, b := range w.Splits {
		t.Splits[i].Ends = b.Ends
		batches = append(batches, batch{batchSplit, i, prover.Task{Circuit: prover.ProcessSplit, Assignment: b.Assignment}, &t.Splits[i].Proof})
	}
	t.Joins = make([]poll.JoinProof, len(w.Joins))
	for i, b := range w.Joins {
		t.Joins[i].Ends = b.Ends
		batches = append(batches, batch{batchJoins, i, prover.Task{Circuit: prover.ProcessJoins, Assignment: b.Assignment}, &t.Joins[i].Proof})
	}
	t.Commands = make([]poll.CommandProof, len(w.Commands))
	for i, b := range w.Commands {
		t.Commands[i].Ends = b.Ends
		batches = append(batches, batch{batchCommands, i, prover.Task{Circuit: prover.ProcessCommands, Assignment: b.Assignment}, &t.Commands[i].Proof})
	}
	job.Proofs, job.ProofsDone = uint64(len(batches)), 0
	for _, b := range batches {
		k := proofKey(ps.id, b.kind, b.index)
		if p, ok, err := getRecord(s, k, decodeProof); err != nil {
			return err
		} else if ok {
			*b.proof = p
			job.ProofsDone++
		}
	}
	if err := s.write(jobOp(job)); err != nil {
		return err
	}
	runner := s.runner
	if runner == nil && job.ProofsDone < job.Proofs {
		// The proving keys (hundreds of MB at real sizes) are read only
		// when this process proves something.
		keys := make([]*prover.Keys, 0, len(prover.Processing))
		for _, name := range prover.Processing {
			k, err := prover.Load(s.cfg.KeysDir, name, params)
			if err != nil {
				return fmt.Errorf("%w: %w", ErrNoProvingKey, err)
			}
			if err := prover.CheckPinned(k.Manifest, ps.def.ProcessingKeys[name]); err != nil {
				return fmt.Errorf("%w: %s: %w", ErrBadPoll, name, err)
			}
			keys = append(keys, k)
		}
		runner = prover.NewLocal(keys, 1, s.log)
	}
	start, startDone := time.Now(), job.ProofsDone
	for _, b := range batches {
		if *b.proof != nil {
			continue
		}
		if s.jobsCtx.Err() != nil {
			return errCancelled
		}
		p, err := runner.Prove(s.jobsCtx, b.task)
		if err != nil {
			if s.jobsCtx.Err() != nil {
				return errCancelled
			}
			return fmt.Errorf("%s batch %d: %w", b.task.Circuit, b.index, err)
		}
		*b.proof = p
		job.ProofsDone++
		// The proof and the progress in one write: a crash after it
		// resumes with this proof kept.
		if err := s.write(store.Op{Key: proofKey(ps.id, b.kind, b.index), Value: encodeProof(p)}, jobOp(job)); err != nil {
			return err
		}
		made := job.ProofsDone - startDone
		eta := time.Since(start) / time.Duration(made) * time.Duration(job.Proofs-job.ProofsDone)
		s.log.Info("tally proving", "poll", shortID(ps.id), "proofs_done", job.ProofsDone, "proofs", job.Proofs, "eta", eta.Round(time.Second))
	}
	proven, err := verifier.CheckTally(params, ps.circuit, res.ChainHash, proc.OnChainHash(), t, vks)
	if err != nil {
		return err
	}
	for i := range proven.Totals {
		if proven.Totals[i].Cmp(res.Results.Totals[i]) != 0 || proven.Spent[i].Cmp(res.Results.Spent[i]) != 0 {
			return fmt.Errorf("%w: the proven totals differ from the native tally", verifier.ErrTally)
		}
	}
	res.Results, res.Tally, res.Joins = *proven, t, t.Final.Joins
	return nil
}

// finishTally stores the results, marks the job done and the poll tallied.
func (s *Service) finishTally(ps *pollState, job *jobRecord, res *poll.ResultsFile) error {
	rec, err := encodeResults(res)
	if err != nil {
		return err
	}
	job.State, job.Processed = poll.JobDone, job.Total
	ps.mu.Lock()
	defer ps.mu.Unlock()
	head := ps.head
	head.State = poll.StateTallied
	if err := s.write(jobOp(job), store.Op{Key: key(prefixResult, ps.id), Value: rec}, ps.writeHead(&head)); err != nil {
		return err
	}
	ps.head = head
	s.log.Info("tally done", "poll", shortID(ps.id), "voters", res.Joins, "proven", res.Results.Proven, "proofs", job.Proofs)
	return nil
}

// ResultsFile returns a tallied poll's results.json: the result and, for
// a proven tally, every batch proof with its boundary values.
func (s *Service) ResultsFile(id fr.Element) (*poll.ResultsFile, error) {
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

// Results returns a tallied poll's results.
func (s *Service) Results(id fr.Element) (*poll.Results, error) {
	res, err := s.ResultsFile(id)
	if err != nil {
		return nil, err
	}
	return &res.Results, nil
}
