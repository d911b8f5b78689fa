package process_test

import (
	"fmt"
	"math/big"
	mrand "math/rand"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/message"
)

// randomPoll publishes a seeded mix of joins and commands of every kind
// the rules distinguish: votes and re-votes in any nonce order, key
// changes (also to invalid keys), signatures by stale or foreign keys,
// budgets at and over the limit, options and indices out of range,
// undecryptable messages.
func randomPoll(t *testing.T, params circuits.Params, mode joinvote.Mode, seed int64, members, commands int) *world {
	rng := mrand.New(mrand.NewSource(seed))
	weights := make([]int64, members)
	for i := range weights {
		weights[i] = 1 + rng.Int63n(30)
	}
	options := 1 + rng.Intn(params.MaxVoteOptions)
	w := newWorld(t, params, mode, options, weights...)
	w.seed = seed * 100000
	keys := map[uint64][]*babyjub.PrivateKey{} // every key a voter has used
	sent := map[uint64]int{}
	budget := func(i int) int64 {
		if mode == joinvote.ModeOnePersonOneVote {
			return 1
		}
		return weights[i]
	}
	ballot := func(i int) []int64 {
		votes := make([]int64, options)
		cost := func() (c int64) {
			for _, v := range votes {
				if mode == joinvote.ModeQuadratic {
					c += v * v
				} else {
					c += v
				}
			}
			return c
		}
		for rng.Intn(3) > 0 {
			o := rng.Intn(options)
			votes[o] += 1 + rng.Int63n(3)
			if cost() > budget(i) {
				votes[o] = 0
				break
			}
		}
		return votes
	}
	// Plan first, so each voter's commands can carry the nonces a client
	// would give them: counting down to 1 in publish order.
	type event struct {
		join    bool
		index   uint64
		foreign bool // a random index, signed by a key nobody registered
	}
	var plan []event
	total := map[uint64]int{}
	for step, j := 0, 0; step < members+commands; step++ {
		if j < members && (rng.Intn(members+commands) < members || step >= commands) {
			plan = append(plan, event{join: true})
			j++
			continue
		}
		if j == 0 || rng.Intn(8) == 0 {
			plan = append(plan, event{index: uint64(rng.Intn(1<<params.StateDepth + 2)), foreign: true})
			continue
		}
		e := event{index: uint64(rng.Intn(j))}
		total[e.index]++
		plan = append(plan, e)
	}
	joined := 0
	order := rng.Perm(members)
	for _, e := range plan {
		if e.join {
			i := order[joined]
			idx := w.join(t, i, ballot(i)...)
			keys[idx] = append(keys[idx], w.keys[idx])
			joined++
			continue
		}
		index, signer, nonce := e.index, w.key(t), uint64(1+rng.Intn(6))
		if !e.foreign {
			ks := keys[index]
			signer = ks[0]
			if rng.Intn(20) == 0 {
				signer = ks[rng.Intn(len(ks))]
			}
			sent[index]++
			if rng.Intn(20) > 0 {
				nonce = uint64(total[index] - sent[index] + 1)
			}
		}
		option := uint64(rng.Intn(options))
		if rng.Intn(30) == 0 {
			option = uint64(options + rng.Intn(2))
		}
		c := message.Command{StateIndex: index, Option: option, Nonce: nonce,
			Weight: big.NewInt(rng.Int63n(4))}
		if mode == joinvote.ModeOnePersonOneVote {
			c.Weight = big.NewInt(rng.Int63n(2))
		}
		switch rng.Intn(40) {
		case 0: // key change to a fresh key
			k := w.key(t)
			c.NewKey = k.Public()
			keys[index] = append(keys[index], k)
		case 1: // an invalid new key (a command proof cannot carry one)
			if params.CommandProofs {
				break
			}
			c.NewKey.Y.SetOne()
			if rng.Intn(2) == 0 {
				c.NewKey.Y.Neg(&c.NewKey.Y)
			}
		}
		switch tamper := rng.Intn(40); {
		case tamper == 0 && !params.CommandProofs: // a proven command always opens
			m := w.message(t, signer, c)
			m.Ciphertext[rng.Intn(len(m.Ciphertext))].SetUint64(uint64(rng.Int63()))
			w.publish(m)
		case tamper == 1:
			w.publish(sealRaw(t, w, signer, c, func(body []fr.Element) { body[5].SetBigInt(bigPow2(uint(90 + rng.Intn(160)))) }))
		default:
			w.send(t, signer, c)
		}
	}
	return w
}

// TestRandomPolls: native processing and the circuits agree on randomized
// polls, for signed commands (two seeds per mode) and commands with
// command proofs (one).
func TestRandomPolls(t *testing.T) {
	commands := 240
	if testing.Short() {
		commands = 40
	}
	for _, params := range []circuits.Params{circuits.TestParams(), circuits.TestProofParams()} {
		seeds := int64(2)
		if params.CommandProofs {
			seeds = 1
		}
		for _, mode := range []joinvote.Mode{joinvote.ModeOnePersonOneVote, joinvote.ModeWeighted, joinvote.ModeQuadratic} {
			for seed := int64(1); seed <= seeds; seed++ {
				t.Run(fmt.Sprintf("%s/%s/%d", params.Name, mode, seed), func(t *testing.T) {
					w := randomPoll(t, params, mode, seed+int64(mode)*10, 1<<params.StateDepth, commands)
					n := w.process(t)
					hist := map[string]int{}
					for _, o := range w.proc.Outcomes() {
						hist[fmt.Sprint(o.Err)]++
					}
					t.Log(hist)
					require.Positive(t, n, "some commands count")
					require.Less(t, n, commands, "some commands do not")
					wit := w.witness(t)
					w.prove(t, wit)
					t.Logf("%d joins, %d commands (%d counted): %d split, %d join, %d command proofs",
						len(w.proc.Voters()), commands, n, len(wit.Splits), len(wit.Joins), len(wit.Commands))
				})
			}
		}
	}
}
