// Package process is the coordinator's native message processing: it opens
// join ballots and MACI-style commands with the coordinator key and applies
// the protocol's rules (docs/protocol.md, "Processing") to compute every voter's final ballot and the
// tally. It is the reference the ProcessMessages and TallyVotes circuits
// must match; until those exist, its results are NOT proven — a tally from
// this package alone must be trusted to the coordinator. The rules are
// MACI's (v3 line, packages/core/ts/Poll.ts), with the differences listed
// below.
//
// Rules, per voter, starting from the state the join created (join key,
// nonce 0, join ballot): messages are taken newest first; a command counts
// iff it decrypts, names an existing state index, is signed by the voter's
// key as it stands at that point, has nonce = last nonce + 1, names an
// option below the poll's option count, and keeps the budget (quadratic:
// Σ votes² <= weight; weighted: Σ votes <= weight; 1p1v: Σ votes <= 1)
// after replacing that option's weight. A counted command overwrites the
// option's weight, sets the key and bumps the nonce; any other message
// changes nothing. As in MACI, the new key is not validated: a voter who
// sets an invalid key freezes their own ballot.
//
// Differences from MACI: a voter starts from the ballot of their join
// (MACI starts from zero votes); the option range is the poll's option
// count (MACI v3; v2 used the tree capacity); the signed content binds the
// poll ID (MACI packs it but never checks it); state indices start at 0
// (MACI keeps a blank leaf 0); command fields are full field elements
// (MACI packs 50-bit fields).
package process
