package process

import (
	"crypto/rand"
	"fmt"
	"io"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"

	"github.com/consensys/gnark/frontend"
	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/command"
	"github.com/zkvote/zkvote/circuits/message"
	"github.com/zkvote/zkvote/circuits/poseidon"
)

// SplitBatch is one split proof's witness.
type SplitBatch struct {
	Ends       SplitEnds
	Assignment *SplitCircuit
}

// JoinBatch is one join proof's witness.
type JoinBatch struct {
	Ends       JoinEnds
	Assignment *JoinsCircuit
	Out        State // opens Ends.StateOut
}

// CommandBatch is one command proof's witness; it holds the commands
// First .. First+Shape.Commands-1 (log order).
type CommandBatch struct {
	First      int
	Ends       CommandEnds
	Assignment *CommandCircuit
	Out        State // opens Ends.StateOut
}

// Witness is everything needed to prove a poll's processing. Its boundary
// values chain as follows (what a verifier checks besides each proof):
//
//   - Splits[0] starts at the chain start and the empty sub-chains; each
//     split starts where the previous ended; the last ends at the sealed
//     chain hash.
//   - Joins[0] starts at the empty join sub-chain and EmptyState; each
//     starts where the previous ended; the last ends at the splits' final
//     join sub-chain.
//   - Commands are chained by their sub-chain in log order (Commands[0]
//     starts at the empty command sub-chain, the last ends at the splits'
//     final command sub-chain), and by their state in reverse: the last
//     batch starts from the joins' final state, each earlier batch from the
//     next one's end, and Commands[0] ends at Final.
//   - Final opens the last commitment: its totals are the result. Publish
//     Final.Result(), never Final itself (the root must stay private).
//
// Command assignments hold the coordinator's secret: prove them, never
// store them. Witness is deterministic given rng, so a resumed job that
// replays the same log with the same seed gets the same batches.
type Witness struct {
	Shape    Shape
	Splits   []SplitBatch
	Joins    []JoinBatch
	Commands []CommandBatch
	Final    State
}

// Witness replays the recorded log — joins in log order, then commands
// newest first — and returns the witnesses of every batch proof. Salts
// of the batch boundaries are drawn from rng (crypto/rand when nil). The
// replay's tally is checked against the processor's native one.
func (p *Processor) Witness(rng io.Reader) (*Witness, error) {
	if rng == nil {
		rng = rand.Reader
	}
	shape, err := ShapeFor(p.params)
	if err != nil {
		return nil, err
	}
	if p.processed < len(p.commands) {
		p.Process(nil)
	}
	var joins []*join
	for _, e := range p.log {
		if e.join != nil {
			joins = append(joins, e.join)
		}
	}
	if uint64(len(joins)) > uint64(1)<<p.params.StateDepth {
		return nil, fmt.Errorf("%w: %d joins for a state tree of depth %d", ErrLog, len(joins), p.params.StateDepth)
	}
	w := &Witness{Shape: shape}
	w.Splits = p.splitBatches(shape)
	tree, err := NewTree(p.params.StateDepth)
	if err != nil {
		return nil, err
	}
	state := EmptyState(p.params)
	voters := make([]*Voter, 0, len(joins))
	joinChain := SubChainStart()
	for start := 0; start < len(joins); start += shape.Joins {
		b, err := p.joinBatch(shape, joins[start:min(start+shape.Joins, len(joins))], joinChain, tree, &state, rng)
		if err != nil {
			return nil, err
		}
		w.Joins = append(w.Joins, b)
		joinChain = b.Ends.JoinChainOut
	}
	for _, j := range joins {
		var v *Voter
		if !j.skipped {
			v = j.voter.clone()
		}
		voters = append(voters, v)
	}
	chains := []fr.Element{SubChainStart()}
	for _, m := range p.commands {
		chains = append(chains, message.ChainNext(chains[len(chains)-1], m.entry(p.params.CommandProofs)))
	}
	n := (len(p.commands) + shape.Commands - 1) / shape.Commands
	w.Commands = make([]CommandBatch, n)
	for k := n - 1; k >= 0; k-- {
		b, err := p.commandBatch(shape, k*shape.Commands, chains, tree, voters, &state, rng)
		if err != nil {
			return nil, err
		}
		w.Commands[k] = b
	}
	w.Final = state.clone()
	totals, _ := tally(p.poll, voters)
	want, _ := p.Tally()
	for i := range totals {
		if t := bigElem(totals[i]); totals[i].Cmp(want[i]) != 0 || !t.Equal(&state.Totals[i]) {
			return nil, fmt.Errorf("%w: the replay's tally differs from the processor's (were commands processed out of log order?)", ErrLog)
		}
	}
	return w, nil
}

// entryHash is the sealed chain's entry of a log entry.
func (e *entry) entryHash(proofs bool) fr.Element {
	if e.join != nil {
		return message.JoinEntry(e.join.messageHash, e.join.leaf, e.join.nullifier)
	}
	return e.command.entry(proofs)
}

// ChainHash returns the log's chain hash: the sealed chain hash of the
// log the processor was given (joins publish JoinLeaf as their StateLeaf).
func (p *Processor) ChainHash() fr.Element {
	c := message.ChainStart(p.pollID)
	for i := range p.log {
		c = message.ChainNext(c, p.log[i].entryHash(p.params.CommandProofs))
	}
	return c
}

func (p *Processor) splitBatches(shape Shape) []SplitBatch {
	var out []SplitBatch
	chain, joins, cmds, onchain := message.ChainStart(p.pollID), SubChainStart(), SubChainStart(), SubChainStart()
	for start := 0; start < len(p.log); start += shape.Entries {
		a := NewSplitCircuit(shape)
		ends := SplitEnds{ChainIn: chain, JoinChainIn: joins, CmdChainIn: cmds, OnChainIn: onchain}
		for i := range a.Entry {
			a.Active[i], a.IsJoin[i], a.OnChain[i], a.Entry[i] = 0, 0, 0, 0
			if start+i >= len(p.log) {
				continue
			}
			e := &p.log[start+i]
			h := e.entryHash(p.params.CommandProofs)
			a.Active[i], a.Entry[i] = 1, h
			chain = message.ChainNext(chain, h)
			if e.join != nil {
				a.IsJoin[i] = 1
				joins = message.ChainNext(joins, h)
			} else {
				cmds = message.ChainNext(cmds, h)
			}
			if e.onChain {
				a.OnChain[i] = 1
				onchain = message.ChainNext(onchain, h)
			}
		}
		ends.ChainOut, ends.JoinChainOut, ends.CmdChainOut, ends.OnChainOut = chain, joins, cmds, onchain
		a.ChainIn, a.JoinChainIn, a.CmdChainIn, a.OnChainIn = ends.ChainIn, ends.JoinChainIn, ends.CmdChainIn, ends.OnChainIn
		a.Public = ends.Hash()
		out = append(out, SplitBatch{Ends: ends, Assignment: a})
	}
	return out
}

func randomElement(rng io.Reader) (fr.Element, error) {
	var b [32]byte
	if _, err := io.ReadFull(rng, b[:]); err != nil {
		return fr.Element{}, fmt.Errorf("process: draw salt: %w", err)
	}
	var e fr.Element
	e.SetBytes(b[:])
	return e, nil
}

// joinBatch inserts a batch of joins into tree and state and returns its witness.
func (p *Processor) joinBatch(shape Shape, batch []*join, chainIn fr.Element, tree *Tree, state *State, rng io.Reader) (JoinBatch, error) {
	a, err := NewJoinsCircuit(p.params)
	if err != nil {
		return JoinBatch{}, err
	}
	for i, s := range tree.Path(shape.joinLevels(), state.Joins/uint64(shape.Joins)) {
		a.Siblings[i] = [3]frontend.Variable{s[0], s[1], s[2]}
	}
	var ends JoinEnds
	ends.JoinChainIn = chainIn
	ends.StateIn = state.Commitment()
	a.JoinChainIn, a.StateIn = ends.JoinChainIn, state.Assign()
	chain := ends.JoinChainIn
	for i := range a.Slots {
		s := &a.Slots[i]
		if i >= len(batch) {
			s.Active, s.Skip, s.MessageHash, s.Nullifier, s.Weight, s.Salt = 0, 0, 0, 0, 0, 0
			s.Key = babyjub.CircuitPoint{X: 0, Y: 0}
			for j := range s.Votes {
				s.Votes[j] = 0
			}
			continue
		}
		j := batch[i]
		v, skip := j.voter, j.skipped // a duplicate is opened for its entry, counted nowhere
		if skip {
			s.Skip = 1
			ends.Skipped.Add(&ends.Skipped, new(fr.Element).Exp(elem(2), big.NewInt(int64(i))))
		} else {
			s.Skip = 0
		}
		votes := v.leafVotes(p.params)
		leaf := j.leaf // = JoinLeaf of the opening (joinvote.DecryptBallot checked)
		s.Active, s.MessageHash, s.Nullifier = 1, j.messageHash, j.nullifier
		s.Key = babyjub.CircuitPoint{X: v.Key.X, Y: v.Key.Y}
		s.Weight, s.Salt = bigElem(v.Weight), v.Salt
		for k := range s.Votes {
			s.Votes[k] = votes[k]
			if skip {
				continue
			}
			var sq fr.Element
			sq.Square(&votes[k])
			state.Totals[k].Add(&state.Totals[k], &votes[k])
			state.Squares[k].Add(&state.Squares[k], &sq)
		}
		if !skip {
			if err := tree.Set(state.Joins, leaf); err != nil {
				return JoinBatch{}, err
			}
		}
		state.Joins++
		chain = message.ChainNext(chain, message.JoinEntry(j.messageHash, leaf, j.nullifier))
	}
	state.Root = tree.Root()
	if state.Salt, err = randomElement(rng); err != nil {
		return JoinBatch{}, err
	}
	ends.JoinChainOut, ends.StateOut = chain, state.Commitment()
	a.SaltOut = state.Salt
	a.Public = ends.Hash()
	return JoinBatch{Ends: ends, Assignment: a, Out: state.clone()}, nil
}

// commandBatch processes commands first..first+C-1 newest first against
// tree, voters and state and returns the batch's witness.
func (p *Processor) commandBatch(shape Shape, first int, chains []fr.Element, tree *Tree, voters []*Voter, state *State, rng io.Reader) (CommandBatch, error) {
	a := newCommandCircuit(p.params, shape)
	a.CensusRoot = p.poll.CensusRoot
	a.CoordinatorKey = babyjub.CircuitPoint{X: p.poll.CoordinatorKey.X, Y: p.poll.CoordinatorKey.Y}
	a.Mode, a.NumOptions, a.DescriptorHash = uint64(p.poll.Mode), p.poll.NumOptions, p.poll.DescriptorHash
	a.CoordinatorSecret = p.coordinator.Scalar()
	if shape.CommandProofs {
		a.CoordinatorSecret = 0 // nothing is decrypted in the circuit
	}
	last := min(first+shape.Commands, len(p.commands))
	ends := CommandEnds{PollID: p.pollID, CmdChainIn: chains[first], CmdChainOut: chains[last], StateIn: state.Commitment()}
	a.CmdChainIn, a.StateIn = ends.CmdChainIn, state.Assign()
	for i := shape.Commands - 1; i >= 0; i-- {
		s := &a.Slots[i]
		m := &Message{Ciphertext: make([]fr.Element, shape.BodyLen+4)} // padding (with command proofs, only its zero opening is read)
		s.Active, s.Skip = 0, 0
		if first+i < last {
			m, s.Active = p.commands[first+i], 1
			if p.copies[first+i] {
				s.Skip = 1
				ends.Skipped.Add(&ends.Skipped, new(fr.Element).Exp(elem(2), big.NewInt(int64(i))))
			}
		}
		body, err := p.fillMessage(s, m, first+i < last)
		if err != nil {
			return CommandBatch{}, fmt.Errorf("command %d: %w", first+i, err)
		}
		p.fillVoter(s, body, tree, voters)
		if first+i >= last || p.copies[first+i] {
			continue
		}
		ap, err := p.apply(voters, m)
		if err != nil {
			continue
		}
		v := voters[ap.index]
		if err := tree.Set(ap.index, v.Leaf(p.params)); err != nil {
			return CommandBatch{}, err
		}
		for k := range v.Votes {
			before, after := bigElem(ap.before.Votes[k]), bigElem(v.Votes[k])
			var d, sqb, sqa fr.Element
			d.Sub(&after, &before)
			state.Totals[k].Add(&state.Totals[k], &d)
			sqb.Square(&before)
			sqa.Square(&after)
			d.Sub(&sqa, &sqb)
			state.Squares[k].Add(&state.Squares[k], &d)
		}
	}
	state.Root = tree.Root()
	var err error
	if state.Salt, err = randomElement(rng); err != nil {
		return CommandBatch{}, err
	}
	ends.StateOut = state.Commitment()
	a.SaltOut = state.Salt
	a.Public = ends.Hash()
	return CommandBatch{First: first, Ends: ends, Assignment: a, Out: state.clone()}, nil
}

// fillMessage sets the slot's message and returns the body the circuit
// reads from it (message.Command's layout): decrypted as the circuit
// decrypts, whatever the tag says, or with command proofs the plaintext
// its opening commits to (padding opens to zeros).
func (p *Processor) fillMessage(s *CommandSlot, m *Message, active bool) ([]fr.Element, error) {
	if !p.params.CommandProofs {
		if len(m.Ciphertext) != len(s.Ciphertext) {
			return nil, fmt.Errorf("%w: %d ciphertext elements, want %d", ErrLog, len(m.Ciphertext), len(s.Ciphertext))
		}
		s.EphemeralKey = babyjub.CircuitPoint{X: m.EphemeralKey.X, Y: m.EphemeralKey.Y}
		for k := range s.Ciphertext {
			s.Ciphertext[k] = m.Ciphertext[k]
		}
		return p.forceOpen(m), nil
	}
	s.EphemeralKey = babyjub.CircuitPoint{X: 0, Y: 0}
	pt := make([]fr.Element, command.PlaintextLen)
	var mh fr.Element
	if active {
		// Every logged command's proof was verified, so it opens; one that
		// does not could never be proven, and nothing may skip it silently.
		var err error
		if pt, err = command.Decrypt(p.coordinator, p.statement(m)); err != nil {
			return nil, fmt.Errorf("%w: it does not open to its opening (was its command proof verified?): %w", ErrLog, err)
		}
		mh = m.Hash()
	}
	s.Opened[0], s.Opened[1] = mh, m.Opening
	for k := range pt {
		s.Opened[2+k] = pt[k]
	}
	body, _ := proofBody(pt)
	return body, nil
}

// fillVoter sets the slot's view of the state: the leaf at the index the
// command's body names, its opening and its path.
func (p *Processor) fillVoter(s *CommandSlot, body []fr.Element, tree *Tree, voters []*Voter) {
	s.Leaf, s.Nonce, s.Weight, s.Salt = 0, 0, 0, 0
	s.Key = babyjub.CircuitPoint{X: 0, Y: 0}
	for k := range s.Votes {
		s.Votes[k] = 0
	}
	for k := range s.Siblings {
		s.Siblings[k] = [3]frontend.Variable{0, 0, 0}
	}
	if !body[1].IsUint64() || p.params.StateDepth < 64 && body[1].Uint64() >= uint64(1)<<p.params.StateDepth {
		return
	}
	index := body[1].Uint64()
	s.Leaf = tree.Leaf(index)
	for k, sib := range tree.Path(0, index) {
		s.Siblings[k] = [3]frontend.Variable{sib[0], sib[1], sib[2]}
	}
	if index < uint64(len(voters)) && voters[index] != nil {
		v := voters[index]
		s.Key = babyjub.CircuitPoint{X: v.Key.X, Y: v.Key.Y}
		s.Nonce, s.Weight, s.Salt = v.Nonce, bigElem(v.Weight), v.Salt
		votes := v.leafVotes(p.params)
		for k := range s.Votes {
			s.Votes[k] = votes[k]
		}
	}
}

// forceOpen decrypts m's body as the circuit does, whatever the tag says:
// an ephemeral key off the curve is replaced by the base point.
func (p *Processor) forceOpen(m *Message) []fr.Element {
	eph := m.EphemeralKey
	if !eph.IsOnCurve() {
		eph = babyjub.Base()
	}
	var shared twistededwards.PointAffine
	shared.Double(&eph)
	shared.Double(&shared)
	shared.Double(&shared)
	shared.ScalarMultiplication(&shared, p.coordinator.Scalar())
	n := len(m.Ciphertext) - 1
	state := make([]fr.Element, poseidon.SpongeWidth(n))
	state[0] = poseidon.CapacityIV(circuits.DomainEncrypt, n)
	state[1], state[2] = shared.X, shared.Y
	state[3].SetUint64(message.CommandNonce)
	poseidon.Permute(state)
	rate := len(state) - 1
	out := make([]fr.Element, n)
	for start := 0; start < n; start += rate {
		end := min(start+rate, n)
		for i := start; i < end; i++ {
			out[i].Sub(&m.Ciphertext[i], &state[1+i-start])
			state[1+i-start] = m.Ciphertext[i]
		}
		poseidon.Permute(state)
	}
	return out
}
