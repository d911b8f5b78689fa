package coordinator

import (
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/coordinator/store"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/receipt"
)

// entry reads one stored log entry.
func (s *Service) entry(id fr.Element, idx uint64) (*poll.Entry, error) {
	v, err := s.store.Get(key(prefixLog, id, indexBytes(idx)))
	if errors.Is(err, store.ErrNotFound) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrStorage, err)
	}
	e, err := decodeEntry(id, v)
	if err != nil {
		return nil, fmt.Errorf("%w: poll %s entry %d: %w", ErrStorage, shortID(id), idx, err)
	}
	return e, nil
}

// Receipt returns the signed receipt of entry idx.
func (s *Service) Receipt(id fr.Element, idx uint64) (*receipt.Receipt, error) {
	ps, err := s.poll(id)
	if err != nil {
		return nil, err
	}
	ps.mu.Lock()
	durable := ps.durable
	ps.mu.Unlock()
	if idx >= durable {
		return nil, ErrNotFound
	}
	e, err := s.entry(id, idx)
	if err != nil {
		return nil, err
	}
	r := &receipt.Receipt{PollID: id, Index: idx, EntryHash: e.EntryHash, ChainHash: e.ChainHash}
	r.Sign(s.keys.Signing)
	return r, nil
}

// logPage is how many entries Log reads at a time.
var logPage = 256

// Log calls fn for each durable entry of the poll from index from, in order,
// until fn returns an error (which Log returns, unless it is errStop). Entries are read a page at
// a time and fn is called with no store iterator open, so a slow reader (a
// StreamLog client that stops reading) holds nothing of the store.
func (s *Service) Log(id fr.Element, from uint64, fn func(*poll.Entry) error) error {
	ps, err := s.poll(id)
	if err != nil {
		return err
	}
	ps.mu.Lock()
	durable := ps.durable
	ps.mu.Unlock()
	page := make([]*poll.Entry, 0, logPage)
	for from < durable {
		page = page[:0]
		err = s.store.Scan(key(prefixLog, id), key(prefixLog, id, indexBytes(from)), func(_, v []byte) error {
			e, err := decodeEntry(id, v)
			if err != nil {
				return fmt.Errorf("%w: poll %s: %w", ErrStorage, shortID(id), err)
			}
			if e.Index != from+uint64(len(page)) {
				return fmt.Errorf("%w: poll %s: entry %d missing", ErrStorage, shortID(id), from+uint64(len(page)))
			}
			if e.Index >= durable {
				return errStop
			}
			page = append(page, e)
			if len(page) == logPage {
				return errStop
			}
			return nil
		})
		if err != nil && !errors.Is(err, errStop) {
			return err
		}
		if len(page) == 0 {
			return fmt.Errorf("%w: poll %s: entry %d missing", ErrStorage, shortID(id), from)
		}
		for _, e := range page {
			if err := fn(e); errors.Is(err, errStop) {
				return nil
			} else if err != nil {
				return err
			}
		}
		from += uint64(len(page))
	}
	return nil
}
