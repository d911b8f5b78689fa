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
	"github.com/zkvote/zkvote/census/provenance"
	"github.com/zkvote/zkvote/census/registration"
	"github.com/zkvote/zkvote/census/snapshot"
	"github.com/zkvote/zkvote/internal/atomicfile"
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
	regBytes, err := f.Encode()
	if err != nil {
		return err
	}
	src, err := provenance.Of(s, regBytes)
	if err != nil {
		return err
	}
	if c, err = c.WithSource(src); err != nil {
		return err
	}
	if err := atomicfile.Write(regOut, regBytes, 0o644, true); err != nil {
		return err
	}
	if err := c.WriteFile(out); err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "root: %s\nmembers: %d (of %d eligible; %d superseded registrations)\ndepth: %d\nregistrations: %s\n",
		fieldhex.Encode(c.Root()), c.Len(), len(s.Entries), b.Replaced, c.Depth(), regOut)
	if src.Token != nil {
		fmt.Fprintf(a.stdout, "source: token %s, %s at block %d %s (recorded in the census)\n",
			src.Token.Address, src.Token.Method, src.Token.BlockNumber, src.Token.BlockHash)
	} else {
		fmt.Fprintf(a.stdout, "source: reputation file %s…, as of %s (recorded in the census)\n", src.Reputation.FileSHA256[:12], src.Reputation.AsOf)
	}
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
give, in this order. Its source section (written by 'zkvote census build
--eligibility --registrations'): the chain, token, block number and hash
and method, or the reputation file's SHA-256, date and half-life, the
weighting rule and the list's ID must be those of the eligibility list
--eligibility. With --reputation FILE, every weight of a reputation list
is recomputed from that file; with --rpc and --chain, a token list is
re-read from the node at its block (pinned by its hash). Then every
registration in --registrations (default: the census file's name with
.registrations.json): as many as the source records, each signed by its
account for that list (contract accounts through EIP-1271 with --rpc),
every account eligible, one commitment per account and per commitment,
each with its account's weight; the census root; and the file's SHA-256.

The first difference fails, on one line naming the field, account or
registration. A census without a source section (built from a member
list, or by an older zkvote) is checked without it.`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			if chain && rpc == "" {
				return usageError{"--chain needs --rpc"}
			}
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
			in := provenance.Inputs{List: s}
			if in.Registrations, err = os.ReadFile(regs); err != nil {
				return err
			}
			if repFile != "" {
				if in.Reputation, err = os.ReadFile(repFile); err != nil {
					return err
				}
			}
			ctx, stop := chainContext()
			defer stop()
			if chain {
				client, err := ethclient.DialContext(ctx, rpc)
				if err != nil {
					return fmt.Errorf("%s: %w", rpc, err)
				}
				defer client.Close()
				in.Chain = client
			}
			checker, closeFn, err := contractsChecker(ctx, rpc)
			if err != nil {
				return err
			}
			defer closeFn()
			in.Contracts = checker
			if err := provenance.Verify(ctx, c, in); err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "verified: %d members, root %s, every leaf registered by an eligible account\n", c.Len(), fieldhex.Encode(c.Root()))
			switch src := c.Source(); {
			case src == nil:
				fmt.Fprintln(a.stdout, "source: none recorded (a census built from a member list, or by an older zkvote)")
			case src.Token != nil:
				fmt.Fprintf(a.stdout, "source: matches: token %s, %s at block %d %s\n",
					src.Token.Address, src.Token.Method, src.Token.BlockNumber, src.Token.BlockHash)
			default:
				fmt.Fprintf(a.stdout, "source: matches: reputation file %s…, as of %s\n", src.Reputation.FileSHA256[:12], src.Reputation.AsOf)
			}
			switch {
			case chain:
				fmt.Fprintln(a.stdout, "chain: the eligibility list matches the node at its block")
			case s.Mode != snapshot.ModeReputation:
				fmt.Fprintln(a.stdout, "chain: not re-read (add --rpc URL --chain to recompute the token list)")
			}
			switch {
			case repFile != "":
				fmt.Fprintln(a.stdout, "reputation: the eligibility list follows from the reputation file")
			case s.Mode == snapshot.ModeReputation:
				fmt.Fprintln(a.stdout, "reputation: not recomputed (add --reputation FILE)")
			}
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
