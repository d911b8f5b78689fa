// Command onchainbench measures the on-chain voting path at a parameter
// set: it deploys a poll's contracts with on-chain voting on an in-process
// simulated chain (mainnet's forks), posts real joins (one per voter, each
// with its join+vote proof) and a re-vote (its commands, with their command
// proofs in a set with command proofs) to the Poll contract, and reports
// the gas of each. Keys come from -keys (made there on first use, a
// development setup).
//
//	go run ./benchmarks/onchainbench -keys ~/.zkvote/keys
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"math/big"
	"time"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/logger"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/zkvote/zkvote/census"
	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/client"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/prover"
	"github.com/zkvote/zkvote/settlement"
)

func check(err error) {
	if err != nil {
		log.Fatal(err)
	}
}

func main() {
	paramsName := flag.String("params", "default", "parameter set: default, test or maci25")
	keysDir := flag.String("keys", "/tmp/zkvote-tallybench-keys", "keys directory (made on first use)")
	voters := flag.Int("voters", 3, "voters who join on-chain")
	flag.Parse()
	logger.Disable()
	params, err := circuits.ParamsByName(*paramsName)
	check(err)
	ctx := context.Background()

	keys := map[string]*prover.Keys{}
	for _, name := range prover.OnChain(params) {
		k, err := prover.Load(*keysDir, name, params)
		if err != nil {
			start := time.Now()
			k, err = prover.SetupDev(ctx, name, params, nil)
			check(err)
			check(k.Save(*keysDir))
			fmt.Printf("setup %-16s %8d constraints  %s\n", name, k.Manifest.Constraints, time.Since(start).Round(time.Second))
		}
		keys[name] = k
	}

	var members []census.Member
	var ids []*client.Identity
	for i := range *voters {
		id, err := client.NewIdentity(nil)
		check(err)
		ids = append(ids, id)
		members = append(members, census.Member{Commitment: id.Commitment(), Weight: big.NewInt(int64(i + 1))})
	}
	c, err := census.Build(members, params.CensusDepth)
	check(err)
	coord, err := babyjub.GenerateKey(nil)
	check(err)
	options := make([]string, params.MaxVoteOptions) // the widest ballot: every option of the set
	for i := range options {
		options[i] = fmt.Sprintf("option %d", i+1)
	}
	def, err := poll.New(params, "on-chain gas", options, joinvote.ModeWeighted, c.Root(), coord.Public(), keys[prover.JoinVote].VerifyingKeyDigest())
	check(err)
	def.ProcessingKeys = map[string]string{}
	for _, name := range prover.Processing {
		def.ProcessingKeys[name] = keys[name].VerifyingKeyDigest()
	}
	if params.CommandProofs {
		def.CommandKey = keys[prover.Command].VerifyingKeyDigest()
	}
	def.MaxMessages = min(params.MaxMessages, 1<<(params.StateDepth-1)) // half the state tree for joins through the coordinator: room on-chain
	end := time.Now().Add(time.Hour).UTC().Truncate(time.Second)
	def.End = &end
	check(def.Validate())

	dev, err := settlement.NewDevChain(ctx, 2)
	check(err)
	defer dev.Close()
	auth := func(i int) *bind.TransactOpts {
		a, err := bind.NewKeyedTransactorWithChainID(dev.Keys[i], dev.ChainID)
		check(err)
		return a
	}
	vks := map[string]groth16.VerifyingKey{}
	for name, k := range keys {
		vks[name] = k.VK
	}
	d, err := settlement.Deploy(ctx, dev.Chain, auth(0), settlement.Config{Definition: def, Keys: vks, Coordinator: dev.Addrs[1], OnChainVoting: true})
	check(err)
	fmt.Printf("params %s (%s): %d options, ciphertexts of %d (join) elements; Poll deployed: %d gas, %d on-chain joins\n",
		params.Name, params.ID(), params.MaxVoteOptions, params.MaxVoteOptions+3, d.Gas["poll"], d.OnChainJoins)

	var last *client.Record
	for i, id := range ids {
		member, err := c.Proof(id.Commitment())
		check(err)
		votes := make([]*big.Int, len(options))
		for j := range votes {
			votes[j] = new(big.Int)
		}
		votes[0].SetInt64(1)
		sub, rec, err := client.Vote(keys[prover.JoinVote], id, member, def, votes, nil)
		check(err)
		p, err := settlement.JoinOnChain(ctx, dev.Chain, auth(1), d, &poll.Join{Statement: sub.Statement, Proof: sub.Proof}, nil)
		check(err)
		fmt.Printf("join %d on-chain: %d gas\n", i, p.Gas)
		idx := uint64(i)
		rec.StateIndex, last = &idx, rec
	}
	votes := make([]*big.Int, len(options))
	for j := range votes {
		votes[j] = new(big.Int)
	}
	votes[1].SetInt64(1)
	msgs, err := client.Revote(def, last, votes)
	check(err)
	if params.CommandProofs {
		check(client.ProveCommands(keys[prover.Command], def, msgs))
	}
	for i, m := range msgs {
		p, err := settlement.CommandOnChain(ctx, dev.Chain, auth(1), d, &poll.Command{EphemeralKey: m.EphemeralKey, Ciphertext: m.Ciphertext, Opening: m.Opening, Proof: m.Proof})
		check(err)
		fmt.Printf("command %d on-chain: %d gas\n", i, p.Gas)
	}
}
