// Command zkvote is the single zkvote binary: voter, coordinator and
// auditor tools behind one command tree.
//
//	zkvote version
//	zkvote identity new  --out FILE [--passphrase-file FILE | --no-passphrase] [--force]
//	zkvote identity show FILE [--passphrase-file FILE]
//	zkvote census build  --in FILE --out FILE [--depth N]
//	zkvote census proof  --census FILE --commitment HEX [--out FILE]
//
// # Passphrases
//
// A keystore passphrase comes from, in order: --passphrase-file (its
// content, less one trailing newline), the ZKVOTE_PASSPHRASE environment
// variable if it is set and not empty, and, for identity new only, a
// prompt (asked twice, without echo) when standard input is a terminal.
// Without any of them identity new refuses to run; --no-passphrase stores
// the secret unencrypted. identity show never needs a passphrase: the
// commitment is stored in clear; given one, it also checks it opens the
// keystore. Prefer a passphrase file to the environment variable, which
// other processes of the same user can often read.
//
// # Files
//
// identity new never replaces an existing keystore unless --force is given.
// census build and census proof replace their output files, which can be
// rebuilt from their inputs; census build refuses to write over its input.
//
// # Exit status
//
// 0 on success, 1 when the command fails, 2 when it is called wrongly
// (unknown command or flag, missing or conflicting flags). Errors are one
// line on standard error, "zkvote: <message>".
//
// The version is set at link time:
//
//	go build -ldflags "-X main.version=v0.1.0" ./cmd/zkvote
package main
