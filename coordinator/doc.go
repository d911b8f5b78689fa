// Package coordinator will hold the coordinator service behind the gRPC
// API in proto/: polls, gasless vote intake with signed receipts, the
// Poseidon2 message chain, sealing, resumable tally jobs, admin
// authentication, Pebble storage and staged shutdown. The gRPC server stays
// thin; the logic lives in plain Go here. Empty for now.
package coordinator
