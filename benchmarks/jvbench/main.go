// Command jvbench measures the join+vote proof for one census depth:
// constraints, dev setup time, proving time (median of -n runs, witness
// building and the prover's self-check included), and the process's peak
// resident memory. Run it once to make keys (setup time), then again on the
// same -keys directory to measure proving alone. It also reports the CPU
// time (user + system, every thread) of the median proof: on a machine
// shared with other work the wall time grows with the load, the CPU time
// much less, so compare CPU times across runs made under different loads.
//
//	go run ./benchmarks/jvbench -depth 20 -keys /tmp/jvkeys -n 10
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"syscall"
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
	var times, cpus []time.Duration
	for i := 0; i < n; i++ {
		start, startCPU := time.Now(), cpuTime()
		w, err := joinvote.NewWitness(params, &f.Poll, &f.Priv)
		if err != nil {
			return err
		}
		if _, err := keys.Prove(w.Assignment, nil); err != nil {
			return err
		}
		times = append(times, time.Since(start))
		cpus = append(cpus, cpuTime()-startCPU)
	}
	fmt.Printf("depth=%d constraints=%d prove_median=%s prove_min=%s cpu_median=%s peak_rss=%s load=%s\n", depth, keys.Manifest.Constraints,
		median(times).Round(time.Millisecond), slices.Min(times).Round(time.Millisecond), median(cpus).Round(time.Millisecond), peakRSS(), loadAverage())
	return nil
}

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2]
}

// cpuTime is the process's CPU time so far, user and system, all threads.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// loadAverage is the machine's one-minute load average, from /proc.
func loadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	return strings.Fields(string(data))[0]
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
