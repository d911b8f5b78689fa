package process_test

import (
	"math/big"
	mrand "math/rand"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/command"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/joinvote/jvtest"
	"github.com/zkvote/zkvote/circuits/merkle"
	"github.com/zkvote/zkvote/circuits/message"
	"github.com/zkvote/zkvote/circuits/poseidon"
	"github.com/zkvote/zkvote/circuits/process"
)

// world is a poll with a census of members and a processor under test.
type world struct {
	params  circuits.Params
	poll    joinvote.Poll
	coord   *babyjub.PrivateKey
	secrets []fr.Element
	weights []int64
	census  *merkle.Tree
	proc    *process.Processor
	keys    []*babyjub.PrivateKey // each voter's join key, by state index
	seed    int64
	sealed  fr.Element // the chain hash as the coordinator's log has it
	// onChain: the next joins and commands come through the Poll
	// contract; contract is its on-chain sub-chain.
	onChain  bool
	contract fr.Element
}

func newWorld(t testing.TB, params circuits.Params, mode joinvote.Mode, options int, weights ...int64) *world {
	w := &world{params: params, coord: jvtest.Key(t, 1), weights: weights, seed: 1000}
	leaves := make([]fr.Element, len(weights))
	for i, wt := range weights {
		w.secrets = append(w.secrets, jvtest.Elem(uint64(7000+i)))
		c := poseidon.Hash(circuits.DomainIdentity, w.secrets[i])
		leaves[i] = poseidon.Hash(circuits.DomainCensusLeaf, c, jvtest.Elem(uint64(wt)))
	}
	tree, err := merkle.FromLeaves(params.CensusDepth, leaves)
	require.NoError(t, err)
	w.census = tree
	w.poll = joinvote.Poll{CensusRoot: tree.Root(), CoordinatorKey: w.coord.Public(), Mode: mode, NumOptions: options, DescriptorHash: jvtest.Elem(4242)}
	w.proc = process.New(params, &w.poll, w.coord)
	w.sealed = message.ChainStart(w.poll.ID())
	return w
}

func (w *world) key(t testing.TB) *babyjub.PrivateKey {
	w.seed++
	return jvtest.Key(t, w.seed)
}

// join makes member i join with a ballot; it returns the state index.
func (w *world) join(t testing.TB, i int, votes ...int64) uint64 {
	proof, err := w.census.Prove(uint64(i))
	require.NoError(t, err)
	vs := make([]*big.Int, len(votes))
	for k, v := range votes {
		vs[k] = big.NewInt(v)
	}
	pollKey := w.key(t)
	priv := joinvote.Private{IdentitySecret: w.secrets[i], Weight: big.NewInt(w.weights[i]), CensusIndex: uint64(i),
		CensusSiblings: proof.Siblings, PollKey: pollKey, EphemeralKey: w.key(t), WeightSalt: jvtest.Elem(uint64(900 + i)), Votes: vs}
	jw, err := joinvote.NewWitness(w.params, &w.poll, &priv)
	require.NoError(t, err)
	join := w.proc.Join
	if w.onChain {
		join = w.proc.JoinOnChain
	}
	idx, err := join(&jw.Statement)
	require.NoError(t, err)
	require.Equal(t, uint64(len(w.keys)), idx, "state index = position among the joins")
	w.keys = append(w.keys, pollKey)
	st := &jw.Statement
	w.logged(message.JoinEntry(st.MessageHash, st.StateLeaf, st.Nullifier))
	return idx
}

// send publishes a command signed by signer (new key = signer's when unset).
func (w *world) send(t testing.TB, signer *babyjub.PrivateKey, c message.Command) process.Message {
	if c.Weight == nil {
		c.Weight = new(big.Int)
	}
	if c.NewKey.X.IsZero() && c.NewKey.Y.IsZero() {
		c.NewKey = signer.Public()
	}
	var m process.Message
	if w.params.CommandProofs {
		cw, err := command.NewWitness(w.params, &w.poll, &command.Private{Command: c, AuthKey: signer, Ephemeral: w.key(t)})
		require.NoError(t, err)
		m = process.Message{EphemeralKey: cw.Statement.EphemeralKey, Ciphertext: cw.Statement.Ciphertext, Opening: cw.Statement.Opening}
	} else {
		epk, ct, _, err := message.SignAndEncrypt(w.params, w.poll.ID(), c.Body(w.params), signer, w.key(t), &w.poll.CoordinatorKey)
		require.NoError(t, err)
		m = process.Message{EphemeralKey: epk, Ciphertext: ct}
	}
	w.publish(m)
	return m
}

// publish appends a message as logged.
func (w *world) publish(m process.Message) {
	mh := message.Hash(&m.EphemeralKey, m.Ciphertext)
	entry := message.CommandEntry(mh)
	if w.params.CommandProofs {
		entry = command.Entry(mh, m.Opening)
	}
	w.logged(entry)
	if w.onChain {
		w.proc.AppendOnChain(m)
	} else {
		w.proc.Append(m)
	}
}

// logged extends the sealed chain, and the contract's when on-chain.
func (w *world) logged(entry fr.Element) {
	w.sealed = message.ChainNext(w.sealed, entry)
	if w.onChain {
		w.contract = message.ChainNext(w.contract, entry)
	}
}

// process runs the processor; it returns the number of counted commands,
// checked against the outcomes it reports.
func (w *world) process(t testing.TB) int {
	n := w.proc.Process(nil)
	counted := 0
	for _, o := range w.proc.Outcomes() {
		if o.Err == nil {
			counted++
		}
	}
	require.Equal(t, counted, n, "counted commands")
	return n
}

// witness builds the batch witnesses (deterministic salts) and checks
// their ends chain to the sealed chain and the native tally.
func (w *world) witness(t testing.TB) *process.Witness {
	wit, err := w.proc.Witness(mrand.New(mrand.NewSource(w.seed)))
	require.NoError(t, err)
	require.Equal(t, w.sealed, w.proc.ChainHash(), "the processor's log is the sealed one")
	require.Equal(t, w.contract, w.proc.OnChainHash(), "the processor's on-chain entries are the contract's")
	splits, joins, cmds := wit.Ends()
	require.NoError(t, process.CheckEnds(w.params, w.poll.ID(), w.sealed, w.contract, splits, joins, cmds, &wit.Final))
	res := wit.Final.Result() // what a published result shows: no state root
	require.NoError(t, process.CheckResult(w.params, w.poll.ID(), w.sealed, w.contract, splits, joins, cmds, &res))
	res.Blinded = wit.Final.Root
	require.ErrorIs(t, process.CheckResult(w.params, w.poll.ID(), w.sealed, w.contract, splits, joins, cmds, &res), process.ErrEnds)
	totals, spent := w.proc.Tally()
	for i := range totals {
		require.Equal(t, totals[i].String(), wit.Final.Totals[i].String(), "total %d", i)
		if w.poll.Mode == joinvote.ModeQuadratic {
			require.Equal(t, spent[i].String(), wit.Final.Squares[i].String(), "squares %d", i)
		}
	}
	require.Equal(t, uint64(len(w.proc.Voters())), wit.Final.Joins)
	return wit
}

// compiled caches compiled circuits per parameter set.
var compiled sync.Map

func compile(t testing.TB, name string, c frontend.Circuit) constraint.ConstraintSystem {
	if v, ok := compiled.Load(name); ok {
		return v.(constraint.ConstraintSystem)
	}
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
	require.NoError(t, err)
	compiled.Store(name, ccs)
	return ccs
}

func solve(t testing.TB, ccs constraint.ConstraintSystem, assignment frontend.Circuit) error {
	full, err := frontend.NewWitness(assignment, ecc.BN254.ScalarField())
	require.NoError(t, err)
	return ccs.IsSolved(full)
}

// prove checks that every batch of wit satisfies its circuit.
func (w *world) prove(t testing.TB, wit *process.Witness) {
	name := w.params.ID()
	split := compile(t, name+"/split", process.NewSplitCircuit(wit.Shape))
	jc, err := process.NewJoinsCircuit(w.params)
	require.NoError(t, err)
	joins := compile(t, name+"/joins", jc)
	cc, err := process.NewCommandCircuit(w.params)
	require.NoError(t, err)
	cmds := compile(t, name+"/commands", cc)
	for i, b := range wit.Splits {
		require.NoError(t, solve(t, split, b.Assignment), "split %d", i)
	}
	for i, b := range wit.Joins {
		require.NoError(t, solve(t, joins, b.Assignment), "join batch %d", i)
	}
	for i, b := range wit.Commands {
		require.NoError(t, solve(t, cmds, b.Assignment), "command batch %d", i)
	}
}
