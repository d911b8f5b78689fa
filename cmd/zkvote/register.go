package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/zkvote/zkvote/census"
	"github.com/zkvote/zkvote/census/registration"
	"github.com/zkvote/zkvote/census/reputation"
	"github.com/zkvote/zkvote/census/snapshot"
	"github.com/zkvote/zkvote/internal/fieldhex"
)

func (a *app) censusRegisterCommand() *cobra.Command {
	var eligibility, identityFile, passFile, out string
	var key ethKeyFlags
	cmd := &cobra.Command{
		Use:   "register --eligibility FILE --identity FILE --out FILE",
		Short: "Register your identity commitment with your Ethereum account (EIP-712)",
		Long: `Sign, with an eligible Ethereum account (--eth-keystore or $` + ethKeyEnv + `),
an EIP-712 message that registers the identity commitment of --identity for
the eligibility list --eligibility ('zkvote census snapshot' writes one):
domain {name "zkvote census", version "1", chainId}, message
Registration(bytes32 census, uint256 commitment, uint64 issued), where
census is the list's ID. Send the file to the organiser; a later
registration (a larger 'issued', the current time) replaces an earlier one
until the census is built. The registration is public; which leaf votes
stays secret.`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			s, err := snapshot.ReadFile(eligibility)
			if err != nil {
				return err
			}
			id, err := a.openIdentity(identityFile, passFile)
			if err != nil {
				return err
			}
			k, err := a.ethKey(&key)
			if err != nil {
				return err
			}
			account := crypto.PubkeyToAddress(k.PublicKey)
			weight := ""
			for _, e := range s.Entries {
				if e.Account == account {
					weight = e.Weight.String()
				}
			}
			if weight == "" {
				return fmt.Errorf("%s is not in the eligibility list %s", account.Hex(), eligibility)
			}
			r, err := registration.Sign(s, k, id.Commitment(), uint64(time.Now().UnixNano()))
			if err != nil {
				return err
			}
			f, err := registration.NewFile(s, []registration.Registration{*r})
			if err != nil {
				return err
			}
			if err := f.WriteFile(out, false); err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "registered: %s → commitment %s (weight %s)\nwrote %s\n", account.Hex(), fieldhex.Encode(id.Commitment()), weight, out)
			return nil
		},
	}
	key.add(cmd)
	f := cmd.Flags()
	f.StringVar(&eligibility, "eligibility", "", "eligibility list (zkvote census snapshot's output)")
	f.StringVar(&identityFile, "identity", "", "your identity keystore")
	f.StringVar(&passFile, "passphrase-file", "", "file holding the identity's passphrase (default $"+passphraseEnv+")")
	f.StringVar(&out, "out", "", "registration file to write")
	for _, r := range []string{"eligibility", "identity", "out"} {
		_ = cmd.MarkFlagRequired(r)
	}
	return cmd
}

// registrationFiles expands a comma-separated list of files and
// directories (every *.json in them) into file paths.
func registrationFiles(list string) ([]string, error) {
	var out []string
	for _, p := range strings.Split(list, ",") {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			out = append(out, p)
			continue
		}
		files, err := filepath.Glob(filepath.Join(p, "*.json"))
		if err != nil {
			return nil, err
		}
		out = append(out, files...)
	}
	if len(out) == 0 {
		return nil, usageError{"--registrations names no file"}
	}
	return out, nil
}

// contractsChecker returns the EIP-1271 checker of a node, or nil.
func contractsChecker(ctx context.Context, rpc string) (registration.Contracts, func(), error) {
	if rpc == "" {
		return nil, func() {}, nil
	}
	c, err := ethclient.DialContext(ctx, rpc)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", rpc, err)
	}
	return registration.Node{Client: c}, c.Close, nil
}

// buildRegistered builds a census from an eligibility list and
// registrations, and writes the census and, beside it, the accepted
// registrations (<out without .json>.registrations.json).
func (a *app) buildRegistered(eligibility, regs, rpc, out string, depth int) error {
	s, err := snapshot.ReadFile(eligibility)
	if err != nil {
		return err
	}
	paths, err := registrationFiles(regs)
	if err != nil {
		return err
	}
	all, err := registration.Gather(s, paths)
	if err != nil {
		return err
	}
	ctx, stop := chainContext()
	defer stop()
	checker, closeFn, err := contractsChecker(ctx, rpc)
	if err != nil {
		return err
	}
	defer closeFn()
	b, err := registration.Build(ctx, s, all, checker)
	if err != nil {
		return err
	}
	c, err := census.Build(b.Members, depth)
	if err != nil {
		return err
	}
	regOut := registrationsPath(out)
	f, err := registration.NewFile(s, b.Accepted)
	if err != nil {
		return err
	}
	if err := f.WriteFile(regOut, true); err != nil {
		return err
	}
	if err := c.WriteFile(out); err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "root: %s\nmembers: %d (of %d eligible; %d superseded registrations)\ndepth: %d\nregistrations: %s\n",
		fieldhex.Encode(c.Root()), c.Len(), len(s.Entries), b.Replaced, c.Depth(), regOut)
	a.reportClasses(b.Members, "the registered members' weights; take the snapshot with --min-class")
	return nil
}

// registrationsPath is where a census's accepted registrations go.
func registrationsPath(censusPath string) string {
	return strings.TrimSuffix(censusPath, ".json") + ".registrations.json"
}

func (a *app) censusVerifyCommand() *cobra.Command {
	var censusFile, eligibility, regs, rpc, repFile string
	var chain bool
	cmd := &cobra.Command{
		Use:   "verify --census FILE --eligibility FILE",
		Short: "Re-check a census built from registrations, from its published inputs",
		Long: `Re-check that the census --census is exactly what its published inputs
give: every registration in --registrations (default: the census file's
name with .registrations.json) signed by its account for the eligibility
list --eligibility, every account eligible, one commitment per account and
per commitment, each with its account's weight, and the census root. With
--rpc, contract accounts' signatures are checked (EIP-1271); with --chain
too, a token list itself is re-read from the node at its block; with
--reputation FILE, a reputation list is recomputed from its file.`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			s, err := snapshot.ReadFile(eligibility)
			if err != nil {
				return err
			}
			c, err := census.ReadFile(censusFile, census.WithFullCheck())
			if err != nil {
				return err
			}
			if regs == "" {
				regs = registrationsPath(censusFile)
			}
			f, err := registration.ReadFile(regs)
			if err != nil {
				return err
			}
			ctx, stop := chainContext()
			defer stop()
			if repFile != "" {
				data, err := os.ReadFile(repFile)
				if err != nil {
					return err
				}
				if err := reputation.Verify(data, s); err != nil {
					return err
				}
			}
			if chain {
				if rpc == "" {
					return usageError{"--chain needs --rpc"}
				}
				client, err := ethclient.DialContext(ctx, rpc)
				if err != nil {
					return err
				}
				defer client.Close()
				if err := snapshot.Verify(ctx, client, s); err != nil {
					return err
				}
			}
			checker, closeFn, err := contractsChecker(ctx, rpc)
			if err != nil {
				return err
			}
			defer closeFn()
			if err := registration.Verify(ctx, s, f, c, checker); err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "verified: %d members, root %s, every leaf registered by an eligible account", c.Len(), fieldhex.Encode(c.Root()))
			if chain {
				fmt.Fprint(a.stdout, "; the eligibility list matches the chain")
			}
			if repFile != "" {
				fmt.Fprint(a.stdout, "; the eligibility list follows from the reputation file")
			}
			fmt.Fprintln(a.stdout)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&censusFile, "census", "", "census file")
	f.StringVar(&eligibility, "eligibility", "", "eligibility list the registrations are for")
	f.StringVar(&regs, "registrations", "", "registrations file (default: beside the census)")
	f.StringVar(&rpc, "rpc", "", "JSON-RPC node, for contract accounts (EIP-1271) and --chain")
	f.BoolVar(&chain, "chain", false, "also re-read a token eligibility list from the node")
	f.StringVar(&repFile, "reputation", "", "also recompute a reputation eligibility list from this file")
	_ = cmd.MarkFlagRequired("census")
	_ = cmd.MarkFlagRequired("eligibility")
	return cmd
}
