package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/zkvote/zkvote/census"
	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/internal/fieldhex"
)

func (a *app) censusCommand() *cobra.Command {
	return group("census", "Build censuses and membership proofs", a.censusBuildCommand(), a.censusProofCommand(), a.censusCheckCommand(), a.censusSnapshotCommand(),
		a.censusReputationCommand(), a.censusRegisterCommand(), a.censusVerifyCommand())
}

func (a *app) censusBuildCommand() *cobra.Command {
	var (
		in, out, eligibility, regs, rpc string
		depth                           int
	)
	cmd := &cobra.Command{
		Use:   "build (--in FILE | --eligibility FILE --registrations FILES) --out FILE",
		Short: "Build a census file from a CSV or JSON member list",
		Long: `Build a census from a member list and write the census file (members,
depth, root, and the roots of its subtrees of 1,024 members, so that it
loads without rehashing). The list is CSV, one "commitment,weight" per
line, or JSON, [{"commitment": "0x…", "weight": "1"}], chosen by the file
extension. Hand each member their own proof ('zkvote census proof'): with
it, 'zkvote vote' needs no census file.

From sign-ups instead: --eligibility (an eligibility list, 'zkvote census
snapshot') and --registrations (files or directories of 'zkvote census
register' outputs, comma-separated) build the census of the registered
commitments, each with its account's weight: only registrations signed by
an eligible account count (contract accounts through EIP-1271 with --rpc),
an account's latest registration replaces its earlier ones, and a
commitment registered by two accounts is refused. The accepted
registrations are written beside the census (.registrations.json), and
the census file's source section records where it came from (chain,
token, block number and hash, method, or the reputation file's SHA-256,
date and half-life; the weighting rule; the registrations file's SHA-256
and count), so anyone can re-check it ('zkvote census verify'). A census
from a member list has no source section.`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			switch {
			case in != "" && (eligibility != "" || regs != ""):
				return usageError{"give --in, or --eligibility with --registrations, not both"}
			case in == "" && (eligibility == "" || regs == ""):
				return usageError{"give --in FILE, or --eligibility FILE with --registrations FILES"}
			case in == "":
				return a.buildRegistered(eligibility, regs, rpc, out, depth)
			}
			if sameFile(in, out) {
				return usageError{"--out would overwrite the input " + in}
			}
			opts, done := a.censusBuildProgress()
			c, err := census.BuildFile(in, depth, opts...)
			done()
			if err != nil {
				return err
			}
			if err := c.WriteFile(out); err != nil {
				return err
			}
			if a.json {
				classes := census.Classes(c.Members())
				return a.printJSON(map[string]any{"root": fieldhex.Encode(c.Root()), "members": c.Len(), "depth": c.Depth(),
					"weight_classes": len(classes), "smallest_class": classes[0].Members})
			}
			fmt.Fprintf(a.stdout, "root: %s\nmembers: %d\ndepth: %d\n", fieldhex.Encode(c.Root()), c.Len(), c.Depth())
			a.reportClasses(c.Members(), "give members of similar weight the same weight, or build from a snapshot with --min-class")
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&in, "in", "", "member list (.csv or .json)")
	f.StringVar(&out, "out", "", "census file to write")
	f.IntVar(&depth, "depth", circuits.Defaults().CensusDepth, "census tree depth")
	f.StringVar(&eligibility, "eligibility", "", "eligibility list (zkvote census snapshot), with --registrations")
	f.StringVar(&regs, "registrations", "", "registration files or directories, comma-separated")
	f.StringVar(&rpc, "rpc", "", "JSON-RPC node, to check contract accounts' signatures (EIP-1271)")
	_ = cmd.MarkFlagRequired("out")
	return cmd
}

func (a *app) censusProofCommand() *cobra.Command {
	var (
		censusFile, commitment, out, outDir string
		all                                 bool
	)
	cmd := &cobra.Command{
		Use:   "proof --census FILE (--commitment HEX [--out FILE] | --all --out-dir DIR)",
		Short: "Write the membership proof of one member, or of every member",
		Long: `Write the membership proof of one member: a small file that member can
pass to 'zkvote vote --census' instead of the whole census file. The
member's subtree is rehashed and checked against the stored root.

With --all, write the proof of every member into DIR, one file a member
named after its commitment (0x….json), for an organiser to hand out; every
subtree is rehashed and checked. Existing files there are replaced.`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			if all {
				if commitment != "" || out != "" {
					return usageError{"--all writes every proof into --out-dir: drop --commitment and --out"}
				}
				if outDir == "" {
					return usageError{"--all needs --out-dir DIR"}
				}
				return a.writeAllProofs(censusFile, outDir)
			}
			if commitment == "" {
				return usageError{"give --commitment HEX (or --all --out-dir DIR)"}
			}
			if outDir != "" {
				return usageError{"--out-dir goes with --all; for one proof use --out FILE"}
			}
			cm, err := fieldhex.Decode(commitment)
			if err != nil {
				return usageError{"--commitment: " + err.Error()}
			}
			c, err := census.ReadFile(censusFile)
			if err != nil {
				return err
			}
			proof, err := c.Proof(cm)
			if err != nil {
				return err
			}
			if err := proof.Verify(c.Root()); err != nil {
				return err // a bug, not bad input: the path was just rebuilt and checked
			}
			if out == "" {
				data, err := json.MarshalIndent(proof, "", "  ")
				if err != nil {
					return err
				}
				_, err = a.stdout.Write(append(data, '\n'))
				return err
			}
			if err := proof.WriteFile(out); err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "index: %d\nroot: %s\nproof: %s\n", proof.Index, fieldhex.Encode(proof.CensusRoot), out)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&censusFile, "census", "", "census file")
	f.StringVar(&commitment, "commitment", "", "identity commitment of the member (hex)")
	f.StringVar(&out, "out", "", "write the proof here instead of standard output")
	f.BoolVar(&all, "all", false, "write the proof of every member (into --out-dir)")
	f.StringVar(&outDir, "out-dir", "", "with --all: directory for the proofs (created if missing)")
	_ = cmd.MarkFlagRequired("census")
	return cmd
}

// writeAllProofs writes every member's proof into dir. The files are not
// synced one by one (a million fsyncs would dominate); the command is
// simply re-run after a crash.
func (a *app) writeAllProofs(censusFile, dir string) error {
	c, err := census.ReadFile(censusFile)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	root := c.Root()
	err = c.EachProof(func(p census.MemberProof) error {
		// Not verified one by one (20 hashes each, as much as the whole
		// build): each subtree was just checked, and tests pin the paths.
		data, err := json.MarshalIndent(p, "", "  ")
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, fieldhex.Encode(p.Commitment)+".json"), append(data, '\n'), 0o644)
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "proofs: %d\nroot: %s\ndirectory: %s\n", c.Len(), fieldhex.Encode(root), dir)
	return nil
}

func (a *app) censusCheckCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "check FILE",
		Short: "Rehash every member of a census file and check its root",
		Long: `Rehash every member of a census file and check that they give the stored
subtree roots and root. A census file loads without this (a proof checks
only its own member's subtree); run it on a census you did not build.`,
		Args: cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			c, err := census.ReadFile(args[0])
			if err != nil {
				return err
			}
			if err := c.Check(); err != nil {
				return fmt.Errorf("%s: %w", args[0], err)
			}
			fmt.Fprintf(a.stdout, "root: %s\nmembers: %d\ndepth: %d\nchecked: every member\n", fieldhex.Encode(c.Root()), c.Len(), c.Depth())
			return nil
		},
	}
}

// sameFile reports whether a and b name one existing file.
func sameFile(a, b string) bool {
	ia, errA := os.Stat(a)
	ib, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(ia, ib)
}
