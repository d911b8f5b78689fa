package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/contracts/solverifier"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/prover"
	"github.com/zkvote/zkvote/settlement"
)

func (a *app) contractsCommand() *cobra.Command {
	return group("contracts", "Export the on-chain verifiers of a keys directory", a.contractsExportCommand())
}

func (a *app) contractsExportCommand() *cobra.Command {
	var keysDir, paramsName, pollFile, out string
	cmd := &cobra.Command{
		Use:   "export --out DIR [--poll FILE]",
		Short: "Write the Solidity verifier of every circuit's keys",
		Long: `Write, for the join+vote circuit and each processing circuit whose keys are
in --keys, gnark's exported Groth16 verifier (<circuit>.sol) with the
SHA-256 of its verifying key as VERIFYING_KEY_SHA256, and its creation
code (<circuit>.bin, hex): the project's compiled template with the key's
constants, what 'zkvote deploy' deploys. Compile the .sol yourself to
audit it; the Poll and Tally contracts refuse a verifier whose digest is
not the one the poll pins.

The join+vote verifier 'zkvote deploy' deploys is bound to one poll: the
poll ID (the proof's first public input) is folded into the key's constant
point, so it takes the nullifier and the join's entry, costs one input
less to call, and declares POLL_ID. With --poll (a poll definition file)
joinvote.sol and joinvote.bin are that verifier, for the poll's parameter
set; without it, joinvote.sol is the general verifier (three inputs) and
there is no joinvote.bin.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			params, err := circuits.ParamsByName(paramsName)
			if err != nil {
				return usageError{err.Error()}
			}
			var pollID *fr.Element
			if pollFile != "" {
				def, err := poll.ReadFile(pollFile)
				if err != nil {
					return err
				}
				id, err := def.ID()
				if err != nil {
					return err
				}
				if cmd.Flags().Changed("params") && paramsName != def.Params.Name {
					return usageError{fmt.Sprintf("--params %s: the poll uses the %s parameter set", paramsName, def.Params.Name)}
				}
				params, pollID = def.Params, &id
			}
			if keysDir == "" {
				keysDir = a.defaultKeysDir()
			}
			if err := os.MkdirAll(out, 0o755); err != nil {
				return err
			}
			for _, name := range prover.OnChain(params) {
				data, m, err := prover.VerifyingKeyFile(keysDir, name, params)
				if err != nil {
					return fmt.Errorf("%s: %w (run zkvote setup --params %s)", name, err, params.Name)
				}
				vk, err := prover.ParseVerifyingKey(data, m.SHA256["vk"])
				if err != nil {
					return err
				}
				digest, err := solverifier.Digest(m.SHA256["vk"])
				if err != nil {
					return err
				}
				src, code, err := exportVerifier(name, vk, digest, pollID)
				if err != nil {
					return fmt.Errorf("%s: %w", name, err)
				}
				if err := os.WriteFile(filepath.Join(out, name+".sol"), src, 0o644); err != nil {
					return err
				}
				if code == nil {
					fmt.Fprintf(a.stdout, "%s: %s.sol, general (give --poll for the poll-bound verifier and its .bin) (verifying key sha256 %s)\n", name, name, m.SHA256["vk"])
					continue
				}
				if err := os.WriteFile(filepath.Join(out, name+".bin"), []byte(fmt.Sprintf("0x%x\n", code)), 0o644); err != nil {
					return err
				}
				fmt.Fprintf(a.stdout, "%s: %s.sol, %s.bin (verifying key sha256 %s)\n", name, name, name, m.SHA256["vk"])
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&keysDir, "keys", "", "keys directory (default: $"+keysEnv+" or ~/.zkvote/keys)")
	cmd.Flags().StringVar(&paramsName, "params", "default", "parameter set of the keys (with --poll: the poll's)")
	cmd.Flags().StringVar(&pollFile, "poll", "", "poll definition file: bind the join+vote verifier to this poll")
	cmd.Flags().StringVar(&out, "out", "", "output directory")
	_ = cmd.MarkFlagRequired("out")
	return cmd
}

// exportVerifier returns circuit name's verifier source and creation code
// (settlement.VerifierCode, what deploy deploys): a poll-bound verifier
// (settlement.PollBound) bound to pollID; without one, its general source
// and no code, since only the bound verifier has a compiled template.
func exportVerifier(name string, vk groth16.VerifyingKey, digest [32]byte, pollID *fr.Element) (src, code []byte, err error) {
	if !settlement.PollBound(name) {
		src, err = solverifier.Source(vk, digest)
	} else if pollID == nil {
		src, err = solverifier.Source(vk, digest)
		return src, nil, err
	} else {
		src, err = solverifier.PollSource(vk, digest, *pollID)
	}
	if err != nil {
		return nil, nil, err
	}
	var id fr.Element
	if pollID != nil {
		id = *pollID
	}
	code, err = settlement.VerifierCode(name, vk, digest, id)
	return src, code, err
}

// chainFlags are the flags of the commands that talk to a chain.
type chainFlags struct {
	rpc        string
	deployment string
	key        ethKeyFlags
}

func (f *chainFlags) add(cmd *cobra.Command, sends bool) {
	cmd.Flags().StringVar(&f.rpc, "rpc", "", "JSON-RPC endpoint of an Ethereum node (http(s)://, ws(s):// or an IPC path)")
	if cmd.Name() != "deploy" { // deploy writes the file (--out)
		cmd.Flags().StringVar(&f.deployment, "deployment", settlement.DeploymentFileName, "the deployment file 'zkvote deploy' wrote")
	}
	_ = cmd.MarkFlagRequired("rpc")
	if sends {
		f.key.add(cmd)
	}
}

// chainContext is a context that an interrupt cancels.
func chainContext() (context.Context, context.CancelFunc) {
	return signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
}

// connect dials the node, loads the deployment (when it exists and want
// is set) and the sending account.
func (a *app) connect(ctx context.Context, f *chainFlags, wantDeployment, sends bool) (*settlement.Chain, *settlement.Deployment, *txSigner, error) {
	var signer *txSigner
	if sends {
		key, err := a.ethKey(&f.key)
		if err != nil {
			return nil, nil, nil, err
		}
		signer = &txSigner{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
	}
	c, err := settlement.Dial(ctx, f.rpc)
	if err != nil {
		return nil, nil, nil, err
	}
	var d *settlement.Deployment
	if wantDeployment {
		if d, err = settlement.ReadDeployment(f.deployment); err != nil {
			return nil, nil, nil, err
		}
		if d.ChainID != c.ChainID.Uint64() {
			return nil, nil, nil, fmt.Errorf("%s is a deployment on chain %d, the node is on chain %d", f.deployment, d.ChainID, c.ChainID)
		}
	}
	return c, d, signer, nil
}

// txSigner is the account a command sends transactions from.
type txSigner struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

func (s *txSigner) auth(c *settlement.Chain) (*bind.TransactOpts, error) {
	return bind.NewKeyedTransactorWithChainID(s.key, c.ChainID)
}

func (a *app) deployCommand() *cobra.Command {
	var fl chainFlags
	var pollFile, keysDir, coordinator, council, quorum, delay, out string
	var passOption, vetoThreshold int
	var thresholdPct float64
	var force bool
	var challengeWindow, answerWindow time.Duration
	var batchBond string
	var onChainJoins int64
	var onChainVoting bool
	cmd := &cobra.Command{
		Use:   "deploy --rpc URL --poll FILE --coordinator-account ADDRESS",
		Short: "Deploy a poll's contracts: verifiers, Poll, Tally, Challenges, Executor",
		Long: `Deploy the contracts of the poll in --poll from the account of --eth-keystore
(or $` + ethKeyEnv + `): one Groth16 verifier per circuit, from the keys in --keys,
each checked against the SHA-256 the poll pins; the Poll contract, which
recomputes the poll ID from the definition's fields (checked against the
file's) and accepts the sealed log's anchor only from
--coordinator-account; the Tally contract, which checks the processing
proofs; the Challenges contract, which holds the result's challenge
window; and, when the poll has an execution payload, the Executor, which
runs it through its own timelock once the proven result meets --quorum
(Σ totals) and --threshold (the share of option --pass-option), unless
--veto of the --council members veto it within --timelock.

The Tally's result becomes final only after a challenge window (anyone
may challenge a join, or in a poll with command proofs a command; it must
be answered with its proof within --answer-window, or the result is void:
see 'zkvote watch'). By
default the windows are half and a quarter of --timelock, so they close
before the payload may run (24h and 12h for a poll without payload).

With --on-chain-voting, deployed before the poll opens (and given to
'zkvote poll create --deployment'), the Poll contract also takes joins
and commands until the poll's end ('zkvote submit-onchain', 'zkvote
revote --on-chain'), for voters who do not want to depend on the
coordinator: up to --on-chain-joins joins, by default all the room the
state tree has beyond the poll's cap on joins through the coordinator (a
poll made with a lower 'poll init --max-messages' leaves more). The
coordinator must then log every one of them, or the result cannot settle.

It writes --out (default deployment.json): the chain ID and every address.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			def, err := poll.ReadFile(pollFile)
			if err != nil {
				return err
			}
			if !common.IsHexAddress(coordinator) {
				return usageError{fmt.Sprintf("--coordinator-account %q is not an address", coordinator)}
			}
			cfg := settlement.Config{Definition: def, Coordinator: common.HexToAddress(coordinator), Keys: map[string]groth16.VerifyingKey{},
				ChallengeWindow: challengeWindow, AnswerWindow: answerWindow}
			if challengeWindow < 0 || answerWindow < 0 {
				return usageError{"--challenge-window and --answer-window must not be negative"}
			}
			if bond, ok := new(big.Int).SetString(batchBond, 10); !ok || bond.Sign() < 0 {
				return usageError{fmt.Sprintf("--batch-bond %q is not an amount of wei", batchBond)}
			} else {
				cfg.BatchBond = bond
			}
			if def.Execution == nil {
				for _, name := range []string{"council", "veto", "quorum", "threshold", "pass-option", "timelock"} {
					if cmd.Flags().Changed(name) {
						return usageError{"--" + name + ": the poll has no execution payload, so no Executor (poll init --execute-target or a proposal file gives one)"}
					}
				}
			}
			if def.Execution != nil {
				if def.Execution.PassOption != nil && (cmd.Flags().Changed("pass-option") || cmd.Flags().Changed("quorum") || cmd.Flags().Changed("threshold")) {
					return usageError{"the poll fixes its passing rule (option, quorum, threshold): drop --pass-option, --quorum and --threshold"}
				}
				k, err := councilFlags(council, quorum, delay, passOption, vetoThreshold, thresholdPct)
				if err != nil {
					return err
				}
				cfg.Council = k
			}
			if keysDir == "" {
				keysDir = a.defaultKeysDir()
			}
			for _, name := range prover.OnChain(def.Params) {
				vk, _, err := prover.LoadVerifyingKey(keysDir, name, def.Params)
				if err != nil {
					return fmt.Errorf("%s: %w", name, err)
				}
				cfg.Keys[name] = vk
			}
			cfg.OnChainVoting = onChainVoting
			if cmd.Flags().Changed("on-chain-joins") {
				if onChainJoins < 0 {
					return usageError{"--on-chain-joins must not be negative"}
				}
				n := uint64(onChainJoins)
				cfg.OnChainJoins = &n
			}
			if !force {
				if _, err := os.Stat(out); err == nil {
					return fmt.Errorf("%s exists: give another --out, or --force", out)
				}
			}
			ctx, stop := chainContext()
			defer stop()
			c, _, s, err := a.connect(ctx, &fl, false, true)
			if err != nil {
				return err
			}
			auth, err := s.auth(c)
			if err != nil {
				return err
			}
			start := time.Now()
			d, err := settlement.Deploy(ctx, c, auth, cfg)
			if err != nil {
				return err
			}
			if err := d.WriteFile(out, true); err != nil {
				return err
			}
			if a.json {
				return a.printJSON(d)
			}
			var gas uint64
			for _, g := range d.Gas {
				gas += g
			}
			fmt.Fprintf(a.stdout, "deployed on chain %d in %s (%d gas)\npoll id: %s\npoll: %s\ntally: %s\nchallenges: %s\n",
				d.ChainID, time.Since(start).Round(time.Millisecond), gas, d.PollID, d.Poll.Hex(), d.Tally.Hex(), d.Challenges.Hex())
			if d.Executor != nil {
				fmt.Fprintf(a.stdout, "executor: %s\ntimelock: %s (fund it with the payload's value)\n", d.Executor.Hex(), d.Timelock.Hex())
			}
			switch {
			case !d.OnChainVoting:
				fmt.Fprintln(a.stdout, "on-chain voting: off (--on-chain-voting opens it)")
			case d.OnChainJoins == 0:
				fmt.Fprintln(a.stdout, "on-chain joins: none (no room in the state tree beyond the poll's joins: poll init --max-messages lower leaves some)")
			default:
				fmt.Fprintf(a.stdout, "on-chain joins: up to %d until %s ('zkvote poll create --deployment' before it opens)\n", d.OnChainJoins, def.End.UTC().Format(time.RFC3339))
			}
			if d.OnChainVoting {
				fmt.Fprintf(a.stdout, "on-chain commands: until %s\n", def.End.UTC().Format(time.RFC3339))
			}
			fmt.Fprintf(a.stdout, "wrote %s\n", out)
			return nil
		},
	}
	fl.add(cmd, true)
	cmd.Flags().StringVar(&pollFile, "poll", "", "poll definition file")
	cmd.Flags().StringVar(&keysDir, "keys", "", "keys directory (default: $"+keysEnv+" or ~/.zkvote/keys)")
	cmd.Flags().StringVar(&coordinator, "coordinator-account", "", "Ethereum address that anchors the sealed log")
	cmd.Flags().StringVar(&council, "council", "", "comma-separated addresses that may veto (polls with an execution payload)")
	cmd.Flags().IntVar(&vetoThreshold, "veto", 0, "how many council members must veto (default: a majority)")
	cmd.Flags().StringVar(&quorum, "quorum", "0", "least Σ totals for the result to count")
	cmd.Flags().Float64Var(&thresholdPct, "threshold", 50, "least share of the pass option in Σ totals, in percent")
	cmd.Flags().IntVar(&passOption, "pass-option", 1, "the option whose share decides, numbered from 1")
	cmd.Flags().DurationVar(&challengeWindow, "challenge-window", 0, "how long after the result anyone may challenge a join (default: half of --timelock, or 24h without a payload)")
	cmd.Flags().StringVar(&batchBond, "batch-bond", settlement.DefaultBatchBond.String(), "wei a join batch challenge must carry (paid to whoever answers it, refunded when nobody does)")
	cmd.Flags().DurationVar(&answerWindow, "answer-window", 0, "how long a challenged join has to be answered (default: a quarter of --timelock, or 12h without a payload)")
	cmd.Flags().StringVar(&delay, "timelock", "48h", "delay between queueing and execution; the council's veto window")
	cmd.Flags().BoolVar(&onChainVoting, "on-chain-voting", false, "the Poll contract takes joins and commands until the poll's end (a poll with --end)")
	cmd.Flags().Int64Var(&onChainJoins, "on-chain-joins", 0, "with --on-chain-voting: how many joins the Poll contract takes (default: all the room the state tree has)")
	cmd.Flags().StringVar(&out, "out", settlement.DeploymentFileName, "deployment file to write")
	cmd.Flags().BoolVar(&force, "force", false, "overwrite --out")
	_ = cmd.MarkFlagRequired("poll")
	_ = cmd.MarkFlagRequired("coordinator-account")
	return cmd
}

// councilFlags parses the Executor's flags.
func councilFlags(council, quorum, delay string, passOption, veto int, thresholdPct float64) (*settlement.Council, error) {
	k := &settlement.Council{PassOption: passOption - 1}
	for _, s := range strings.Split(council, ",") {
		if s = strings.TrimSpace(s); s == "" {
			continue
		}
		if !common.IsHexAddress(s) {
			return nil, usageError{fmt.Sprintf("--council: %q is not an address", s)}
		}
		k.Members = append(k.Members, common.HexToAddress(s))
	}
	if len(k.Members) == 0 {
		return nil, usageError{"the poll has an execution payload: give --council (the addresses that may veto)"}
	}
	k.VetoThreshold = veto
	if veto == 0 {
		k.VetoThreshold = len(k.Members)/2 + 1
	}
	var ok bool
	if k.Quorum, ok = new(big.Int).SetString(quorum, 10); !ok || k.Quorum.Sign() < 0 {
		return nil, usageError{fmt.Sprintf("--quorum %q is not a whole number", quorum)}
	}
	if thresholdPct < 0 || thresholdPct > 100 {
		return nil, usageError{fmt.Sprintf("--threshold %v is not a percentage", thresholdPct)}
	}
	k.ThresholdBps = uint64(thresholdPct*100 + 0.5)
	d, err := time.ParseDuration(delay)
	if err != nil || d < time.Second {
		return nil, usageError{fmt.Sprintf("--timelock %q is not a duration of a second or more (e.g. 48h)", delay)}
	}
	k.Delay = d
	return k, nil
}
