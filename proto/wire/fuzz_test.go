package wire_test

import (
	"testing"

	"google.golang.org/protobuf/proto"

	"github.com/zkvote/zkvote/proto/wire"
	pb "github.com/zkvote/zkvote/proto/zkvote/v1"
)

// FuzzToDefinition: any bytes a client sends as a poll definition either
// decode into a valid definition or fail with an error; never a panic.
func FuzzToDefinition(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{0x0a, 0x02, 0x08, 0x01})
	f.Fuzz(func(t *testing.T, data []byte) {
		var m pb.PollDefinition
		if proto.Unmarshal(data, &m) != nil {
			return
		}
		d, err := wire.ToDefinition(&m)
		if err != nil {
			return
		}
		if err := d.Validate(); err != nil {
			t.Fatalf("ToDefinition returned an invalid definition: %v", err)
		}
	})
}
