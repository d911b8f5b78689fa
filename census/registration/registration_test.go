package registration_test

import (
	"crypto/ecdsa"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/census"
	"github.com/zkvote/zkvote/census/registration"
	"github.com/zkvote/zkvote/census/snapshot"
	"github.com/zkvote/zkvote/contracts/bindings"
	"github.com/zkvote/zkvote/contracts/chaintest"
)

// list is an eligibility list of the given accounts with weights 10, 20, ...
func list(t *testing.T, accounts ...common.Address) *snapshot.Snapshot {
	t.Helper()
	s := &snapshot.Snapshot{ChainID: big.NewInt(1337), Token: common.HexToAddress("0x00000000000000000000000000000000000000aa"),
		Block: snapshot.BlockRef{Number: 10, Hash: common.Hash{1}, Time: 1700000000}, Mode: snapshot.ModeBalance,
		Rule: snapshot.Rule{Scale: snapshot.ScaleNone, Divisor: big.NewInt(1), WeightBits: 96}}
	for i, a := range accounts {
		s.Entries = append(s.Entries, snapshot.Entry{Account: a, Power: big.NewInt(int64(10 * (i + 1))), Weight: big.NewInt(int64(10 * (i + 1)))})
	}
	return s
}

func keys(t *testing.T, n int) ([]*ecdsa.PrivateKey, []common.Address) {
	var ks []*ecdsa.PrivateKey
	var as []common.Address
	for range n {
		k, err := crypto.GenerateKey()
		require.NoError(t, err)
		ks, as = append(ks, k), append(as, crypto.PubkeyToAddress(k.PublicKey))
	}
	return ks, as
}

func commitment(v uint64) fr.Element {
	var e fr.Element
	e.SetUint64(v)
	return e
}

func TestBuild(t *testing.T) {
	ctx := t.Context()
	ks, as := keys(t, 3)
	s := list(t, as[0], as[1])
	sign := func(k *ecdsa.PrivateKey, c, issued uint64) registration.Registration {
		r, err := registration.Sign(s, k, commitment(c), issued)
		require.NoError(t, err)
		return *r
	}

	b, err := registration.Build(ctx, s, []registration.Registration{sign(ks[0], 1, 1), sign(ks[1], 2, 1), sign(ks[0], 3, 2)}, nil)
	require.NoError(t, err)
	require.Equal(t, 1, b.Replaced, "account 0's second registration replaces its first")
	require.Len(t, b.Members, 2)
	weights := map[uint64]int64{}
	for _, m := range b.Members {
		weights[m.Commitment.Uint64()] = m.Weight.Int64()
	}
	require.Equal(t, map[uint64]int64{3: 10, 2: 20}, weights, "each commitment gets its account's weight")

	// Refusals, each naming the entry.
	_, err = registration.Build(ctx, s, []registration.Registration{sign(ks[2], 9, 1)}, nil)
	require.ErrorIs(t, err, registration.ErrIneligible)
	require.ErrorContains(t, err, as[2].Hex())

	forged := sign(ks[2], 9, 1)
	forged.Account = as[0]
	_, err = registration.Build(ctx, s, []registration.Registration{forged}, nil)
	require.ErrorIs(t, err, registration.ErrSignature, "signed by another key than the account's")

	altered := sign(ks[0], 1, 1)
	altered.Commitment = commitment(5)
	_, err = registration.Build(ctx, s, []registration.Registration{altered}, nil)
	require.ErrorIs(t, err, registration.ErrSignature, "commitment changed after signing")

	other := list(t, as[0], as[1], as[2])
	foreign, err := registration.Sign(other, ks[0], commitment(1), 1)
	require.NoError(t, err)
	_, err = registration.Build(ctx, s, []registration.Registration{*foreign}, nil)
	require.ErrorIs(t, err, registration.ErrSignature, "signed for another list")

	_, err = registration.Build(ctx, s, []registration.Registration{sign(ks[0], 1, 1), sign(ks[1], 1, 1)}, nil)
	require.ErrorIs(t, err, registration.ErrConflict, "one commitment, two accounts")
	require.ErrorContains(t, err, as[0].Hex())
	require.ErrorContains(t, err, as[1].Hex())

	_, err = registration.Build(ctx, s, []registration.Registration{sign(ks[0], 1, 4), sign(ks[0], 2, 4)}, nil)
	require.ErrorIs(t, err, registration.ErrConflict, "two commitments with the same issue number")
}

// TestPublishAndVerify: the census and its registrations file check out
// from the files alone; a registrations file with one commitment swapped,
// or a census of other members, does not.
func TestPublishAndVerify(t *testing.T) {
	ctx := t.Context()
	dir := t.TempDir()
	ks, as := keys(t, 3)
	s := list(t, as...)
	var regs []registration.Registration
	for i, k := range ks {
		r, err := registration.Sign(s, k, commitment(uint64(100+i)), 1)
		require.NoError(t, err)
		one, err := registration.NewFile(s, []registration.Registration{*r})
		require.NoError(t, err)
		require.NoError(t, one.WriteFile(filepath.Join(dir, "r"+string(rune('0'+i))+".json"), false))
	}
	paths, err := filepath.Glob(filepath.Join(dir, "r*.json"))
	require.NoError(t, err)
	regs, err = registration.Gather(s, paths)
	require.NoError(t, err)
	b, err := registration.Build(ctx, s, regs, nil)
	require.NoError(t, err)
	c, err := census.Build(b.Members, 4)
	require.NoError(t, err)
	f, err := registration.NewFile(s, b.Accepted)
	require.NoError(t, err)
	require.NoError(t, f.WriteFile(filepath.Join(dir, "registrations.json"), false))

	read, err := registration.ReadFile(filepath.Join(dir, "registrations.json"))
	require.NoError(t, err)
	require.NoError(t, registration.Verify(ctx, s, read, c, nil))

	swapped := *read
	swapped.Registrations = append([]registration.Registration(nil), read.Registrations...)
	swapped.Registrations[1].Commitment = commitment(7)
	require.ErrorIs(t, registration.Verify(ctx, s, &swapped, c, nil), registration.ErrSignature)

	others, err := census.Build(b.Members[:2], 4)
	require.NoError(t, err)
	require.ErrorIs(t, registration.Verify(ctx, s, read, others, nil), registration.ErrConflict)

	_, err = registration.Gather(list(t, as[0]), paths)
	require.ErrorIs(t, err, registration.ErrConflict, "files for another list")
}

// TestContractAccount: a contract account (a wallet whose owner signs,
// EIP-1271) registers through a node; without one it cannot.
func TestContractAccount(t *testing.T) {
	ch := chaintest.New(t)
	owner, stranger := ch.Keys[1], ch.Keys[2]
	wallet, tx, _, err := bindings.DeploySignerWallet(ch.Auth(0), ch.Client, ch.Addrs[1])
	ch.Mined(tx, err)
	s := list(t, wallet)
	s.ChainID = big.NewInt(chaintest.ChainID)
	node := registration.Node{Client: ch.Client}

	r, err := registration.Sign(s, owner, commitment(42), 1)
	require.NoError(t, err)
	r.Account = wallet // the owner signs for the wallet
	b, err := registration.Build(t.Context(), s, []registration.Registration{*r}, node)
	require.NoError(t, err)
	require.Len(t, b.Members, 1)

	_, err = registration.Build(t.Context(), s, []registration.Registration{*r}, nil)
	require.ErrorIs(t, err, registration.ErrSignature, "no node: contract accounts cannot be checked")

	bad, err := registration.Sign(s, stranger, commitment(42), 1)
	require.NoError(t, err)
	bad.Account = wallet
	_, err = registration.Build(t.Context(), s, []registration.Registration{*bad}, node)
	require.ErrorIs(t, err, registration.ErrSignature)
	require.ErrorContains(t, err, "EIP-1271")
}
