// Package registration binds Ethereum accounts to zkvote identity
// commitments without linking votes to accounts: the sign-up step of a
// token or membership census.
//
// An eligible account (an entry of an eligibility list, package
// census/snapshot) registers the identity commitment it will vote with by
// signing an EIP-712 typed message:
//
//	domain:  {name: "zkvote census", version: "1", chainId: the list's chain}
//	message: Registration(bytes32 census, uint256 commitment, uint64 issued)
//
// where census is the list's ID (ID: SHA-256 of its canonical encoding,
// so a signature is valid for one list only) and issued orders an
// account's registrations (the later replaces the earlier until the census
// is built). Build keeps, per account, its latest valid registration and
// gives its commitment the account's weight from the list; it refuses a
// signature by anyone but the account (externally owned accounts by
// ecrecover; contract accounts, e.g. a Safe, through EIP-1271's
// isValidSignature on a node), an account that is not eligible, and one
// commitment registered by two accounts. The accepted registrations are
// published beside the census (File), so anyone can check every leaf
// against a signature and the list (Verify), while a voter's join proof
// keeps secret which leaf, and so which account, votes.
package registration
