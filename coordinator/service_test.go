package coordinator_test

import (
	"crypto/ed25519"
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/message"
	"github.com/zkvote/zkvote/circuits/ratelimit"
	"github.com/zkvote/zkvote/client"
	"github.com/zkvote/zkvote/coordinator"
	"github.com/zkvote/zkvote/coordinator/coordtest"
	"github.com/zkvote/zkvote/coordinator/store"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/prover"
)

// faultyStore fails writes or syncs on demand.
type faultyStore struct {
	store.Store
	mu                    sync.Mutex
	failWrite, failSyncAt bool
}

type failedPending struct{}

func (failedPending) Wait() error { return errors.New("injected sync failure") }

func (f *faultyStore) Write(ops []store.Op) (store.Pending, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.failWrite {
		return nil, errors.New("injected write failure")
	}
	p, err := f.Store.Write(ops)
	if err != nil || !f.failSyncAt {
		return p, err
	}
	_ = p.Wait() // release the real write
	return failedPending{}, nil
}

type env struct {
	mu     sync.Mutex // guards now: the auto-close loop reads the clock
	dir    string
	cfg    coordinator.Config
	keys   *coordinator.Keys
	store  *faultyStore
	svc    *coordinator.Service
	census *coordtest.Census
	now    time.Time
}

func newEnv(t *testing.T, voters int) *env {
	_, keysDir := coordtest.Keys(t)
	e := &env{dir: t.TempDir(), now: time.Now()}
	e.cfg = coordinator.Defaults()
	e.cfg.DataDir, e.cfg.KeysDir = e.dir, keysDir
	var err error
	e.keys, err = coordinator.LoadOrCreateKeys(e.dir)
	require.NoError(t, err)
	e.census = coordtest.NewCensus(t, voters)
	e.open(t)
	return e
}

func (e *env) open(t *testing.T) {
	st, err := store.OpenPebble(e.dir + "/db")
	require.NoError(t, err)
	e.store = &faultyStore{Store: st}
	e.svc, err = coordinator.Open(e.cfg, e.store, e.keys, coordinator.WithClock(e.clock))
	require.NoError(t, err)
	t.Cleanup(func() { _ = e.svc.Close() })
}

func (e *env) clock() time.Time {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.now
}

func (e *env) setNow(t time.Time) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.now = t
}

func (e *env) restart(t *testing.T) {
	require.NoError(t, e.svc.Close())
	e.open(t)
}

func (e *env) poll(t *testing.T) (*poll.Definition, fr.Element) {
	def := e.census.Poll(t, e.keys.Coordinator.Public())
	id, err := e.svc.CreatePoll(def)
	require.NoError(t, err)
	return def, id
}

// command makes a well-formed (not necessarily valid) command message.
func command(t *testing.T, def *poll.Definition, pollID fr.Element, seed int64) (babyjub.Point, []fr.Element) {
	k, err := babyjub.GenerateKey(nil)
	require.NoError(t, err)
	eph, err := babyjub.GenerateKey(nil)
	require.NoError(t, err)
	cmd := message.Command{NewKey: k.Public(), Nonce: uint64(seed)}
	epk, ct, _, err := message.SignAndEncrypt(def.Params, pollID, cmd.Body(def.Params), k, eph, &def.CoordinatorKey)
	require.NoError(t, err)
	return epk, ct
}

// replayChain recomputes the chain from the stored log.
func replayChain(t *testing.T, svc *coordinator.Service, id fr.Element) (fr.Element, uint64) {
	chain := message.ChainStart(id)
	var n uint64
	require.NoError(t, svc.Log(id, 0, func(e *poll.Entry) error {
		require.Equal(t, n, e.Index)
		entry, err := e.ContentHash()
		require.NoError(t, err)
		chain = message.ChainNext(chain, entry)
		require.Equal(t, chain, e.ChainHash, "entry %d", n)
		n++
		return nil
	}))
	return chain, n
}

func TestIntakeSealAndTally(t *testing.T) {
	e := newEnv(t, 3)
	ctx := t.Context()
	def, id := e.poll(t)
	pub := e.keys.Signing.Public().(ed25519.PublicKey)

	sub0, rec0 := e.census.Vote(t, def, 0, 1, 0) // weight 1: yes
	r, _, err := e.svc.SubmitVote(ctx, id, &sub0.Statement, sub0.Proof, nil)
	require.NoError(t, err)
	require.NoError(t, r.Verify(pub))
	require.Equal(t, uint64(0), r.Index)

	// the same member again, even with another ballot: refused
	again, _ := e.census.Vote(t, def, 0, 0, 1)
	_, _, err = e.svc.SubmitVote(ctx, id, &again.Statement, again.Proof, nil)
	require.ErrorIs(t, err, coordinator.ErrNullifierUsed)

	sub1, _ := e.census.Vote(t, def, 1, 0, 2) // weight 2: no
	_, stateIndex, err := e.svc.SubmitVote(ctx, id, &sub1.Statement, sub1.Proof, nil)
	require.NoError(t, err)
	require.Equal(t, uint64(1), stateIndex, "the second join")

	// voter 0 moves to "no" with a re-vote
	idx := uint64(0)
	rec0.StateIndex = &idx
	msgs, err := client.Revote(def, rec0, bigs(0, 1))
	require.NoError(t, err)
	for _, m := range msgs {
		_, err := e.svc.SubmitMessage(ctx, id, m.EphemeralKey, m.Ciphertext, nil)
		require.NoError(t, err)
	}
	// garbage that is well-formed is accepted too: validity is secret
	eph, ct := command(t, def, id, 1)
	_, err = e.svc.SubmitMessage(ctx, id, eph, ct, nil)
	require.NoError(t, err)
	_, err = e.svc.SubmitMessage(ctx, id, eph, ct[1:], nil)
	require.ErrorIs(t, err, coordinator.ErrInvalid)
	_, err = e.svc.SubmitMessage(ctx, id, eph, ct, nil)
	require.ErrorIs(t, err, coordinator.ErrDuplicate, "an exact replay is refused")

	info, err := e.svc.Poll(id)
	require.NoError(t, err)
	chain, n := replayChain(t, e.svc, id)
	require.Equal(t, info.Count, n)
	require.Equal(t, info.ChainHash, chain)

	rr, err := e.svc.Receipt(id, 1)
	require.NoError(t, err)
	require.NoError(t, rr.Verify(pub))
	_, err = e.svc.Receipt(id, 99)
	require.ErrorIs(t, err, coordinator.ErrNotFound)

	_, err = e.svc.StartTally(id)
	require.ErrorIs(t, err, coordinator.ErrNotClosed)
	seal, err := e.svc.ClosePoll(id)
	require.NoError(t, err)
	require.Equal(t, n, seal.Count)
	require.Equal(t, chain, seal.ChainHash)
	require.NoError(t, seal.Verify(pub))
	seal2, err := e.svc.ClosePoll(id)
	require.NoError(t, err)
	require.Equal(t, seal, seal2, "closing twice returns the same seal")

	sub2, _ := e.census.Vote(t, def, 2, 3, 0)
	_, _, err = e.svc.SubmitVote(ctx, id, &sub2.Statement, sub2.Proof, nil)
	require.ErrorIs(t, err, coordinator.ErrClosed)
	_, err = e.svc.SubmitMessage(ctx, id, eph, ct, nil)
	require.ErrorIs(t, err, coordinator.ErrClosed)

	_, err = e.svc.Results(id)
	require.ErrorIs(t, err, coordinator.ErrNotTallied)
	_, err = e.svc.StartTally(id)
	require.NoError(t, err)
	res := waitResults(t, e.svc, id)
	require.Equal(t, bigs(0, 3), res.Totals) // voter 0 moved to no (1), voter 1 no (2)
	require.False(t, res.Proven)
}

func bigs(vs ...int64) []*big.Int {
	out := make([]*big.Int, len(vs))
	for i, v := range vs {
		out[i] = big.NewInt(v)
	}
	return out
}

func waitResults(t *testing.T, svc *coordinator.Service, id fr.Element) *poll.Results {
	var res *poll.Results
	require.Eventually(t, func() bool {
		var err error
		res, err = svc.Results(id)
		return err == nil
	}, 10*time.Second, 10*time.Millisecond)
	return res
}

func TestWindowLimitsAndBadInput(t *testing.T) {
	e := newEnv(t, 4)
	ctx := t.Context()
	def := e.census.Poll(t, e.keys.Coordinator.Public())
	start, end := e.now.Add(time.Hour), e.now.Add(2*time.Hour)
	def.Start, def.End = &start, &end
	def.MaxMessages = 2
	id, err := e.svc.CreatePoll(def)
	require.NoError(t, err)
	_, err = e.svc.CreatePoll(def)
	require.ErrorIs(t, err, coordinator.ErrPollExists)

	sub, _ := e.census.Vote(t, def, 0, 1)
	_, _, err = e.svc.SubmitVote(ctx, id, &sub.Statement, sub.Proof, nil)
	require.ErrorIs(t, err, coordinator.ErrNotOpen, "before the window")
	e.setNow(start.Add(time.Minute))
	e.setNow(start.Add(time.Minute))

	// a tampered proof, a statement for another poll, a wrong poll
	bad := append([]byte(nil), sub.Proof...)
	bad[len(bad)-1] ^= 1
	_, _, err = e.svc.SubmitVote(ctx, id, &sub.Statement, bad, nil)
	require.Error(t, err)
	require.True(t, errors.Is(err, coordinator.ErrInvalidProof) || errors.Is(err, coordinator.ErrInvalid), err.Error())
	st := sub.Statement
	st.StateLeaf.SetUint64(5)
	_, _, err = e.svc.SubmitVote(ctx, id, &st, sub.Proof, nil)
	require.ErrorIs(t, err, coordinator.ErrInvalidProof)
	_, _, err = e.svc.SubmitVote(ctx, fr.Element{1}, &sub.Statement, sub.Proof, nil)
	require.ErrorIs(t, err, coordinator.ErrPollNotFound)

	info, err := e.svc.Poll(id)
	require.NoError(t, err)
	require.Zero(t, info.Count, "nothing refused was stored")

	for i := 0; i < 2; i++ {
		s, _ := e.census.Vote(t, def, i, 1)
		_, _, err = e.svc.SubmitVote(ctx, id, &s.Statement, s.Proof, nil)
		require.NoError(t, err)
	}
	s, _ := e.census.Vote(t, def, 2, 1)
	_, _, err = e.svc.SubmitVote(ctx, id, &s.Statement, s.Proof, nil)
	require.ErrorIs(t, err, coordinator.ErrPollFull)

	// after the window (the poll also seals itself then)
	e.setNow(end)
	s3, _ := e.census.Vote(t, def, 3, 1)
	_, _, err = e.svc.SubmitVote(ctx, id, &s3.Statement, s3.Proof, nil)
	require.True(t, errors.Is(err, coordinator.ErrNotOpen) || errors.Is(err, coordinator.ErrClosed), "after the window: %v", err)

	// polls this coordinator cannot decrypt are refused
	other, err := babyjub.GenerateKey(nil)
	require.NoError(t, err)
	_, err = e.svc.CreatePoll(e.census.Poll(t, other.Public()))
	require.ErrorIs(t, err, coordinator.ErrBadPoll)
}

// TestCreatePollRefusesOverlongText: the coordinator holds a definition to
// poll's text limits, whoever built it.
func TestCreatePollRefusesOverlongText(t *testing.T) {
	e := newEnv(t, 1)
	for name, mutate := range map[string]func(*poll.Definition){
		"title": func(d *poll.Definition) { d.Title = strings.Repeat("t", poll.MaxTitleChars+1) },
		"body":  func(d *poll.Definition) { d.Body = strings.Repeat("b", poll.MaxBodyBytes+1) },
	} {
		def := e.census.Poll(t, e.keys.Coordinator.Public())
		mutate(def)
		_, err := e.svc.CreatePoll(def)
		require.ErrorIs(t, err, coordinator.ErrBadPoll, name)
		require.ErrorContains(t, err, "at most", name)
	}
}

func TestRestartKeepsEverything(t *testing.T) {
	e := newEnv(t, 3)
	ctx := t.Context()
	def, id := e.poll(t)
	sub, _ := e.census.Vote(t, def, 0, 1)
	_, _, err := e.svc.SubmitVote(ctx, id, &sub.Statement, sub.Proof, nil)
	require.NoError(t, err)
	eph, ct := command(t, def, id, 1)
	_, err = e.svc.SubmitMessage(ctx, id, eph, ct, nil)
	require.NoError(t, err)
	before, err := e.svc.Poll(id)
	require.NoError(t, err)

	e.restart(t)
	after, err := e.svc.Poll(id)
	require.NoError(t, err)
	require.Equal(t, before.Count, after.Count)
	require.Equal(t, before.ChainHash, after.ChainHash)
	r0, idx0, err := e.svc.SubmitVote(ctx, id, &sub.Statement, sub.Proof, nil)
	require.NoError(t, err, "the same join again is answered with its receipt, after a restart too")
	require.Equal(t, uint64(0), r0.Index)
	require.Equal(t, uint64(0), idx0)
	other, _ := e.census.Vote(t, def, 0, 0, 1)
	_, _, err = e.svc.SubmitVote(ctx, id, &other.Statement, other.Proof, nil)
	require.ErrorIs(t, err, coordinator.ErrNullifierUsed, "nullifiers survive a restart")
	_, err = e.svc.SubmitMessage(ctx, id, eph, ct, nil)
	require.ErrorIs(t, err, coordinator.ErrDuplicate, "duplicates are refused after a restart too")
	eph2, ct2 := command(t, def, id, 2)
	r, err := e.svc.SubmitMessage(ctx, id, eph2, ct2, nil)
	require.NoError(t, err)
	require.Equal(t, uint64(2), r.Index, "the chain continues")
	chain, n := replayChain(t, e.svc, id)
	require.Equal(t, uint64(3), n)
	require.Equal(t, r.ChainHash, chain)
}

func TestStorageFailures(t *testing.T) {
	e := newEnv(t, 2)
	ctx := t.Context()
	def, id := e.poll(t)
	eph, ct := command(t, def, id, 1)

	e.store.failWrite = true
	_, err := e.svc.SubmitMessage(ctx, id, eph, ct, nil)
	require.ErrorIs(t, err, coordinator.ErrStorage)
	e.store.failWrite = false
	info, err := e.svc.Poll(id)
	require.NoError(t, err)
	require.Zero(t, info.Count, "a failed write changes nothing")
	r, err := e.svc.SubmitMessage(ctx, id, eph, ct, nil)
	require.NoError(t, err)
	require.Zero(t, r.Index)

	e.store.failSyncAt = true
	eph, ct = command(t, def, id, 2)
	_, err = e.svc.SubmitMessage(ctx, id, eph, ct, nil)
	require.ErrorIs(t, err, coordinator.ErrUnavailable)
	require.False(t, e.svc.Healthy())
	e.store.failSyncAt = false
	_, err = e.svc.SubmitMessage(ctx, id, eph, ct, nil)
	require.ErrorIs(t, err, coordinator.ErrUnavailable, "intake stays off until a restart")
	e.restart(t)
	require.True(t, e.svc.Healthy())
	eph, ct = command(t, def, id, 3)
	_, err = e.svc.SubmitMessage(ctx, id, eph, ct, nil)
	require.NoError(t, err)
}

func TestConcurrentIntake(t *testing.T) {
	e := newEnv(t, 2)
	ctx := t.Context()
	def, id := e.poll(t)
	sub, _ := e.census.Vote(t, def, 0, 1)
	const n = 40
	var wg sync.WaitGroup
	var mu sync.Mutex
	indices := map[uint64]int{}
	inFlight := 0
	for i := 0; i < n; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			r, _, err := e.svc.SubmitVote(ctx, id, &sub.Statement, sub.Proof, nil)
			mu.Lock()
			defer mu.Unlock()
			switch {
			case err == nil: // the first, or a retry answered with its receipt
				indices[r.Index]++
			case errors.Is(err, coordinator.ErrInFlight): // a retry while the first is being logged
				inFlight++
			default:
				t.Errorf("unexpected error %v", err)
			}
		}()
		go func(i int) {
			defer wg.Done()
			eph, ct := command(t, def, id, int64(i))
			_, err := e.svc.SubmitMessage(ctx, id, eph, ct, nil)
			if err != nil {
				t.Errorf("message %d: %v", i, err)
			}
		}(i)
	}
	wg.Wait()
	require.Len(t, indices, 1, "every identical join is answered with the one receipt: %v", indices)
	for _, k := range indices {
		require.Equal(t, n, k+inFlight)
	}
	chain, count := replayChain(t, e.svc, id)
	info, err := e.svc.Poll(id)
	require.NoError(t, err)
	require.Equal(t, uint64(n+1), count)
	require.Equal(t, info.ChainHash, chain)
}

func TestMessageSpamCannotLockOutJoins(t *testing.T) {
	e := newEnv(t, 2)
	def := e.census.Poll(t, e.keys.Coordinator.Public())
	def.MaxMessages = 3
	id, err := e.svc.CreatePoll(def)
	require.NoError(t, err)
	ctx := t.Context()
	for i := 0; i < 3; i++ {
		eph, ct := command(t, def, id, int64(i))
		_, err := e.svc.SubmitMessage(ctx, id, eph, ct, nil)
		require.NoError(t, err)
	}
	eph, ct := command(t, def, id, 9)
	_, err = e.svc.SubmitMessage(ctx, id, eph, ct, nil)
	require.ErrorIs(t, err, coordinator.ErrPollFull)
	sub, _ := e.census.Vote(t, def, 0, 1)
	_, _, err = e.svc.SubmitVote(ctx, id, &sub.Statement, sub.Proof, nil)
	require.NoError(t, err, "joins have their own room")
}

func TestConcurrentStartTallyRunsOneJob(t *testing.T) {
	e := newEnv(t, 1)
	_, id := e.poll(t)
	_, err := e.svc.ClosePoll(id)
	require.NoError(t, err)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := e.svc.StartTally(id)
			require.NoError(t, err)
		}()
	}
	wg.Wait()
	waitResults(t, e.svc, id)
	job, err := e.svc.TallyJob(id)
	require.NoError(t, err)
	require.Equal(t, poll.JobDone, job.State)
}

func TestUnsyncedSealIsNeverServed(t *testing.T) {
	e := newEnv(t, 1)
	_, id := e.poll(t)
	e.store.failSyncAt = true
	_, err := e.svc.ClosePoll(id)
	require.ErrorIs(t, err, coordinator.ErrUnavailable)
	e.store.failSyncAt = false
	_, err = e.svc.ClosePoll(id)
	require.ErrorIs(t, err, coordinator.ErrUnavailable, "no retry succeeds before a restart")
	info, err := e.svc.Poll(id)
	require.NoError(t, err)
	require.Nil(t, info.Seal)
	select {
	case <-e.svc.Broken():
	default:
		t.Fatal("Broken() is closed after a storage failure")
	}
	e.restart(t)
	seal, err := e.svc.ClosePoll(id)
	require.NoError(t, err)
	require.NotNil(t, seal)
}

func TestPollsCloseThemselvesAtTheirEnd(t *testing.T) {
	e := newEnv(t, 1)
	def := e.census.Poll(t, e.keys.Coordinator.Public())
	end := e.now.Add(time.Minute)
	def.End = &end
	id, err := e.svc.CreatePoll(def)
	require.NoError(t, err)
	e.setNow(end) // the deadline passes
	require.Eventually(t, func() bool {
		info, err := e.svc.Poll(id)
		return err == nil && info.State == poll.StateClosed && info.Seal != nil
	}, 5*time.Second, 50*time.Millisecond)
}

func TestStopIntake(t *testing.T) {
	e := newEnv(t, 1)
	def, id := e.poll(t)
	e.svc.StopIntake()
	eph, ct := command(t, def, id, 1)
	_, err := e.svc.SubmitMessage(t.Context(), id, eph, ct, nil)
	require.ErrorIs(t, err, coordinator.ErrUnavailable)
}

// TestLogReadsInPages: the log is read a page at a time (no store iterator
// is held while a reader consumes entries), yet every entry comes once, in
// order, from any starting index, and a reader can stop early.
func TestLogReadsInPages(t *testing.T) {
	defer coordinator.SetLogPage(4)()
	e := newEnv(t, 1)
	def := e.census.Poll(t, e.keys.Coordinator.Public())
	id, err := e.svc.CreatePoll(def)
	require.NoError(t, err)
	for i := range 11 {
		eph, ct := command(t, def, id, int64(i+1))
		_, err := e.svc.SubmitMessage(t.Context(), id, eph, ct, nil)
		require.NoError(t, err)
	}
	for _, from := range []uint64{0, 3, 4, 10, 11} {
		var got []uint64
		require.NoError(t, e.svc.Log(id, from, func(en *poll.Entry) error { got = append(got, en.Index); return nil }))
		var want []uint64
		for i := from; i < 11; i++ {
			want = append(want, i)
		}
		require.Equal(t, want, got, "from %d", from)
	}
	_, n := replayChain(t, e.svc, id)
	require.Equal(t, uint64(11), n)
	stop := errors.New("enough")
	var seen int
	err = e.svc.Log(id, 0, func(*poll.Entry) error {
		seen++
		if seen == 6 {
			return stop
		}
		return nil
	})
	require.ErrorIs(t, err, stop)
	require.Equal(t, 6, seen)
}

// TestRatesSurviveRestart: the rate tree is rebuilt from the store, so a
// pass proven against a root from before a restart is still taken, and
// a spent slot stays spent.
func TestRatesSurviveRestart(t *testing.T) {
	e := newEnv(t, 3)
	ctx := t.Context()
	def := e.census.PassPoll(t, e.keys.Coordinator.Public(), 1)
	id, err := e.svc.CreatePoll(def)
	require.NoError(t, err)
	var recs []*client.Record
	for i := range 2 {
		sub, rec := e.census.Vote(t, def, i, 1)
		_, idx, err := e.svc.SubmitVote(ctx, id, &sub.Statement, sub.Proof, sub.Rate)
		require.NoError(t, err)
		rec.StateIndex = &idx
		recs = append(recs, rec)
	}
	path, err := e.svc.RatePath(id, 1)
	require.NoError(t, err)
	pass := func(slot uint64) (*ratelimit.Pass, babyjub.Point, []fr.Element) {
		eph, ct := command(t, def, id, int64(slot)+10)
		w, err := ratelimit.NewWitness(id, &recs[1].Rate.Set, 0, path, slot, 1, message.Hash(&eph, ct))
		require.NoError(t, err)
		proof, err := coordtest.PassKeys(t).Prove(w.Assign(), nil)
		require.NoError(t, err)
		b, err := prover.ProofBytes(proof)
		require.NoError(t, err)
		return &ratelimit.Pass{Root: w.Root, Nullifier: w.Nullifier, Proof: b}, eph, ct
	}
	p, eph, ct := pass(0)
	_, err = e.svc.SubmitMessage(ctx, id, eph, ct, p)
	require.NoError(t, err)

	e.restart(t)
	again, err := e.svc.RatePath(id, 1)
	require.NoError(t, err)
	require.Equal(t, path.Root, again.Root, "the same tree after a restart")
	_, eph2, ct2 := pass(0)
	_, err = e.svc.SubmitMessage(ctx, id, eph2, ct2, p)
	require.ErrorIs(t, err, coordinator.ErrPassUsed, "a spent slot stays spent")
	sub, _ := e.census.Vote(t, def, 2, 1)
	_, _, err = e.svc.SubmitVote(ctx, id, &sub.Statement, sub.Proof, sub.Rate)
	require.NoError(t, err, "joins go on growing the tree")
	w, err := ratelimit.NewWitness(id, &recs[1].Rate.Set, 1, path, 0, 1, message.Hash(&eph2, ct2))
	require.NoError(t, err)
	proof, err := coordtest.PassKeys(t).Prove(w.Assign(), nil)
	require.NoError(t, err)
	b, err := prover.ProofBytes(proof)
	require.NoError(t, err)
	_, err = e.svc.SubmitMessage(ctx, id, eph2, ct2, &ratelimit.Pass{Root: w.Root, Nullifier: w.Nullifier, Proof: b})
	require.NoError(t, err, "a pass against a root from before the restart and the last join")
	report, err := e.svc.Check(ctx, nil)
	require.NoError(t, err)
	require.NotNil(t, report)
}
