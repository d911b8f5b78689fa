package server

import (
	"context"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"

	"github.com/zkvote/zkvote/coordinator"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/settlement"
)

// ChainSource reads Poll contracts over c, confirmations blocks below its
// head: the coordinator's side of the on-chain voting path
// (coordinator.WithOnChain).
func ChainSource(c *settlement.Chain, confirmations uint64) coordinator.OnChainSource {
	return chainSource{c, confirmations}
}

type chainSource struct {
	c             *settlement.Chain
	confirmations uint64
}

func (s chainSource) CheckContract(ctx context.Context, pc coordinator.PollContract, pollID fr.Element, def *poll.Definition) error {
	return settlement.CheckPollContract(ctx, s.c, common.Address(pc.Address), pollID, def)
}

func (s chainSource) OnChainEntries(ctx context.Context, pc coordinator.PollContract, pollID fr.Element, from uint64) ([]coordinator.OnChainEntry, bool, error) {
	es, closed, err := settlement.OnChainEntries(ctx, s.c, common.Address(pc.Address), pc.Block, pollID, from, s.confirmations)
	if err != nil {
		return nil, false, err
	}
	out := make([]coordinator.OnChainEntry, len(es))
	for i, e := range es {
		out[i] = coordinator.OnChainEntry{Entry: e.Entry, Registration: e.Registration}
	}
	return out, closed, nil
}
