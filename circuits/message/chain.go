package message

import (
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/poseidon"
)

// A poll's message log is a Poseidon2 hash chain: it starts at
// ChainStart(pollID) and each entry e moves it from c to ChainNext(c, e).
// A join's entry binds its message hash, state leaf and nullifier (what
// ProcessMessages needs to build the state tree); a command's entry binds
// its message hash.

// ChainStart is the chain hash of an empty log.
func ChainStart(pollID fr.Element) fr.Element {
	return poseidon.Hash(circuits.DomainChain, pollID)
}

// ChainNext extends the chain by one entry hash.
func ChainNext(prev, entry fr.Element) fr.Element {
	return poseidon.Compress(prev, entry)
}

// JoinEntry is the entry hash of a join.
func JoinEntry(messageHash, stateLeaf, nullifier fr.Element) fr.Element {
	var kind fr.Element
	kind.SetUint64(KindJoin)
	return poseidon.Hash(circuits.DomainChain, kind, messageHash, stateLeaf, nullifier)
}

// CommandEntry is the entry hash of a command.
func CommandEntry(messageHash fr.Element) fr.Element {
	var kind fr.Element
	kind.SetUint64(KindCommand)
	return poseidon.Hash(circuits.DomainChain, kind, messageHash)
}
