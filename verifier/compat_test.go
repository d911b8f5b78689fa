package verifier_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/verifier"
)

// TestPublishedVersion1 checks a poll published before the files' version
// 2 (results.json and log.json version 1: proofs in base64, signatures and
// the signing key in hex without 0x) still verifies: testdata/artefacts-v1
// is what 'zkvote demo --params test' published at commit 4b30001. Its
// join+vote key is of circuit version 5 (four public inputs: poll ID,
// nullifier, state leaf, message hash), so the check also covers the
// verification of joins made before version 6.
func TestPublishedVersion1(t *testing.T) {
	p, err := verifier.CheckPublished("testdata/artefacts-v1")
	require.NoError(t, err)
	require.Equal(t, "[5 4]", fmt.Sprint(p.Results.Totals))
	require.EqualValues(t, 3, p.Joins)
	require.NotEmpty(t, p.Tally.Commands)
}
