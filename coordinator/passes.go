package coordinator

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/merkle"
	"github.com/zkvote/zkvote/circuits/message"
	"github.com/zkvote/zkvote/circuits/ratelimit"
	"github.com/zkvote/zkvote/prover"
	"github.com/zkvote/zkvote/verifier"
)

// rateTree is a poll's tree of registered rate sets (one leaf per join, at
// the join's state index) and every root it has had: a pass may be proven
// against any of them, since leaves are only ever added.
type rateTree struct {
	tree  *merkle.Tree
	roots map[fr.Element]struct{}
}

func newRateTree(depth int) (*rateTree, error) {
	t, err := merkle.New(depth)
	if err != nil {
		return nil, err
	}
	rt := &rateTree{tree: t, roots: map[fr.Element]struct{}{}}
	rt.roots[t.Root()] = struct{}{}
	return rt, nil
}

// add appends the leaf of the join at index (joins arrive in index order).
func (rt *rateTree) add(index uint64, leaf fr.Element) error {
	if index != rt.tree.Len() {
		return fmt.Errorf("rate set of join %d out of order (tree holds %d)", index, rt.tree.Len())
	}
	if err := rt.tree.Set(index, leaf); err != nil {
		return err
	}
	rt.roots[rt.tree.Root()] = struct{}{}
	return nil
}

// loadRates rebuilds a poll's rate tree from its stored leaves.
func (s *Service) loadRates(ps *pollState) error {
	if ps.def.CommandSlots == 0 {
		return nil
	}
	rt, err := newRateTree(ps.def.Params.StateDepth)
	if err != nil {
		return err
	}
	prefix := key(prefixRate, ps.id)
	err = s.store.Scan(prefix, nil, func(k, v []byte) error {
		if len(k) != len(prefix)+8 || len(v) != fr.Bytes {
			return fmt.Errorf("rate set record %x: %w", k, errRecord)
		}
		var leaf fr.Element
		if err := leaf.SetBytesCanonical(v); err != nil {
			return fmt.Errorf("rate set record %x: %w", k, errRecord)
		}
		return rt.add(binary.BigEndian.Uint64(k[len(prefix):]), leaf)
	})
	if err != nil {
		return fmt.Errorf("poll %s: %w", shortID(ps.id), err)
	}
	if rt.tree.Len() != ps.head.Joins {
		return fmt.Errorf("poll %s: %d rate sets for %d joins: %w", shortID(ps.id), rt.tree.Len(), ps.head.Joins, errRecord)
	}
	ps.rate = rt
	return nil
}

// checkRegistration checks a join's rate set against the poll: required
// (and signed by the join's poll key) exactly when the poll has passes.
func checkRegistration(ps *pollState, reg *ratelimit.Registration, pollKey *babyjub.Point) error {
	switch {
	case ps.def.CommandSlots == 0 && reg != nil:
		return fmt.Errorf("%w: this poll takes no rate set (it has no command passes)", ErrInvalid)
	case ps.def.CommandSlots > 0 && reg == nil:
		return fmt.Errorf("%w: this poll needs the voter's rate set with the join (a client from before command passes?)", ErrInvalid)
	case reg != nil:
		if err := reg.Verify(ps.id, pollKey); err != nil {
			return fmt.Errorf("%w: %w", ErrInvalid, err)
		}
	}
	return nil
}

// RatePath returns the inclusion path of the rate set of the voter at
// stateIndex in the poll's current rate tree.
func (s *Service) RatePath(pollID fr.Element, stateIndex uint64) (merkle.Proof, error) {
	ps, err := s.poll(pollID)
	if err != nil {
		return merkle.Proof{}, err
	}
	ps.mu.Lock()
	defer ps.mu.Unlock()
	if ps.rate == nil {
		return merkle.Proof{}, fmt.Errorf("%w: the poll has no command passes", ErrNotFound)
	}
	// Only durable joins: a path must not lead to a root that a crash
	// could take back.
	if stateIndex >= ps.durableJoins {
		return merkle.Proof{}, fmt.Errorf("%w: no voter %d in the poll", ErrNotFound, stateIndex)
	}
	return ps.rate.tree.Prove(stateIndex)
}

// checkPass verifies a command's pass (outside the poll's lock) and
// returns the store key that records its nullifier.
func (s *Service) checkPass(ctx context.Context, ps *pollState, pass *ratelimit.Pass, eph *babyjub.Point, ct []fr.Element) ([]byte, error) {
	slots := ps.def.CommandSlots
	switch {
	case slots == 0 && pass != nil:
		return nil, fmt.Errorf("%w: this poll takes no command pass", ErrInvalid)
	case slots == 0:
		return nil, nil
	case pass == nil:
		return nil, fmt.Errorf("%w: this poll needs a command pass with every command (a client from before command passes?)", ErrInvalid)
	}
	null := pass.Nullifier.Bytes()
	passKey := key(prefixPass, ps.id, null[:])
	if err := s.refuseIfPresent(passKey, ErrPassUsed); err != nil {
		return nil, err
	}
	ps.mu.Lock()
	_, known := ps.rate.roots[pass.Root]
	ps.mu.Unlock()
	if !known {
		return nil, ErrUnknownRoot
	}
	vk, err := s.keyFor(prover.Pass, ps.def, ps.def.PassKey)
	if err != nil {
		return nil, err
	}
	proof, err := verifier.ParseProof(pass.Proof)
	if err != nil {
		return nil, fmt.Errorf("%w: pass: %w", ErrInvalid, err)
	}
	st := ratelimit.Statement{PollID: ps.id, Root: pass.Root, Nullifier: pass.Nullifier, Command: message.Hash(eph, ct), Slots: uint64(slots)}
	if err := s.batcher.Verify(ctx, vk, proof, st.PublicInputs()); err != nil {
		switch {
		case errors.Is(err, verifier.ErrInvalidProof):
			return nil, fmt.Errorf("%w (command pass)", ErrInvalidProof)
		case errors.Is(err, verifier.ErrBatcherClosed):
			return nil, ErrUnavailable
		}
		return nil, err
	}
	return passKey, nil
}
