// Command jvbench measures the join+vote proof for one census depth:
// constraints, dev setup time, proving time (median of -n runs, witness
// building and the prover's self-check included), and the process's peak
// resident memory. Run it once to make keys (setup time), then again on the
// same -keys directory to measure proving alone.
//
//	go run ./benchmarks/jvbench -depth 20 -keys /tmp/jvkeys -n 10
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/consensys/gnark/logger"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/joinvote/jvtest"
	"github.com/zkvote/zkvote/prover"
)

func main() {
	logger.Disable() // gnark's own logs would mix with the report
	depth := flag.Int("depth", 20, "census depth")
	keysDir := flag.String("keys", "", "keys directory (made if missing)")
	n := flag.Int("n", 10, "proofs to make")
	flag.Parse()
	if err := run(*depth, *keysDir, *n); err != nil {
		fmt.Fprintln(os.Stderr, "jvbench:", err)
		os.Exit(1)
	}
}

func run(depth int, keysDir string, n int) error {
	params := circuits.Defaults()
	params.CensusDepth = depth
	keys, err := prover.Load(keysDir, prover.JoinVote, params)
	if err != nil {
		start := time.Now()
		keys, err = prover.SetupDev(context.Background(), prover.JoinVote, params, nil)
		if err != nil {
			return err
		}
		fmt.Printf("depth=%d constraints=%d setup=%s\n", depth, keys.Manifest.Constraints, time.Since(start).Round(time.Millisecond))
		return keys.Save(keysDir)
	}
	f, err := jvtest.Build(params, joinvote.ModeQuadratic, 25, 3, 4)
	if err != nil {
		return err
	}
	var times []time.Duration
	for i := 0; i < n; i++ {
		start := time.Now()
		w, err := joinvote.NewWitness(params, &f.Poll, &f.Priv)
		if err != nil {
			return err
		}
		if _, err := keys.Prove(w.Assignment, nil); err != nil {
			return err
		}
		times = append(times, time.Since(start))
	}
	sort.Slice(times, func(a, b int) bool { return times[a] < times[b] })
	fmt.Printf("depth=%d constraints=%d prove_median=%s prove_min=%s peak_rss=%s\n", depth, keys.Manifest.Constraints,
		times[len(times)/2].Round(time.Millisecond), times[0].Round(time.Millisecond), peakRSS())
	return nil
}

// peakRSS reads the process's peak resident set size from /proc.
func peakRSS() string {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "unknown"
	}
	for _, line := range strings.Split(string(data), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			return strings.ReplaceAll(strings.TrimSpace(v), " ", "")
		}
	}
	return "unknown"
}
