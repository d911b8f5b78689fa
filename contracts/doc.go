// Package contracts holds zkvote's Solidity sources (src/), their compiled
// artefacts (build/) and their Go bindings (bindings/), and will hold the
// Poll, Tally and Executor contracts, the Groth16 verifiers exported from the
// circuits, and deploy helpers.
//
// # Toolchain
//
// The project compiles its own contracts; nothing is fetched at build time
// but pinned packages:
//
//   - package.json and package-lock.json pin the compiler, npm solc
//     (solcjs 0.8.30, a WebAssembly build: no native solc is needed), and
//     @openzeppelin/contracts 5.x, whose audited contracts the sources import
//     ("@openzeppelin/contracts/…") instead of carrying token code of their
//     own;
//   - compile.js drives solc's standard-JSON API over src/**/*.sol with the
//     optimizer on (200 runs) and evmVersion cancun, and writes
//     build/<Name>.json: ABI, creation and runtime bytecode, source and
//     compiler settings;
//   - build.sh runs it and then go-ethereum's abigen, at the version go.mod
//     pins (a tool directive), into package bindings, and records the
//     SHA-256 of every input in build/sources.sha256.
//
// Run `npm ci` in contracts/ once, then contracts/build.sh after editing a
// source, and commit src/, build/ and bindings/ together. Source unit names
// are relative to contracts/, so the metadata hash solc appends to the
// bytecode, and so the bytecode itself, is the same on every machine.
//
// # Drift
//
// Two checks keep the committed artefacts honest:
//
//   - `contracts/build.sh --check` recompiles into a temporary directory
//     and fails when any committed artefact or binding differs, is missing
//     or has no source any more (.ci/run runs it after `npm ci`);
//   - `go test ./contracts/` needs no npm: it fails when a source, the npm
//     pins or compile.js no longer match build/sources.sha256, and when a
//     binding embeds another ABI or bytecode than its build artefact.
//
// # Poseidon2
//
// src/Poseidon2.sol is zkvote's Poseidon2 for contracts, bit for bit
// circuits/poseidon: compress (Merkle nodes, hash-chain links), hash (the
// domain-separated sponge) and hashWidth4 to hashWidth16 (the same sponge
// for the lengths of one width). It is generated, never edited: `go run
// ./contracts/internal/poseidon2gen` writes it from the round keys
// gnark-crypto gives circuits/poseidon, then build.sh compiles it, and a
// test fails when the committed file differs from the generator's output.
// The permutations are inline assembly with lazily reduced sums; how they
// trade gas for code size is the generator's doc. Internal functions are
// compiled into the caller, each width with its round keys: hash takes
// 23 KB of the 24 KiB limit, so a contract that knows its input lengths
// calls the hashWidthW it needs. poseidon2_test.go checks every
// function against the Go hash on the simulated chain (shared vectors,
// random inputs of every length to 40, rejected inputs) and measures the
// gas in benchmarks/README.md ("Poseidon2 on-chain").
//
// Contracts under src/test/ (VotesToken, TimestampVotesToken, VotesNFT,
// PlainToken) are OpenZeppelin tokens with a deployer-only mint, for tests
// and the demo; the Poseidon2 harnesses expose the library to its tests.
package contracts
