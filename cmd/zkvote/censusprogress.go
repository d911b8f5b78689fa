package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/zkvote/zkvote/census"
)

// buildProgress shows a census build's hashing, nearly all of a large
// build (about 13 s for a million members): on a terminal a progress bar,
// after a spinner while the list is read; elsewhere, with --verbose, a log
// line at the start, every few seconds and at the end.
type buildProgress struct {
	w        io.Writer
	log      *slog.Logger
	stopSpin func()
	bar      *progressbar.ProgressBar
	last     time.Time
}

// censusBuildProgress returns the option that shows a census build's
// progress and the function that ends it, or no option when there is
// nowhere to show it (not a terminal, no --verbose).
func (a *app) censusBuildProgress() (opts []census.Option, done func()) {
	f, ok := a.stderr.(*os.File)
	tty := ok && term.IsTerminal(int(f.Fd()))
	if !tty && !a.verbose {
		return nil, func() {}
	}
	p := &buildProgress{w: a.stderr}
	if tty {
		p.stopSpin = a.spin("census build: reading the list")
	} else {
		p.log = a.logger()
	}
	return []census.Option{census.WithProgress(p.update)}, p.done
}

func (p *buildProgress) update(done, total int) {
	if p.log != nil {
		if now := time.Now(); done == 0 || done == total || now.Sub(p.last) >= 3*time.Second {
			p.last = now
			p.log.Info("census build", "phase", "hash", "done", done, "total", total)
		}
		return
	}
	if p.bar == nil {
		p.stopSpin()
		p.bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(p.w), progressbar.OptionSetDescription("census build: hashing"),
			progressbar.OptionSetPredictTime(true), progressbar.OptionSetWidth(30), progressbar.OptionThrottle(200*time.Millisecond),
			progressbar.OptionOnCompletion(func() { fmt.Fprintln(p.w) }))
	}
	_ = p.bar.Set(done)
}

// done ends the spinner or the bar, whichever shows (the build may have
// failed before hashing).
func (p *buildProgress) done() {
	switch {
	case p.bar != nil:
		_ = p.bar.Finish()
	case p.stopSpin != nil:
		p.stopSpin()
	}
}
