package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"
)

// Exit codes.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

// app holds what commands read and write besides their flags, so that
// tests can drive run without a terminal or environment of their own.
type app struct {
	stdin  *os.File
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
	// json is set by --json: commands that print a result print it as
	// one JSON object instead of text.
	json bool
	// verbose is set by --verbose: progress logs on stderr.
	verbose bool
}

// run executes the command line args and returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	a := &app{stdin: os.Stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv}
	return a.execute(args)
}

// execute runs one command line. Whatever happens, the outcome is an exit
// code and at most one line on stderr, never a stack trace.
func (a *app) execute(args []string) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(a.stderr, "zkvote: internal error: %v\n", r)
			code = exitFailure
		}
	}()
	root := a.rootCommand()
	root.SetArgs(args)
	root.SetIn(a.stdin)
	root.SetOut(a.stdout)
	root.SetErr(a.stderr)
	cmd, err := root.ExecuteC()
	if err == nil {
		return exitOK
	}
	var failure commandError
	if errors.As(err, &failure) {
		fmt.Fprintf(a.stderr, "zkvote: %s\n", oneLine(failure.err))
		return exitFailure
	}
	fmt.Fprintf(a.stderr, "zkvote: %s (see '%s --help')\n", oneLine(err), cmd.CommandPath())
	return exitUsage
}

func (a *app) rootCommand() *cobra.Command {
	root := &cobra.Command{
		Use:                "zkvote",
		Short:              "Private, verifiable, anti-collusion voting",
		SilenceUsage:       true,
		SilenceErrors:      true,
		DisableSuggestions: true, // suggestions would break the one-line error
	}
	root.PersistentFlags().BoolVar(&a.verbose, "verbose", false, "log progress lines on stderr (warnings always show)")
	root.PersistentFlags().BoolVar(&a.json, "json", false, "print the result as one JSON object (for scripts); errors stay one line on stderr")
	root.AddCommand(a.versionCommand(), a.identityCommand(), a.censusCommand(),
		a.setupCommand(), a.coordinatorCommand(), a.pollCommand(), a.voteCommand(), a.revoteCommand(), a.keyChangeCommand(), a.handOverCommand(),
		a.receiptCommand(), a.verifyVoteCommand(), a.submitCommand(), a.submitOnChainCommand(), a.verifyCommand(), a.tallyCommand(), a.demoCommand(),
		a.proposalCommand(), a.contractsCommand(), a.deployCommand(), a.anchorCommand(), a.settleCommand(), a.watchCommand(), a.executeCommand(), a.vetoCommand())
	markFailures(root)
	return root
}

// group returns a command that only holds subcommands: without arguments it
// shows its help, with any it reports an unknown command.
func group(use, short string, subs ...*cobra.Command) *cobra.Command {
	c := &cobra.Command{
		Use:   use,
		Short: short,
		Args:  cobra.NoArgs,
		RunE:  func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	c.AddCommand(subs...)
	return c
}

// commandError marks an error returned by a command's own work, as opposed
// to cobra rejecting the command line, so that run can tell exit code 1
// from 2.
type commandError struct{ err error }

func (e commandError) Error() string { return e.err.Error() }
func (e commandError) Unwrap() error { return e.err }

// usageError is returned by a command that finds its flags unusable.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// markFailures wraps every command's RunE so that its errors, unless they
// are usage errors, become commandErrors.
func markFailures(c *cobra.Command) {
	if runE := c.RunE; runE != nil {
		c.RunE = func(cmd *cobra.Command, args []string) error {
			err := runE(cmd, args)
			var usage usageError
			if err == nil || errors.As(err, &usage) {
				return err
			}
			return commandError{err}
		}
	}
	for _, sub := range c.Commands() {
		markFailures(sub)
	}
}

// oneLine joins a multi-line error (errors.Join) into one line.
func oneLine(err error) string {
	return strings.ReplaceAll(err.Error(), "\n", "; ")
}
