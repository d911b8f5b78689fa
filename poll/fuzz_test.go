package poll_test

import (
	"encoding/json"
	"testing"

	"github.com/zkvote/zkvote/poll"
)

// FuzzParseDefinition: any bytes given as a poll file either parse into a
// valid definition whose file form parses back to the same ID, or fail
// with an error; never a panic.
func FuzzParseDefinition(f *testing.F) {
	def := newDefForFuzz(f)
	good, err := json.Marshal(def)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"version":1,"options":["1","2"]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := poll.Parse(data)
		if err != nil {
			return
		}
		id, err := d.ID()
		if err != nil {
			t.Fatalf("a parsed definition has no ID: %v", err)
		}
		again, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		d2, err := poll.Parse(again)
		if err != nil {
			t.Fatalf("the file form of a parsed definition does not parse: %v", err)
		}
		id2, _ := d2.ID()
		if !id.Equal(&id2) {
			t.Fatal("the poll ID changed through the file form")
		}
	})
}

// FuzzLogAndResults: the published log and results files never panic on
// any input.
func FuzzLogAndResults(f *testing.F) {
	f.Add([]byte(`{"format":"zkvote-poll-log","version":1}`))
	f.Add([]byte(`{"format":"zkvote-results","version":1,"options":["a"],"totals":["1"]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var l poll.Log
		_ = l.UnmarshalJSON(data)
		var r poll.ResultsFile
		_ = r.UnmarshalJSON(data)
	})
}
