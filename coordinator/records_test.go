package coordinator

import (
	"math/big"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/coordinator/store"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/receipt"
)

func elem(v uint64) fr.Element { var e fr.Element; e.SetUint64(v); return e }

func point(t *testing.T, seed int64) babyjub.Point {
	k, err := babyjub.NewPrivateKey(big.NewInt(seed))
	require.NoError(t, err)
	return k.Public()
}

// TestRecordsRoundTrip: every record decodes to what was encoded, and
// every truncation or version change of it is refused, never misread.
func TestRecordsRoundTrip(t *testing.T) {
	id := elem(42)
	seal := &receipt.Seal{PollID: id, Count: 3, ChainHash: elem(9), SealedUnix: 1700000000, Signature: []byte{1, 2, 3}}
	heads := []poll.Head{
		{State: poll.StateOpen, Count: 0, Joins: 0, ChainHash: elem(1)},
		{State: poll.StateClosed, Count: 3, Joins: 2, ChainHash: elem(9), Seal: seal},
	}
	join := &poll.Entry{Index: 4, StateIndex: 2, ReceivedUnix: 1700000001, EntryHash: elem(5), ChainHash: elem(6),
		Join: &poll.Join{Statement: joinvote.Statement{PollID: id, Nullifier: elem(7), StateLeaf: elem(8), MessageHash: elem(10),
			PollKey: point(t, 3), EphemeralKey: point(t, 4), Ciphertext: []fr.Element{elem(11), elem(12)}}, Proof: []byte("proof")}}
	cmd := &poll.Entry{Index: 5, EntryHash: elem(13), ChainHash: elem(14),
		Command: &poll.Command{EphemeralKey: point(t, 5), Ciphertext: []fr.Element{elem(15)}}}
	opening := elem(16)
	proven := &poll.Entry{Index: 6, EntryHash: elem(17), ChainHash: elem(18),
		Command: &poll.Command{EphemeralKey: point(t, 6), Ciphertext: []fr.Element{elem(19)}, Opening: &opening, Proof: []byte("command proof")}}
	job := &jobRecord{TallyJob: poll.TallyJob{PollID: id, State: poll.JobFailed, Processed: 3, Total: 9, ProofsDone: 2, Proofs: 7, Error: "boom"},
		Seed: [32]byte{1, 2, 3}, StartedUnix: 1700000000}
	res := &poll.ResultsFile{PollID: id, Options: []string{"yes", "no"}, Joins: 4, ChainHash: elem(3), Keys: map[string]string{"joinvote": "00"},
		Results: poll.Results{Totals: []*big.Int{big.NewInt(0), big.NewInt(300)}, Spent: []*big.Int{big.NewInt(0), new(big.Int).Lsh(big.NewInt(1), 100)}}}
	resRec, err := encodeResults(res)
	require.NoError(t, err)

	type rec struct {
		enc  []byte
		dec  func([]byte) (any, error)
		want any
	}
	var recs []rec
	for _, h := range heads {
		recs = append(recs, rec{encodeHead(&h), func(b []byte) (any, error) { return decodeHead(id, b) }, h})
	}
	for _, e := range []*poll.Entry{join, cmd, proven} {
		recs = append(recs, rec{encodeEntry(e), func(b []byte) (any, error) { return decodeEntry(id, b) }, e})
	}
	recs = append(recs,
		rec{encodeJob(job), func(b []byte) (any, error) { return decodeJob(b) }, job},
		rec{resRec, func(b []byte) (any, error) { return decodeResults(b) }, res},
		rec{encodeProof([]byte{9, 9}), func(b []byte) (any, error) { return decodeProof(b) }, []byte{9, 9}})
	for i, r := range recs {
		got, err := r.dec(r.enc)
		require.NoError(t, err, "record %d", i)
		require.Equal(t, r.want, got, "record %d", i)
		for n := 0; n < len(r.enc); n++ {
			_, err := r.dec(r.enc[:n])
			require.ErrorIs(t, err, errRecord, "record %d cut to %d bytes", i, n)
		}
		_, err = r.dec(append(append([]byte(nil), r.enc...), 0))
		require.ErrorIs(t, err, errRecord, "record %d with a trailing byte", i)
		other := append([]byte(nil), r.enc...)
		other[0] = recordVersion + 1
		_, err = r.dec(other)
		require.ErrorIs(t, err, errRecord, "record %d of another version", i)
	}
}

// TestHeadRecordIsSmall: the record rewritten on every accepted entry stays
// a fixed, small size (the definition is stored once, at creation).
func TestHeadRecordIsSmall(t *testing.T) {
	h := poll.Head{State: poll.StateOpen, Count: 1 << 40, Joins: 1 << 39, ChainHash: elem(3)}
	require.Len(t, encodeHead(&h), 1+1+8+8+32+1)
}

// TestStorageFormat: a fresh store is marked with the current format; a
// store written by an older zkvote (protobuf poll records, no marker) or
// marked with another format is refused with a message that says so.
func TestStorageFormat(t *testing.T) {
	dir := t.TempDir()
	keys, err := LoadOrCreateKeys(dir)
	require.NoError(t, err)
	open := func(sub string, prepare ...store.Op) error {
		st, err := store.OpenPebble(filepath.Join(dir, sub))
		require.NoError(t, err)
		if len(prepare) > 0 {
			w, err := st.Write(prepare)
			require.NoError(t, err)
			require.NoError(t, w.Wait())
		}
		svc, err := Open(Defaults(), st, keys)
		if err != nil {
			require.NoError(t, st.Close())
			return err
		}
		return svc.Close()
	}
	require.NoError(t, open("fresh"))
	require.NoError(t, open("fresh"), "reopened with its marker")
	err = open("legacy", store.Op{Key: []byte(prefixLegacyPoll + "x"), Value: []byte{1}})
	require.ErrorIs(t, err, ErrStorageFormat)
	require.Contains(t, err.Error(), "older zkvote")
	err = open("future", store.Op{Key: []byte(keyFormat), Value: []byte{StorageFormat + 1}})
	require.ErrorIs(t, err, ErrStorageFormat)
}
