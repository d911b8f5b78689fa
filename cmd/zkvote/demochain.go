package main

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/prover"
	"github.com/zkvote/zkvote/settlement"
	"github.com/zkvote/zkvote/verifier"
)

// demoPayout is what the demo's proposal pays the auditor: 1 ether.
var demoPayout = big.NewInt(params.Ether)

// demoTimelock is the delay of the demo's Executor: the council's window.
const demoTimelock = 48 * time.Hour

func short(a common.Address) string { return a.Hex()[:10] + "…" }

func (d *demo) auth(dev *settlement.DevChain, i int) (*bind.TransactOpts, error) {
	return bind.NewKeyedTransactorWithChainID(dev.Keys[i], dev.ChainID)
}

// deploy deploys the poll's contracts on the demo chain and funds the
// timelock with the payload's value.
func (d *demo) deploy(ctx context.Context, dev *settlement.DevChain, def *poll.Definition) (*settlement.Deployment, error) {
	keys := map[string]groth16.VerifyingKey{}
	for _, name := range append([]string{prover.JoinVote}, prover.Processing...) {
		vk, _, err := prover.LoadVerifyingKey(d.keysDir, name, def.Params)
		if err != nil {
			return nil, err
		}
		keys[name] = vk
	}
	auth, err := d.auth(dev, 0)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	dep, err := settlement.Deploy(ctx, dev.Chain, auth, settlement.Config{Definition: def, Keys: keys, Coordinator: dev.Addrs[1],
		Council: &settlement.Council{PassOption: 0, Quorum: big.NewInt(1), ThresholdBps: 5000, Delay: demoTimelock,
			Members: dev.Addrs[2:5], VetoThreshold: 2}})
	if err != nil {
		return nil, err
	}
	if err := dev.Pay(ctx, 0, *dep.Timelock, demoPayout); err != nil {
		return nil, err
	}
	var gas uint64
	for _, g := range dep.Gas {
		gas += g
	}
	d.say("the DAO deployed the poll's contracts in %s (%d gas): 4 verifiers exported from the keys, Poll %s,",
		time.Since(start).Round(time.Millisecond), gas, short(dep.Poll))
	d.say("Tally %s, Executor %s with its timelock %s (funded with 1 ether)", short(dep.Tally), short(*dep.Executor), short(*dep.Timelock))
	return dep, nil
}

// settle anchors the sealed log, settles the proven tally, and queues and
// executes (or vetoes) the proposal.
func (d *demo) settle(ctx context.Context, dev *settlement.DevChain, dep *settlement.Deployment, p *verifier.Published, auditor common.Address) error {
	d.title("The result goes on-chain: the coordinator anchors its sealed log, anyone posts the proofs")
	coordinator, err := d.auth(dev, 1)
	if err != nil {
		return err
	}
	gas, err := settlement.Anchor(ctx, dev.Chain, coordinator, dep, p.Log.Seal)
	if err != nil {
		return err
	}
	d.say("anchored: the sealed chain hash, from the coordinator's account only (%d gas)", gas)
	anyone, err := d.auth(dev, 0)
	if err != nil {
		return err
	}
	start := time.Now()
	s, err := settlement.Settle(ctx, dev.Chain, anyone, dep, p.Tally, settlement.SettleOptions{})
	if err != nil {
		return err
	}
	proofs := 0
	for _, tx := range s.Txs {
		proofs += tx.Proofs
	}
	d.say("the Tally contract checked %d proofs in %d transactions (%d gas, %s) and recorded:", proofs, len(s.Txs), s.Gas(), time.Since(start).Round(time.Millisecond))
	for i, o := range p.Log.Definition.Options {
		d.say("%-4s %s votes (on-chain)", o, s.Totals[i])
	}

	d.title("The proposal passed: it is queued behind a 48-hour timelock, the council's veto window")
	if _, err := settlement.Queue(ctx, dev.Chain, anyone, dep); err != nil {
		return err
	}
	st, err := settlement.ExecutorStatus(ctx, dev.Chain, dep)
	if err != nil {
		return err
	}
	d.say("queued: it may run from %s (chain time)", st.ETA.Format(time.RFC3339))
	if d.veto {
		for _, member := range []int{2, 3} {
			auth, err := d.auth(dev, member)
			if err != nil {
				return err
			}
			if _, err := settlement.Veto(ctx, dev.Chain, auth, dep); err != nil {
				return err
			}
			d.say("council member %s vetoes", short(dev.Addrs[member]))
		}
	}
	dev.Sim.AdjustTime(demoTimelock + time.Minute)
	dev.Sim.Commit()
	d.say("(the simulated chain's clock jumps 48 hours)")
	_, err = settlement.Execute(ctx, dev.Chain, anyone, dep)
	balance, berr := dev.Sim.Client().BalanceAt(ctx, auditor, nil)
	if berr != nil {
		return berr
	}
	switch {
	case d.veto && err != nil:
		d.title("Two of the three council members vetoed: the payload can never run")
		d.say("execute refused; the auditor holds %s wei", balance)
	case !d.veto && err == nil:
		d.title("The timelock is over and nobody vetoed: the payload runs")
		d.say("executed: the auditor %s now holds %s wei (1 ether) from the treasury", short(auditor), balance)
	default:
		return fmt.Errorf("demo: execution after %s: %v", map[bool]string{true: "a veto", false: "the timelock"}[d.veto], err)
	}
	return nil
}
