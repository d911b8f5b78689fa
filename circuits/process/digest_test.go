package process_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"os"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/process"
)

var updateDigests = flag.Bool("update-digests", false, "rewrite testdata/circuits.golden")

type circuitDigest struct {
	Version int    `json:"version"`
	SHA256  string `json:"r1cs_sha256"`
}

// TestCircuitVersionsAreBumped fails when a processing circuit's
// constraints change while Version stays: keys are found by circuit name,
// version and parameters, so stale keys would otherwise be picked up.
func TestCircuitVersionsAreBumped(t *testing.T) {
	p := circuits.TestParams()
	s, err := process.ShapeFor(p)
	require.NoError(t, err)
	jc, err := process.NewJoinsCircuit(p)
	require.NoError(t, err)
	cc, err := process.NewCommandCircuit(p)
	require.NoError(t, err)
	got := map[string]circuitDigest{}
	for name, c := range map[string]frontend.Circuit{"split": process.NewSplitCircuit(s), "joins": jc, "commands": cc} {
		ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
		require.NoError(t, err)
		var buf bytes.Buffer
		_, err = ccs.WriteTo(&buf)
		require.NoError(t, err)
		sum := sha256.Sum256(buf.Bytes())
		got[name+"/"+p.Name] = circuitDigest{Version: process.Version, SHA256: hex.EncodeToString(sum[:])}
	}
	const path = "testdata/circuits.golden"
	if *updateDigests {
		b, err := json.MarshalIndent(got, "", "  ")
		require.NoError(t, err)
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
			t.Errorf("%s: the constraint system changed but Version is still %d: bump process.Version, then run go test ./circuits/process -run Versions -update-digests", name, g.Version)
		} else if g != w {
			t.Errorf("%s: %s is stale: run go test ./circuits/process -run Versions -update-digests", name, path)
		}
	}
}
