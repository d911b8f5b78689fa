package verifier

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/process"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/prover"
)

// CheckTally checks a proven tally of a poll whose sealed log ends at
// chain hash sealed, and whose on-chain entries' sub-chain ends at onChain
// (poll.OnChainHash; on-chain, the Poll contract's value): every batch
// proof against the verifying key of its circuit (vks, by prover circuit
// name) and the hash of its boundary values, and that the boundaries chain
// from the empty state through every entry of the sealed log to the
// published opening of the final state (process.CheckResult).
// It returns the results the final state proves: totals, spent (Σ votes²
// in quadratic polls, Σ votes otherwise) and the number of joins.
func CheckTally(params circuits.Params, p *joinvote.Poll, sealed, onChain fr.Element, t *poll.Tally, vks map[string]groth16.VerifyingKey) (*poll.Results, error) {
	if t == nil {
		return nil, fmt.Errorf("%w: no tally proofs", ErrTally)
	}
	pollID := p.ID()
	check := func(circuit string, i int, ends fr.Element, proof []byte) error {
		vk, ok := vks[circuit]
		if !ok {
			return fmt.Errorf("%w: no verifying key for %s", ErrTally, circuit)
		}
		pr, err := ParseProof(proof)
		if err != nil {
			return fmt.Errorf("%w: %s batch %d: %w", ErrTally, circuit, i, err)
		}
		if err := verifyGroth16(vk, pr, []fr.Element{ends}); err != nil {
			return fmt.Errorf("%w: %s batch %d: the proof does not verify for its boundary values", ErrTally, circuit, i)
		}
		return nil
	}
	if t.Legacy && (!onChain.IsZero() || anyOnChain(t)) {
		return nil, fmt.Errorf("%w: a tally of processing circuits before version 4 cannot cover on-chain entries", ErrTally)
	}
	var splits []process.SplitEnds
	for i, b := range t.Splits {
		ends := b.Ends.Hash()
		if t.Legacy {
			ends = b.Ends.LegacyHash()
		}
		if err := check(prover.ProcessSplit, i, ends, b.Proof); err != nil {
			return nil, err
		}
		splits = append(splits, b.Ends)
	}
	var joins []process.JoinEnds
	for i, b := range t.Joins {
		ends := b.Ends.Hash()
		if t.Legacy {
			ends = b.Ends.LegacyHash()
		}
		if err := check(prover.ProcessJoins, i, ends, b.Proof); err != nil {
			return nil, err
		}
		joins = append(joins, b.Ends)
	}
	var commands []process.CommandEnds
	for i, b := range t.Commands {
		ends := b.Ends.Hash()
		if t.Legacy {
			ends = b.Ends.LegacyHash()
		}
		if err := check(prover.ProcessCommands, i, ends, b.Proof); err != nil {
			return nil, err
		}
		commands = append(commands, b.Ends)
	}
	if err := process.CheckResult(params, pollID, sealed, onChain, splits, joins, commands, &t.Final); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrTally, err)
	}
	res := &poll.Results{Proven: true}
	for o := 0; o < p.NumOptions; o++ {
		total := t.Final.Totals[o].BigInt(new(big.Int))
		spent := total
		if p.Mode == joinvote.ModeQuadratic {
			spent = t.Final.Squares[o].BigInt(new(big.Int))
		}
		res.Totals, res.Spent = append(res.Totals, total), append(res.Spent, spent)
	}
	for o := p.NumOptions; o < len(t.Final.Totals); o++ {
		if !t.Final.Totals[o].IsZero() {
			return nil, fmt.Errorf("%w: option %d beyond the poll's %d has votes", ErrTally, o+1, p.NumOptions)
		}
	}
	return res, nil
}

// anyOnChain reports whether a tally's boundary values hold on-chain
// entries or skipped joins.
func anyOnChain(t *poll.Tally) bool {
	for _, s := range t.Splits {
		if !s.Ends.OnChainIn.IsZero() || !s.Ends.OnChainOut.IsZero() {
			return true
		}
	}
	for _, j := range t.Joins {
		if !j.Ends.Skipped.IsZero() {
			return true
		}
	}
	for _, c := range t.Commands {
		if !c.Ends.Skipped.IsZero() {
			return true
		}
	}
	return false
}
