package eddsa

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/test"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/internal/golden"
	"github.com/zkvote/zkvote/circuits/poseidon"
)

func key(t testing.TB, seed int64) *babyjub.PrivateKey {
	k, err := babyjub.NewPrivateKey(new(big.Int).Exp(big.NewInt(seed+3), big.NewInt(97), babyjub.Order()))
	require.NoError(t, err)
	return k
}

func msg(v uint64) fr.Element {
	var m fr.Element
	m.SetUint64(v)
	return m
}

type vector struct {
	Public [2]string `json:"public"`
	Msg    string    `json:"msg"`
	R      [2]string `json:"r"`
	S      string    `json:"s"`
}

func TestVectorsStable(t *testing.T) {
	var vs []vector
	for i := int64(0); i < 3; i++ {
		k := key(t, i)
		m := msg(uint64(1000 + i))
		sig := Sign(k, m)
		a := k.Public()
		require.NoError(t, Verify(&a, m, &sig))
		vs = append(vs, vector{Public: [2]string{a.X.String(), a.Y.String()}, Msg: m.String(),
			R: [2]string{sig.R.X.String(), sig.R.Y.String()}, S: sig.S.String()})
	}
	golden.CheckJSON(t, "testdata/vectors.json", vs)
}

// forgeries returns named (public key, message, signature) triples that
// must not verify, derived from a valid signature by key k on m.
func forgeries(t *testing.T, k *babyjub.PrivateKey, m fr.Element) map[string]struct {
	pub babyjub.Point
	msg fr.Element
	sig Signature
} {
	a := k.Public()
	sig := Sign(k, m)
	type triple = struct {
		pub babyjub.Point
		msg fr.Element
		sig Signature
	}
	out := map[string]triple{}
	out["wrong message"] = triple{a, msg(7), sig}
	out["wrong key"] = triple{key(t, 99).Public(), m, sig}

	s1 := sig
	s1.S.Add(&sig.S, big.NewInt(1))
	out["modified S"] = triple{a, m, s1}

	s2 := sig
	s2.S.Add(&sig.S, babyjub.Order()) // the same point, a non-canonical scalar
	out["S not reduced"] = triple{a, m, s2}

	s3 := sig
	s3.R.Add(&sig.R, &sig.R)
	out["other R"] = triple{a, m, s3}

	s4 := sig
	s4.R.X.Add(&sig.R.X, &fr.Element{1})
	out["R off the curve"] = triple{a, m, s4}

	// a signature by another key presented under the victim's key
	other := key(t, 5)
	out["signature by another key"] = triple{a, m, Sign(other, m)}
	return out
}

func TestNative(t *testing.T) {
	k := key(t, 1)
	m := msg(42)
	a := k.Public()
	sig := Sign(k, m)
	require.NoError(t, Verify(&a, m, &sig))
	require.Equal(t, sig, Sign(k, m), "signing is deterministic")
	for name, f := range forgeries(t, k, m) {
		require.Error(t, Verify(&f.pub, f.msg, &f.sig), name)
	}
	var two babyjub.Point
	two.Y.SetOne()
	two.Y.Neg(&two.Y)
	require.ErrorIs(t, Verify(&two, m, &sig), babyjub.ErrSmallOrder)
}

type validCircuit struct {
	Pub   babyjub.CircuitPoint
	Msg   frontend.Variable
	Sig   CircuitSignature
	Valid frontend.Variable
}

func (c *validCircuit) Define(api frontend.API) error {
	api.AssertIsEqual(IsValid(api, poseidon.New(api), c.Pub, c.Msg, c.Sig), c.Valid)
	return nil
}

type assertCircuit struct {
	Pub babyjub.CircuitPoint
	Msg frontend.Variable
	Sig CircuitSignature
}

func (c *assertCircuit) Define(api frontend.API) error {
	AssertValid(api, poseidon.New(api), c.Pub, c.Msg, c.Sig)
	return nil
}

func cp(p babyjub.Point) babyjub.CircuitPoint { return babyjub.CircuitPoint{X: p.X, Y: p.Y} }

func TestCircuit(t *testing.T) {
	field := ecc.BN254.ScalarField()
	k := key(t, 2)
	m := msg(31337)
	sig := Sign(k, m)
	a := k.Public()
	require.NoError(t, test.IsSolved(&validCircuit{}, &validCircuit{Pub: cp(a), Msg: m, Sig: sig.Assign(), Valid: 1}, field))
	require.NoError(t, test.IsSolved(&assertCircuit{}, &assertCircuit{Pub: cp(a), Msg: m, Sig: sig.Assign()}, field))
	require.Error(t, test.IsSolved(&validCircuit{}, &validCircuit{Pub: cp(a), Msg: m, Sig: sig.Assign(), Valid: 0}, field))

	for name, f := range forgeries(t, k, m) {
		t.Run(name, func(t *testing.T) {
			// the circuit says "invalid" without becoming unsatisfiable...
			require.NoError(t, test.IsSolved(&validCircuit{}, &validCircuit{Pub: cp(f.pub), Msg: f.msg, Sig: f.sig.Assign(), Valid: 0}, field))
			// ...and can never be made to say "valid"
			require.Error(t, test.IsSolved(&validCircuit{}, &validCircuit{Pub: cp(f.pub), Msg: f.msg, Sig: f.sig.Assign(), Valid: 1}, field))
			require.Error(t, test.IsSolved(&assertCircuit{}, &assertCircuit{Pub: cp(f.pub), Msg: f.msg, Sig: f.sig.Assign()}, field))
		})
	}
}

func TestCircuitProves(t *testing.T) {
	k := key(t, 2)
	m := msg(5)
	sig := Sign(k, m)
	golden.ProveGroth16(t, &assertCircuit{}, &assertCircuit{Pub: cp(k.Public()), Msg: m, Sig: sig.Assign()})
}

func TestConstraintCounts(t *testing.T) {
	golden.CheckConstraints(t, "verify", &assertCircuit{})
	golden.CheckConstraints(t, "is-valid", &validCircuit{})
}
