package coordinator

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/command"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/message"
	"github.com/zkvote/zkvote/circuits/ratelimit"
	"github.com/zkvote/zkvote/coordinator/store"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/prover"
	"github.com/zkvote/zkvote/receipt"
	"github.com/zkvote/zkvote/verifier"
)

// enter admits an intake call, or refuses it while shutting down or after
// a storage failure. The caller must call the returned leave.
func (s *Service) enter() (leave func(), err error) {
	s.gate.RLock()
	if s.stopping || s.broken.Load() {
		s.gate.RUnlock()
		return nil, ErrUnavailable
	}
	return s.gate.RUnlock, nil
}

// checkOpen refuses submissions to a poll that is closed, outside its
// window, or full. Joins and commands have separate caps, so that commands
// — which anyone can send, since they carry no proof — can never lock
// voters out of joining. The caller holds ps.mu or accepts a racy
// pre-check.
func (s *Service) checkOpen(ps *pollState, join bool) error {
	if ps.head.State != poll.StateOpen {
		return ErrClosed
	}
	now := s.now()
	if d := ps.def; d.Start != nil && now.Before(*d.Start) {
		return fmt.Errorf("%w: it opens at %s", ErrNotOpen, d.Start.UTC().Format("2006-01-02 15:04:05 MST"))
	}
	if d := ps.def; d.End != nil && !now.Before(*d.End) {
		return fmt.Errorf("%w: it closed at %s", ErrNotOpen, d.End.UTC().Format("2006-01-02 15:04:05 MST"))
	}
	if join {
		if ps.head.Joins >= ps.def.MaxJoins() {
			return ErrPollFull
		}
	} else if ps.head.Count-ps.head.Joins-ps.onChainCommands >= uint64(ps.def.MaxMessages) {
		return fmt.Errorf("%w (for messages; joins are still accepted)", ErrPollFull)
	}
	return nil
}

// SubmitVote verifies a join+vote and appends it to the poll's log, with
// the voter's rate set in a poll with command passes (nil otherwise). It
// returns the receipt and the voter's state index.
func (s *Service) SubmitVote(ctx context.Context, pollID fr.Element, st *joinvote.Statement, proof []byte, reg *ratelimit.Registration) (*receipt.Receipt, uint64, error) {
	r, entry, err := s.submitVote(ctx, pollID, st, proof, reg)
	if err != nil {
		return nil, 0, err
	}
	return r, entry.StateIndex, nil
}

func (s *Service) submitVote(ctx context.Context, pollID fr.Element, st *joinvote.Statement, proof []byte, reg *ratelimit.Registration) (*receipt.Receipt, *poll.Entry, error) {
	leave, err := s.enter()
	if err != nil {
		return nil, nil, err
	}
	defer leave()
	ps, err := s.poll(pollID)
	if err != nil {
		return nil, nil, err
	}
	if !st.PollID.Equal(&pollID) {
		return nil, nil, fmt.Errorf("%w: the statement names another poll", ErrInvalid)
	}
	params := ps.def.Params
	nullifier := st.Nullifier.Bytes()
	nullKey := key(prefixNull, pollID, nullifier[:])
	checkNullifier := func() error { return s.refuseIfPresent(nullKey, ErrNullifierUsed) }
	// Cheap checks before the proof, so duplicates cost no verification. A
	// join already logged is answered even once the poll has closed: its
	// sender may be retrying after a lost answer.
	if err := checkNullifier(); err != nil {
		if errors.Is(err, ErrNullifierUsed) {
			return s.resubmitted(ps, nullKey, st)
		}
		return nil, nil, err
	}
	ps.mu.Lock()
	err = s.checkOpen(ps, true)
	ps.mu.Unlock()
	if err != nil {
		return nil, nil, err
	}
	if err := checkRegistration(ps, reg, &st.PollKey); err != nil {
		return nil, nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	vk, err := s.keyFor(prover.JoinVote, ps.def, ps.def.VerifyingKey)
	if err != nil {
		return nil, nil, err
	}
	decoded, err := verifier.CheckJoinVote(vk, params, ps.circuit, proof, st)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	// Verified in a batch with concurrent submissions (one pairing product).
	if err := s.batcher.Verify(ctx, vk, decoded, st.PublicInputsFor(vk.NbPublicWitness())); err != nil {
		switch {
		case errors.Is(err, verifier.ErrInvalidProof):
			return nil, nil, ErrInvalidProof
		case errors.Is(err, verifier.ErrBatcherClosed):
			return nil, nil, ErrUnavailable
		}
		return nil, nil, err
	}
	entry := &poll.Entry{Join: &poll.Join{Statement: *st, Proof: proof}}
	entry.EntryHash, _ = entry.ContentHash() // a join: cannot fail
	var rateLeaf *fr.Element
	if reg != nil {
		l := reg.Leaf() // hashed here, not under the poll's lock
		rateLeaf = &l
	}
	r, err := s.appendEntry(ps, entry, checkNullifier, []store.Op{{Key: nullKey}}, rateLeaf)
	if errors.Is(err, ErrNullifierUsed) { // used meanwhile: perhaps by this very join
		return s.resubmitted(ps, nullKey, st)
	}
	return r, entry, err
}

// resubmitted answers a join whose nullifier is used. The very join that
// used it (same statement: a client retrying after a lost answer) gets its
// original receipt and state index, so a retry is always safe; while that
// join is not yet durable, ErrInFlight (ask again); any other join of the
// member, ErrNullifierUsed.
func (s *Service) resubmitted(ps *pollState, nullKey []byte, st *joinvote.Statement) (*receipt.Receipt, *poll.Entry, error) {
	v, err := s.store.Get(nullKey)
	if err != nil || len(v) != 8 {
		return nil, nil, ErrNullifierUsed
	}
	idx := binary.BigEndian.Uint64(v)
	ps.mu.Lock()
	durable := ps.durable
	ps.mu.Unlock()
	e, err := s.entry(ps.id, idx)
	if err != nil {
		return nil, nil, err
	}
	if e.Join == nil || !sameStatement(&e.Join.Statement, st) {
		return nil, nil, ErrNullifierUsed
	}
	if idx >= durable {
		return nil, nil, ErrInFlight
	}
	r, err := s.Receipt(ps.id, idx)
	if err != nil {
		return nil, nil, err
	}
	return r, e, nil
}

// sameStatement reports whether two joins are the same join.
func sameStatement(a, b *joinvote.Statement) bool {
	if !a.Nullifier.Equal(&b.Nullifier) || !a.StateLeaf.Equal(&b.StateLeaf) || !a.MessageHash.Equal(&b.MessageHash) ||
		!a.PollKey.Equal(&b.PollKey) || !a.EphemeralKey.Equal(&b.EphemeralKey) || len(a.Ciphertext) != len(b.Ciphertext) {
		return false
	}
	for i := range a.Ciphertext {
		if !a.Ciphertext[i].Equal(&b.Ciphertext[i]) {
			return false
		}
	}
	return true
}

// refuseIfPresent returns present if key is in the store (a used
// nullifier, a logged message), nil if not, ErrStorage if it cannot tell.
func (s *Service) refuseIfPresent(k []byte, present error) error {
	_, err := s.store.Get(k)
	switch {
	case err == nil:
		return present
	case errors.Is(err, store.ErrNotFound):
		return nil
	}
	return fmt.Errorf("%w: %w", ErrStorage, err)
}

// SubmitMessage appends a command to the poll's log. It checks only the
// form, and in a poll with command passes the pass (a registered rate
// identity, a slot not spent yet): whether the command is valid is decided,
// secretly, at tally time.
func (s *Service) SubmitMessage(ctx context.Context, pollID fr.Element, eph babyjub.Point, ct []fr.Element, pass *ratelimit.Pass) (*receipt.Receipt, error) {
	return s.SubmitCommand(ctx, pollID, &poll.Command{EphemeralKey: eph, Ciphertext: ct}, pass)
}

// SubmitCommand is SubmitMessage for a command as the log holds it: in a
// poll with command proofs it must carry its opening and command proof,
// which is verified (with concurrent submissions, in one batch) before the
// command enters the log; in another poll it must carry neither.
func (s *Service) SubmitCommand(ctx context.Context, pollID fr.Element, c *poll.Command, pass *ratelimit.Pass) (*receipt.Receipt, error) {
	eph, ct := c.EphemeralKey, c.Ciphertext
	leave, err := s.enter()
	if err != nil {
		return nil, err
	}
	defer leave()
	ps, err := s.poll(pollID)
	if err != nil {
		return nil, err
	}
	ps.mu.Lock()
	err = s.checkOpen(ps, false)
	ps.mu.Unlock()
	if err != nil {
		return nil, err
	}
	want := message.CiphertextLen(ps.def.Params)
	if ps.def.Params.CommandProofs {
		want = command.CiphertextLen
	}
	if len(ct) != want {
		return nil, fmt.Errorf("%w: ciphertext of %d elements, want %d", ErrInvalid, len(ct), want)
	}
	if proven := c.Opening != nil; proven != ps.def.Params.CommandProofs {
		if proven {
			return nil, fmt.Errorf("%w: this poll's commands carry no command proof", ErrInvalid)
		}
		return nil, fmt.Errorf("%w: this poll's commands must carry their opening and command proof (a client from before command proofs?)", ErrInvalid)
	}
	if err := babyjub.ValidatePublicKey(&eph); err != nil {
		return nil, fmt.Errorf("%w: ephemeral key: %w", ErrInvalid, err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	entry := &poll.Entry{Command: &poll.Command{EphemeralKey: eph, Ciphertext: ct, Opening: c.Opening, Proof: c.Proof}}
	entry.EntryHash, _ = entry.ContentHash() // a command: cannot fail
	// An identical copy would be processed again, newest first: refuse it.
	hash := entry.EntryHash.Bytes()
	dupKey := key(prefixMsg, pollID, hash[:])
	if err := s.refuseIfPresent(dupKey, ErrDuplicate); err != nil {
		return nil, err
	}
	if c.Opening != nil { // after the cheap refusals
		if err := s.checkCommandProof(ctx, ps, c); err != nil {
			return nil, err
		}
	}
	passKey, err := s.checkPass(ctx, ps, pass, &eph, ct)
	if err != nil {
		return nil, err
	}
	check := func() error {
		if err := s.refuseIfPresent(dupKey, ErrDuplicate); err != nil || passKey == nil {
			return err
		}
		return s.refuseIfPresent(passKey, ErrPassUsed)
	}
	ops := []store.Op{{Key: dupKey}}
	if passKey != nil {
		ops = append(ops, store.Op{Key: passKey})
	}
	return s.appendEntry(ps, entry, check, ops, nil)
}

// appendEntry orders an entry (its content and EntryHash set) into the
// poll's log under the poll's lock, then waits, outside the lock, until it
// is durable, and signs its receipt. recheck runs under the lock; extra
// ops get the entry's index as value; a join's rate set leaf (polls with
// command passes) is stored under its state index and enters the rate
// tree. Per entry the store receives the entry and the small head record;
// the definition is never rewritten.
func (s *Service) appendEntry(ps *pollState, entry *poll.Entry, recheck func() error, extra []store.Op, rateLeaf *fr.Element) (*receipt.Receipt, error) {
	isJoin := entry.Join != nil
	ps.mu.Lock()
	check := func() error { return s.checkOpen(ps, isJoin) }
	if entry.OnChain != nil {
		check = func() error { return checkOnChain(ps, entry) }
	}
	if err := check(); err != nil {
		ps.mu.Unlock()
		return nil, err
	}
	if recheck != nil {
		if err := recheck(); err != nil {
			ps.mu.Unlock()
			return nil, err
		}
	}
	head := ps.head
	idx := head.Count
	if isJoin {
		entry.StateIndex = head.Joins
		head.Joins++
	}
	head.Count++
	head.ChainHash = message.ChainNext(ps.head.ChainHash, entry.EntryHash)
	entry.Index, entry.ChainHash, entry.ReceivedUnix = idx, head.ChainHash, s.now().Unix()
	ops := []store.Op{{Key: key(prefixLog, ps.id, indexBytes(idx)), Value: encodeEntry(entry)}, ps.writeHead(&head)}
	for _, op := range extra {
		ops = append(ops, store.Op{Key: op.Key, Value: indexBytes(idx)})
	}
	if rateLeaf != nil && isJoin {
		b := rateLeaf.Bytes()
		ops = append(ops, store.Op{Key: key(prefixRate, ps.id, indexBytes(entry.StateIndex)), Value: b[:]})
	}
	onChainCommands := ps.onChainCommands
	if entry.OnChain != nil {
		if !isJoin {
			onChainCommands++
		}
		ops = append(ops, store.Op{Key: key(prefixOnChain, ps.id), Value: onChainRecord(*entry.OnChain+1, onChainCommands)})
	}
	w, err := s.store.Write(ops)
	if err != nil {
		ps.mu.Unlock()
		s.log.Error("store write failed", "poll", shortID(ps.id), "err", err)
		return nil, fmt.Errorf("%w: %w", ErrStorage, err)
	}
	if rateLeaf != nil && isJoin {
		if err := ps.rate.add(entry.StateIndex, *rateLeaf); err != nil { // cannot happen: joins are numbered under ps.mu
			ps.mu.Unlock()
			s.setBroken(err)
			return nil, ErrUnavailable
		}
	}
	ps.head = head
	if entry.OnChain != nil {
		ps.onChain++
		ps.onChainCommands = onChainCommands
	}
	ps.mu.Unlock()

	if err := w.Wait(); err != nil {
		// Applied but maybe not durable: stop intake until a restart
		// reloads the state from disk.
		s.setBroken(err)
		return nil, ErrUnavailable
	}
	ps.mu.Lock()
	if head.Count > ps.durable {
		ps.durable, ps.durableJoins = head.Count, head.Joins
	}
	ps.mu.Unlock()
	r := &receipt.Receipt{PollID: ps.id, Index: idx, EntryHash: entry.EntryHash, ChainHash: entry.ChainHash}
	r.Sign(s.keys.Signing)
	s.log.Debug("accepted", "poll", shortID(ps.id), "index", idx)
	return r, nil
}

// checkCommandProof verifies a command's command proof under the key the
// poll pins, in a batch with concurrent submissions.
func (s *Service) checkCommandProof(ctx context.Context, ps *pollState, c *poll.Command) error {
	vk, err := s.keyFor(prover.Command, ps.def, ps.def.CommandKey)
	if err != nil {
		return err
	}
	st := c.Statement(ps.id)
	proof, err := verifier.ParseProof(c.Proof)
	if err != nil {
		return fmt.Errorf("%w: command proof: %w", ErrInvalid, err)
	}
	if err := s.batcher.Verify(ctx, vk, proof, st.PublicInputs()); err != nil {
		switch {
		case errors.Is(err, verifier.ErrInvalidProof):
			return fmt.Errorf("%w: the command proof does not verify", ErrInvalidProof)
		case errors.Is(err, verifier.ErrBatcherClosed):
			return ErrUnavailable
		}
		return err
	}
	return nil
}
