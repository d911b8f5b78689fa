package verifier

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
)

// Batcher verifies Groth16 proofs that arrive concurrently in batches: an
// idle worker takes a proof, waits up to maxWait for more (up to maxBatch),
// and checks them with one pairing product. A batch that fails is checked
// proof by proof, so one invalid proof costs its sender a rejection and
// the others nothing but the time of that second pass. Under load, batches
// fill without waiting; alone, a proof waits at most maxWait.
type Batcher struct {
	jobs    chan *job
	max     int
	maxWait time.Duration
	mu      sync.RWMutex // guards closed against sends
	closed  bool
	wg      sync.WaitGroup
}

type job struct {
	key  *preparedKey
	item batchItem
	done chan error
}

// NewBatcher starts workers verifying batches of up to maxBatch proofs.
func NewBatcher(workers, maxBatch int, maxWait time.Duration) *Batcher {
	b := &Batcher{jobs: make(chan *job, workers*maxBatch), max: maxBatch, maxWait: maxWait}
	for i := 0; i < workers; i++ {
		b.wg.Add(1)
		go b.work()
	}
	return b
}

// Verify checks a proof, batched with others. It returns nil, an error
// wrapping ErrInvalidProof, ctx's error, or ErrBatcherClosed.
func (b *Batcher) Verify(ctx context.Context, vk groth16.VerifyingKey, proof groth16.Proof, public []fr.Element) error {
	p, err := prepare(vk)
	if err != nil {
		return err
	}
	pr, ok := proof.(*groth16bn254.Proof)
	if p == nil || !ok { // commitments: gnark's verifier, unbatched
		if err := verifyGroth16(vk, proof, public); err != nil {
			return errors.Join(ErrInvalidProof, err)
		}
		return nil
	}
	j := &job{key: p, item: batchItem{proof: pr, public: public}, done: make(chan error, 1)}
	b.mu.RLock()
	if b.closed {
		b.mu.RUnlock()
		return ErrBatcherClosed
	}
	select {
	case b.jobs <- j:
		b.mu.RUnlock()
	case <-ctx.Done():
		b.mu.RUnlock()
		return ctx.Err()
	}
	select {
	case err := <-j.done:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Close stops the workers after the queued proofs are verified.
func (b *Batcher) Close() {
	b.mu.Lock()
	if !b.closed {
		b.closed = true
		close(b.jobs)
	}
	b.mu.Unlock()
	b.wg.Wait()
}

func (b *Batcher) work() {
	defer b.wg.Done()
	for first := range b.jobs {
		batch := []*job{first}
		timer := time.NewTimer(b.maxWait)
	collect:
		for len(batch) < b.max {
			select {
			case j, ok := <-b.jobs:
				if !ok {
					break collect
				}
				batch = append(batch, j)
			case <-timer.C:
				break collect
			}
		}
		timer.Stop()
		run(batch)
	}
}

// run verifies a batch, grouped by key.
func run(batch []*job) {
	groups := map[*preparedKey][]*job{}
	for _, j := range batch {
		groups[j.key] = append(groups[j.key], j)
	}
	for key, jobs := range groups {
		items := make([]batchItem, len(jobs))
		for i, j := range jobs {
			items[i] = j.item
		}
		if len(jobs) > 1 {
			if ok, err := key.verifyBatch(items); err == nil && ok {
				for _, j := range jobs {
					j.done <- nil
				}
				continue
			}
		}
		for _, j := range jobs { // alone, or to find the invalid ones
			if err := key.verify(j.item.proof, j.item.public); err != nil {
				j.done <- errors.Join(ErrInvalidProof, err)
			} else {
				j.done <- nil
			}
		}
	}
}
