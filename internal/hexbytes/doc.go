// Package hexbytes is the form of byte strings — proofs, signatures,
// public keys — in zkvote's published files (the exported log,
// results.json, receipts): 0x-prefixed lower-case hex, the form fieldhex
// gives field elements, so that every value of a file is written one way.
// Decode also takes hex without the prefix, the form signatures and keys
// had in files written before; proofs in those files were base64, which
// their readers decode by the file's version.
package hexbytes
