// Package provenance writes and re-checks the "source" section of a census
// file (census.Source): how a census built from sign-ups was made, so
// that anyone holding the published inputs can recompute it.
//
// Of describes a census built from an eligibility list (a token snapshot,
// census/snapshot, or a reputation list, census/reputation) and the
// registrations file that names each member's commitment
// (census/registration): the chain, the list's ID (what every
// registration signs), the token, block number and hash and method read,
// or the reputation file's SHA-256, date and half-life; the weighting
// rule; and the registrations file's SHA-256 and count.
//
// Verify re-checks a census from its inputs, in this order, each failure
// one line naming what differs:
//
//  1. the source section against the eligibility list (field by field:
//     "token.block_number: the census records 9, the eligibility list
//     gives 7");
//  2. with the reputation file, every account's power and weight
//     (reputation.Verify, naming the account);
//  3. with a node, the token list re-read at its block (snapshot.Verify,
//     naming the account, or the block that is gone);
//  4. the registrations: their count against the source, every signature,
//     one commitment per account and per account a commitment, and the
//     census root (registration.Verify, naming the registration);
//  5. the registrations file's SHA-256 against the source.
//
// A census without a source section (built from a member list, or before
// the section existed) skips 1 and 5. The source is never hashed into
// the census root, so a poll's ID is the same with or without it.
package provenance
