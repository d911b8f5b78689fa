package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/zkvote/zkvote/internal/fieldhex"
	"github.com/zkvote/zkvote/verifier"
)

func (a *app) verifyCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "verify DIR",
		Short: "Check a tallied poll from its published artefacts alone",
		Long: `Check a tallied poll from the files in DIR (what 'zkvote tally' writes and
'zkvote poll artefacts' downloads: results.json, log.json, keys/*.vk),
trusting no one: every join proof under the verifying key the poll pins,
that no member joined twice, the hash chain and the coordinator's seal,
every batch proof of the tally under the processing keys the poll pins,
and that the batches chain from the empty state through every entry of
the sealed log to the published totals. A changed total, a dropped, added
or reordered message, a swapped or altered proof fails, saying where.`,
		Args: cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			p, err := verifier.CheckPublished(args[0])
			if err != nil {
				return err
			}
			if a.json {
				def := p.Log.Definition
				return a.printJSON(map[string]any{"verified": true, "poll_id": fieldhex.Encode(p.Log.PollID), "title": def.Title,
					"mode": def.Mode.String(), "options": optionsJSON(def.Options, p.Results.Totals, p.Results.Spent),
					"participation": p.Joins, "entries": len(p.Log.Entries), "sealed_chain_hash": fieldhex.Encode(p.Log.Seal.ChainHash)})
			}
			a.printVerified(a.stdout, p)
			return nil
		},
	}
}

// printVerified prints a verified poll's result.
func (a *app) printVerified(w io.Writer, p *verifier.Published) {
	def := p.Log.Definition
	fmt.Fprintf(w, "verified: yes\npoll id: %s\ntitle: %s\nmode: %s\n", fieldhex.Encode(p.Log.PollID), def.Title, def.Mode)
	for i, o := range def.Options {
		fmt.Fprintf(w, "%s: %s (spent %s)\n", o, p.Results.Totals[i], p.Results.Spent[i])
	}
	fmt.Fprintf(w, "participation: %d members joined; %d entries in the sealed log, chain hash %s\n",
		p.Joins, len(p.Log.Entries), fieldhex.Encode(p.Log.Seal.ChainHash))
	fmt.Fprintln(w, "checked: every join proof, nullifiers, the chain and seal, every tally batch proof and their boundaries")
}
