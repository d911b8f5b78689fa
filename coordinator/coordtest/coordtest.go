// Package coordtest sets up coordinators, polls and real voters for tests:
// dev keys for the "test" parameter set (made once per test binary), a
// census of voters with identities, and join+vote submissions proved for
// a poll.
package coordtest

import (
	"context"
	"math/big"
	"os"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/zkvote/zkvote/census"
	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/client"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/prover"
)

var (
	keysOnce sync.Once
	keysDir  string
	keys     *prover.Keys
	passKeys *prover.Keys
	keysErr  error
)

// Keys returns dev keys for the test parameter set and the directory they
// are saved in (with the command pass's keys, PassKeys), made once per test
// binary.
func Keys(t testing.TB) (*prover.Keys, string) {
	keysOnce.Do(func() {
		keysDir, keysErr = os.MkdirTemp("", "zkvote-test-keys-")
		if keysErr != nil {
			return
		}
		keys, keysErr = prover.SetupDev(context.Background(), prover.JoinVote, circuits.TestParams(), nil)
		if keysErr == nil {
			keysErr = keys.Save(keysDir)
		}
		if keysErr == nil {
			passKeys, keysErr = prover.SetupDev(context.Background(), prover.Pass, circuits.TestParams(), nil)
		}
		if keysErr == nil {
			keysErr = passKeys.Save(keysDir)
		}
	})
	require.NoError(t, keysErr)
	return keys, keysDir
}

var (
	procOnce sync.Once
	procErr  error
)

// ProcessingKeys makes dev keys for the processing circuits (test
// parameter set) in the directory Keys returns, once per test binary, and
// returns their digests for a poll to pin. Only tests that prove a tally
// need them: the setup takes a few seconds.
func ProcessingKeys(t testing.TB) map[string]string {
	_, dir := Keys(t)
	procOnce.Do(func() {
		for _, name := range prover.Processing {
			k, err := prover.SetupDev(context.Background(), name, circuits.TestParams(), nil)
			if err == nil {
				err = k.Save(dir)
			}
			if err != nil {
				procErr = err
				return
			}
		}
	})
	require.NoError(t, procErr)
	digests, err := prover.ProcessingDigests(dir, circuits.TestParams())
	require.NoError(t, err)
	return digests
}

// PassKeys returns the dev keys of the command pass circuit (test
// parameter set), saved in the directory Keys returns.
func PassKeys(t testing.TB) *prover.Keys {
	Keys(t)
	return passKeys
}

// Voter is a census member.
type Voter struct {
	ID     *client.Identity
	Weight int64
}

// Census is a census of voters with weights 1, 2, 3, ... (n at most 16).
type Census struct {
	Voters []Voter
	C      *census.Census
}

// NewCensus makes n voters and their census.
func NewCensus(t testing.TB, n int) *Census {
	params := circuits.TestParams()
	c := &Census{}
	var members []census.Member
	for i := 0; i < n; i++ {
		id, err := client.NewIdentity(nil)
		require.NoError(t, err)
		w := int64(i + 1)
		c.Voters = append(c.Voters, Voter{ID: id, Weight: w})
		members = append(members, census.Member{Commitment: id.Commitment(), Weight: big.NewInt(w)})
	}
	var err error
	c.C, err = census.Build(members, params.CensusDepth)
	require.NoError(t, err)
	return c
}

// Poll defines a weighted poll with options yes/no over the census, for
// the coordinator key.
func (c *Census) Poll(t testing.TB, coordinator babyjub.Point) *poll.Definition {
	k, _ := Keys(t)
	def, err := poll.New(circuits.TestParams(), "Test proposal", []string{"yes", "no"}, joinvote.ModeWeighted, c.C.Root(), coordinator, k.VerifyingKeyDigest())
	require.NoError(t, err)
	return def
}

// ProvenPoll is Poll pinning the processing keys: its tally is proven.
func (c *Census) ProvenPoll(t testing.TB, coordinator babyjub.Point) *poll.Definition {
	def := c.Poll(t, coordinator)
	def.ProcessingKeys = ProcessingKeys(t)
	require.NoError(t, def.Validate())
	return def
}

// PassPoll is Poll with command passes: slots per rate identity.
func (c *Census) PassPoll(t testing.TB, coordinator babyjub.Point, slots int) *poll.Definition {
	def := c.Poll(t, coordinator)
	def.CommandSlots, def.PassKey = slots, PassKeys(t).VerifyingKeyDigest()
	require.NoError(t, def.Validate())
	return def
}

var (
	proofsOnce sync.Once
	proofsKeys map[string]*prover.Keys
	proofsErr  error
)

// ProofsKeys returns dev keys of every circuit of circuits.TestProofParams, by name,
// and the directory they are saved in (Keys's: the names of key files
// differ by parameter set), made once per test binary.
func ProofsKeys(t testing.TB) (map[string]*prover.Keys, string) {
	_, dir := Keys(t)
	proofsOnce.Do(func() {
		proofsKeys = map[string]*prover.Keys{}
		for _, name := range prover.CircuitsFor(circuits.TestProofParams()) {
			k, err := prover.SetupDev(context.Background(), name, circuits.TestProofParams(), nil)
			if err == nil {
				err = k.Save(dir)
			}
			if err != nil {
				proofsErr = err
				return
			}
			proofsKeys[name] = k
		}
	})
	require.NoError(t, proofsErr)
	return proofsKeys, dir
}

// ProofsPoll defines a weighted yes/no poll over the census whose commands
// carry command proofs, pinning every key of ProofsKeys: its tally is
// proven.
func (c *Census) ProofsPoll(t testing.TB, coordinator babyjub.Point) *poll.Definition {
	keys, dir := ProofsKeys(t)
	def, err := poll.New(circuits.TestProofParams(), "Test proposal", []string{"yes", "no"}, joinvote.ModeWeighted, c.C.Root(), coordinator,
		keys[prover.JoinVote].VerifyingKeyDigest())
	require.NoError(t, err)
	def.CommandKey = keys[prover.Command].VerifyingKeyDigest()
	def.ProcessingKeys, err = prover.ProcessingDigests(dir, circuits.TestProofParams())
	require.NoError(t, err)
	require.NoError(t, def.Validate())
	return def
}

// Vote proves voter i's join+vote with votes (one per option).
func (c *Census) Vote(t testing.TB, def *poll.Definition, i int, votes ...int64) (*client.Submission, *client.Record) {
	k, _ := Keys(t)
	if def.Params.CommandProofs {
		keys, _ := ProofsKeys(t)
		k = keys[prover.JoinVote]
	}
	member, err := c.C.Proof(c.Voters[i].ID.Commitment())
	require.NoError(t, err)
	vs := make([]*big.Int, len(def.Options))
	for j := range vs {
		vs[j] = new(big.Int)
		if j < len(votes) {
			vs[j].SetInt64(votes[j])
		}
	}
	sub, rec, err := client.Vote(k, c.Voters[i].ID, member, def, vs, nil)
	require.NoError(t, err)
	return sub, rec
}
