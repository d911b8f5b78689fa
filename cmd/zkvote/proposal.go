package main

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/poll"
)

func (a *app) proposalCommand() *cobra.Command {
	return group("proposal", "Draft and review proposals", a.proposalCheckCommand())
}

func (a *app) proposalCheckCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "check FILE",
		Short: "Check a proposal file and show what a poll made from it would do",
		Long: `Check a proposal file (JSON: title, summary, body in Markdown, discussion
link, options, mode, deliberation, voting_period, pass_option, quorum,
threshold_percent, and an optional execution payload: target, value,
calldata, signature) and print it for review: the window a poll made from
it now would have, the passing rule, and the payload, with its calldata
decoded by the signature (e.g. "transfer(address,uint256)"), refused when
the calldata does not match it. 'zkvote poll init --proposal FILE' makes
the poll.`,
		Args: cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			p, err := poll.ReadProposal(args[0])
			if err != nil {
				return err
			}
			if _, err := joinvote.ParseMode(p.Mode); err != nil {
				return fmt.Errorf("%s: mode: %w", args[0], err)
			}
			if _, err := optionLabels(strings.Join(p.Options, ",")); err != nil {
				return fmt.Errorf("%s: %w", args[0], err)
			}
			start, end, err := p.Windows(time.Now())
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "title: %s\noptions: %s\nmode: %s\n", p.Title, strings.Join(p.Options, ", "), p.Mode)
			fmt.Fprintf(a.stdout, "deliberation: %s (a poll made now opens %s)\nvoting: %s (until %s)\n",
				p.Deliberation, start.Format(time.RFC3339), p.VotingPeriod, end.Format(time.RFC3339))
			if p.Discussion != "" {
				fmt.Fprintf(a.stdout, "discussion: %s\n", p.Discussion)
			}
			if p.PassOption != "" {
				q := p.Quorum
				if q == "" {
					q = "0"
				}
				fmt.Fprintf(a.stdout, "passes if: %q has at least %v%% of all votes, and all votes reach %s\n", p.PassOption, p.ThresholdPercent, q)
			}
			if c := p.Execution; c != nil {
				if err := a.printCall(c); err != nil {
					return fmt.Errorf("%s: execution: %w", args[0], err)
				}
			} else {
				fmt.Fprintln(a.stdout, "execution: none (a signalling poll)")
			}
			// The poll it makes must be a valid definition too.
			def := &poll.Definition{Options: p.Options}
			if err := p.Apply(def, time.Now()); err != nil {
				return err
			}
			fmt.Fprintln(a.stdout, "ok")
			return nil
		},
	}
}

// printCall shows a payload, its calldata decoded by its signature.
func (a *app) printCall(c *poll.ProposalCall) error {
	value := c.Value
	if value == "" {
		value = "0"
	}
	fmt.Fprintf(a.stdout, "execution: call %s with %s wei\n", c.Target, value)
	data, err := hexutil.Decode(orEmpty(c.Calldata))
	if err != nil {
		return fmt.Errorf("calldata: %w", err)
	}
	if c.Signature == "" {
		if len(data) > 0 {
			fmt.Fprintf(a.stdout, "  calldata: %d bytes, not decoded (give \"signature\" to review it)\n", len(data))
		}
		return nil
	}
	name, args, err := parseSignature(c.Signature)
	if err != nil {
		return err
	}
	selector := crypto.Keccak256([]byte(c.Signature))[:4]
	if len(data) < 4 || !bytes.Equal(data[:4], selector) {
		return fmt.Errorf("the calldata does not call %s (selector %x)", c.Signature, selector)
	}
	values, err := args.Unpack(data[4:])
	if err != nil {
		return fmt.Errorf("the calldata does not decode as %s: %w", c.Signature, err)
	}
	if packed, err := args.Pack(values...); err != nil || !bytes.Equal(packed, data[4:]) {
		return fmt.Errorf("the calldata has bytes beyond %s's arguments", c.Signature)
	}
	fmt.Fprintf(a.stdout, "  %s(\n", name)
	for i, v := range values {
		fmt.Fprintf(a.stdout, "    %s: %v\n", args[i].Type.String(), v)
	}
	fmt.Fprintln(a.stdout, "  )")
	return nil
}

func orEmpty(s string) string {
	if s == "" {
		return "0x"
	}
	return s
}

// parseSignature parses "name(type,...)" with elementary types.
func parseSignature(sig string) (string, abi.Arguments, error) {
	open, close := strings.IndexByte(sig, '('), strings.LastIndexByte(sig, ')')
	if open <= 0 || close != len(sig)-1 || strings.ContainsAny(sig[open+1:close], "() ") {
		return "", nil, fmt.Errorf("signature %q: want name(type,...) with elementary types and no spaces", sig)
	}
	var args abi.Arguments
	if inner := sig[open+1 : close]; inner != "" {
		for _, t := range strings.Split(inner, ",") {
			typ, err := abi.NewType(t, "", nil)
			if err != nil {
				return "", nil, fmt.Errorf("signature %q: type %q: %w", sig, t, err)
			}
			args = append(args, abi.Argument{Type: typ})
		}
	}
	return sig[:open], args, nil
}
