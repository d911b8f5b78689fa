package verifier

import (
	"bytes"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/witness"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/joinvote"
)

// JoinVotePublicInputs is the number of public inputs of the join+vote
// circuit; LegacyJoinVotePublicInputs that of keys made before its version
// 6, which a poll published then still pins.
const (
	JoinVotePublicInputs       = 3
	LegacyJoinVotePublicInputs = 4
)

// ParseProof decodes a Groth16 BN254 proof as written by proof.WriteTo.
func ParseProof(b []byte) (groth16.Proof, error) {
	proof := groth16.NewProof(ecc.BN254)
	n, err := proof.ReadFrom(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformedProof, err)
	}
	if int(n) != len(b) {
		return nil, fmt.Errorf("%w: %d trailing bytes", ErrMalformedProof, len(b)-int(n))
	}
	return proof, nil
}

func publicWitness(inputs []fr.Element) (witness.Witness, error) {
	w, err := witness.New(ecc.BN254.ScalarField())
	if err != nil {
		return nil, err
	}
	ch := make(chan any, len(inputs))
	for _, x := range inputs {
		ch <- x
	}
	close(ch)
	if err := w.Fill(len(inputs), 0, ch); err != nil {
		return nil, err
	}
	return w, nil
}

// VerifyJoinVote checks a join+vote proof for a poll: the statement's hashes
// match what it carries, it names this poll, and the proof verifies under vk.
func VerifyJoinVote(vk groth16.VerifyingKey, params circuits.Params, poll *joinvote.Poll, proofBytes []byte, st *joinvote.Statement) error {
	proof, err := CheckJoinVote(vk, params, poll, proofBytes, st)
	if err != nil {
		return err
	}
	if err := verifyGroth16(vk, proof, st.PublicInputsFor(vk.NbPublicWitness())); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidProof, err)
	}
	return nil
}

// CheckJoinVote does everything VerifyJoinVote does but the pairing check:
// key shape, proof encoding, statement hashes and keys, poll ID. It returns
// the decoded proof, for a Batcher to verify with
// st.PublicInputsFor(vk.NbPublicWitness()).
func CheckJoinVote(vk groth16.VerifyingKey, params circuits.Params, poll *joinvote.Poll, proofBytes []byte, st *joinvote.Statement) (groth16.Proof, error) {
	if n := vk.NbPublicWitness(); n != JoinVotePublicInputs && n != LegacyJoinVotePublicInputs {
		return nil, fmt.Errorf("%w: it expects %d public inputs, join+vote has %d", ErrWrongKey, vk.NbPublicWitness(), JoinVotePublicInputs)
	}
	proof, err := ParseProof(proofBytes)
	if err != nil {
		return nil, err
	}
	if err := st.CheckStatement(params); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrStatement, err)
	}
	if id := poll.ID(); !id.Equal(&st.PollID) {
		return nil, ErrWrongPoll
	}
	return proof, nil
}
