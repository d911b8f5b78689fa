package poll_test

import (
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits/joinvote/jvtest"
	"github.com/zkvote/zkvote/circuits/process"
	"github.com/zkvote/zkvote/poll"
)

func sampleResults() *poll.ResultsFile {
	e := jvtest.Elem
	return &poll.ResultsFile{PollID: e(1), Options: []string{"yes", "no"}, Joins: 2, ChainHash: e(2),
		Keys:    map[string]string{"joinvote": "ab"},
		Results: poll.Results{Totals: []*big.Int{big.NewInt(3), big.NewInt(1)}, Spent: []*big.Int{big.NewInt(9), big.NewInt(1)}, Proven: true},
		Tally: &poll.Tally{Final: process.Result{Blinded: e(3), Joins: 2, Totals: []fr.Element{e(4), e(5)}, Squares: []fr.Element{e(6), e(7)}},
			Splits: []poll.SplitProof{{Ends: process.SplitEnds{ChainIn: e(8), ChainOut: e(9), JoinChainIn: e(10), JoinChainOut: e(11),
				CmdChainIn: e(12), CmdChainOut: e(13), OnChainIn: e(21), OnChainOut: e(22)}, Proof: []byte{1, 2, 3}}},
			Joins: []poll.JoinProof{{Ends: process.JoinEnds{JoinChainIn: e(14), JoinChainOut: e(15), StateIn: e(16), StateOut: e(17), Skipped: e(23)},
				Proof: []byte{4, 5}}},
			Commands: []poll.CommandProof{{Ends: process.CommandEnds{PollID: e(1), CmdChainIn: e(18), CmdChainOut: e(19), StateIn: e(17), StateOut: e(20),
				Skipped: e(24)}, Proof: []byte{6}}}}}
}

// TestResultsFileProofsHex: results.json writes its batch proofs in 0x-hex
// and reads them back; a results.json of version 1, proofs in base64,
// still reads to the same results.
func TestResultsFileProofsHex(t *testing.T) {
	r := sampleResults()
	data, err := json.Marshal(r)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(data, &m))
	require.EqualValues(t, poll.ResultsFormatVersion, m["version"])
	tally := m["tally"].(map[string]any)
	batches := map[string][]byte{"split": {1, 2, 3}, "joins": {4, 5}, "commands": {6}}
	for kind, want := range batches {
		b := tally[kind].([]any)[0].(map[string]any)
		require.Equal(t, "0x"+hex.EncodeToString(want), b["proof"], kind)
	}
	var got poll.ResultsFile
	require.NoError(t, json.Unmarshal(data, &got))
	require.Equal(t, r, &got)

	m["version"] = 1 // before version 3: no on-chain sub-chain, no skip mask
	for kind, proof := range batches {
		b := tally[kind].([]any)[0].(map[string]any)
		b["proof"] = base64.StdEncoding.EncodeToString(proof)
		ends := b["ends"].(map[string]any)
		delete(ends, "on_chain_in")
		delete(ends, "on_chain_out")
		delete(ends, "skipped")
	}
	v1, err := json.Marshal(m)
	require.NoError(t, err)
	got = poll.ResultsFile{}
	require.NoError(t, json.Unmarshal(v1, &got))
	want := sampleResults()
	want.Tally.Legacy = true
	want.Tally.Splits[0].Ends.OnChainIn, want.Tally.Splits[0].Ends.OnChainOut, want.Tally.Joins[0].Ends.Skipped = fr.Element{}, fr.Element{}, fr.Element{}
	want.Tally.Commands[0].Ends.Skipped = fr.Element{}
	require.Equal(t, want, &got)

	m["version"] = poll.ResultsFormatVersion + 1
	future, err := json.Marshal(m)
	require.NoError(t, err)
	require.ErrorContains(t, json.Unmarshal(future, &got), "version")
}
