// Command processbench measures the processing circuits (circuits/process):
// constraints per command, per join and per log entry at MACI's
// comparison point (25 options) for several state depths, and optionally
// the Groth16 proving time of one batch of each kind (dev setup, never for
// production keys).
//
//	go run ./benchmarks/processbench                       # constraint table
//	go run ./benchmarks/processbench -prove -depth 10 -commands 8 -joins 32
//	go run ./benchmarks/processbench -prove -command-proofs ...     # commands with command proofs
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"runtime"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/logger"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/process"
)

func params(depth, options, commands, joins int) circuits.Params {
	p := circuits.Defaults()
	p.Name, p.StateDepth, p.MaxVoteOptions, p.MessageBatchSize, p.TallyBatchSize = "bench", depth, options, commands, joins
	p.CommandProofs = false // signed commands; set for the other reading
	return p
}

func compile(c frontend.Circuit) constraint.ConstraintSystem {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
	if err != nil {
		log.Fatal(err)
	}
	if len(ccs.GetCommitments().CommitmentIndexes()) != 0 {
		log.Fatal("a processing circuit carries a BSB22 commitment")
	}
	return ccs
}

func commands(p circuits.Params) *process.CommandCircuit {
	c, err := process.NewCommandCircuit(p)
	if err != nil {
		log.Fatal(err)
	}
	return c
}

func joins(p circuits.Params) *process.JoinsCircuit {
	c, err := process.NewJoinsCircuit(p)
	if err != nil {
		log.Fatal(err)
	}
	return c
}

func table(options int) {
	fmt.Printf("R1CS at %d options (per command = batch of 2 − batch of 1; per join = (batch of 16 − batch of 4)/12)\n\n", options)
	fmt.Println("| state depth | per command | per command with command proofs | per join | per log entry (split) |")
	fmt.Println("|---:|---:|---:|---:|---:|")
	e8 := compile(process.NewSplitCircuit(process.Shape{Entries: 8})).GetNbConstraints()
	e16 := compile(process.NewSplitCircuit(process.Shape{Entries: 16})).GetNbConstraints()
	for _, d := range []int{10, 14, 16} {
		one := compile(commands(params(d, options, 1, 4))).GetNbConstraints()
		two := compile(commands(params(d, options, 2, 4))).GetNbConstraints()
		proven1, proven2 := params(d, options, 1, 4), params(d, options, 2, 4)
		proven1.CommandProofs, proven2.CommandProofs = true, true
		p1 := compile(commands(proven1)).GetNbConstraints()
		p2 := compile(commands(proven2)).GetNbConstraints()
		j4 := compile(joins(params(d, options, 1, 4))).GetNbConstraints()
		j16 := compile(joins(params(d, options, 1, 16))).GetNbConstraints()
		fmt.Printf("| %d | %d | %d | %d | %d |\n", d, two-one, p2-p1, (j16-j4)/12, (e16-e8)/8)
	}
}

// prove times a Groth16 proof of an empty-input batch of each kind: the
// prover's cost does not depend on the witness values.
func prove(name string, circuit frontend.Circuit, assignment frontend.Circuit) {
	start := time.Now()
	ccs := compile(circuit)
	compiled := time.Since(start)
	start = time.Now()
	pk, _, err := groth16.Setup(ccs)
	if err != nil {
		log.Fatal(err)
	}
	setup := time.Since(start)
	w, err := frontend.NewWitness(assignment, ecc.BN254.ScalarField())
	if err != nil {
		log.Fatal(err)
	}
	start = time.Now()
	if _, err := groth16.Prove(ccs, pk, w); err != nil {
		fmt.Printf("%s: %d R1CS, compile %v, setup %v; prove: %v (expected unless the assignment is a real witness)\n", name, ccs.GetNbConstraints(), compiled, setup, err)
		return
	}
	fmt.Printf("%s: %d R1CS, compile %v, setup %v, prove %v\n", name, ccs.GetNbConstraints(), compiled.Round(time.Millisecond), setup.Round(time.Millisecond), time.Since(start).Round(time.Millisecond))
}

func main() {
	options := flag.Int("options", 25, "vote options (MaxVoteOptions)")
	doProve := flag.Bool("prove", false, "time a Groth16 proof of one batch of each kind (dev setup)")
	depth := flag.Int("depth", 10, "state depth for -prove")
	ncmd := flag.Int("commands", 8, "commands per batch for -prove")
	njoin := flag.Int("joins", 32, "joins per batch for -prove")
	proofs := flag.Bool("command-proofs", circuits.Defaults().CommandProofs, "with -prove: commands carry command proofs (circuits/command; the default set's choice)")
	flag.Parse()
	logger.Disable()
	if !*doProve {
		table(*options)
		return
	}
	p := params(*depth, *options, *ncmd, *njoin)
	p.CommandProofs = *proofs
	w, err := sampleWitness(p)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "GOMAXPROCS=%d\n", runtime.GOMAXPROCS(0))
	prove(fmt.Sprintf("split (%d entries)", w.Shape.Entries), process.NewSplitCircuit(w.Shape), w.Splits[0].Assignment)
	prove(fmt.Sprintf("joins (%d)", w.Shape.Joins), joins(p), w.Joins[0].Assignment)
	prove(fmt.Sprintf("commands (%d)", w.Shape.Commands), commands(p), w.Commands[0].Assignment)
}
