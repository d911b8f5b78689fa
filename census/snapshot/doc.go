// Package snapshot reads who may vote, and with what weight, from a token
// at a block: the token census of docs/protocol.md's "Census" sources. Take
// reads a node over JSON-RPC (go-ethereum's ethclient, or its simulated
// backend in tests) and returns a Snapshot, an eligibility list of
// (account, power, weight) with its provenance; ReadFile and WriteFile keep
// it as JSON.
//
// # What is read
//
// ModeVotes (the default) reads getPastVotes(account, timepoint): the
// delegated, checkpointed voting power of ERC20Votes and ERC721Votes
// (IERC5805), which is what an OpenZeppelin Governor counts. Power belongs
// to delegates, who may hold no token, so the candidates are the accounts
// named by the token's DelegateVotesChanged logs; an account that never
// delegated (not even to itself) has no votes, as in Governor. The
// timepoint is the block number, or the block's timestamp when the token's
// ERC-6372 CLOCK_MODE() says "mode=timestamp". getPastVotes answers only
// for a timepoint before the token's clock, so the block must be behind the
// head; the calls read the head's state (by hash), which needs no archive
// node, and the answer cannot change with later blocks.
//
// ModeBalance reads balanceOf(account) in the state of the block itself
// (by hash; an archive node for old blocks), for tokens without votes. The
// candidates are the recipients named by the token's Transfer logs.
//
// The logs are read with eth_getLogs from the first block (WithFromBlock,
// 0 by default) to the block, a page of blocks at a time (WithPageSize); a
// page the node refuses with a JSON-RPC error (too many results, too wide a
// range) is asked again in halves. With WithStateFile the progress (pages
// scanned, accounts found, powers read) is saved every few seconds and on
// failure, and the next run with the same file resumes where it stopped.
//
// # Weights
//
// A Rule turns power into census weights, in this order: accounts without
// power or below Min are dropped; power above Cap becomes Cap; the capped
// power is divided by a divisor, rounding up (ScaleNone: 1; ScaleDivisor:
// a given divisor, such as 10^decimals for whole tokens; ScaleFit: the
// smallest power of two that brings the largest capped power below
// 2^WeightBits). Rounding up keeps every weight at least 1 and never
// reverses two holders' order, though it may make them equal. A weight
// still at or beyond 2^WeightBits (the census bound, circuits.Params) is an
// error naming the account.
//
// # Provenance and recomputation
//
// A snapshot file records the chain ID, the token, the block's number,
// hash and timestamp, the mode, clock mode and timepoint, the first block
// scanned, the rule (with its divisor) and, per eligible account, its
// power and weight, sorted by account. Reading a file recomputes every
// weight from the powers and the rule (Check). Verify recomputes the
// powers from a node: Take with the recorded token, block, mode, first
// block and rule, pinned to the recorded chain ID and block hash (ErrReorg
// if the node's block differs: a reorg, or another chain), and fails with
// ErrMismatch naming the first account that differs. Take also fails with
// ErrReorg when the block's hash changes while it runs.
//
// # What consumes it
//
// A census leaf is (identity commitment, weight); a token snapshot yields
// (account, weight). Tying the two is the sign-up step: each eligible
// account signs (EIP-712) the identity commitment it registers, and the
// census builder takes the weight of that account from the snapshot. Until
// that step exists a snapshot is the published, checkable input of it.
//
// # Errors
//
// Every failure is one line naming the block, account or page concerned:
// a block past the head or not yet in the past for getPastVotes
// (ErrFutureBlock), a block the node lacks (ErrMissingBlock), a changed
// block hash (ErrReorg), another chain (ErrWrongChain), no code at the token
// (ErrNotContract), a token that reverts or answers nonsense to the method
// (ErrNoMethod), and a node that is down (the connection's error, the
// state kept for a resume).
package snapshot
