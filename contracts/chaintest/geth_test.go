package chaintest

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestGethVersionIsPinned keeps the geth the tests build (and .ci/run,
// which reads go.mod) at the go-ethereum version go.mod pins.
func TestGethVersionIsPinned(t *testing.T) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Version}}", "github.com/ethereum/go-ethereum").Output()
	require.NoError(t, err)
	require.Equal(t, strings.TrimSpace(string(out)), gethVersion, "update gethVersion to go.mod's go-ethereum")
}
