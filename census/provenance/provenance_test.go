package provenance_test

import (
	"crypto/ecdsa"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/census"
	"github.com/zkvote/zkvote/census/provenance"
	"github.com/zkvote/zkvote/census/registration"
	"github.com/zkvote/zkvote/census/reputation"
	"github.com/zkvote/zkvote/census/snapshot"
)

// built is a census built from an eligibility list and registrations, as
// `zkvote census build --eligibility --registrations` builds it.
type built struct {
	list   *snapshot.Snapshot
	keys   []*ecdsa.PrivateKey
	regs   *registration.File
	file   []byte // the registrations file
	census *census.Census
}

// newKeys makes n accounts, sorted by address as a list sorts them.
func newKeys(t *testing.T, n int) []*ecdsa.PrivateKey {
	keys := make([]*ecdsa.PrivateKey, n)
	for i := range keys {
		k, err := crypto.GenerateKey()
		require.NoError(t, err)
		keys[i] = k
	}
	return keys
}

// tokenList is a snapshot of getPastVotes at block 7 of keys' accounts.
func tokenList(t *testing.T, keys []*ecdsa.PrivateKey) *snapshot.Snapshot {
	var holdings []snapshot.Holding
	for i, k := range keys {
		holdings = append(holdings, snapshot.Holding{Account: crypto.PubkeyToAddress(k.PublicKey), Power: big.NewInt(int64(10 * (i + 1)))})
	}
	entries, rule, err := snapshot.Apply(holdings, snapshot.Rule{Scale: snapshot.ScaleNone, WeightBits: 96})
	require.NoError(t, err)
	return &snapshot.Snapshot{ChainID: big.NewInt(1337), Token: common.HexToAddress("0x00000000000000000000000000000000000000aa"),
		Block: snapshot.BlockRef{Number: 7, Hash: common.Hash{7}, Time: 1700000000}, Mode: snapshot.ModeVotes,
		ClockMode: "mode=blocknumber&from=default", Timepoint: 7, Rule: rule, Entries: entries, Candidates: len(entries)}
}

// build registers every account of keys in list s and builds the census.
func build(t *testing.T, s *snapshot.Snapshot, keys []*ecdsa.PrivateKey) *built {
	var regs []registration.Registration
	for i, k := range keys {
		r, err := registration.Sign(s, k, fr.NewElement(uint64(100+i)), 1)
		require.NoError(t, err)
		regs = append(regs, *r)
	}
	b, err := registration.Build(t.Context(), s, regs, nil)
	require.NoError(t, err)
	c, err := census.Build(b.Members, 4)
	require.NoError(t, err)
	f, err := registration.NewFile(s, b.Accepted)
	require.NoError(t, err)
	data, err := f.Encode()
	require.NoError(t, err)
	src, err := provenance.Of(s, data)
	require.NoError(t, err)
	c, err = c.WithSource(src)
	require.NoError(t, err)
	// What is verified is the census as published: its file, read back.
	out, err := c.MarshalJSON()
	require.NoError(t, err)
	read, err := census.Unmarshal(out, census.WithFullCheck())
	require.NoError(t, err)
	return &built{list: s, keys: keys, regs: f, file: data, census: read}
}

func (b *built) inputs() provenance.Inputs {
	return provenance.Inputs{List: b.list, Registrations: b.file}
}

func TestTokenSourceMatches(t *testing.T) {
	keys := newKeys(t, 3)
	b := build(t, tokenList(t, keys), keys)
	src := b.census.Source()
	require.NotNil(t, src)
	require.Equal(t, "1337", src.ChainID)
	require.Equal(t, &census.TokenSource{Address: "0x00000000000000000000000000000000000000AA", BlockNumber: 7, BlockHash: common.Hash{7}.Hex(),
		Method: "getPastVotes", ClockMode: "mode=blocknumber&from=default", Timepoint: 7}, src.Token)
	require.Equal(t, census.SourceRule{Scale: "none", Divisor: "1", WeightBits: 96}, src.Rule)
	require.Equal(t, 3, src.Registrations.Count)
	require.Equal(t, 3, src.Eligible)
	require.NoError(t, provenance.Verify(t.Context(), b.census, b.inputs()))

	// A census without a source section is still checked, as before.
	members, err := census.Build(b.census.Members(), 4)
	require.NoError(t, err)
	require.NoError(t, provenance.Verify(t.Context(), members, b.inputs()))
}

// TestRegistrationsAlteredByOneEntry: a registration changed, dropped, or
// the file re-encoded: each fails, naming the registration or the field.
func TestRegistrationsAlteredByOneEntry(t *testing.T) {
	keys := newKeys(t, 3)
	b := build(t, tokenList(t, keys), keys)
	encode := func(f *registration.File) []byte {
		data, err := f.Encode()
		require.NoError(t, err)
		return data
	}

	changed := *b.regs
	changed.Registrations = append([]registration.Registration(nil), b.regs.Registrations...)
	changed.Registrations[1].Commitment = fr.NewElement(999)
	in := b.inputs()
	in.Registrations = encode(&changed)
	err := provenance.Verify(t.Context(), b.census, in)
	require.ErrorIs(t, err, registration.ErrSignature)
	require.ErrorContains(t, err, "registration 2: registration: signature: "+changed.Registrations[1].Account.Hex()+": not signed by the account")

	dropped := *b.regs
	dropped.Registrations = b.regs.Registrations[:2]
	in.Registrations = encode(&dropped)
	err = provenance.Verify(t.Context(), b.census, in)
	require.ErrorIs(t, err, provenance.ErrMismatch)
	require.EqualError(t, err, provenance.ErrMismatch.Error()+": registrations.count: the census records 3, the registrations file holds 2")

	in.Registrations = []byte(strings.ReplaceAll(string(b.file), "  ", "\t"))
	err = provenance.Verify(t.Context(), b.census, in)
	require.ErrorIs(t, err, provenance.ErrMismatch)
	require.ErrorContains(t, err, "registrations.file_sha256: the census records")
}

// TestSourceClaimsAnotherBlock: a census whose source names block 8 does
// not verify against the list of block 7, nor against a list taken at
// block 8 with the same accounts (its registrations sign the list of 7).
func TestSourceClaimsAnotherBlock(t *testing.T) {
	keys := newKeys(t, 2)
	b := build(t, tokenList(t, keys), keys)
	src := b.census.Source()
	src.Token.BlockNumber = 8
	lying, err := b.census.WithSource(src)
	require.NoError(t, err)
	err = provenance.Verify(t.Context(), lying, b.inputs())
	require.ErrorIs(t, err, provenance.ErrMismatch)
	require.EqualError(t, err, provenance.ErrMismatch.Error()+": token.block_number: the census records 8, the eligibility list gives 7")

	later := tokenList(t, keys)
	later.Block = snapshot.BlockRef{Number: 8, Hash: common.Hash{8}, Time: 1700000012}
	later.Timepoint = 8
	in := b.inputs()
	in.List = later
	err = provenance.Verify(t.Context(), b.census, in)
	require.ErrorIs(t, err, provenance.ErrMismatch)
	require.ErrorContains(t, err, "token.block_number: the census records 7, the eligibility list gives 8")

	src = b.census.Source()
	src.Token.BlockHash = common.Hash{9}.Hex()
	lying, err = b.census.WithSource(src)
	require.NoError(t, err)
	require.ErrorContains(t, provenance.Verify(t.Context(), lying, b.inputs()), "token.block_hash: the census records 0x09")
}

const scores = `account,score,date
%s,800,2026-11-01
%s,800,2026-05-01
0x00000000000000000000000000000000000000a3,40
`

// TestReputationFileAltered: a census from a reputation list verifies
// with its reputation file; one score changed fails naming the account.
func TestReputationFileAltered(t *testing.T) {
	keys := newKeys(t, 2)
	a0, a1 := crypto.PubkeyToAddress(keys[0].PublicKey).Hex(), crypto.PubkeyToAddress(keys[1].PublicKey).Hex()
	file := strings.Replace(strings.Replace(scores, "%s", a0, 1), "%s", a1, 1)
	d := reputation.Decay{AsOf: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC), HalfLife: 90 * 24 * time.Hour}
	list, err := reputation.List([]byte(file), big.NewInt(1), d, snapshot.Rule{})
	require.NoError(t, err)
	b := build(t, list, keys)
	src := b.census.Source()
	require.Nil(t, src.Token)
	require.Equal(t, &census.ReputationSource{FileSHA256: list.Reputation.FileSHA256, AsOf: "2026-12-01T00:00:00Z",
		HalfLifeSeconds: 90 * 24 * 3600}, src.Reputation)

	in := b.inputs()
	in.Reputation = []byte(file)
	require.NoError(t, provenance.Verify(t.Context(), b.census, in))

	in.Reputation = []byte(strings.Replace(file, a1+",800", a1+",1600", 1))
	err = provenance.Verify(t.Context(), b.census, in)
	require.ErrorIs(t, err, reputation.ErrMismatch)
	require.ErrorContains(t, err, a1+": the file gives power 400 weight 400, the list has power 200 weight 200")

	// A census claiming another date for the list fails on the field.
	src.Reputation.AsOf = "2027-01-01T00:00:00Z"
	lying, err := b.census.WithSource(src)
	require.NoError(t, err)
	in.Reputation = []byte(file)
	require.ErrorContains(t, provenance.Verify(t.Context(), lying, in),
		"reputation.as_of: the census records 2027-01-01T00:00:00Z, the eligibility list gives 2026-12-01T00:00:00Z")
}
