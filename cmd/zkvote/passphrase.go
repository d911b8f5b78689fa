package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/signal"

	"golang.org/x/term"

	"github.com/zkvote/zkvote/client"
)

// passphraseEnv names the environment variable read when no passphrase
// file is given.
const passphraseEnv = "ZKVOTE_PASSPHRASE"

// givenPassphrase returns the passphrase from file (if named) or from the
// environment, or nil if neither has one.
func (a *app) givenPassphrase(file string) ([]byte, error) {
	if file != "" {
		data, err := os.ReadFile(file)
		if err != nil {
			return nil, fmt.Errorf("reading passphrase file: %w", err)
		}
		data = bytes.TrimSuffix(bytes.TrimSuffix(data, []byte("\n")), []byte("\r"))
		if len(data) == 0 {
			return nil, fmt.Errorf("passphrase file %s is empty", file)
		}
		return data, nil
	}
	if env := a.getenv(passphraseEnv); env != "" {
		return []byte(env), nil
	}
	return nil, nil
}

// newPassphrase returns the passphrase for a new keystore: given, or asked
// for twice on the terminal.
func (a *app) newPassphrase(file string) ([]byte, error) {
	pass, err := a.givenPassphrase(file)
	if err != nil || pass != nil {
		return pass, err
	}
	fd := int(a.stdin.Fd())
	if !term.IsTerminal(fd) {
		return nil, usageError{"standard input is not a terminal: give --passphrase-file, set " + passphraseEnv + ", or use --no-passphrase"}
	}
	first, err := a.prompt(fd, "Passphrase for the new keystore: ")
	if err != nil {
		return nil, err
	}
	if len(first) == 0 {
		return nil, errors.New("empty passphrase; use --no-passphrase to store the secret unencrypted")
	}
	second, err := a.prompt(fd, "Repeat the passphrase: ")
	if err != nil {
		return nil, err
	}
	if !bytes.Equal(first, second) {
		return nil, errors.New("the passphrases do not match")
	}
	return first, nil
}

// prompt reads a line from the terminal without echo. An interrupt while
// it waits restores the terminal before exiting, so echo is not left off.
func (a *app) prompt(fd int, msg string) ([]byte, error) {
	state, err := term.GetState(fd)
	if err != nil {
		return nil, err
	}
	interrupt := make(chan os.Signal, 1)
	done := make(chan struct{})
	signal.Notify(interrupt, os.Interrupt)
	defer func() {
		signal.Stop(interrupt)
		close(done)
	}()
	go func() {
		select {
		case <-interrupt:
			_ = term.Restore(fd, state)
			fmt.Fprintln(a.stderr)
			os.Exit(130)
		case <-done:
		}
	}()
	fmt.Fprint(a.stderr, msg)
	line, err := term.ReadPassword(fd)
	fmt.Fprintln(a.stderr)
	return line, err
}

// openIdentity loads a keystore, asking for its passphrase on the terminal
// when it is encrypted and none was given.
func (a *app) openIdentity(path, passFile string) (*client.Identity, error) {
	info, err := client.InspectKeystore(path)
	if err != nil {
		return nil, err
	}
	pass, err := a.givenPassphrase(passFile)
	if err != nil {
		return nil, err
	}
	if info.Encrypted && pass == nil {
		fd := int(a.stdin.Fd())
		if !term.IsTerminal(fd) {
			return nil, usageError{path + " is encrypted: give --passphrase-file or set " + passphraseEnv}
		}
		if pass, err = a.prompt(fd, "Passphrase for "+path+": "); err != nil {
			return nil, err
		}
	}
	return client.LoadIdentity(path, pass)
}
