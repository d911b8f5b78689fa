package main

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/params"

	"github.com/zkvote/zkvote/census"
	"github.com/zkvote/zkvote/census/provenance"
	"github.com/zkvote/zkvote/census/registration"
	"github.com/zkvote/zkvote/census/reputation"
	"github.com/zkvote/zkvote/census/snapshot"
	"github.com/zkvote/zkvote/client"
	"github.com/zkvote/zkvote/contracts/bindings"
	"github.com/zkvote/zkvote/internal/atomicfile"
	"github.com/zkvote/zkvote/internal/fieldhex"
)

// Demo chain accounts: the DAO (deployer, token owner), the coordinator,
// three council members, then one per voter.
const (
	// demoCommandSlots is the demo poll's command slots per rate identity.
	demoCommandSlots = 2
	demoDAO          = 0
	demoCoordinator  = 1
	demoFirstVoter   = 5
)

// tokenCensus plays the DAO's sign-up: a governance token (OpenZeppelin
// ERC20Votes) whose holders delegate to themselves, a snapshot of their
// voting power at a block (weights in whole tokens), each voter's
// registration of their identity commitment with their account (EIP-712),
// and the census built from the registrations.
func (d *demo) tokenCensus(ctx context.Context, dev *demoChain, voters []*demoVoter) (*census.Census, error) {
	var s *snapshot.Snapshot
	var err error
	if d.censusKind == "reputation" {
		s, err = d.reputationList(dev, voters)
	} else {
		s, err = d.tokenList(ctx, dev, voters)
	}
	if err != nil {
		return nil, err
	}
	if err := s.WriteFile(filepath.Join(d.dir, "eligible.json"), true); err != nil {
		return nil, err
	}
	return d.registeredCensus(ctx, dev, voters, s)
}

// reputationList is the eligibility list of a reputation file the DAO
// keeps: points per contribution, halved every 90 days of age.
func (d *demo) reputationList(dev *demoChain, voters []*demoVoter) (*snapshot.Snapshot, error) {
	d.title("The DAO's reputation file: contribution points, halved every 90 days of age")
	now := time.Now().UTC().Truncate(24 * time.Hour)
	var csv strings.Builder
	csv.WriteString("account,score,date\n")
	for i, v := range voters {
		// Alice's points are old: twice her weight, earned 100 days ago (halved once).
		score, age := v.weight, 10
		if i == 0 {
			score, age = 2*v.weight, 100
		}
		fmt.Fprintf(&csv, "%s,%d,%s\n", dev.Addrs[demoFirstVoter+i].Hex(), score, now.AddDate(0, 0, -age).Format(time.DateOnly))
		if i < 3 {
			d.say("%-6s %s earned %d points %d days ago", v.name, short(dev.Addrs[demoFirstVoter+i]), score, age)
		}
	}
	file := []byte(csv.String())
	if err := os.WriteFile(filepath.Join(d.dir, "reputation.csv"), file, 0o644); err != nil {
		return nil, err
	}
	s, err := reputation.List(file, dev.ChainID, reputation.Decay{AsOf: now, HalfLife: 90 * 24 * time.Hour}, snapshot.Rule{})
	if err != nil {
		return nil, err
	}
	d.title("The eligibility list, as of today: anyone holding the file recomputes it")
	d.say("%d eligible accounts; alice's 32 points are 100 days old: halved once, weight 16 (census verify --reputation)", len(s.Entries))
	return s, nil
}

// tokenList deploys the DAO's token and snapshots its holders' votes.
func (d *demo) tokenList(ctx context.Context, dev *demoChain, voters []*demoVoter) (*snapshot.Snapshot, error) {
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
	d.say("%d eligible accounts, weights in whole tokens (getPastVotes at block %d, hash %s…); anyone can recompute it", len(s.Entries), block, s.Block.Hash.Hex()[:12])
	return s, nil
}

// registeredCensus has each voter register an identity commitment with
// their account for the list s, and builds the census from the
// registrations.
func (d *demo) registeredCensus(ctx context.Context, dev *demoChain, voters []*demoVoter, s *snapshot.Snapshot) (*census.Census, error) {
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
	f, err := registration.NewFile(s, b.Accepted)
	if err != nil {
		return nil, err
	}
	regFile, err := f.Encode()
	if err != nil {
		return nil, err
	}
	src, err := provenance.Of(s, regFile) // the census file records its list and registrations
	if err != nil {
		return nil, err
	}
	if c, err = c.WithSource(src); err != nil {
		return nil, err
	}
	if err := atomicfile.Write(filepath.Join(d.dir, "census.registrations.json"), regFile, 0o644, true); err != nil {
		return nil, err
	}
	if err := c.WriteFile(filepath.Join(d.dir, "census.json")); err != nil {
		return nil, err
	}
	d.say("root %s, %d members, depth %d; the registrations are published beside it", fieldhex.Encode(c.Root()), c.Len(), c.Depth())
	classes := census.Classes(b.Members)
	d.say("weight classes: %d, the smallest of %d member(s): the coordinator sees each voter's weight, so a", len(classes), classes[0].Members)
	d.say("real DAO makes classes of 5 or more (census snapshot --min-class 5) so that no weight names anyone")
	return c, nil
}
