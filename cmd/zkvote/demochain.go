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

// payout is what the demo's proposal pays the auditor: 1 ether on the
// simulated chain, 0.001 on a real node.
func (d *demo) payout() *big.Int {
	if d.rpc != "" {
		return big.NewInt(params.Ether / 1000)
	}
	return big.NewInt(params.Ether)
}

// timelock is the delay of the demo's Executor, the council's veto window:
// 48 hours on the simulated chain (its clock jumps), 15 s on a real node
// (waited for).
func (d *demo) timelock() time.Duration {
	if d.rpc != "" {
		return 15 * time.Second
	}
	return 48 * time.Hour
}

func short(a common.Address) string { return a.Hex()[:10] + "…" }

func (d *demo) auth(dev *demoChain, i int) (*bind.TransactOpts, error) {
	return bind.NewKeyedTransactorWithChainID(dev.Keys[i], dev.ChainID)
}

// deploy deploys the poll's contracts on the demo chain and funds the
// timelock with the payload's value.
func (d *demo) deploy(ctx context.Context, dev *demoChain, def *poll.Definition) (*settlement.Deployment, error) {
	keys := map[string]groth16.VerifyingKey{}
	for _, name := range prover.OnChain(def.Params) {
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
		Council: &settlement.Council{PassOption: 0, Quorum: big.NewInt(1), ThresholdBps: 5000, Delay: d.timelock(),
			Members: dev.Addrs[2:5], VetoThreshold: 2}})
	if err != nil {
		return nil, err
	}
	if err := dev.Pay(ctx, 0, *dep.Timelock, d.payout()); err != nil {
		return nil, err
	}
	var gas uint64
	for _, g := range dep.Gas {
		gas += g
	}
	d.say("the DAO deployed the poll's contracts in %s (%d gas): %d verifiers exported from the keys, Poll %s,",
		time.Since(start).Round(time.Millisecond), gas, len(dep.Verifiers), short(dep.Poll))
	d.say("Tally %s, Challenges %s, Executor %s with its timelock %s (funded with %s wei)", short(dep.Tally), short(dep.Challenges),
		short(*dep.Executor), short(*dep.Timelock), d.payout())
	return dep, nil
}

// settle anchors the sealed log, settles the proven tally, and queues and
// executes (or vetoes) the proposal.
func (d *demo) settle(ctx context.Context, dev *demoChain, dep *settlement.Deployment, p *verifier.Published, auditor common.Address) error {
	d.title("The result goes on-chain: the coordinator anchors its sealed log and posts the tally's proofs")
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
	s, err := settlement.Settle(ctx, dev.Chain, coordinator, dep, p.Tally, settlement.SettleOptions{})
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
	// The processing proofs take each join's proof (and command proof) as
	// verified: the result is final only after a window in which anyone
	// may challenge one.
	suspects, err := settlement.Check(settlement.LogOf(p.Log.Definition, p.Log.Entries), p.Keys[prover.JoinVote], p.Keys[prover.Command])
	if err != nil {
		return err
	}
	if len(suspects) > 0 {
		return fmt.Errorf("demo: %d messages fail their proofs", len(suspects))
	}
	ts, err := settlement.ReadTallyStatus(ctx, dev.Chain, dep)
	if err != nil {
		return err
	}
	if p.Log.Definition.Params.CommandProofs {
		d.say("a watcher ('zkvote watch') checks every join's and command's proof from the published log: %d of %d", p.Log.Joins+p.Log.Messages, p.Log.Joins+p.Log.Messages)
		d.say("verify, nothing to challenge; the result is final once the challenge window closes (%s, chain time)", ts.ChallengesUntil.Format(time.RFC3339))
	} else {
		d.say("a watcher ('zkvote watch') checks every join's proof from the published log: %d of %d verify, nothing to", p.Log.Joins, p.Log.Joins)
		d.say("challenge; the result is final once the challenge window closes (%s, chain time)", ts.ChallengesUntil.Format(time.RFC3339))
	}

	d.title(fmt.Sprintf("The proposal passed: it is queued behind a %s timelock, the council's veto window", humanDuration(d.timelock())))
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
	if err := dev.advance(ctx, st.ETA); err != nil {
		return err
	}
	if dev.sim != nil {
		d.say("(the simulated chain's clock jumps past the timelock)")
	} else {
		d.say("(the node's clock passed the timelock)")
	}
	_, err = settlement.Execute(ctx, dev.Chain, anyone, dep)
	balance, berr := dev.eth.BalanceAt(ctx, auditor, nil)
	if berr != nil {
		return berr
	}
	switch {
	case d.veto && err != nil:
		d.title("Two of the three council members vetoed: the payload can never run")
		d.say("execute refused; the auditor holds %s wei", balance)
	case !d.veto && err == nil:
		d.title("The timelock is over and nobody vetoed: the payload runs")
		d.say("executed: the auditor %s now holds %s wei from the treasury", short(auditor), balance)
	default:
		return fmt.Errorf("demo: execution after %s: %v", map[bool]string{true: "a veto", false: "the timelock"}[d.veto], err)
	}
	return nil
}

// humanDuration says 48 hours or 15 seconds, not 48h0m0s.
func humanDuration(d time.Duration) string {
	if d >= time.Hour && d%time.Hour == 0 {
		return fmt.Sprintf("%d-hour", d/time.Hour)
	}
	return fmt.Sprintf("%d-second", d/time.Second)
}
