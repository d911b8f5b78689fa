package coordinator

import (
	"context"
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	gproto "google.golang.org/protobuf/proto"

	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/message"
	"github.com/zkvote/zkvote/coordinator/store"
	"github.com/zkvote/zkvote/proto/wire"
	pb "github.com/zkvote/zkvote/proto/zkvote/v1"
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
	if ps.state != pb.PollState_POLL_STATE_OPEN {
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
		maxJoins := uint64(ps.def.MaxMessages)
		if d := ps.def.Params.StateDepth; d < 63 && uint64(1)<<d < maxJoins {
			maxJoins = uint64(1) << d // the state tree's capacity
		}
		if ps.joins >= maxJoins {
			return ErrPollFull
		}
	} else if ps.count-ps.joins >= uint64(ps.def.MaxMessages) {
		return fmt.Errorf("%w (for messages; joins are still accepted)", ErrPollFull)
	}
	return nil
}

// SubmitVote verifies a join+vote and appends it to the poll's log. It
// returns the receipt and the voter's state index.
func (s *Service) SubmitVote(ctx context.Context, pollID fr.Element, st *joinvote.Statement, proof []byte) (*receipt.Receipt, uint64, error) {
	r, body, err := s.submitVote(ctx, pollID, st, proof)
	if err != nil {
		return nil, 0, err
	}
	return r, body.StateIndex, nil
}

func (s *Service) submitVote(ctx context.Context, pollID fr.Element, st *joinvote.Statement, proof []byte) (*receipt.Receipt, *pb.LogEntry, error) {
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
	ps.mu.Lock()
	err = s.checkOpen(ps, true)
	ps.mu.Unlock()
	if err != nil {
		return nil, nil, err
	}
	params := ps.def.Params
	nullKey := key(prefixNull, pollID, wire.Field(st.Nullifier))
	checkNullifier := func() error { return s.refuseIfPresent(nullKey, ErrNullifierUsed) }
	// Cheap checks before the proof, so duplicates cost no verification.
	if err := checkNullifier(); err != nil {
		return nil, nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, nil, err
	}
	vk, err := s.verifyingKey(ps.def)
	if err != nil {
		return nil, nil, err
	}
	decoded, err := verifier.CheckJoinVote(vk, params, ps.circuit, proof, st)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	// Verified in a batch with concurrent submissions (one pairing product).
	if err := s.batcher.Verify(ctx, vk, decoded, st.PublicInputs()); err != nil {
		switch {
		case errors.Is(err, verifier.ErrInvalidProof):
			return nil, nil, ErrInvalidProof
		case errors.Is(err, verifier.ErrBatcherClosed):
			return nil, nil, ErrUnavailable
		}
		return nil, nil, err
	}
	entry := message.JoinEntry(st.MessageHash, st.StateLeaf, st.Nullifier)
	body := &pb.LogEntry{Body: &pb.LogEntry_Join{Join: wire.JoinVote(st, proof)}}
	r, err := s.append(ps, entry, body, checkNullifier, []store.Op{{Key: nullKey}})
	return r, body, err
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
// form: whether the command is valid is decided, secretly, at tally time.
func (s *Service) SubmitMessage(ctx context.Context, pollID fr.Element, eph babyjub.Point, ct []fr.Element) (*receipt.Receipt, error) {
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
	if want := message.CiphertextLen(ps.def.Params); len(ct) != want {
		return nil, fmt.Errorf("%w: ciphertext of %d elements, want %d", ErrInvalid, len(ct), want)
	}
	if err := babyjub.ValidatePublicKey(&eph); err != nil {
		return nil, fmt.Errorf("%w: ephemeral key: %w", ErrInvalid, err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	entry := message.CommandEntry(message.Hash(&eph, ct))
	// An identical copy would be processed again, newest first: refuse it.
	dupKey := key(prefixMsg, pollID, wire.Field(entry))
	check := func() error { return s.refuseIfPresent(dupKey, ErrDuplicate) }
	if err := check(); err != nil {
		return nil, err
	}
	body := &pb.LogEntry{Body: &pb.LogEntry_Message{Message: wire.Command(&eph, ct)}}
	return s.append(ps, entry, body, check, []store.Op{{Key: dupKey}})
}

// append orders an entry into the poll's log under the poll's lock, then
// waits, outside the lock, until it is durable, and signs its receipt.
// recheck runs under the lock; extra ops get the entry's index as value.
func (s *Service) append(ps *pollState, entryHash fr.Element, body *pb.LogEntry, recheck func() error, extra []store.Op) (*receipt.Receipt, error) {
	_, isJoin := body.Body.(*pb.LogEntry_Join)
	ps.mu.Lock()
	if err := s.checkOpen(ps, isJoin); err != nil {
		ps.mu.Unlock()
		return nil, err
	}
	if recheck != nil {
		if err := recheck(); err != nil {
			ps.mu.Unlock()
			return nil, err
		}
	}
	idx, joins := ps.count, ps.joins
	if _, ok := body.Body.(*pb.LogEntry_Join); ok {
		body.StateIndex = joins
		joins++
	}
	chain := message.ChainNext(ps.chain, entryHash)
	body.Index, body.EntryHash, body.ChainHash, body.ReceivedUnix = idx, wire.Field(entryHash), wire.Field(chain), s.now().Unix()
	enc, err := gproto.Marshal(body)
	if err != nil {
		ps.mu.Unlock()
		return nil, fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	ops := []store.Op{{Key: key(prefixLog, ps.id, indexBytes(idx)), Value: enc}, {Key: key(prefixPoll, ps.id), Value: ps.record(idx+1, joins, chain)}}
	for _, op := range extra {
		ops = append(ops, store.Op{Key: op.Key, Value: indexBytes(idx)})
	}
	w, err := s.store.Write(ops)
	if err != nil {
		ps.mu.Unlock()
		s.log.Error("store write failed", "poll", shortID(ps.id), "err", err)
		return nil, fmt.Errorf("%w: %w", ErrStorage, err)
	}
	ps.count, ps.joins, ps.chain = idx+1, joins, chain
	ps.mu.Unlock()

	if err := w.Wait(); err != nil {
		// Applied but maybe not durable: stop intake until a restart
		// reloads the state from disk.
		s.setBroken(err)
		return nil, ErrUnavailable
	}
	ps.mu.Lock()
	if idx+1 > ps.durable {
		ps.durable, ps.durableJoins = idx+1, joins
	}
	ps.mu.Unlock()
	r := &receipt.Receipt{PollID: ps.id, Index: idx, EntryHash: entryHash, ChainHash: chain}
	r.Sign(s.keys.Signing)
	s.log.Debug("accepted", "poll", shortID(ps.id), "index", idx)
	return r, nil
}
