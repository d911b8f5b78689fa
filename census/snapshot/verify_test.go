package snapshot

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
)

func TestVerify(t *testing.T) {
	c := newChain(t)
	token, block := votesScenario(c)
	s, err := Take(t.Context(), c.client, token, block, WithMode(ModeBalance), WithRule(Rule{Scale: ScaleFit, WeightBits: 5}))
	require.NoError(t, err)
	require.NoError(t, Verify(t.Context(), c.client, s))
	s, err = Take(t.Context(), c.client, token, block, WithMode(ModeBalance)) // weight = power: easy to tamper consistently
	require.NoError(t, err)
	require.NoError(t, Verify(t.Context(), c.client, s))

	// Each copy is consistent with its own rule (Check passes) but not
	// with the chain.
	tampered := func(f func(s *Snapshot)) *Snapshot {
		cp := *s
		cp.Entries = append([]Entry(nil), s.Entries...)
		f(&cp)
		require.NoError(t, cp.Check())
		return &cp
	}
	inflated := tampered(func(s *Snapshot) {
		s.Entries[0].Power = new(big.Int).Add(s.Entries[0].Power, big.NewInt(1))
		s.Entries[0].Weight = s.Entries[0].Power
	})
	require.ErrorIs(t, Verify(t.Context(), c.client, inflated), ErrMismatch)
	dropped := tampered(func(s *Snapshot) { s.Entries = s.Entries[1:] })
	require.ErrorIs(t, Verify(t.Context(), c.client, dropped), ErrMismatch)
	invented := tampered(func(s *Snapshot) {
		s.Entries = append([]Entry{{Account: common.Address{}, Power: big.NewInt(1), Weight: big.NewInt(1)}}, s.Entries...)
	})
	err = Verify(t.Context(), c.client, invented)
	require.ErrorIs(t, err, ErrMismatch)
	require.Contains(t, err.Error(), "listed but not eligible")
	otherBlock := tampered(func(s *Snapshot) { s.Block.Hash = common.Hash{7} })
	require.ErrorIs(t, Verify(t.Context(), c.client, otherBlock), ErrReorg)
}
