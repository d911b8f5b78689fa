package contracts

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/contracts/bindings"
)

// TestSourcesMatchRecordedHashes fails when a Solidity source, the npm pins
// or compile.js changed without running build.sh (which records the hash of
// every input it compiled), so that `go test ./...` catches a stale build
// even on a machine without npm. The full check is `build.sh --check`.
func TestSourcesMatchRecordedHashes(t *testing.T) {
	f, err := os.Open("build/sources.sha256")
	require.NoError(t, err)
	defer f.Close()
	recorded := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		require.Len(t, fields, 2, "malformed line in build/sources.sha256: %q", sc.Text())
		recorded[fields[1]] = fields[0]
	}
	require.NoError(t, sc.Err())

	var sources []string
	require.NoError(t, filepath.WalkDir("src", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".sol") {
			sources = append(sources, filepath.ToSlash(p))
		}
		return err
	}))
	inputs := append(sources, "package.json", "package-lock.json", "compile.js")
	for _, p := range inputs {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		sum := sha256.Sum256(data)
		want, ok := recorded[p]
		require.True(t, ok, "contracts/%s is not in build/sources.sha256: run contracts/build.sh and commit the result", p)
		require.Equal(t, want, hex.EncodeToString(sum[:]), "contracts/%s changed: run contracts/build.sh and commit the result", p)
		delete(recorded, p)
	}
	require.Empty(t, recorded, "build/sources.sha256 lists sources that no longer exist: run contracts/build.sh")
}

// artefact is the part of build/<Name>.json that the bindings embed.
type artefact struct {
	ContractName string          `json:"contractName"`
	ABI          json.RawMessage `json:"abi"`
	Bytecode     string          `json:"bytecode"`
}

// TestBindingsMatchArtefacts fails when a committed binding embeds another
// ABI or bytecode than the committed build artefact of its contract.
func TestBindingsMatchArtefacts(t *testing.T) {
	metas := map[string]*bind.MetaData{
		"PlainToken":               bindings.PlainTokenMetaData,
		"TimestampVotesToken":      bindings.TimestampVotesTokenMetaData,
		"VotesNFT":                 bindings.VotesNFTMetaData,
		"VotesToken":               bindings.VotesTokenMetaData,
		"Groth16Verifier1":         bindings.Groth16Verifier1MetaData,
		"PollGroth16Verifier1":     bindings.PollGroth16Verifier1MetaData,
		"PollGroth16Verifier2":     bindings.PollGroth16Verifier2MetaData,
		"Poseidon2":                bindings.Poseidon2MetaData,
		"Poseidon2Harness":         bindings.Poseidon2HarnessMetaData,
		"Poseidon2CompressHarness": bindings.Poseidon2CompressHarnessMetaData,
		"Poseidon2NarrowHarness":   bindings.Poseidon2NarrowHarnessMetaData,
		"Poseidon2WideHarness":     bindings.Poseidon2WideHarnessMetaData,
		"Poll":                     bindings.PollMetaData,
		"Tally":                    bindings.TallyMetaData,
		"Challenges":               bindings.ChallengesMetaData,
		"Executor":                 bindings.ExecutorMetaData,
		"Hasher":                   bindings.HasherMetaData,
		"SignerWallet":             bindings.SignerWalletMetaData,
		"IGroth16Verifier1":        bindings.IGroth16Verifier1MetaData,
		"IPollGroth16Verifier1":    bindings.IPollGroth16Verifier1MetaData,
		"IPollGroth16Verifier2":    bindings.IPollGroth16Verifier2MetaData,
	}
	files, err := filepath.Glob("build/*.json")
	require.NoError(t, err)
	var names []string
	for _, file := range files {
		data, err := os.ReadFile(file)
		require.NoError(t, err)
		var a artefact
		require.NoError(t, json.Unmarshal(data, &a), file)
		names = append(names, a.ContractName)
		meta, ok := metas[a.ContractName]
		require.True(t, ok, "%s has no binding listed in this test", file)
		// abigen embeds the ABI re-encoded (keys sorted) without blanks.
		sameABI := canonical(t, a.ABI) == canonical(t, []byte(meta.ABI))
		require.True(t, sameABI, "bindings for %s embed another ABI than %s: run contracts/build.sh", a.ContractName, file)
		sameCode := a.Bytecode == meta.Bin || (a.Bytecode == "0x" && meta.Bin == "") // an interface has no code
		require.True(t, sameCode, "bindings for %s embed other bytecode than %s: run contracts/build.sh", a.ContractName, file)
	}
	var want []string
	for name := range metas {
		want = append(want, name)
	}
	sort.Strings(names)
	sort.Strings(want)
	require.Equal(t, want, names, "every listed binding has a build artefact")
}

// canonical re-encodes JSON with sorted keys and no blanks at all (abigen
// also drops the blanks inside strings such as "struct X.Y").
func canonical(t *testing.T, data []byte) string {
	var v any
	require.NoError(t, json.Unmarshal(data, &v))
	out, err := json.Marshal(v)
	require.NoError(t, err)
	return strings.Join(strings.Fields(string(out)), "")
}
