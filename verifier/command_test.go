package verifier_test

import (
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/command"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/joinvote/jvtest"
	"github.com/zkvote/zkvote/circuits/message"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/prover"
	"github.com/zkvote/zkvote/verifier"
)

// TestCommandProofs: a real command proof verifies, alone and in the log
// of a poll with command proofs; a changed opening, ciphertext or poll, a
// tampered proof, and a command without a proof in such a poll are
// refused, each naming the entry.
func TestCommandProofs(t *testing.T) {
	params := circuits.TestProofParams()
	keys, err := prover.SetupDev(t.Context(), prover.Command, params, nil)
	require.NoError(t, err)
	coord := jvtest.Key(t, 1)
	def, err := poll.New(params, "Fund the audit?", []string{"yes", "no"}, joinvote.ModeWeighted, jvtest.Elem(5), coord.Public(),
		"00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff")
	require.NoError(t, err)
	def.CommandKey = keys.VerifyingKeyDigest()
	require.NoError(t, def.Validate())
	p, err := def.Circuit()
	require.NoError(t, err)
	w, err := command.NewWitness(params, p, jvtest.Command(t))
	require.NoError(t, err)
	proof, err := keys.Prove(w.Assignment, nil)
	require.NoError(t, err)
	pb, err := prover.ProofBytes(proof)
	require.NoError(t, err)

	st := w.Statement
	require.NoError(t, verifier.VerifyCommand(keys.VK, &st, pb))
	other := st
	other.Opening = jvtest.Elem(8)
	require.ErrorIs(t, verifier.VerifyCommand(keys.VK, &other, pb), verifier.ErrInvalidProof, "another opening")
	other = st
	other.Ciphertext = append([]fr.Element(nil), st.Ciphertext...)
	other.Ciphertext[0] = jvtest.Elem(9)
	require.ErrorIs(t, verifier.VerifyCommand(keys.VK, &other, pb), verifier.ErrInvalidProof, "another ciphertext")
	other = st
	other.PollID = jvtest.Elem(10)
	require.ErrorIs(t, verifier.VerifyCommand(keys.VK, &other, pb), verifier.ErrInvalidProof, "another poll")
	other = st
	other.Ciphertext = st.Ciphertext[1:]
	require.ErrorIs(t, verifier.VerifyCommand(keys.VK, &other, pb), verifier.ErrStatement, "a cut ciphertext")

	// In a log.
	id := p.ID()
	opening := st.Opening
	cmd := &poll.Command{EphemeralKey: st.EphemeralKey, Ciphertext: st.Ciphertext, Opening: &opening, Proof: pb}
	logOf := func(c *poll.Command) *poll.Log {
		e := &poll.Entry{Index: 0, Command: c, EntryHash: c.Entry()}
		e.ChainHash = message.ChainNext(message.ChainStart(id), e.EntryHash)
		return &poll.Log{Poll: poll.Info{ID: id, Definition: def, Head: poll.Head{State: poll.StateOpen, Count: 1, ChainHash: e.ChainHash}},
			Entries: []*poll.Entry{e}}
	}
	checked, err := verifier.CheckLogKeys(logOf(cmd), verifier.LogKeys{Command: keys.VK})
	require.NoError(t, err)
	require.Equal(t, 1, checked.Messages)

	bad := *cmd
	bad.Proof = append([]byte(nil), pb...)
	bad.Proof[40] ^= 1
	_, err = verifier.CheckLogKeys(logOf(&bad), verifier.LogKeys{Command: keys.VK})
	require.ErrorIs(t, err, verifier.ErrLog)
	require.ErrorContains(t, err, "entry 0")
	plain := &poll.Command{EphemeralKey: st.EphemeralKey, Ciphertext: st.Ciphertext}
	_, err = verifier.CheckLogKeys(logOf(plain), verifier.LogKeys{Command: keys.VK})
	require.ErrorContains(t, err, "entry 0: a command with opening false in a poll with command proofs true")
}
