package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/zkvote/zkvote/census"
	"github.com/zkvote/zkvote/client"
	"github.com/zkvote/zkvote/internal/fieldhex"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/prover"
	"github.com/zkvote/zkvote/verifier"
)

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// resend sends again the vote an interrupted 'zkvote vote' saved.
func (a *app) resend(ctx context.Context, r *remote, pollArg, record, receiptFile string) error {
	r.pollIDText = pollArg
	if _, err := r.pollID(); err != nil {
		return err
	}
	conn, err := r.dial()
	if err != nil {
		return err
	}
	defer conn.Close()
	fmt.Fprintf(a.stdout, "resending the vote saved in %s (no new proof)\n", client.SubmissionPath(record))
	rf, err := conn.Resend(ctx, record, receiptFile)
	if errors.Is(err, client.ErrMaybeLogged) {
		fmt.Fprintf(a.stderr, "note: keeping %s: the coordinator may have logged the vote; run the same command again\n", record)
	}
	if err != nil {
		return rpcError(err)
	}
	fmt.Fprintf(a.stdout, "accepted: entry %d of the poll's log\nreceipt: %s (signature checked)\nrecord: %s (private)\n", rf.Receipt.Index, receiptFile, record)
	return nil
}

// choiceError makes a ballot the user wrote that cannot be cast (unknown
// option, bad weight, over the budget: client.ErrChoice) a usage error
// about --choice; any other error stays what it is.
func choiceError(err error) error {
	if errors.Is(err, client.ErrChoice) {
		return usageError{"--choice: " + err.Error()}
	}
	return err
}

// recordPath is where a submission's voter record goes by default.
func recordPath(submission string) string {
	return strings.TrimSuffix(submission, ".json") + ".record.json"
}

func (a *app) voteCommand() *cobra.Command {
	var (
		offline                                                   bool
		pollArg, idFile, censusFile, choice, out, record, keysDir string
		passFile, receiptFile                                     string
	)
	cmd := &cobra.Command{
		Use:   "vote --coordinator ADDR --poll ID --identity FILE --census FILE --choice CHOICE --receipt FILE",
		Short: "Prove a join+vote for a poll and submit it",
		Long: `Prove that you are in the poll's census and cast an encrypted ballot,
without revealing who you are or how you voted, and send it to the
coordinator, which answers a signed receipt (written to --receipt).

CHOICE lists OPTION[:WEIGHT] items separated by commas; OPTION is a label
or its number (from 1, as 'zkvote poll show' lists them; a number always
means the position). Examples: "yes", "2", "yes:3,no:4". The budget is
1 unit in 1p1v mode, your census weight in weighted mode, and your census
weight in credits spent as weight² in quadratic mode.

The keys a later re-vote or key change needs are written to a record
(--record, default RECEIPT.record.json, permission 0600): keep it private.

With --offline, --poll names a poll definition file and the submission is
written to --out instead of being sent (check it with 'zkvote verify-vote').`,
		Args: cobra.NoArgs,
	}
	r := a.remoteFlags(cmd, false, false)
	cmd.RunE = func(cmd *cobra.Command, _ []string) error {
		dest := receiptFile
		if offline {
			dest = out
		}
		if dest == "" {
			if offline {
				return usageError{"--offline needs --out SUBMISSION"}
			}
			return usageError{"give --receipt FILE (or --offline --out FILE)"}
		}
		if record == "" {
			record = recordPath(dest)
		}
		ctx, cancel := withTimeout(cmd.Context())
		defer cancel()
		if !offline && exists(record) && !exists(dest) && exists(client.SubmissionPath(record)) {
			// An earlier run saved this vote and never learnt its fate:
			// send the same submission again, no new proof.
			return a.resend(ctx, r, pollArg, record, dest)
		}
		for _, f := range []string{dest, record} { // refuse before any work is done
			if exists(f) {
				return fmt.Errorf("%s exists: choose another file; never replace a record, it holds the keys of a cast vote", f)
			}
		}
		var (
			def  *poll.Definition
			conn *client.Conn
			err  error
		)
		if offline {
			if def, err = poll.ReadFile(pollArg); err != nil {
				return err
			}
		} else {
			r.pollIDText = pollArg
			id, err := r.pollID()
			if err != nil {
				return err
			}
			if conn, err = r.dial(); err != nil {
				return err
			}
			defer conn.Close()
			p, err := conn.Poll(ctx, id)
			if err != nil {
				return rpcError(err)
			}
			if p.State != poll.StateOpen {
				return fmt.Errorf("poll %s is %s: it takes no more votes", r.pollIDText, p.State)
			}
			def = p.Definition
		}
		votes, err := client.ParseChoice(choice, def.Options)
		if err != nil {
			return choiceError(err)
		}
		id, err := a.openIdentity(idFile, passFile)
		if err != nil {
			return err
		}
		member, err := census.ReadMemberProof(censusFile, id.Commitment())
		if err != nil {
			return err
		}
		// The budget needs the census weight: checked here, before the
		// keys are loaded and the proof made.
		if err := client.CheckBallot(def, member.Weight, votes); err != nil {
			return choiceError(err)
		}
		if keysDir == "" {
			keysDir = a.defaultKeysDir()
		}
		keys, err := prover.Load(keysDir, prover.JoinVote, def.Params)
		if err != nil {
			return err
		}
		sub, rec, err := client.Vote(keys, id, member, def, votes, a.logger())
		if err != nil {
			return err
		}
		if offline {
			// The record first: a vote without its record could never be changed.
			if err := rec.WriteFile(record, false); err != nil {
				return err
			}
			if err := sub.WriteFile(out, false); err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "submission: %s\nrecord: %s (private)\nnullifier: %s\n", out, record, fieldhex.Encode(sub.Statement.Nullifier))
			return nil
		}
		rf, err := conn.Cast(ctx, sub, rec, record, receiptFile)
		if errors.Is(err, client.ErrMaybeLogged) {
			fmt.Fprintf(a.stderr, "note: keeping %s and the submission beside it: the coordinator may have logged the vote; run the same command again to resend it\n", record)
		}
		if err != nil {
			return rpcError(err)
		}
		fmt.Fprintf(a.stdout, "accepted: entry %d of the poll's log\nreceipt: %s (signature checked)\nrecord: %s (private)\n", rf.Receipt.Index, receiptFile, record)
		return nil
	}
	f := cmd.Flags()
	f.BoolVar(&offline, "offline", false, "write the submission to a file instead of sending it")
	f.StringVar(&pollArg, "poll", "", "poll ID (or, with --offline, a poll definition file)")
	f.StringVar(&idFile, "identity", "", "identity keystore")
	f.StringVar(&passFile, "passphrase-file", "", "file holding the keystore passphrase (or set $"+passphraseEnv+")")
	f.StringVar(&censusFile, "census", "", "your census proof (from 'zkvote census proof') or the whole census file")
	f.StringVar(&choice, "choice", "", `ballot: OPTION[:WEIGHT],... where OPTION is a label or a number from 1, e.g. "yes", "2" or "yes:3,no:4"`)
	f.StringVar(&receiptFile, "receipt", "", "receipt file to write")
	f.StringVar(&out, "out", "", "with --offline: submission file to write")
	f.StringVar(&record, "record", "", "voter record file (default: RECEIPT.record.json, or SUBMISSION.record.json)")
	f.StringVar(&keysDir, "keys", "", "keys directory (default $"+keysEnv+" or ~/.zkvote/keys)")
	for _, req := range []string{"poll", "identity", "census", "choice"} {
		_ = cmd.MarkFlagRequired(req)
	}
	return cmd
}

func (a *app) verifyVoteCommand() *cobra.Command {
	var subFile, pollFile, keysDir string
	cmd := &cobra.Command{
		Use:   "verify-vote --submission FILE",
		Short: "Check a join+vote submission",
		Long: `Check a join+vote submission on its own: its proof verifies for the poll
it names, its ciphertext and keys are those the proof speaks of. The poll
is the one embedded in the submission unless --poll gives the one you
expect (then a submission for any other poll is refused).`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			sub, err := client.ReadSubmission(subFile)
			if err != nil {
				return err
			}
			def := sub.Poll
			if pollFile != "" {
				if def, err = poll.ReadFile(pollFile); err != nil {
					return err
				}
			}
			if def == nil {
				return usageError{subFile + " carries no poll definition: give --poll"}
			}
			p, err := def.Circuit()
			if err != nil {
				return err
			}
			vk, err := a.pinnedVerifyingKey(keysDir, def)
			if err != nil {
				return err
			}
			err = verifier.VerifyJoinVote(vk, def.Params, p, sub.Proof, &sub.Statement)
			if errors.Is(err, verifier.ErrWrongPoll) {
				return fmt.Errorf("%w: the submission names poll %s, %s defines %s", err,
					fieldhex.Encode(sub.Statement.PollID), pollFile, fieldhex.Encode(p.ID()))
			}
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "valid: yes\npoll id: %s\ntitle: %s\nnullifier: %s\n", fieldhex.Encode(p.ID()), def.Title, fieldhex.Encode(sub.Statement.Nullifier))
			if pollFile == "" {
				fmt.Fprintln(a.stdout, "note: checked against the poll carried in the submission; give --poll to check it against the poll you expect")
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&subFile, "submission", "", "submission file")
	f.StringVar(&pollFile, "poll", "", "expected poll definition (default: the one in the submission)")
	f.StringVar(&keysDir, "keys", "", "keys directory (default $"+keysEnv+" or ~/.zkvote/keys)")
	_ = cmd.MarkFlagRequired("submission")
	return cmd
}
