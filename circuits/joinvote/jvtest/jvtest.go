// Package jvtest builds deterministic join+vote fixtures — a small census,
// a poll and one member's private inputs — for tests across packages.
package jvtest

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/command"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/merkle"
	"github.com/zkvote/zkvote/circuits/message"
	"github.com/zkvote/zkvote/circuits/poseidon"
)

// Fixture is a census of three members, a poll over it with three options,
// and the private inputs of member 1.
type Fixture struct {
	Params      circuits.Params
	Poll        joinvote.Poll
	Coordinator *babyjub.PrivateKey
	Priv        joinvote.Private
	Tree        *merkle.Tree
}

// Key returns a deterministic private key.
func Key(t testing.TB, seed int64) *babyjub.PrivateKey {
	k, err := key(seed)
	require.NoError(t, err)
	return k
}

func key(seed int64) (*babyjub.PrivateKey, error) {
	return babyjub.NewPrivateKey(new(big.Int).Exp(big.NewInt(seed+5), big.NewInt(89), babyjub.Order()))
}

// Elem returns v as a field element.
func Elem(v uint64) fr.Element {
	var e fr.Element
	e.SetUint64(v)
	return e
}

// New returns a fixture where member 1 has the given census weight and
// votes (one per option, at most three).
func New(t testing.TB, params circuits.Params, mode joinvote.Mode, weight int64, votes ...int64) *Fixture {
	f, err := Build(params, mode, weight, votes...)
	require.NoError(t, err)
	return f
}

// Build is New for callers outside tests (benchmark commands).
func Build(params circuits.Params, mode joinvote.Mode, weight int64, votes ...int64) (*Fixture, error) {
	var keys [3]*babyjub.PrivateKey
	for i := range keys {
		k, err := key(int64(i + 1))
		if err != nil {
			return nil, err
		}
		keys[i] = k
	}
	f := &Fixture{Params: params, Coordinator: keys[0]}
	secrets := []fr.Element{Elem(111), Elem(222), Elem(333)}
	weights := []int64{7, weight, 1}
	leaves := make([]fr.Element, len(secrets))
	for i, s := range secrets {
		c := poseidon.Hash(circuits.DomainIdentity, s)
		leaves[i] = poseidon.Hash(circuits.DomainCensusLeaf, c, Elem(uint64(weights[i])))
	}
	tree, err := merkle.FromLeaves(params.CensusDepth, leaves)
	if err != nil {
		return nil, err
	}
	f.Tree = tree
	proof, err := tree.Prove(1)
	if err != nil {
		return nil, err
	}
	f.Poll = joinvote.Poll{CensusRoot: tree.Root(), CoordinatorKey: f.Coordinator.Public(), Mode: mode,
		NumOptions: 3, DescriptorHash: Elem(4242)}
	vs := make([]*big.Int, len(votes))
	for i, v := range votes {
		vs[i] = big.NewInt(v)
	}
	f.Priv = joinvote.Private{IdentitySecret: secrets[1], Weight: big.NewInt(weight), CensusIndex: 1,
		CensusSiblings: proof.Siblings, PollKey: keys[1], EphemeralKey: keys[2],
		WeightSalt: Elem(987654321), Votes: vs}
	return f, nil
}

// Witness builds the witness, failing the test on error.
func (f *Fixture) Witness(t testing.TB) *joinvote.Witness {
	w, err := joinvote.NewWitness(f.Params, &f.Poll, &f.Priv)
	require.NoError(t, err)
	return w
}

// Command returns a sender's command (a re-vote of option 1 with a key
// change, for state index 1) and its keys, for a command proof
// (circuits/command) in any fixture poll.
func Command(t testing.TB) *command.Private {
	return &command.Private{
		Command:   message.Command{StateIndex: 1, NewKey: Key(t, 40).Public(), Option: 1, Weight: big.NewInt(5), Nonce: 1, Salt: Elem(77)},
		AuthKey:   Key(t, 30),
		Ephemeral: Key(t, 31),
	}
}
