package client_test

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"strings"

	"github.com/zkvote/zkvote/census"
	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/client"
	"github.com/zkvote/zkvote/coordinator"
	"github.com/zkvote/zkvote/coordinator/server"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/prover"
)

// ExampleConn_SubmitVote submits a vote to a coordinator over gRPC, as a
// program using the library would: here the coordinator runs in this
// process on a loopback port; in real use it is zkvote coordinator on a
// server, and a program dials its address (with client.WithTLS).
func ExampleConn_SubmitVote() {
	params := circuits.TestParams()
	dir, _ := os.MkdirTemp("", "zkvote-example-")
	defer os.RemoveAll(dir)

	// Development keys, where a coordinator looks for them (prover.DefaultKeysDir in real use).
	keysDir := filepath.Join(dir, "keys")
	keys, err := prover.SetupDev(context.Background(), prover.JoinVote, params, nil)
	if err != nil {
		panic(err)
	}
	if err := keys.Save(keysDir); err != nil {
		panic(err)
	}

	// A coordinator.
	cfg := coordinator.Defaults()
	cfg.Listen, cfg.DataDir, cfg.KeysDir = "127.0.0.1:0", filepath.Join(dir, "coordinator"), keysDir
	ctx, stop := context.WithCancel(context.Background())
	addrCh, done := make(chan string, 1), make(chan error, 1)
	go func() { done <- server.Run(ctx, cfg, slog.New(slog.DiscardHandler), func(a string) { addrCh <- a }) }()
	addr := <-addrCh
	defer func() { stop(); <-done }()

	// The organiser opens a poll with the admin token.
	token, _ := os.ReadFile(filepath.Join(cfg.DataDir, coordinator.AdminTokenFile))
	admin, err := client.Dial(addr, client.WithAdminToken(strings.TrimSpace(string(token))))
	if err != nil {
		panic(err)
	}
	defer admin.Close()
	coordKey, _, err := admin.Info(ctx)
	if err != nil {
		panic(err)
	}
	alice, _ := client.NewIdentity(nil)
	c, _ := census.Build([]census.Member{{Commitment: alice.Commitment(), Weight: big.NewInt(9)}}, params.CensusDepth)
	def, _ := poll.New(params, "Adopt the charter?", []string{"yes", "no"}, joinvote.ModeQuadratic, c.Root(), coordKey, keys.VerifyingKeyDigest())
	pollID, err := admin.CreatePoll(ctx, def)
	if err != nil {
		panic(err)
	}

	// A voter: prove the ballot, submit it, keep the receipt.
	conn, err := client.Dial(addr)
	if err != nil {
		panic(err)
	}
	defer conn.Close()
	member, _ := c.Proof(alice.Commitment())
	votes, _ := client.ParseChoice("yes:3", def.Options)
	sub, _, err := client.Vote(keys, alice, member, def, votes, nil)
	if err != nil {
		panic(err)
	}
	rf, _, err := conn.SubmitVote(ctx, sub)
	if err != nil {
		panic(err)
	}
	id, _ := poll.ParseID(poll.FormatID(pollID))
	fmt.Println("receipt for entry:", rf.Receipt.Index)
	fmt.Println("receipt signed by the coordinator:", rf.Receipt.Verify(rf.SigningKey) == nil)
	fmt.Println("for this poll:", rf.Receipt.PollID == id)
	// Output:
	// receipt for entry: 0
	// receipt signed by the coordinator: true
	// for this poll: true
}
