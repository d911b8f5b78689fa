package coordinator

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/receipt"
)

// The store's records are the coordinator's own, apart from the public API
// messages, so that the two can evolve separately. Every record starts with
// a version byte; the layouts (big-endian integers, 32-byte field elements,
// points as x‖y) are documented in doc.go under "Storage format".

// StorageFormat is the version of the store's layout as a whole, kept
// under keyFormat. A store without it that holds polls was written by an
// older zkvote and is refused.
const StorageFormat = 1

// recordVersion is the version byte every record starts with.
const recordVersion = 1

// Storage keys.
const (
	keyFormat    = "meta/format"
	keySigning   = "meta/signing" // the Ed25519 public key receipts and seals are signed with
	prefixDef    = "def/"         // + poll ID → definition record (written once)
	prefixHead   = "head/"        // + poll ID → head record (rewritten per entry)
	prefixNull   = "null/"        // + poll ID + nullifier → entry index
	prefixMsg    = "msg/"         // + poll ID + entry hash → entry index
	prefixLog    = "log/"         // + poll ID + index (8 bytes) → entry record
	prefixJob    = "job/"         // + poll ID → tally job record
	prefixResult = "result/"      // + poll ID → results record
	prefixProof  = "proof/"       // + poll ID + kind u8 + index u64 → a batch proof of the tally
	prefixRate   = "rate/"        // + poll ID + state index (8 bytes) → the join's rate set leaf (32 bytes)
	prefixPass   = "pass/"        // + poll ID + pass nullifier → entry index
	// prefixLegacyPoll held protobuf poll records before StorageFormat 1.
	prefixLegacyPoll = "poll/"
)

// errRecord is wrapped by every record decoding error.
var errRecord = errors.New("malformed record")

// recWriter appends a record's fields.
type recWriter struct{ b []byte }

func newRecord() *recWriter { return &recWriter{b: append(make([]byte, 0, 128), recordVersion)} }

func (w *recWriter) u8(v uint8)   { w.b = append(w.b, v) }
func (w *recWriter) u64(v uint64) { w.b = binary.BigEndian.AppendUint64(w.b, v) }
func (w *recWriter) field(e fr.Element) {
	b := e.Bytes()
	w.b = append(w.b, b[:]...)
}
func (w *recWriter) point(p *babyjub.Point) { w.field(p.X); w.field(p.Y) }
func (w *recWriter) bytes(b []byte) {
	w.b = binary.BigEndian.AppendUint32(w.b, uint32(len(b)))
	w.b = append(w.b, b...)
}
func (w *recWriter) fields(es []fr.Element) {
	w.b = binary.BigEndian.AppendUint32(w.b, uint32(len(es)))
	for i := range es {
		w.field(es[i])
	}
}

// recReader reads a record's fields; the first error sticks.
type recReader struct {
	b   []byte
	err error
}

func readRecord(b []byte) *recReader {
	r := &recReader{b: b}
	switch {
	case len(b) == 0:
		r.err = fmt.Errorf("%w: empty", errRecord)
	case b[0] != recordVersion:
		r.err = fmt.Errorf("%w: record version %d, this zkvote reads %d", errRecord, b[0], recordVersion)
	default:
		r.b = b[1:]
	}
	return r
}

func (r *recReader) take(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || len(r.b) < n {
		r.err = fmt.Errorf("%w: truncated", errRecord)
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *recReader) u8() uint8 {
	if b := r.take(1); b != nil {
		return b[0]
	}
	return 0
}

func (r *recReader) u64() uint64 {
	if b := r.take(8); b != nil {
		return binary.BigEndian.Uint64(b)
	}
	return 0
}

func (r *recReader) field() fr.Element {
	b := r.take(fr.Bytes)
	if b == nil {
		return fr.Element{}
	}
	e, err := fr.BigEndian.Element((*[fr.Bytes]byte)(b))
	if err != nil && r.err == nil {
		r.err = fmt.Errorf("%w: %w", errRecord, err)
	}
	return e
}

// point reads a point. Points were validated when they came in (proto/wire)
// and are not checked again: the store is the coordinator's own.
func (r *recReader) point() babyjub.Point { return babyjub.Point{X: r.field(), Y: r.field()} }

func (r *recReader) bytes() []byte {
	b := r.take(4)
	if b == nil {
		return nil
	}
	return append([]byte(nil), r.take(int(binary.BigEndian.Uint32(b)))...)
}

func (r *recReader) fields() []fr.Element {
	b := r.take(4)
	if b == nil {
		return nil
	}
	n := int(binary.BigEndian.Uint32(b))
	if n > len(r.b)/fr.Bytes {
		r.err = fmt.Errorf("%w: truncated", errRecord)
		return nil
	}
	out := make([]fr.Element, n)
	for i := range out {
		out[i] = r.field()
	}
	return out
}

// done reports the first error, or trailing bytes.
func (r *recReader) done() error {
	if r.err == nil && len(r.b) != 0 {
		r.err = fmt.Errorf("%w: %d trailing bytes", errRecord, len(r.b))
	}
	return r.err
}

// Definition record: version, then the definition's JSON file form.
func encodeDefinition(d *poll.Definition) ([]byte, error) {
	b, err := json.Marshal(d)
	if err != nil {
		return nil, err
	}
	return append([]byte{recordVersion}, b...), nil
}

func decodeDefinition(b []byte) (*poll.Definition, error) {
	r := readRecord(b)
	if r.err != nil {
		return nil, r.err
	}
	d, err := poll.Parse(r.b)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", errRecord, err)
	}
	return d, nil
}

// Head record: version, state, count, joins, chain hash, then a seal flag
// and, if set, the seal's count, chain hash, time and signature.
func encodeHead(h *poll.Head) []byte {
	w := newRecord()
	w.u8(uint8(h.State))
	w.u64(h.Count)
	w.u64(h.Joins)
	w.field(h.ChainHash)
	if s := h.Seal; s != nil {
		w.u8(1)
		w.u64(s.Count)
		w.field(s.ChainHash)
		w.u64(uint64(s.SealedUnix))
		w.bytes(s.Signature)
	} else {
		w.u8(0)
	}
	return w.b
}

func decodeHead(id fr.Element, b []byte) (poll.Head, error) {
	r := readRecord(b)
	h := poll.Head{State: poll.State(r.u8()), Count: r.u64(), Joins: r.u64(), ChainHash: r.field()}
	if r.u8() == 1 {
		h.Seal = &receipt.Seal{PollID: id, Count: r.u64(), ChainHash: r.field(), SealedUnix: int64(r.u64()), Signature: r.bytes()}
	}
	if h.State < poll.StateOpen || h.State > poll.StateTallied {
		return h, fmt.Errorf("%w: poll state %d", errRecord, h.State)
	}
	return h, r.done()
}

// Entry record: version, kind (1 join, 2 command), index, state index,
// received time, entry hash, chain hash, then the body — a join's
// nullifier, state leaf, message hash, poll key, ephemeral key, ciphertext
// and proof; a command's ephemeral key and ciphertext.
const (
	kindJoin    = 1
	kindCommand = 2
	// kindProvenCommand is a command of a poll with command proofs: a
	// command's fields, then its opening and its proof.
	kindProvenCommand = 3
	// kindOnChain is set on the kind of an entry that came through the
	// poll's Poll contract: the record ends with its index there (u64).
	kindOnChain = 0x80
)

func encodeEntry(e *poll.Entry) []byte {
	w := newRecord()
	kind := uint8(kindCommand)
	switch {
	case e.Join != nil:
		kind = kindJoin
	case e.Command.Opening != nil:
		kind = kindProvenCommand
	}
	if e.OnChain != nil {
		kind |= kindOnChain
	}
	w.u8(kind)
	w.u64(e.Index)
	w.u64(e.StateIndex)
	w.u64(uint64(e.ReceivedUnix))
	w.field(e.EntryHash)
	w.field(e.ChainHash)
	if e.Join != nil {
		st := &e.Join.Statement
		w.field(st.Nullifier)
		w.field(st.StateLeaf)
		w.field(st.MessageHash)
		w.point(&st.PollKey)
		w.point(&st.EphemeralKey)
		w.fields(st.Ciphertext)
		w.bytes(e.Join.Proof)
	} else {
		w.point(&e.Command.EphemeralKey)
		w.fields(e.Command.Ciphertext)
		if kind&^kindOnChain == kindProvenCommand {
			w.field(*e.Command.Opening)
			w.bytes(e.Command.Proof)
		}
	}
	if e.OnChain != nil {
		w.u64(*e.OnChain)
	}
	return w.b
}

func decodeEntry(pollID fr.Element, b []byte) (*poll.Entry, error) {
	r := readRecord(b)
	kind := r.u8()
	onChain := kind&kindOnChain != 0
	kind &^= kindOnChain
	e := &poll.Entry{Index: r.u64(), StateIndex: r.u64(), ReceivedUnix: int64(r.u64()), EntryHash: r.field(), ChainHash: r.field()}
	switch kind {
	case kindJoin:
		st := joinvote.Statement{PollID: pollID, Nullifier: r.field(), StateLeaf: r.field(), MessageHash: r.field(),
			PollKey: r.point(), EphemeralKey: r.point(), Ciphertext: r.fields()}
		e.Join = &poll.Join{Statement: st, Proof: r.bytes()}
	case kindCommand, kindProvenCommand:
		e.Command = &poll.Command{EphemeralKey: r.point(), Ciphertext: r.fields()}
		if kind == kindProvenCommand {
			o := r.field()
			e.Command.Opening, e.Command.Proof = &o, r.bytes()
		}
	default:
		if r.err == nil {
			r.err = fmt.Errorf("%w: entry kind %d", errRecord, kind)
		}
	}
	if onChain {
		i := r.u64()
		e.OnChain = &i
	}
	return e, r.done()
}

// jobRecord is a tally job as the store keeps it: what clients see, and
// the job's secret seed, from which the salts of the batch boundaries are
// drawn (so that a resumed job rebuilds the same witnesses and the proofs
// it already made still chain), and when it started (for the ETA).
type jobRecord struct {
	poll.TallyJob
	Seed        [32]byte
	StartedUnix int64
}

// Job record: version, poll ID, state, processed, total, proofs done,
// proofs total, error text, seed, start time.
func encodeJob(j *jobRecord) []byte {
	w := newRecord()
	w.field(j.PollID)
	w.u8(uint8(j.State))
	w.u64(j.Processed)
	w.u64(j.Total)
	w.u64(j.ProofsDone)
	w.u64(j.Proofs)
	w.bytes([]byte(j.Error))
	w.b = append(w.b, j.Seed[:]...)
	w.u64(uint64(j.StartedUnix))
	return w.b
}

func decodeJob(b []byte) (*jobRecord, error) {
	r := readRecord(b)
	j := &jobRecord{TallyJob: poll.TallyJob{PollID: r.field(), State: poll.JobState(r.u8()), Processed: r.u64(), Total: r.u64(),
		ProofsDone: r.u64(), Proofs: r.u64(), Error: string(r.bytes())}}
	copy(j.Seed[:], r.take(32))
	j.StartedUnix = int64(r.u64())
	return j, r.done()
}

// Results record: version, then results.json (poll.ResultsFile), written
// once when the tally is done.
func encodeResults(res *poll.ResultsFile) ([]byte, error) {
	b, err := json.Marshal(res)
	if err != nil {
		return nil, err
	}
	return append([]byte{recordVersion}, b...), nil
}

func decodeResults(b []byte) (*poll.ResultsFile, error) {
	r := readRecord(b)
	if r.err != nil {
		return nil, r.err
	}
	var res poll.ResultsFile
	if err := json.Unmarshal(r.b, &res); err != nil {
		return nil, fmt.Errorf("%w: %w", errRecord, err)
	}
	return &res, nil
}

// Proof record (key proof/ID ‖ kind u8 ‖ index u64): version, then a batch
// proof of the tally, kept as soon as it is made, so that a restarted
// job proves only what is missing.
func encodeProof(proof []byte) []byte {
	w := newRecord()
	w.bytes(proof)
	return w.b
}

func decodeProof(b []byte) ([]byte, error) {
	r := readRecord(b)
	p := r.bytes()
	return p, r.done()
}
