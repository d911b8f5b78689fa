// Package census turns a list of voters into the Merkle tree whose root
// names the electorate of a poll (docs/protocol.md, "Census").
//
// A census is a list of members, each an identity commitment (the public
// half of a client.Identity) and a weight: 1 for one-person-one-vote, or
// tokens or reputation. Every weight satisfies 1 <= weight < 2^WeightBits
// (circuits.Params, 96 by default) so that sums and squares in the circuits
// stay far from the field modulus. Commitments are unique; a voter listed
// twice would get two nullifiers and vote twice.
//
// Member i (counted from 0, in input order) is leaf i of a fixed-depth
// binary Poseidon2 Merkle tree (circuits/merkle), with
//
//	leaf = poseidon.Hash(circuits.DomainCensusLeaf, commitment, weight)
//
// and every leaf past the last member zero. The depth comes from the
// parameters (circuits.Params.CensusDepth, 20 by default, room for 2^20
// members) because the join circuit is compiled for one depth: a census
// built for another depth has roots no proof will match. The order is the
// input's, not a sorted one, so reordering the input changes the root;
// whoever publishes the census publishes the order with it.
//
// # Sources
//
// ParseFile reads a CSV or JSON list, chosen by the file extension (.csv,
// .json) or, for any other name, by the first non-blank character ('[' means
// JSON). CSV has one "commitment,weight" per line; blank lines and lines
// starting with '#' are skipped, fields are trimmed, and a first line
// "commitment,weight" is taken as a header. JSON is an array of
// {"commitment": "0x…", "weight": "123"}, the weight a decimal string or a
// JSON integer. Commitments are hex (internal/fieldhex); weights are
// base-10 integers of any size. Errors name the CSV line (from 1) or the
// JSON entry (from 0) and what is wrong; a duplicate names both places.
//
// # Files
//
// A census file (WriteFile, ReadFile) is JSON: kind "zkvote-census",
// version 2, depth, root, subtree_height h = min(SubtreeHeight, depth), the
// roots of the subtrees of 2^h members in order (subtree_roots; empty
// subtrees past the last member are left out), and the members in order,
// one a line. Reading does not hash the members: the subtree roots must
// lead to the stored root (ErrRootMismatch otherwise), and a member's
// proof rehashes that member's subtree (at most 1,024 members) and refuses
// a subtree whose members no longer give its stored root. Census.Check
// (`zkvote census check`), or reading with WithFullCheck, rehashes every
// member, so a census file can still be passed around and checked by
// anyone; whoever publishes a root from a file (a poll) should read it so.
// Version 1 files (no kind, no subtree roots) are still read; their tree
// is rebuilt and checked at once.
//
// A version-2 file may hold, after the root, a "source" section (Source,
// Census.WithSource): how a census built from sign-ups was made, that is
// the eligibility list (chain, token, block number and hash and method
// read, or the reputation file's SHA-256, date and half-life; the
// weighting rule; the list's ID) and the registrations file's SHA-256 and
// count, which census/provenance re-checks from those inputs. It is not
// hashed into the root, so it changes no poll ID, and a file without it
// (a member list, or a file written before it) reads as before.
//
// A MemberProof is the Merkle path of one member, in JSON with kind
// "zkvote-census-proof", the census root, depth, index, commitment,
// weight, leaf and siblings; it is what a voter needs, with the secret, to
// prove membership, so an organiser can hand each member their own small
// file instead of the whole census. ReadMemberProof takes either kind of
// file and returns the member's proof.
//
// # Cost
//
// Building hashes each member once with a width-4 permutation (the leaf)
// and once more with the width-2 compression (the tree above); nearly all
// the CPU goes there, so those two permutations are written out for their
// widths in hash.go (gnark-crypto's round keys, tested against
// circuits/poseidon) and every phase runs on every core: parsing, hashing
// level by level, and formatting the file. For 1M members that is about
// 22–27 s of CPU on the development machine (half that in wall time on
// its two idle cores) and under 300 MB. BuildFile reads a member list
// straight into field elements; Members are held as two field elements
// and a 16-byte index entry each. Loading a file reads its members in one
// pass (about 1 s per million) and hashes one node per 1,024 members.
// EachProof hands out every member's proof, each subtree rehashed once.
// See benchmarks/README.md, "Census".
package census
