// Package proto will hold the public gRPC API (package zkvote.v1) as .proto
// files with the generated Go code committed, and a check that fails when
// the generated code drifts from its source. Empty for now.
package proto
