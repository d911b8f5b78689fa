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
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/command"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/joinvote/jvtest"
	"github.com/zkvote/zkvote/contracts/bindings"
	"github.com/zkvote/zkvote/contracts/chaintest"
	"github.com/zkvote/zkvote/contracts/solverifier"
	"github.com/zkvote/zkvote/prover"
)

// joinLike has the join+vote proof's public shape: a poll ID and two more
// inputs (nullifier, entry), here any three values with P + N + E = X.
type joinLike struct {
	P, N, E frontend.Variable `gnark:",public"`
	X       frontend.Variable
}

func (c *joinLike) Define(api frontend.API) error {
	api.AssertIsEqual(api.Add(c.P, c.N, c.E), c.X)
	return nil
}

// joinLikeWitness is a joinLike assignment of full-size field elements
// (calldata gas depends on the bytes), drawn from seed.
func joinLikeWitness(seed uint64) *joinLike {
	var p, n, e, x fr.Element
	for i, v := range []*fr.Element{&p, &n, &e} {
		v.SetUint64(seed*3 + uint64(i) + 1)
		v.Neg(v) // the field's top: every byte non-zero
		v.Square(v)
	}
	x.Add(&p, &n).Add(&x, &e)
	return &joinLike{P: p, N: n, E: e, X: x}
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
	ccs    constraint.ConstraintSystem
	pk     groth16.ProvingKey
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
	var buf bytes.Buffer
	_, err = vk.WriteTo(&buf)
	require.NoError(t, err)
	return proveAgain(t, keyed{ccs: ccs, pk: pk, vk: vk, digest: sha256.Sum256(buf.Bytes())}, assignment)
}

// proveAgain is k with a proof of another assignment under the same keys.
func proveAgain(t *testing.T, k keyed, assignment frontend.Circuit) keyed {
	t.Helper()
	w, err := frontend.NewWitness(assignment, ecc.BN254.ScalarField())
	require.NoError(t, err)
	proof, err := groth16.Prove(k.ccs, k.pk, w)
	require.NoError(t, err)
	raw, err := prover.ProofBytes(proof)
	require.NoError(t, err)
	sol, err := solverifier.Proof(raw)
	require.NoError(t, err)
	require.Len(t, sol, 256)
	pub, err := w.Public()
	require.NoError(t, err)
	k.proof, k.inputs = sol, solverifier.Inputs(pub.Vector().(fr.Vector))
	return k
}

// TestTemplatesCommitted fails when the committed templates are not what
// Template gives now (run go run ./contracts/internal/verifiergen, then
// contracts/build.sh).
func TestTemplatesCommitted(t *testing.T) {
	for _, s := range solverifier.Shapes {
		want, err := solverifier.Template(s)
		require.NoError(t, err)
		got, err := os.ReadFile(filepath.Join("..", "src", "verifiers", s.ContractName()+".sol"))
		require.NoError(t, err)
		require.Equal(t, string(want), string(got), "stale template %s: run go run ./contracts/internal/verifiergen && contracts/build.sh", s.ContractName())
	}
}

// TestPatchedVerifiers deploys verifiers made by Bytecode and PollBytecode
// from real keys (no compiler involved) and checks that they accept real
// proofs and reject tampered proofs, tampered inputs, unreduced inputs,
// proofs for other keys and, bound to a poll, proofs of another poll; and
// that they carry their key's digest and their poll.
func TestPatchedVerifiers(t *testing.T) {
	c := chaintest.New(t)
	call := &bind.CallOpts{Context: t.Context()}

	join := setup(t, &joinLike{}, joinLikeWitness(1))
	one := setup(t, &square1{}, &square1{Y: 49, X: 7})
	pollID := fieldOf(join.inputs[0])

	code, err := solverifier.PollBytecode(join.vk, join.digest, pollID)
	require.NoError(t, err)
	addr := c.DeployCode(code)
	v, err := bindings.NewPollGroth16Verifier2(addr, c.Client)
	require.NoError(t, err)
	in2 := func(xs []*big.Int) [2]*big.Int { return [2]*big.Int{xs[1], xs[2]} }

	require.NoError(t, v.VerifyProof(call, join.proof, in2(join.inputs)), "a real proof verifies")
	digest, err := v.VERIFYINGKEYSHA256(call)
	require.NoError(t, err)
	require.Equal(t, join.digest, digest)
	bound, err := v.POLLID(call)
	require.NoError(t, err)
	require.Zero(t, bound.Cmp(join.inputs[0]), "POLL_ID is the folded input")

	bad := append([]byte(nil), join.proof...)
	bad[100] ^= 1
	require.Error(t, v.VerifyProof(call, bad, in2(join.inputs)), "tampered proof")
	wrong := in2(join.inputs)
	wrong[1] = new(big.Int).Add(wrong[1], big.NewInt(1))
	require.Error(t, v.VerifyProof(call, join.proof, wrong), "tampered public input")
	unreduced := in2(join.inputs)
	unreduced[0] = new(big.Int).Add(unreduced[0], fr.Modulus())
	require.Error(t, v.VerifyProof(call, join.proof, unreduced), "unreduced public input")

	// The same key's proof for another poll ID: a valid proof, refused here,
	// accepted by the verifier bound to its own poll.
	otherKey := setup(t, &joinLike{}, joinLikeWitness(1)) // same circuit, other setup
	require.Error(t, v.VerifyProof(call, otherKey.proof, in2(otherKey.inputs)), "a proof for other keys")
	samekey := proveAgain(t, join, joinLikeWitness(2))
	require.Error(t, v.VerifyProof(call, samekey.proof, in2(samekey.inputs)), "a proof of another poll")
	code, err = solverifier.PollBytecode(join.vk, join.digest, fieldOf(samekey.inputs[0]))
	require.NoError(t, err)
	v2, err := bindings.NewPollGroth16Verifier2(c.DeployCode(code), c.Client)
	require.NoError(t, err)
	require.NoError(t, v2.VerifyProof(call, samekey.proof, in2(samekey.inputs)), "bound to its own poll")

	deploy := func(k keyed) common.Address {
		code, err := solverifier.Bytecode(k.vk, k.digest)
		require.NoError(t, err)
		return c.DeployCode(code)
	}
	v1, err := bindings.NewGroth16Verifier1(deploy(one), c.Client)
	require.NoError(t, err)
	require.NoError(t, v1.VerifyProof(call, one.proof, [1]*big.Int{one.inputs[0]}))
	require.Error(t, v1.VerifyProof(call, one.proof, [1]*big.Int{big.NewInt(50)}))

	gas := c.EstimateCall(addr, mustPack(t, join))
	t.Logf("verifyProof of a poll-bound verifier, 2 public inputs of 32 non-zero bytes: %d gas (a transaction calling it directly)", gas)
}

func fieldOf(x *big.Int) fr.Element {
	var e fr.Element
	e.SetBigInt(x)
	return e
}

func mustPack(t *testing.T, k keyed) []byte {
	t.Helper()
	abi, err := bindings.PollGroth16Verifier2MetaData.GetAbi()
	require.NoError(t, err)
	data, err := abi.Pack("verifyProof", k.proof, [2]*big.Int{k.inputs[1], k.inputs[2]})
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

// TestCommandProofOnChain: a real command proof (circuits/command)
// verifies through its poll's verifier (the poll ID folded, the command's
// chain entry the one input) and not with another entry; it logs the gas
// of a transaction that only verifies it.
func TestCommandProofOnChain(t *testing.T) {
	c := chaintest.New(t)
	call := &bind.CallOpts{Context: t.Context()}
	params := circuits.TestParams()
	keys, err := prover.SetupDev(t.Context(), prover.Command, params, nil)
	require.NoError(t, err)
	f := jvtest.New(t, params, joinvote.ModeWeighted, 10, 1)
	w, err := command.NewWitness(params, &f.Poll, jvtest.Command(t))
	require.NoError(t, err)
	proof, err := keys.Prove(w.Assignment, nil)
	require.NoError(t, err)
	raw, err := prover.ProofBytes(proof)
	require.NoError(t, err)
	sol, err := solverifier.Proof(raw)
	require.NoError(t, err)
	digest, err := solverifier.Digest(keys.VerifyingKeyDigest())
	require.NoError(t, err)

	code, err := solverifier.PollBytecode(keys.VK, digest, w.Statement.PollID)
	require.NoError(t, err)
	addr := c.DeployCode(code)
	v, err := bindings.NewPollGroth16Verifier1(addr, c.Client)
	require.NoError(t, err)
	entry := solverifier.Inputs([]fr.Element{w.Statement.Entry()})[0]
	require.NoError(t, v.VerifyProof(call, sol, [1]*big.Int{entry}))
	require.Error(t, v.VerifyProof(call, sol, [1]*big.Int{new(big.Int).Add(entry, big.NewInt(1))}), "another entry")

	abi, err := bindings.PollGroth16Verifier1MetaData.GetAbi()
	require.NoError(t, err)
	data, err := abi.Pack("verifyProof", sol, [1]*big.Int{entry})
	require.NoError(t, err)
	t.Logf("a real command proof, verified by its poll's verifier in a transaction of its own: %d gas", c.EstimateCall(addr, data))
}

// TestProofFromSolidity: a proof read back from its EIP-197 form (as an
// on-chain event carries it) is the proof logs hold; a point off the
// curve or a short proof is refused.
func TestProofFromSolidity(t *testing.T) {
	k := setup(t, &square1{}, &square1{Y: 49, X: 7})
	w, err := frontend.NewWitness(&square1{Y: 49, X: 7}, ecc.BN254.ScalarField())
	require.NoError(t, err)
	proof, err := groth16.Prove(k.ccs, k.pk, w)
	require.NoError(t, err)
	raw, err := prover.ProofBytes(proof)
	require.NoError(t, err)
	sol, err := solverifier.Proof(raw)
	require.NoError(t, err)
	back, err := solverifier.ProofFromSolidity(sol)
	require.NoError(t, err)
	require.Equal(t, raw, back)

	bad := append([]byte(nil), sol...)
	bad[63] ^= 1 // A.y: off the curve
	_, err = solverifier.ProofFromSolidity(bad)
	require.ErrorIs(t, err, solverifier.ErrProof)
	_, err = solverifier.ProofFromSolidity(sol[:255])
	require.ErrorIs(t, err, solverifier.ErrProof)
}
