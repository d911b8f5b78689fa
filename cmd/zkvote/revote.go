package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/zkvote/zkvote/client"
	"github.com/zkvote/zkvote/internal/fieldhex"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/prover"
	"github.com/zkvote/zkvote/settlement"
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
	var onChain bool
	var fl chainFlags
	cmd := &cobra.Command{
		Use:   name + " --coordinator ADDR --poll ID --record FILE" + map[bool]string{true: " --choice CHOICE"}[withChoice],
		Short: short,
		Long: long + `

With --on-chain the messages go to the poll's Poll contract (--rpc,
--deployment; the sending account pays about 0.17M gas per message, 0.37M
with command proofs) instead of the coordinator, which must log them from
the chain: for a voter the coordinator does not take messages from. The
coordinator is still asked for the poll and, if the record lacks it, the
voter's state index. The sending account is public: use one not linked to
you. They need no command pass.`,
		Args: cobra.NoArgs,
	}
	r := a.remoteFlags(cmd, false, true)
	cmd.Flags().StringVar(&recordFile, "record", "", "voter record written by 'zkvote vote'")
	_ = cmd.MarkFlagRequired("record")
	cmd.Flags().StringVar(&keysDir, "keys", "", "keys directory, for a poll with command passes (default $"+keysEnv+" or ~/.zkvote/keys)")
	cmd.Flags().BoolVar(&onChain, "on-chain", false, "send the messages to the poll's Poll contract instead of the coordinator")
	cmd.Flags().StringVar(&fl.rpc, "rpc", "", "with --on-chain: JSON-RPC endpoint of an Ethereum node")
	cmd.Flags().StringVar(&fl.deployment, "deployment", settlement.DeploymentFileName, "with --on-chain: the deployment file 'zkvote deploy' wrote")
	fl.key.add(cmd)
	if withChoice {
		cmd.Flags().StringVar(&choice, "choice", "", `new ballot: OPTION[:WEIGHT],... where OPTION is a label or a number from 1, e.g. "no", "2" or "yes:1,no:2"`)
		_ = cmd.MarkFlagRequired("choice")
	}
	cmd.RunE = r.run(func(cmd *cobra.Command, s *session) error {
		if onChain && fl.rpc == "" {
			return usageError{"--on-chain needs --rpc"}
		}
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
		if def := p.Definition; def.CommandSlots > 0 && !onChain {
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
		if onChain {
			return a.sendOnChain(&fl, rec, recordFile, msgs)
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

// sendOnChain posts a sequence's messages to the poll's Poll contract, in
// order, and saves the record the sequence updated.
func (a *app) sendOnChain(fl *chainFlags, rec *client.Record, recordFile string, msgs []*client.Message) error {
	ctx, stop := chainContext()
	defer stop()
	c, d, signer, err := a.connect(ctx, fl, true, true)
	if err != nil {
		return err
	}
	if err := checkDeployment(d, rec.PollID); err != nil {
		return err
	}
	auth, err := signer.auth(c)
	if err != nil {
		return err
	}
	for i, m := range msgs {
		oc, err := settlement.CommandOnChain(ctx, c, auth, d, &poll.Command{EphemeralKey: m.EphemeralKey, Ciphertext: m.Ciphertext, Opening: m.Opening, Proof: m.Proof})
		if err != nil {
			if i > 0 { // the sequence is half sent: the record must say what was asked for
				_ = rec.WriteFile(recordFile, true)
			}
			return fmt.Errorf("message %d of %d: %w (send the same command again to send the whole sequence anew)", i+1, len(msgs), err)
		}
		fmt.Fprintf(a.stdout, "on-chain: entry %d of the Poll contract (%d gas)\n", oc.Index, oc.Gas)
	}
	if err := rec.WriteFile(recordFile, true); err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "sent %d message(s) to the Poll contract; record %s updated\n", len(msgs), recordFile)
	return nil
}
