package encrypt

import (
	"fmt"
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

func sharedKey(t testing.TB, seed int64) babyjub.Point {
	a, err := babyjub.NewPrivateKey(big.NewInt(seed + 11))
	require.NoError(t, err)
	b, err := babyjub.NewPrivateKey(big.NewInt(seed + 1000003))
	require.NoError(t, err)
	pb := b.Public()
	k, err := a.Shared(&pb)
	require.NoError(t, err)
	return k
}

func message(n int) []fr.Element {
	m := make([]fr.Element, n)
	for i := range m {
		m[i].SetUint64(uint64(i*i + 3))
		m[i].Neg(&m[i]) // large values near the modulus
	}
	return m
}

type vector struct {
	Key        [2]string `json:"key"`
	Nonce      string    `json:"nonce"`
	Plaintext  []string  `json:"plaintext"`
	Ciphertext []string  `json:"ciphertext"`
}

var lengths = []int{1, 3, 4, 9, 11, 16, 20}

func nativeVectors(t *testing.T) []vector {
	var out []vector
	for i, n := range lengths {
		k := sharedKey(t, int64(i))
		var nonce fr.Element
		nonce.SetUint64(uint64(i))
		m := message(n)
		out = append(out, vector{Key: [2]string{k.X.String(), k.Y.String()}, Nonce: nonce.String(),
			Plaintext: golden.Strs(m), Ciphertext: golden.Strs(Encrypt(&k, nonce, m))})
	}
	return out
}

func TestVectorsStable(t *testing.T) {
	golden.CheckJSON(t, "testdata/vectors.json", nativeVectors(t))
}

func TestNativeRoundTripAndTampering(t *testing.T) {
	for _, n := range lengths {
		k := sharedKey(t, 1)
		var nonce fr.Element
		m := message(n)
		ct := Encrypt(&k, nonce, m)
		require.Len(t, ct, n+1)
		got, err := Decrypt(&k, nonce, ct)
		require.NoError(t, err)
		require.Equal(t, m, got)

		for i := range ct { // every element, tag included, is authenticated
			bad := append([]fr.Element(nil), ct...)
			bad[i].Add(&bad[i], &fr.Element{1})
			_, err := Decrypt(&k, nonce, bad)
			require.ErrorIs(t, err, ErrAuth, "n=%d tampered element %d", n, i)
		}
		other := sharedKey(t, 2)
		_, err = Decrypt(&other, nonce, ct)
		require.ErrorIs(t, err, ErrAuth, "wrong key")
		var nonce2 fr.Element
		nonce2.SetOne()
		_, err = Decrypt(&k, nonce2, ct)
		require.ErrorIs(t, err, ErrAuth, "wrong nonce")
		_, err = Decrypt(&k, nonce, ct[:n]) // tag dropped: the last element is taken as the tag
		require.Error(t, err)
	}
	k := sharedKey(t, 1)
	_, err := Decrypt(&k, fr.Element{}, []fr.Element{{1}})
	require.ErrorIs(t, err, ErrCiphertext)
}

type assertCircuit struct {
	Key        babyjub.CircuitPoint
	Nonce      frontend.Variable
	Plaintext  []frontend.Variable
	Ciphertext []frontend.Variable
}

func (c *assertCircuit) Define(api frontend.API) error {
	AssertEncrypts(api, poseidon.New(api), c.Key, c.Nonce, c.Plaintext, c.Ciphertext)
	return nil
}

type decryptCircuit struct {
	Key        babyjub.CircuitPoint
	Nonce      frontend.Variable
	Plaintext  []frontend.Variable
	Ciphertext []frontend.Variable
	Valid      frontend.Variable
}

func (c *decryptCircuit) Define(api frontend.API) error {
	msg, ok := TryDecrypt(api, poseidon.New(api), c.Key, c.Nonce, c.Ciphertext)
	api.AssertIsEqual(ok, c.Valid)
	for i := range msg {
		// the plaintext is only meaningful when the tag matched
		api.AssertIsEqual(api.Mul(ok, api.Sub(msg[i], c.Plaintext[i])), 0)
	}
	return nil
}

func TestCircuitAgreesWithNative(t *testing.T) {
	field := ecc.BN254.ScalarField()
	for i, v := range nativeVectors(t) {
		n := len(v.Plaintext)
		k := sharedKey(t, int64(i))
		var nonce fr.Element
		nonce.SetUint64(uint64(i))
		m := message(n)
		ct := Encrypt(&k, nonce, m)
		require.Equal(t, v.Ciphertext, golden.Strs(ct))
		key := babyjub.CircuitPoint{X: k.X, Y: k.Y}

		shape := &assertCircuit{Plaintext: make([]frontend.Variable, n), Ciphertext: make([]frontend.Variable, n+1)}
		good := func() *assertCircuit {
			return &assertCircuit{Key: key, Nonce: nonce, Plaintext: golden.Vars(m), Ciphertext: golden.Vars(ct)}
		}
		require.NoError(t, test.IsSolved(shape, good(), field), "n=%d", n)

		cases := map[string]func(w *assertCircuit){
			"plaintext mismatch":  func(w *assertCircuit) { w.Plaintext[n-1] = 5 },
			"tampered ciphertext": func(w *assertCircuit) { w.Ciphertext[0] = 5 },
			"tampered tag":        func(w *assertCircuit) { w.Ciphertext[n] = 5 },
			"wrong key":           func(w *assertCircuit) { w.Key.X = k.Y; w.Key.Y = k.X },
			"wrong nonce":         func(w *assertCircuit) { w.Nonce = 99 },
		}
		for name, mutate := range cases {
			w := good()
			mutate(w)
			require.Error(t, test.IsSolved(shape, w, field), "n=%d %s", n, name)
		}

		dshape := &decryptCircuit{Plaintext: make([]frontend.Variable, n), Ciphertext: make([]frontend.Variable, n+1)}
		require.NoError(t, test.IsSolved(dshape, &decryptCircuit{Key: key, Nonce: nonce, Plaintext: golden.Vars(m), Ciphertext: golden.Vars(ct), Valid: 1}, field))
		bad := golden.Vars(ct)
		bad[0] = 5
		require.NoError(t, test.IsSolved(dshape, &decryptCircuit{Key: key, Nonce: nonce, Plaintext: golden.Vars(m), Ciphertext: bad, Valid: 0}, field), "tampered ciphertext decrypts as invalid")
		require.Error(t, test.IsSolved(dshape, &decryptCircuit{Key: key, Nonce: nonce, Plaintext: golden.Vars(m), Ciphertext: bad, Valid: 1}, field), "tampered ciphertext cannot pass as valid")
	}
}

func TestCircuitProves(t *testing.T) {
	k := sharedKey(t, 0)
	m := message(9)
	ct := Encrypt(&k, fr.Element{}, m)
	golden.ProveGroth16(t, &assertCircuit{Plaintext: make([]frontend.Variable, 9), Ciphertext: make([]frontend.Variable, 10)},
		&assertCircuit{Key: babyjub.CircuitPoint{X: k.X, Y: k.Y}, Nonce: 0, Plaintext: golden.Vars(m), Ciphertext: golden.Vars(ct)})
}

func TestConstraintCounts(t *testing.T) {
	for _, n := range []int{3, 9, 11, 15} {
		golden.CheckConstraints(t, fmt.Sprintf("encrypt-%d", n), &assertCircuit{Plaintext: make([]frontend.Variable, n), Ciphertext: make([]frontend.Variable, n+1)})
	}
}
