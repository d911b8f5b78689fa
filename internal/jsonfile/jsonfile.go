// Package jsonfile reads and writes the JSON files zkvote keeps (records,
// receipts, logs, results): indented, newline-terminated, written
// atomically, with errors that name the file.
package jsonfile

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/zkvote/zkvote/internal/atomicfile"
)

// Write writes v as indented JSON to path with permission perm; an
// existing file is replaced only with overwrite.
func Write(path string, v any, perm os.FileMode, overwrite bool) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.Write(path, append(b, '\n'), perm, overwrite)
}

// Read decodes the JSON file at path into v; a decoding error names the file.
func Read(path string, v any) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
