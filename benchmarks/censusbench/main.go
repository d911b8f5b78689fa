// Command censusbench measures the census commands an organiser and a voter
// run, through the zkvote binary itself: `census build` of -n members,
// `census proof` of one member, and `census check`, each in a child process
// whose wall time and peak resident memory (the child's maximum RSS) it
// prints, with the sizes of the files written.
//
// The member list is generated once into -dir (members-N.csv): N distinct
// pseudo-random commitments (SHA-256 of the index, reduced into the field)
// with weights 1..100.
//
//	go build -o /tmp/zkvote ./cmd/zkvote
//	go build -o /tmp/censusbench ./benchmarks/censusbench
//	/tmp/censusbench -n 1000000 -zkvote /tmp/zkvote -dir /tmp/censusbench
package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/binary"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/census"
	"github.com/zkvote/zkvote/internal/fieldhex"
)

func main() {
	n := flag.Int("n", 1_000_000, "members")
	bin := flag.String("zkvote", "zkvote", "zkvote binary to measure")
	dir := flag.String("dir", filepath.Join(os.TempDir(), "censusbench"), "working directory (member lists are kept)")
	depth := flag.Int("depth", 20, "census depth")
	steps := flag.String("steps", "build,proof,check", "commands to run, in order")
	flag.Parse()
	if err := run(*n, *depth, *bin, *dir, strings.Split(*steps, ",")); err != nil {
		fmt.Fprintln(os.Stderr, "censusbench:", err)
		os.Exit(1)
	}
}

func run(n, depth int, bin, dir string, steps []string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	list := filepath.Join(dir, fmt.Sprintf("members-%d.csv", n))
	if _, err := os.Stat(list); err != nil {
		if err := writeMembers(list, n); err != nil {
			return err
		}
	}
	file := filepath.Join(dir, fmt.Sprintf("census-%d.json", n))
	proof := filepath.Join(dir, fmt.Sprintf("proof-%d.json", n))
	member := fieldhex.Encode(commitment(n / 2))
	fmt.Printf("members: %d (depth %d), list %s (%s)\n", n, depth, list, size(list))
	for _, step := range steps {
		var args []string
		switch step {
		case "build":
			args = []string{"census", "build", "--in", list, "--out", file, "--depth", fmt.Sprint(depth)}
		case "proof":
			_ = os.Remove(proof)
			args = []string{"census", "proof", "--census", file, "--commitment", member, "--out", proof}
		case "check":
			args = []string{"census", "check", file}
		case "phases":
			if err := phases(list, file, depth, commitment(n/2)); err != nil {
				return err
			}
			continue
		default:
			return fmt.Errorf("unknown step %q", step)
		}
		wall, cpu, rss, err := measure(bin, args)
		if err != nil {
			return err
		}
		fmt.Printf("%-6s %7.2f s wall  %7.2f s CPU  peak RSS %5d MB", step, wall.Seconds(), cpu.Seconds(), rss>>20)
		switch step {
		case "build":
			fmt.Printf("  census file %s", size(file))
		case "proof":
			fmt.Printf("  proof file %s", size(proof))
		}
		fmt.Println()
	}
	return nil
}

// phases times the library calls behind the commands, in this process:
// BuildFile, WriteFile, ReadFile, Proof, ReadMemberProof and Check.
func phases(list, file string, depth int, member fr.Element) error {
	lap := time.Now()
	tick := func(name string) {
		fmt.Printf("  %-10s %6.2f s\n", name, time.Since(lap).Seconds())
		lap = time.Now()
	}
	c, err := census.BuildFile(list, depth)
	if err != nil {
		return err
	}
	tick("build")
	if err := c.WriteFile(file); err != nil {
		return err
	}
	tick("write")
	c, err = census.ReadFile(file)
	if err != nil {
		return err
	}
	tick("read")
	p, err := c.Proof(member)
	if err != nil {
		return err
	}
	tick("proof")
	if err := p.Verify(c.Root()); err != nil {
		return err
	}
	if _, err := census.ReadMemberProof(file, member); err != nil {
		return err
	}
	tick("read+proof")
	if err := c.Check(); err != nil {
		return err
	}
	tick("check")
	return nil
}

// measure runs the binary and returns its wall time, CPU time (user and
// system: what the run costs whatever else the machine is doing) and
// maximum RSS.
func measure(bin string, args []string) (wall, cpu time.Duration, rss int64, err error) {
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = nil, os.Stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return 0, 0, 0, fmt.Errorf("%s %s: %w", bin, strings.Join(args, " "), err)
	}
	wall = time.Since(start)
	cpu = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		rss = ru.Maxrss << 10 // Maxrss is in KiB on Linux
	}
	return wall, cpu, rss, nil
}

// commitment returns the i-th generated commitment.
func commitment(i int) fr.Element {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], uint64(i))
	h := sha256.Sum256(b[:])
	var e fr.Element
	e.SetBytes(h[:])
	return e
}

func writeMembers(path string, n int) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "commitment,weight")
	for i := range n {
		fmt.Fprintf(w, "%s,%d\n", fieldhex.Encode(commitment(i)), i%100+1)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func size(path string) string {
	fi, err := os.Stat(path)
	if err != nil {
		return "missing"
	}
	return fmt.Sprintf("%.1f MB", float64(fi.Size())/1e6)
}
