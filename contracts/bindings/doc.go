// Package bindings holds the Go bindings of zkvote's contracts, generated
// by go-ethereum's abigen (the version go.mod pins) from the ABI and
// bytecode that contracts/build.sh compiles from contracts/src. Every file
// but this one and the tests is generated: do not edit them, edit the
// Solidity and run contracts/build.sh.
//
// The test tokens (VotesToken: ERC20 + ERC20Permit + ERC20Votes;
// TimestampVotesToken: the same on an ERC-6372 timestamp clock; VotesNFT:
// ERC721Votes; PlainToken: ERC20 without votes) are OpenZeppelin's audited
// contracts with a deployer-only mint, for tests and the demo only.
package bindings
