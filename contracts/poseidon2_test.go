package contracts_test

import (
	"encoding/json"
	"errors"
	"math/big"
	"math/rand/v2"
	"os"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits/poseidon"
	"github.com/zkvote/zkvote/contracts/bindings"
)

// poseidon2Chain is the Poseidon2 harnesses deployed on a simulated chain.
type poseidon2Chain struct {
	sponge   *bindings.Poseidon2Harness
	compress *bindings.Poseidon2CompressHarness
	narrow   *bindings.Poseidon2NarrowHarness
	wide     *bindings.Poseidon2WideHarness
	call     *bind.CallOpts
	sizes    map[string]int // runtime code size per harness
}

func deployPoseidon2(t *testing.T) *poseidon2Chain {
	t.Helper()
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	addr := crypto.PubkeyToAddress(key.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{addr: {Balance: big.NewInt(params.Ether)}})
	t.Cleanup(func() { _ = sim.Close() })
	client := sim.Client()
	nonce := int64(0)
	auth := func() *bind.TransactOpts { // each deployment is mined in a block of its own (four of ~5M gas may not fit one)
		opts, err := bind.NewKeyedTransactorWithChainID(key, big.NewInt(1337))
		require.NoError(t, err)
		opts.Nonce = big.NewInt(nonce)
		nonce++
		return opts
	}
	c := &poseidon2Chain{call: &bind.CallOpts{Context: t.Context()}, sizes: map[string]int{}}
	addrs := map[string]common.Address{}
	addrs["Poseidon2Harness"], _, c.sponge, err = bindings.DeployPoseidon2Harness(auth(), client)
	require.NoError(t, err)
	sim.Commit()
	addrs["Poseidon2CompressHarness"], _, c.compress, err = bindings.DeployPoseidon2CompressHarness(auth(), client)
	require.NoError(t, err)
	sim.Commit()
	addrs["Poseidon2NarrowHarness"], _, c.narrow, err = bindings.DeployPoseidon2NarrowHarness(auth(), client)
	require.NoError(t, err)
	sim.Commit()
	addrs["Poseidon2WideHarness"], _, c.wide, err = bindings.DeployPoseidon2WideHarness(auth(), client)
	require.NoError(t, err)
	sim.Commit()
	for name, a := range addrs {
		code, err := client.CodeAt(t.Context(), a, nil)
		require.NoError(t, err)
		require.NotEmpty(t, code, "%s was not deployed", name)
		c.sizes[name] = len(code)
	}
	return c
}

// hashWidth calls the harness function for the sponge of width w.
func (c *poseidon2Chain) hashWidth(w int, domain *big.Int, xs []*big.Int) (*big.Int, error) {
	switch w {
	case 4:
		return c.narrow.HashWidth4(c.call, domain, xs)
	case 8:
		return c.narrow.HashWidth8(c.call, domain, xs)
	case 12:
		return c.wide.HashWidth12(c.call, domain, xs)
	case 16:
		return c.wide.HashWidth16(c.call, domain, xs)
	}
	panic("no such width")
}

func (c *poseidon2Chain) hash(t *testing.T, domain uint64, xs []fr.Element) *big.Int {
	t.Helper()
	h, err := c.sponge.Hash(c.call, new(big.Int).SetUint64(domain), bigs(xs))
	require.NoError(t, err, "hash of %d elements", len(xs))
	return h
}

func (c *poseidon2Chain) compressPair(t *testing.T, l, r fr.Element) *big.Int {
	t.Helper()
	h, err := c.compress.Compress(c.call, l.BigInt(new(big.Int)), r.BigInt(new(big.Int)))
	require.NoError(t, err)
	return h
}

func bigs(xs []fr.Element) []*big.Int {
	bs := make([]*big.Int, len(xs))
	for i := range xs {
		bs[i] = xs[i].BigInt(new(big.Int))
	}
	return bs
}

func bigOf(e fr.Element) *big.Int { return e.BigInt(new(big.Int)) }

// randomElements draws n field elements, now and then the edge values 0
// and p-1.
func randomElements(rng *rand.Rand, n int) []fr.Element {
	xs := make([]fr.Element, n)
	for i := range xs {
		switch rng.IntN(16) {
		case 0: // zero
		case 1:
			xs[i].SetOne()
			xs[i].Neg(&xs[i])
		default:
			var b [32]byte
			for j := range b {
				b[j] = byte(rng.Uint32())
			}
			xs[i].SetBytes(b[:])
		}
	}
	return xs
}

// TestPoseidon2Vectors checks the Solidity Poseidon2 against the vectors
// that circuits/poseidon's native and circuit functions are tested with.
func TestPoseidon2Vectors(t *testing.T) {
	data, err := os.ReadFile("../circuits/poseidon/testdata/vectors.json")
	require.NoError(t, err)
	type vector struct {
		Domain uint64   `json:"domain"`
		Inputs []string `json:"inputs"`
		Output string   `json:"output"`
	}
	var v struct {
		Compress []vector `json:"compress"`
		Hash     []vector `json:"hash"`
	}
	require.NoError(t, json.Unmarshal(data, &v))
	require.NotEmpty(t, v.Compress)
	require.NotEmpty(t, v.Hash)
	parse := func(ss []string) []fr.Element {
		es := make([]fr.Element, len(ss))
		for i, s := range ss {
			_, err := es[i].SetString(s)
			require.NoError(t, err)
		}
		return es
	}
	c := deployPoseidon2(t)
	for i, vec := range v.Compress {
		in := parse(vec.Inputs)
		require.Len(t, in, 2)
		want := parse([]string{vec.Output})[0]
		require.Equal(t, bigOf(want), c.compressPair(t, in[0], in[1]), "compress vector %d", i)
	}
	for i, vec := range v.Hash {
		want := parse([]string{vec.Output})[0]
		require.Equal(t, bigOf(want), c.hash(t, vec.Domain, parse(vec.Inputs)), "hash vector %d (%d inputs)", i, len(vec.Inputs))
	}
}

// TestPoseidon2Random compares the Solidity Poseidon2 with the Go one on
// seeded random inputs: every length from 1 to 40 (every width, one to
// three blocks), through hash and through the hashWidthW for that length,
// and many compress pairs.
func TestPoseidon2Random(t *testing.T) {
	c := deployPoseidon2(t)
	rng := rand.New(rand.NewPCG(2, 7))
	domains := []uint64{0, 1, 10, 13, 1 << 40, ^uint64(0)}
	for n := 1; n <= 40; n++ {
		xs := randomElements(rng, n)
		domain := domains[rng.IntN(len(domains))]
		want := poseidon.Hash(domain, xs...)
		require.Equal(t, bigOf(want), c.hash(t, domain, xs), "hash of %d elements, domain %d", n, domain)
		got, err := c.hashWidth(poseidon.SpongeWidth(n), new(big.Int).SetUint64(domain), bigs(xs))
		require.NoError(t, err)
		require.Equal(t, bigOf(want), got, "hashWidth%d of %d elements", poseidon.SpongeWidth(n), n)
	}
	for i := range 64 {
		in := randomElements(rng, 2)
		want := poseidon.Compress(in[0], in[1])
		require.Equal(t, bigOf(want), c.compressPair(t, in[0], in[1]), "compress pair %d", i)
	}
}

// TestPoseidon2Rejects checks the inputs the Solidity Poseidon2 refuses:
// nothing to hash, a word that is not a field element (it would hash like
// its residue), a domain tag wider than Go's uint64, and a length that
// belongs to another width than the hashWidthW called.
func TestPoseidon2Rejects(t *testing.T) {
	c := deployPoseidon2(t)
	p := new(big.Int).Set(fr.Modulus())
	pMinus1 := new(big.Int).Sub(p, big.NewInt(1))
	one := big.NewInt(1)
	spongeABI, err := bindings.Poseidon2HarnessMetaData.GetAbi()
	require.NoError(t, err)
	compressABI, err := bindings.Poseidon2CompressHarnessMetaData.GetAbi()
	require.NoError(t, err)

	_, err = c.sponge.Hash(c.call, one, nil)
	require.Equal(t, "Poseidon2EmptyInput", revertReason(t, spongeABI, err))
	for _, n := range []int{1, 5, 9, 13, 20} { // every width, and a second block
		xs := make([]*big.Int, n)
		for i := range xs {
			xs[i] = big.NewInt(int64(i))
		}
		xs[n-1] = p
		_, err = c.sponge.Hash(c.call, one, xs)
		require.Equal(t, "Poseidon2NotInField", revertReason(t, spongeABI, err), "%d elements, the last one p", n)
		xs[n-1] = new(big.Int).Lsh(one, 256-1)
		_, err = c.sponge.Hash(c.call, one, xs)
		require.Equal(t, "Poseidon2NotInField", revertReason(t, spongeABI, err), "%d elements, the last one 2^255", n)
		xs[n-1] = pMinus1
		_, err = c.sponge.Hash(c.call, one, xs)
		require.NoError(t, err, "p-1 is a field element")
	}
	_, err = c.sponge.Hash(c.call, new(big.Int).Lsh(one, 64), []*big.Int{one})
	require.Equal(t, "Poseidon2DomainTooLarge", revertReason(t, spongeABI, err))

	// hashWidthW takes the lengths hash would give width W, and no other.
	widthABI, err := bindings.Poseidon2NarrowHarnessMetaData.GetAbi()
	require.NoError(t, err)
	for _, w := range []int{4, 8, 12, 16} {
		_, err := c.hashWidth(w, one, nil)
		require.Equal(t, "Poseidon2EmptyInput", revertReason(t, widthABI, err), "hashWidth%d", w)
		for n := 1; n <= 20; n++ {
			xs := make([]*big.Int, n)
			for i := range xs {
				xs[i] = big.NewInt(int64(i))
			}
			_, err := c.hashWidth(w, one, xs)
			if poseidon.SpongeWidth(n) == w {
				require.NoError(t, err, "hashWidth%d of %d elements", w, n)
			} else {
				require.Equal(t, "Poseidon2WrongWidth", revertReason(t, widthABI, err), "hashWidth%d of %d elements", w, n)
			}
		}
	}

	for _, in := range [][2]*big.Int{{p, one}, {one, p}, {new(big.Int).Add(p, one), one}} {
		_, err = c.compress.Compress(c.call, in[0], in[1])
		require.Equal(t, "Poseidon2NotInField", revertReason(t, compressABI, err), "compress(%v, %v)", in[0], in[1])
	}
	_, err = c.compress.Compress(c.call, pMinus1, pMinus1)
	require.NoError(t, err)
}

// revertReason names the custom error a failed call reverted with.
func revertReason(t *testing.T, a *abi.ABI, err error) string {
	t.Helper()
	require.Error(t, err)
	var de rpc.DataError
	require.True(t, errors.As(err, &de), "no revert data in %v", err)
	s, ok := de.ErrorData().(string)
	require.True(t, ok, "revert data %v", de.ErrorData())
	data, err := hexutil.Decode(s)
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(data), 4)
	for name, e := range a.Errors {
		if string(e.ID[:4]) == string(data[:4]) {
			return name
		}
	}
	return hexutil.Encode(data)
}

// TestPoseidon2Gas measures what compress and hash cost a calling contract
// (gasleft() around the library call in the harness) and checks each
// result against Go. `go test ./contracts/ -run Poseidon2Gas -v` prints the
// table of benchmarks/README.md.
func TestPoseidon2Gas(t *testing.T) {
	c := deployPoseidon2(t)
	rng := rand.New(rand.NewPCG(3, 5))
	in := randomElements(rng, 2)
	got, err := c.compress.CompressGas(c.call, bigOf(in[0]), bigOf(in[1]))
	require.NoError(t, err)
	want := poseidon.Compress(in[0], in[1])
	require.Equal(t, bigOf(want), got.H)
	t.Log("| call | inputs | width | permutations | gas |")
	t.Log("|---|---:|---:|---:|---:|")
	t.Logf("| compress | 2 | 2 | 1 | %d |", got.GasUsed)
	for _, n := range []int{1, 3, 4, 7, 11, 15, 16, 30} {
		xs := randomElements(rng, n)
		got, err := c.sponge.HashGas(c.call, big.NewInt(7), bigs(xs))
		require.NoError(t, err)
		want := poseidon.Hash(7, xs...)
		require.Equal(t, bigOf(want), got.H, "hash of %d elements", n)
		w := poseidon.SpongeWidth(n)
		t.Logf("| hash | %d | %d | %d | %d |", n, w, (n+w-2)/(w-1), got.GasUsed)
	}
	for _, name := range []string{"Poseidon2CompressHarness", "Poseidon2NarrowHarness", "Poseidon2WideHarness", "Poseidon2Harness"} {
		require.LessOrEqual(t, c.sizes[name], params.MaxCodeSize)
		t.Logf("%s: %d bytes of runtime code", name, c.sizes[name])
	}
}
