package main

import (
	"os"

	"github.com/consensys/gnark/logger"
)

func main() {
	// gnark logs through its own zerolog logger to stdout; zkvote reports
	// progress through slog instead. A library never makes this choice for
	// its importers, so it is made here, for the binary.
	logger.Disable()
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
