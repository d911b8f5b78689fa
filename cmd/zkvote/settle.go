package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/zkvote/zkvote/internal/fieldhex"
	"github.com/zkvote/zkvote/settlement"
	"github.com/zkvote/zkvote/verifier"
)

func (a *app) anchorCommand() *cobra.Command {
	var fl chainFlags
	cmd := &cobra.Command{
		Use:   "anchor --rpc URL DIR",
		Short: "Anchor a closed poll's sealed log on-chain (the coordinator's account)",
		Long: `Post the sealed chain hash and entry count of the poll whose artefacts are
in DIR (what 'zkvote tally' or 'zkvote poll artefacts' writes; checked
first, as 'zkvote verify' does) to its Poll contract, from the
coordinator's Ethereum account. Every processing proof is then checked
on-chain against this hash. Anchoring the same seal again does nothing.`,
		Args: cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			ctx, stop := chainContext()
			defer stop()
			p, c, d, auth, err := a.publishedOnChain(ctx, args[0], &fl)
			if err != nil {
				return err
			}
			gas, err := settlement.Anchor(ctx, c, auth, d, p.Log.Seal)
			if err != nil {
				return err
			}
			if gas == 0 {
				fmt.Fprintln(a.stdout, "already anchored at this seal")
				return nil
			}
			fmt.Fprintf(a.stdout, "anchored: chain hash of %d entries (%d gas)\n", p.Log.Seal.Count, gas)
			return nil
		},
	}
	fl.add(cmd, true)
	return cmd
}

// publishedOnChain checks the artefacts in dir as zkvote verify does,
// connects to the node, loads the deployment (refusing one of another
// poll) and the sending account.
func (a *app) publishedOnChain(ctx context.Context, dir string, fl *chainFlags) (*verifier.Published, *settlement.Chain, *settlement.Deployment, *bind.TransactOpts, error) {
	p, err := verifier.CheckPublished(dir)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	c, d, s, err := a.connect(ctx, fl, true, true)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	if err := checkDeployment(d, p.Log.PollID); err != nil {
		return nil, nil, nil, nil, err
	}
	onChain, err := settlement.OnChainCount(ctx, c, d)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	if onChain != uint64(p.Log.OnChain) {
		return nil, nil, nil, nil, fmt.Errorf("the Poll contract took %d on-chain entries, the sealed log holds %d: the Tally will refuse this result (the coordinator must log every on-chain entry: create the poll with 'zkvote poll create --deployment' on a coordinator started with --chain-rpc)", onChain, p.Log.OnChain)
	}
	auth, err := s.auth(c)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	return p, c, d, auth, nil
}

// checkDeployment refuses a deployment of another poll.
func checkDeployment(d *settlement.Deployment, pollID fr.Element) error {
	if want := fieldhex.Encode(pollID); d.PollID != want {
		return fmt.Errorf("the deployment is for poll %s, the artefacts are of poll %s", d.PollID, want)
	}
	return nil
}

func (a *app) settleCommand() *cobra.Command {
	var fl chainFlags
	var perTx int
	cmd := &cobra.Command{
		Use:   "settle --rpc URL DIR",
		Short: "Post a tallied poll's proofs to its Tally contract",
		Long: `Check the artefacts in DIR as 'zkvote verify' does, then post every
processing proof to the poll's Tally contract, --per-tx proofs per
transaction, in the order the contract chains them, and the opening of
the final state: the contract then holds the proven totals. The poll must
be anchored ('zkvote anchor', by the coordinator). A settlement cut short
resumes where it stopped when run again. Send it from the coordinator's
account: the Tally contract takes proofs from it alone (anyone holding
the proving keys could otherwise post a valid proof over other entries
and stop the settlement), but everyone can check them off-chain ('zkvote
verify') and on-chain.`,
		Args: cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			ctx, stop := chainContext()
			defer stop()
			p, c, d, auth, err := a.publishedOnChain(ctx, args[0], &fl)
			if err != nil {
				return err
			}
			var bar *progressbar.ProgressBar
			start := time.Now()
			res, err := settlement.Settle(ctx, c, auth, d, p.Tally, settlement.SettleOptions{PerTx: perTx, Progress: func(done, total int) {
				if bar == nil {
					bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(a.stderr), progressbar.OptionSetDescription("settle: proofs"),
						progressbar.OptionShowCount(), progressbar.OptionSetPredictTime(true), progressbar.OptionSetWidth(30),
						progressbar.OptionOnCompletion(func() { fmt.Fprintln(a.stderr) }))
				}
				_ = bar.Set(done)
			}})
			if err != nil {
				if bar != nil {
					fmt.Fprintln(a.stderr) // the error goes on a line of its own
				}
				return err
			}
			def := p.Log.Definition
			if a.json {
				return a.printJSON(map[string]any{"chain_id": d.ChainID, "tally": d.Tally.Hex(), "transactions": len(res.Txs), "gas": res.Gas(),
					"already_on_chain": res.Skipped, "options": optionsJSON(def.Options, res.Totals, res.Spent), "participation": res.Joins})
			}
			fmt.Fprintf(a.stdout, "settled on chain %d in %s: %d transactions, %d gas", d.ChainID, time.Since(start).Round(time.Millisecond), len(res.Txs), res.Gas())
			if res.Skipped > 0 {
				fmt.Fprintf(a.stdout, " (%d proofs were already on-chain)", res.Skipped)
			}
			fmt.Fprintln(a.stdout)
			for i, o := range def.Options {
				fmt.Fprintf(a.stdout, "%s: %s (spent %s)\n", o, res.Totals[i], res.Spent[i])
			}
			fmt.Fprintf(a.stdout, "participation: %d members joined\n", res.Joins)
			return nil
		},
	}
	fl.add(cmd, true)
	cmd.Flags().IntVar(&perTx, "per-tx", 8, "proofs per transaction")
	return cmd
}

func (a *app) executeCommand() *cobra.Command {
	var fl chainFlags
	var status bool
	cmd := &cobra.Command{
		Use:   "execute --rpc URL",
		Short: "Queue a passed proposal's payload, or run it once the timelock allows",
		Long: `For the poll of --deployment: when its proven result passes and nothing is
queued yet, queue the payload on the Executor's timelock (the council's
veto window opens); when the timelock has passed, execute it. With
--status, only show where the proposal stands.`,
		Args: cobra.NoArgs,
		RunE: func(_ *cobra.Command, _ []string) error {
			ctx, stop := chainContext()
			defer stop()
			c, d, s, err := a.connect(ctx, &fl, true, !status)
			if err != nil {
				return err
			}
			st, err := settlement.ExecutorStatus(ctx, c, d)
			if err != nil {
				return err
			}
			if !status {
				auth, err := s.auth(c)
				if err != nil {
					return err
				}
				switch {
				case st.Cancelled:
					return errors.New("the council vetoed the proposal: it will not run")
				case st.Executed:
					return errors.New("the proposal has already run")
				case !st.Tallied:
					return errors.New("no proven result on-chain yet: run zkvote settle")
				case !st.Passed:
					return errors.New("the proven result does not pass the quorum and threshold")
				case st.Tally.Voided:
					return errors.New("the result is void (a challenged join or command was not answered with a valid proof, or two joins share a nullifier): the proposal will not run")
				case !st.Queued:
					gas, err := settlement.Queue(ctx, c, auth, d)
					if err != nil {
						return err
					}
					fmt.Fprintf(a.stdout, "queued (%d gas)\n", gas)
				case st.Tally.OpenChallenges > 0:
					return fmt.Errorf("%d challenge(s) are open: the proposal runs once they are answered ('zkvote watch')", st.Tally.OpenChallenges)
				default:
					gas, err := settlement.Execute(ctx, c, auth, d)
					if err != nil {
						return fmt.Errorf("%w (the timelock opens at %s, challenges close at %s)", err,
							st.ETA.Format(time.RFC3339), st.Tally.ChallengesUntil.Format(time.RFC3339))
					}
					fmt.Fprintf(a.stdout, "executed (%d gas)\n", gas)
				}
				if st, err = settlement.ExecutorStatus(ctx, c, d); err != nil {
					return err
				}
			}
			printStatus(a, st)
			return nil
		},
	}
	fl.add(cmd, true)
	cmd.Flags().BoolVar(&status, "status", false, "only show the proposal's state")
	return cmd
}

func printStatus(a *app, st *settlement.Status) {
	if a.json {
		var eta *string
		if st.Queued {
			s := st.ETA.Format(time.RFC3339)
			eta = &s
		}
		_ = a.printJSON(map[string]any{"tallied": st.Tallied, "passed": st.Passed, "queued": st.Queued, "eta": eta,
			"vetoes": st.Vetoes, "vetoes_needed": st.Needed, "vetoed": st.Cancelled, "executed": st.Executed,
			"final": st.Tally.Final, "void": st.Tally.Voided, "open_challenges": st.Tally.OpenChallenges})
		return
	}
	state := "waiting for the proven result"
	switch {
	case st.Executed:
		state = "executed"
	case st.Tally.Voided:
		state = "void result (a challenge was not answered): it will not run"
	case st.Cancelled:
		state = "vetoed"
	case st.Queued:
		state = "queued until " + st.ETA.Format(time.RFC3339)
	case st.Tallied && st.Passed:
		state = "passed, not queued"
	case st.Tallied:
		state = "did not pass"
	}
	fmt.Fprintf(a.stdout, "proposal: %s\nvetoes: %d of %d needed\n", state, st.Vetoes, st.Needed)
	if st.Tallied && !st.Tally.Voided {
		fmt.Fprintf(a.stdout, "challenges: %d open, window until %s\n", st.Tally.OpenChallenges, st.Tally.ChallengesUntil.Format(time.RFC3339))
	}
}

func (a *app) vetoCommand() *cobra.Command {
	var fl chainFlags
	cmd := &cobra.Command{
		Use:   "veto --rpc URL",
		Short: "Cast a council member's veto against a passed proposal, before its timelock ends",
		Args:  cobra.NoArgs,
		RunE: func(_ *cobra.Command, _ []string) error {
			ctx, stop := chainContext()
			defer stop()
			c, d, s, err := a.connect(ctx, &fl, true, true)
			if err != nil {
				return err
			}
			auth, err := s.auth(c)
			if err != nil {
				return err
			}
			gas, err := settlement.Veto(ctx, c, auth, d)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "vetoed by %s (%d gas)\n", s.addr.Hex(), gas)
			st, err := settlement.ExecutorStatus(ctx, c, d)
			if err != nil {
				return err
			}
			printStatus(a, st)
			return nil
		},
	}
	fl.add(cmd, true)
	return cmd
}
