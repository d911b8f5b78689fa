// Command verifiergen writes the verifier templates,
// contracts/src/verifiers/Groth16Verifier<n>.sol, from gnark's Groth16
// verifier exported for solverifier's placeholder keys. Run it from the
// repository root, then contracts/build.sh.
package main

import (
	"fmt"
	"github.com/consensys/gnark/logger"
	"os"
	"path/filepath"

	"github.com/zkvote/zkvote/contracts/solverifier"
)

func main() {
	logger.Disable()
	dir := filepath.Join("contracts", "src", "verifiers")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "verifiergen:", err)
		os.Exit(1)
	}
	for _, s := range solverifier.Shapes {
		src, err := solverifier.Template(s)
		if err == nil {
			err = os.WriteFile(filepath.Join(dir, s.ContractName()+".sol"), src, 0o644)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "verifiergen:", err)
			os.Exit(1)
		}
	}
}
