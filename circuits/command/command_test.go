package command_test

import (
	"math"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/command"
	"github.com/zkvote/zkvote/circuits/encrypt"
	"github.com/zkvote/zkvote/circuits/internal/golden"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/joinvote/jvtest"
	"github.com/zkvote/zkvote/circuits/message"
)

// sender is a voter of jvtest's poll who changes its vote and key.
type sender struct {
	poll joinvote.Poll
	priv command.Private
}

func newSender(t testing.TB) *sender {
	f := jvtest.New(t, circuits.TestParams(), joinvote.ModeQuadratic, 25, 3, 4)
	return &sender{poll: f.Poll, priv: command.Private{
		Command: message.Command{StateIndex: 1, NewKey: jvtest.Key(t, 40).Public(), Option: 2, Weight: big.NewInt(4),
			Nonce: 1, Salt: jvtest.Elem(987654321)},
		AuthKey:   jvtest.Key(t, 30),
		Ephemeral: jvtest.Key(t, 31),
	}}
}

func (s *sender) witness(t testing.TB) *command.Witness {
	w, err := command.NewWitness(circuits.TestParams(), &s.poll, &s.priv)
	require.NoError(t, err)
	return w
}

func TestHonestCommandProves(t *testing.T) {
	w := newSender(t).witness(t)
	require.NoError(t, test.IsSolved(command.NewCircuit(), w.Assignment, ecc.BN254.ScalarField()))
	golden.ProveGroth16(t, command.NewCircuit(), w.Assignment)
}

// TestOpenAgrees: the coordinator opens what the sender encrypted, and the
// circuit's entry is the native one; a statement whose opening is not the
// ciphertext's plaintext, or whose ciphertext is cut, is refused.
func TestOpenAgrees(t *testing.T) {
	s := newSender(t)
	w := s.witness(t)
	f := jvtest.New(t, circuits.TestParams(), joinvote.ModeQuadratic, 25, 3, 4)
	o, err := command.Open(f.Coordinator, &w.Statement)
	require.NoError(t, err)
	auth := s.priv.AuthKey.Public()
	require.Equal(t, auth, o.AuthKey)
	require.Equal(t, s.priv.Command, o.Command)
	require.Equal(t, w.Statement.Entry(), w.Assignment.Entry)
	require.Equal(t, []fr.Element{w.Statement.PollID, w.Statement.Entry()}, w.Statement.PublicInputs())

	bad := w.Statement
	bad.Opening = jvtest.Elem(5)
	_, err = command.Open(f.Coordinator, &bad)
	require.ErrorIs(t, err, command.ErrOpening)
	bad = w.Statement
	bad.Ciphertext = bad.Ciphertext[1:]
	_, err = command.Open(f.Coordinator, &bad)
	require.ErrorIs(t, err, command.ErrLength)
	_, err = command.Open(jvtest.Key(t, 99), &w.Statement)
	require.Error(t, err, "another coordinator key does not open it")
}

// TestNewWitnessRefuses: the native side refuses what the circuit cannot
// prove, before any proving work.
func TestNewWitnessRefuses(t *testing.T) {
	for name, edit := range map[string]func(*command.Private){
		"identity as the new key":  func(p *command.Private) { p.Command.NewKey = babyjub.Point{Y: jvtest.Elem(1)} },
		"small-order new key":      func(p *command.Private) { p.Command.NewKey = babyjub.Torsion(2) },
		"new key with torsion":     func(p *command.Private) { p.Command.NewKey = addTorsion(p.Command.NewKey) },
		"weight beyond the field":  func(p *command.Private) { p.Command.Weight = fr.Modulus() },
		"negative weight":          func(p *command.Private) { p.Command.Weight = big.NewInt(-1) },
		"new key not on the curve": func(p *command.Private) { p.Command.NewKey.X = jvtest.Elem(3) },
	} {
		s := newSender(t)
		edit(&s.priv)
		_, err := command.NewWitness(circuits.TestParams(), &s.poll, &s.priv)
		require.Error(t, err, name)
	}
}

func addTorsion(p babyjub.Point) babyjub.Point {
	var out babyjub.Point
	t2 := babyjub.Torsion(2)
	out.Add(&p, &t2)
	return out
}

type vector struct {
	PollID      string   `json:"poll_id"`
	MessageHash string   `json:"message_hash"`
	Opening     string   `json:"opening"`
	Entry       string   `json:"entry"`
	Plaintext   []string `json:"plaintext"`
	Ciphertext  []string `json:"ciphertext"`
}

// TestVectorsStable pins the native encoding on an honest command and on
// commands at the edges of every field (zeros; the largest index, option
// and nonce; the largest field element as the weight; the authorizing key
// as the new key), and checks that the circuit accepts each witness and
// that the coordinator opens each to its command: native and circuit agree.
func TestVectorsStable(t *testing.T) {
	field := ecc.BN254.ScalarField()
	top := new(big.Int).Sub(fr.Modulus(), big.NewInt(1))
	cases := map[string]func(p *command.Private){
		"honest": nil,
		"zeros": func(p *command.Private) {
			p.Command.StateIndex, p.Command.Option, p.Command.Weight, p.Command.Nonce, p.Command.Salt = 0, 0, big.NewInt(0), 0, fr.Element{}
		},
		"largest values": func(p *command.Private) {
			p.Command.StateIndex, p.Command.Option, p.Command.Weight, p.Command.Nonce = math.MaxUint64, math.MaxUint64, top, math.MaxUint64
			p.Command.NewKey = p.AuthKey.Public()
		},
	}
	got := map[string]vector{}
	for name, edit := range cases {
		s := newSender(t)
		if edit != nil {
			edit(&s.priv)
		}
		w := s.witness(t)
		require.NoError(t, test.IsSolved(command.NewCircuit(), w.Assignment, field), name)
		o, err := command.Open(jvtest.Key(t, 1), &w.Statement)
		require.NoError(t, err, name)
		again, err := command.Plaintext(&o.Command, &o.AuthKey)
		require.NoError(t, err, name)
		require.Equal(t, w.Plaintext, again, "%s: the opened command is the one sent", name)
		require.Zero(t, s.priv.Command.Weight.Cmp(o.Command.Weight), name)
		st := &w.Statement
		mh, entry := st.MessageHash(), st.Entry()
		got[name] = vector{PollID: st.PollID.String(), MessageHash: mh.String(), Opening: st.Opening.String(), Entry: entry.String(),
			Plaintext: golden.Strs(w.Plaintext), Ciphertext: golden.Strs(st.Ciphertext)}
	}
	golden.CheckJSON(t, "testdata/vectors.json", got)
}

func TestConstraintCounts(t *testing.T) {
	golden.CheckConstraints(t, "command", command.NewCircuit())
}

// An attack is an adversarial witness built as a cheating prover would:
// consistent everywhere except at the one step that must reject it.
type attack struct {
	step  command.Step
	build func(t *testing.T) *command.Circuit
}

// elem reads an assigned variable.
func elem(v frontend.Variable) fr.Element { return v.(fr.Element) }

func pointOf(p babyjub.CircuitPoint) babyjub.Point { return babyjub.Point{X: elem(p.X), Y: elem(p.Y)} }

func setPoint(p *babyjub.CircuitPoint, q babyjub.Point) { p.X, p.Y = q.X, q.Y }

// plaintext reads a's plaintext.
func plaintext(a *command.Circuit) []fr.Element {
	return []fr.Element{elem(a.StateIndex), elem(a.AuthKey.X), elem(a.AuthKey.Y), elem(a.NewKey.X), elem(a.NewKey.Y),
		elem(a.Option), elem(a.Weight), elem(a.Nonce), elem(a.Salt)}
}

// seal encrypts a's plaintext under shared into its ciphertext.
func seal(a *command.Circuit, shared babyjub.Point) {
	var n fr.Element
	n.SetUint64(message.CommandNonce)
	for i, c := range encrypt.Encrypt(&shared, n, plaintext(a)) {
		a.Ciphertext[i] = c
	}
}

// rebind recomputes the message hash, the opening and the entry from a's
// ciphertext and plaintext.
func rebind(a *command.Circuit) {
	ct := make([]fr.Element, len(a.Ciphertext))
	for i := range ct {
		ct[i] = elem(a.Ciphertext[i])
	}
	eph := pointOf(a.EphemeralKey)
	mh := message.Hash(&eph, ct)
	a.MessageHash, a.Opening = mh, command.Opening(plaintext(a))
	a.Entry = command.Entry(mh, elem(a.Opening))
}

// honest is the sender's witness, as the sender's client makes it.
func honest(t *testing.T) (*sender, *command.Circuit) {
	s := newSender(t)
	return s, s.witness(t).Assignment
}

// shared is the ECDH key of a's ephemeral secret with the poll's coordinator.
func shared(t *testing.T, s *sender) babyjub.Point {
	k, err := s.priv.Ephemeral.Shared(&s.poll.CoordinatorKey)
	require.NoError(t, err)
	return k
}

func attacks() map[string]attack {
	return map[string]attack{
		// The poll: encrypted to a key of the attacker's, under the
		// poll's ID, so the coordinator could never open it.
		"coordinator key not the poll's": {command.StepPoll, func(t *testing.T) *command.Circuit {
			s, a := honest(t)
			mine := jvtest.Key(t, 50).Public()
			setPoint(&a.CoordinatorKey, mine)
			k, err := s.priv.Ephemeral.Shared(&mine)
			require.NoError(t, err)
			seal(a, k)
			rebind(a)
			return a
		}},

		// The ephemeral key.
		"ephemeral key not [eph]B": {command.StepEphemeralKey, func(t *testing.T) *command.Circuit {
			_, a := honest(t)
			setPoint(&a.EphemeralKey, jvtest.Key(t, 51).Public())
			rebind(a)
			return a
		}},
		"identity as the ephemeral key": {command.StepEphemeralKey, func(t *testing.T) *command.Circuit {
			_, a := honest(t)
			a.EphemeralSecret = 0
			setPoint(&a.EphemeralKey, babyjub.Point{Y: jvtest.Elem(1)})
			seal(a, babyjub.Point{Y: jvtest.Elem(1)}) // [0]([8]C) is the identity
			rebind(a)
			return a
		}},

		// The encryption.
		"ciphertext of another plaintext": {command.StepEncryption, func(t *testing.T) *command.Circuit {
			_, a := honest(t)
			a.Option = jvtest.Elem(0) // the opening says option 0, the ciphertext option 2
			rebind(a)
			return a
		}},
		"ciphertext under another key": {command.StepEncryption, func(t *testing.T) *command.Circuit {
			_, a := honest(t)
			seal(a, jvtest.Key(t, 52).Public())
			rebind(a)
			return a
		}},

		// The message hash.
		"arbitrary message hash": {command.StepMessageHash, func(t *testing.T) *command.Circuit {
			_, a := honest(t)
			a.MessageHash = jvtest.Elem(7)
			a.Entry = command.Entry(jvtest.Elem(7), elem(a.Opening))
			return a
		}},

		// The authorization: a command naming the victim's key as its
		// signer, made without the victim's secret.
		"someone else's key as the signer": {command.StepAuthorization, func(t *testing.T) *command.Circuit {
			s, a := honest(t)
			setPoint(&a.AuthKey, jvtest.Key(t, 53).Public()) // the victim's; a.AuthSecret stays the attacker's
			seal(a, shared(t, s))
			rebind(a)
			return a
		}},
		"identity as the signer": {command.StepAuthorization, func(t *testing.T) *command.Circuit {
			s, a := honest(t)
			a.AuthSecret = 0
			setPoint(&a.AuthKey, babyjub.Point{Y: jvtest.Elem(1)})
			seal(a, shared(t, s))
			rebind(a)
			return a
		}},

		// The new key.
		"identity as the new key":     newKeyAttack(babyjub.Point{Y: jvtest.Elem(1)}),
		"small-order new key":         newKeyAttack(babyjub.Torsion(2)),
		"new key with a torsion part": newKeyAttack(addTorsion(babyjub.Base())),
		"new key not on the curve":    newKeyAttack(babyjub.Point{X: jvtest.Elem(3), Y: jvtest.Elem(4)}),

		// The opening.
		"opening of another plaintext": {command.StepOpening, func(t *testing.T) *command.Circuit {
			_, a := honest(t)
			pt := plaintext(a)
			pt[6] = jvtest.Elem(9) // weight 9 where the ciphertext says 4
			a.Opening = command.Opening(pt)
			a.Entry = command.Entry(elem(a.MessageHash), elem(a.Opening))
			return a
		}},

		// The entry.
		"entry without the opening (a pre-proof command entry)": {command.StepEntry, func(t *testing.T) *command.Circuit {
			_, a := honest(t)
			a.Entry = message.CommandEntry(elem(a.MessageHash))
			return a
		}},
		"entry of another command": {command.StepEntry, func(t *testing.T) *command.Circuit {
			_, a := honest(t)
			a.Entry = command.Entry(elem(a.MessageHash), jvtest.Elem(11))
			return a
		}},
	}
}

// newKeyAttack sets an invalid new key, consistently everywhere else.
func newKeyAttack(key babyjub.Point) attack {
	return attack{command.StepNewKey, func(t *testing.T) *command.Circuit {
		s, a := honest(t)
		setPoint(&a.NewKey, key)
		seal(a, shared(t, s))
		rebind(a)
		return a
	}}
}

// TestAttacksFailAtTheirStep runs every attack (golden.CheckAttacks): each
// fails with every step and passes without its own, and every step is some
// attack's target.
func TestAttacksFailAtTheirStep(t *testing.T) {
	all := map[string]golden.Attack[command.Step]{}
	for name, at := range attacks() {
		all[name] = golden.Attack[command.Step]{Step: at.step, Build: func(t *testing.T) frontend.Circuit { return at.build(t) }}
	}
	golden.CheckAttacks(t, command.NewCircuit(), without, command.Steps, all)
}

func without(s command.Step) frontend.Circuit { return command.NewCircuitWithout(s) }

// TestStepCostsAddUp measures each step (run with -v to see them, the
// figures of doc.go) and checks they add up to the whole.
func TestStepCostsAddUp(t *testing.T) {
	golden.CheckStepCosts(t, command.NewCircuit(), without, command.Steps)
}
