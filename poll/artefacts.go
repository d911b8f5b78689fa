package poll

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/zkvote/zkvote/internal/atomicfile"
)

// The published artefacts of a tallied poll, one format for everyone (the
// coordinator serves them, `zkvote tally` writes them, `zkvote verify`
// checks them), as files in one directory:
//
//	results.json        the result, and for a proven tally every batch proof (ResultsFile)
//	log.json            the sealed public log (Log)
//	keys/<circuit>.vk   the verifying key of each circuit the results name
const (
	ResultsFileName = "results.json"
	LogFileName     = "log.json"
	KeysDirName     = "keys"
)

// KeyFileName is the artefact name of a circuit's verifying key.
func KeyFileName(circuit string) string { return KeysDirName + "/" + circuit + ".vk" }

// Artefact is one published file: its name (slash-separated, relative to
// the artefacts directory) and content.
type Artefact struct {
	Name string
	Data []byte
}

// CheckArtefactName refuses names that could escape the artefacts
// directory or that are not part of the published set.
func CheckArtefactName(name string) error {
	switch {
	case name == ResultsFileName || name == LogFileName:
		return nil
	case strings.HasPrefix(name, KeysDirName+"/") && strings.HasSuffix(name, ".vk"):
		base := strings.TrimSuffix(strings.TrimPrefix(name, KeysDirName+"/"), ".vk")
		if base != "" && !strings.ContainsAny(base, `/\`) && base != "." && base != ".." {
			return nil
		}
	}
	return fmt.Errorf("%w: %q is not a published artefact name", ErrMalformedResults, name)
}

// WriteArtefacts writes artefacts into dir (created if needed; files are
// replaced only with overwrite).
func WriteArtefacts(dir string, as []Artefact, overwrite bool) error {
	for _, a := range as {
		if err := CheckArtefactName(a.Name); err != nil {
			return err
		}
		path := filepath.Join(dir, filepath.FromSlash(a.Name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := atomicfile.Write(path, a.Data, 0o644, overwrite); err != nil {
			return err
		}
	}
	return nil
}
