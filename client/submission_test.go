package client_test

import (
	"encoding/base64"
	"encoding/json"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/client"
)

// TestSubmissionFileForms: a submission file writes its proof in 0x hex
// (version 2), and files written before, with the proof in base64 and no
// version, still read to the same submission.
func TestSubmissionFileForms(t *testing.T) {
	key, err := babyjub.GenerateKey(nil)
	require.NoError(t, err)
	eph, err := babyjub.GenerateKey(nil)
	require.NoError(t, err)
	sub := &client.Submission{
		Statement: joinvote.Statement{PollID: fr.NewElement(1), Nullifier: fr.NewElement(2), StateLeaf: fr.NewElement(3),
			MessageHash: fr.NewElement(4), PollKey: key.Public(), EphemeralKey: eph.Public(), Ciphertext: []fr.Element{fr.NewElement(5)}},
		// base64 of these bytes starts with "0x": only the version tells the forms apart
		Proof: []byte{0xd3, 0x1f, 0x00, 0x42},
	}
	require.True(t, strings.HasPrefix(base64.StdEncoding.EncodeToString(sub.Proof), "0x"))
	b, err := json.Marshal(sub)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	require.Equal(t, float64(2), m["version"])
	require.Equal(t, "0xd31f0042", m["proof"])
	var back client.Submission
	require.NoError(t, json.Unmarshal(b, &back))
	require.Equal(t, sub.Proof, back.Proof)

	delete(m, "version")
	m["proof"] = base64.StdEncoding.EncodeToString(sub.Proof)
	old, err := json.Marshal(m)
	require.NoError(t, err)
	var fromOld client.Submission
	require.NoError(t, json.Unmarshal(old, &fromOld))
	require.Equal(t, sub.Proof, fromOld.Proof, "an older file's base64 proof")
	require.Equal(t, sub.Statement, fromOld.Statement)

	m["version"] = 3
	future, err := json.Marshal(m)
	require.NoError(t, err)
	require.ErrorIs(t, json.Unmarshal(future, new(client.Submission)), client.ErrMalformedSubmission)
}
