// Package store is the coordinator's durable key-value storage: a small
// interface (so tests can swap in a failing store) and its Pebble
// implementation.
//
// Write applies a set of keys atomically and makes them visible at once,
// in the order of Write calls; the returned Pending's Wait returns when they
// are durable (the write-ahead log is synced). Concurrent writers share
// fsyncs (Pebble's group commit), so a caller may order writes under a lock
// and wait for durability outside it.
package store
