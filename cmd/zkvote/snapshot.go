package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"golang.org/x/term"

	"github.com/zkvote/zkvote/census"
	"github.com/zkvote/zkvote/census/snapshot"
	"github.com/zkvote/zkvote/circuits"
)

// snapshotFlags are the flags of 'zkvote census snapshot'.
type snapshotFlags struct {
	rpc, token, mode, min, cap, scale, chainID, blockHash, state, out string
	block, fromBlock, page                                            uint64
	weightBits, significantBits, minClass                             int
	force                                                             bool
}

func (a *app) censusSnapshotCommand() *cobra.Command {
	var fl snapshotFlags
	cmd := &cobra.Command{
		Use:   "snapshot --rpc URL --token ADDRESS --block N --out FILE",
		Short: "Read token holders' voting power at a block into an eligibility list",
		Long: `Read the voting power of a token's holders at block N from a JSON-RPC node
and write an eligibility list (account, power, weight) with its provenance:
chain ID, token, block number and hash, how the power was read, and the
weighting rule, so that anyone can recompute it.

--mode votes (default) reads getPastVotes(account, N) of an ERC20Votes or
ERC721Votes token: delegated power, as an OpenZeppelin Governor counts it;
the accounts are the delegates named by its DelegateVotesChanged logs, and
N must be behind the head. --mode balance reads balanceOf at block N (an
archive node for old blocks); the accounts are the recipients named by its
Transfer logs. Logs are read in pages from --from-block; the progress is
saved to --state (default: the output file + ".partial") and an
interrupted run started again with the same flags resumes from it.

Weights: accounts below --min are dropped, power above --cap becomes the
cap (both in the token's base units), then --scale divides, rounding up
(order kept, every weight at least 1): none (default), fit (the smallest
power of two that brings every weight below 2^--weight-bits), decimals
(whole tokens: 10^decimals()) or an integer divisor.

The list is not yet a census: a census leaf is an identity commitment,
and an account is not one. Eligible accounts register their commitments
('zkvote census register', EIP-712), and 'zkvote census build
--eligibility --registrations' makes the census with each account's
weight from this file.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.censusSnapshot(cmd.Context(), fl)
		},
	}
	f := cmd.Flags()
	f.StringVar(&fl.rpc, "rpc", "", "JSON-RPC endpoint of a node (http, ws or ipc)")
	f.StringVar(&fl.token, "token", "", "token contract address")
	f.Uint64Var(&fl.block, "block", 0, "snapshot block number")
	f.StringVar(&fl.mode, "mode", string(snapshot.ModeVotes), "votes (getPastVotes) or balance (balanceOf)")
	fl.addRuleFlags(f, "none, fit, decimals, or an integer divisor (power in the token's base units)")
	f.Uint64Var(&fl.fromBlock, "from-block", 0, "first block whose logs are read (the token's deployment block saves time)")
	f.Uint64Var(&fl.page, "page", 10_000, "blocks per eth_getLogs request (halved when the node refuses)")
	f.StringVar(&fl.chainID, "chain-id", "", "fail unless the node's chain ID is this")
	f.StringVar(&fl.blockHash, "block-hash", "", "fail unless block N has this hash (to recompute a published snapshot)")
	f.StringVar(&fl.state, "state", "", `resume state file (default: the output file + ".partial")`)
	f.StringVar(&fl.out, "out", "", "eligibility list to write (JSON)")
	f.BoolVar(&fl.force, "force", false, "overwrite the output file")
	for _, name := range []string{"rpc", "token", "block", "out"} {
		_ = cmd.MarkFlagRequired(name)
	}
	return cmd
}

// options turns the flags into snapshot options and the weighting rule
// (whose divisor, for --scale decimals, is still to be read from the
// token); errors are usage errors.
// rule turns the weighting flags into a rule; errors are usage errors.
func (fl snapshotFlags) rule() (snapshot.Rule, error) {
	rule := snapshot.Rule{WeightBits: fl.weightBits, SignificantBits: fl.significantBits, MinClass: fl.minClass}
	var err error
	if rule.Min, err = flagInt("--min", fl.min); err != nil {
		return rule, err
	}
	if rule.Cap, err = flagInt("--cap", fl.cap); err != nil {
		return rule, err
	}
	switch fl.scale {
	case "none", "fit":
		rule.Scale = snapshot.Scale(fl.scale)
	case "decimals":
		rule.Scale = snapshot.ScaleDivisor
	default:
		rule.Scale = snapshot.ScaleDivisor
		if rule.Divisor, err = flagInt("--scale", fl.scale); err != nil || rule.Divisor.Sign() == 0 {
			return rule, usageError{fmt.Sprintf("--scale %q: want none, fit, decimals or a positive integer divisor", fl.scale)}
		}
	}
	return rule, nil
}

// addRuleFlags declares the weighting flags a token or reputation list shares.
func (fl *snapshotFlags) addRuleFlags(f *pflag.FlagSet, scaleHelp string) {
	f.StringVar(&fl.min, "min", "", "drop accounts with less power than this")
	f.StringVar(&fl.cap, "cap", "", "lower power above this to it")
	f.StringVar(&fl.scale, "scale", string(snapshot.ScaleNone), scaleHelp)
	f.IntVar(&fl.weightBits, "weight-bits", circuits.Defaults().WeightBits, "weights must be below 2^this (the census's bound)")
	f.IntVar(&fl.significantBits, "significant-bits", 0, "round every weight down to this many significant bits (0: exact), so similar holders share a weight")
	f.IntVar(&fl.minClass, "min-class", 0, "make every weight class hold at least this many accounts, lowering the largest weights (0: off; 5 hides every weight in a crowd of 5)")
}

func (fl snapshotFlags) options() ([]snapshot.Option, snapshot.Rule, error) {
	rule, err := fl.rule()
	if err != nil {
		return nil, rule, err
	}
	opts := []snapshot.Option{
		snapshot.WithMode(snapshot.Mode(fl.mode)), snapshot.WithFromBlock(fl.fromBlock), snapshot.WithPageSize(fl.page),
	}
	if fl.chainID != "" {
		id, err := flagInt("--chain-id", fl.chainID)
		if err != nil {
			return nil, rule, err
		}
		opts = append(opts, snapshot.WithChainID(id))
	}
	if fl.blockHash != "" {
		b := common.FromHex(fl.blockHash)
		if len(b) != common.HashLength || !strings.HasPrefix(fl.blockHash, "0x") {
			return nil, rule, usageError{fmt.Sprintf("--block-hash %q is not a 0x-prefixed 32-byte hash", fl.blockHash)}
		}
		opts = append(opts, snapshot.WithBlockHash(common.BytesToHash(b)))
	}
	state := fl.state
	if state == "" {
		state = fl.out + ".partial"
	}
	return append(opts, snapshot.WithStateFile(state)), rule, nil
}

// flagInt parses a non-negative base-10 integer flag; "" gives nil.
func flagInt(name, s string) (*big.Int, error) {
	if s == "" {
		return nil, nil
	}
	x, ok := new(big.Int).SetString(s, 10)
	if !ok || x.Sign() < 0 {
		return nil, usageError{fmt.Sprintf("%s %q is not a non-negative integer", name, s)}
	}
	return x, nil
}

func (a *app) censusSnapshot(ctx context.Context, fl snapshotFlags) error {
	if !common.IsHexAddress(fl.token) {
		return usageError{fmt.Sprintf("--token %q is not an address", fl.token)}
	}
	token := common.HexToAddress(fl.token)
	opts, rule, err := fl.options()
	if err != nil {
		return err
	}
	if !fl.force {
		if _, err := os.Stat(fl.out); err == nil {
			return usageError{fmt.Sprintf("--out %s exists (use --force to overwrite it)", fl.out)}
		}
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	client, err := ethclient.DialContext(ctx, fl.rpc)
	if err != nil {
		return fmt.Errorf("connecting to %s: %w", fl.rpc, err)
	}
	defer client.Close()

	if fl.scale == "decimals" {
		d, err := snapshot.Decimals(ctx, client, token, fl.block)
		if err != nil {
			return fmt.Errorf("--scale decimals: %w", err)
		}
		rule.Divisor = new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(d)), nil)
	}
	bar := a.newSnapshotProgress()
	opts = append(opts, snapshot.WithRule(rule), snapshot.WithProgress(bar.update))
	if !bar.tty {
		opts = append(opts, snapshot.WithLogger(a.logger()))
	}
	s, err := snapshot.Take(ctx, client, token, fl.block, opts...)
	bar.done()
	switch {
	case errors.Is(err, snapshot.ErrInvalidOption) || errors.Is(err, snapshot.ErrRule):
		return usageError{err.Error()}
	case err != nil && ctx.Err() != nil:
		return fmt.Errorf("interrupted (run the same command again to resume): %w", err)
	case err != nil:
		return err
	}
	if err := s.WriteFile(fl.out, fl.force); err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "chain: %s\ntoken: %s\nblock: %d %s\nmode: %s\ncandidates: %d\neligible: %d\ntotal weight: %s\ndivisor: %s\nout: %s\n",
		s.ChainID, s.Token.Hex(), s.Block.Number, s.Block.Hash.Hex(), s.Mode, s.Candidates, len(s.Entries),
		s.TotalWeight(), s.Rule.Divisor, fl.out)
	members := make([]census.Member, len(s.Entries))
	for i, e := range s.Entries {
		members[i] = census.Member{Weight: e.Weight}
	}
	a.reportClasses(members, "--min-class 5 merges small classes; --significant-bits rounds weights")
	return nil
}

// reportClasses prints a census's weight classes and warns when one is
// smaller than census.DefaultMinClass: in a weighted poll the coordinator
// learns each voter's weight, so a weight few members share narrows who
// voted to them.
func (a *app) reportClasses(members []census.Member, hint string) {
	classes := census.Classes(members)
	if len(classes) == 0 {
		return
	}
	fmt.Fprintf(a.stdout, "weight classes: %d (smallest: %d members, weight %s)\n", len(classes), classes[0].Members, classes[0].Weight)
	if exposed := census.Exposed(classes, census.DefaultMinClass); exposed > 0 && len(classes) > 1 {
		fmt.Fprintf(a.stderr, "WARNING: %d members hold a weight that fewer than %d members share: the coordinator, "+
			"who decrypts every voter's census weight (in every mode), narrows who they are to that class (%s)\n", exposed, census.DefaultMinClass, hint)
	}
}

// snapshotProgress shows a snapshot on a terminal as a progress bar, one
// per phase (logs scanned, then powers read); elsewhere it shows nothing
// (the snapshot logs its progress instead).
type snapshotProgress struct {
	w     io.Writer
	tty   bool
	bar   *progressbar.ProgressBar
	phase string
}

func (a *app) newSnapshotProgress() *snapshotProgress {
	f, ok := a.stderr.(*os.File)
	return &snapshotProgress{w: a.stderr, tty: ok && term.IsTerminal(int(f.Fd()))}
}

func (p *snapshotProgress) update(pr snapshot.Progress) {
	if !p.tty {
		return
	}
	if p.bar == nil || pr.Phase != p.phase {
		p.done()
		desc := "snapshot: blocks scanned"
		if pr.Phase == "power" {
			desc = "snapshot: accounts read"
		}
		p.phase = pr.Phase
		p.bar = progressbar.NewOptions64(int64(pr.Total), progressbar.OptionSetWriter(p.w), progressbar.OptionSetDescription(desc),
			progressbar.OptionShowCount(), progressbar.OptionSetPredictTime(true), progressbar.OptionSetWidth(30),
			progressbar.OptionThrottle(200*time.Millisecond))
	}
	_ = p.bar.Set64(int64(pr.Done))
}

// done ends the current bar, if any, on a line of its own.
func (p *snapshotProgress) done() {
	if p.bar != nil {
		_ = p.bar.Exit()
		fmt.Fprintln(p.w)
		p.bar = nil
	}
}
