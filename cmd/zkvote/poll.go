package main

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/zkvote/zkvote/census"
	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/ratelimit"
	"github.com/zkvote/zkvote/internal/fieldhex"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/prover"
)

func (a *app) pollCommand() *cobra.Command {
	return group("poll", "Define and manage polls", a.pollInitCommand(), a.pollCreateCommand(), a.pollShowCommand(),
		a.pollCloseCommand(), a.pollTallyCommand(), a.pollResultsCommand(), a.pollLogCommand(), a.pollArtefactsCommand())
}

// optionLabels reads --options: a count N (labels "Option 1".."Option N")
// or a comma-separated list of labels. A label may not be a number:
// --choice takes a number as an option's position (client.ParseChoice), so
// "--options 2,1" would make "--choice 1" name two options.
func optionLabels(s string) ([]string, error) {
	if n, err := strconv.Atoi(strings.TrimSpace(s)); err == nil {
		if n < 2 {
			return nil, usageError{fmt.Sprintf("--options %d: a poll needs at least 2 options", n)}
		}
		labels := make([]string, n)
		for i := range labels {
			labels[i] = fmt.Sprintf("Option %d", i+1)
		}
		return labels, nil
	}
	var labels []string
	for _, l := range strings.Split(s, ",") {
		l = strings.TrimSpace(l)
		if poll.IsNumber(l) {
			return nil, usageError{fmt.Sprintf(`--options: option labels must not be numbers (%q), since --choice N means the N-th option: give words, or --options N for N options labelled "Option 1".."Option N"`, l)}
		}
		labels = append(labels, l)
	}
	if len(labels) < 2 {
		return nil, usageError{fmt.Sprintf("--options %q: a poll needs at least 2 options (comma-separated labels, or a count)", s)}
	}
	if err := poll.CheckLabels(labels); err != nil {
		return nil, usageError{"--options: " + err.Error()}
	}
	return labels, nil
}

// checkText refuses a --title or --body that poll.Definition.Validate
// would, saying which flag to change. titleGiven tells whether --title was
// given (without it the title is "Untitled proposal").
func checkText(title string, titleGiven bool, body string) error {
	if titleGiven && strings.TrimSpace(title) == "" {
		return usageError{"--title is empty: give the proposal's title"}
	}
	if n := utf8.RuneCountInString(title); n > poll.MaxTitleChars {
		return usageError{fmt.Sprintf("--title is %d characters, at most %d: put the rest in --body", n, poll.MaxTitleChars)}
	}
	if len(body) > poll.MaxBodyBytes {
		return usageError{fmt.Sprintf("--body is %d bytes, at most %d: link to the full text instead", len(body), poll.MaxBodyBytes)}
	}
	return nil
}

// votingWindow reads --start and --end (RFC 3339, either may be empty). The
// window must end after it starts, and after now: a poll that has already
// closed could take no vote.
func votingWindow(start, end string, now time.Time) (from, to *time.Time, err error) {
	for _, w := range []struct {
		flag, value string
		dst         **time.Time
	}{{"--start", start, &from}, {"--end", end, &to}} {
		if w.value == "" {
			continue
		}
		t, err := time.Parse(time.RFC3339, w.value)
		if err != nil {
			return nil, nil, usageError{w.flag + ": want RFC 3339 time such as 2026-12-01T12:00:00Z"}
		}
		*w.dst = &t
	}
	if to != nil && !to.After(now) {
		return nil, nil, usageError{fmt.Sprintf("--end %s is in the past: the poll would take no vote", end)}
	}
	if from != nil && to != nil && !to.After(*from) {
		return nil, nil, usageError{fmt.Sprintf("--end %s is not after --start %s", end, start)}
	}
	return from, to, nil
}

func (a *app) pollInitCommand() *cobra.Command {
	var (
		censusFile, options, mode, coordKey, out, title, body, paramsName, start, end, keysDir string
		execTarget, execValue, execCalldata, proposalFile                                      string
		force                                                                                  bool
		slots, maxMessages                                                                     int
	)
	cmd := &cobra.Command{
		Use:   "init --census FILE --options N|LABELS --mode MODE --coordinator-key FILE --out POLLFILE",
		Short: "Write a poll definition file",
		Long: `Write a poll definition: the proposal, its options, the voting mode
(1p1v, weighted or quadratic), the census root, the coordinator's public key,
the voting window, the verifying keys of the join+vote and processing
circuits (from --keys: run 'zkvote setup' first) and, with
--execute-target, the call a passed proposal makes on-chain ('zkvote
deploy'). The poll ID printed is a hash of all of
it; voters' proofs are bound to it.

--proposal FILE takes the title, text, options, mode, window (voting opens
after the proposal's deliberation period) and payload with its passing
rule from a proposal file ('zkvote proposal check' explains it); the
flags that would say the same are then refused.

--options is a count N (options labelled "Option 1".."Option N") or
comma-separated labels. Labels must be words, not numbers: a ballot
(--choice) names an option by its label or by its number from 1, and a
number always means the position. A coordinator serves the same file ('zkvote poll
create').

--command-slots K gives every voter 4 rate identities of K command slots
each: a re-vote or key change must carry a pass (a small proof, made by
'zkvote revote' and 'key-change') that spends one, so no one can fill the
poll's command room and lock voters out of re-voting. Each joined voter's
4·K commands are reserved: the poll takes at most max_messages/(4·K)
voters (printed below). 0 turns passes off: then any client can fill the
command room (only for clients from before passes).

--max-messages caps the poll's commands (and so its joins, as above), by
default at the parameter set's cap (131,072 in the default set: 16,384
voters with 8 commands each). The tally proves every command the poll
took, about a third of a second each on a 2-core machine
(benchmarks/README.md), so a lower cap bounds how long the tally of a
flooded poll can take.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			params, err := circuits.ParamsByName(paramsName)
			if err != nil {
				return usageError{err.Error()}
			}
			if cmd.Flags().Changed("max-messages") && (maxMessages < 1 || maxMessages > params.MaxMessages) {
				return usageError{fmt.Sprintf("--max-messages %d not in [1, %d] (the %s parameter set's cap)", maxMessages, params.MaxMessages, params.Name)}
			}
			var prop *poll.Proposal
			if proposalFile != "" {
				for _, name := range []string{"options", "mode", "title", "body", "start", "end", "execute-target", "execute-value", "execute-calldata"} {
					if cmd.Flags().Changed(name) {
						return usageError{"--" + name + " and --proposal: the proposal file says it"}
					}
				}
				if prop, err = poll.ReadProposal(proposalFile); err != nil {
					return err
				}
				for _, o := range prop.Options {
					if strings.Contains(o, ",") {
						return fmt.Errorf("%s: option %q: labels cannot hold a comma", proposalFile, o)
					}
				}
				options, mode = strings.Join(prop.Options, ","), prop.Mode
			} else if options == "" {
				return usageError{"give --options (or --proposal FILE)"}
			}
			m, err := joinvote.ParseMode(mode)
			if err != nil {
				return usageError{"--mode: " + err.Error()}
			}
			labels, err := optionLabels(options)
			if err != nil {
				return err
			}
			if err := checkText(title, cmd.Flags().Changed("title"), body); err != nil {
				return err
			}
			from, to, err := votingWindow(start, end, time.Now())
			if err != nil {
				return err
			}
			c, err := census.ReadFile(censusFile, census.WithFullCheck()) // the root a poll publishes must be its members'
			if err != nil {
				return err
			}
			if c.Depth() != params.CensusDepth {
				return fmt.Errorf("census %s has depth %d, the %q parameter set needs %d (rebuild it with --depth %d)",
					censusFile, c.Depth(), params.Name, params.CensusDepth, params.CensusDepth)
			}
			key, err := poll.ReadPublicKey(coordKey)
			if err != nil {
				return err
			}
			if title == "" {
				title = "Untitled proposal"
			}
			if keysDir == "" {
				keysDir = a.defaultKeysDir()
			}
			_, manifest, err := prover.LoadVerifyingKey(keysDir, prover.JoinVote, params)
			if err != nil {
				return err
			}
			def, err := poll.New(params, title, labels, m, c.Root(), key, manifest.SHA256["vk"])
			if err != nil {
				return err
			}
			// The tally's keys are pinned now, before anyone votes.
			if def.ProcessingKeys, err = prover.ProcessingDigests(keysDir, params); err != nil {
				return err
			}
			if params.CommandProofs { // and the command proof's, which every command carries
				_, cm, err := prover.LoadVerifyingKey(keysDir, prover.Command, params)
				if err != nil {
					return err
				}
				def.CommandKey = cm.SHA256["vk"]
			}
			if slots < 0 || slots > ratelimit.MaxSlots {
				return usageError{fmt.Sprintf("--command-slots %d not in [0, %d]", slots, ratelimit.MaxSlots)}
			}
			if slots > 0 {
				_, pm, err := prover.LoadVerifyingKey(keysDir, prover.Pass, params)
				if err != nil {
					return fmt.Errorf("%w (or --command-slots 0 for a poll without command passes)", err)
				}
				def.CommandSlots, def.PassKey = slots, pm.SHA256["vk"]
			}
			if cmd.Flags().Changed("max-messages") {
				def.MaxMessages = maxMessages
			}
			def.Body = body
			if execTarget != "" {
				def.Execution = &poll.Execution{Target: execTarget, Value: execValue, Calldata: execCalldata}
			} else if execValue != "0" || execCalldata != "0x" {
				return usageError{"--execute-value and --execute-calldata need --execute-target"}
			}
			def.Start, def.End = from, to
			if prop != nil {
				if err := prop.Apply(def, time.Now()); err != nil {
					return fmt.Errorf("%s: %w", proposalFile, err)
				}
			}
			if err := def.WriteFile(out, force); err != nil {
				return err
			}
			id, err := def.ID()
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "poll: %s\npoll id: %s\noptions: %s\nmode: %s\ncensus root: %s\n",
				out, fieldhex.Encode(id), strings.Join(labels, ", "), m, fieldhex.Encode(def.CensusRoot))
			if def.CommandSlots > 0 {
				fmt.Fprintf(a.stdout, "room: %d voters, each up to %d commands (a re-vote sends one per option it changes); at most %d commands in all\n",
					def.MaxJoins(), def.CommandsPerVoter(), def.MaxMessages)
			} else {
				fmt.Fprintf(a.stdout, "room: %d voters; commands carry no pass: any client can fill the %d command slots\n", def.MaxJoins(), def.MaxMessages)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&censusFile, "census", "", "census file")
	f.StringVar(&options, "options", "", `number of options N (labelled "Option 1".."Option N"), or comma-separated labels; labels must not be numbers: --choice N always means the N-th option`)
	f.StringVar(&mode, "mode", "1p1v", "voting mode: 1p1v, weighted or quadratic")
	f.StringVar(&coordKey, "coordinator-key", "", "coordinator public (or private) key file")
	f.StringVar(&out, "out", "", "poll definition file to write")
	f.StringVar(&title, "title", "", fmt.Sprintf("proposal title, at most %d characters (default \"Untitled proposal\")", poll.MaxTitleChars))
	f.StringVar(&body, "body", "", fmt.Sprintf("proposal text, at most %d bytes (link to a longer document)", poll.MaxBodyBytes))
	f.StringVar(&start, "start", "", "voting opens (RFC 3339); default: now")
	f.StringVar(&end, "end", "", "voting closes (RFC 3339); default: when the coordinator closes it")
	f.StringVar(&paramsName, "params", "default", "parameter set: default, test or maci25")
	f.BoolVar(&force, "force", false, "replace an existing poll file")
	f.IntVar(&slots, "command-slots", 2, "command slots per rate identity (each voter has 4); 0: no command passes")
	f.IntVar(&maxMessages, "max-messages", 0, "most commands the poll takes (default: the parameter set's cap)")
	f.StringVar(&execTarget, "execute-target", "", "execution payload: the address the passed proposal calls (on-chain settlement)")
	f.StringVar(&execValue, "execute-value", "0", "execution payload: wei sent with the call")
	f.StringVar(&execCalldata, "execute-calldata", "0x", "execution payload: calldata (0x hex)")
	f.StringVar(&keysDir, "keys", "", "keys directory whose verifying keys (join+vote and processing) the poll pins (default $"+keysEnv+" or ~/.zkvote/keys)")
	f.StringVar(&proposalFile, "proposal", "", "proposal file: title, text, options, mode, window, payload and passing rule")
	for _, req := range []string{"census", "coordinator-key", "out"} {
		_ = cmd.MarkFlagRequired(req)
	}
	return cmd
}
