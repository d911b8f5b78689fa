package main

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/command"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/merkle"
	"github.com/zkvote/zkvote/circuits/message"
	"github.com/zkvote/zkvote/circuits/poseidon"
	"github.com/zkvote/zkvote/circuits/process"
)

func key(seed int64) *babyjub.PrivateKey {
	k, err := babyjub.NewPrivateKey(new(big.Int).Exp(big.NewInt(seed+5), big.NewInt(89), babyjub.Order()))
	if err != nil {
		panic(err)
	}
	return k
}

func elem(v uint64) fr.Element {
	var e fr.Element
	e.SetUint64(v)
	return e
}

// sampleWitness builds a quadratic poll where one batch of joins join and
// one batch of commands re-vote, and returns its processing witness.
func sampleWitness(p circuits.Params) (*process.Witness, error) {
	s, err := process.ShapeFor(p)
	if err != nil {
		return nil, err
	}
	n := min(s.Joins, 1<<p.StateDepth)
	leaves := make([]fr.Element, n)
	for i := range leaves {
		c := poseidon.Hash(circuits.DomainIdentity, elem(uint64(1000+i)))
		leaves[i] = poseidon.Hash(circuits.DomainCensusLeaf, c, elem(100))
	}
	tree, err := merkle.FromLeaves(p.CensusDepth, leaves)
	if err != nil {
		return nil, err
	}
	coord := key(1)
	poll := joinvote.Poll{CensusRoot: tree.Root(), CoordinatorKey: coord.Public(), Mode: joinvote.ModeQuadratic, NumOptions: p.MaxVoteOptions, DescriptorHash: elem(7)}
	proc := process.New(p, &poll, coord)
	keys := make([]*babyjub.PrivateKey, n)
	for i := range n {
		proof, err := tree.Prove(uint64(i))
		if err != nil {
			return nil, err
		}
		keys[i] = key(int64(10 + 2*i))
		priv := joinvote.Private{IdentitySecret: elem(uint64(1000 + i)), Weight: big.NewInt(100), CensusIndex: uint64(i),
			CensusSiblings: proof.Siblings, PollKey: keys[i], EphemeralKey: key(int64(11 + 2*i)), WeightSalt: elem(uint64(5 + i)),
			Votes: []*big.Int{big.NewInt(int64(i % 10))}}
		jw, err := joinvote.NewWitness(p, &poll, &priv)
		if err != nil {
			return nil, err
		}
		if _, err := proc.Join(&jw.Statement); err != nil {
			return nil, err
		}
	}
	id := poll.ID()
	for i := range s.Commands {
		v := i % n
		c := message.Command{StateIndex: uint64(v), NewKey: keys[v].Public(), Option: uint64(1 + i%(p.MaxVoteOptions-1)), Weight: big.NewInt(3), Nonce: uint64(1 + i/n)}
		if p.CommandProofs {
			cw, err := command.NewWitness(p, &poll, &command.Private{Command: c, AuthKey: keys[v], Ephemeral: key(int64(100000 + i))})
			if err != nil {
				return nil, err
			}
			st := &cw.Statement
			proc.Append(process.Message{EphemeralKey: st.EphemeralKey, Ciphertext: st.Ciphertext, Opening: st.Opening})
			continue
		}
		epk, ct, _, err := message.SignAndEncrypt(p, id, c.Body(p), keys[v], key(int64(100000+i)), &poll.CoordinatorKey)
		if err != nil {
			return nil, err
		}
		proc.Append(process.Message{EphemeralKey: epk, Ciphertext: ct})
	}
	if counted := proc.Process(nil); counted == 0 {
		return nil, fmt.Errorf("no sample command counted")
	}
	return proc.Witness(nil)
}
