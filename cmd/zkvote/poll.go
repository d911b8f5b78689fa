package main

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/zkvote/zkvote/census"
	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/internal/fieldhex"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/prover"
)

func (a *app) pollCommand() *cobra.Command {
	return group("poll", "Define and manage polls", a.pollInitCommand(), a.pollCreateCommand(), a.pollShowCommand(),
		a.pollCloseCommand(), a.pollTallyCommand(), a.pollResultsCommand(), a.pollLogCommand(), a.pollArtefactsCommand())
}

// optionLabels reads --options: a count (labels "Option 1".."Option N") or
// a comma-separated list of labels.
func optionLabels(s string) ([]string, error) {
	if n, err := strconv.Atoi(strings.TrimSpace(s)); err == nil {
		if n < 2 {
			return nil, fmt.Errorf("--options %d: a poll needs at least 2 options", n)
		}
		labels := make([]string, n)
		for i := range labels {
			labels[i] = fmt.Sprintf("Option %d", i+1)
		}
		return labels, nil
	}
	var labels []string
	for _, l := range strings.Split(s, ",") {
		labels = append(labels, strings.TrimSpace(l))
	}
	return labels, nil
}

func (a *app) pollInitCommand() *cobra.Command {
	var (
		censusFile, options, mode, coordKey, out, title, body, paramsName, start, end, keysDir string
		execTarget, execValue, execCalldata                                                    string
		force                                                                                  bool
	)
	cmd := &cobra.Command{
		Use:   "init --census FILE --options N|LABELS --mode MODE --coordinator-key FILE --out POLLFILE",
		Short: "Write a poll definition file",
		Long: `Write a poll definition: the proposal, its options, the voting mode
(1p1v, weighted or quadratic), the census root, the coordinator's public key
the voting window, the verifying keys of the join+vote and processing
circuits (from --keys: run 'zkvote setup' first) and, with
--execute-target, the call a passed proposal makes on-chain ('zkvote
deploy'). The poll ID printed is a hash of all of
it; voters' proofs are bound to it. A coordinator serves the same file ('zkvote poll
create').`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			params, err := circuits.ParamsByName(paramsName)
			if err != nil {
				return usageError{err.Error()}
			}
			m, err := joinvote.ParseMode(mode)
			if err != nil {
				return usageError{"--mode: " + err.Error()}
			}
			labels, err := optionLabels(options)
			if err != nil {
				return usageError{err.Error()}
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
			def.Body = body
			if execTarget != "" {
				def.Execution = &poll.Execution{Target: execTarget, Value: execValue, Calldata: execCalldata}
			} else if execValue != "0" || execCalldata != "0x" {
				return usageError{"--execute-value and --execute-calldata need --execute-target"}
			}
			for _, w := range []struct {
				flag, value string
				dst         **time.Time
			}{{"--start", start, &def.Start}, {"--end", end, &def.End}} {
				if w.value == "" {
					continue
				}
				t, err := time.Parse(time.RFC3339, w.value)
				if err != nil {
					return usageError{w.flag + ": want RFC 3339 time such as 2026-12-01T12:00:00Z"}
				}
				*w.dst = &t
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
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&censusFile, "census", "", "census file")
	f.StringVar(&options, "options", "", "number of options, or comma-separated labels")
	f.StringVar(&mode, "mode", "1p1v", "voting mode: 1p1v, weighted or quadratic")
	f.StringVar(&coordKey, "coordinator-key", "", "coordinator public (or private) key file")
	f.StringVar(&out, "out", "", "poll definition file to write")
	f.StringVar(&title, "title", "", "proposal title")
	f.StringVar(&body, "body", "", "proposal text")
	f.StringVar(&start, "start", "", "voting opens (RFC 3339); default: now")
	f.StringVar(&end, "end", "", "voting closes (RFC 3339); default: when the coordinator closes it")
	f.StringVar(&paramsName, "params", "default", "parameter set: default, test or maci25")
	f.BoolVar(&force, "force", false, "replace an existing poll file")
	f.StringVar(&execTarget, "execute-target", "", "execution payload: the address the passed proposal calls (on-chain settlement)")
	f.StringVar(&execValue, "execute-value", "0", "execution payload: wei sent with the call")
	f.StringVar(&execCalldata, "execute-calldata", "0x", "execution payload: calldata (0x hex)")
	f.StringVar(&keysDir, "keys", "", "keys directory whose verifying keys (join+vote and processing) the poll pins (default $"+keysEnv+" or ~/.zkvote/keys)")
	for _, req := range []string{"census", "options", "coordinator-key", "out"} {
		_ = cmd.MarkFlagRequired(req)
	}
	return cmd
}
