package coordinator

import (
	"testing"

	"github.com/zkvote/zkvote/circuits/message"
	"github.com/zkvote/zkvote/coordinator/coordtest"
	"github.com/zkvote/zkvote/poll"
)

// BenchmarkHeadRecord: the record written per accepted entry, the poll's
// head (before the store had records of its own, the whole poll record,
// definition included, was rebuilt here):
//
//	go test ./coordinator -run '^$' -bench HeadRecord
func BenchmarkHeadRecord(b *testing.B) {
	k, err := LoadOrCreateKeys(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	def := coordtest.NewCensus(b, 2).Poll(b, k.Coordinator.Public())
	c, err := def.Circuit()
	if err != nil {
		b.Fatal(err)
	}
	ps := &pollState{id: c.ID(), def: def, circuit: c, head: poll.Head{State: poll.StateOpen, Count: 7, Joins: 3, ChainHash: message.ChainStart(c.ID())}}
	b.ReportAllocs()
	for b.Loop() {
		_ = ps.writeHead(&ps.head)
	}
}
