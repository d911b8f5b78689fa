package main

import (
	"crypto/rand"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/zkvote/zkvote/client"
	"github.com/zkvote/zkvote/internal/fieldhex"
)

func (a *app) identityCommand() *cobra.Command {
	return group("identity", "Create and inspect voter identities", a.identityNewCommand(), a.identityShowCommand())
}

func (a *app) identityNewCommand() *cobra.Command {
	var (
		out, passFile       string
		noPassphrase, force bool
	)
	cmd := &cobra.Command{
		Use:   "new --out FILE",
		Short: "Create an identity and save it in a keystore",
		Long: `Create a random identity secret, save it in a keystore file (mode 0600)
and print its commitment, the value to put in a census.

The passphrase comes from --passphrase-file, else $` + passphraseEnv + `, else a
prompt when standard input is a terminal. --no-passphrase stores the secret
unencrypted. An existing file is kept unless --force is given.`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			if !force {
				// Checked before asking for a passphrase; SaveIdentity checks again.
				if _, err := os.Lstat(out); err == nil {
					return fmt.Errorf("%s already exists; use --force to replace it", out)
				}
			}
			var pass []byte
			if !noPassphrase {
				var err error
				if pass, err = a.newPassphrase(passFile); err != nil {
					return err
				}
			}
			id, err := client.NewIdentity(rand.Reader)
			if err != nil {
				return err
			}
			var opts []client.SaveOption
			if force {
				opts = append(opts, client.Overwrite())
			}
			if err := client.SaveIdentity(out, id, pass, opts...); err != nil {
				return err
			}
			if noPassphrase {
				fmt.Fprintf(a.stderr, "warning: the secret in %s is not encrypted; anyone who reads the file can vote as you\n", out)
			}
			fmt.Fprintf(a.stdout, "commitment: %s\nkeystore: %s\nencrypted: %s\n", fieldhex.Encode(id.Commitment()), out, yesNo(!noPassphrase))
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&out, "out", "", "keystore file to create")
	f.StringVar(&passFile, "passphrase-file", "", "read the passphrase from this file")
	f.BoolVar(&noPassphrase, "no-passphrase", false, "store the secret unencrypted")
	f.BoolVar(&force, "force", false, "replace an existing keystore file")
	_ = cmd.MarkFlagRequired("out")
	cmd.MarkFlagsMutuallyExclusive("passphrase-file", "no-passphrase")
	return cmd
}

func (a *app) identityShowCommand() *cobra.Command {
	var passFile string
	cmd := &cobra.Command{
		Use:   "show FILE",
		Short: "Print the commitment of a keystore",
		Long: `Print the commitment of a keystore and whether its secret is encrypted.
The secret is never printed. No passphrase is needed, but without one the
commitment of an encrypted keystore is only what the file says ("verified:
no"); given the passphrase (with --passphrase-file or $` + passphraseEnv + `), show
opens the keystore and checks that the secret gives that commitment.`,
		Args: cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			path := args[0]
			info, err := client.InspectKeystore(path)
			if err != nil {
				return err
			}
			pass, err := a.givenPassphrase(passFile)
			if err != nil {
				return err
			}
			checked := info.Encrypted && pass != nil
			verified := !info.Encrypted || checked
			if verified {
				// Loading checks the secret against the commitment.
				if _, err := client.LoadIdentity(path, pass); err != nil {
					return err
				}
			}
			fmt.Fprintf(a.stdout, "commitment: %s\nencrypted: %s\n", fieldhex.Encode(info.Commitment), yesNo(info.Encrypted))
			if verified {
				fmt.Fprintln(a.stdout, "verified: yes (the secret gives this commitment)")
			} else {
				fmt.Fprintln(a.stdout, "verified: no (as the file states it; give the passphrase to check it against the secret)")
			}
			if checked {
				fmt.Fprintln(a.stdout, "passphrase: correct")
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&passFile, "passphrase-file", "", "check this passphrase opens the keystore")
	return cmd
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}
