// Package proto holds the public gRPC API of a zkvote coordinator, package
// zkvote.v1 in zkvote/v1/zkvote.proto, and the Go code generated from it
// (zkvote/v1, committed). Run generate.sh after editing the .proto; CI runs
// `generate.sh --check` and fails when the committed code is stale, and a
// test fails when the .proto changed without regeneration.
package proto
