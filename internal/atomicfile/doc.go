// Package atomicfile writes a whole file or nothing: the data goes to a
// temporary file in the destination's directory, is synced, and is then
// moved into place, so a crash or a full disk never leaves a truncated
// keystore or census behind. The file is created with the permission asked
// for (0600 for secrets) from its first byte, not chmod-ed afterwards.
//
// Without overwrite the move is a hard link, which fails atomically if the
// destination exists; on file systems without hard links it falls back to a
// check followed by a rename.
package atomicfile
