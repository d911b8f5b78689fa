package coordinator_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/coordinator"
	"github.com/zkvote/zkvote/coordinator/store"
	"github.com/zkvote/zkvote/poll"
)

// fakeChain is a Poll contract as the coordinator reads it: the entries
// it holds, and whether it has closed.
type fakeChain struct {
	mu      sync.Mutex
	entries []coordinator.OnChainEntry
	closed  bool
	reads   []uint64 // the from of every read
	refuse  error    // CheckContract's answer
}

func (f *fakeChain) CheckContract(context.Context, coordinator.PollContract, fr.Element, *poll.Definition) error {
	return f.refuse
}

func (f *fakeChain) OnChainEntries(_ context.Context, _ coordinator.PollContract, _ fr.Element, from uint64) ([]coordinator.OnChainEntry, bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.reads = append(f.reads, from)
	var out []coordinator.OnChainEntry
	for _, e := range f.entries {
		if *e.Entry.OnChain >= from {
			out = append(out, e)
		}
	}
	return out, f.closed, nil
}

func (f *fakeChain) set(closed bool, entries ...coordinator.OnChainEntry) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.entries, f.closed = entries, closed
}

// onChainJoin is voter i's join as the Poll contract logged it at index.
func onChainJoin(t *testing.T, e *env, def *poll.Definition, i int, index uint64, votes ...int64) coordinator.OnChainEntry {
	sub, _ := e.census.Vote(t, def, i, votes...)
	j := &poll.Entry{Join: &poll.Join{Statement: sub.Statement, Proof: sub.Proof}, OnChain: &index}
	j.EntryHash, _ = j.ContentHash()
	return coordinator.OnChainEntry{Entry: j}
}

// TestOnChainIntake: what the coordinator does with a Poll contract's
// entries, the chain faked: it logs them in the contract's order, checks
// each again (a node that serves a join with another join's proof, or an
// entry that is not what its content hashes to, is refused, and nothing is
// logged), refuses to seal while the contract may take more, and keeps
// its place across a restart. A poll with a contract needs a coordinator
// that reads a chain, an end time, and a contract the source accepts.
func TestOnChainIntake(t *testing.T) {
	e := newEnv(t, 4)
	def := e.census.Poll(t, e.keys.Coordinator.Public())
	end := time.Now().Add(time.Hour).UTC().Truncate(time.Second)
	def.End = &end
	require.NoError(t, def.Validate())
	c := coordinator.PollContract{Address: [20]byte{1}, Block: 7}
	_, err := e.svc.CreatePollWithContract(t.Context(), def, c)
	require.ErrorIs(t, err, coordinator.ErrNoChain)

	chain := &fakeChain{}
	reopen := func() {
		require.NoError(t, e.svc.Close())
		st, err := store.OpenPebble(e.dir + "/db")
		require.NoError(t, err)
		e.store = &faultyStore{Store: st}
		e.svc, err = coordinator.Open(e.cfg, e.store, e.keys, coordinator.WithClock(e.clock), coordinator.WithOnChain(chain))
		require.NoError(t, err)
	}
	reopen()
	noEnd := *def
	noEnd.End = nil
	_, err = e.svc.CreatePollWithContract(t.Context(), &noEnd, c)
	require.ErrorIs(t, err, coordinator.ErrBadPoll)
	chain.refuse = errors.New("another poll's contract")
	_, err = e.svc.CreatePollWithContract(t.Context(), def, c)
	require.ErrorIs(t, err, coordinator.ErrBadPoll)
	chain.refuse = nil
	id, err := e.svc.CreatePollWithContract(t.Context(), def, c)
	require.NoError(t, err)

	sub0, _ := e.census.Vote(t, def, 0, 1)
	_, _, err = e.svc.SubmitVote(t.Context(), id, &sub0.Statement, sub0.Proof, nil)
	require.NoError(t, err)
	j1 := onChainJoin(t, e, def, 1, 0, 1)
	j2 := onChainJoin(t, e, def, 2, 1, 0, 1)

	forged := *j2.Entry
	forged.Join = &poll.Join{Statement: j2.Entry.Join.Statement, Proof: j1.Entry.Join.Proof}
	chain.set(false, j1, coordinator.OnChainEntry{Entry: &forged})
	logged, _, err := e.svc.SyncOnChain(t.Context(), id)
	require.ErrorIs(t, err, coordinator.ErrChainEntry, "a join with another join's proof")
	require.Equal(t, 1, logged, "the entries before it are logged")

	wrongHash := *j2.Entry
	wrongHash.EntryHash.SetUint64(99)
	chain.set(false, j1, coordinator.OnChainEntry{Entry: &wrongHash})
	_, _, err = e.svc.SyncOnChain(t.Context(), id)
	require.ErrorIs(t, err, coordinator.ErrChainEntry, "an entry that is not its content's")

	skipped := onChainJoin(t, e, def, 3, 2, 1)
	chain.set(false, j1, skipped)
	_, _, err = e.svc.SyncOnChain(t.Context(), id)
	require.ErrorIs(t, err, coordinator.ErrChainEntry, "entry 2 before entry 1")

	chain.set(false, j1, j2)
	logged, closed, err := e.svc.SyncOnChain(t.Context(), id)
	require.NoError(t, err)
	require.Equal(t, 1, logged)
	require.False(t, closed)
	_, err = e.svc.ClosePoll(id)
	require.ErrorIs(t, err, coordinator.ErrChainPending)

	again, _ := e.census.Vote(t, def, 1, 0, 1)
	_, _, err = e.svc.SubmitVote(t.Context(), id, &again.Statement, again.Proof, nil)
	require.ErrorIs(t, err, coordinator.ErrNullifierUsed, "a member who joined on-chain")

	reopen()
	chain.set(true, j1, j2)
	seal, err := e.svc.ClosePoll(id)
	require.NoError(t, err)
	require.Equal(t, uint64(3), seal.Count)
	require.Equal(t, uint64(2), chain.reads[len(chain.reads)-1], "after a restart, read on from the entries logged")
	var onChain []uint64
	require.NoError(t, e.svc.Log(id, 0, func(en *poll.Entry) error {
		if en.OnChain != nil {
			onChain = append(onChain, *en.OnChain)
		}
		return nil
	}))
	require.Equal(t, []uint64{0, 1}, onChain)
}
