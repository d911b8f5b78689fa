package joinvote

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/poseidon"
)

// Mode is a poll's voting mode.
type Mode uint8

// Voting modes. The budget a ballot must respect is 1 (one person, one
// vote: at most one unit over all options, whatever the census weight), the
// census weight (weighted: Σ votes ≤ weight) or the census weight spent
// quadratically (quadratic: Σ votes² ≤ weight).
const (
	ModeOnePersonOneVote Mode = 0
	ModeWeighted         Mode = 1
	ModeQuadratic        Mode = 2
)

// String returns the mode's CLI name.
func (m Mode) String() string {
	switch m {
	case ModeOnePersonOneVote:
		return "1p1v"
	case ModeWeighted:
		return "weighted"
	case ModeQuadratic:
		return "quadratic"
	}
	return fmt.Sprintf("mode(%d)", uint8(m))
}

// ParseMode reads a mode name as printed by String.
func ParseMode(s string) (Mode, error) {
	for _, m := range []Mode{ModeOnePersonOneVote, ModeWeighted, ModeQuadratic} {
		if m.String() == s {
			return m, nil
		}
	}
	return 0, fmt.Errorf("%w: %q (want 1p1v, weighted or quadratic)", ErrMode, s)
}

// Poll is what the join+vote circuit knows of a poll. Everything else in a
// poll definition (title, body, option labels, window, limits, execution
// payload) enters only through DescriptorHash, so the poll ID binds it all.
type Poll struct {
	CensusRoot     fr.Element
	CoordinatorKey babyjub.Point
	Mode           Mode
	NumOptions     int
	DescriptorHash fr.Element
}

// Validate checks the poll against the parameter set.
func (p *Poll) Validate(params circuits.Params) error {
	if p.Mode > ModeQuadratic {
		return fmt.Errorf("%w: %d", ErrMode, p.Mode)
	}
	if p.NumOptions < 1 || p.NumOptions > params.MaxVoteOptions {
		return fmt.Errorf("%w: %d not in [1,%d]", ErrOptionCount, p.NumOptions, params.MaxVoteOptions)
	}
	if err := babyjub.ValidatePublicKey(&p.CoordinatorKey); err != nil {
		return fmt.Errorf("%w: coordinator key: %w", ErrKey, err)
	}
	return nil
}

// ID returns the poll ID, Poseidon2 over the fields above (DomainPoll).
func (p *Poll) ID() fr.Element {
	var mode, n fr.Element
	mode.SetUint64(uint64(p.Mode))
	n.SetUint64(uint64(p.NumOptions))
	return poseidon.Hash(circuits.DomainPoll, p.CensusRoot, p.CoordinatorKey.X, p.CoordinatorKey.Y, mode, n, p.DescriptorHash)
}

// CircuitPollID is ID in a circuit: the hash every circuit that binds a
// poll's fields by its ID recomputes.
func CircuitPollID(h *poseidon.Hasher, censusRoot frontend.Variable, coordinatorKey babyjub.CircuitPoint, mode, numOptions, descriptorHash frontend.Variable) frontend.Variable {
	return h.Hash(circuits.DomainPoll, censusRoot, coordinatorKey.X, coordinatorKey.Y, mode, numOptions, descriptorHash)
}

// Budget returns the budget a ballot must respect for a census weight.
func (p *Poll) Budget(weight *big.Int) *big.Int {
	if p.Mode == ModeOnePersonOneVote {
		return big.NewInt(1)
	}
	return new(big.Int).Set(weight)
}

// Cost returns what a ballot spends in this poll's mode.
func (p *Poll) Cost(votes []*big.Int) *big.Int {
	cost := new(big.Int)
	for _, v := range votes {
		if p.Mode == ModeQuadratic {
			cost.Add(cost, new(big.Int).Mul(v, v))
		} else {
			cost.Add(cost, v)
		}
	}
	return cost
}
