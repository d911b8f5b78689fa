package settlement

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/zkvote/zkvote/circuits/command"
	"github.com/zkvote/zkvote/circuits/message"
	"github.com/zkvote/zkvote/circuits/process"
	"github.com/zkvote/zkvote/contracts/bindings"
	"github.com/zkvote/zkvote/contracts/solverifier"
	"github.com/zkvote/zkvote/internal/fieldhex"
	"github.com/zkvote/zkvote/internal/jsonfile"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/prover"
)

// Council configures the Executor of a poll with an execution payload.
// When the poll's definition fixes the passing rule (Execution.PassOption,
// Quorum, ThresholdBps: a proposal file's), Deploy takes those three from
// it; the council, its veto threshold and the delay always come from here.
type Council struct {
	// PassOption is the option whose share decides (0-based).
	PassOption int
	// Quorum is the least Σ totals for the result to count.
	Quorum *big.Int
	// ThresholdBps is the least share of the pass option, in basis points.
	ThresholdBps uint64
	// Delay is the timelock between queueing and execution, during which
	// the council may veto.
	Delay time.Duration
	// Members may veto; VetoThreshold of them cancel the payload.
	Members       []common.Address
	VetoThreshold int
}

// Config is what Deploy needs.
type Config struct {
	Definition *poll.Definition
	// Keys are the verifying keys the poll pins, by prover circuit name
	// (prover.JoinVote, every prover.Processing circuit, and prover.Command
	// in a poll with command proofs).
	Keys map[string]groth16.VerifyingKey
	// Coordinator is the Ethereum account that anchors the sealed log.
	Coordinator common.Address
	// Council is required for a poll with an execution payload.
	Council *Council
	// ChallengeWindow is how long after the result is recorded anyone may
	// challenge one of its joins, and AnswerWindow how long a challenged
	// join has to be answered with its proof (docs/protocol.md, "Join
	// challenges"). Zero takes half and a quarter of the council's delay,
	// so that the windows close before the payload may run, or, without a
	// payload, DefaultChallengeWindow and DefaultAnswerWindow.
	ChallengeWindow, AnswerWindow time.Duration
	// BatchBond is the wei a batch challenge (for a watcher who cannot see
	// the joins) carries; nil takes DefaultBatchBond.
	BatchBond *big.Int
	// OnChainVoting opens the on-chain voting path: the Poll contract
	// takes joins and commands until the poll's end (a poll with an end
	// time; deployed before it opens). Off, both revert: a coordinator
	// that does not log the contract's entries (zkvote poll create
	// --deployment) could otherwise never settle its result.
	OnChainVoting bool
	// OnChainJoins caps the joins the Poll contract takes; nil takes all
	// the room the state tree has beyond the coordinator's cap
	// (Definition.OnChainRoom).
	OnChainJoins *uint64
}

// DefaultBatchBond is a batch challenge's bond: about what answering one
// costs (16 join proofs and the batch's hashing, ~4.5M gas) at 10 gwei.
var DefaultBatchBond = big.NewInt(50_000_000_000_000_000) // 0.05 ether

// The challenge windows of a poll without an execution payload.
const (
	DefaultChallengeWindow = 24 * time.Hour
	DefaultAnswerWindow    = 12 * time.Hour
)

// windows returns the challenge and answer windows in whole seconds (at
// least one each).
func (cfg *Config) windows() (challenge, answer *big.Int) {
	cw, aw := DefaultChallengeWindow, DefaultAnswerWindow
	if cfg.Council != nil {
		cw, aw = cfg.Council.Delay/2, cfg.Council.Delay/4
	}
	if cfg.ChallengeWindow > 0 {
		cw = cfg.ChallengeWindow
	}
	if cfg.AnswerWindow > 0 {
		aw = cfg.AnswerWindow
	}
	secs := func(d time.Duration) *big.Int { return big.NewInt(max(int64(d/time.Second), 1)) }
	return secs(cw), secs(aw)
}

// Deployment records where a poll's contracts are: deployment.json.
type Deployment struct {
	ChainID uint64         `json:"chain_id"`
	PollID  string         `json:"poll_id"`
	Poll    common.Address `json:"poll"`
	Tally   common.Address `json:"tally"`
	// Challenges holds the result's challenge window (joins, and commands
	// in a poll with command proofs).
	Challenges common.Address            `json:"challenges"`
	Hasher     common.Address            `json:"hasher"`
	Executor   *common.Address           `json:"executor,omitempty"`
	Timelock   *common.Address           `json:"timelock,omitempty"`
	Verifiers  map[string]common.Address `json:"verifiers"`
	Block      uint64                    `json:"block"` // where the Poll contract was deployed
	// OnChainVoting: the Poll contract takes joins and commands until the
	// poll's end (the on-chain voting path), up to OnChainJoins joins.
	OnChainVoting bool   `json:"on_chain_voting"`
	OnChainJoins  uint64 `json:"on_chain_joins"`
	// Gas is what each deployment transaction used, by contract.
	Gas map[string]uint64 `json:"gas"`
}

const deploymentFormat = "zkvote-deployment"

// deploymentVersion 3: the Poll contract takes joins (the on-chain voting
// path) and the Tally the processing circuits of version 4; 2: the
// challenges in a contract of their own (Challenges).
const deploymentVersion = 3

// DeploymentFileName is the name `zkvote deploy` writes.
const DeploymentFileName = "deployment.json"

type deploymentFile struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
	Deployment
}

// WriteFile writes d as a deployment file.
func (d *Deployment) WriteFile(path string, overwrite bool) error {
	return jsonfile.Write(path, deploymentFile{Format: deploymentFormat, Version: deploymentVersion, Deployment: *d}, 0o644, overwrite)
}

// ReadDeployment reads a deployment file.
func ReadDeployment(path string) (*Deployment, error) {
	var f deploymentFile
	if err := jsonfile.Read(path, &f); err != nil {
		return nil, err
	}
	if f.Format != deploymentFormat {
		return nil, fmt.Errorf("%w: %s is not a zkvote deployment file (format %q)", ErrConfig, path, f.Format)
	}
	if f.Version != deploymentVersion {
		// Older contracts have other interfaces (version 1 kept the
		// challenges in the Tally; version 2 took no on-chain joins and
		// verified processing circuits of version 3): their bindings are
		// not this zkvote's.
		return nil, fmt.Errorf("%w: %s is a deployment of version %d; this zkvote drives version %d contracts (deploy again, or use the zkvote that deployed it)", ErrConfig, path, f.Version, deploymentVersion)
	}
	return &f.Deployment, nil
}

// Payload is a poll's execution payload, parsed.
type Payload struct {
	Target common.Address
	Value  *big.Int
	Data   []byte
}

// ParsePayload checks a definition's execution payload.
func ParsePayload(e *poll.Execution) (*Payload, error) {
	if e == nil {
		return nil, nil
	}
	if !common.IsHexAddress(e.Target) || !strings.HasPrefix(e.Target, "0x") {
		return nil, fmt.Errorf("%w: execution target %q is not a 0x address", ErrConfig, e.Target)
	}
	value := new(big.Int)
	if e.Value != "" {
		if _, ok := value.SetString(e.Value, 10); !ok || value.Sign() < 0 {
			return nil, fmt.Errorf("%w: execution value %q is not a decimal amount of wei", ErrConfig, e.Value)
		}
	}
	data := []byte{}
	if e.Calldata != "" && e.Calldata != "0x" {
		var err error
		if data, err = hexutil.Decode(e.Calldata); err != nil {
			return nil, fmt.Errorf("%w: execution calldata: %w", ErrConfig, err)
		}
	}
	return &Payload{Target: common.HexToAddress(e.Target), Value: value, Data: data}, nil
}

// keyDigest returns the SHA-256 of a verifying key file.
func keyDigest(vk groth16.VerifyingKey) ([32]byte, string, error) {
	var buf bytes.Buffer
	if _, err := vk.WriteTo(&buf); err != nil {
		return [32]byte{}, "", err
	}
	d := sha256.Sum256(buf.Bytes())
	return d, fmt.Sprintf("%x", d), nil
}

// Deploy deploys a poll's contracts from auth's account: one verifier per
// circuit (each checked against the SHA-256 the poll pins), Poll (which
// recomputes the poll ID; checked against the definition's), Tally and,
// Challenges (the result's challenge window; with the command proof's
// verifier in a poll with command proofs) and, when the poll has an
// execution payload, Executor with its timelock.
func Deploy(ctx context.Context, c *Chain, auth *bind.TransactOpts, cfg Config) (*Deployment, error) {
	def := cfg.Definition
	if def == nil {
		return nil, fmt.Errorf("%w: no poll definition", ErrConfig)
	}
	if cfg.Coordinator == (common.Address{}) {
		return nil, fmt.Errorf("%w: no coordinator account", ErrConfig)
	}
	payload, err := ParsePayload(def.Execution)
	if err != nil {
		return nil, err
	}
	if payload != nil && cfg.Council == nil {
		return nil, fmt.Errorf("%w: the poll has an execution payload: the council settings are needed", ErrConfig)
	}
	pollID, err := def.ID()
	if err != nil {
		return nil, err
	}
	pinned := map[string]string{prover.JoinVote: def.VerifyingKey}
	if def.Params.CommandProofs {
		// Its processing proofs take every command proof as verified: the
		// Challenges contract verifies a challenged one with this verifier.
		if pinned[prover.Command] = def.CommandKey; def.CommandKey == "" {
			return nil, fmt.Errorf("%w: the poll has command proofs but pins no command key", ErrConfig)
		}
	}
	for _, name := range prover.Processing {
		pinned[name] = def.ProcessingKeys[name]
		if pinned[name] == "" {
			return nil, fmt.Errorf("%w: the poll pins no verifying key for %s (made by an older zkvote poll init)", ErrConfig, name)
		}
	}
	opts := *auth
	opts.Context = ctx
	d := &Deployment{ChainID: c.ChainID.Uint64(), PollID: fieldhex.Encode(pollID), Verifiers: map[string]common.Address{}, Gas: map[string]uint64{}}

	digests := map[string][32]byte{}
	for _, name := range prover.OnChain(def.Params) {
		vk, ok := cfg.Keys[name]
		if !ok {
			return nil, fmt.Errorf("%w: no verifying key for %s", ErrConfig, name)
		}
		digest, hexDigest, err := keyDigest(vk)
		if err != nil {
			return nil, err
		}
		if hexDigest != pinned[name] {
			return nil, fmt.Errorf("%w: the %s verifying key has SHA-256 %s, the poll pins %s", ErrMismatch, name, hexDigest[:12], pinned[name][:12])
		}
		code, err := VerifierCode(name, vk, digest, pollID)
		if err != nil {
			return nil, fmt.Errorf("%s verifier: %w", name, err)
		}
		addr, gas, err := c.deployCode(ctx, &opts, name+" verifier", code)
		if err != nil {
			return nil, err
		}
		d.Verifiers[name], d.Gas[name+"_verifier"], digests[name] = addr, gas, digest
	}

	circuit, err := def.Circuit()
	if err != nil {
		return nil, err
	}
	var start, end uint64
	if def.Start != nil {
		start = uint64(def.Start.Unix())
	}
	if def.End != nil {
		end = uint64(def.End.Unix())
	}
	pd := bindings.PollDefinition{
		CensusRoot: bigOf(circuit.CensusRoot), CoordinatorKeyX: bigOf(circuit.CoordinatorKey.X), CoordinatorKeyY: bigOf(circuit.CoordinatorKey.Y),
		Mode: new(big.Int).SetUint64(uint64(circuit.Mode)), NumOptions: new(big.Int).SetUint64(uint64(circuit.NumOptions)),
		DescriptorHash: bigOf(circuit.DescriptorHash), Start: start, End: end, JoinKeySha256: digests[prover.JoinVote],
	}
	if cfg.OnChainVoting && def.End == nil {
		return nil, fmt.Errorf("%w: on-chain voting needs a poll with an end time (poll init --end): a vote could otherwise land after the seal", ErrConfig)
	}
	room := def.OnChainRoom()
	if cfg.OnChainJoins != nil {
		if *cfg.OnChainJoins > room {
			return nil, fmt.Errorf("%w: %d on-chain joins: the state tree has room for %d beyond the coordinator's %d joins", ErrConfig, *cfg.OnChainJoins, room, def.MaxJoins())
		}
		room = *cfg.OnChainJoins
	}
	if def.End == nil || !cfg.OnChainVoting {
		room = 0 // the contract takes no join
	}
	d.OnChainJoins, d.OnChainVoting = room, cfg.OnChainVoting
	hasherAddr, tx, _, err := bindings.DeployHasher(&opts, c.Client)
	r, err := c.mined(ctx, "deploy Hasher", tx, err)
	if err != nil {
		return nil, err
	}
	d.Hasher, d.Gas["hasher"] = hasherAddr, r.GasUsed
	// A poll without command proofs passes no command verifier: its
	// commands' validity is in the processing proofs.
	cmdVerifier, cmdDigest := d.Verifiers[prover.Command], digests[prover.Command]
	voting := bindings.PollVoting{CommandVerifier: cmdVerifier, CommandKeySha256: cmdDigest,
		JoinCiphertextLen: uint64(message.JoinCiphertextLen(def.Params)), CommandCiphertextLen: uint64(message.CiphertextLen(def.Params)),
		MaxOnChainJoins: room}
	if def.Params.CommandProofs {
		voting.CommandCiphertextLen = command.CiphertextLen
	}
	if cfg.OnChainVoting {
		voting.Hasher = hasherAddr // without it the Poll takes nothing
	}
	pollAddr, tx, pollC, err := bindings.DeployPoll(&opts, c.Client, pd, cfg.Coordinator, d.Verifiers[prover.JoinVote], voting)
	if r, err = c.mined(ctx, "deploy Poll", tx, err); err != nil {
		return nil, err
	}
	d.Poll, d.Block, d.Gas["poll"] = pollAddr, r.BlockNumber.Uint64(), r.GasUsed
	onchainID, err := pollC.PollId(&bind.CallOpts{Context: ctx})
	if err != nil {
		return nil, callErr("Poll.pollId", err)
	}
	if onchainID.Cmp(bigOf(pollID)) != 0 {
		return nil, fmt.Errorf("%w: the Poll contract computes poll ID %#x, the definition's is %s", ErrMismatch, onchainID, d.PollID)
	}

	empty := process.EmptyState(def.Params)
	v := bindings.TallyVerifiers{
		Split: d.Verifiers[prover.ProcessSplit], Joins: d.Verifiers[prover.ProcessJoins], Commands: d.Verifiers[prover.ProcessCommands],
		SplitKeySha256: digests[prover.ProcessSplit], JoinsKeySha256: digests[prover.ProcessJoins], CommandsKeySha256: digests[prover.ProcessCommands],
	}
	tallyAddr, tx, _, err := bindings.DeployTally(&opts, c.Client, pollAddr, v, bigOf(empty.Commitment()),
		new(big.Int).SetUint64(uint64(def.Params.MaxVoteOptions)), hasherAddr)
	if r, err = c.mined(ctx, "deploy Tally", tx, err); err != nil {
		return nil, err
	}
	d.Tally, d.Gas["tally"] = tallyAddr, r.GasUsed
	challengeWindow, answerWindow := cfg.windows()
	bond := cfg.BatchBond
	if bond == nil {
		bond = DefaultBatchBond
	}
	chAddr, tx, _, err := bindings.DeployChallenges(&opts, c.Client, tallyAddr, cmdVerifier, cmdDigest, challengeWindow, answerWindow, bond)
	if r, err = c.mined(ctx, "deploy Challenges", tx, err); err != nil {
		return nil, err
	}
	d.Challenges, d.Gas["challenges"] = chAddr, r.GasUsed

	if payload != nil {
		k := *cfg.Council
		if e := def.Execution; e.PassOption != nil { // the poll fixes its passing rule: it wins
			k.PassOption, k.ThresholdBps, k.Quorum = *e.PassOption, e.ThresholdBps, new(big.Int)
			if e.Quorum != "" {
				k.Quorum.SetString(e.Quorum, 10) // validated with the definition
			}
		}
		if k.PassOption < 0 || k.PassOption >= len(def.Options) {
			return nil, fmt.Errorf("%w: pass option %d: the poll has options 1 to %d", ErrConfig, k.PassOption+1, len(def.Options))
		}
		if k.Delay < time.Second || k.VetoThreshold < 1 || k.VetoThreshold > len(k.Members) || k.ThresholdBps > 10_000 {
			return nil, fmt.Errorf("%w: council: delay %s, %d-of-%d veto, threshold %d bps", ErrConfig, k.Delay, k.VetoThreshold, len(k.Members), k.ThresholdBps)
		}
		quorum := k.Quorum
		if quorum == nil {
			quorum = new(big.Int)
		}
		execAddr, tx, execC, err := bindings.DeployExecutor(&opts, c.Client, chAddr, payload.Target, payload.Value, payload.Data,
			big.NewInt(int64(k.PassOption)), quorum, new(big.Int).SetUint64(k.ThresholdBps), big.NewInt(int64(k.Delay/time.Second)),
			k.Members, big.NewInt(int64(k.VetoThreshold)))
		if r, err = c.mined(ctx, "deploy Executor", tx, err); err != nil {
			return nil, err
		}
		timelock, err := execC.Timelock(&bind.CallOpts{Context: ctx})
		if err != nil {
			return nil, callErr("Executor.timelock", err)
		}
		d.Executor, d.Timelock, d.Gas["executor"] = &execAddr, &timelock, r.GasUsed
	}
	return d, nil
}

// PollBound reports whether circuit name's verifier is bound to its poll
// (the poll ID folded into the key's constant point): the join+vote and
// command proofs'; the processing proofs check the poll ID inside their
// one proven input.
func PollBound(name string) bool { return name == prover.JoinVote || name == prover.Command }

// deployCode deploys raw creation code (a patched verifier).
func (c *Chain) deployCode(ctx context.Context, opts *bind.TransactOpts, what string, code []byte) (common.Address, uint64, error) {
	addr, tx, _, err := bind.DeployContract(opts, emptyABI, code, c.Client)
	r, err := c.mined(ctx, "deploy "+what, tx, err)
	if err != nil {
		return common.Address{}, 0, err
	}
	return addr, r.GasUsed, nil
}

// VerifierCode is the creation code of circuit name's verifier for a
// poll, as Deploy deploys it: the join+vote and command verifiers are
// bound to the poll (its ID folded into the key's constant point, so they
// take the nullifier and the entry, or the entry, and accept no other
// poll's proofs); the processing verifiers take their one input as it is
// (they check their poll's ID inside the proven hash).
func VerifierCode(name string, vk groth16.VerifyingKey, digest [32]byte, pollID fr.Element) ([]byte, error) {
	if PollBound(name) {
		return solverifier.PollBytecode(vk, digest, pollID)
	}
	return solverifier.Bytecode(vk, digest)
}
