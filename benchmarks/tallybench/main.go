// Command tallybench measures a proven tally end to end, as a coordinator's
// tally job runs it: a poll of -joins voters and -commands commands (three
// in four re-votes that count when commands ≤ joins, one in four signed by
// a stranger) is processed by the native twin of the processing circuits,
// every batch witness is built, and every batch is proven by the
// in-process runner, one at a time (each proof uses every core). It
// reports the time per phase and per batch kind, and the peak resident
// memory. The voters' join proofs are not made: intake checked them, the
// tally never looks at them.
//
//	go run ./benchmarks/tallybench -joins 1000 -commands 200 -keys /tmp/tallykeys
//
// The first run on a -keys directory makes development keys (setup time
// reported apart). With -settle it then deploys the poll's contracts on an
// in-process simulated chain with mainnet's forks, anchors the log's end
// and settles every proof (-per-tx proofs per transaction, as `zkvote
// settle`), and reports the gas: the settlement measured end to end.
//
//	go run ./benchmarks/tallybench -joins 1000 -commands 200 -keys /tmp/tallykeys -settle
package main

import (
	"context"
	"crypto/rand"
	"flag"
	"fmt"
	"log"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/logger"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/command"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/merkle"
	"github.com/zkvote/zkvote/circuits/message"
	"github.com/zkvote/zkvote/circuits/poseidon"
	"github.com/zkvote/zkvote/circuits/process"
	zkpoll "github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/prover"
	"github.com/zkvote/zkvote/receipt"
	"github.com/zkvote/zkvote/settlement"
)

func main() {
	logger.Disable()
	joins := flag.Int("joins", 1000, "voters who join")
	commands := flag.Int("commands", 200, "commands after the joins")
	paramsName := flag.String("params", "default", "parameter set: default, test or maci25")
	depth := flag.Int("state-depth", 0, "override the state tree depth (0: the parameter set's)")
	keysDir := flag.String("keys", "/tmp/zkvote-tallybench-keys", "keys directory (made on first use)")
	settle := flag.Bool("settle", false, "then deploy the poll's contracts on an in-process simulated chain (mainnet's forks), anchor and settle every proof, and report the gas")
	perTx := flag.Int("per-tx", 8, "with -settle: proofs per transaction")
	flag.Parse()
	params, err := circuits.ParamsByName(*paramsName)
	check(err)
	if *depth > 0 {
		params.StateDepth = *depth
		params.Name += fmt.Sprintf("-state%d", *depth)
	}
	if *joins > 1<<params.StateDepth || *joins+*commands > params.MaxMessages {
		log.Fatalf("%d joins and %d commands do not fit parameter set %s (state depth %d, %d messages)", *joins, *commands, params.Name, params.StateDepth, params.MaxMessages)
	}

	var keys []*prover.Keys
	circuitsToLoad := prover.Processing
	if *settle { // the contracts pin the join+vote (and command proof) verifiers too
		circuitsToLoad = prover.OnChain(params)
	}
	for _, name := range circuitsToLoad {
		k, err := prover.Load(*keysDir, name, params)
		if err != nil {
			start := time.Now()
			k, err = prover.SetupDev(context.Background(), name, params, nil)
			check(err)
			check(k.Save(*keysDir))
			fmt.Printf("setup %-16s %8d constraints  %s\n", name, k.Manifest.Constraints, time.Since(start).Round(time.Second))
		} else {
			fmt.Printf("keys  %-16s %8d constraints\n", name, k.Manifest.Constraints)
		}
		keys = append(keys, k)
	}

	digests := map[string]string{}
	for _, k := range keys {
		digests[k.Manifest.Circuit] = k.VerifyingKeyDigest()
	}
	start := time.Now()
	proc, def, err := buildPoll(params, *joins, *commands, digests)
	check(err)
	built := time.Since(start)
	start = time.Now()
	proc.Process(nil)
	w, err := proc.Witness(nil)
	check(err)
	witnessed := time.Since(start)
	fmt.Printf("poll: %d joins, %d commands (params %s: state depth %d, %d options, %d commands and %d joins per batch)\n",
		*joins, *commands, params.Name, params.StateDepth, params.MaxVoteOptions, w.Shape.Commands, w.Shape.Joins)
	fmt.Printf("log built natively in %s; processing and batch witnesses in %s\n", built.Round(time.Millisecond), witnessed.Round(time.Millisecond))

	runner := prover.NewLocal(keys, 1, nil)
	type kind struct {
		name   string
		tasks  []prover.Task
		proofs []*[]byte
	}
	t := &zkpoll.Tally{Final: w.Final.Result(), Splits: make([]zkpoll.SplitProof, len(w.Splits)),
		Joins: make([]zkpoll.JoinProof, len(w.Joins)), Commands: make([]zkpoll.CommandProof, len(w.Commands))}
	kinds := []kind{{name: prover.ProcessSplit}, {name: prover.ProcessJoins}, {name: prover.ProcessCommands}}
	for i, b := range w.Splits {
		t.Splits[i].Ends = b.Ends
		kinds[0].tasks = append(kinds[0].tasks, prover.Task{Circuit: prover.ProcessSplit, Assignment: b.Assignment})
		kinds[0].proofs = append(kinds[0].proofs, &t.Splits[i].Proof)
	}
	for i, b := range w.Joins {
		t.Joins[i].Ends = b.Ends
		kinds[1].tasks = append(kinds[1].tasks, prover.Task{Circuit: prover.ProcessJoins, Assignment: b.Assignment})
		kinds[1].proofs = append(kinds[1].proofs, &t.Joins[i].Proof)
	}
	for i, b := range w.Commands {
		t.Commands[i].Ends = b.Ends
		kinds[2].tasks = append(kinds[2].tasks, prover.Task{Circuit: prover.ProcessCommands, Assignment: b.Assignment})
		kinds[2].proofs = append(kinds[2].proofs, &t.Commands[i].Proof)
	}
	total := time.Now()
	for _, k := range kinds {
		start := time.Now()
		for i, task := range k.tasks {
			proof, err := runner.Prove(context.Background(), task)
			check(err)
			*k.proofs[i] = proof
		}
		d := time.Since(start)
		per := time.Duration(0)
		if len(k.tasks) > 0 {
			per = d / time.Duration(len(k.tasks))
		}
		fmt.Printf("prove %-16s %4d batches  %10s  (%s per batch)\n", k.name, len(k.tasks), d.Round(time.Millisecond), per.Round(time.Millisecond))
	}
	proving := time.Since(total)
	fmt.Printf("proven tally: %s proving, %s in all (witnesses included); peak RSS %s\n",
		proving.Round(time.Second), (proving + witnessed).Round(time.Second), peakRSS())
	if *settle {
		settleOnChain(def, keys, t, uint64(*joins+*commands), *perTx)
	}
}

// settleOnChain deploys the poll's contracts on a simulated chain, anchors
// the log's end and settles every proof, printing the gas of each step.
func settleOnChain(def *zkpoll.Definition, keys []*prover.Keys, t *zkpoll.Tally, entries uint64, perTx int) {
	ctx := context.Background()
	dev, err := settlement.NewDevChain(ctx, 2)
	check(err)
	defer dev.Close()
	auth := func(i int) *bind.TransactOpts {
		a, err := bind.NewKeyedTransactorWithChainID(dev.Keys[i], dev.ChainID)
		check(err)
		return a
	}
	vks := map[string]groth16.VerifyingKey{}
	for _, k := range keys {
		vks[k.Manifest.Circuit] = k.VK
	}
	d, err := settlement.Deploy(ctx, dev.Chain, auth(0), settlement.Config{Definition: def, Keys: vks, Coordinator: dev.Addrs[1]})
	check(err)
	var deployGas uint64
	for _, g := range d.Gas {
		deployGas += g
	}
	fmt.Printf("deploy: %d gas (every contract)\n", deployGas)
	last := t.Splits[len(t.Splits)-1].Ends
	seal := &receipt.Seal{ChainHash: last.ChainOut, Count: entries} // the anchor takes the coordinator account's word
	anchorGas, err := settlement.Anchor(ctx, dev.Chain, auth(1), d, seal)
	check(err)
	start := time.Now()
	s, err := settlement.Settle(ctx, dev.Chain, auth(1), d, t, settlement.SettleOptions{PerTx: perTx})
	check(err)
	fmt.Printf("anchor: %d gas\nsettle: %d proofs in %d transactions, %d gas (%s)\n",
		anchorGas, len(t.Splits)+len(t.Joins)+len(t.Commands), len(s.Txs), s.Gas(), time.Since(start).Round(time.Millisecond))
	byKind := map[string][2]uint64{}
	for _, tx := range s.Txs {
		v := byKind[tx.Kind]
		byKind[tx.Kind] = [2]uint64{v[0] + uint64(tx.Proofs), v[1] + tx.Gas}
	}
	for _, k := range []string{"splits", "joins", "commands", "publish"} {
		fmt.Printf("  %-8s %4d proofs  %11d gas\n", k, byKind[k][0], byKind[k][1])
	}
	fmt.Printf("anchor + settlement: %d gas; totals on-chain %v, joins %d\n", anchorGas+s.Gas(), s.Totals, s.Joins)
}

// buildPoll makes a census of n voters (weights 2..101), their joins
// (each voting 1 for option 0) and commands, command j for voter j mod n:
// three in four set option 1 with the voter's key at the voter's next
// nonce (with at most one per voter, they count), the fourth is signed by
// (with command proofs: names) a stranger's key (it does not).
func buildPoll(params circuits.Params, n, commands int, digests map[string]string) (*process.Processor, *zkpoll.Definition, error) {
	coord, err := babyjub.GenerateKey(rand.Reader)
	if err != nil {
		return nil, nil, err
	}
	secrets := make([]fr.Element, n)
	weights := make([]*big.Int, n)
	leaves := make([]fr.Element, n)
	for i := range secrets {
		if _, err := secrets[i].SetRandom(); err != nil {
			return nil, nil, err
		}
		weights[i] = big.NewInt(int64(2 + i%100))
		var w fr.Element
		w.SetBigInt(weights[i])
		leaves[i] = poseidon.Hash(circuits.DomainCensusLeaf, poseidon.Hash(circuits.DomainIdentity, secrets[i]), w)
	}
	tree, err := merkle.FromLeaves(params.CensusDepth, leaves)
	if err != nil {
		return nil, nil, err
	}
	options := min(params.MaxVoteOptions, 4)
	labels := make([]string, options)
	for o := range labels {
		labels[o] = fmt.Sprintf("option-%c", 'a'+o)
	}
	// A real definition (the on-chain Poll recomputes its ID); without
	// -settle the join+vote key digest is a stand-in.
	jv := digests[prover.JoinVote]
	if jv == "" {
		jv = strings.Repeat("0", 64)
	}
	def, err := zkpoll.New(params, "tallybench", labels, joinvote.ModeWeighted, tree.Root(), coord.Public(), jv)
	if err != nil {
		return nil, nil, err
	}
	def.ProcessingKeys = map[string]string{}
	for _, name := range prover.Processing {
		def.ProcessingKeys[name] = digests[name]
	}
	if params.CommandProofs {
		if def.CommandKey = digests[prover.Command]; def.CommandKey == "" {
			def.CommandKey = strings.Repeat("0", 64) // without -settle, a stand-in
		}
	}
	poll, err := def.Circuit()
	if err != nil {
		return nil, nil, err
	}
	pollID := poll.ID()
	proc := process.New(params, poll, coord)
	keys := make([]*babyjub.PrivateKey, n)
	for i := range secrets {
		proof, err := tree.Prove(uint64(i))
		if err != nil {
			return nil, nil, err
		}
		if keys[i], err = babyjub.GenerateKey(rand.Reader); err != nil {
			return nil, nil, err
		}
		eph, err := babyjub.GenerateKey(rand.Reader)
		if err != nil {
			return nil, nil, err
		}
		votes := make([]*big.Int, options)
		for o := range votes {
			votes[o] = new(big.Int)
		}
		votes[0].SetInt64(1)
		priv := &joinvote.Private{IdentitySecret: secrets[i], Weight: weights[i], CensusIndex: uint64(i), CensusSiblings: proof.Siblings,
			PollKey: keys[i], EphemeralKey: eph, Votes: votes}
		if _, err := priv.WeightSalt.SetRandom(); err != nil {
			return nil, nil, err
		}
		w, err := joinvote.NewWitness(params, poll, priv)
		if err != nil {
			return nil, nil, err
		}
		if _, err := proc.Join(&w.Statement); err != nil {
			return nil, nil, err
		}
	}
	nonces := make([]uint64, n)
	stranger, err := babyjub.GenerateKey(rand.Reader)
	if err != nil {
		return nil, nil, err
	}
	for j := 0; j < commands; j++ {
		v := j % n
		signer := keys[v]
		if j%4 == 3 {
			signer = stranger
		} else {
			nonces[v]++
		}
		cmd := message.Command{StateIndex: uint64(v), NewKey: keys[v].Public(), Option: 1, Weight: big.NewInt(int64(nonces[v] % 2)), Nonce: nonces[v]}
		eph, err := babyjub.GenerateKey(rand.Reader)
		if err != nil {
			return nil, nil, err
		}
		if params.CommandProofs { // the command as the voter's client makes it (its proof is not needed to process it)
			w, err := command.NewWitness(params, poll, &command.Private{Command: cmd, AuthKey: signer, Ephemeral: eph})
			if err != nil {
				return nil, nil, err
			}
			st := &w.Statement
			proc.Append(process.Message{EphemeralKey: st.EphemeralKey, Ciphertext: st.Ciphertext, Opening: st.Opening})
			continue
		}
		epk, ct, _, err := message.SignAndEncrypt(params, pollID, cmd.Body(params), signer, eph, &poll.CoordinatorKey)
		if err != nil {
			return nil, nil, err
		}
		proc.Append(process.Message{EphemeralKey: epk, Ciphertext: ct})
	}
	return proc, def, nil
}

func peakRSS() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "?"
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			return strings.TrimSpace(v)
		}
	}
	return "?"
}

func check(err error) {
	if err != nil {
		log.Fatal(err)
	}
}
