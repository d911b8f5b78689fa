package main

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/zkvote/zkvote/internal/fieldhex"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/receipt"
	"github.com/zkvote/zkvote/verifier"
)

func (a *app) receiptCommand() *cobra.Command {
	return group("receipt", "Check receipts", a.receiptCheckCommand())
}

func (a *app) receiptCheckCommand() *cobra.Command {
	var receiptFile, logFile, keysDir string
	cmd := &cobra.Command{
		Use:   "check --receipt FILE (--coordinator ADDR | --log FILE)",
		Short: "Check that a receipted vote or message is in the poll's public log",
		Long: `Check a receipt: its signature by the coordinator's key (as recorded when
it was received), and that the poll's public log — fetched from the
coordinator, or read from a file exported with 'zkvote poll log' — holds the
receipted entry at its index with its chain hash. Every join proof (with
the verifying key the poll pins, from --keys), the nullifiers, the chain and
the seal are checked too. A receipt whose entry is missing proves the coordinator
dropped it.`,
		Args: cobra.NoArgs,
	}
	r := a.remoteFlags(cmd, false, false)
	cmd.Flags().StringVar(&receiptFile, "receipt", "", "receipt file")
	cmd.Flags().StringVar(&logFile, "log", "", "exported poll log (instead of asking the coordinator)")
	cmd.Flags().StringVar(&keysDir, "keys", "", "keys directory holding the poll's join+vote verifying key (default $"+keysEnv+" or ~/.zkvote/keys)")
	_ = cmd.MarkFlagRequired("receipt")
	cmd.RunE = func(cmd *cobra.Command, _ []string) error {
		rf, err := receipt.ReadFile(receiptFile)
		if err != nil {
			return err
		}
		if err := rf.Receipt.Verify(rf.SigningKey); err != nil {
			return fmt.Errorf("the receipt's signature is not the coordinator's: %w", err)
		}
		var l *poll.Log
		if logFile != "" {
			if l, err = poll.ReadLogFile(logFile); err != nil {
				return err
			}
		} else {
			conn, err := r.dial()
			if err != nil {
				return err
			}
			defer conn.Close()
			ctx, cancel := withTimeout(cmd.Context())
			defer cancel()
			if l, err = conn.PublicLog(ctx, rf.Receipt.PollID); err != nil {
				return rpcError(err)
			}
			if !bytes.Equal(l.SigningKey, rf.SigningKey) {
				return errors.New("the coordinator now signs with another key than the receipt's")
			}
		}
		if l.Poll.Definition == nil {
			return errors.New("the log carries no poll definition")
		}
		keys, err := a.pinnedLogKeys(keysDir, l.Poll.Definition)
		if err != nil {
			return err
		}
		checked, err := verifier.CheckLogKeys(l, keys)
		if err != nil {
			return err
		}
		if !bytes.Equal(l.SigningKey, rf.SigningKey) {
			return errors.New("the log was signed with another key than the receipt")
		}
		if err := checked.CheckReceipt(&rf.Receipt, rf.SigningKey); err != nil {
			return err
		}
		// The file's kind is not signed; the entry (whose hash is) says it.
		kind := "message"
		if e := checked.Entries[rf.Receipt.Index]; e.Join != nil {
			kind = "join"
		}
		if rf.Kind != "" && rf.Kind != kind {
			return fmt.Errorf("the receipt file says %q, but the receipted entry %d is a %s (the kind is not signed; the entry is)", rf.Kind, rf.Receipt.Index, kind)
		}
		if a.json {
			return a.printJSON(map[string]any{"valid": true, "poll_id": fieldhex.Encode(rf.Receipt.PollID), "index": rf.Receipt.Index,
				"kind": kind, "entries": len(checked.Entries), "sealed": checked.Seal != nil})
		}
		sealed := "not yet sealed"
		if checked.Seal != nil {
			sealed = fmt.Sprintf("sealed with %d entries", checked.Seal.Count)
		}
		fmt.Fprintf(a.stdout, "receipt: valid\nentry %d is in the log (%d entries, chain checked, %s)\n", rf.Receipt.Index, len(checked.Entries), sealed)
		return nil
	}
	return cmd
}
