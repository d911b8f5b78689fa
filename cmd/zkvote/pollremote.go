package main

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/zkvote/zkvote/internal/fieldhex"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/settlement"
	"github.com/zkvote/zkvote/verifier"
)

func (a *app) pollCreateCommand() *cobra.Command {
	var pollFile, deploymentFile string
	cmd := &cobra.Command{
		Use:   "create --coordinator ADDR --admin-token FILE --poll POLLFILE [--deployment FILE]",
		Short: "Register a poll definition with a coordinator and open it",
		Long: `Register a poll definition with a coordinator and open it.

With --deployment (what 'zkvote deploy' wrote for this poll before it
opened) the poll takes joins on its Poll contract too, from voters who do
not want to depend on the coordinator ('zkvote vote --on-chain'); the
coordinator, which must read the chain (zkvote coordinator --chain-rpc),
logs them. The poll needs an end time.`,
		Args: cobra.NoArgs,
	}
	r := a.remoteFlags(cmd, true, false)
	cmd.Flags().StringVar(&pollFile, "poll", "", "poll definition file (from 'zkvote poll init')")
	cmd.Flags().StringVar(&deploymentFile, "deployment", "", "the poll's deployment file (from 'zkvote deploy'): take joins on its Poll contract too")
	_ = cmd.MarkFlagRequired("poll")
	cmd.RunE = r.run(func(cmd *cobra.Command, s *session) error {
		def, err := poll.ReadFile(pollFile)
		if err != nil {
			return err
		}
		var contract []byte
		var block uint64
		if deploymentFile != "" {
			d, err := settlement.ReadDeployment(deploymentFile)
			if err != nil {
				return err
			}
			pollID, err := def.ID()
			if err != nil {
				return err
			}
			if err := checkDeployment(d, pollID); err != nil {
				return err
			}
			contract, block = d.Poll.Bytes(), d.Block
		}
		conn, ctx := s.conn, s.ctx
		id, err := conn.CreatePollWithContract(ctx, def, contract, block)
		if err != nil {
			return rpcError(err)
		}
		fmt.Fprintf(a.stdout, "poll id: %s\n", fieldhex.Encode(id))
		if contract != nil {
			fmt.Fprintf(a.stdout, "on-chain joins: the Poll contract at %s\n", common.BytesToAddress(contract).Hex())
		}
		return nil
	})
	return cmd
}

func (a *app) pollShowCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "show --coordinator ADDR --poll ID",
		Short: "Show a poll served by a coordinator",
		Args:  cobra.NoArgs,
	}
	r := a.remoteFlags(cmd, false, true)
	cmd.RunE = r.run(func(cmd *cobra.Command, s *session) error {
		id, conn, ctx := s.id, s.conn, s.ctx
		p, err := conn.Poll(ctx, id)
		if err != nil {
			return rpcError(err)
		}
		d := p.Definition
		fmt.Fprintf(a.stdout, "poll id: %s\ntitle: %s\n", fieldhex.Encode(p.ID), d.Title)
		if d.Body != "" {
			fmt.Fprintf(a.stdout, "body: %s\n", d.Body)
		}
		for i, o := range d.Options {
			fmt.Fprintf(a.stdout, "option %d: %s\n", i+1, o)
		}
		fmt.Fprintf(a.stdout, "mode: %s\nstate: %s\nentries: %d (joins %d, commands %d)\nchain hash: %s\n", d.Mode, p.State, p.Count, p.Joins, p.Count-p.Joins, fieldhex.Encode(p.ChainHash))
		if d.Start != nil {
			fmt.Fprintf(a.stdout, "opens: %s\n", d.Start.UTC().Format(time.RFC3339))
		}
		if d.End != nil {
			fmt.Fprintf(a.stdout, "closes: %s\n", d.End.UTC().Format(time.RFC3339))
		}
		if p.Seal != nil {
			fmt.Fprintf(a.stdout, "sealed: %s with %d entries (signature checked)\n", time.Unix(p.Seal.SealedUnix, 0).UTC().Format(time.RFC3339), p.Seal.Count)
		}
		return nil
	})
	return cmd
}

func (a *app) pollCloseCommand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "close --coordinator ADDR --admin-token FILE --poll ID",
		Short: "Close a poll: seal its log (nothing is accepted afterwards)",
		Args:  cobra.NoArgs,
	}
	r := a.remoteFlags(cmd, true, true)
	cmd.RunE = r.run(func(cmd *cobra.Command, s *session) error {
		id, conn, ctx := s.id, s.conn, s.ctx
		seal, err := conn.ClosePoll(ctx, id)
		if err != nil {
			return rpcError(err)
		}
		fmt.Fprintf(a.stdout, "sealed: %d entries\nchain hash: %s\n", seal.Count, fieldhex.Encode(seal.ChainHash))
		return nil
	})
	return cmd
}

func (a *app) pollTallyCommand() *cobra.Command {
	var wait bool
	cmd := &cobra.Command{
		Use:   "tally --coordinator ADDR --admin-token FILE --poll ID [--wait]",
		Short: "Start (or follow) the tally job of a closed poll",
		Args:  cobra.NoArgs,
	}
	r := a.remoteFlags(cmd, true, true)
	cmd.Flags().BoolVar(&wait, "wait", true, "wait for the job to finish, showing progress")
	cmd.RunE = r.run(func(cmd *cobra.Command, s *session) error {
		id, conn, ctx := s.id, s.conn, s.ctx
		job, err := conn.StartTally(ctx, id)
		if err != nil {
			return rpcError(err)
		}
		if wait {
			// A tally may take longer than one command's deadline: follow it
			// until it ends or the user interrupts, each poll of the job
			// with a deadline of its own.
			follow, stop := chainContext()
			defer stop()
			next := func() (*poll.TallyJob, error) {
				c, cancel := context.WithTimeout(follow, 30*time.Second)
				defer cancel()
				return conn.TallyJob(c, id)
			}
			if job, err = followTally(follow, job, a.newTallyProgress(), next); err != nil {
				return rpcError(err)
			}
		}
		if job.State == poll.JobFailed {
			return fmt.Errorf("tally failed: %s", job.Error)
		}
		fmt.Fprintf(a.stdout, "tally: %s\n", job.State)
		return nil
	})
	return cmd
}

func (a *app) pollResultsCommand() *cobra.Command {
	var censusFile string
	cmd := &cobra.Command{
		Use:   "results --coordinator ADDR --poll ID [--census FILE]",
		Short: "Show a tallied poll's results",
		Long: `Show a tallied poll's results: each option's total and credits spent, and
how many members joined.

` + turnoutHelp,
		Args: cobra.NoArgs,
	}
	r := a.remoteFlags(cmd, false, true)
	cmd.Flags().StringVar(&censusFile, "census", "", "the poll's census file, to show turnout")
	cmd.RunE = r.run(func(cmd *cobra.Command, s *session) error {
		id, conn, ctx := s.id, s.conn, s.ctx
		p, err := conn.Poll(ctx, id)
		if err != nil {
			return rpcError(err)
		}
		res, err := conn.Results(ctx, id)
		if err != nil {
			return rpcError(err)
		}
		members := 0
		if censusFile != "" {
			if members, err = censusSize(censusFile, p.Definition.CensusRoot); err != nil {
				return err
			}
		}
		if a.json {
			return a.printJSON(turnoutJSON(map[string]any{"poll_id": fieldhex.Encode(id), "options": optionsJSON(p.Definition.Options, res.Totals, res.Spent),
				"proven": res.Proven}, p.Joins, members))
		}
		for i, o := range p.Definition.Options {
			if i < len(res.Totals) {
				fmt.Fprintf(a.stdout, "%s: %s (spent %s)\n", o, res.Totals[i], res.Spent[i])
			}
		}
		fmt.Fprintln(a.stdout, turnout(p.Joins, members))
		if !res.Proven {
			fmt.Fprintln(a.stdout, "note: computed by the coordinator and NOT proven (the poll pins no processing keys)")
		} else {
			fmt.Fprintln(a.stdout, "proven: yes (check it yourself: zkvote poll artefacts --out DIR, then zkvote verify DIR)")
		}
		return nil
	})
	return cmd
}

func (a *app) pollLogCommand() *cobra.Command {
	var out, keysDir string
	cmd := &cobra.Command{
		Use:   "log --coordinator ADDR --poll ID --out FILE",
		Short: "Export a poll's public log (entries, chain, seal) and check it",
		Long: `Export a poll's whole public record — definition, every entry, chain
hashes, the seal and the coordinator's signing key — as JSON, after checking
every join proof (with the verifying key the poll pins, from --keys), that
no nullifier repeats, the chain and the seal. Anyone can check receipts against the file offline
('zkvote receipt check --log FILE').`,
		Args: cobra.NoArgs,
	}
	r := a.remoteFlags(cmd, false, true)
	cmd.Flags().StringVar(&out, "out", "", "file to write")
	cmd.Flags().StringVar(&keysDir, "keys", "", "keys directory holding the poll's join+vote verifying key (default $"+keysEnv+" or ~/.zkvote/keys)")
	_ = cmd.MarkFlagRequired("out")
	cmd.RunE = r.run(func(cmd *cobra.Command, s *session) error {
		id, conn, ctx := s.id, s.conn, s.ctx
		l, err := conn.PublicLog(ctx, id)
		if err != nil {
			return rpcError(err)
		}
		keys, err := a.pinnedLogKeys(keysDir, l.Poll.Definition)
		if err != nil {
			return err
		}
		checked, err := verifier.CheckLogKeys(l, keys)
		if err != nil {
			return err
		}
		if err := l.WriteFile(out, true); err != nil {
			return err
		}
		fmt.Fprintf(a.stdout, "log: %s\nentries: %d (joins %d, commands %d)\nsealed: %s\n", out, len(l.Entries), checked.Joins, checked.Messages, yesNo(checked.Seal != nil))
		return nil
	})
	return cmd
}

func (a *app) pollArtefactsCommand() *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "artefacts --coordinator ADDR --poll ID --out DIR",
		Short: "Download a tallied poll's published artefacts and verify them",
		Long: `Download a tallied poll's published files (results.json, log.json and the
verifying keys) into DIR, then check them as 'zkvote verify DIR' does:
nothing the coordinator sent is trusted.`,
		Args: cobra.NoArgs,
	}
	r := a.remoteFlags(cmd, false, true)
	cmd.Flags().StringVar(&out, "out", "", "directory to write the artefacts to")
	_ = cmd.MarkFlagRequired("out")
	cmd.RunE = r.run(func(cmd *cobra.Command, s *session) error {
		files, err := s.conn.Artefacts(s.ctx, s.id)
		if err != nil {
			return rpcError(err)
		}
		if err := poll.WriteArtefacts(out, files, false); err != nil {
			return err
		}
		p, err := verifier.CheckPublished(out)
		if err != nil {
			return err
		}
		fmt.Fprintf(a.stdout, "artefacts: %s\n", out)
		a.printVerified(a.stdout, p, 0)
		return nil
	})
	return cmd
}
