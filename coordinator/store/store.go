package store

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"

	"github.com/cockroachdb/pebble"
)

// Errors returned by stores.
var (
	ErrNotFound = errors.New("store: not found")
	ErrClosed   = errors.New("store: closed")
)

// Op sets Key to Value.
type Op struct {
	Key, Value []byte
}

// Pending is an applied write waiting to be durable.
type Pending interface {
	// Wait returns once the write is durable, or the error that kept it
	// from being so (then the store must be considered failed).
	Wait() error
}

// Store is what the coordinator needs of storage.
type Store interface {
	// Get returns a copy of the value at key, or ErrNotFound.
	Get(key []byte) ([]byte, error)
	// Scan calls fn for each key with prefix, from start (inclusive, nil for
	// the first), in key order, until fn returns an error.
	Scan(prefix, start []byte, fn func(key, value []byte) error) error
	// Write applies ops atomically; see the package documentation.
	Write(ops []Op) (Pending, error)
	// Close flushes and closes the store.
	Close() error
}

// Pebble is a Store on a Pebble database.
type Pebble struct {
	mu     sync.RWMutex // guards closed against in-flight calls
	db     *pebble.DB
	dir    string
	closed bool
}

// OpenPebble opens (creating if needed) a Pebble database in dir. A
// damaged MANIFEST or CURRENT file is an ErrDamaged naming it; so is a
// damaged table file met by a read, later.
func OpenPebble(dir string) (*Pebble, error) {
	db, err := pebble.Open(dir, &pebble.Options{Logger: quietLogger{dir: dir}})
	if err != nil {
		if err := damaged(dir, err); errors.Is(err, ErrDamaged) {
			return nil, err
		}
		return nil, fmt.Errorf("store: open %s: %w", dir, err)
	}
	return &Pebble{db: db, dir: dir}, nil
}

// Get implements Store.
func (p *Pebble) Get(key []byte) ([]byte, error) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	if p.closed {
		return nil, ErrClosed
	}
	v, closer, err := p.db.Get(key)
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, damaged(p.dir, err)
	}
	defer closer.Close()
	return bytes.Clone(v), nil
}

// Scan implements Store.
func (p *Pebble) Scan(prefix, start []byte, fn func(key, value []byte) error) error {
	p.mu.RLock()
	defer p.mu.RUnlock()
	if p.closed {
		return ErrClosed
	}
	lower := prefix
	if start != nil {
		lower = start
	}
	it, err := p.db.NewIter(&pebble.IterOptions{LowerBound: lower, UpperBound: prefixEnd(prefix)})
	if err != nil {
		return damaged(p.dir, err)
	}
	for ok := it.First(); ok; ok = it.Next() {
		if err := fn(bytes.Clone(it.Key()), bytes.Clone(it.Value())); err != nil {
			_ = it.Close()
			return err
		}
	}
	return damaged(p.dir, it.Close())
}

// prefixEnd returns the smallest key above every key with prefix.
func prefixEnd(prefix []byte) []byte {
	end := bytes.Clone(prefix)
	for i := len(end) - 1; i >= 0; i-- {
		if end[i] < 0xff {
			end[i]++
			return end[:i+1]
		}
	}
	return nil
}

type pending struct {
	p *Pebble
	b *pebble.Batch
}

func (w pending) Wait() error {
	defer w.p.mu.RUnlock()
	err := w.b.SyncWait()
	_ = w.b.Close()
	return err
}

// Write implements Store.
func (p *Pebble) Write(ops []Op) (Pending, error) {
	p.mu.RLock() // held until Wait: Close waits for in-flight writes
	if p.closed {
		p.mu.RUnlock()
		return nil, ErrClosed
	}
	b := p.db.NewBatch()
	for _, op := range ops {
		if err := b.Set(op.Key, op.Value, nil); err != nil {
			_ = b.Close()
			p.mu.RUnlock()
			return nil, err
		}
	}
	if err := p.db.ApplyNoSyncWait(b, pebble.Sync); err != nil {
		_ = b.Close()
		p.mu.RUnlock()
		return nil, err
	}
	return pending{p, b}, nil
}

// Close implements Store: it waits for in-flight writes, then flushes.
func (p *Pebble) Close() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return nil
	}
	p.closed = true
	if err := p.db.Flush(); err != nil {
		_ = p.db.Close()
		return err
	}
	return p.db.Close()
}

// quietLogger drops Pebble's informational logs; errors still surface as
// returned errors. Pebble calls Fatalf when it cannot go on safely (a
// MANIFEST it cannot write or sync) and expects it not to return: the
// process stops with one line naming the data directory and what to do,
// not a panic's goroutine dump.
type quietLogger struct{ dir string }

func (quietLogger) Infof(string, ...any)  {}
func (quietLogger) Errorf(string, ...any) {}
func (l quietLogger) Fatalf(format string, args ...any) {
	fmt.Fprintf(fatalOut, "zkvote: store %s: fatal: %s: stop here; run `zkvote coordinator check --data-dir` on it, and restore the data directory from a backup if that fails\n",
		l.dir, strings.TrimSpace(fmt.Sprintf(format, args...)))
	fatalExit(fatalExitCode)
}

// What quietLogger.Fatalf writes to and how it stops (tests replace them).
var (
	fatalOut  io.Writer = os.Stderr
	fatalExit           = os.Exit
)

// fatalExitCode is the exit status after a fatal store error (EX_IOERR).
const fatalExitCode = 74
