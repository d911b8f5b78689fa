package receipt_test

import (
	"testing"

	"github.com/zkvote/zkvote/receipt"
)

// FuzzReceiptFile: any receipt file either decodes or fails with an
// error; never a panic.
func FuzzReceiptFile(f *testing.F) {
	f.Add([]byte(`{"format":"zkvote-receipt","kind":"join","index":0}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var rf receipt.File
		_ = rf.UnmarshalJSON(data)
	})
}
