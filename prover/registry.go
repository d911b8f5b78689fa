package prover

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"

	"github.com/consensys/gnark/frontend"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/command"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/process"
	"github.com/zkvote/zkvote/circuits/ratelimit"
)

// Circuit names.
const (
	JoinVote = "joinvote"
	// The processing circuits (package circuits/process): a poll's tally
	// is proven by batches of these.
	ProcessSplit    = "process-split"
	ProcessJoins    = "process-joins"
	ProcessCommands = "process-commands"
	// Pass is the command pass (circuits/ratelimit): the proof every
	// command of a poll with command slots carries.
	Pass = "pass"
	// Command is the command proof (circuits/command): the published proof
	// every command carries under a parameter set with CommandProofs.
	Command = "command"
)

// Processing lists the processing circuits, in the order a tally proves them.
var Processing = []string{ProcessSplit, ProcessJoins, ProcessCommands}

// OnChain lists the circuits whose proofs a poll of params verifies
// on-chain, each with a verifier of its own: the join+vote proof, the
// processing proofs and, with command proofs, the command proof (passes
// are checked at intake only).
func OnChain(params circuits.Params) []string {
	out := append([]string{JoinVote}, Processing...)
	if params.CommandProofs {
		out = append(out, Command)
	}
	return out
}

type entry struct {
	version int
	build   func(circuits.Params) (frontend.Circuit, error)
}

// registry lists every circuit the prover can set up. Bump a version when a
// circuit's constraints change, so old keys are no longer picked up.
var registry = map[string]entry{
	JoinVote: {version: joinvote.Version, build: func(p circuits.Params) (frontend.Circuit, error) { return joinvote.NewCircuit(p), nil }},
	ProcessSplit: {version: process.Version, build: func(p circuits.Params) (frontend.Circuit, error) {
		s, err := process.ShapeFor(p)
		if err != nil {
			return nil, err
		}
		return process.NewSplitCircuit(s), nil
	}},
	ProcessJoins: {version: process.Version, build: func(p circuits.Params) (frontend.Circuit, error) {
		return process.NewJoinsCircuit(p)
	}},
	Pass: {version: ratelimit.Version, build: func(p circuits.Params) (frontend.Circuit, error) {
		return ratelimit.NewCircuit(p.StateDepth), nil
	}},
	ProcessCommands: {version: process.Version, build: func(p circuits.Params) (frontend.Circuit, error) {
		return process.NewCommandCircuit(p)
	}},
	Command: {version: command.Version, build: func(circuits.Params) (frontend.Circuit, error) { return command.NewCircuit(), nil }},
}

// CircuitsFor returns the circuits a parameter set uses, sorted: all but
// the command proof, which only a set with CommandProofs uses.
func CircuitsFor(params circuits.Params) []string {
	var out []string
	for _, name := range Circuits() {
		if name != Command || params.CommandProofs {
			out = append(out, name)
		}
	}
	return out
}

// Circuits returns the names of all known circuits, sorted.
func Circuits() []string {
	names := make([]string, 0, len(registry))
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func lookup(name string) (entry, error) {
	e, ok := registry[name]
	if !ok {
		return entry{}, fmt.Errorf("%w: %q", ErrUnknownCircuit, name)
	}
	return e, nil
}

// Version returns a circuit's version (bumped whenever its constraints
// change; it names the key files).
func Version(name string) (int, error) {
	e, err := lookup(name)
	return e.version, err
}

// Fingerprint names the keys of one circuit version and parameter set.
func Fingerprint(name string, params circuits.Params) (string, error) {
	e, err := lookup(name)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256([]byte(fmt.Sprintf("zkvote-keys|%s|v%d|%s", name, e.version, params.ID())))
	return hex.EncodeToString(sum[:8]), nil
}

// FileBase returns the file name stem of the keys, "<circuit>-<fingerprint>".
func FileBase(name string, params circuits.Params) (string, error) {
	fp, err := Fingerprint(name, params)
	if err != nil {
		return "", err
	}
	return name + "-" + fp, nil
}
