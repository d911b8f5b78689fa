package prover

import (
	"context"
	"fmt"
	"log/slog"

	"github.com/consensys/gnark/frontend"
)

// Task is one unit of proving work: a full assignment of a registered
// circuit (one processing batch, say). It is all a prover needs, so a
// distributed engine can ship tasks to other machines.
type Task struct {
	Circuit    string
	Assignment frontend.Circuit
}

// Runner proves tasks. Local is the default; an engine that spreads the
// batches of a tally over many machines implements the same interface.
type Runner interface {
	// Prove returns the proof of t in the encoding of ProofBytes.
	Prove(ctx context.Context, t Task) ([]byte, error)
}

// Local proves tasks in this process with keys it holds, at most parallel
// at a time (each proof already uses every core: more than one at a time
// mostly costs memory).
type Local struct {
	keys map[string]*Keys
	sem  chan struct{}
	log  *slog.Logger
}

// NewLocal returns a runner for the circuits of keys. parallel < 1 means 1.
func NewLocal(keys []*Keys, parallel int, log *slog.Logger) *Local {
	if parallel < 1 {
		parallel = 1
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	l := &Local{keys: map[string]*Keys{}, sem: make(chan struct{}, parallel), log: log}
	for _, k := range keys {
		l.keys[k.Manifest.Circuit] = k
	}
	return l
}

// Prove implements Runner.
func (l *Local) Prove(ctx context.Context, t Task) ([]byte, error) {
	k, ok := l.keys[t.Circuit]
	if !ok {
		return nil, fmt.Errorf("%w: this runner holds no keys for %q", ErrNoKeys, t.Circuit)
	}
	select {
	case l.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	defer func() { <-l.sem }()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	proof, err := k.Prove(t.Assignment, l.log)
	if err != nil {
		return nil, err
	}
	return ProofBytes(proof)
}
