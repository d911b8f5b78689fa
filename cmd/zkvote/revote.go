package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/zkvote/zkvote/client"
	"github.com/zkvote/zkvote/internal/fieldhex"
	"github.com/zkvote/zkvote/prover"
)

func (a *app) revoteCommand() *cobra.Command {
	return a.sequenceCommand("revote", "Change your ballot (and switch to a fresh key)",
		`Send the messages that replace your ballot with CHOICE. They are signed
so that every earlier message stops counting, a briber's included, and the
coordinator alone can tell which ones count. Receipts are written next to
the record.`, true)
}

func (a *app) keyChangeCommand() *cobra.Command {
	return a.sequenceCommand("key-change", "Switch to a fresh key, keeping your ballot",
		`Send a key change: your ballot stays what you last asked for, and every
earlier message — including any you made in front of a briber, or that
someone holding your old key sends — stops counting.`, false)
}

func (a *app) sequenceCommand(name, short, long string, withChoice bool) *cobra.Command {
	var recordFile, choice, keysDir string
	cmd := &cobra.Command{
		Use:   name + " --coordinator ADDR --poll ID --record FILE" + map[bool]string{true: " --choice CHOICE"}[withChoice],
		Short: short,
		Long:  long,
		Args:  cobra.NoArgs,
	}
	r := a.remoteFlags(cmd, false, true)
	cmd.Flags().StringVar(&recordFile, "record", "", "voter record written by 'zkvote vote'")
	_ = cmd.MarkFlagRequired("record")
	cmd.Flags().StringVar(&keysDir, "keys", "", "keys directory, for a poll with command passes (default $"+keysEnv+" or ~/.zkvote/keys)")
	if withChoice {
		cmd.Flags().StringVar(&choice, "choice", "", `new ballot: OPTION[:WEIGHT],... where OPTION is a label or a number from 1, e.g. "no", "2" or "yes:1,no:2"`)
		_ = cmd.MarkFlagRequired("choice")
	}
	cmd.RunE = r.run(func(cmd *cobra.Command, s *session) error {
		rec, err := client.ReadRecord(recordFile)
		if err != nil {
			return err
		}
		id, conn, ctx := s.id, s.conn, s.ctx
		p, err := conn.Poll(ctx, id)
		if err != nil {
			return rpcError(err)
		}
		looked, err := conn.EnsureStateIndex(ctx, rec) // the join's receipt may never have arrived
		if err != nil {
			return fmt.Errorf("%w (was the vote refused? then vote again)", rpcError(err))
		}
		if looked {
			fmt.Fprintf(a.stdout, "found the join in the log: state index %d\n", *rec.StateIndex)
		}
		var msgs []*client.Message
		if withChoice {
			votes, err := client.ParseChoice(choice, p.Definition.Options)
			if err != nil {
				return choiceError(err)
			}
			if msgs, err = client.Revote(p.Definition, rec, votes); err != nil {
				return choiceError(err) // over the budget is the user's to fix
			}
		} else if msgs, err = client.KeyChange(p.Definition, rec); err != nil {
			return err
		}
		if keysDir == "" {
			keysDir = a.defaultKeysDir()
		}
		var passes *client.Passes
		if def := p.Definition; def.CommandSlots > 0 {
			keys, err := prover.Load(keysDir, prover.Pass, def.Params)
			if err != nil {
				return err
			}
			passes = &client.Passes{Def: def, Keys: keys}
		}
		if def := p.Definition; def.Params.CommandProofs {
			keys, err := prover.Load(keysDir, prover.Command, def.Params)
			if err != nil {
				return err
			}
			if err := client.ProveCommands(keys, def, msgs); err != nil {
				return err
			}
		}
		receipts, err := conn.Send(ctx, rec, recordFile, msgs, passes)
		stem := strings.TrimSuffix(recordFile, ".record.json")
		stem = strings.TrimSuffix(stem, ".json")
		for _, rf := range receipts {
			path := fmt.Sprintf("%s.msg-%d.receipt.json", stem, rf.Receipt.Index)
			if werr := rf.WriteFile(path, false); werr != nil && err == nil {
				err = werr
			}
			fmt.Fprintf(a.stdout, "accepted: entry %d, receipt %s\n", rf.Receipt.Index, filepath.Base(path))
		}
		if err != nil {
			return rpcError(err)
		}
		fmt.Fprintf(a.stdout, "sent %d message(s) for poll %s; record %s updated\n", len(msgs), fieldhex.Encode(id)[:18]+"…", recordFile)
		return nil
	})
	return cmd
}
