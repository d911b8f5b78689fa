#!/usr/bin/env bash
# Compiles src/**/*.sol with the pinned solcjs and OpenZeppelin
# (package.json, package-lock.json; run `npm ci` here first) into
# build/<Name>.json, and generates Go bindings for them with go-ethereum's
# abigen at the version go.mod pins (tool directive) into bindings/.
# build/sources.sha256 records the inputs (sources, lock file, compile.js)
# so that `go test ./contracts/` notices an edit even where npm is missing.
# With --check it writes nothing and fails when the committed artefacts
# differ from what the sources compile to.
set -euo pipefail
cd "$(dirname "$0")"

check=false
case "${1:-}" in
  "") ;;
  --check) check=true ;;
  *) echo "usage: contracts/build.sh [--check]" >&2; exit 2 ;;
esac

if [ ! -f node_modules/solc/package.json ] || [ ! -d node_modules/@openzeppelin/contracts ]; then
  echo "contracts/build.sh: node_modules is missing: run 'npm ci' in contracts/" >&2
  exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
out=.
if $check; then out=$tmp/out; mkdir -p "$out/build" "$out/bindings"; fi

go build -o "$tmp/abigen" github.com/ethereum/go-ethereum/cmd/abigen

if ! $check; then
  rm -f build/*.json
  find bindings -maxdepth 1 -name '*.go' ! -name doc.go ! -name '*_test.go' -delete 2>/dev/null || true # generated
  mkdir -p build bindings
fi
node compile.js "$out/build" "$tmp/abigen-in"

# One abigen run over every contract, so that a Solidity struct used by two
# contracts becomes one Go type.
"$tmp/abigen" --combined-json "$tmp/abigen-in/combined.json" --pkg bindings --out "$out/bindings/bindings.go"

{
  find src -name '*.sol' | LC_ALL=C sort | xargs sha256sum
  sha256sum package.json package-lock.json compile.js
} > "$out/build/sources.sha256"

if ! $check; then
  echo "wrote build/ and bindings/"
  exit 0
fi

# Compare both ways: every committed artefact regenerated identically, and
# nothing generated that is not committed.
stale=0
generated() { # lists the generated files of a tree, relative to it
  (cd "$1" && { ls build/*.json build/sources.sha256 2>/dev/null
    find bindings -maxdepth 1 -name '*.go' ! -name doc.go ! -name '*_test.go' 2>/dev/null; } | LC_ALL=C sort)
}
while read -r f; do
  if [ ! -f "$out/$f" ]; then echo "stale: contracts/$f has no source any more (run contracts/build.sh)"; stale=1
  elif ! cmp -s "$f" "$out/$f"; then echo "stale: contracts/$f differs from what the sources give (run contracts/build.sh)"; stale=1
  fi
done < <(generated .)
while read -r f; do
  [ -f "$f" ] || { echo "stale: contracts/$f is missing (run contracts/build.sh)"; stale=1; }
done < <(generated "$out")
if [ "$stale" -ne 0 ]; then exit 1; fi
echo "contract artefacts are up to date"
