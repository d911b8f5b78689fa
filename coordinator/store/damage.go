package store

import (
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/cockroachdb/pebble"
)

// ErrDamaged means a file of the store is damaged (a checksum mismatch, a
// malformed MANIFEST or CURRENT file): the data directory must be restored
// from a backup. The error names the file when Pebble's message does.
var ErrDamaged = errors.New("store: damaged")

// Pebble names the damaged file in its messages in these forms.
var (
	tableRe    = regexp.MustCompile(`invalid table (\d{6})`)
	manifestRe = regexp.MustCompile(`(MANIFEST-\d{6})`)
)

// damaged turns a Pebble error that reports a damaged file of the store in
// dir into an ErrDamaged of one line naming the file and the remedy. Other
// errors are returned as they are. Pebble's error is kept as text only:
// formatted with %+v it would print a stack trace into the logs.
func damaged(dir string, err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	manifest := strings.Contains(msg, "MANIFEST") || strings.Contains(msg, "CURRENT file")
	if !pebble.IsCorruptionError(err) && !manifest {
		return err
	}
	file := dir
	switch m := tableRe.FindStringSubmatch(msg); {
	case m != nil:
		file = filepath.Join(dir, m[1]+".sst")
	case strings.Contains(msg, "CURRENT file") || strings.Contains(msg, "MANIFEST name"):
		file = filepath.Join(dir, "CURRENT")
	case manifestRe.MatchString(msg):
		file = filepath.Join(dir, manifestRe.FindString(msg))
	}
	return fmt.Errorf("%w: %s (%s): restore the data directory from a backup", ErrDamaged, file, msg)
}
