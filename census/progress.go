package census

import (
	"sync"
	"sync/atomic"
)

// WithProgress makes Build and BuildFile report the hashing of the tree,
// which is nearly all of a large build (about 12 s of 13 s for a million
// members): f gets the hashes done so far and the total, a leaf for each
// member and a node for each inner node. f is called from one goroutine
// at a time, with done always increasing, first with done 0 and last with
// done equal to total; it must return quickly, since a hashing goroutine
// waits for it.
func WithProgress(f func(done, total int)) Option {
	return func(c *config) error {
		c.progress = f
		return nil
	}
}

// meter counts the hashes of a tree build for a WithProgress callback. A
// nil meter counts nothing.
type meter struct {
	f        func(done, total int)
	total    int
	done     atomic.Int64
	mu       sync.Mutex // held while f runs
	reported int        // the last done given to f, under mu
}

// newMeter returns the meter of a build of n members into a tree of the
// given depth, or nil if f is nil.
func newMeter(f func(done, total int), n, depth int) *meter {
	if f == nil {
		return nil
	}
	total := n
	for range depth {
		n = (n + 1) / 2
		total += n
	}
	m := &meter{f: f, total: total}
	f(0, total)
	return m
}

// add counts n more hashes and reports them unless another goroutine is
// reporting (that one, or a later one, reports these too).
func (m *meter) add(n int) {
	if m == nil {
		return
	}
	m.done.Add(int64(n))
	if m.mu.TryLock() {
		if d := int(m.done.Load()); d > m.reported {
			m.reported = d
			m.f(d, m.total)
		}
		m.mu.Unlock()
	}
}

// finish reports the whole build done, after every hash is counted.
func (m *meter) finish() {
	if m == nil {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.reported < m.total {
		m.reported = m.total
		m.f(m.total, m.total)
	}
}
