package settlement

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
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

// Kind is the sub-chain a challenge names an entry of.
type Kind int

const (
	// Joins: a join's join+vote proof is challenged.
	Joins Kind = iota
	// Commands: in a poll with command proofs, a command's proof.
	Commands
)

func (k Kind) String() string {
	if k == Commands {
		return "command"
	}
	return "join"
}

// A join, as the Challenges contract names it: (message hash, state leaf,
// nullifier), the values its chain entry hashes.
type joinEntry = [3]*big.Int

func entryOf(j *poll.Join) joinEntry {
	st := &j.Statement
	return joinEntry{bigOf(st.MessageHash), bigOf(st.StateLeaf), bigOf(st.Nullifier)}
}

// A command with an opening, as the Challenges contract names it:
// (message hash, opening).
type commandEntry = [2]*big.Int

func commandEntryOf(m *poll.Command) commandEntry {
	var opening fr.Element
	if m.Opening != nil {
		opening = *m.Opening
	}
	return commandEntry{bigOf(m.Hash()), bigOf(opening)}
}

// batchID is the key of a challenged batch b of kind k:
// keccak256(abi.encode("batch" or "command batch", b)).
func batchID(k Kind, b int) [32]byte {
	label := "batch"
	if k == Commands {
		label = "command batch"
	}
	return labelledID(label, big.NewInt(int64(b)))
}

// labelledID is keccak256(abi.encode(label, x)), the challenge keys.
func labelledID(label string, x *big.Int) [32]byte {
	enc := make([]byte, 0, 128)
	enc = append(enc, common.LeftPadBytes(big.NewInt(64).Bytes(), 32)...) // the string's offset
	enc = append(enc, common.LeftPadBytes(x.Bytes(), 32)...)
	enc = append(enc, common.LeftPadBytes(big.NewInt(int64(len(label))).Bytes(), 32)...)
	enc = append(enc, common.RightPadBytes([]byte(label), 32)...)
	return crypto.Keccak256Hash(enc)
}

// Log is a published log's joins (state index order) and commands, each
// in log order, with the poll they belong to: what challenges are made
// from and answered with.
type Log struct {
	Definition *poll.Definition
	Joins      []*poll.Join
	Commands   []*poll.Command
	// Skipped holds the entries the Tally's result skipped, by kind: joins
	// (state indexes) as duplicates, commands (index among the commands)
	// as copies (ReadSkipped fills it from the chain).
	Skipped Skip
}

// LogOf returns the joins and commands among a log's entries (a
// poll.Log's, or a verifier.CheckedLog's).
func LogOf(def *poll.Definition, entries []*poll.Entry) *Log {
	l := &Log{Definition: def}
	for _, e := range entries {
		switch {
		case e.Join != nil:
			l.Joins = append(l.Joins, e.Join)
		case e.Command != nil:
			l.Commands = append(l.Commands, e.Command)
		}
	}
	return l
}

// count is how many entries of kind k the log has.
func (l *Log) count(k Kind) int {
	if k == Commands {
		return len(l.Commands)
	}
	return len(l.Joins)
}

// batchSize is how many entries of kind k one batch proof takes.
func (l *Log) batchSize(k Kind) (int, error) {
	shape, err := process.ShapeFor(l.Definition.Params)
	if err != nil {
		return 0, err
	}
	if k == Commands {
		return shape.Commands, nil
	}
	return shape.Joins, nil
}

// span returns the batch of kind k holding the log's i-th entry of that
// kind, as the challenges take it: the batch index (log order), the
// batch's first and end entry indexes, and the entry's position in it.
func (l *Log) span(k Kind, i int) (b, first, end, p int, err error) {
	n := l.count(k)
	if i < 0 || i >= n {
		return 0, 0, 0, 0, fmt.Errorf("%w: the log has %d %ss, no %s %d", ErrConfig, n, k, k, i)
	}
	size, err := l.batchSize(k)
	if err != nil {
		return 0, 0, 0, 0, err
	}
	b = i / size
	first = b * size
	return b, first, min(first+size, n), i - first, nil
}

func (l *Log) joinEntries(first, end int) []joinEntry {
	var out []joinEntry
	for _, j := range l.Joins[first:end] {
		out = append(out, entryOf(j))
	}
	return out
}

func (l *Log) commandEntries(first, end int) []commandEntry {
	var out []commandEntry
	for _, m := range l.Commands[first:end] {
		out = append(out, commandEntryOf(m))
	}
	return out
}

// id is the Challenges contract's key for the log's i-th entry of kind k:
// keccak256(abi.encode("join" or "command", entry hash)).
func (l *Log) id(k Kind, i int) [32]byte {
	if k == Commands {
		return labelledID("command", bigOf(l.Commands[i].Entry()))
	}
	return labelledID("join", bigOf(l.Joins[i].Statement.Entry()))
}

// proof is the proof of the log's i-th entry of kind k, in the EIP-197
// form the verifiers take.
func (l *Log) proof(k Kind, i int) ([]byte, error) {
	var proof []byte
	if k == Commands {
		proof = l.Commands[i].Proof
	} else {
		proof = l.Joins[i].Proof
	}
	p, err := solverifier.Proof(proof)
	if err != nil {
		return nil, fmt.Errorf("%w: %s %d's proof: %w", ErrConfig, k, i, err)
	}
	return p, nil
}

// boundCount is how many batch bounds of kind k the Tally holds (its
// batches + 1, once they are all proven).
func boundCount(ctx context.Context, t *bindings.Tally, k Kind) (int, error) {
	call := &bind.CallOpts{Context: ctx}
	var n *big.Int
	var err error
	if k == Commands {
		n, err = t.CommandBoundCount(call)
	} else {
		n, err = t.JoinBoundCount(call)
	}
	if err != nil {
		return 0, callErr("Tally", err)
	}
	return int(n.Int64()), nil
}

// bounds reads the Tally's batch bounds of kind k from its JoinBatch or
// CommandBatch events.
func bounds(ctx context.Context, c *Chain, d *Deployment, k Kind) ([]*big.Int, error) {
	t, err := bindings.NewTally(d.Tally, c.Client)
	if err != nil {
		return nil, err
	}
	n, err := boundCount(ctx, t, k)
	if err != nil {
		return nil, err
	}
	out := make([]*big.Int, n)
	put := func(i, v *big.Int) error {
		if i.IsInt64() && i.Int64() < int64(len(out)) {
			out[i.Int64()] = v
		}
		return nil
	}
	if err := eachWindow(ctx, c, d.Block, func(filter *bind.FilterOpts) error {
		if k == Commands {
			it, err := t.FilterCommandBatch(filter, nil)
			if err != nil {
				return err
			}
			return each(it, func() error { return put(it.Event.Index, it.Event.Start) })
		}
		it, err := t.FilterJoinBatch(filter, nil)
		if err != nil {
			return err
		}
		return each(it, func() error { return put(it.Event.Index, it.Event.Start) })
	}); err != nil {
		return nil, callErr("Tally", err)
	}
	for i, b := range out {
		if b == nil {
			return nil, fmt.Errorf("%w: the node returned no %s batch event %d of %d", ErrState, k, i, len(out))
		}
	}
	return out, nil
}

// Public JSON-RPC providers refuse an eth_getLogs query over too many
// blocks (commonly 10,000, some fewer); a poll's events span its whole
// life. Queries start logWindow blocks wide and halve on a refusal, down
// to one block (a refusal then is the node's failure, returned).
const logWindow = 10_000

// eachWindow calls query over consecutive block ranges from `from` to the
// chain head, each as wide as the node accepts.
func eachWindow(ctx context.Context, c *Chain, from uint64, query func(*bind.FilterOpts) error) error {
	head, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	return eachWindowTo(ctx, c, from, head.Number.Uint64(), query)
}

// eachWindowTo is eachWindow up to block last.
func eachWindowTo(ctx context.Context, c *Chain, from, last uint64, query func(*bind.FilterOpts) error) error {
	w := uint64(logWindow)
	for start := from; start <= last; {
		end := min(start+w-1, last)
		if err := query(&bind.FilterOpts{Start: start, End: &end, Context: ctx}); err != nil {
			if w > 1 && ctx.Err() == nil {
				w /= 2
				continue
			}
			return err
		}
		start = end + 1
	}
	return nil
}

// events is an abigen event iterator.
type events interface {
	Next() bool
	Error() error
	Close() error
}

// each calls ev for every event of it, and closes it.
func each(it events, ev func() error) error {
	defer it.Close()
	for it.Next() {
		if err := ev(); err != nil {
			return err
		}
	}
	return it.Error()
}

// Challenge raises a challenge of the log's i-th entry of kind k (a
// join's state index, or a command's index among the log's commands): its
// answer is due within the answer window, and an unanswered challenge
// voids the result (TendChallenges expires it).
func Challenge(ctx context.Context, c *Chain, auth *bind.TransactOpts, d *Deployment, l *Log, k Kind, i int) (uint64, error) {
	b, first, end, p, err := l.span(k, i)
	if err != nil {
		return 0, err
	}
	bs, err := bounds(ctx, c, d, k)
	if err != nil {
		return 0, err
	}
	bb, pp := big.NewInt(int64(b)), big.NewInt(int64(p))
	return challengesTx(ctx, c, auth, d, fmt.Sprintf("challenge %s %d", k, i), func(t *bindings.Challenges, o *bind.TransactOpts) (*types.Transaction, error) {
		if k == Commands {
			return t.ChallengeCommand(o, bs, bb, l.commandEntries(first, end), pp)
		}
		return t.ChallengeJoin(o, bs, bb, l.joinEntries(first, end), pp)
	})
}

// ChallengeDuplicate voids the result on two entries of kind k of the log
// that the result did not skip: two joins (state indexes i and j) that
// share a nullifier, or two identical commands (indexes i and j among the
// commands).
func ChallengeDuplicate(ctx context.Context, c *Chain, auth *bind.TransactOpts, d *Deployment, l *Log, k Kind, i, j int) (uint64, error) {
	b1, f1, e1, p1, err := l.span(k, i)
	if err != nil {
		return 0, err
	}
	b2, f2, e2, p2, err := l.span(k, j)
	if err != nil {
		return 0, err
	}
	bs, masks, err := boundsAndMasks(ctx, c, d, k)
	if err != nil {
		return 0, err
	}
	n := func(x int) *big.Int { return big.NewInt(int64(x)) }
	what := fmt.Sprintf("show joins %d and %d share a nullifier", i, j)
	if k == Commands {
		what = fmt.Sprintf("show commands %d and %d are the same", i, j)
	}
	return challengesTx(ctx, c, auth, d, what, func(t *bindings.Challenges, o *bind.TransactOpts) (*types.Transaction, error) {
		if k == Commands {
			return t.ChallengeCommandRepeat(o, bs, masks, n(b1), l.commandEntries(f1, e1), n(p1), n(b2), l.commandEntries(f2, e2), n(p2))
		}
		return t.ChallengeDuplicate(o, bs, masks, n(b1), l.joinEntries(f1, e1), n(p1), n(b2), l.joinEntries(f2, e2), n(p2))
	})
}

// Answer answers the challenge of the log's i-th entry of kind k with its
// proof from the log.
func Answer(ctx context.Context, c *Chain, auth *bind.TransactOpts, d *Deployment, l *Log, k Kind, i int) (uint64, error) {
	if _, _, _, _, err := l.span(k, i); err != nil {
		return 0, err
	}
	proof, err := l.proof(k, i)
	if err != nil {
		return 0, err
	}
	return challengesTx(ctx, c, auth, d, fmt.Sprintf("answer a %s challenge", k), func(t *bindings.Challenges, o *bind.TransactOpts) (*types.Transaction, error) {
		if k == Commands {
			return t.AnswerCommand(o, bigOf(l.Commands[i].Entry()), proof)
		}
		st := &l.Joins[i].Statement
		return t.AnswerJoin(o, bigOf(st.Nullifier), bigOf(st.Entry()), proof)
	})
}

// Expire voids the result once the challenge of the log's i-th entry of
// kind k went unanswered past its deadline.
func Expire(ctx context.Context, c *Chain, auth *bind.TransactOpts, d *Deployment, l *Log, k Kind, i int) (uint64, error) {
	if _, _, _, _, err := l.span(k, i); err != nil {
		return 0, err
	}
	return expire(ctx, c, auth, d, l.id(k, i))
}

// ExpireBatch voids the result once the challenge of batch b of kind k
// went unanswered (its bond goes back to the challenger).
func ExpireBatch(ctx context.Context, c *Chain, auth *bind.TransactOpts, d *Deployment, k Kind, b int) (uint64, error) {
	return expire(ctx, c, auth, d, batchID(k, b))
}

// expire voids the result once challenge id went unanswered past its
// deadline (a batch challenge's bond goes back to the challenger).
func expire(ctx context.Context, c *Chain, auth *bind.TransactOpts, d *Deployment, id [32]byte) (uint64, error) {
	return challengesTx(ctx, c, auth, d, "expire a challenge", func(t *bindings.Challenges, o *bind.TransactOpts) (*types.Transaction, error) {
		return t.Expire(o, id)
	})
}

// ChallengeBatch challenges every entry of batch b of kind k without
// naming them (for a watcher who cannot see the log), sending the batch
// bond: within the answer window someone must post the batch's entries
// with their proofs (and takes the bond), or the result is void.
func ChallengeBatch(ctx context.Context, c *Chain, auth *bind.TransactOpts, d *Deployment, k Kind, b int) (uint64, error) {
	t, err := bindings.NewChallenges(d.Challenges, c.Client)
	if err != nil {
		return 0, err
	}
	bond, err := t.BatchBond(&bind.CallOpts{Context: ctx})
	if err != nil {
		return 0, callErr("Challenges", err)
	}
	bs, err := bounds(ctx, c, d, k)
	if err != nil {
		return 0, err
	}
	paying := *auth
	paying.Value = bond
	return challengesTx(ctx, c, &paying, d, fmt.Sprintf("challenge %s batch %d", k, b), func(t *bindings.Challenges, o *bind.TransactOpts) (*types.Transaction, error) {
		if k == Commands {
			return t.ChallengeCommandBatch(o, bs, big.NewInt(int64(b)))
		}
		return t.ChallengeBatch(o, bs, big.NewInt(int64(b)))
	})
}

// Batches is how many batches of kind k the Tally's result has: 0 for
// commands in a poll without command proofs (they cannot be challenged).
func Batches(ctx context.Context, c *Chain, d *Deployment, k Kind) (int, error) {
	t, err := bindings.NewTally(d.Tally, c.Client)
	if err != nil {
		return 0, err
	}
	if k == Commands {
		ch, err := bindings.NewChallenges(d.Challenges, c.Client)
		if err != nil {
			return 0, err
		}
		v, err := ch.CommandVerifier(&bind.CallOpts{Context: ctx})
		if err != nil {
			return 0, callErr("Challenges", err)
		}
		if v == (common.Address{}) {
			return 0, nil
		}
	}
	n, err := boundCount(ctx, t, k)
	return max(n-1, 0), err
}

// AnswerBatch answers the challenge of batch b of kind k with the batch's
// entries and their proofs from the published log.
func AnswerBatch(ctx context.Context, c *Chain, auth *bind.TransactOpts, d *Deployment, l *Log, k Kind, b int) (uint64, error) {
	size, err := l.batchSize(k)
	if err != nil {
		return 0, err
	}
	if b < 0 || b*size >= l.count(k) {
		return 0, fmt.Errorf("%w: the log has no %s batch %d", ErrConfig, k, b)
	}
	first, end := b*size, min((b+1)*size, l.count(k))
	var proofs [][]byte
	for i := first; i < end; i++ {
		p, err := l.proof(k, i)
		if err != nil {
			return 0, err
		}
		proofs = append(proofs, p)
	}
	bs, err := bounds(ctx, c, d, k)
	if err != nil {
		return 0, err
	}
	return challengesTx(ctx, c, auth, d, fmt.Sprintf("answer the challenge of %s batch %d", k, b), func(t *bindings.Challenges, o *bind.TransactOpts) (*types.Transaction, error) {
		if k == Commands {
			return t.AnswerCommandBatch(o, bs, big.NewInt(int64(b)), l.commandEntries(first, end), proofs)
		}
		return t.AnswerBatch(o, bs, big.NewInt(int64(b)), l.joinEntries(first, end), proofs)
	})
}

// Raised is a challenge raised on a poll's Challenges contract: of one
// join or command, or of a whole batch.
type Raised struct {
	Kind     Kind
	Index    int  // the join's state index, or the command's index among the log's commands (-1: not in the log given, or a batch challenge)
	Batch    int  // the challenged batch (-1: one entry's challenge)
	Skip     bool // a skip challenge: join Index must be shown to be a duplicate
	ID       [32]byte
	Deadline time.Time
	Answered bool
}

// What names the challenged entry or batch ("join 3", "command batch 0").
func (r *Raised) What() string {
	switch {
	case r.Skip:
		return fmt.Sprintf("the skip of %s %d", r.Kind, r.Index)
	case r.Batch >= 0:
		return fmt.Sprintf("%s batch %d", r.Kind, r.Batch)
	case r.Index >= 0:
		return fmt.Sprintf("%s %d", r.Kind, r.Index)
	}
	return fmt.Sprintf("a %s that is not in this log", r.Kind)
}

// Challenges lists the challenges raised on the poll's Challenges
// contract, matched to the log's joins and commands.
func Challenges(ctx context.Context, c *Chain, d *Deployment, l *Log) ([]Raised, error) {
	t, err := bindings.NewChallenges(d.Challenges, c.Client)
	if err != nil {
		return nil, err
	}
	index := map[[32]byte]int{}
	for _, k := range []Kind{Joins, Commands} {
		for i := range l.count(k) {
			index[l.id(k, i)] = i
		}
	}
	var out []Raised
	seen := map[[32]byte]bool{}
	add := func(k Kind, id [32]byte, batch *big.Int, deadline *big.Int) error {
		if seen[id] { // a window read again after a refusal
			return nil
		}
		seen[id] = true
		r := Raised{Kind: k, Index: -1, Batch: -1, ID: id, Deadline: time.Unix(deadline.Int64(), 0).UTC()}
		if batch != nil {
			r.Batch = int(batch.Int64())
		} else if i, ok := index[id]; ok {
			r.Index = i
		}
		state, err := t.Challenged(&bind.CallOpts{Context: ctx}, id)
		if err != nil {
			return err
		}
		r.Answered = state.Cmp(answered) == 0
		out = append(out, r)
		return nil
	}
	// addSkip adds a skip challenge of position p of batch b (log order).
	addSkip := func(k Kind, id [32]byte, b, p, deadline *big.Int) error {
		if seen[id] {
			return nil
		}
		if err := add(k, id, nil, deadline); err != nil {
			return err
		}
		r := &out[len(out)-1]
		r.Skip, r.Index = true, -1
		if size, err := l.batchSize(k); err == nil && l.Definition != nil && b.IsInt64() && p.IsInt64() {
			if i := int(b.Int64())*size + int(p.Int64()); i < l.count(k) {
				r.Index = i
			}
		}
		return nil
	}
	err = eachWindow(ctx, c, d.Block, func(opts *bind.FilterOpts) error {
		js, err := t.FilterJoinChallenged(opts, nil)
		if err == nil {
			err = each(js, func() error { return add(Joins, js.Event.Id, nil, js.Event.Deadline) })
		}
		if err != nil {
			return err
		}
		cs, err := t.FilterCommandChallenged(opts, nil)
		if err == nil {
			err = each(cs, func() error { return add(Commands, cs.Event.Id, nil, cs.Event.Deadline) })
		}
		if err != nil {
			return err
		}
		jb, err := t.FilterBatchChallenged(opts, nil)
		if err == nil {
			err = each(jb, func() error { return add(Joins, jb.Event.Id, jb.Event.Batch, jb.Event.Deadline) })
		}
		if err != nil {
			return err
		}
		cb, err := t.FilterCommandBatchChallenged(opts, nil)
		if err == nil {
			err = each(cb, func() error { return add(Commands, cb.Event.Id, cb.Event.Batch, cb.Event.Deadline) })
		}
		if err != nil {
			return err
		}
		sc, err := t.FilterSkipChallenged(opts, nil)
		if err == nil {
			err = each(sc, func() error { return addSkip(Joins, sc.Event.Id, sc.Event.Batch, sc.Event.Position, sc.Event.Deadline) })
		}
		if err != nil {
			return err
		}
		cc, err := t.FilterCommandSkipChallenged(opts, nil)
		if err == nil {
			err = each(cc, func() error {
				return addSkip(Commands, cc.Event.Id, cc.Event.Batch, cc.Event.Position, cc.Event.Deadline)
			})
		}
		return err
	})
	if err != nil {
		return nil, callErr("Challenges", err)
	}
	return out, nil
}

// answered is the Challenges contract's mark of an answered challenge.
var answered = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// Tended is what TendChallenges did about one open challenge.
type Tended struct {
	Raised
	Answered bool // answered now, from the log
	Expired  bool // past its deadline and expired: the result is void
	Skipped  bool // its entry is in skip, or not in the log: left open
	Gas      uint64
	Err      error // the answer or the expiry failed
}

// Skip names the entries TendChallenges leaves unanswered (known not to
// hold), by kind and index.
type Skip map[Kind]map[int]bool

// Add marks the entry i of kind k.
func (s Skip) Add(k Kind, i int) {
	if s[k] == nil {
		s[k] = map[int]bool{}
	}
	s[k][i] = true
}

// TendChallenges deals with every open challenge. One of an entry in skip
// (known not to hold) or not in the log is left open; with expire, one
// past its answer deadline (chain time) is expired, which voids the
// result; any other is answered from the log: a batch with its entries and
// their proofs, a join or command with its proof.
func TendChallenges(ctx context.Context, c *Chain, auth *bind.TransactOpts, d *Deployment, l *Log, skip Skip, expireDue bool) ([]Tended, error) {
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
		t := Tended{Raised: ch}
		switch {
		case expireDue && !now.Before(ch.Deadline):
			t.Expired = true
			t.Gas, t.Err = expire(ctx, c, auth, d, ch.ID)
		case ch.Batch >= 0:
			t.Answered = true
			t.Gas, t.Err = AnswerBatch(ctx, c, auth, d, l, ch.Kind, ch.Batch)
		case ch.Index < 0 || skip[ch.Kind][ch.Index] || ch.Skip && l.firstWith(ch.Kind, ch.Index) == ch.Index:
			t.Skipped = true
		case ch.Skip:
			t.Answered = true
			t.Gas, t.Err = AnswerSkip(ctx, c, auth, d, l, ch.Kind, ch.Index)
		default:
			t.Answered = true
			t.Gas, t.Err = Answer(ctx, c, auth, d, l, ch.Kind, ch.Index)
		}
		out = append(out, t)
	}
	return out, nil
}

// AnswerChallenges answers every open challenge with the proofs from the
// published log; a challenge of an entry the log does not hold, or whose
// proof does not verify, cannot be answered and is reported.
func AnswerChallenges(ctx context.Context, c *Chain, auth *bind.TransactOpts, d *Deployment, l *Log) (answeredNow int, gas uint64, err error) {
	tended, err := TendChallenges(ctx, c, auth, d, l, nil, false)
	if err != nil {
		return 0, 0, err
	}
	var unanswerable []string
	for _, t := range tended {
		switch {
		case t.Skipped:
			unanswerable = append(unanswerable, t.What())
		case t.Err != nil:
			unanswerable = append(unanswerable, fmt.Sprintf("%s: %v", t.What(), t.Err))
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

// Suspect is an entry of the published log that a challenge would void
// the result on: its proof does not verify, it repeats an earlier entry
// (a join its nullifier, a command the whole command) and the result did
// not skip it, or the result skipped it and it repeats none.
type Suspect struct {
	Kind  Kind
	Index int
	// Duplicate is the earlier entry it repeats, or -1.
	Duplicate int
	// Skipped: the result skipped this entry, which repeats none
	// (ChallengeSkip).
	Skipped bool
	Reason  string
}

// Check checks every entry of the published log as the challenges would,
// off-chain: each join's join+vote proof under keys[prover.JoinVote], that
// the result skipped (l.Skipped) exactly the joins whose nullifier an
// earlier join has and exactly the commands that copy an earlier one, and
// in a poll with command proofs each command's proof under
// keys[prover.Command].
func Check(l *Log, joinKey, commandKey groth16.VerifyingKey) ([]Suspect, error) {
	def := l.Definition
	c, err := def.Circuit()
	if err != nil {
		return nil, err
	}
	var out []Suspect
	seen := map[[32]byte]int{}
	for i, j := range l.Joins {
		if err := verifier.VerifyJoinVote(joinKey, def.Params, c, j.Proof, &j.Statement); err != nil {
			out = append(out, Suspect{Kind: Joins, Index: i, Duplicate: -1, Reason: err.Error()})
			continue
		}
		n := j.Statement.Nullifier.Bytes()
		k, dup := seen[n]
		switch {
		case dup && !l.Skipped[Joins][i]:
			out = append(out, Suspect{Kind: Joins, Index: i, Duplicate: k, Reason: fmt.Sprintf("its nullifier is join %d's", k)})
		case !dup && l.Skipped[Joins][i]:
			out = append(out, Suspect{Kind: Joins, Index: i, Duplicate: -1, Skipped: true, Reason: "skipped as a duplicate, but no earlier join has its nullifier"})
		}
		if !dup {
			seen[n] = i
		}
	}
	out = append(out, l.checkCopies()...)
	if !def.Params.CommandProofs {
		return out, nil
	}
	if commandKey == nil {
		return nil, fmt.Errorf("%w: the poll has command proofs: their verifying key is needed", ErrConfig)
	}
	pollID, err := def.ID()
	if err != nil {
		return nil, err
	}
	for i, m := range l.Commands {
		if err := verifier.VerifyCommand(commandKey, m.Statement(pollID), m.Proof); err != nil {
			out = append(out, Suspect{Kind: Commands, Index: i, Duplicate: -1, Reason: err.Error()})
		}
	}
	return out, nil
}

// TallyStatus is what a poll's Tally and Challenges say about its result.
type TallyStatus struct {
	Done            bool
	Final           bool // done, challenge window over, every challenge answered, not void
	Voided          bool
	OpenChallenges  int
	ChallengesUntil time.Time // when the challenge window closes (once done)
}

// ReadTallyStatus reads the result's state.
func ReadTallyStatus(ctx context.Context, c *Chain, d *Deployment) (*TallyStatus, error) {
	t, err := bindings.NewTally(d.Tally, c.Client)
	if err != nil {
		return nil, err
	}
	ch, err := bindings.NewChallenges(d.Challenges, c.Client)
	if err != nil {
		return nil, err
	}
	call := &bind.CallOpts{Context: ctx}
	s := &TallyStatus{}
	var open, doneAt, window *big.Int
	for _, f := range []struct {
		name string
		call func() error
	}{
		{"Tally", func() (err error) { s.Done, err = t.Done(call); return }},
		{"Tally", func() (err error) { doneAt, err = t.DoneAt(call); return }},
		{"Challenges", func() (err error) { s.Final, err = ch.Final(call); return }},
		{"Challenges", func() (err error) { s.Voided, err = ch.Voided(call); return }},
		{"Challenges", func() (err error) { open, err = ch.OpenChallenges(call); return }},
		{"Challenges", func() (err error) { window, err = ch.ChallengeWindow(call); return }},
	} {
		if err := f.call(); err != nil {
			return nil, callErr(f.name, err)
		}
	}
	s.OpenChallenges = int(open.Int64())
	if s.Done {
		s.ChallengesUntil = time.Unix(new(big.Int).Add(doneAt, window).Int64(), 0).UTC()
	}
	return s, nil
}

func challengesTx(ctx context.Context, c *Chain, auth *bind.TransactOpts, d *Deployment, what string,
	send func(*bindings.Challenges, *bind.TransactOpts) (*types.Transaction, error)) (uint64, error) {
	t, err := bindings.NewChallenges(d.Challenges, c.Client)
	return transact(ctx, c, auth, what, t, err, send)
}
