package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/client"
	"github.com/zkvote/zkvote/coordinator"
	"github.com/zkvote/zkvote/coordinator/server"
	"github.com/zkvote/zkvote/internal/fieldhex"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/prover"
	"github.com/zkvote/zkvote/receipt"
	"github.com/zkvote/zkvote/verifier"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

func (a *app) demoCommand() *cobra.Command {
	var dir, keysDir, paramsName, mode, rpc, censusKind string
	var veto bool
	var extra int
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Run a whole poll on this machine and explain each step",
		Long: `Run a poll end to end on this machine: identities, a weighted census,
an in-process coordinator (gRPC on localhost, Pebble store), a quadratic
poll, anonymous join+vote proofs, a refused double vote, a re-vote undone
by a key change (how bribery is made unprovable), the sealed log, the
proven tally, a re-check of the public log, every receipt and the whole
poll from its published files, and then the chain: on an in-process
simulated Ethereum chain, the poll's contracts (exported verifiers, Poll,
Tally, Executor with a timelock and a council veto) are deployed, the
sealed log anchored, every tally proof checked on-chain, and the passed
proposal's payload (1 ether from the treasury to the auditor) executed
after the timelock — or, with --veto, vetoed by the council.

The first run makes development keys (about three minutes for the default
parameter set on 2 cores; seconds for --params test) and keeps them in the
keys directory for later runs.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			params, err := circuits.ParamsByName(paramsName)
			if err != nil {
				return usageError{err.Error()}
			}
			if dir == "" {
				tmp, err := os.MkdirTemp("", "zkvote-demo-")
				if err != nil {
					return err
				}
				defer os.RemoveAll(tmp)
				dir = tmp
			} else if err := os.MkdirAll(dir, 0o755); err != nil {
				return err
			}
			if keysDir == "" {
				keysDir = a.defaultKeysDir()
			}
			m, err := joinvote.ParseMode(mode)
			if err != nil {
				return usageError{"--mode: " + err.Error()}
			}
			if limit := min(1000, 1<<params.StateDepth-3); extra < 0 || extra > limit {
				return usageError{fmt.Sprintf("--voters: want 0 to %d more voters (the %q parameter set's state tree holds %d)", limit, params.Name, 1<<params.StateDepth)}
			}
			d := &demo{a: a, out: a.stdout, dir: dir, keysDir: keysDir, params: params, temporary: !cmd.Flags().Changed("dir") && !cmd.Flags().Changed("keep"), veto: veto,
				mode: m, extra: extra, rpc: rpc, censusKind: censusKind}
			if censusKind != "token" && censusKind != "reputation" {
				return usageError{"--census: token or reputation"}
			}
			return d.run(cmd)
		},
	}
	f := cmd.Flags()
	f.StringVar(&dir, "dir", "", "keep the demo's files here (default: a temporary directory, removed at the end)")
	f.StringVar(&dir, "keep", "", "the same as --dir")
	f.StringVar(&keysDir, "keys", "", "keys directory (default $"+keysEnv+" or ~/.zkvote/keys)")
	f.StringVar(&paramsName, "params", "default", "parameter set: default, test or maci25")
	f.BoolVar(&veto, "veto", false, "have the council veto the passed proposal during the timelock")
	f.StringVar(&mode, "mode", "quadratic", "voting mode: 1p1v, weighted or quadratic")
	f.StringVar(&censusKind, "census", "token", "where weights come from: token (an ERC20Votes snapshot) or reputation (a points file with decay)")
	f.StringVar(&rpc, "rpc", "", "use this Ethereum node instead of the simulated chain (the DAO's funded key in $"+ethKeyEnv+"; 15 s timelock)")
	f.IntVar(&extra, "voters", 0, "this many more voters (1 GOV each, random choices): a bigger run that shows throughput")
	return cmd
}

type demo struct {
	a       *app
	out     io.Writer
	dir     string
	keysDir string
	params  circuits.Params
	step    int
	// temporary is set when dir is removed at the end (no --dir).
	temporary bool
	// veto has the council veto the passed proposal.
	veto bool
	// mode is the poll's voting mode; extra, how many more voters.
	mode  joinvote.Mode
	extra int
	// rpc, when set, is the node the demo uses instead of the simulated chain.
	rpc string
	// censusKind is where the weights come from: "token" or "reputation".
	censusKind string
}

func (d *demo) say(format string, args ...any) {
	fmt.Fprintf(d.out, "   "+format+"\n", args...)
}

func (d *demo) title(s string) {
	d.step++
	fmt.Fprintf(d.out, "\n%d. %s\n", d.step, s)
}

type demoVoter struct {
	name   string
	weight int64
	choice string
	id     *client.Identity
}

func (d *demo) run(cmd *cobra.Command) error {
	voters := d.voters()
	fmt.Fprintf(d.out, "zkvote demo — files in %s, parameter set %q (%s), %s voting, %d voters\n", d.dir, d.params.Name, d.params.ID(), d.mode, len(voters))

	d.title("A simulated Ethereum chain starts (in this process): the DAO, its coordinator and council, the voters")
	dev, err := d.openChain(cmd.Context(), demoFirstVoter+len(voters))
	if err != nil {
		return err
	}
	defer dev.close()
	auditorKey, err := crypto.GenerateKey()
	if err != nil {
		return err
	}
	auditor := crypto.PubkeyToAddress(auditorKey.PublicKey)
	d.say("chain %d; the DAO %s, the coordinator %s, a council of %s, %s, %s (2 of 3 veto)", dev.ChainID, short(dev.Addrs[demoDAO]),
		short(dev.Addrs[demoCoordinator]), short(dev.Addrs[2]), short(dev.Addrs[3]), short(dev.Addrs[4]))
	c, err := d.tokenCensus(cmd.Context(), dev, voters)
	if err != nil {
		return err
	}

	circuitNames := append([]string{prover.JoinVote, prover.Pass}, prover.Processing...)
	if d.params.CommandProofs {
		d.title("Proving keys: the join+vote circuit, the command pass, the command proof and the three processing circuits")
		circuitNames = append(circuitNames, prover.Command)
	} else {
		d.title("Proving keys: the join+vote circuit, the command pass and the three processing circuits")
	}
	var keys, passKeys, cmdKeys *prover.Keys
	for _, name := range circuitNames {
		k, err := prover.Load(d.keysDir, name, d.params)
		if err != nil {
			d.say("%s: none in %s yet: making development keys (single-party setup: NOT for real polls)…", name, d.keysDir)
			start := time.Now()
			stop := d.a.spin("setup: " + name)
			k, err = prover.SetupDev(cmd.Context(), name, d.params, nil)
			stop()
			if err != nil {
				return err
			}
			if err := k.Save(d.keysDir); err != nil {
				return err
			}
			d.say("done in %s", time.Since(start).Round(time.Second))
		}
		d.say("%-16s %7d constraints", name, k.Manifest.Constraints)
		switch name {
		case prover.JoinVote:
			keys = k
		case prover.Pass:
			passKeys = k
		case prover.Command:
			cmdKeys = k
		}
	}
	processing, err := prover.ProcessingDigests(d.keysDir, d.params)
	if err != nil {
		return err
	}
	d.say("keys in %s", d.keysDir)

	d.title("A coordinator starts (in this process, gRPC on localhost, Pebble store)")
	cfg := coordinator.Defaults()
	cfg.Listen, cfg.DataDir, cfg.KeysDir = "127.0.0.1:0", filepath.Join(d.dir, "coordinator"), d.keysDir
	ctx, stop := context.WithCancel(cmd.Context())
	defer stop()
	addrCh, served := make(chan string, 1), make(chan error, 1)
	go func() {
		served <- server.Run(ctx, cfg, slog.New(slog.DiscardHandler), func(addr string) { addrCh <- addr })
	}()
	var addr string
	select {
	case addr = <-addrCh:
	case err := <-served:
		return err
	}
	defer func() { stop(); <-served }()
	token, err := os.ReadFile(filepath.Join(cfg.DataDir, coordinator.AdminTokenFile))
	if err != nil {
		return err
	}
	conn, err := client.Dial(addr, client.WithAdminToken(strings.TrimSpace(string(token))))
	if err != nil {
		return err
	}
	defer conn.Close()
	coordKey, signing, err := conn.Info(ctx)
	if err != nil {
		return err
	}
	d.say("listening on %s; receipts are signed with Ed25519 key %x…", addr, signing[:8])

	d.title("The poll is defined over the census and opened on the coordinator")
	def, err := poll.New(d.params, "Fund the security audit from the treasury?", []string{"yes", "no"},
		d.mode, c.Root(), coordKey, keys.VerifyingKeyDigest())
	if err != nil {
		return err
	}
	def.ProcessingKeys = processing
	def.CommandSlots, def.PassKey = demoCommandSlots, passKeys.VerifyingKeyDigest()
	if cmdKeys != nil {
		def.CommandKey = cmdKeys.VerifyingKeyDigest()
	}
	passes := &client.Passes{Def: def, Keys: passKeys}
	def.Execution = &poll.Execution{Target: auditor.Hex(), Value: d.payout().String(), Calldata: "0x"}
	if err := def.WriteFile(filepath.Join(d.dir, "poll.json"), true); err != nil {
		return err
	}
	pollID, err := conn.CreatePoll(ctx, def)
	if err != nil {
		return err
	}
	d.say("%q — options %s, %s", def.Title, strings.Join(def.Options, ", "), modeText(d.mode))
	d.say("poll id %s (it pins the join+vote verifying key %s… and the processing keys)", fieldhex.Encode(pollID), def.VerifyingKey[:16])
	d.say("if it passes, %s wei go from the treasury to the auditor %s (the payload is part of the poll id)", d.payout(), short(auditor))
	deployment, err := d.deploy(ctx, dev, def)
	if err != nil {
		return err
	}

	d.title("Each voter proves membership and casts an encrypted ballot, anonymously")
	records := map[string]*client.Record{}
	var receipts []*receipt.File
	var proving, intake time.Duration
	for i, v := range voters {
		member, err := c.Proof(v.id.Commitment())
		if err != nil {
			return err
		}
		votes, err := client.ParseChoice(v.choice, def.Options)
		if err != nil {
			return err
		}
		start := time.Now()
		sub, rec, err := client.Vote(keys, v.id, member, def, votes, nil)
		if err != nil {
			return err
		}
		elapsed := time.Since(start)
		rf, idx, err := conn.SubmitVote(ctx, sub)
		if err != nil {
			return rpcError(err)
		}
		proving, intake = proving+elapsed, intake+time.Since(start)-elapsed
		rec.StateIndex = &idx
		records[v.name] = rec
		receipts = append(receipts, rf)
		if i < 3 {
			d.say("%-6s votes %-10s proved in %s; the coordinator verified it: receipt for entry %d",
				v.name, v.choice, elapsed.Round(time.Millisecond), rf.Receipt.Index)
		}
	}
	if d.extra > 0 {
		d.say("%d more voters voted: %d proofs in %s (%.1f per second on this machine), the coordinator's intake %s in all",
			d.extra, len(voters), proving.Round(time.Millisecond), float64(len(voters))/proving.Seconds(), intake.Round(time.Millisecond))
	}
	d.say("the coordinator saw %d valid proofs, not who made them; the ballots are encrypted to its key", len(voters))

	d.title("Alice tries to vote twice")
	member, _ := c.Proof(voters[0].id.Commitment())
	otherVotes, err := client.ParseChoice(voters[1].choice, def.Options)
	if err != nil {
		return err
	}
	again, _, err := client.Vote(keys, voters[0].id, member, def, fitBallot(otherVotes), nil)
	if err != nil {
		return err
	}
	if _, _, err := conn.SubmitVote(ctx, again); status.Code(err) == codes.AlreadyExists {
		d.say("refused (%s): the proof is valid but its nullifier was already used — one join per member", status.Code(err))
	} else {
		return fmt.Errorf("demo: the second join was not refused: %v", err)
	}

	// submit sends commands from rec's client, each with its command proof
	// in a poll with command proofs.
	submit := func(msgs []*client.Message, rec *client.Record) ([]*receipt.File, error) {
		if cmdKeys != nil {
			if err := client.ProveCommands(cmdKeys, def, msgs); err != nil {
				return nil, err
			}
		}
		rs, err := conn.SubmitMessages(ctx, msgs, rec, passes)
		return rs, rpcError(err)
	}

	d.title("A briber pays Bob to vote yes; Bob complies in front of him, then quietly changes key")
	// Bob hands over his keys and one of his four rate identities, and
	// says the other three are padding: nothing public can tell.
	bribed, err := records["bob"].HandOver(1)
	if err != nil {
		return err
	}
	bought, err := client.ParseChoice(d.bribedChoice(), def.Options)
	if err != nil {
		return err
	}
	bmsgs, err := client.Revote(def, bribed, bought)
	if err != nil {
		return err
	}
	rs, err := submit(bmsgs, bribed)
	if err != nil {
		return err
	}
	receipts = append(receipts, rs...)
	// Then he spends every slot of that identity, so that (he thinks) Bob
	// can send nothing after him.
	burnt := 0
	for {
		msgs, err := client.KeyChange(def, bribed)
		if err != nil {
			return err
		}
		rs, err := submit(msgs, bribed)
		receipts = append(receipts, rs...)
		burnt += len(rs)
		if errors.Is(err, client.ErrNoPasses) {
			break
		} else if err != nil {
			return err
		}
	}
	if burnt == 0 {
		d.say("the briber saw Bob's re-vote accepted; it used every command slot of the rate identity Bob gave him")
	} else {
		d.say("the briber saw Bob's re-vote accepted, then spent the last %d command slot(s) of the rate identity Bob gave him", burnt)
	}
	kmsgs, err := client.KeyChange(def, records["bob"])
	if err != nil {
		return err
	}
	rs, err = submit(kmsgs, records["bob"])
	if err != nil {
		return err
	}
	receipts = append(receipts, rs...)
	d.say("Bob's key change still goes through, on a rate identity the briber cannot know exists; nobody but")
	d.say("the coordinator can tell that it voids the bought re-vote — so the briber cannot know what he bought")

	d.title("Someone who is not Carol sends a command for her ballot")
	forged, err := forgedCommand(def, *records["carol"].StateIndex)
	if err != nil {
		return err
	}
	// Commands need a pass: the forger is a voter too (Alice's client).
	rs, err = submit([]*client.Message{forged}, records["alice"])
	if err != nil {
		return err
	}
	receipts = append(receipts, rs...)
	if cmdKeys != nil {
		d.say("accepted and receipted like any other (intake cannot tell, and must not say): its command proof")
		d.say("holds for the forger's own key, not Carol's, so the tally skips it — Carol's ballot stands")
	} else {
		d.say("accepted and receipted like any other (intake cannot tell, and must not say): it is not signed")
		d.say("by Carol's key, so the tally skips it — Carol's ballot stands")
	}

	d.title("The poll closes: the coordinator seals its log and proves the tally")
	seal, err := conn.ClosePoll(ctx, pollID)
	if err != nil {
		return rpcError(err)
	}
	d.say("sealed: %d entries, chain hash %s…, signature checked", seal.Count, fieldhex.Encode(seal.ChainHash)[:18])
	start := time.Now()
	job, err := conn.StartTally(ctx, pollID)
	if err != nil {
		return rpcError(err)
	}
	if job, err = followTally(ctx, job, d.a.newTallyProgress(), func() (*poll.TallyJob, error) { return conn.TallyJob(ctx, pollID) }); err != nil {
		return rpcError(err)
	}
	if job.State != poll.JobDone {
		return fmt.Errorf("demo: the tally failed: %s", job.Error)
	}
	d.say("%d batch proofs (split, joins, commands) made in %s", job.Proofs, time.Since(start).Round(time.Second))
	res, err := conn.Results(ctx, pollID)
	if err != nil {
		return rpcError(err)
	}
	for i, o := range def.Options {
		d.say("%-4s %s votes (%s credits spent)", o, res.Totals[i], res.Spent[i])
	}
	d.say("proven: %v; which messages counted, and how many, is the coordinator's secret: results never say", res.Proven)
	info, err := conn.Poll(ctx, pollID)
	if err != nil {
		return rpcError(err)
	}
	d.say("turnout: %d of %d members joined (%s); the demo holds the census", info.Joins, c.Len(), percent(info.Joins, c.Len()))
	if want := d.expected(); want != "" && fmt.Sprint(res.Totals) != want {
		return fmt.Errorf("demo: the tally is %v, the story gives %s", res.Totals, want)
	}

	d.title("Anyone re-checks the receipts and the whole poll from the published files")
	l, err := conn.PublicLog(ctx, pollID)
	if err != nil {
		return rpcError(err)
	}
	checked, err := verifier.CheckLog(l, keys.VK)
	if err != nil {
		return err
	}
	for _, rf := range receipts {
		if err := checked.CheckReceipt(&rf.Receipt, rf.SigningKey); err != nil {
			return err
		}
	}
	d.say("all %d receipts are in the sealed log", len(receipts))
	files, err := conn.Artefacts(ctx, pollID)
	if err != nil {
		return rpcError(err)
	}
	out := filepath.Join(d.dir, "artefacts")
	if err := poll.WriteArtefacts(out, files, true); err != nil {
		return err
	}
	published, err := verifier.CheckPublished(out)
	if err != nil {
		return err
	}
	if def.Params.CommandProofs {
		d.say("zkvote verify %s: %d join and %d command proofs, the chain and the seal, %d tally proofs and their", out, published.Log.Joins, published.Log.Messages, job.Proofs)
	} else {
		d.say("zkvote verify %s: %d join proofs, the chain and the seal, %d tally proofs and their", out, published.Log.Joins, job.Proofs)
	}
	d.say("boundaries check out: the totals above are proven (keys from a development setup)")
	if err := d.settle(ctx, dev, deployment, published, auditor); err != nil {
		return err
	}
	if d.temporary {
		d.say("(the demo's files are removed now; run with --dir DIR to keep them and check them again with zkvote verify DIR/artefacts)")
	}

	fmt.Fprintf(d.out, "\nDone.\n")
	return nil
}
