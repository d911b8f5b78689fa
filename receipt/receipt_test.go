package receipt_test

import (
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/receipt"
)

func TestReceiptAndSealSignatures(t *testing.T) {
	pub, priv, err := ed25519.GenerateKey(nil)
	require.NoError(t, err)
	r := &receipt.Receipt{PollID: fr.Element{1}, Index: 7, EntryHash: fr.Element{2}, ChainHash: fr.Element{3}}
	r.Sign(priv)
	require.NoError(t, r.Verify(pub))
	for name, mutate := range map[string]func(*receipt.Receipt){
		"index": func(r *receipt.Receipt) { r.Index++ },
		"entry": func(r *receipt.Receipt) { r.EntryHash = fr.Element{9} },
		"chain": func(r *receipt.Receipt) { r.ChainHash = fr.Element{9} },
		"poll":  func(r *receipt.Receipt) { r.PollID = fr.Element{9} },
	} {
		c := *r
		mutate(&c)
		require.ErrorIs(t, c.Verify(pub), receipt.ErrBadSignature, name)
	}
	other, _, _ := ed25519.GenerateKey(nil)
	require.ErrorIs(t, r.Verify(other), receipt.ErrBadSignature)

	s := &receipt.Seal{PollID: fr.Element{1}, Count: 3, ChainHash: fr.Element{4}, SealedUnix: 1700000000}
	s.Sign(priv)
	require.NoError(t, s.Verify(pub))
	s.Count++
	require.ErrorIs(t, s.Verify(pub), receipt.ErrBadSignature)

	path := filepath.Join(t.TempDir(), "r.json")
	f := &receipt.File{Receipt: *r, SigningKey: pub, Kind: "join"}
	require.NoError(t, f.WriteFile(path, false))
	require.Error(t, f.WriteFile(path, false), "never silently replaced")
	back, err := receipt.ReadFile(path)
	require.NoError(t, err)
	require.Equal(t, f, back)
	require.NoError(t, back.Receipt.Verify(back.SigningKey))
}

// TestFileHex: a receipt file writes its signature and the signing key in
// 0x-hex, as its field elements; files written before, in hex without the
// prefix, still read to the same receipt.
func TestFileHex(t *testing.T) {
	pub, priv, err := ed25519.GenerateKey(nil)
	require.NoError(t, err)
	r := receipt.Receipt{PollID: fr.Element{1}, Index: 7, EntryHash: fr.Element{2}, ChainHash: fr.Element{3}}
	r.Sign(priv)
	f := &receipt.File{Receipt: r, SigningKey: pub, Kind: "message"}
	data, err := json.Marshal(f)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(data, &m))
	require.Equal(t, "0x"+hex.EncodeToString(r.Signature), m["signature"])
	require.Equal(t, "0x"+hex.EncodeToString(pub), m["coordinator_signing_key"])

	m["signature"], m["coordinator_signing_key"] = hex.EncodeToString(r.Signature), hex.EncodeToString(pub)
	old, err := json.Marshal(m)
	require.NoError(t, err)
	var back receipt.File
	require.NoError(t, json.Unmarshal(old, &back))
	require.Equal(t, f, &back)
}
