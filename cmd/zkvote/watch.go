package main

import (
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/spf13/cobra"

	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/prover"
	"github.com/zkvote/zkvote/settlement"
	"github.com/zkvote/zkvote/verifier"
)

func (a *app) watchCommand() *cobra.Command {
	var fl chainFlags
	var every time.Duration
	var batches bool
	cmd := &cobra.Command{
		Use:   "watch --rpc URL DIR | --batches",
		Short: "Check a settled poll's joins (and command proofs) on-chain: challenge the bad, answer for the good",
		Long: `The Tally contract takes every join's proof (and, in a poll with command
proofs, every command's) as verified (checking them all on-chain would
cost a verification per message), so its result becomes final only after
the Challenges contract's window. watch does a watcher's whole part from
the published artefacts in DIR (their log.json and keys):

- it verifies every join's proof and that no two joins share a nullifier,
  and every command proof, and challenges each join or command that fails
  (or shows the two joins that share a nullifier, which voids the result
  at once);
- it answers every open challenge of a join or command that holds, with
  its proof from the log (anyone may; the coordinator should run this);
- it voids the result on a challenge whose deadline passed unanswered.

When the coordinator did not publish the log, --batches (no DIR) challenges
every join batch (and command batch, with command proofs) at once, each
with the bond: within the answer window someone must post each batch's
entries and their proofs (and takes its bond), or the result is void (and
the bond comes back).

Run it during the window ('zkvote execute --status' shows it), or leave it
running with --every (say 10m) until the result is final or void: an
honest result whose challenges nobody answers is void, so the coordinator
should. A forged result is void.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			if batches {
				if len(args) > 0 {
					return usageError{"--batches is for a watcher without the log: give no DIR"}
				}
				return a.challengeBatches(&fl)
			}
			if len(args) == 0 {
				return usageError{"give the published artefacts' DIR (or --batches when the log was not published)"}
			}
			for {
				done, err := a.watchOnce(&fl, args[0])
				switch {
				case every <= 0 || done:
					return err
				case err != nil: // with --every, a failed round (the node away, no result yet) is tried again
					fmt.Fprintf(a.stderr, "zkvote: watch: %v (again in %s)\n", err, every)
				}
				time.Sleep(every)
			}
		},
	}
	fl.add(cmd, true)
	cmd.Flags().BoolVar(&batches, "batches", false, "the log is not published: challenge every batch, each with the bond")
	cmd.Flags().DurationVar(&every, "every", 0, "keep watching: run again at this interval until the result is final or void (run it as a service during the window)")
	return cmd
}

// watchOnce does one round of zkvote watch; it reports whether there is
// nothing left to watch (the result is final or void).
func (a *app) watchOnce(fl *chainFlags, dir string) (bool, error) {
	ctx, stop := chainContext()
	defer stop()
	l, err := poll.ReadLogFile(filepath.Join(dir, poll.LogFileName))
	if err != nil {
		return false, err
	}
	checked, err := verifier.CheckLog(l, nil) // the joins' proofs are checked one by one below
	if err != nil {
		return false, fmt.Errorf("%s: %w", poll.LogFileName, err)
	}
	def := checked.Definition
	vk, err := verifier.PublishedKey(dir, prover.JoinVote, def.VerifyingKey)
	if err != nil {
		return false, err
	}
	var ck groth16.VerifyingKey
	if def.Params.CommandProofs {
		if ck, err = verifier.PublishedKey(dir, prover.Command, def.CommandKey); err != nil {
			return false, err
		}
	}
	log := settlement.LogOf(def, checked.Entries)
	c, d, s, err := a.connect(ctx, fl, true, true)
	if err != nil {
		return false, err
	}
	if err := checkDeployment(d, checked.PollID); err != nil {
		return false, err
	}
	auth, err := s.auth(c)
	if err != nil {
		return false, err
	}
	st, err := settlement.ReadTallyStatus(ctx, c, d)
	if err != nil {
		return false, err
	}
	switch {
	case !st.Done:
		return false, errors.New("no result on-chain yet: nothing to watch until 'zkvote settle' ran")
	case st.Voided:
		fmt.Fprintln(a.stdout, "the result is void already: the proposal will not run")
		return true, nil
	}
	if err := settlement.ReadSkipped(ctx, c, d, log); err != nil {
		return false, err
	}
	suspects, err := settlement.Check(log, vk, ck)
	if err != nil {
		return false, err
	}
	if def.Params.CommandProofs {
		fmt.Fprintf(a.stdout, "%d joins and %d command proofs checked: %d fail\n", len(log.Joins), len(log.Commands), len(suspects))
	} else {
		fmt.Fprintf(a.stdout, "%d joins checked: %d fail\n", len(log.Joins), len(suspects))
	}
	chs, err := settlement.Challenges(ctx, c, d, log)
	if err != nil {
		return false, err
	}
	raised, raisedSkips := settlement.Skip{}, settlement.Skip{}
	for _, ch := range chs {
		switch {
		case ch.Skip:
			raisedSkips.Add(ch.Kind, ch.Index)
		case ch.Batch < 0:
			raised.Add(ch.Kind, ch.Index)
		}
	}
	head, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return false, err
	}
	now := time.Unix(int64(head.Time), 0) // the chain's clock decides, not this machine's
	open := now.Before(st.ChallengesUntil)
	bad := settlement.Skip{}
	for _, sp := range suspects {
		fmt.Fprintf(a.stdout, "%s %d: %s\n", sp.Kind, sp.Index, sp.Reason)
		if !sp.Skipped { // its proof holds: a challenge of it is answered
			bad.Add(sp.Kind, sp.Index)
		}
		switch {
		case !open:
			fmt.Fprintln(a.stdout, "  the challenge window is over")
		case sp.Duplicate >= 0:
			gas, err := settlement.ChallengeDuplicate(ctx, c, auth, d, log, sp.Kind, sp.Duplicate, sp.Index)
			if err != nil {
				return false, err
			}
			fmt.Fprintf(a.stdout, "  shown on-chain: the result is void (%d gas)\n", gas)
			return true, nil
		case sp.Skipped && raisedSkips[sp.Kind][sp.Index]:
			fmt.Fprintln(a.stdout, "  its skip is already challenged")
		case sp.Skipped:
			gas, err := settlement.ChallengeSkip(ctx, c, auth, d, log, sp.Kind, sp.Index)
			if err != nil {
				return false, err
			}
			fmt.Fprintf(a.stdout, "  its skip challenged (%d gas)\n", gas)
		case raised[sp.Kind][sp.Index]:
			fmt.Fprintln(a.stdout, "  already challenged")
		default:
			gas, err := settlement.Challenge(ctx, c, auth, d, log, sp.Kind, sp.Index)
			if err != nil {
				return false, err
			}
			fmt.Fprintf(a.stdout, "  challenged (%d gas)\n", gas)
		}
	}
	tended, err := settlement.TendChallenges(ctx, c, auth, d, log, bad, true)
	if err != nil {
		return false, err
	}
	for _, t := range tended {
		what := t.What()
		switch {
		case t.Skipped:
			fmt.Fprintf(a.stdout, "a challenge open until %s cannot be answered from this log\n", t.Deadline.Format(time.RFC3339))
		case t.Err != nil && t.Answered && t.Batch >= 0:
			fmt.Fprintf(a.stdout, "%s: cannot answer its challenge from this log: %v\n", what, t.Err)
		case t.Err != nil:
			return false, t.Err
		case t.Expired:
			fmt.Fprintf(a.stdout, "%s: unanswered past its deadline: the result is now void (%d gas)\n", what, t.Gas)
		case t.Batch >= 0:
			fmt.Fprintf(a.stdout, "%s: challenge answered with its %ss and their proofs (%d gas; the bond is ours)\n", what, t.Kind, t.Gas)
		case t.Skip:
			fmt.Fprintf(a.stdout, "%s: challenge answered with the earlier %s it repeats (%d gas)\n", what, t.Kind, t.Gas)
		default:
			fmt.Fprintf(a.stdout, "%s: challenge answered with its proof (%d gas)\n", what, t.Gas)
		}
	}
	if st, err = settlement.ReadTallyStatus(ctx, c, d); err != nil {
		return false, err
	}
	fmt.Fprintf(a.stdout, "result: %s; %d challenge(s) open; window until %s\n",
		map[bool]string{true: "void", false: map[bool]string{true: "final", false: "not final yet"}[st.Final]}[st.Voided],
		st.OpenChallenges, st.ChallengesUntil.Format(time.RFC3339))
	return st.Final || st.Voided, nil
}

// challengeBatches challenges every batch not challenged yet: the join
// batches, and the command batches of a poll with command proofs.
func (a *app) challengeBatches(fl *chainFlags) error {
	ctx, stop := chainContext()
	defer stop()
	c, d, s, err := a.connect(ctx, fl, true, true)
	if err != nil {
		return err
	}
	auth, err := s.auth(c)
	if err != nil {
		return err
	}
	chs, err := settlement.Challenges(ctx, c, d, &settlement.Log{})
	if err != nil {
		return err
	}
	done := map[settlement.Kind]map[int]bool{settlement.Joins: {}, settlement.Commands: {}}
	for _, ch := range chs {
		if ch.Batch >= 0 {
			done[ch.Kind][ch.Batch] = true
		}
	}
	total := 0
	for _, k := range []settlement.Kind{settlement.Joins, settlement.Commands} {
		n, err := settlement.Batches(ctx, c, d, k)
		if err != nil {
			return err
		}
		total += n
		for b := range n {
			if done[k][b] {
				fmt.Fprintf(a.stdout, "%s batch %d: already challenged\n", k, b)
				continue
			}
			gas, err := settlement.ChallengeBatch(ctx, c, auth, d, k, b)
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "%s batch %d: challenged with the bond (%d gas)\n", k, b, gas)
		}
	}
	if total == 0 {
		return errors.New("no batches on-chain: nothing to challenge until 'zkvote settle' ran")
	}
	return nil
}
