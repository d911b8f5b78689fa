package solverifier_test

import (
	"bytes"
	"crypto/sha256"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/contracts/bindings"
	"github.com/zkvote/zkvote/contracts/chaintest"
	"github.com/zkvote/zkvote/contracts/solverifier"
	"github.com/zkvote/zkvote/prover"
)

// product4 has four public inputs: A·B·C = D.
type product4 struct {
	A, B, C, D frontend.Variable `gnark:",public"`
	X          frontend.Variable
}

func (c *product4) Define(api frontend.API) error {
	api.AssertIsEqual(api.Mul(c.A, c.B, c.C, c.X), api.Mul(c.D, c.X))
	return nil
}

// square1 has one public input: X² = Y.
type square1 struct {
	Y frontend.Variable `gnark:",public"`
	X frontend.Variable
}

func (c *square1) Define(api frontend.API) error {
	api.AssertIsEqual(api.Mul(c.X, c.X), c.Y)
	return nil
}

type keyed struct {
	vk     groth16.VerifyingKey
	digest [32]byte
	proof  []byte // 256-byte Solidity form
	inputs []*big.Int
}

func setup(t *testing.T, circuit, assignment frontend.Circuit) keyed {
	t.Helper()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, circuit)
	require.NoError(t, err)
	pk, vk, err := groth16.Setup(ccs)
	require.NoError(t, err)
	w, err := frontend.NewWitness(assignment, ecc.BN254.ScalarField())
	require.NoError(t, err)
	proof, err := groth16.Prove(ccs, pk, w)
	require.NoError(t, err)
	raw, err := prover.ProofBytes(proof)
	require.NoError(t, err)
	sol, err := solverifier.Proof(raw)
	require.NoError(t, err)
	require.Len(t, sol, 256)
	pub, err := w.Public()
	require.NoError(t, err)
	vec := pub.Vector().(fr.Vector)
	var buf bytes.Buffer
	_, err = vk.WriteTo(&buf)
	require.NoError(t, err)
	return keyed{vk: vk, digest: sha256.Sum256(buf.Bytes()), proof: sol, inputs: solverifier.Inputs(vec)}
}

// TestTemplatesCommitted fails when the committed templates are not what
// Template gives now (run go run ./contracts/internal/verifiergen, then
// contracts/build.sh).
func TestTemplatesCommitted(t *testing.T) {
	for _, n := range solverifier.Sizes {
		want, err := solverifier.Template(n)
		require.NoError(t, err)
		got, err := os.ReadFile(filepath.Join("..", "src", "verifiers", solverifier.ContractName(n)+".sol"))
		require.NoError(t, err)
		require.Equal(t, string(want), string(got), "stale template for %d inputs: run go run ./contracts/internal/verifiergen && contracts/build.sh", n)
	}
}

// TestPatchedVerifiers deploys verifiers made by Bytecode from real keys
// (no compiler involved) and checks that they accept real proofs and
// reject tampered proofs, tampered inputs, unreduced inputs and proofs
// for other keys, and carry their key's digest.
func TestPatchedVerifiers(t *testing.T) {
	c := chaintest.New(t)
	call := &bind.CallOpts{Context: t.Context()}

	four := setup(t, &product4{}, &product4{A: 2, B: 3, C: 5, D: 30, X: 7})
	other := setup(t, &product4{}, &product4{A: 1, B: 1, C: 1, D: 1, X: 1})
	one := setup(t, &square1{}, &square1{Y: 49, X: 7})

	deploy := func(k keyed) common.Address {
		code, err := solverifier.Bytecode(k.vk, k.digest)
		require.NoError(t, err)
		addr := c.DeployCode(code)
		return addr
	}
	addr4 := deploy(four)
	v4, err := bindings.NewGroth16Verifier4(addr4, c.Client)
	require.NoError(t, err)
	in4 := func(xs []*big.Int) [4]*big.Int { return [4]*big.Int{xs[0], xs[1], xs[2], xs[3]} }

	require.NoError(t, v4.VerifyProof(call, four.proof, in4(four.inputs)), "a real proof verifies")
	digest, err := v4.VERIFYINGKEYSHA256(call)
	require.NoError(t, err)
	require.Equal(t, four.digest, digest)

	bad := append([]byte(nil), four.proof...)
	bad[100] ^= 1
	require.Error(t, v4.VerifyProof(call, bad, in4(four.inputs)), "tampered proof")
	wrong := in4(four.inputs)
	wrong[3] = big.NewInt(31)
	require.Error(t, v4.VerifyProof(call, four.proof, wrong), "tampered public input")
	unreduced := in4(four.inputs)
	unreduced[0] = new(big.Int).Add(four.inputs[0], fr.Modulus())
	require.Error(t, v4.VerifyProof(call, four.proof, unreduced), "unreduced public input")
	require.Error(t, v4.VerifyProof(call, other.proof, in4(other.inputs)), "a proof for other keys")

	v1, err := bindings.NewGroth16Verifier1(deploy(one), c.Client)
	require.NoError(t, err)
	require.NoError(t, v1.VerifyProof(call, one.proof, [1]*big.Int{one.inputs[0]}))
	require.Error(t, v1.VerifyProof(call, one.proof, [1]*big.Int{big.NewInt(50)}))

	gas := c.EstimateCall(addr4, mustPack(t, four))
	t.Logf("verifyProof with 4 public inputs: %d gas (a transaction calling it directly)", gas)
}

func mustPack(t *testing.T, k keyed) []byte {
	t.Helper()
	abi, err := bindings.Groth16Verifier4MetaData.GetAbi()
	require.NoError(t, err)
	data, err := abi.Pack("verifyProof", k.proof, [4]*big.Int{k.inputs[0], k.inputs[1], k.inputs[2], k.inputs[3]})
	require.NoError(t, err)
	return data
}

// three has three public inputs, a size no template exists for.
type three struct {
	A, B, C frontend.Variable `gnark:",public"`
}

func (c *three) Define(api frontend.API) error {
	api.AssertIsEqual(api.Mul(c.A, c.B), c.C)
	return nil
}

func TestBytecodeRefuses(t *testing.T) {
	k := setup(t, &three{}, &three{A: 2, B: 3, C: 6})
	_, err := solverifier.Bytecode(k.vk, k.digest)
	require.ErrorIs(t, err, solverifier.ErrKey)
	_, err = solverifier.Proof([]byte{1, 2, 3})
	require.ErrorIs(t, err, solverifier.ErrProof)
}
