package ratelimit_test

import (
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/test"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/internal/golden"
	"github.com/zkvote/zkvote/circuits/merkle"
	"github.com/zkvote/zkvote/circuits/poseidon"
	"github.com/zkvote/zkvote/circuits/ratelimit"
)

const depth = 3

func elem(x uint64) fr.Element {
	var e fr.Element
	e.SetUint64(x)
	return e
}

type seeded struct{ r *rand.ChaCha8 }

func (s seeded) Read(p []byte) (int, error) { return s.r.Read(p) }

func rng(seed byte) seeded { return seeded{rand.NewChaCha8([32]byte{seed})} }

// world is a rate tree with three registered sets; ours is the second.
type world struct {
	tree *merkle.Tree
	set  *ratelimit.Set
	poll fr.Element
}

func newWorld(t testing.TB) *world {
	var leaves []fr.Element
	var ours *ratelimit.Set
	for i := range 3 {
		s, err := ratelimit.NewSet(i+1, rng(byte(i)))
		require.NoError(t, err)
		leaves = append(leaves, s.Leaf())
		if i == 1 {
			ours = s
		}
	}
	tree, err := merkle.FromLeaves(depth, leaves)
	require.NoError(t, err)
	return &world{tree: tree, set: ours, poll: elem(77)}
}

func (w *world) witness(t testing.TB, position int, slot, slots uint64) *ratelimit.Witness {
	path, err := w.tree.Prove(1)
	require.NoError(t, err)
	wit, err := ratelimit.NewWitness(w.poll, w.set, position, path, slot, slots, elem(5150))
	require.NoError(t, err)
	require.NoError(t, wit.Check())
	return wit
}

func TestPassAccepted(t *testing.T) {
	w := newWorld(t)
	for _, c := range []struct {
		position    int
		slot, slots uint64
	}{{0, 0, 1}, {1, 2, 3}, {1, ratelimit.MaxSlots - 1, ratelimit.MaxSlots}} {
		wit := w.witness(t, c.position, c.slot, c.slots)
		require.NoError(t, test.IsSolved(ratelimit.NewCircuit(depth), wit.Assign(), ecc.BN254.ScalarField()))
	}
}

func TestNativeRefuses(t *testing.T) {
	w := newWorld(t)
	path, err := w.tree.Prove(1)
	require.NoError(t, err)
	_, err = ratelimit.NewWitness(w.poll, w.set, 2, path, 0, 2, elem(1))
	require.ErrorIs(t, err, ratelimit.ErrPadding)
	_, err = ratelimit.NewWitness(w.poll, w.set, 0, path, 2, 2, elem(1))
	require.ErrorIs(t, err, ratelimit.ErrSlot)
	_, err = ratelimit.NewWitness(w.poll, w.set, 0, path, 0, ratelimit.MaxSlots+1, elem(1))
	require.ErrorIs(t, err, ratelimit.ErrSlot)
	other, err := w.tree.Prove(0)
	require.NoError(t, err)
	_, err = ratelimit.NewWitness(w.poll, w.set, 0, other, 0, 2, elem(1))
	require.ErrorIs(t, err, merkle.ErrInvalidProof)
	_, err = ratelimit.NewSet(0, nil)
	require.ErrorIs(t, err, ratelimit.ErrPosition)
}

// TestPassAttacks: each witness below breaks one rule and must not solve.
func TestPassAttacks(t *testing.T) {
	w := newWorld(t)
	field := ecc.BN254.ScalarField()
	stranger, err := ratelimit.NewSet(4, rng(9))
	require.NoError(t, err)
	cases := map[string]func(c *ratelimit.Circuit, wit *ratelimit.Witness){
		// A client with no registered set: its own set, same root.
		"set not in the tree": func(c *ratelimit.Circuit, _ *ratelimit.Witness) {
			for i := range stranger.Identities {
				c.Set[i] = stranger.Identities[i]
			}
			c.Secret = *stranger.Secrets[0]
			c.Position = 0
			c.Nullifier = ratelimit.Nullifier(*stranger.Secrets[0], w.poll, 0)
		},
		// Padding has no known secret: any guess fails.
		"secret for a padding position": func(c *ratelimit.Circuit, _ *ratelimit.Witness) {
			s := elem(12345)
			c.Secret, c.Position = s, 3
			c.Nullifier = ratelimit.Nullifier(s, w.poll, 0)
		},
		"secret of another position": func(c *ratelimit.Circuit, _ *ratelimit.Witness) { c.Position = 1 },
		"position beyond the set":    func(c *ratelimit.Circuit, _ *ratelimit.Witness) { c.Position = ratelimit.Identities },
		"another root":               func(c *ratelimit.Circuit, _ *ratelimit.Witness) { c.Root = elem(3) },
		"leaf at another index":      func(c *ratelimit.Circuit, _ *ratelimit.Witness) { c.Index = 0 },
		"index beyond the tree":      func(c *ratelimit.Circuit, _ *ratelimit.Witness) { c.Index = 1 + 1<<depth },
		// A slot beyond the poll's count would give more commands.
		"slot equal to slots": func(c *ratelimit.Circuit, wit *ratelimit.Witness) {
			c.Slot = wit.Slots
			c.Nullifier = ratelimit.Nullifier(wit.Secret, w.poll, wit.Slots)
		},
		"slot wrapping the field": func(c *ratelimit.Circuit, wit *ratelimit.Witness) {
			var minus fr.Element
			minus.SetInt64(-1)
			c.Slot = minus
			c.Nullifier = poseidon.Hash(circuits.DomainRateNullifier, wit.Secret, w.poll, minus)
		},
		"zero slots": func(c *ratelimit.Circuit, _ *ratelimit.Witness) { c.Slots = 0 },
		"slots beyond the bits": func(c *ratelimit.Circuit, _ *ratelimit.Witness) {
			c.Slots = 1 << (ratelimit.SlotBits + 1)
		},
		// The nullifier must be the one of this secret, poll and slot.
		"nullifier of another slot": func(c *ratelimit.Circuit, wit *ratelimit.Witness) {
			c.Nullifier = ratelimit.Nullifier(wit.Secret, w.poll, wit.Slot+1)
		},
		"nullifier of another poll": func(c *ratelimit.Circuit, wit *ratelimit.Witness) {
			c.Nullifier = ratelimit.Nullifier(wit.Secret, elem(78), wit.Slot)
		},
		"pass for another poll": func(c *ratelimit.Circuit, _ *ratelimit.Witness) { c.PollID = elem(78) },
	}
	for name, mutate := range cases {
		t.Run(name, func(t *testing.T) {
			wit := w.witness(t, 0, 1, 4)
			c := wit.Assign()
			mutate(c, wit)
			require.Error(t, test.IsSolved(ratelimit.NewCircuit(depth), c, field))
		})
	}
}

// TestPassBoundToCommand proves a pass with Groth16 and shows that the
// proof holds for its own public inputs only: another command, nullifier,
// root, poll or slot count is refused.
func TestPassBoundToCommand(t *testing.T) {
	w := newWorld(t)
	wit := w.witness(t, 0, 0, 2)
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, ratelimit.NewCircuit(depth))
	require.NoError(t, err)
	pk, vk, err := groth16.Setup(ccs)
	require.NoError(t, err)
	full, err := frontend.NewWitness(wit.Assign(), ecc.BN254.ScalarField())
	require.NoError(t, err)
	proof, err := groth16.Prove(ccs, pk, full)
	require.NoError(t, err)
	verify := func(st ratelimit.Statement) error {
		a := &ratelimit.Circuit{PollID: st.PollID, Root: st.Root, Nullifier: st.Nullifier, Command: st.Command, Slots: st.Slots}
		pub, err := frontend.NewWitness(a, ecc.BN254.ScalarField(), frontend.PublicOnly())
		require.NoError(t, err)
		return groth16.Verify(proof, vk, pub)
	}
	require.NoError(t, verify(wit.Statement))
	for name, change := range map[string]func(*ratelimit.Statement){
		"command":   func(s *ratelimit.Statement) { s.Command = elem(1) },
		"nullifier": func(s *ratelimit.Statement) { s.Nullifier = elem(1) },
		"root":      func(s *ratelimit.Statement) { s.Root = elem(1) },
		"poll":      func(s *ratelimit.Statement) { s.PollID = elem(1) },
		"slots":     func(s *ratelimit.Statement) { s.Slots = 9 },
	} {
		st := wit.Statement
		change(&st)
		require.Error(t, verify(st), name)
	}
}

// TestVectors pins the native hashes (the circuit computes the same ones:
// TestPassAccepted solves only if they agree).
func TestVectors(t *testing.T) {
	set, err := ratelimit.NewSet(2, rng(42))
	require.NoError(t, err)
	leaf := set.Leaf()
	null := ratelimit.Nullifier(*set.Secrets[0], elem(77), 3)
	reg := ratelimit.RegistrationMessage(elem(77), leaf)
	// Edge inputs: a zero secret, poll ID and leaf, the first and the last slot.
	var zero fr.Element
	zeroSet := [ratelimit.Identities]fr.Element{ratelimit.Identity(zero)}
	golden.CheckJSON(t, "testdata/vectors.json", map[string]any{
		"secrets":      []string{set.Secrets[0].String(), set.Secrets[1].String()},
		"identities":   golden.Strs(set.Identities[:]),
		"leaf":         leaf.String(),
		"poll_id":      "77",
		"slot":         3,
		"nullifier":    null.String(),
		"registration": reg.String(),
		"edges": map[string]string{
			"identity_of_zero":                  str(ratelimit.Identity(zero)),
			"leaf_of_zero_identity_and_padding": str(ratelimit.Leaf(zeroSet)),
			"nullifier_zero_secret_poll_slot":   str(ratelimit.Nullifier(zero, zero, 0)),
			"nullifier_last_slot":               str(ratelimit.Nullifier(*set.Secrets[0], elem(77), ratelimit.MaxSlots-1)),
			"registration_zero_poll_zero_leaf":  str(ratelimit.RegistrationMessage(zero, zero)),
		},
	})
}

func str(e fr.Element) string { return e.String() }

// TestEdgeWitnesses: a zero secret (whose identity sits beside zero
// padding) in a tree of one leaf, at slot 0 and at the last slot, solves
// the circuit; one slot further does not.
func TestEdgeWitnesses(t *testing.T) {
	var zero fr.Element
	set := &ratelimit.Set{}
	set.Secrets[0] = &zero
	set.Identities[0] = ratelimit.Identity(zero)
	tree, err := merkle.FromLeaves(depth, []fr.Element{set.Leaf()})
	require.NoError(t, err)
	path, err := tree.Prove(0)
	require.NoError(t, err)
	field := ecc.BN254.ScalarField()
	for _, slot := range []uint64{0, ratelimit.MaxSlots - 1} {
		w, err := ratelimit.NewWitness(zero, set, 0, path, slot, ratelimit.MaxSlots, zero)
		require.NoError(t, err)
		require.NoError(t, w.Check())
		require.NoError(t, test.IsSolved(ratelimit.NewCircuit(depth), w.Assign(), field))
	}
	w, err := ratelimit.NewWitness(zero, set, 0, path, 0, ratelimit.MaxSlots, zero)
	require.NoError(t, err)
	c := w.Assign()
	c.Slot, c.Nullifier = ratelimit.MaxSlots, ratelimit.Nullifier(zero, zero, ratelimit.MaxSlots)
	c.Slots = ratelimit.MaxSlots
	require.Error(t, test.IsSolved(ratelimit.NewCircuit(depth), c, field))
}

func TestConstraints(t *testing.T) {
	golden.CheckConstraints(t, "pass-test-depth-3", ratelimit.NewCircuit(circuits.TestParams().StateDepth))
	golden.CheckConstraints(t, "pass-default-depth-14", ratelimit.NewCircuit(circuits.Defaults().StateDepth))
}

// TestRegistration: only the join's poll key registers its rate set.
func TestRegistration(t *testing.T) {
	key, err := babyjub.GenerateKey(rng(1))
	require.NoError(t, err)
	other, err := babyjub.GenerateKey(rng(2))
	require.NoError(t, err)
	set, err := ratelimit.NewSet(4, rng(3))
	require.NoError(t, err)
	poll := elem(77)
	reg := ratelimit.Register(poll, set, key)
	pub, otherPub := key.Public(), other.Public()
	require.NoError(t, reg.Verify(poll, &pub))
	require.ErrorIs(t, reg.Verify(poll, &otherPub), ratelimit.ErrRegistration, "another join's key")
	require.ErrorIs(t, reg.Verify(elem(78), &pub), ratelimit.ErrRegistration, "another poll")
	swapped := *reg
	swapped.Identities[2] = elem(5)
	require.ErrorIs(t, swapped.Verify(poll, &pub), ratelimit.ErrRegistration, "an identity replaced")
}
