package main

import (
	"context"
	"fmt"
	"math/big"
	"path/filepath"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/params"

	"github.com/zkvote/zkvote/census"
	"github.com/zkvote/zkvote/census/registration"
	"github.com/zkvote/zkvote/census/snapshot"
	"github.com/zkvote/zkvote/client"
	"github.com/zkvote/zkvote/contracts/bindings"
	"github.com/zkvote/zkvote/internal/fieldhex"
)

// Demo chain accounts: the DAO (deployer, token owner), the coordinator,
// three council members, then one per voter.
const (
	demoDAO         = 0
	demoCoordinator = 1
	demoFirstVoter  = 5
)

// tokenCensus plays the DAO's sign-up: a governance token (OpenZeppelin
// ERC20Votes) whose holders delegate to themselves, a snapshot of their
// voting power at a block (weights in whole tokens), each voter's
// registration of their identity commitment with their account (EIP-712),
// and the census built from the registrations.
func (d *demo) tokenCensus(ctx context.Context, dev *demoChain, voters []*demoVoter) (*census.Census, error) {
	d.title("The DAO's governance token: holders delegate their votes to themselves")
	dao, err := bind.NewKeyedTransactorWithChainID(dev.Keys[demoDAO], dev.ChainID)
	if err != nil {
		return nil, err
	}
	addr, tx, token, err := bindings.DeployVotesToken(dao, dev.Client, "DAO Governance", "GOV")
	if _, err := dev.Mined(ctx, "deploy the token", tx, err); err != nil {
		return nil, err
	}
	whole := big.NewInt(params.Ether) // 18 decimals
	for i, v := range voters {
		holder, err := bind.NewKeyedTransactorWithChainID(dev.Keys[demoFirstVoter+i], dev.ChainID)
		if err != nil {
			return nil, err
		}
		tx, err := token.Mint(dao, dev.Addrs[demoFirstVoter+i], new(big.Int).Mul(big.NewInt(v.weight), whole))
		if _, err := dev.Mined(ctx, "mint", tx, err); err != nil {
			return nil, err
		}
		holder.GasLimit = 500_000 // the estimate runs before the checkpoint the next block pushes (and dev nodes price storage higher)
		tx, err = token.Delegate(holder, dev.Addrs[demoFirstVoter+i])
		if _, err := dev.Mined(ctx, "delegate", tx, err); err != nil {
			return nil, err
		}
		if i < 3 {
			d.say("%-6s %s holds %d GOV", v.name, short(dev.Addrs[demoFirstVoter+i]), v.weight)
		}
	}
	if len(voters) > 3 {
		d.say("and %d more holders of 1 GOV each", len(voters)-3)
	}
	block, err := dev.eth.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	if err := dev.after(ctx, block); err != nil { // getPastVotes reads a block behind the head
		return nil, err
	}

	d.title(fmt.Sprintf("A snapshot of voting power at block %d: the eligibility list", block))
	s, err := snapshot.Take(ctx, dev.eth, addr, block, snapshot.WithMode(snapshot.ModeVotes),
		snapshot.WithRule(snapshot.Rule{Scale: snapshot.ScaleDivisor, Divisor: whole}))
	if err != nil {
		return nil, err
	}
	if err := s.WriteFile(filepath.Join(d.dir, "eligible.json"), true); err != nil {
		return nil, err
	}
	d.say("%d eligible accounts, weights in whole tokens (getPastVotes at block %d, hash %s…); anyone can recompute it", len(s.Entries), block, s.Block.Hash.Hex()[:12])

	d.title("Voters make identities and register them with their accounts (EIP-712 signatures)")
	var regs []registration.Registration
	for i, v := range voters {
		id, err := client.NewIdentity(nil)
		if err != nil {
			return nil, err
		}
		v.id = id
		if i < 3 {
			if err := client.SaveIdentity(filepath.Join(d.dir, v.name+".identity.json"), id, nil, client.Overwrite()); err != nil {
				return nil, err
			}
		}
		r, err := registration.Sign(s, dev.Keys[demoFirstVoter+i], id.Commitment(), 1)
		if err != nil {
			return nil, err
		}
		regs = append(regs, *r)
		if i < 3 {
			d.say("%-6s registers commitment %s… (the hash of a secret only %s holds)", v.name, fieldhex.Encode(id.Commitment())[:18], v.name)
		}
	}

	d.title("The DAO builds the census from the registrations: a Poseidon2 Merkle tree of (commitment, weight)")
	b, err := registration.Build(ctx, s, regs, nil)
	if err != nil {
		return nil, err
	}
	c, err := census.Build(b.Members, d.params.CensusDepth)
	if err != nil {
		return nil, err
	}
	if err := c.WriteFile(filepath.Join(d.dir, "census.json")); err != nil {
		return nil, err
	}
	f, err := registration.NewFile(s, b.Accepted)
	if err != nil {
		return nil, err
	}
	if err := f.WriteFile(filepath.Join(d.dir, "census.registrations.json"), true); err != nil {
		return nil, err
	}
	d.say("root %s, %d members, depth %d; the registrations are published beside it", fieldhex.Encode(c.Root()), c.Len(), c.Depth())
	classes := census.Classes(b.Members)
	d.say("weight classes: %d, the smallest of %d member(s): the coordinator sees each voter's weight, so a", len(classes), classes[0].Members)
	d.say("real DAO makes classes of 5 or more (census snapshot --min-class 5) so that no weight names anyone")
	return c, nil
}
