// Command intakebench is a load generator for a coordinator's join+vote
// intake. It prepares -n distinct voters and their proofs once (cached in
// -cache; proving is the slow part), then starts a coordinator with a fresh
// store in a child process pinned to one core (taskset -c 0, GOMAXPROCS=1)
// and fires every submission at it over localhost TCP from -c concurrent
// clients pinned to the other core, so the rate it reports is what one
// server core sustains. Every submission is verified (proof, nullifier,
// hashes), made durable (fsync) and answered with a signed receipt, which
// the client checks.
//
//	go build -o /tmp/intakebench ./benchmarks/intakebench
//	/tmp/intakebench -n 600 -c 16 -cache /tmp/intakebench
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"log/slog"
	"math/big"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sys/unix"

	"github.com/consensys/gnark/logger"

	"github.com/zkvote/zkvote/census"
	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/client"
	"github.com/zkvote/zkvote/coordinator"
	"github.com/zkvote/zkvote/coordinator/server"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/prover"
)

var profile string

func main() {
	logger.Disable() // gnark's own logs would mix with the report
	n := flag.Int("n", 600, "distinct voters (submissions)")
	c := flag.Int("c", 16, "concurrent clients")
	cacheDir := flag.String("cache", filepath.Join(os.TempDir(), "zkvote-intakebench"), "cache of keys and proofs")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of the server")
	serve := flag.String("serve", "", "internal: run the coordinator on this data directory")
	flag.Parse()
	profile = *cpuProfile
	if *serve != "" {
		if err := runServer(*serve, filepath.Join(*cacheDir, "keys")); err != nil {
			fmt.Fprintln(os.Stderr, "intakebench server:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*n, *c, *cacheDir); err != nil {
		fmt.Fprintln(os.Stderr, "intakebench:", err)
		os.Exit(1)
	}
}

// benchParams: the default circuit shape but a census of 2^10, so a
// thousand distinct voters fit.
func benchParams() circuits.Params {
	p := circuits.Defaults()
	p.Name, p.CensusDepth = "intakebench", 10
	return p
}

type prepared struct {
	Poll        *poll.Definition     `json:"poll"`
	Submissions []*client.Submission `json:"submissions"`
}

func prepare(n int, dir string) (*prepared, error) {
	cacheFile := filepath.Join(dir, fmt.Sprintf("prepared-%d.json", n))
	if b, err := os.ReadFile(cacheFile); err == nil {
		var p prepared
		if err := json.Unmarshal(b, &p); err == nil {
			return &p, nil
		}
	}
	params := benchParams()
	keysDir := filepath.Join(dir, "keys")
	keys, err := prover.Load(keysDir, prover.JoinVote, params)
	if errors.Is(err, prover.ErrNoKeys) {
		if keys, err = prover.SetupDev(context.Background(), prover.JoinVote, params, nil); err == nil {
			err = keys.Save(keysDir)
		}
	}
	if err != nil {
		return nil, err
	}
	ck, err := coordinator.LoadOrCreateKeys(filepath.Join(dir, "coordinator"))
	if err != nil {
		return nil, err
	}
	ids := make([]*client.Identity, n)
	members := make([]census.Member, n)
	for i := range ids {
		if ids[i], err = client.NewIdentity(nil); err != nil {
			return nil, err
		}
		members[i] = census.Member{Commitment: ids[i].Commitment(), Weight: big.NewInt(int64(i%100 + 1))}
	}
	cen, err := census.Build(members, params.CensusDepth)
	if err != nil {
		return nil, err
	}
	def, err := poll.New(params, "intake benchmark", []string{"yes", "no", "abstain"}, joinvote.ModeWeighted, cen.Root(),
		ck.Coordinator.Public(), keys.VerifyingKeyDigest())
	if err != nil {
		return nil, err
	}
	p := &prepared{Poll: def, Submissions: make([]*client.Submission, n)}
	start := time.Now()
	for i, id := range ids {
		m, err := cen.Proof(id.Commitment())
		if err != nil {
			return nil, err
		}
		sub, _, err := client.Vote(keys, id, m, def, []*big.Int{big.NewInt(1), big.NewInt(0), big.NewInt(0)}, nil)
		if err != nil {
			return nil, err
		}
		sub.Poll = nil
		p.Submissions[i] = sub
		if (i+1)%50 == 0 {
			fmt.Fprintf(os.Stderr, "proving: %d/%d (%s)\n", i+1, n, time.Since(start).Round(time.Second))
		}
	}
	b, err := json.Marshal(p)
	if err != nil {
		return nil, err
	}
	return p, os.WriteFile(cacheFile, b, 0o644)
}

func copyFile(src, dst string, perm fs.FileMode) error {
	b, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	return os.WriteFile(dst, b, perm)
}

func run(n, conc int, dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	p, err := prepare(n, dir)
	if err != nil {
		return err
	}
	// A fresh store with the prepared coordinator identity.
	dataDir, err := os.MkdirTemp("", "intakebench-data-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dataDir)
	for _, f := range []string{coordinator.KeyFile, coordinator.PublicKeyFile, coordinator.SigningKeyFile, coordinator.AdminTokenFile} {
		if err := copyFile(filepath.Join(dir, "coordinator", f), filepath.Join(dataDir, f), 0o600); err != nil {
			return err
		}
	}
	// The server: a child process on core 0 with one OS thread for Go code.
	child := exec.Command("taskset", "-c", "0", os.Args[0], "-serve", dataDir, "-cache", dir, "-cpuprofile", profile)
	child.Env = append(os.Environ(), "GOMAXPROCS=1")
	child.Stderr = os.Stderr
	out, err := child.StdoutPipe()
	if err != nil {
		return err
	}
	if err := child.Start(); err != nil {
		return fmt.Errorf("start server (needs taskset): %w", err)
	}
	defer func() { _ = child.Process.Signal(os.Interrupt); _ = child.Wait() }()
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		return fmt.Errorf("server did not start: %w", err)
	}
	addr := strings.TrimSpace(line)
	// The load generator: this process, on core 1.
	if err := unix.SchedSetaffinity(0, cpuSet(1)); err != nil {
		return err
	}
	runtime.GOMAXPROCS(1)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	token, err := os.ReadFile(filepath.Join(dataDir, coordinator.AdminTokenFile))
	if err != nil {
		return err
	}
	admin, err := client.Dial(addr, client.WithAdminToken(strings.TrimSpace(string(token))))
	if err != nil {
		cancel()
		return err
	}
	id, err := admin.CreatePoll(ctx, p.Poll)
	if err != nil {
		cancel()
		return err
	}
	conns := make([]*client.Conn, conc)
	for i := range conns {
		if conns[i], err = client.Dial(addr); err != nil {
			return err
		}
		if _, _, err := conns[i].Info(ctx); err != nil { // warm up the connection
			return err
		}
	}
	var next, accepted, failed atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	for w := 0; w < conc; w++ {
		wg.Add(1)
		go func(conn *client.Conn) {
			defer wg.Done()
			for {
				i := next.Add(1) - 1
				if i >= int64(len(p.Submissions)) {
					return
				}
				if _, _, err := conn.SubmitVote(ctx, p.Submissions[i]); err != nil {
					failed.Add(1)
					fmt.Fprintln(os.Stderr, "submission", i, err)
					continue
				}
				accepted.Add(1)
			}
		}(conns[w])
	}
	wg.Wait()
	elapsed := time.Since(start)
	info, err := admin.Poll(ctx, id)
	if err != nil {
		return err
	}
	rate := float64(accepted.Load()) / elapsed.Seconds()
	fmt.Printf("submissions=%d accepted=%d failed=%d logged=%d clients=%d elapsed=%s server_cores=1 rate_per_server_core=%.0f/s\n",
		len(p.Submissions), accepted.Load(), failed.Load(), info.Count, conc, elapsed.Round(time.Millisecond), rate)
	return nil
}

func cpuSet(cpu int) *unix.CPUSet {
	var set unix.CPUSet
	set.Set(cpu)
	return &set
}

// runServer runs the coordinator until interrupted, printing its address.
func runServer(dataDir, keysDir string) error {
	cfg := coordinator.Defaults()
	cfg.Listen, cfg.DataDir, cfg.KeysDir = "127.0.0.1:0", dataDir, keysDir
	cfg.RatePerIP, cfg.RateBurst = 1e9, 1e9 // the load comes from one IP
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if profile != "" { // the server's CPU profile, poll creation and load included
		f, err := os.Create(profile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	return server.Run(ctx, cfg, slog.New(slog.DiscardHandler), func(addr string) { fmt.Println(addr) })
}
