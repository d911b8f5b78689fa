package prover_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/prover"
)

var update = flag.Bool("update", false, "rewrite testdata/circuits.golden")

type circuitDigest struct {
	Version int    `json:"version"`
	SHA256  string `json:"r1cs_sha256"`
}

// TestCircuitVersionsAreBumped fails when a circuit's constraints change
// while its version stays: key files are found by circuit name, version
// and parameters, so stale keys would otherwise be picked up.
func TestCircuitVersionsAreBumped(t *testing.T) {
	got := map[string]circuitDigest{}
	for _, name := range prover.Circuits() {
		sets := []circuits.Params{circuits.TestParams()}
		if name == prover.JoinVote { // the processing circuits at default size take long to compile
			sets = append(sets, circuits.Defaults())
		}
		version, err := prover.Version(name)
		require.NoError(t, err)
		for _, p := range sets {
			ccs, err := prover.Compile(name, p)
			require.NoError(t, err)
			var buf bytes.Buffer
			_, err = ccs.WriteTo(&buf)
			require.NoError(t, err)
			sum := sha256.Sum256(buf.Bytes())
			got[name+"/"+p.Name] = circuitDigest{Version: version, SHA256: hex.EncodeToString(sum[:])}
		}
	}
	const path = "testdata/circuits.golden"
	if *update {
		b, err := json.MarshalIndent(got, "", "  ")
		require.NoError(t, err)
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(path, append(b, '\n'), 0o644))
		return
	}
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	var want map[string]circuitDigest
	require.NoError(t, json.Unmarshal(data, &want))
	for name, g := range got {
		w := want[name]
		if g.SHA256 != w.SHA256 && g.Version == w.Version {
			t.Errorf("%s: the constraint system changed but the circuit version is still %d: bump it (the circuit package's Version), then run go test ./prover -run Versions -update", name, g.Version)
		} else if g != w {
			t.Errorf("%s: %s is stale: run go test ./prover -run Versions -update", name, path)
		}
	}
}
