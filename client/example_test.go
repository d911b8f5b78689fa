package client_test

import (
	"context"
	"fmt"
	"math/big"

	"github.com/zkvote/zkvote/census"
	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/client"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/prover"
	"github.com/zkvote/zkvote/verifier"
)

// ExampleVote walks a voter through a poll without the CLI: an identity,
// a census that lists it, a poll, a proved ballot, and its verification.
func ExampleVote() {
	params := circuits.TestParams() // small trees, for a fast example

	alice, _ := client.NewIdentity(nil)
	bob, _ := client.NewIdentity(nil)
	c, _ := census.Build([]census.Member{
		{Commitment: alice.Commitment(), Weight: big.NewInt(16)},
		{Commitment: bob.Commitment(), Weight: big.NewInt(4)},
	}, params.CensusDepth)

	// Development keys: fine for an example, never for a real poll.
	keys, err := prover.SetupDev(context.Background(), prover.JoinVote, params, nil)
	if err != nil {
		panic(err)
	}

	// The poll pins the verifying key everyone proves and verifies against.
	coordinator, _ := babyjub.GenerateKey(nil)
	def, _ := poll.New(params, "Raise the grants budget?", []string{"yes", "no"},
		joinvote.ModeQuadratic, c.Root(), coordinator.Public(), keys.VerifyingKeyDigest())

	member, _ := c.Proof(alice.Commitment())
	votes, _ := client.ParseChoice("yes:3,no:2", def.Options) // 9 + 4 <= 16 credits
	sub, record, err := client.Vote(keys, alice, member, def, votes, nil)
	if err != nil {
		panic(err)
	}

	p, _ := def.Circuit()
	fmt.Println("proof verifies:", verifier.VerifyJoinVote(keys.VK, params, p, sub.Proof, &sub.Statement) == nil)
	fmt.Println("record is for this poll:", record.PollID == sub.Statement.PollID)

	// Alice cannot spend more than her 16 credits.
	_, _, err = client.Vote(keys, alice, member, def, []*big.Int{big.NewInt(4), big.NewInt(1)}, nil)
	fmt.Println(err)
	// Output:
	// proof verifies: true
	// record is for this poll: true
	// client: invalid choice: joinvote: ballot exceeds the voter's budget: the ballot costs 17 credits (weight² per option), your census weight gives 16
}
