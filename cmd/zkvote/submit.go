package main

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/zkvote/zkvote/client"
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
