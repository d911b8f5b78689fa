package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/zkvote/zkvote/internal/fieldhex"
	"github.com/zkvote/zkvote/verifier"
)

func (a *app) verifyCommand() *cobra.Command {
	var censusFile string
	cmd := &cobra.Command{
		Use:   "verify DIR [--census FILE]",
		Short: "Check a tallied poll from its published artefacts alone",
		Long: `Check a tallied poll from the files in DIR (what 'zkvote tally' writes and
'zkvote poll artefacts' downloads: results.json, log.json, keys/*.vk),
trusting no one: every join proof under the verifying key the poll pins,
that no member joined twice, the hash chain and the coordinator's seal,
every batch proof of the tally under the processing keys the poll pins,
and that the batches chain from the empty state through every entry of
the sealed log to the published totals. A changed total, a dropped, added
or reordered message, a swapped or altered proof fails, saying where.

` + turnoutHelp,
		Args: cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			p, err := verifier.CheckPublished(args[0])
			if err != nil {
				return err
			}
			members := 0
			if censusFile != "" {
				if members, err = censusSize(censusFile, p.Log.Definition.CensusRoot); err != nil {
					return err
				}
			}
			if a.json {
				def := p.Log.Definition
				return a.printJSON(turnoutJSON(map[string]any{"verified": true, "poll_id": fieldhex.Encode(p.Log.PollID), "title": def.Title,
					"mode": def.Mode.String(), "options": optionsJSON(def.Options, p.Results.Totals, p.Results.Spent),
					"entries": len(p.Log.Entries), "sealed_chain_hash": fieldhex.Encode(p.Log.Seal.ChainHash)}, p.Joins, members))
			}
			a.printVerified(a.stdout, p, members)
			return nil
		},
	}
	cmd.Flags().StringVar(&censusFile, "census", "", "the poll's census file, to show turnout")
	return cmd
}

// printVerified prints a verified poll's result, with the turnout if the
// census's size (members) is known, above 0.
func (a *app) printVerified(w io.Writer, p *verifier.Published, members int) {
	def := p.Log.Definition
	fmt.Fprintf(w, "verified: yes\npoll id: %s\ntitle: %s\nmode: %s\n", fieldhex.Encode(p.Log.PollID), def.Title, def.Mode)
	for i, o := range def.Options {
		fmt.Fprintf(w, "%s: %s (spent %s)\n", o, p.Results.Totals[i], p.Results.Spent[i])
	}
	fmt.Fprintln(w, turnout(p.Joins, members))
	fmt.Fprintf(w, "sealed log: %d entries, chain hash %s\n", len(p.Log.Entries), fieldhex.Encode(p.Log.Seal.ChainHash))
	if p.Log.OnChain > 0 {
		fmt.Fprintf(w, "on-chain: %d entries through the Poll contract (%d duplicate joins and %d copied commands skipped), on-chain sub-chain %s\n",
			p.Log.OnChain, p.Log.Duplicates, p.Log.Copies, fieldhex.Encode(p.Log.OnChainHash))
	}
	if def.Params.CommandProofs {
		fmt.Fprintln(w, "checked: every join proof, nullifiers, every command proof, the chain and seal, every tally batch proof and their boundaries")
		return
	}
	fmt.Fprintln(w, "checked: every join proof, nullifiers, the chain and seal, every tally batch proof and their boundaries")
}
