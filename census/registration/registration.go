package registration

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"sort"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/zkvote/zkvote/census"
	"github.com/zkvote/zkvote/census/snapshot"
)

// Errors.
var (
	ErrSignature  = errors.New("registration: signature")
	ErrIneligible = errors.New("registration: account not eligible")
	ErrConflict   = errors.New("registration: conflict")
	ErrFormat     = errors.New("registration: malformed")
)

// Registration is one account's signed registration of a commitment.
type Registration struct {
	Account    common.Address
	Commitment fr.Element
	Issued     uint64 // orders an account's registrations: the latest counts
	Signature  []byte // 65 bytes (r, s, v) for an account key; any bytes for an EIP-1271 contract
}

// ID is an eligibility list's census ID: the SHA-256 of its canonical
// JSON encoding. A registration signs it, so it is valid for this list
// only.
func ID(s *snapshot.Snapshot) ([32]byte, error) {
	b, err := json.Marshal(s)
	if err != nil {
		return [32]byte{}, err
	}
	return sha256.Sum256(b), nil
}

// typedData is the EIP-712 message an account signs.
func typedData(chainID *big.Int, censusID [32]byte, commitment fr.Element, issued uint64) apitypes.TypedData {
	c := commitment.BigInt(new(big.Int))
	return apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"}, {Name: "chainId", Type: "uint256"}},
			"Registration": {{Name: "census", Type: "bytes32"}, {Name: "commitment", Type: "uint256"}, {Name: "issued", Type: "uint64"}},
		},
		PrimaryType: "Registration",
		Domain:      apitypes.TypedDataDomain{Name: "zkvote census", Version: "1", ChainId: (*math.HexOrDecimal256)(chainID)},
		Message: apitypes.TypedDataMessage{
			"census":     hexutil.Encode(censusID[:]),
			"commitment": c.String(),
			"issued":     fmt.Sprint(issued),
		},
	}
}

// Digest is the EIP-712 hash a registration's signature covers.
func Digest(chainID *big.Int, censusID [32]byte, commitment fr.Element, issued uint64) ([32]byte, error) {
	h, _, err := apitypes.TypedDataAndHash(typedData(chainID, censusID, commitment, issued))
	if err != nil {
		return [32]byte{}, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	var d [32]byte
	copy(d[:], h)
	return d, nil
}

// Sign makes key's registration of commitment for the list s.
func Sign(s *snapshot.Snapshot, key *ecdsa.PrivateKey, commitment fr.Element, issued uint64) (*Registration, error) {
	id, err := ID(s)
	if err != nil {
		return nil, err
	}
	d, err := Digest(s.ChainID, id, commitment, issued)
	if err != nil {
		return nil, err
	}
	sig, err := crypto.Sign(d[:], key)
	if err != nil {
		return nil, err
	}
	sig[64] += 27 // the Ethereum convention wallets use
	return &Registration{Account: crypto.PubkeyToAddress(key.PublicKey), Commitment: commitment, Issued: issued, Signature: sig}, nil
}

// Contracts checks signatures of contract accounts (EIP-1271) on a node.
type Contracts interface {
	// IsContract reports whether account has code.
	IsContract(ctx context.Context, account common.Address) (bool, error)
	// IsValidSignature asks account's isValidSignature(digest, sig).
	IsValidSignature(ctx context.Context, account common.Address, digest [32]byte, sig []byte) (bool, error)
}

// check verifies r's signature for the list (chain chainID, ID id).
func check(ctx context.Context, r *Registration, chainID *big.Int, id [32]byte, contracts Contracts) error {
	d, err := Digest(chainID, id, r.Commitment, r.Issued)
	if err != nil {
		return err
	}
	if len(r.Signature) == 65 && (r.Signature[64] == 27 || r.Signature[64] == 28) {
		sig := bytes.Clone(r.Signature)
		sig[64] -= 27
		if pub, err := crypto.SigToPub(d[:], sig); err == nil && crypto.PubkeyToAddress(*pub) == r.Account {
			return nil
		}
	}
	if contracts != nil {
		isContract, err := contracts.IsContract(ctx, r.Account)
		if err != nil {
			return err
		}
		if isContract {
			ok, err := contracts.IsValidSignature(ctx, r.Account, d, r.Signature)
			if err != nil {
				return err
			}
			if ok {
				return nil
			}
			return fmt.Errorf("%w: %s: its contract (EIP-1271) refuses the signature", ErrSignature, r.Account.Hex())
		}
	}
	return fmt.Errorf("%w: %s: not signed by the account", ErrSignature, r.Account.Hex())
}

// Built is a census built from registrations.
type Built struct {
	Members  []census.Member
	Accepted []Registration // one per account, sorted by account
	Replaced int            // earlier registrations superseded by a later one of the same account
}

// Build checks every registration against the list s and keeps, per
// account, the latest; each kept commitment gets its account's weight.
// contracts, when not nil, checks contract accounts' signatures
// (EIP-1271); without it only account keys can register. Every refusal
// names the entry.
func Build(ctx context.Context, s *snapshot.Snapshot, regs []Registration, contracts Contracts) (*Built, error) {
	id, err := ID(s)
	if err != nil {
		return nil, err
	}
	weights := map[common.Address]*big.Int{}
	for _, e := range s.Entries {
		weights[e.Account] = e.Weight
	}
	latest := map[common.Address]Registration{}
	replaced := 0
	for i := range regs {
		r := regs[i]
		if _, ok := weights[r.Account]; !ok {
			return nil, fmt.Errorf("%w: registration %d: %s is not in the eligibility list", ErrIneligible, i+1, r.Account.Hex())
		}
		if err := check(ctx, &r, s.ChainID, id, contracts); err != nil {
			return nil, fmt.Errorf("registration %d: %w", i+1, err)
		}
		prev, seen := latest[r.Account]
		switch {
		case !seen:
			latest[r.Account] = r
		case r.Issued == prev.Issued && !r.Commitment.Equal(&prev.Commitment):
			return nil, fmt.Errorf("%w: %s registered two commitments with the same issue number %d", ErrConflict, r.Account.Hex(), r.Issued)
		case r.Issued > prev.Issued:
			latest[r.Account] = r
			replaced++
		default:
			replaced++
		}
	}
	out := &Built{Replaced: replaced}
	byCommitment := map[fr.Element]common.Address{}
	for _, r := range latest {
		out.Accepted = append(out.Accepted, r)
	}
	sort.Slice(out.Accepted, func(i, j int) bool { return bytes.Compare(out.Accepted[i].Account[:], out.Accepted[j].Account[:]) < 0 })
	for _, r := range out.Accepted {
		if other, dup := byCommitment[r.Commitment]; dup {
			return nil, fmt.Errorf("%w: commitment %s is registered by both %s and %s", ErrConflict, hexutil.Encode(r.Commitment.Marshal()), other.Hex(), r.Account.Hex())
		}
		byCommitment[r.Commitment] = r.Account
		out.Members = append(out.Members, census.Member{Commitment: r.Commitment, Weight: new(big.Int).Set(weights[r.Account])})
	}
	if len(out.Members) == 0 {
		return nil, fmt.Errorf("%w: no registration", ErrFormat)
	}
	return out, nil
}
