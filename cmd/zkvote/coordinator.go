package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/spf13/cobra"

	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/coordinator"
	"github.com/zkvote/zkvote/coordinator/server"
	"github.com/zkvote/zkvote/coordinator/store"
	"github.com/zkvote/zkvote/internal/fieldhex"
	"github.com/zkvote/zkvote/poll"
)

func (a *app) coordinatorCommand() *cobra.Command {
	var (
		configFile, listen, dataDir, keysDir, tlsCert, tlsKey, chainRPC string
	)
	cmd := &cobra.Command{
		Use:   "coordinator [--listen ADDR] [--data-dir DIR] [--config FILE]",
		Short: "Run a coordinator (gRPC server), or manage its keys",
		Long: `Run a coordinator: the gRPC server that takes votes and messages without
gas, answers signed receipts, seals logs and runs tally jobs.

On first start it creates, in the data directory, its BabyJubJub key
(` + coordinator.KeyFile + `, public part in ` + coordinator.PublicKeyFile + `), its receipt
signing key (` + coordinator.SigningKeyFile + `) and the admin token (` + coordinator.AdminTokenFile + `),
secrets with permission 0600. It verifies join+vote proofs with the keys in
--keys (run 'zkvote setup' first). SIGINT or SIGTERM stops it in stages:
intake refused, calls drained, storage flushed.

With --chain-rpc it reads a chain: a poll created with its Poll contract
('zkvote poll create --deployment') takes joins there too (the on-chain
voting path), which the coordinator logs as they come and before it seals
the poll, once the chain has passed the poll's end.

On a public chain set chain_confirmations (--config) to its finality
depth: an on-chain entry a reorganisation could still drop must never be
logged.

--config names a JSON file with the fields of coordinator.Config (listen,
data_dir, keys_dir, max_request_bytes, request_timeout, rate_per_ip,
rate_burst, shutdown_grace, log_format, tls_cert_file, tls_key_file,
chain_rpc, chain_poll, chain_confirmations); flags override it. Without
TLS the server speaks plaintext gRPC: keep it on localhost or behind a TLS
proxy, or the admin token crosses the network in clear.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg := coordinator.Defaults()
			if configFile != "" {
				var err error
				if cfg, err = coordinator.LoadConfig(configFile); err != nil {
					return err
				}
			}
			flags := cmd.Flags()
			if flags.Changed("listen") || cfg.Listen == "" {
				cfg.Listen = listen
			}
			if flags.Changed("data-dir") || configFile == "" {
				cfg.DataDir = dataDir
			}
			if flags.Changed("keys") || cfg.KeysDir == "" {
				cfg.KeysDir = keysDir
			}
			if cfg.KeysDir == "" {
				cfg.KeysDir = a.defaultKeysDir()
			}
			if flags.Changed("tls-cert") || flags.Changed("tls-key") {
				cfg.TLSCertFile, cfg.TLSKeyFile = tlsCert, tlsKey
			}
			if flags.Changed("chain-rpc") {
				cfg.ChainRPC = chainRPC
			}
			if err := cfg.Validate(); err != nil {
				return usageError{err.Error()}
			}
			var handler slog.Handler = slog.NewTextHandler(a.stderr, nil)
			if cfg.LogFormat == "json" {
				handler = slog.NewJSONHandler(a.stderr, nil)
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			return server.Run(ctx, cfg, slog.New(handler), func(addr string) {
				fmt.Fprintf(a.stdout, "listening: %s\nadmin token: %s/%s\ncoordinator key: %s/%s\n",
					addr, cfg.DataDir, coordinator.AdminTokenFile, cfg.DataDir, coordinator.PublicKeyFile)
			})
		},
	}
	f := cmd.Flags()
	d := coordinator.Defaults()
	f.StringVar(&configFile, "config", "", "JSON configuration file")
	f.StringVar(&listen, "listen", d.Listen, "gRPC address to listen on")
	f.StringVar(&dataDir, "data-dir", d.DataDir, "data directory (store, keys, admin token)")
	f.StringVar(&keysDir, "keys", "", "circuit keys directory (default $"+keysEnv+" or ~/.zkvote/keys)")
	f.StringVar(&tlsCert, "tls-cert", "", "serve TLS with this certificate (PEM); clients use --tls-ca")
	f.StringVar(&tlsKey, "tls-key", "", "private key (PEM) of --tls-cert")
	f.StringVar(&chainRPC, "chain-rpc", "", "JSON-RPC node (URL or IPC path) to read polls' Poll contracts from (on-chain voting)")
	cmd.AddCommand(a.coordinatorKeygenCommand(), a.coordinatorCheckCommand())
	return cmd
}

func (a *app) coordinatorCheckCommand() *cobra.Command {
	var dataDir, keysDir string
	cmd := &cobra.Command{
		Use:   "check --data-dir DIR",
		Short: "Read a stopped coordinator's data directory once, record by record",
		Long: `Check that a stopped coordinator's data directory is whole, before relying
on it (after a crash, a disk error or a restore from backup): its key set
(all files present, the public key the private key's, the keys the polls
and receipts were made with), then every record of the store: each poll's
definition and head, every log entry (replaying the hash chain to the
head), every tally job, proof and result. The first damaged record is
named, with the remedy: restore the data directory from a backup.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			svc, err := a.openStopped(dataDir, keysDir)
			if err != nil {
				if errors.Is(err, store.ErrDamaged) {
					return err // names the file and the remedy
				}
				if errors.Is(err, coordinator.ErrStorage) || errors.Is(err, coordinator.ErrStorageFormat) {
					return fmt.Errorf("%w (restore the data directory from a backup)", err)
				}
				return err
			}
			defer svc.Close()
			start := time.Now()
			r, err := svc.Check(cmd.Context(), func(id fr.Element, entries uint64) {
				fmt.Fprintf(a.stdout, "poll %s: %d entries, chain replayed\n", fieldhex.Encode(id), entries)
			})
			if errors.Is(err, store.ErrDamaged) {
				return err
			}
			if err != nil {
				return fmt.Errorf("%w (restore the data directory from a backup)", err)
			}
			fmt.Fprintf(a.stdout, "ok: keys, %d polls, %d log entries, %d artefact files of tallied polls, read in %s\n",
				r.Polls, r.Entries, r.Proofs, time.Since(start).Round(time.Millisecond))
			return nil
		},
	}
	d := coordinator.Defaults()
	cmd.Flags().StringVar(&dataDir, "data-dir", d.DataDir, "data directory of a stopped coordinator")
	cmd.Flags().StringVar(&keysDir, "keys", "", "circuit keys directory (default $"+keysEnv+" or ~/.zkvote/keys)")
	return cmd
}

// withTimeout gives one CLI call a deadline.
func withTimeout(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, 2*time.Minute)
}

// pubPath returns the public key file next to a private key file.
func pubPath(path string) string {
	return strings.TrimSuffix(path, ".json") + ".pub.json"
}

func (a *app) coordinatorKeygenCommand() *cobra.Command {
	var (
		out   string
		force bool
	)
	cmd := &cobra.Command{
		Use:   "keygen --out FILE",
		Short: "Make a coordinator BabyJubJub key pair",
		Long: `Make a coordinator key pair. The private key goes to FILE (permission
0600): whoever holds it can read every ballot of the polls that use it. The
public key goes to FILE with ".pub.json" in place of ".json"; give that file
to 'zkvote poll init --coordinator-key'. (A running coordinator makes its
own key pair in its data directory.)`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			k, err := babyjub.GenerateKey(nil)
			if err != nil {
				return err
			}
			pub := pubPath(out)
			if err := poll.WriteKeyPair(out, pub, k, force); err != nil {
				return err
			}
			p := k.Public()
			enc := poll.EncodePublicKey(&p)
			fmt.Fprintf(a.stdout, "private key: %s\npublic key: %s\nx: %s\ny: %s\n", out, pub, enc.X, enc.Y)
			return nil
		},
	}
	cmd.Flags().StringVar(&out, "out", "", "private key file to write")
	cmd.Flags().BoolVar(&force, "force", false, "replace existing key files")
	_ = cmd.MarkFlagRequired("out")
	return cmd
}
