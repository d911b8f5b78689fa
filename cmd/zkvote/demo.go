package main

import (
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/zkvote/zkvote/census"
	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/client"
	"github.com/zkvote/zkvote/coordinator/process"
	"github.com/zkvote/zkvote/internal/fieldhex"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/prover"
	"github.com/zkvote/zkvote/verifier"
)

func (a *app) demoCommand() *cobra.Command {
	var dir, keysDir, paramsName string
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Run a whole poll on this machine and explain each step",
		Long: `Run a poll end to end on this machine: identities, a weighted census,
a quadratic poll, anonymous join+vote proofs, a double-vote attempt, a
re-vote with a key change (how bribery is made unprovable), and the tally.

The first run makes development keys (a few seconds) and keeps them in the
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
			d := &demo{a: a, out: a.stdout, dir: dir, keysDir: keysDir, params: params}
			return d.run(cmd)
		},
	}
	f := cmd.Flags()
	f.StringVar(&dir, "dir", "", "keep the demo's files here (default: a temporary directory, removed at the end)")
	f.StringVar(&keysDir, "keys", "", "keys directory (default $"+keysEnv+" or ~/.zkvote/keys)")
	f.StringVar(&paramsName, "params", "default", "parameter set: default or test")
	return cmd
}

type demo struct {
	a       *app
	out     io.Writer
	dir     string
	keysDir string
	params  circuits.Params
	step    int
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
	voters := []*demoVoter{
		{name: "alice", weight: 16, choice: "yes:4"},
		{name: "bob", weight: 9, choice: "no:3"},
		{name: "carol", weight: 4, choice: "yes:1,no:1"},
	}
	fmt.Fprintf(d.out, "zkvote demo — files in %s, parameter set %q (%s)\n", d.dir, d.params.Name, d.params.ID())

	d.title("Voters create identities (a secret each; the census lists only its hash)")
	var members []census.Member
	for _, v := range voters {
		id, err := client.NewIdentity(nil)
		if err != nil {
			return err
		}
		v.id = id
		if err := client.SaveIdentity(filepath.Join(d.dir, v.name+".identity.json"), id, nil, client.Overwrite()); err != nil {
			return err
		}
		members = append(members, census.Member{Commitment: id.Commitment(), Weight: big.NewInt(v.weight)})
		d.say("%-6s commitment %s…  weight %d", v.name, fieldhex.Encode(id.Commitment())[:18], v.weight)
	}

	d.title("The DAO builds a census: a Poseidon2 Merkle tree of (commitment, weight)")
	c, err := census.Build(members, d.params.CensusDepth)
	if err != nil {
		return err
	}
	if err := c.WriteFile(filepath.Join(d.dir, "census.json")); err != nil {
		return err
	}
	d.say("root %s, depth %d (room for %d members)", fieldhex.Encode(c.Root()), c.Depth(), uint64(1)<<c.Depth())

	d.title("Proving keys for the join+vote circuit")
	keys, err := prover.Load(d.keysDir, prover.JoinVote, d.params)
	if err != nil {
		d.say("none in %s yet: making development keys (single-party setup: NOT for real polls)…", d.keysDir)
		start := time.Now()
		if keys, err = prover.SetupDev(cmd.Context(), prover.JoinVote, d.params, nil); err != nil {
			return err
		}
		if err := keys.Save(d.keysDir); err != nil {
			return err
		}
		d.say("done in %s", time.Since(start).Round(time.Second))
	}
	d.say("%d constraints, keys in %s", keys.Manifest.Constraints, d.keysDir)

	d.title("The coordinator makes its key; the poll is defined over the census")
	coord, err := babyjub.GenerateKey(nil)
	if err != nil {
		return err
	}
	def, err := poll.New(d.params, "Fund the security audit from the treasury?", []string{"yes", "no"},
		joinvote.ModeQuadratic, c.Root(), coord.Public(), keys.VerifyingKeyDigest())
	if err != nil {
		return err
	}
	if err := def.WriteFile(filepath.Join(d.dir, "poll.json"), true); err != nil {
		return err
	}
	pollID, _ := def.ID()
	p, _ := def.Circuit()
	d.say("%q — options %s, quadratic voting (weight = credits, a vote of n costs n²)", def.Title, strings.Join(def.Options, ", "))
	d.say("poll id %s (it pins verifying key %s…)", fieldhex.Encode(pollID), def.VerifyingKey[:16])

	d.title("Each voter proves membership and casts an encrypted ballot, anonymously")
	proc := process.New(d.params, p, coord)
	nullifiers := map[string]bool{}
	records := map[string]*client.Record{}
	var subs []*client.Submission
	for _, v := range voters {
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
		// What the coordinator's intake does: verify, then check the nullifier.
		if err := verifier.VerifyJoinVote(keys.VK, d.params, p, sub.Proof, &sub.Statement); err != nil {
			return err
		}
		nullifiers[fieldhex.Encode(sub.Statement.Nullifier)] = true
		idx, err := proc.Join(&sub.Statement)
		if err != nil {
			return err
		}
		rec.StateIndex = &idx
		records[v.name] = rec
		subs = append(subs, sub)
		d.say("%-6s votes %-10s proof %d bytes, made in %s, verified; public: nullifier %s…",
			v.name, v.choice, len(sub.Proof), elapsed.Round(time.Millisecond), fieldhex.Encode(sub.Statement.Nullifier)[:14])
	}
	d.say("the coordinator sees three valid proofs, not who made them; ballots are encrypted to its key")

	d.title("Alice tries to vote twice")
	member, _ := c.Proof(voters[0].id.Commitment())
	again, _, err := client.Vote(keys, voters[0].id, member, def, []*big.Int{big.NewInt(0), big.NewInt(4)}, nil)
	if err != nil {
		return err
	}
	if nullifiers[fieldhex.Encode(again.Statement.Nullifier)] {
		d.say("refused: the proof is valid but its nullifier was already used — one join per member per poll")
	} else {
		return fmt.Errorf("demo: the second join was not detected")
	}

	d.title("A briber pays Bob to vote yes; Bob complies in front of him, then quietly changes key")
	var log []process.Message
	bribed := *records["bob"]
	bmsgs, err := client.Revote(def, &bribed, []*big.Int{big.NewInt(3), big.NewInt(0)})
	if err != nil {
		return err
	}
	kmsgs, err := client.KeyChange(def, records["bob"])
	if err != nil {
		return err
	}
	for _, m := range append(bmsgs, kmsgs...) {
		log = append(log, process.Message{EphemeralKey: m.EphemeralKey, Ciphertext: m.Ciphertext})
	}
	d.say("the briber saw Bob's re-vote messages; nobody but the coordinator can tell that Bob's later")
	d.say("key change voids them — so the briber cannot know what he bought (%d messages in the log)", len(log))

	d.title("The coordinator processes the messages (newest first) and tallies")
	counted := proc.Process(log)
	totals, spent := proc.Tally()
	for i, o := range def.Options {
		d.say("%-4s %s votes (%s credits spent)", o, totals[i], spent[i])
	}
	d.say("%d of %d messages counted; which ones is the coordinator's secret", counted, len(log))
	d.say("NOTE: this tally is computed natively. Proving it (ProcessMessages/TallyVotes circuits),")
	d.say("verifying it on-chain and executing the proposal are the next milestones.")

	fmt.Fprintf(d.out, "\nDone. %d join+vote proofs made and verified.\n", len(subs)+1)
	return nil
}
