// Package golden records measured constraint counts of circuits in a golden
// file (testdata/constraints.golden of the calling package) and fails a test
// when a count drifts. Run the tests with -update to refresh the file.
package golden

import (
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/frontend/cs/scs"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite golden files with measured values")

// Counts are the constraint counts of one circuit.
type Counts struct {
	R1CS int `json:"r1cs"`
	SCS  int `json:"scs"`
}

const file = "testdata/constraints.golden"

var mu sync.Mutex

// Measure compiles circuit for BN254 with both builders.
func Measure(t testing.TB, circuit frontend.Circuit) Counts {
	t.Helper()
	r, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, circuit)
	require.NoError(t, err)
	s, err := frontend.Compile(ecc.BN254.ScalarField(), scs.NewBuilder, circuit)
	require.NoError(t, err)
	return Counts{R1CS: r.GetNbConstraints(), SCS: s.GetNbConstraints()}
}

// CheckConstraints measures circuit and compares it with the entry name of
// the package's golden file (or writes it, with -update).
func CheckConstraints(t *testing.T, name string, circuit frontend.Circuit) Counts {
	t.Helper()
	got := Measure(t, circuit)
	t.Logf("%s: %d R1CS, %d SCS constraints", name, got.R1CS, got.SCS)
	mu.Lock()
	defer mu.Unlock()
	all := map[string]Counts{}
	data, err := os.ReadFile(file)
	switch {
	case err == nil:
		require.NoError(t, json.Unmarshal(data, &all), "parse %s", file)
	case errors.Is(err, os.ErrNotExist) && *update:
	default:
		require.NoError(t, err, "read %s (run the test with -update to create it)", file)
	}
	if *update {
		all[name] = got
		out, err := json.MarshalIndent(all, "", "  ")
		require.NoError(t, err)
		require.NoError(t, os.MkdirAll(filepath.Dir(file), 0o755))
		require.NoError(t, os.WriteFile(file, append(out, '\n'), 0o644))
		return got
	}
	want, ok := all[name]
	require.True(t, ok, "%s has no entry %q (run with -update)", file, name)
	require.Equal(t, want, got, "constraint count of %s changed (run with -update if intended)", name)
	return got
}

// CheckJSON compares got, marshalled as indented JSON, with the file at path
// (or writes it, with -update). Test vectors shared by native code and
// circuits live in such files, so a change to either side shows up as a diff.
func CheckJSON(t *testing.T, path string, got any) {
	t.Helper()
	out, err := json.MarshalIndent(got, "", "  ")
	require.NoError(t, err)
	out = append(out, '\n')
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, out, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "read %s (run the test with -update to create it)", path)
	require.JSONEq(t, string(want), string(out), "%s drifted (run with -update if intended)", path)
}
