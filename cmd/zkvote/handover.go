package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/zkvote/zkvote/client"
)

func (a *app) handOverCommand() *cobra.Command {
	var recordFile, out string
	var give int
	cmd := &cobra.Command{
		Use:   "hand-over --record FILE --out FILE [--give N]",
		Short: "Write a copy of your voter record to give someone who demands it",
		Long: `Write a copy of your voter record for someone who demands your secrets,
a briber or a coercer: it holds your keys and N of your four rate identities
(the command passes of a poll with passes), and shows the others as
padding, which nothing can tell from real identities. Your own record
stops using the N identities given away, so your later re-votes and key
changes go through on the ones you kept, and the holder cannot see them:
the slots of the identities given away stay exactly as the holder will
find them. The holder can spend those slots, but not yours.

Give the copy, not your record. Do it before the holder sends anything
with it; see docs/threat-model.md for what this does and does not hide.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			rec, err := client.ReadRecord(recordFile)
			if err != nil {
				return err
			}
			copyRec, err := rec.HandOver(give)
			if err != nil {
				return err
			}
			if err := copyRec.WriteFile(out, false); err != nil {
				return err
			}
			if err := rec.WriteFile(recordFile, true); err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "wrote %s with %d of your rate identities; %s keeps the others and no longer uses those\n", out, give, recordFile)
			return nil
		},
	}
	cmd.Flags().StringVar(&recordFile, "record", "", "your voter record")
	cmd.Flags().StringVar(&out, "out", "", "the copy to write")
	cmd.Flags().IntVar(&give, "give", 1, "rate identities to give away (the rest are kept back)")
	_ = cmd.MarkFlagRequired("record")
	_ = cmd.MarkFlagRequired("out")
	return cmd
}
