package settlement

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/zkvote/zkvote/circuits/process"
	"github.com/zkvote/zkvote/contracts/bindings"
	"github.com/zkvote/zkvote/contracts/solverifier"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/verifier"
)

// A join, as the Tally's join challenges name it: (message hash, state
// leaf, nullifier), the values its chain entry hashes.
type joinEntry = [3]*big.Int

func entryOf(j *poll.Join) joinEntry {
	st := &j.Statement
	return joinEntry{bigOf(st.MessageHash), bigOf(st.StateLeaf), bigOf(st.Nullifier)}
}

// joinID is the Tally's key for a challenged join j:
// keccak256(abi.encode("join", entry hash)).
func joinID(j *poll.Join) [32]byte {
	return labelledID("join", bigOf(j.Statement.Entry()))
}

// labelledID is keccak256(abi.encode(label, x)), the Tally's challenge keys.
func labelledID(label string, x *big.Int) [32]byte {
	enc := make([]byte, 0, 128)
	enc = append(enc, common.LeftPadBytes(big.NewInt(64).Bytes(), 32)...) // the string's offset
	enc = append(enc, common.LeftPadBytes(x.Bytes(), 32)...)
	enc = append(enc, common.LeftPadBytes(big.NewInt(int64(len(label))).Bytes(), 32)...)
	enc = append(enc, common.RightPadBytes([]byte(label), 32)...)
	return crypto.Keccak256Hash(enc)
}

// Joins are a published log's joins in log order (state index order),
// with the poll they belong to: what join challenges are made from and
// answered with.
type Joins struct {
	Definition *poll.Definition
	List       []*poll.Join
}

// JoinsOf returns the joins among a log's entries (a poll.Log's, or a
// verifier.CheckedLog's).
func JoinsOf(def *poll.Definition, entries []*poll.Entry) *Joins {
	js := &Joins{Definition: def}
	for _, e := range entries {
		if e.Join != nil {
			js.List = append(js.List, e.Join)
		}
	}
	return js
}

// batchOf returns the join batch holding the log's i-th join, as the
// Tally's challenges take it: the batch index, the batch's entries and
// the join's position in it.
func batchOf(l *Joins, i int) (uint64, []joinEntry, uint64, error) {
	joins := l.List
	if i < 0 || i >= len(joins) {
		return 0, nil, 0, fmt.Errorf("%w: the log has %d joins, no join %d", ErrConfig, len(joins), i)
	}
	shape, err := process.ShapeFor(l.Definition.Params)
	if err != nil {
		return 0, nil, 0, err
	}
	b := i / shape.Joins
	var entries []joinEntry
	for _, j := range joins[b*shape.Joins : min((b+1)*shape.Joins, len(joins))] {
		entries = append(entries, entryOf(j))
	}
	return uint64(b), entries, uint64(i % shape.Joins), nil
}

// joinBounds reads the Tally's join batch bounds from its JoinBatch events.
func joinBounds(ctx context.Context, c *Chain, d *Deployment) ([]*big.Int, error) {
	t, err := bindings.NewTally(d.Tally, c.Client)
	if err != nil {
		return nil, err
	}
	n, err := t.JoinBoundCount(&bind.CallOpts{Context: ctx})
	if err != nil {
		return nil, callErr("Tally", err)
	}
	it, err := t.FilterJoinBatch(&bind.FilterOpts{Start: d.Block, Context: ctx}, nil)
	if err != nil {
		return nil, callErr("Tally", err)
	}
	defer it.Close()
	bounds := make([]*big.Int, n.Int64())
	for it.Next() {
		if i := it.Event.Index; i.IsInt64() && i.Int64() < int64(len(bounds)) {
			bounds[i.Int64()] = it.Event.Start
		}
	}
	if err := it.Error(); err != nil {
		return nil, callErr("Tally", err)
	}
	for i, b := range bounds {
		if b == nil {
			return nil, fmt.Errorf("%w: the node returned no JoinBatch event %d of %d", ErrState, i, len(bounds))
		}
	}
	return bounds, nil
}

// ChallengeJoin challenges the i-th join of the published log (its state
// index): its answer is due within the Tally's answer window, and an
// unanswered challenge voids the result (Expire).
func ChallengeJoin(ctx context.Context, c *Chain, auth *bind.TransactOpts, d *Deployment, l *Joins, i int) (uint64, error) {
	b, entries, p, err := batchOf(l, i)
	if err != nil {
		return 0, err
	}
	bounds, err := joinBounds(ctx, c, d)
	if err != nil {
		return 0, err
	}
	return tallyTx(ctx, c, auth, d, fmt.Sprintf("challenge join %d", i), func(t *bindings.Tally, o *bind.TransactOpts) (*types.Transaction, error) {
		return t.ChallengeJoin(o, bounds, new(big.Int).SetUint64(b), entries, new(big.Int).SetUint64(p))
	})
}

// ChallengeDuplicate voids the result on two joins of the log (state
// indexes i and j) that share a nullifier.
func ChallengeDuplicate(ctx context.Context, c *Chain, auth *bind.TransactOpts, d *Deployment, l *Joins, i, j int) (uint64, error) {
	b1, e1, p1, err := batchOf(l, i)
	if err != nil {
		return 0, err
	}
	b2, e2, p2, err := batchOf(l, j)
	if err != nil {
		return 0, err
	}
	bounds, err := joinBounds(ctx, c, d)
	if err != nil {
		return 0, err
	}
	return tallyTx(ctx, c, auth, d, fmt.Sprintf("show joins %d and %d share a nullifier", i, j), func(t *bindings.Tally, o *bind.TransactOpts) (*types.Transaction, error) {
		return t.ChallengeDuplicate(o, bounds, new(big.Int).SetUint64(b1), e1, new(big.Int).SetUint64(p1), new(big.Int).SetUint64(b2), e2, new(big.Int).SetUint64(p2))
	})
}

// AnswerJoin answers a challenge of join j with its join+vote proof.
func AnswerJoin(ctx context.Context, c *Chain, auth *bind.TransactOpts, d *Deployment, j *poll.Join) (uint64, error) {
	proof, err := solverifier.Proof(j.Proof)
	if err != nil {
		return 0, fmt.Errorf("%w: the join's proof: %w", ErrConfig, err)
	}
	return tallyTx(ctx, c, auth, d, "answer a join challenge", func(t *bindings.Tally, o *bind.TransactOpts) (*types.Transaction, error) {
		return t.AnswerJoin(o, bigOf(j.Statement.Nullifier), bigOf(j.Statement.Entry()), proof)
	})
}

// Expire voids the result once the challenge of join j went unanswered.
func Expire(ctx context.Context, c *Chain, auth *bind.TransactOpts, d *Deployment, j *poll.Join) (uint64, error) {
	return expireID(ctx, c, auth, d, joinID(j))
}

// ExpireBatch voids the result once the challenge of join batch b went
// unanswered (its bond goes back to the challenger).
func ExpireBatch(ctx context.Context, c *Chain, auth *bind.TransactOpts, d *Deployment, b int) (uint64, error) {
	return expireID(ctx, c, auth, d, batchID(b))
}

func expireID(ctx context.Context, c *Chain, auth *bind.TransactOpts, d *Deployment, id [32]byte) (uint64, error) {
	return tallyTx(ctx, c, auth, d, "expire a challenge", func(t *bindings.Tally, o *bind.TransactOpts) (*types.Transaction, error) {
		return t.Expire(o, id)
	})
}

// batchID is the Tally's key for a challenged join batch:
// keccak256(abi.encode("batch", b)).
func batchID(b int) [32]byte { return labelledID("batch", big.NewInt(int64(b))) }

// ChallengeBatch challenges every join of join batch b without naming them
// (for a watcher who cannot see the log), sending the Tally's batch bond:
// within the answer window someone must post the batch's joins with their
// proofs (and takes the bond), or the result is void.
func ChallengeBatch(ctx context.Context, c *Chain, auth *bind.TransactOpts, d *Deployment, b int) (uint64, error) {
	t, err := bindings.NewTally(d.Tally, c.Client)
	if err != nil {
		return 0, err
	}
	bond, err := t.BatchBond(&bind.CallOpts{Context: ctx})
	if err != nil {
		return 0, callErr("Tally", err)
	}
	bounds, err := joinBounds(ctx, c, d)
	if err != nil {
		return 0, err
	}
	paying := *auth
	paying.Value = bond
	return tallyTx(ctx, c, &paying, d, fmt.Sprintf("challenge join batch %d", b), func(t *bindings.Tally, o *bind.TransactOpts) (*types.Transaction, error) {
		return t.ChallengeBatch(o, bounds, big.NewInt(int64(b)))
	})
}

// JoinBatches is how many join batches the Tally's result has.
func JoinBatches(ctx context.Context, c *Chain, d *Deployment) (int, error) {
	t, err := bindings.NewTally(d.Tally, c.Client)
	if err != nil {
		return 0, err
	}
	n, err := t.JoinBoundCount(&bind.CallOpts{Context: ctx})
	if err != nil {
		return 0, callErr("Tally", err)
	}
	return max(int(n.Int64())-1, 0), nil
}

// AnswerBatch answers the challenge of join batch b with the batch's joins
// and their proofs from the published log.
func AnswerBatch(ctx context.Context, c *Chain, auth *bind.TransactOpts, d *Deployment, l *Joins, b int) (uint64, error) {
	shape, err := process.ShapeFor(l.Definition.Params)
	if err != nil {
		return 0, err
	}
	if b*shape.Joins >= len(l.List) {
		return 0, fmt.Errorf("%w: the log has no join batch %d", ErrConfig, b)
	}
	_, entries, _, err := batchOf(l, b*shape.Joins)
	if err != nil {
		return 0, err
	}
	var proofs [][]byte
	for _, j := range l.List[b*shape.Joins : b*shape.Joins+len(entries)] {
		p, err := solverifier.Proof(j.Proof)
		if err != nil {
			return 0, fmt.Errorf("%w: join proof: %w", ErrConfig, err)
		}
		proofs = append(proofs, p)
	}
	bounds, err := joinBounds(ctx, c, d)
	if err != nil {
		return 0, err
	}
	return tallyTx(ctx, c, auth, d, fmt.Sprintf("answer the challenge of join batch %d", b), func(t *bindings.Tally, o *bind.TransactOpts) (*types.Transaction, error) {
		return t.AnswerBatch(o, bounds, big.NewInt(int64(b)), entries, proofs)
	})
}

// Challenge is a challenge raised on a poll's Tally: of one join, or of a
// whole join batch.
type Challenge struct {
	StateIndex int // the join's index among the log's joins (-1: not in the log given, or a batch challenge)
	Batch      int // the challenged join batch (-1: a join challenge)
	Deadline   time.Time
	Answered   bool
}

// Challenges lists the join challenges raised on the Tally, matched to
// the log's joins.
func Challenges(ctx context.Context, c *Chain, d *Deployment, l *Joins) ([]Challenge, error) {
	t, err := bindings.NewTally(d.Tally, c.Client)
	if err != nil {
		return nil, err
	}
	it, err := t.FilterJoinChallenged(&bind.FilterOpts{Start: d.Block, Context: ctx}, nil)
	if err != nil {
		return nil, callErr("Tally", err)
	}
	defer it.Close()
	index := map[[32]byte]int{}
	for i, j := range l.List {
		index[joinID(j)] = i
	}
	var out []Challenge
	add := func(id [32]byte, ch Challenge) error {
		state, err := t.Challenged(&bind.CallOpts{Context: ctx}, id)
		if err != nil {
			return callErr("Tally", err)
		}
		ch.Answered = state.Cmp(answered) == 0
		out = append(out, ch)
		return nil
	}
	for it.Next() {
		ev := it.Event
		ch := Challenge{StateIndex: -1, Batch: -1, Deadline: time.Unix(ev.Deadline.Int64(), 0).UTC()}
		if i, ok := index[ev.Id]; ok {
			ch.StateIndex = i
		}
		if err := add(ev.Id, ch); err != nil {
			return nil, err
		}
	}
	if err := it.Error(); err != nil {
		return nil, callErr("Tally", err)
	}
	bt, err := t.FilterBatchChallenged(&bind.FilterOpts{Start: d.Block, Context: ctx}, nil)
	if err != nil {
		return nil, callErr("Tally", err)
	}
	defer bt.Close()
	for bt.Next() {
		ev := bt.Event
		if err := add(ev.Id, Challenge{StateIndex: -1, Batch: int(ev.Batch.Int64()), Deadline: time.Unix(ev.Deadline.Int64(), 0).UTC()}); err != nil {
			return nil, err
		}
	}
	return out, bt.Error()
}

// answered is the Tally's mark of an answered challenge.
var answered = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// Tended is what TendChallenges did about one open challenge.
type Tended struct {
	Challenge
	Answered bool // answered now, from the log
	Expired  bool // past its deadline and expired: the result is void
	Skipped  bool // its join is in skip, or not in the log: left open
	Gas      uint64
	Err      error // the answer or the expiry failed
}

// TendChallenges deals with every open challenge of the Tally. One of a
// join in skip (known not to hold) or not in the log is left open; with
// expire, one past its answer deadline (chain time) is expired, which
// voids the result; any other is answered from the log: a batch with its
// joins and their proofs, a join with its proof.
func TendChallenges(ctx context.Context, c *Chain, auth *bind.TransactOpts, d *Deployment, l *Joins, skip map[int]bool, expire bool) ([]Tended, error) {
	chs, err := Challenges(ctx, c, d, l)
	if err != nil {
		return nil, err
	}
	head, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	now := time.Unix(int64(head.Time), 0)
	var out []Tended
	for _, ch := range chs {
		if ch.Answered {
			continue
		}
		t := Tended{Challenge: ch}
		switch {
		case expire && !now.Before(ch.Deadline) && ch.Batch >= 0:
			t.Expired = true
			t.Gas, t.Err = ExpireBatch(ctx, c, auth, d, ch.Batch)
		case expire && !now.Before(ch.Deadline) && ch.StateIndex >= 0:
			t.Expired = true
			t.Gas, t.Err = Expire(ctx, c, auth, d, l.List[ch.StateIndex])
		case ch.Batch >= 0:
			t.Answered = true
			t.Gas, t.Err = AnswerBatch(ctx, c, auth, d, l, ch.Batch)
		case ch.StateIndex < 0 || skip[ch.StateIndex]:
			t.Skipped = true
		default:
			t.Answered = true
			t.Gas, t.Err = AnswerJoin(ctx, c, auth, d, l.List[ch.StateIndex])
		}
		out = append(out, t)
	}
	return out, nil
}

// AnswerChallenges answers every open challenge of the Tally with the
// joins' proofs from the published log; a challenge of a join the log
// does not hold, or whose proof does not verify, cannot be answered and
// is reported.
func AnswerChallenges(ctx context.Context, c *Chain, auth *bind.TransactOpts, d *Deployment, l *Joins) (answeredNow int, gas uint64, err error) {
	tended, err := TendChallenges(ctx, c, auth, d, l, nil, false)
	if err != nil {
		return 0, 0, err
	}
	var unanswerable []string
	for _, t := range tended {
		switch {
		case t.Skipped:
			unanswerable = append(unanswerable, "a join that is not in this log")
		case t.Err != nil && t.Batch >= 0:
			unanswerable = append(unanswerable, fmt.Sprintf("join batch %d: %v", t.Batch, t.Err))
		case t.Err != nil:
			unanswerable = append(unanswerable, fmt.Sprintf("join %d: %v", t.StateIndex, t.Err))
		default:
			answeredNow++
			gas += t.Gas
		}
	}
	if len(unanswerable) > 0 {
		return answeredNow, gas, fmt.Errorf("%w: %d challenge(s) cannot be answered from this log: %v", ErrState, len(unanswerable), unanswerable)
	}
	return answeredNow, gas, nil
}

// Suspect is a join of the published log that a challenge would void the
// result on: its proof does not verify, or its nullifier is another
// join's.
type Suspect struct {
	StateIndex int
	// Duplicate is the earlier join with the same nullifier, or -1.
	Duplicate int
	Reason    string
}

// CheckJoins checks every join of the published log as the Tally's
// challenges would, off-chain: its join+vote proof under vk, and that no
// two joins share a nullifier.
func CheckJoins(l *Joins, vk groth16.VerifyingKey) ([]Suspect, error) {
	c, err := l.Definition.Circuit()
	if err != nil {
		return nil, err
	}
	var out []Suspect
	seen := map[[32]byte]int{}
	for i, j := range l.List {
		if err := verifier.VerifyJoinVote(vk, l.Definition.Params, c, j.Proof, &j.Statement); err != nil {
			out = append(out, Suspect{StateIndex: i, Duplicate: -1, Reason: err.Error()})
			continue
		}
		n := j.Statement.Nullifier.Bytes()
		if k, dup := seen[n]; dup {
			out = append(out, Suspect{StateIndex: i, Duplicate: k, Reason: fmt.Sprintf("its nullifier is join %d's", k)})
			continue
		}
		seen[n] = i
	}
	return out, nil
}

// TallyStatus is what a poll's Tally says about its result.
type TallyStatus struct {
	Done            bool
	Final           bool // done, challenge window over, every challenge answered, not void
	Voided          bool
	OpenChallenges  int
	ChallengesUntil time.Time // when the challenge window closes (once done)
}

// ReadTallyStatus reads the Tally's state.
func ReadTallyStatus(ctx context.Context, c *Chain, d *Deployment) (*TallyStatus, error) {
	t, err := bindings.NewTally(d.Tally, c.Client)
	if err != nil {
		return nil, err
	}
	call := &bind.CallOpts{Context: ctx}
	s := &TallyStatus{}
	var open, doneAt, window *big.Int
	for _, f := range []func() error{
		func() (err error) { s.Done, err = t.Done(call); return },
		func() (err error) { s.Final, err = t.Final(call); return },
		func() (err error) { s.Voided, err = t.Voided(call); return },
		func() (err error) { open, err = t.OpenChallenges(call); return },
		func() (err error) { doneAt, err = t.DoneAt(call); return },
		func() (err error) { window, err = t.ChallengeWindow(call); return },
	} {
		if err := f(); err != nil {
			return nil, callErr("Tally", err)
		}
	}
	s.OpenChallenges = int(open.Int64())
	if s.Done {
		s.ChallengesUntil = time.Unix(new(big.Int).Add(doneAt, window).Int64(), 0).UTC()
	}
	return s, nil
}

func tallyTx(ctx context.Context, c *Chain, auth *bind.TransactOpts, d *Deployment, what string,
	send func(*bindings.Tally, *bind.TransactOpts) (*types.Transaction, error)) (uint64, error) {
	t, err := bindings.NewTally(d.Tally, c.Client)
	return transact(ctx, c, auth, what, t, err, send)
}
