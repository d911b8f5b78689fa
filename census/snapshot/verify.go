package snapshot

import (
	"context"
	"fmt"
)

// Verify recomputes a snapshot from a node: the same token, block (pinned
// by its recorded hash), chain, mode, first block and rule. It fails with
// ErrReorg or ErrWrongChain when the node cannot show the recorded block,
// and with ErrMismatch naming the first account whose power or weight
// differs, or that one side lists and the other does not. opts may add
// WithPageSize, WithConcurrency, WithLogger or WithProgress.
func Verify(ctx context.Context, chain Chain, s *Snapshot, opts ...Option) error {
	rule := s.Rule
	if rule.Scale == ScaleNone || rule.Scale == ScaleFit {
		rule.Divisor = nil // chosen again from the powers
	}
	all := append([]Option{
		WithMode(s.Mode), WithFromBlock(s.FromBlock), WithRule(rule),
		WithChainID(s.ChainID), WithBlockHash(s.Block.Hash),
	}, opts...)
	got, err := Take(ctx, chain, s.Token, s.Block.Number, all...)
	if err != nil {
		return err
	}
	published := map[string]Entry{}
	for _, e := range s.Entries {
		published[e.Account.Hex()] = e
	}
	for _, e := range got.Entries {
		p, ok := published[e.Account.Hex()]
		switch {
		case !ok:
			return fmt.Errorf("%w: %s is eligible with power %s but not listed", ErrMismatch, e.Account.Hex(), e.Power)
		case p.Power.Cmp(e.Power) != 0:
			return fmt.Errorf("%w: %s has power %s at block %d, listed %s", ErrMismatch, e.Account.Hex(), e.Power, s.Block.Number, p.Power)
		case p.Weight.Cmp(e.Weight) != 0:
			return fmt.Errorf("%w: %s has weight %s, listed %s", ErrMismatch, e.Account.Hex(), e.Weight, p.Weight)
		}
		delete(published, e.Account.Hex())
	}
	for _, e := range s.Entries {
		if _, extra := published[e.Account.Hex()]; extra {
			return fmt.Errorf("%w: %s is listed but not eligible at block %d", ErrMismatch, e.Account.Hex(), s.Block.Number)
		}
	}
	if got.Rule.Divisor.Cmp(s.Rule.Divisor) != 0 {
		return fmt.Errorf("%w: divisor %s, listed %s", ErrMismatch, got.Rule.Divisor, s.Rule.Divisor)
	}
	return nil
}
