#!/usr/bin/env bash
# Regenerates the Go code of the gRPC API from zkvote/v1/*.proto with protoc
# (Debian: protobuf-compiler) and the Go plugins pinned in go.mod (tool
# directives). With --check it only fails when the committed code differs.
set -euo pipefail
cd "$(dirname "$0")"
out=.
if [ "${1:-}" = "--check" ]; then
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
fi
bin=$(mktemp -d)
trap 'rm -rf "$bin"; [ "$out" != . ] && rm -rf "$out"' EXIT
go build -o "$bin/protoc-gen-go" google.golang.org/protobuf/cmd/protoc-gen-go
go build -o "$bin/protoc-gen-go-grpc" google.golang.org/grpc/cmd/protoc-gen-go-grpc
PATH="$bin:$PATH" protoc --go_out="$out" --go_opt=paths=source_relative \
  --go-grpc_out="$out" --go-grpc_opt=paths=source_relative zkvote/v1/*.proto
if [ "$out" = . ]; then
  sha256sum zkvote/v1/zkvote.proto > zkvote/v1/zkvote.proto.sha256
else
  for f in zkvote/v1/*.pb.go; do
    if ! diff -q "$f" "$out/$f" >/dev/null; then
      echo "generated code is stale: $f (run proto/generate.sh)"; exit 1
    fi
  done
  echo "generated code is up to date"
fi
