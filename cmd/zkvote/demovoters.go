package main

import (
	"fmt"
	"math/big"
	"math/rand/v2"

	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/message"
	"github.com/zkvote/zkvote/client"
	"github.com/zkvote/zkvote/poll"
)

// voters are the demo's voters: alice (16 GOV), bob (9) and carol (4),
// whose ballots fit each mode's budget, then d.extra voters of 1 GOV with
// seeded random choices.
func (d *demo) voters() []*demoVoter {
	var choices [3]string
	switch d.mode {
	case joinvote.ModeQuadratic: // credits = weight, a vote of n costs n²
		choices = [3]string{"yes:4", "no:3", "yes:1,no:1"}
	case joinvote.ModeWeighted: // weight votes to spread
		choices = [3]string{"yes:16", "no:9", "yes:2,no:2"}
	default: // one person, one vote
		choices = [3]string{"yes", "no", "yes"}
	}
	out := []*demoVoter{
		{name: "alice", weight: 16, choice: choices[0]},
		{name: "bob", weight: 9, choice: choices[1]},
		{name: "carol", weight: 4, choice: choices[2]},
	}
	rng := rand.New(rand.NewPCG(1, uint64(d.extra)))
	for i := range d.extra {
		out = append(out, &demoVoter{name: fmt.Sprintf("voter%d", i+4), weight: 1, choice: []string{"yes", "no"}[rng.IntN(2)]})
	}
	return out
}

// bribedChoice is what the briber buys from Bob: all of Bob's budget on yes.
func (d *demo) bribedChoice() string {
	switch d.mode {
	case joinvote.ModeQuadratic:
		return "yes:3"
	case joinvote.ModeWeighted:
		return "yes:9"
	}
	return "yes"
}

// expected is the tally the story gives (yes, no) when no extra voters
// vote: Bob's bribed re-vote is voided by his key change, the forged
// command for Carol is skipped.
func (d *demo) expected() string {
	if d.extra > 0 {
		return ""
	}
	switch d.mode {
	case joinvote.ModeQuadratic:
		return "[5 4]"
	case joinvote.ModeWeighted:
		return "[18 11]"
	}
	return "[2 1]"
}

func modeText(m joinvote.Mode) string {
	switch m {
	case joinvote.ModeQuadratic:
		return "quadratic voting (weight = credits, a vote of n costs n²)"
	case joinvote.ModeWeighted:
		return "weighted voting (a member spreads their weight over the options)"
	}
	return "one person, one vote (weights count only for eligibility)"
}

// fitBallot returns a vote of 1 on each option votes names: within every
// member's budget, so that Alice's second join is a valid ballot and its
// refusal is about the nullifier alone.
func fitBallot(votes []*big.Int) []*big.Int {
	out := make([]*big.Int, len(votes))
	for i, v := range votes {
		out[i] = new(big.Int)
		if v.Sign() > 0 {
			out[i].SetInt64(1)
		}
	}
	return out
}

// forgedCommand is a well-formed command for a voter's state index,
// authorized by a stranger's key (signed with it, or naming it in a poll
// with command proofs): it does not count.
func forgedCommand(def *poll.Definition, stateIndex uint64) (*client.Message, error) {
	k, err := babyjub.GenerateKey(nil)
	if err != nil {
		return nil, err
	}
	cmd := message.Command{StateIndex: stateIndex, NewKey: k.Public(), Option: 1, Weight: big.NewInt(1), Nonce: 1}
	return client.NewCommand(def, &cmd, k)
}
