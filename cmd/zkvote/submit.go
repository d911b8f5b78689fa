package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/zkvote/zkvote/client"
	"github.com/zkvote/zkvote/internal/fieldhex"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/settlement"
)

func (a *app) submitCommand() *cobra.Command {
	var subFile, recordFile, receiptFile string
	cmd := &cobra.Command{
		Use:   "submit --coordinator ADDR --submission FILE --receipt FILE",
		Short: "Send a join+vote made with 'zkvote vote --offline'",
		Long: `Send a join+vote submission made offline to a coordinator and write its
signed receipt. The voter record written beside the submission
(FILE.record.json unless --record says otherwise) gains the voter's state
index, which later re-votes and key changes need. Sending the same
submission again is safe: a coordinator answers a join it already logged
with its original receipt.`,
		Args: cobra.NoArgs,
	}
	r := a.remoteFlags(cmd, false, false)
	cmd.Flags().StringVar(&subFile, "submission", "", "submission file (from 'zkvote vote --offline')")
	cmd.Flags().StringVar(&recordFile, "record", "", "voter record (default: SUBMISSION.record.json)")
	cmd.Flags().StringVar(&receiptFile, "receipt", "", "receipt file to write")
	for _, req := range []string{"submission", "receipt"} {
		_ = cmd.MarkFlagRequired(req)
	}
	cmd.RunE = func(cmd *cobra.Command, _ []string) error {
		if recordFile == "" {
			recordFile = recordPath(subFile)
		}
		sub, err := client.ReadSubmission(subFile)
		if err != nil {
			return err
		}
		conn, err := r.dial()
		if err != nil {
			return err
		}
		defer conn.Close()
		ctx, cancel := withTimeout(cmd.Context())
		defer cancel()
		rf, err := conn.Submit(ctx, sub, recordFile, receiptFile)
		if errors.Is(err, client.ErrMaybeLogged) {
			fmt.Fprintf(a.stderr, "note: keeping %s: the coordinator may have logged the vote; run the same command again\n", recordFile)
		}
		if err != nil {
			return rpcError(err)
		}
		fmt.Fprintf(a.stdout, "accepted: entry %d of the poll's log\nreceipt: %s (signature checked)\nrecord: %s (private)\n", rf.Receipt.Index, receiptFile, recordFile)
		return nil
	}
	return cmd
}

func (a *app) submitOnChainCommand() *cobra.Command {
	var (
		fl      chainFlags
		subFile string
	)
	cmd := &cobra.Command{
		Use:   "submit-onchain --rpc URL --deployment FILE --submission FILE",
		Short: "Post a join+vote made with 'zkvote vote --offline' to the poll's Poll contract",
		Long: `Post a join+vote submission made offline to the Poll contract of its poll
(the on-chain voting path), for a voter who does not want to depend on the
coordinator to take the vote. The contract verifies the proof, refuses a
member who joined there already and extends its on-chain sub-chain; the
coordinator must log the join (it reads the chain), or its result cannot
be settled. The sending account pays the gas (about 0.41M) and is public:
send from an account not linked to you, or through a relayer, to keep who
voted private (the ballot stays encrypted either way).

Later re-votes and key changes work as after 'zkvote submit': 'zkvote
revote' finds the join's state index in the coordinator's log. A member who
also votes through the coordinator is counted once: the later join is
skipped as a duplicate.`,
		Args: cobra.NoArgs,
	}
	fl.add(cmd, true)
	cmd.Flags().StringVar(&subFile, "submission", "", "submission file (from 'zkvote vote --offline')")
	_ = cmd.MarkFlagRequired("submission")
	cmd.RunE = func(_ *cobra.Command, _ []string) error {
		sub, err := client.ReadSubmission(subFile)
		if err != nil {
			return err
		}
		ctx, stop := chainContext()
		defer stop()
		c, d, s, err := a.connect(ctx, &fl, true, true)
		if err != nil {
			return err
		}
		if err := checkDeployment(d, sub.Statement.PollID); err != nil {
			return err
		}
		auth, err := s.auth(c)
		if err != nil {
			return err
		}
		j, err := settlement.JoinOnChain(ctx, c, auth, d, &poll.Join{Statement: sub.Statement, Proof: sub.Proof}, sub.Rate)
		if err != nil {
			return err
		}
		fmt.Fprintf(a.stdout, "joined on-chain: entry %d of the Poll contract (%d gas)\nnullifier: %s\n", j.Index, j.Gas, fieldhex.Encode(sub.Statement.Nullifier))
		return nil
	}
	return cmd
}
