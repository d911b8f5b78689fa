package settlement_test

import (
	"fmt"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/process"
	"github.com/zkvote/zkvote/contracts/bindings"
	"github.com/zkvote/zkvote/contracts/solverifier"
	"github.com/zkvote/zkvote/internal/fieldhex"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/prover"
	"github.com/zkvote/zkvote/receipt"
	"github.com/zkvote/zkvote/settlement"
)

// cloneTally copies a tally deeply enough to tamper with it.
func cloneTally(t *poll.Tally) *poll.Tally {
	c := *t
	c.Splits = append([]poll.SplitProof(nil), t.Splits...)
	c.Joins = append([]poll.JoinProof(nil), t.Joins...)
	c.Commands = append([]poll.CommandProof(nil), t.Commands...)
	c.Final.Totals = append(c.Final.Totals[:0:0], t.Final.Totals...)
	for i := range c.Splits {
		c.Splits[i].Proof = append([]byte(nil), t.Splits[i].Proof...)
	}
	return &c
}

// TestSettlementRejects: the Tally contract refuses a tampered proof, a
// tampered boundary value, proofs out of order or replayed, proofs of
// another poll, splits that do not end at the anchored chain hash, a
// wrong result, and verifiers for other keys.
func TestSettlementRejects(t *testing.T) {
	if testing.Short() {
		t.Skip("proves a tally")
	}
	p := provenTally(t)
	require.GreaterOrEqual(t, len(p.Tally.Splits), 2)
	require.GreaterOrEqual(t, len(p.Tally.Joins), 2)
	require.GreaterOrEqual(t, len(p.Tally.Commands), 2)
	ctx := t.Context()

	// settle deploys fresh contracts, anchors seal and settles tally.
	settle := func(t *testing.T, seal *receipt.Seal, tally *poll.Tally) error {
		n := newNet(t)
		d := n.deploy(t, p, 0)
		_, err := settlement.Anchor(ctx, n.c, n.Auth(1), d, seal)
		require.NoError(t, err)
		_, err = settlement.Settle(ctx, n.c, n.Auth(1), d, tally, settlement.SettleOptions{})
		return err
	}
	mustFail := func(t *testing.T, err error, reason string) {
		t.Helper()
		require.ErrorIs(t, err, settlement.ErrReverted)
		require.ErrorContains(t, err, reason)
	}

	t.Run("a stranger posts proofs", func(t *testing.T) {
		// Even valid proofs: a stranger holding the proving keys could
		// prove a split over entries that are not the sealed log's and
		// push the cursor off the sealed chain for good.
		n := newNet(t)
		d := n.deploy(t, p, 0)
		_, err := settlement.Anchor(ctx, n.c, n.Auth(1), d, p.Log.Seal)
		require.NoError(t, err)
		_, err = settlement.Settle(ctx, n.c, n.Auth(5), d, p.Tally, settlement.SettleOptions{})
		mustFail(t, err, "NotCoordinator")
	})
	t.Run("tampered proof", func(t *testing.T) {
		bad := cloneTally(p.Tally)
		bad.Splits[1].Proof[40] ^= 1
		err := settle(t, p.Log.Seal, bad)
		require.Error(t, err) // a flipped byte may not even decode as a curve point
	})
	t.Run("tampered boundary value", func(t *testing.T) {
		bad := cloneTally(p.Tally)
		bad.Joins[0].Ends.StateOut.SetUint64(7)
		mustFail(t, settle(t, p.Log.Seal, bad), "ProofInvalid")
	})
	t.Run("commands out of order", func(t *testing.T) {
		bad := cloneTally(p.Tally)
		bad.Commands[0], bad.Commands[1] = bad.Commands[1], bad.Commands[0]
		mustFail(t, settle(t, p.Log.Seal, bad), "ProofInvalid")
	})
	t.Run("a split replayed", func(t *testing.T) {
		bad := cloneTally(p.Tally)
		bad.Splits = append([]poll.SplitProof{bad.Splits[0]}, bad.Splits...) // split 0 twice, then the rest
		mustFail(t, settle(t, p.Log.Seal, bad), "ProofInvalid")
	})
	t.Run("a split left out", func(t *testing.T) {
		bad := cloneTally(p.Tally)
		bad.Splits = bad.Splits[:len(bad.Splits)-1]
		require.ErrorIs(t, settle(t, p.Log.Seal, bad), settlement.ErrMismatch) // the contract's check: below
	})
	t.Run("another chain hash anchored", func(t *testing.T) {
		seal := *p.Log.Seal
		seal.ChainHash.SetUint64(12345)
		require.ErrorIs(t, settle(t, &seal, p.Tally), settlement.ErrMismatch)
		// Sent anyway, the contract refuses the result at the first join proof.
		n := newNet(t)
		d := n.deploy(t, p, 0)
		_, err := settlement.Anchor(ctx, n.c, n.Auth(1), d, &seal)
		require.NoError(t, err)
		tally, err := bindings.NewTally(d.Tally, n.Client)
		require.NoError(t, err)
		var outs [][4]*big.Int
		var proofs [][]byte
		for _, s := range p.Tally.Splits {
			pr, err := solverifier.Proof(s.Proof)
			require.NoError(t, err)
			outs = append(outs, [4]*big.Int{s.Ends.ChainOut.BigInt(new(big.Int)), s.Ends.JoinChainOut.BigInt(new(big.Int)), s.Ends.CmdChainOut.BigInt(new(big.Int)),
				s.Ends.OnChainOut.BigInt(new(big.Int))})
			proofs = append(proofs, pr)
		}
		_, err = tally.ProveSplits(n.Auth(1), outs, proofs)
		require.NoError(t, err, "the splits themselves are valid")
		n.Sim.Commit()
		j := p.Tally.Joins[0]
		pr, err := solverifier.Proof(j.Proof)
		require.NoError(t, err)
		_, err = tally.ProveJoins(n.Auth(1), [][3]*big.Int{{j.Ends.JoinChainOut.BigInt(new(big.Int)), j.Ends.StateOut.BigInt(new(big.Int)), j.Ends.Skipped.BigInt(new(big.Int))}}, [][]byte{pr})
		require.ErrorContains(t, err, "revert")
	})
	t.Run("a wrong total", func(t *testing.T) {
		bad := cloneTally(p.Tally)
		bad.Final.Totals[1].SetUint64(8)
		mustFail(t, settle(t, p.Log.Seal, bad), "ResultMismatch")
	})
	t.Run("another poll", func(t *testing.T) {
		other := *p.Log.Definition
		other.Salt += "-other"
		n := newNet(t)
		d, err := settlement.Deploy(ctx, n.c, n.Auth(0), settlement.Config{Definition: &other, Keys: p.Keys, Coordinator: n.Addrs[1],
			Council: n.council()})
		require.NoError(t, err)
		_, err = settlement.Anchor(ctx, n.c, n.Auth(1), d, p.Log.Seal)
		require.NoError(t, err)
		_, err = settlement.Settle(ctx, n.c, n.Auth(1), d, p.Tally, settlement.SettleOptions{})
		mustFail(t, err, "ProofInvalid")
	})
	t.Run("replayed after the result", func(t *testing.T) {
		n := newNet(t)
		d := n.deploy(t, p, 0)
		_, err := settlement.Anchor(ctx, n.c, n.Auth(1), d, p.Log.Seal)
		require.NoError(t, err)
		_, err = settlement.Settle(ctx, n.c, n.Auth(1), d, p.Tally, settlement.SettleOptions{})
		require.NoError(t, err)
		tally, err := bindings.NewTally(d.Tally, n.Client)
		require.NoError(t, err)
		_, err = tally.ProveSplits(n.Auth(1), [][4]*big.Int{{big.NewInt(1), big.NewInt(2), big.NewInt(3), big.NewInt(0)}}, [][]byte{make([]byte, 256)})
		require.ErrorContains(t, err, "revert")
		f := p.Tally.Final
		tot := func(i int) *big.Int { return f.Totals[i].BigInt(new(big.Int)) }
		_, err = tally.Publish(n.Auth(5), f.Blinded.BigInt(new(big.Int)), f.Joins, []*big.Int{tot(0), tot(1), tot(2), tot(3)}, []*big.Int{tot(0), tot(1), tot(2), tot(3)})
		require.ErrorContains(t, err, "revert")
	})
	t.Run("a verifier for other keys", func(t *testing.T) {
		n := newNet(t)
		keys := map[string]groth16.VerifyingKey{}
		for k, v := range p.Keys {
			keys[k] = v
		}
		keys[prover.ProcessJoins] = p.Keys[prover.ProcessSplit]
		_, err := settlement.Deploy(ctx, n.c, n.Auth(0), settlement.Config{Definition: p.Log.Definition, Keys: keys, Coordinator: n.Addrs[1], Council: n.council()})
		require.ErrorIs(t, err, settlement.ErrMismatch)

		// The contract checks too: a Tally given the split verifier in the joins slot.
		d := n.deploy(t, p, 0)
		v := bindings.TallyVerifiers{Split: d.Verifiers[prover.ProcessSplit], Joins: d.Verifiers[prover.ProcessSplit], Commands: d.Verifiers[prover.ProcessCommands]}
		pins := p.Log.Definition.ProcessingKeys
		v.SplitKeySha256, v.JoinsKeySha256, v.CommandsKeySha256 = digestOf(t, pins[prover.ProcessSplit]), digestOf(t, pins[prover.ProcessJoins]), digestOf(t, pins[prover.ProcessCommands])
		empty := process.EmptyState(p.Log.Definition.Params)
		commitment := empty.Commitment()
		_, _, _, err = bindings.DeployTally(n.Auth(0), n.Client, d.Poll, v, commitment.BigInt(new(big.Int)), big.NewInt(4), d.Hasher)
		require.ErrorContains(t, err, "revert")
	})
}

func digestOf(t *testing.T, h string) [32]byte {
	d, err := solverifier.Digest(h)
	require.NoError(t, err)
	return d
}

// TestJoinProofOnChain: a voter's real join+vote proof, made by the
// prover for the poll that real voters used, verifies through the joinvote
// verifier the deployment made from the poll's key; its statement with
// any one public input changed does not.
func TestJoinProofOnChain(t *testing.T) {
	if testing.Short() {
		t.Skip("proves a tally")
	}
	p := provenTally(t)
	n := newNet(t)
	d := n.deploy(t, p, 0)
	v, err := bindings.NewPollGroth16Verifier2(d.Verifiers[prover.JoinVote], n.Client)
	require.NoError(t, err)
	call := &bind.CallOpts{Context: t.Context()}
	pollID, err := v.POLLID(call)
	require.NoError(t, err)
	want, err := fieldhex.Decode(d.PollID)
	require.NoError(t, err)
	require.Zero(t, pollID.Cmp(want.BigInt(new(big.Int))), "the verifier is bound to the deployment's poll")
	joins := 0
	for _, e := range p.Log.Entries {
		if e.Join == nil {
			continue
		}
		joins++
		proof, err := solverifier.Proof(e.Join.Proof)
		require.NoError(t, err)
		in := solverifier.Inputs(e.Join.Statement.PublicInputs())
		require.Zero(t, in[0].Cmp(pollID), "the first input is the poll's ID, folded into the verifier")
		inputs := [2]*big.Int{in[1], in[2]}
		require.NoError(t, v.VerifyProof(call, proof, inputs))
		if joins == 1 {
			abi, err := bindings.PollGroth16Verifier2MetaData.GetAbi()
			require.NoError(t, err)
			data, err := abi.Pack("verifyProof", proof, inputs)
			require.NoError(t, err)
			t.Logf("a real join+vote proof, verified by its poll's verifier in a transaction of its own: %d gas",
				n.EstimateCall(d.Verifiers[prover.JoinVote], data))
		}
		for i := range inputs {
			bad := inputs
			bad[i] = new(big.Int).Add(inputs[i], big.NewInt(1))
			require.Error(t, v.VerifyProof(call, proof, bad), "public input %d changed", i)
		}
	}
	require.Equal(t, 5, joins)
}

// TestPassingRuleFromDefinition: a poll that fixes its passing rule gets
// an Executor with that rule, whatever the deployer's settings say.
func TestPassingRuleFromDefinition(t *testing.T) {
	if testing.Short() {
		t.Skip("proves a tally")
	}
	p := provenTally(t)
	def := *p.Log.Definition
	exec := *def.Execution
	yes := 0
	exec.PassOption, exec.Quorum, exec.ThresholdBps = &yes, "7", 9000
	def.Execution = &exec
	n := newNet(t)
	d, err := settlement.Deploy(t.Context(), n.c, n.Auth(0), settlement.Config{Definition: &def, Keys: p.Keys, Coordinator: n.Addrs[1], Council: n.council()})
	require.NoError(t, err)
	e, err := bindings.NewExecutor(*d.Executor, n.Client)
	require.NoError(t, err)
	call := &bind.CallOpts{Context: t.Context()}
	opt, err := e.PassOption(call)
	require.NoError(t, err)
	bps, err := e.ThresholdBps(call)
	require.NoError(t, err)
	q, err := e.Quorum(call)
	require.NoError(t, err)
	require.Equal(t, "0 9000 7", fmt.Sprint(opt, bps, q))
}

// TestDeployWithoutCommandKey: a poll with command proofs must pin the
// command proof's key: its verifier is what answers command challenges.
func TestDeployWithoutCommandKey(t *testing.T) {
	d, err := poll.New(circuits.TestProofParams(), "Title", []string{"a", "b"}, joinvote.ModeWeighted, fr.NewElement(9), babyjub.Base(),
		"00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff")
	require.NoError(t, err)
	_, err = settlement.Deploy(t.Context(), nil, nil, settlement.Config{Definition: d, Coordinator: common.Address{1}})
	require.ErrorIs(t, err, settlement.ErrConfig)
	require.ErrorContains(t, err, "pins no command key")
}
