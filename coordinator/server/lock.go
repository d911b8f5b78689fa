package server

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/coordinator"
	"github.com/zkvote/zkvote/prover"
)

// LockFile in the data directory is held (flock) by the running
// coordinator and names its process.
const LockFile = "coordinator.lock"

// ErrInUse is a data directory another coordinator is using.
var ErrInUse = errors.New("data directory in use")

// lockDataDir takes the data directory's lock, or says which process
// holds it. The lock goes with the process, so a coordinator killed with
// SIGKILL leaves nothing to clean up.
func lockDataDir(dir string) (unlock func(), err error) {
	path := filepath.Join(dir, LockFile)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		holder, _ := os.ReadFile(path)
		_ = f.Close()
		pid := strings.TrimSpace(string(holder))
		if _, perr := strconv.Atoi(pid); perr != nil {
			pid = "unknown"
		}
		return nil, fmt.Errorf("%w: %s is used by another coordinator (pid %s)", ErrInUse, dir, pid)
	}
	if err := f.Truncate(0); err == nil {
		_, _ = f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	}
	return func() {
		_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		_ = f.Close()
	}, nil
}

// warnWithoutProvingKeys says at startup, rather than at the first poll
// creation, that the keys directory lacks the default parameter set's keys.
func warnWithoutProvingKeys(cfg coordinator.Config, log *slog.Logger) {
	params := circuits.Defaults()
	var missing []string
	for _, name := range prover.OnChain(params) {
		if _, _, err := prover.ReadManifest(cfg.KeysDir, name, params); err != nil {
			missing = append(missing, name)
		}
	}
	if len(missing) > 0 {
		log.Warn("no keys for the default parameter set: polls of it cannot be created or tallied (run zkvote setup)",
			"keys_dir", cfg.KeysDir, "missing", strings.Join(missing, ","))
	}
}
