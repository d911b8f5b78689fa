package prover

import (
	"os"
	"path/filepath"
)

// KeysEnv names the environment variable that overrides DefaultKeysDir.
const KeysEnv = "ZKVOTE_KEYS"

// DefaultKeysDir is where zkvote keeps circuit keys unless told otherwise:
// $ZKVOTE_KEYS, or ~/.zkvote/keys (.zkvote/keys without a home). getenv is
// os.Getenv, or a program's own lookup.
func DefaultKeysDir(getenv func(string) string) string {
	if getenv == nil {
		getenv = os.Getenv
	}
	if d := getenv(KeysEnv); d != "" {
		return d
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return filepath.Join(".zkvote", "keys")
	}
	return filepath.Join(home, ".zkvote", "keys")
}
