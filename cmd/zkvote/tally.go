package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/zkvote/zkvote/coordinator"
	"github.com/zkvote/zkvote/coordinator/store"
	"github.com/zkvote/zkvote/internal/fieldhex"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/verifier"
)

// openStopped opens the data directory of a stopped coordinator: its key
// set (never made anew here) and its store.
func (a *app) openStopped(dataDir, keysDir string, opts ...coordinator.Option) (*coordinator.Service, error) {
	if _, err := os.Stat(filepath.Join(dataDir, coordinator.KeyFile)); err != nil {
		return nil, fmt.Errorf("%s is not a coordinator data directory (no %s)", dataDir, coordinator.KeyFile)
	}
	keys, err := coordinator.LoadOrCreateKeys(dataDir)
	if err != nil {
		return nil, err
	}
	st, err := store.OpenPebble(filepath.Join(dataDir, "db"))
	if errors.Is(err, store.ErrDamaged) {
		return nil, err // names the file and the remedy
	}
	if err != nil {
		return nil, fmt.Errorf("the store %s cannot be opened (is the coordinator still running? stop it first; if it is stopped, restore the data directory from a backup): %w",
			filepath.Join(dataDir, "db"), err)
	}
	cfg := coordinator.Defaults()
	cfg.DataDir, cfg.KeysDir = dataDir, keysDir
	if cfg.KeysDir == "" {
		cfg.KeysDir = a.defaultKeysDir()
	}
	svc, err := coordinator.Open(cfg, st, keys, opts...)
	if err != nil {
		_ = st.Close()
		return nil, err
	}
	return svc, nil
}

func (a *app) tallyCommand() *cobra.Command {
	var dataDir, pollText, out, keysDir string
	cmd := &cobra.Command{
		Use:   "tally --data-dir DIR --poll ID --out OUT",
		Short: "Prove a closed poll's tally on a stopped coordinator's data directory",
		Long: `Run a closed poll's tally job on the data directory of a stopped
coordinator (the same job 'zkvote poll tally' starts on a running one):
prove every batch, resuming where an earlier run stopped, then write the
published artefacts (results.json, log.json, keys/*.vk) to OUT and check
them as 'zkvote verify OUT' would.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			id, err := fieldhex.Decode(pollText)
			if err != nil {
				return usageError{"--poll: " + err.Error()}
			}
			svc, err := a.openStopped(dataDir, keysDir, coordinator.WithLogger(a.logger()))
			if err != nil {
				return err
			}
			defer svc.Close()
			job, err := svc.StartTally(id)
			if err != nil {
				return err
			}
			job, err = followTally(cmd.Context(), job, a.newTallyProgress(), func() (*poll.TallyJob, error) { return svc.TallyJob(id) })
			if err != nil {
				return err
			}
			if job.State == poll.JobFailed {
				return fmt.Errorf("tally failed: %s", job.Error)
			}
			files, err := svc.Artefacts(id)
			if err != nil {
				return err
			}
			if err := poll.WriteArtefacts(out, files, false); err != nil {
				return err
			}
			p, err := verifier.CheckPublished(out)
			if err != nil {
				return fmt.Errorf("the written artefacts do not check out: %w", err)
			}
			fmt.Fprintf(a.stdout, "artefacts: %s\n", out)
			a.printVerified(a.stdout, p, 0)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&dataDir, "data-dir", "", "the stopped coordinator's data directory")
	f.StringVar(&pollText, "poll", "", "poll ID (hex)")
	f.StringVar(&out, "out", "", "directory to write the artefacts to")
	f.StringVar(&keysDir, "keys", "", "circuit keys directory (default $"+keysEnv+" or ~/.zkvote/keys)")
	for _, req := range []string{"data-dir", "poll", "out"} {
		_ = cmd.MarkFlagRequired(req)
	}
	return cmd
}

// followTally asks next for the job's progress until it is no longer
// running, showing it on bar when bar is not nil, and returns the last job.
func followTally(ctx context.Context, job *poll.TallyJob, bar *tallyProgress, next func() (*poll.TallyJob, error)) (*poll.TallyJob, error) {
	tick := time.NewTicker(300 * time.Millisecond)
	defer tick.Stop()
	for job.State == poll.JobRunning {
		if bar != nil {
			bar.update(job)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-tick.C:
		}
		var err error
		if job, err = next(); err != nil {
			return nil, err
		}
	}
	if bar != nil {
		bar.finish(job)
	}
	return job, nil
}

// tallyProgress shows a running tally job on stderr as a progress bar:
// first over the log entries read, then over the batch proofs.
type tallyProgress struct {
	w     io.Writer
	bar   *progressbar.ProgressBar
	phase string
}

func (a *app) newTallyProgress() *tallyProgress { return &tallyProgress{w: a.stderr} }

func (p *tallyProgress) update(job *poll.TallyJob) {
	phase, done, total := "reading the log", job.Processed, job.Total
	if job.Proofs > 0 {
		phase, done, total = "proving batches", job.ProofsDone, job.Proofs
	}
	if p.bar == nil || phase != p.phase {
		if p.bar != nil {
			_ = p.bar.Finish()
		}
		p.phase = phase
		p.bar = progressbar.NewOptions64(int64(total), progressbar.OptionSetWriter(p.w), progressbar.OptionSetDescription("tally: "+phase),
			progressbar.OptionShowCount(), progressbar.OptionSetPredictTime(true), progressbar.OptionSetWidth(30),
			progressbar.OptionThrottle(200*time.Millisecond), progressbar.OptionOnCompletion(func() { fmt.Fprintln(p.w) }))
	}
	_ = p.bar.Set64(int64(done))
}

// finish completes the bar once the job has ended.
func (p *tallyProgress) finish(job *poll.TallyJob) {
	if p.bar != nil && job.State == poll.JobDone {
		p.update(job)
		_ = p.bar.Finish()
	}
}
