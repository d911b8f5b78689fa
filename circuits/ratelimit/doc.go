// Package ratelimit is the command pass: the small proof that lets a
// coordinator cap commands per voter without learning anything new, so that
// no client can fill a poll's command capacity and lock voters out of
// re-voting and changing keys (docs/protocol.md, "Command passes", has the
// analysis and the bound).
//
// A voter who joins also registers a rate set: Identities rate identities
// R = Hash(DomainRateIdentity; r), each a hash of a fresh random rate
// secret r, or a random field element that no one can open (padding). The
// set's leaf Hash(DomainRateSet; R₀…R₃) is signed by the join's poll key
// (RegistrationMessage), so only the member who made the join can register
// it, once per join. The coordinator appends the leaf to the poll's rate
// tree. Every later command then carries a pass: a Groth16 proof that its
// sender knows some rate secret r whose identity sits in some leaf of that
// tree, and the nullifier Hash(DomainRateNullifier; r, pollID, slot) with
// slot < the poll's command slots. The coordinator accepts each nullifier
// once, so a voter sends at most Identities × slots commands, and a client
// with no registered identity sends none.
//
// Why a set and not the join secret: a briber who is handed a voter's
// secrets can spend every slot those secrets open, and would then know that
// the voter can no longer void the bought vote. The voter hands over the
// identities it chooses; the others are indistinguishable from padding, so
// a reserve the briber cannot see (or rule out) survives. See the protocol
// document for what is and is not guaranteed.
//
// Public inputs, in order: the poll ID, the rate tree root the pass was
// made against, the nullifier, the command's message hash (so a pass cannot
// be moved to another command) and the number of slots per identity.
package ratelimit
