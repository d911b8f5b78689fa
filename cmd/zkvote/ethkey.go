package main

import (
	"crypto/ecdsa"
	"fmt"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

// Environment variables for the Ethereum account that sends transactions.
const (
	ethKeyEnv        = "ZKVOTE_ETH_KEY"        // a hex private key
	ethPassphraseEnv = "ZKVOTE_ETH_PASSPHRASE" // the passphrase of --eth-keystore
)

// ethKeyFlags name the Ethereum account of a command that sends
// transactions: a go-ethereum keystore file, or ZKVOTE_ETH_KEY. A key is
// never taken from a flag's value, which would leave it in shell history
// and process lists.
type ethKeyFlags struct {
	keystore, passFile string
}

func (f *ethKeyFlags) add(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.keystore, "eth-keystore", "", "go-ethereum keystore file (JSON) of the sending account (default: the key in $"+ethKeyEnv+")")
	cmd.Flags().StringVar(&f.passFile, "eth-passphrase-file", "", "file holding the keystore's passphrase (default: $"+ethPassphraseEnv+", or asked on the terminal)")
}

// key loads the account's private key.
func (a *app) ethKey(f *ethKeyFlags) (*ecdsa.PrivateKey, error) {
	if f.keystore == "" {
		h := strings.TrimPrefix(strings.TrimSpace(a.getenv(ethKeyEnv)), "0x")
		if h == "" {
			return nil, usageError{"no Ethereum account: give --eth-keystore FILE or set " + ethKeyEnv + " to a hex private key"}
		}
		k, err := crypto.HexToECDSA(h)
		if err != nil {
			return nil, fmt.Errorf("%s does not hold a valid private key", ethKeyEnv) // never echo the value
		}
		return k, nil
	}
	data, err := os.ReadFile(f.keystore)
	if err != nil {
		return nil, fmt.Errorf("reading the Ethereum keystore: %w", err)
	}
	var pass string
	switch {
	case f.passFile != "":
		b, err := os.ReadFile(f.passFile)
		if err != nil {
			return nil, fmt.Errorf("reading the passphrase file: %w", err)
		}
		pass = strings.TrimRight(string(b), "\r\n")
	case a.getenv(ethPassphraseEnv) != "":
		pass = a.getenv(ethPassphraseEnv)
	default:
		fd := int(a.stdin.Fd())
		if !term.IsTerminal(fd) {
			return nil, usageError{f.keystore + ": give --eth-passphrase-file or set " + ethPassphraseEnv}
		}
		b, err := a.prompt(fd, "Passphrase for "+f.keystore+": ")
		if err != nil {
			return nil, err
		}
		pass = string(b)
	}
	k, err := keystore.DecryptKey(data, pass)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", f.keystore, err)
	}
	return k.PrivateKey, nil
}
