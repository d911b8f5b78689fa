package verifier

import (
	"fmt"

	"github.com/consensys/gnark/backend/groth16"

	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/command"
)

// CommandPublicInputs is the number of public inputs of the command proof.
const CommandPublicInputs = 2

// VerifyCommand checks a command proof (circuits/command): the command's
// form, then the proof under vk for the statement's poll ID and the
// command's chain entry.
func VerifyCommand(vk groth16.VerifyingKey, st *command.Statement, proofBytes []byte) error {
	if vk.NbPublicWitness() != CommandPublicInputs {
		return fmt.Errorf("%w: it expects %d public inputs, the command proof has %d", ErrWrongKey, vk.NbPublicWitness(), CommandPublicInputs)
	}
	if len(st.Ciphertext) != command.CiphertextLen {
		return fmt.Errorf("%w: a ciphertext of %d elements, want %d", ErrStatement, len(st.Ciphertext), command.CiphertextLen)
	}
	if err := babyjub.ValidatePublicKey(&st.EphemeralKey); err != nil {
		return fmt.Errorf("%w: ephemeral key: %w", ErrStatement, err)
	}
	proof, err := ParseProof(proofBytes)
	if err != nil {
		return err
	}
	if err := verifyGroth16(vk, proof, st.PublicInputs()); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidProof, err)
	}
	return nil
}
