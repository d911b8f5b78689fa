package joinvote_test

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/encrypt"
	"github.com/zkvote/zkvote/circuits/internal/golden"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/joinvote/jvtest"
	"github.com/zkvote/zkvote/circuits/message"
	"github.com/zkvote/zkvote/circuits/poseidon"
)

// An attack is an adversarial witness built as a cheating prover would:
// consistent everywhere except at the one step that must reject it. The
// test checks both halves of that claim — the full circuit refuses the
// witness, and the circuit without that step accepts it — so an attack can
// never pass because some other check happened to fail.
type attack struct {
	step  joinvote.Step
	build func(t *testing.T) *joinvote.Circuit
}

// fixture is member 1 of jvtest's census in a three-option poll.
func fixture(t *testing.T, mode joinvote.Mode, weight int64, votes ...int64) *jvtest.Fixture {
	return jvtest.New(t, circuits.TestParams(), mode, weight, votes...)
}

// assign builds f's witness without native checks, under pollID.
func assign(t *testing.T, f *jvtest.Fixture, pollID fr.Element) *joinvote.Witness {
	w, err := joinvote.Assign(f.Params, &f.Poll, pollID, &f.Priv)
	require.NoError(t, err)
	return w
}

// honest is f's witness with every input as the voter would make it, then
// changed by edit (which may break the native checks).
func honest(t *testing.T, f *jvtest.Fixture, edit func(f *jvtest.Fixture)) *joinvote.Circuit {
	if edit != nil {
		edit(f)
	}
	return assign(t, f, f.Poll.ID()).Assignment
}

// setCensusWeight gives member 1 another census weight (any field
// element), as a careless or malicious census could.
func setCensusWeight(t *testing.T, f *jvtest.Fixture, w *big.Int) {
	var e fr.Element
	e.SetBigInt(w)
	leaf := poseidon.Hash(circuits.DomainCensusLeaf, poseidon.Hash(circuits.DomainIdentity, f.Priv.IdentitySecret), e)
	require.NoError(t, f.Tree.Set(1, leaf))
	proof, err := f.Tree.Prove(1)
	require.NoError(t, err)
	f.Poll.CensusRoot, f.Priv.CensusSiblings, f.Priv.Weight = f.Tree.Root(), proof.Siblings, w
}

// seal puts the encryption of a join plaintext into a under the shared
// key and nonce, and rebinds the message hash to the ciphertext and a's
// keys.
func seal(a *joinvote.Circuit, shared babyjub.Point, nonce uint64, plaintext []fr.Element) {
	ct := encrypt.Encrypt(&shared, jvtest.Elem(nonce), plaintext)
	for i := range a.Ciphertext {
		a.Ciphertext[i] = ct[i]
	}
	a.MessageHash = messageHash(a, ct)
}

// messageHash is the message hash of ct under a's keys.
func messageHash(a *joinvote.Circuit, ct []fr.Element) fr.Element {
	eph, pollKey := point(a.EphemeralKey), point(a.PollKey)
	return joinvote.MessageHash(&eph, &pollKey, ct)
}

func point(p babyjub.CircuitPoint) babyjub.Point {
	return babyjub.Point{X: p.X.(fr.Element), Y: p.Y.(fr.Element)}
}

func elems(vs []frontend.Variable) []fr.Element {
	out := make([]fr.Element, len(vs))
	for i, v := range vs {
		out[i] = v.(fr.Element)
	}
	return out
}

// shared is the ECDH key f's voter encrypts to the poll's coordinator with.
func shared(t *testing.T, f *jvtest.Fixture) babyjub.Point {
	s, err := f.Priv.EphemeralKey.Shared(&f.Poll.CoordinatorKey)
	require.NoError(t, err)
	return s
}

// weight is f's census weight as a field element.
func weight(f *jvtest.Fixture) fr.Element {
	var w fr.Element
	w.SetBigInt(f.Priv.Weight)
	return w
}

// votes is f's ballot as the state leaf and the plaintext hold it.
func votes(t *testing.T, f *jvtest.Fixture) []fr.Element {
	v, err := joinvote.Ballot(f.Params, f.Priv.Votes)
	require.NoError(t, err)
	return v
}

// plaintext is a join plaintext under f's parameters.
func plaintext(t *testing.T, f *jvtest.Fixture, weight, salt fr.Element, votes []fr.Element) []fr.Element {
	pt, err := message.JoinPlaintext(f.Params, weight, salt, votes)
	require.NoError(t, err)
	return pt
}

// honestPlaintext is f's voter's join plaintext.
func honestPlaintext(t *testing.T, f *jvtest.Fixture) []fr.Element {
	return plaintext(t, f, weight(f), f.Priv.WeightSalt, votes(t, f))
}

// leaf is a's state leaf replaced by the voter leaf of f's poll key with
// the given nonce, weight, salt and votes.
func leaf(a *joinvote.Circuit, f *jvtest.Fixture, nonce uint64, weight, salt fr.Element, votes []fr.Element) *joinvote.Circuit {
	key := f.Priv.PollKey.Public()
	a.StateLeaf = joinvote.VoterLeaf(&key, nonce, weight, salt, votes)
	return a
}

func attacks() map[string]attack {
	weighted := func(t *testing.T) *jvtest.Fixture { return fixture(t, joinvote.ModeWeighted, 10, 1) }
	other := func(t *testing.T) *joinvote.Witness {
		f := fixture(t, joinvote.ModeWeighted, 10, 3, 0, 7)
		f.Priv.PollKey, f.Priv.WeightSalt = jvtest.Key(t, 20), jvtest.Elem(5)
		return f.Witness(t)
	}
	return map[string]attack{
		// The poll.
		"poll ID of another census root": {joinvote.StepPoll, func(t *testing.T) *joinvote.Circuit {
			f := weighted(t)
			poll := f.Poll
			poll.CensusRoot = jvtest.Elem(77)
			return assign(t, f, poll.ID()).Assignment
		}},
		"poll ID of another coordinator key": {joinvote.StepPoll, func(t *testing.T) *joinvote.Circuit {
			f := weighted(t)
			poll := f.Poll
			poll.CoordinatorKey = jvtest.Key(t, 50).Public()
			return assign(t, f, poll.ID()).Assignment
		}},
		"poll ID of another mode": {joinvote.StepPoll, func(t *testing.T) *joinvote.Circuit {
			f := fixture(t, joinvote.ModeWeighted, 10, 3, 4)
			poll := f.Poll
			poll.Mode = joinvote.ModeQuadratic // the ballot is over the quadratic budget
			return assign(t, f, poll.ID()).Assignment
		}},
		"arbitrary poll ID": {joinvote.StepPoll, func(t *testing.T) *joinvote.Circuit {
			return assign(t, weighted(t), jvtest.Elem(5)).Assignment
		}},

		// Membership.
		"non-member (unknown secret)": {joinvote.StepMembership, func(t *testing.T) *joinvote.Circuit {
			return honest(t, weighted(t), func(f *jvtest.Fixture) { f.Priv.IdentitySecret = jvtest.Elem(999) })
		}},
		"weight above the census weight": {joinvote.StepMembership, func(t *testing.T) *joinvote.Circuit {
			return honest(t, weighted(t), func(f *jvtest.Fixture) { f.Priv.Weight = big.NewInt(11) })
		}},
		"wrong census path bit": {joinvote.StepMembership, func(t *testing.T) *joinvote.Circuit {
			return honest(t, weighted(t), func(f *jvtest.Fixture) { f.Priv.CensusIndex = 3 })
		}},
		"poll of another census": {joinvote.StepMembership, func(t *testing.T) *joinvote.Circuit {
			return honest(t, weighted(t), func(f *jvtest.Fixture) { f.Poll.CensusRoot = jvtest.Elem(77) })
		}},
		// A census weight the circuit must refuse even when it is in the
		// census; 1p1v, whose budget does not depend on the weight, so that
		// the ballot check cannot catch it instead.
		"census weight zero": {joinvote.StepMembership, func(t *testing.T) *joinvote.Circuit {
			f := fixture(t, joinvote.ModeOnePersonOneVote, 10, 1)
			setCensusWeight(t, f, big.NewInt(0))
			return assign(t, f, f.Poll.ID()).Assignment
		}},
		"census weight of 2^WeightBits": {joinvote.StepMembership, func(t *testing.T) *joinvote.Circuit {
			f := fixture(t, joinvote.ModeOnePersonOneVote, 10, 1)
			setCensusWeight(t, f, new(big.Int).Lsh(big.NewInt(1), uint(f.Params.WeightBits)))
			return assign(t, f, f.Poll.ID()).Assignment
		}},
		"census weight wraps the field": {joinvote.StepMembership, func(t *testing.T) *joinvote.Circuit {
			f := fixture(t, joinvote.ModeOnePersonOneVote, 10, 1)
			setCensusWeight(t, f, big.NewInt(-10))
			return assign(t, f, f.Poll.ID()).Assignment
		}},

		// The nullifier.
		"nullifier of another poll": {joinvote.StepNullifier, func(t *testing.T) *joinvote.Circuit {
			f := weighted(t)
			a := honest(t, f, nil)
			a.Nullifier = joinvote.Nullifier(f.Priv.IdentitySecret, jvtest.Elem(1))
			return a
		}},
		"nullifier of another member": {joinvote.StepNullifier, func(t *testing.T) *joinvote.Circuit {
			f := weighted(t)
			a := honest(t, f, nil)
			a.Nullifier = joinvote.Nullifier(jvtest.Elem(111), f.Poll.ID())
			return a
		}},

		// The poll key.
		"poll key not known (a briber's)": {joinvote.StepPollKey, func(t *testing.T) *joinvote.Circuit {
			f := weighted(t)
			voter := f.Priv.PollKey
			f.Priv.PollKey = jvtest.Key(t, 60) // the briber's
			a := assign(t, f, f.Poll.ID()).Assignment
			a.PollSecret = voter.Scalar()
			return a
		}},
		// The identity is [0]B: a key whose every command processing
		// refuses, so a briber could demand it to freeze the join's ballot.
		"poll key is the identity (a frozen ballot)": {joinvote.StepPollKey, func(t *testing.T) *joinvote.Circuit {
			f := weighted(t)
			a := honest(t, f, nil)
			identity := babyjub.Torsion(0)
			a.PollSecret, a.PollKey = 0, babyjub.CircuitPoint{X: identity.X, Y: identity.Y}
			a.StateLeaf = joinvote.StateLeaf(&identity, weight(f), f.Priv.WeightSalt, votes(t, f))
			a.MessageHash = messageHash(a, elems(a.Ciphertext))
			return a
		}},

		// The state leaf.
		"state leaf of another voter": {joinvote.StepStateLeaf, func(t *testing.T) *joinvote.Circuit {
			a := honest(t, weighted(t), nil)
			a.StateLeaf = other(t).Statement.StateLeaf
			return a
		}},
		"state leaf with another poll key": {joinvote.StepStateLeaf, func(t *testing.T) *joinvote.Circuit {
			f := weighted(t)
			a := honest(t, f, nil)
			key := jvtest.Key(t, 65).Public()
			a.StateLeaf = joinvote.StateLeaf(&key, weight(f), f.Priv.WeightSalt, votes(t, f))
			return a
		}},
		"state leaf with another weight": {joinvote.StepStateLeaf, func(t *testing.T) *joinvote.Circuit {
			f := weighted(t)
			return leaf(honest(t, f, nil), f, 0, jvtest.Elem(1000), f.Priv.WeightSalt, votes(t, f))
		}},
		"state leaf naming other votes": {joinvote.StepStateLeaf, func(t *testing.T) *joinvote.Circuit {
			f := weighted(t) // one unit for option 0
			vs := votes(t, f)
			vs[0], vs[2] = vs[2], vs[0] // the unit moved to option 2
			return leaf(honest(t, f, nil), f, 0, weight(f), f.Priv.WeightSalt, vs)
		}},
		"state leaf with a vote in an unused option": {joinvote.StepStateLeaf, func(t *testing.T) *joinvote.Circuit {
			f := weighted(t)
			vs := votes(t, f)
			vs[f.Params.MaxVoteOptions-1] = jvtest.Elem(1) // beyond the poll's 3 options
			return leaf(honest(t, f, nil), f, 0, weight(f), f.Priv.WeightSalt, vs)
		}},
		"state leaf at nonce 1": {joinvote.StepStateLeaf, func(t *testing.T) *joinvote.Circuit {
			f := weighted(t)
			return leaf(honest(t, f, nil), f, 1, weight(f), f.Priv.WeightSalt, votes(t, f))
		}},
		"state leaf with another salt than the ciphertext's": {joinvote.StepStateLeaf, func(t *testing.T) *joinvote.Circuit {
			f := weighted(t)
			return leaf(honest(t, f, nil), f, 0, weight(f), jvtest.Elem(5), votes(t, f))
		}},
		"state leaf without the ballot (version 4's)": {joinvote.StepStateLeaf, func(t *testing.T) *joinvote.Circuit {
			f := weighted(t)
			a := honest(t, f, nil)
			key := f.Priv.PollKey.Public()
			a.StateLeaf = poseidon.Hash(circuits.DomainState, key.X, key.Y, weight(f), f.Priv.WeightSalt)
			return a
		}},

		// The ballot.
		"weighted budget exceeded": {joinvote.StepBallot, func(t *testing.T) *joinvote.Circuit {
			return honest(t, fixture(t, joinvote.ModeWeighted, 10, 6, 5), nil)
		}},
		"quadratic budget exceeded": {joinvote.StepBallot, func(t *testing.T) *joinvote.Circuit {
			return honest(t, fixture(t, joinvote.ModeQuadratic, 10, 3, 2), nil) // 9 + 4 > 10
		}},
		"1p1v two units": {joinvote.StepBallot, func(t *testing.T) *joinvote.Circuit {
			return honest(t, fixture(t, joinvote.ModeOnePersonOneVote, 10, 1, 1), nil)
		}},
		"option out of range": {joinvote.StepBallot, func(t *testing.T) *joinvote.Circuit {
			return honest(t, fixture(t, joinvote.ModeWeighted, 10, 0, 0, 0, 1), nil) // the poll has 3 options
		}},
		"option count beyond the maximum": {joinvote.StepBallot, func(t *testing.T) *joinvote.Circuit {
			return honest(t, weighted(t), func(f *jvtest.Fixture) { f.Poll.NumOptions = f.Params.MaxVoteOptions + 1 })
		}},
		"option count zero": {joinvote.StepBallot, func(t *testing.T) *joinvote.Circuit {
			return honest(t, weighted(t), func(f *jvtest.Fixture) { f.Poll.NumOptions = 0 })
		}},
		"unknown mode": {joinvote.StepBallot, func(t *testing.T) *joinvote.Circuit {
			return honest(t, weighted(t), func(f *jvtest.Fixture) { f.Poll.Mode = 3 })
		}},
		"vote wraps the field": {joinvote.StepBallot, func(t *testing.T) *joinvote.Circuit {
			return honest(t, fixture(t, joinvote.ModeWeighted, 10, -1, 2), nil) // sums to 1
		}},

		// The encryption.
		"ciphertext of another ballot": {joinvote.StepEncryption, func(t *testing.T) *joinvote.Circuit {
			a := honest(t, weighted(t), nil)
			ct := elems(honest(t, fixture(t, joinvote.ModeWeighted, 10, 0, 0, 1), nil).Ciphertext)
			for i := range ct {
				a.Ciphertext[i] = ct[i]
			}
			a.MessageHash = messageHash(a, ct)
			return a
		}},
		"tampered ciphertext": {joinvote.StepEncryption, func(t *testing.T) *joinvote.Circuit {
			a := honest(t, weighted(t), nil)
			a.Ciphertext[2] = jvtest.Elem(1)
			a.MessageHash = messageHash(a, elems(a.Ciphertext))
			return a
		}},
		"ciphertext of another voter": {joinvote.StepEncryption, func(t *testing.T) *joinvote.Circuit {
			a := honest(t, weighted(t), nil)
			ct := other(t).Statement.Ciphertext
			for i := range ct {
				a.Ciphertext[i] = ct[i]
			}
			a.MessageHash = messageHash(a, ct)
			return a
		}},
		"encrypted to another coordinator key": {joinvote.StepEncryption, func(t *testing.T) *joinvote.Circuit {
			f := weighted(t)
			poll := f.Poll
			poll.CoordinatorKey = jvtest.Key(t, 50).Public()
			a := assign(t, f, poll.ID()).Assignment // encrypted to f's coordinator
			a.CoordinatorKey = babyjub.CircuitPoint{X: poll.CoordinatorKey.X, Y: poll.CoordinatorKey.Y}
			return a
		}},
		"ephemeral key not the one encrypted with": {joinvote.StepEncryption, func(t *testing.T) *joinvote.Circuit {
			f := weighted(t)
			secret := f.Priv.EphemeralKey.Scalar()
			f.Priv.EphemeralKey = jvtest.Key(t, 63)
			a := assign(t, f, f.Poll.ID()).Assignment
			a.EphemeralSecret = secret
			return a
		}},
		"ephemeral key is the identity": {joinvote.StepEncryption, func(t *testing.T) *joinvote.Circuit {
			f := weighted(t)
			a := honest(t, f, nil)
			identity := babyjub.Torsion(0)
			a.EphemeralSecret, a.EphemeralKey = 0, babyjub.CircuitPoint{X: identity.X, Y: identity.Y}
			seal(a, identity, message.JoinNonce, honestPlaintext(t, f))
			return a
		}},
		"coordinator key of small order": {joinvote.StepEncryption, func(t *testing.T) *joinvote.Circuit {
			f := weighted(t)
			a := honest(t, f, nil)
			f.Poll.CoordinatorKey = babyjub.Torsion(4) // of order 2
			a.CoordinatorKey = babyjub.CircuitPoint{X: f.Poll.CoordinatorKey.X, Y: f.Poll.CoordinatorKey.Y}
			a.PollID = f.Poll.ID()
			a.Nullifier = joinvote.Nullifier(f.Priv.IdentitySecret, f.Poll.ID())
			identity := babyjub.Torsion(0) // the ECDH key [eph]([8]T) for T of small order
			seal(a, identity, message.JoinNonce, honestPlaintext(t, f))
			return a
		}},
		"ciphertext with another salt than the leaf's": {joinvote.StepEncryption, func(t *testing.T) *joinvote.Circuit {
			f := weighted(t)
			a := honest(t, f, nil)
			seal(a, shared(t, f), message.JoinNonce, plaintext(t, f, weight(f), jvtest.Elem(5), votes(t, f)))
			return a
		}},
		"ciphertext with another weight than the leaf's": {joinvote.StepEncryption, func(t *testing.T) *joinvote.Circuit {
			f := weighted(t)
			a := honest(t, f, nil)
			seal(a, shared(t, f), message.JoinNonce, plaintext(t, f, jvtest.Elem(1000), f.Priv.WeightSalt, votes(t, f)))
			return a
		}},
		"ciphertext with a vote in an unused option": {joinvote.StepEncryption, func(t *testing.T) *joinvote.Circuit {
			f := weighted(t)
			a := honest(t, f, nil)
			vs := votes(t, f)
			vs[f.Params.MaxVoteOptions-1] = jvtest.Elem(1)
			seal(a, shared(t, f), message.JoinNonce, plaintext(t, f, weight(f), f.Priv.WeightSalt, vs))
			return a
		}},
		// A join encrypted as a command would open as one at 9 options.
		"ciphertext under the command nonce": {joinvote.StepEncryption, func(t *testing.T) *joinvote.Circuit {
			f := weighted(t)
			a := honest(t, f, nil)
			seal(a, shared(t, f), message.CommandNonce, honestPlaintext(t, f))
			return a
		}},

		// The message hash.
		"arbitrary message hash": {joinvote.StepMessageHash, func(t *testing.T) *joinvote.Circuit {
			a := honest(t, weighted(t), nil)
			a.MessageHash = jvtest.Elem(1)
			return a
		}},
		"message hash naming another poll key": {joinvote.StepMessageHash, func(t *testing.T) *joinvote.Circuit {
			a := honest(t, weighted(t), nil)
			eph, otherKey := point(a.EphemeralKey), jvtest.Key(t, 64).Public()
			a.MessageHash = joinvote.MessageHash(&eph, &otherKey, elems(a.Ciphertext))
			return a
		}},

		// The entry (the one public input that stands for the leaf and the
		// message hash).
		"entry of another join": {joinvote.StepEntry, func(t *testing.T) *joinvote.Circuit {
			a := honest(t, weighted(t), nil)
			a.Entry = other(t).Statement.Entry()
			return a
		}},
		"entry with another state leaf": {joinvote.StepEntry, func(t *testing.T) *joinvote.Circuit {
			a := honest(t, weighted(t), nil)
			a.Entry = message.JoinEntry(a.MessageHash.(fr.Element), jvtest.Elem(5), a.Nullifier.(fr.Element))
			return a
		}},
		"entry of a command": {joinvote.StepEntry, func(t *testing.T) *joinvote.Circuit {
			a := honest(t, weighted(t), nil)
			a.Entry = message.CommandEntry(a.MessageHash.(fr.Element))
			return a
		}},
	}
}

// rebindEntry makes a's public entry the one its message hash, state leaf
// and nullifier give, so an attack on another step is consistent at the
// entry step.
func rebindEntry(a *joinvote.Circuit) {
	a.Entry = message.JoinEntry(a.MessageHash.(fr.Element), a.StateLeaf.(fr.Element), a.Nullifier.(fr.Element))
}

// TestAttacksFailAtTheirStep runs every attack (golden.CheckAttacks): each
// fails with every step and passes without its own, and every step is some
// attack's target. An attack on any step but the entry gets its entry
// rebound, so that it is consistent there.
func TestAttacksFailAtTheirStep(t *testing.T) {
	p := circuits.TestParams()
	all := map[string]golden.Attack[joinvote.Step]{}
	for name, at := range attacks() {
		all[name] = golden.Attack[joinvote.Step]{Step: at.step, Build: func(t *testing.T) frontend.Circuit {
			a := at.build(t)
			if at.step != joinvote.StepEntry {
				rebindEntry(a)
			}
			return a
		}}
	}
	golden.CheckAttacks(t, joinvote.NewCircuit(p), func(s joinvote.Step) frontend.Circuit { return joinvote.NewCircuitWithout(p, s) }, joinvote.Steps, all)
}

// TestHonestWitnessPassesEveryVariant checks that leaving a step out
// never makes an honest witness fail (so the variants differ only in what
// they leave out).
func TestHonestWitnessPassesEveryVariant(t *testing.T) {
	p := circuits.TestParams()
	a := fixture(t, joinvote.ModeQuadratic, 25, 3, 4).Witness(t).Assignment
	for _, s := range joinvote.Steps {
		require.NoError(t, test.IsSolved(joinvote.NewCircuitWithout(p, s), a, ecc.BN254.ScalarField()), "without %q", s)
	}
}

// TestStepCostsAddUp measures each step (default parameters, census depth
// 20; run with -v to see them, the figures of doc.go) and checks that they
// add up to the whole (golden.CheckStepCosts).
func TestStepCostsAddUp(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles the circuit ten times")
	}
	p := circuits.Defaults()
	p.CensusDepth = 20
	golden.CheckStepCosts(t, joinvote.NewCircuit(p), func(s joinvote.Step) frontend.Circuit { return joinvote.NewCircuitWithout(p, s) }, joinvote.Steps)
}
