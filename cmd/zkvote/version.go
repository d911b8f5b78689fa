package main

import (
	"fmt"
	"runtime"

	"github.com/spf13/cobra"

	"github.com/zkvote/zkvote/circuits"
)

// version is the release, set with -ldflags "-X main.version=…".
var version = "dev"

func (a *app) versionCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version, Go version and default parameter set",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			p := circuits.Defaults()
			if a.json {
				return a.printJSON(map[string]string{"version": version, "go": runtime.Version(), "params": p.Name, "params_id": p.ID()})
			}
			fmt.Fprintf(a.stdout, "zkvote %s\ngo: %s\nparams: %s %s\n", version, runtime.Version(), p.Name, p.ID())
			return nil
		},
	}
}
