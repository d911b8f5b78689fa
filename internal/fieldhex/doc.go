// Package fieldhex is the one text form of a BN254 scalar field element in
// zkvote's files and command line: "0x" followed by exactly 64 lower-case hex
// digits, big-endian. Keystores, census files, proofs and CLI arguments all
// use it, so a value copied from one can be pasted into another.
//
// Decode is lenient in what it takes (the 0x prefix is optional, upper-case
// digits and fewer than 64 digits are accepted) but strict in what it means:
// values at or above the field modulus are refused rather than reduced, so
// two accepted strings name the same element only if they differ in prefix,
// case or leading zeros, never by a multiple of the modulus.
package fieldhex
