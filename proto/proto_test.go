package proto

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestGeneratedCodeMatchesProto fails when zkvote.proto was edited without
// running generate.sh (which records the hash of the source it compiled).
func TestGeneratedCodeMatchesProto(t *testing.T) {
	src, err := os.ReadFile("zkvote/v1/zkvote.proto")
	require.NoError(t, err)
	recorded, err := os.ReadFile("zkvote/v1/zkvote.proto.sha256")
	require.NoError(t, err)
	sum := sha256.Sum256(src)
	got := strings.Fields(string(recorded))
	require.NotEmpty(t, got)
	require.Equal(t, hex.EncodeToString(sum[:]), got[0], "zkvote.proto changed: run proto/generate.sh and commit the result")
}
