package main

import (
	"fmt"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/spf13/cobra"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/prover"
	"github.com/zkvote/zkvote/verifier"
)

// keysEnv names the environment variable that overrides the keys directory.
const keysEnv = prover.KeysEnv

// defaultKeysDir is $ZKVOTE_KEYS, or ~/.zkvote/keys.
func (a *app) defaultKeysDir() string { return prover.DefaultKeysDir(a.getenv) }

// pinnedVerifyingKey loads the join+vote verifying key a poll pins from
// keysDir (default: defaultKeysDir), refusing any other, and warns when it
// comes from a development setup. Every command that checks join proofs —
// verify-vote, poll log, receipt check — goes through it.
func (a *app) pinnedVerifyingKey(keysDir string, def *poll.Definition) (groth16.VerifyingKey, error) {
	return a.pinnedKey(keysDir, def, prover.JoinVote, def.VerifyingKey)
}

// pinnedLogKeys returns the keys a poll's log is checked with: the
// join+vote key, and in a poll with command proofs the command key.
func (a *app) pinnedLogKeys(keysDir string, def *poll.Definition) (verifier.LogKeys, error) {
	var keys verifier.LogKeys
	var err error
	if keys.JoinVote, err = a.pinnedVerifyingKey(keysDir, def); err != nil {
		return keys, err
	}
	if def.Params.CommandProofs {
		keys.Command, err = a.pinnedKey(keysDir, def, prover.Command, def.CommandKey)
	}
	return keys, err
}

// pinnedKey loads circuit name's verifying key from keysDir (a keys
// directory, or a published artefacts directory or its keys/ folder) and
// checks it against the digest the poll pins.
func (a *app) pinnedKey(keysDir string, def *poll.Definition, name, pinned string) (groth16.VerifyingKey, error) {
	if keysDir == "" {
		keysDir = a.defaultKeysDir()
	}
	// A published artefacts directory (or its keys/ folder) holds the key
	// file alone, checked against the digest the poll pins.
	for _, path := range []string{filepath.Join(keysDir, filepath.FromSlash(poll.KeyFileName(name))),
		filepath.Join(keysDir, name+".vk")} {
		if data, err := os.ReadFile(path); err == nil {
			return prover.ParseVerifyingKey(data, pinned)
		}
	}
	vk, manifest, err := prover.LoadVerifyingKey(keysDir, name, def.Params)
	if err != nil {
		return nil, fmt.Errorf("the poll's %s verifying key is needed to check its proofs (give --keys a keys directory, or a published artefacts directory): %w", name, err)
	}
	if err := prover.CheckPinned(manifest, pinned); err != nil {
		return nil, err
	}
	if manifest.DevSetup && name == prover.JoinVote {
		fmt.Fprintln(a.stderr, "warning: the poll's keys come from a development setup; whoever made them could forge proofs")
	}
	return vk, nil
}

// logger writes progress to stderr.
// logger is the CLI's log for long work: warnings always, progress lines
// only with --verbose, so that they do not mix into a command's output.
func (a *app) logger() *slog.Logger {
	level := slog.LevelWarn
	if a.verbose {
		level = slog.LevelInfo
	}
	return slog.New(slog.NewTextHandler(a.stderr, &slog.HandlerOptions{Level: level}))
}

func (a *app) setupCommand() *cobra.Command {
	var (
		out, paramsName string
		force           bool
	)
	cmd := &cobra.Command{
		Use:   "setup [--out DIR]",
		Short: "Make development proving and verifying keys for every circuit",
		Long: `Make Groth16 proving and verifying keys for every circuit, with a
single-party setup. DEVELOPMENT ONLY: whoever ran the setup could forge
proofs. Real polls need keys from an MPC ceremony.

Keys are named by a hash of the circuit and the parameter set, so keys for
another parameter set are never picked up by mistake. Existing keys are kept
unless --force is given. The default directory is $` + keysEnv + ` or ~/.zkvote/keys.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			params, err := circuits.ParamsByName(paramsName)
			if err != nil {
				return usageError{err.Error()}
			}
			if out == "" {
				out = a.defaultKeysDir()
			}
			log := a.logger()
			for _, name := range prover.CircuitsFor(params) {
				if !force {
					if _, err := prover.Load(out, name, params); err == nil {
						fmt.Fprintf(a.stdout, "%s: keys already in %s (use --force to remake them)\n", name, out)
						continue
					}
				}
				stop := a.spin("setup: " + name)
				keys, err := prover.SetupDev(cmd.Context(), name, params, log)
				stop()
				if err != nil {
					return err
				}
				if err := keys.Save(out); err != nil {
					return err
				}
				base, _ := prover.FileBase(name, params)
				fmt.Fprintf(a.stdout, "%s: %d constraints, keys %s/%s.{ccs,pk,vk,json}\n", name, keys.Manifest.Constraints, out, base)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&out, "out", "", "keys directory (default $"+keysEnv+" or ~/.zkvote/keys)")
	f.StringVar(&paramsName, "params", "default", "parameter set: default, test or maci25")
	f.BoolVar(&force, "force", false, "remake keys that already exist")
	return cmd
}
