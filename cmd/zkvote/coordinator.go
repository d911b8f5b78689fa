package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/poll"
)

func (a *app) coordinatorCommand() *cobra.Command {
	return group("coordinator", "Run and manage a coordinator", a.coordinatorKeygenCommand())
}

// pubPath returns the public key file next to a private key file.
func pubPath(path string) string {
	return strings.TrimSuffix(path, ".json") + ".pub.json"
}

func (a *app) coordinatorKeygenCommand() *cobra.Command {
	var (
		out   string
		force bool
	)
	cmd := &cobra.Command{
		Use:   "keygen --out FILE",
		Short: "Make a coordinator BabyJubJub key pair",
		Long: `Make a coordinator key pair. The private key goes to FILE (permission
0600): whoever holds it can read every ballot of the polls that use it. The
public key goes to FILE with ".pub.json" in place of ".json"; give that file
to 'zkvote poll init --coordinator-key'.`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			k, err := babyjub.GenerateKey(nil)
			if err != nil {
				return err
			}
			pub := pubPath(out)
			if err := poll.WriteKeyPair(out, pub, k, force); err != nil {
				return err
			}
			p := k.Public()
			enc := poll.EncodePublicKey(&p)
			fmt.Fprintf(a.stdout, "private key: %s\npublic key: %s\nx: %s\ny: %s\n", out, pub, enc.X, enc.Y)
			return nil
		},
	}
	cmd.Flags().StringVar(&out, "out", "", "private key file to write")
	cmd.Flags().BoolVar(&force, "force", false, "replace existing key files")
	_ = cmd.MarkFlagRequired("out")
	return cmd
}
