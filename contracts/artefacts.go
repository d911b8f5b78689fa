package contracts

import (
	"embed"
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

//go:embed build/*.json
var build embed.FS

// Artefact is one compiled contract as compile.js writes it.
type Artefact struct {
	ContractName     string          `json:"contractName"`
	SourceName       string          `json:"sourceName"`
	ABI              json.RawMessage `json:"abi"`
	Bytecode         string          `json:"bytecode"`
	DeployedBytecode string          `json:"deployedBytecode"`
}

// Load returns the committed build artefact of a contract.
func Load(name string) (*Artefact, error) {
	data, err := build.ReadFile("build/" + name + ".json")
	if err != nil {
		return nil, fmt.Errorf("contracts: no artefact for %s (run contracts/build.sh)", name)
	}
	var a Artefact
	if err := json.Unmarshal(data, &a); err != nil {
		return nil, fmt.Errorf("contracts: artefact %s: %w", name, err)
	}
	return &a, nil
}

// CreationCode returns a contract's committed creation bytecode.
func CreationCode(name string) ([]byte, error) {
	a, err := Load(name)
	if err != nil {
		return nil, err
	}
	return hexutil.Decode(a.Bytecode)
}
