// Package benchmarks will hold reproducible benchmarks — constraint counts,
// setup and proving time, peak memory, intake throughput, gas — and their
// report in README.md, with the command that produced every number. Gadget
// constraint counts already live in circuits/*/testdata/constraints.golden.
package benchmarks
