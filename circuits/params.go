package circuits

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
)

// Poseidon2 parameters over the BN254 scalar field. These are protocol
// constants, not per-poll settings: changing any of them changes every hash,
// every key file and every test vector. The round numbers are those of the
// Poseidon2 paper (eprint 2023/323, Table 1, BN254, d=5, 128-bit security
// with its security margin): R_F = 8 for every width, R_P = 56 for t = 2 and
// t = 4, R_P = 57 for t = 8, 12, 16. gnark-crypto ships the HorizenLabs
// round constants and internal diagonals for t = 4, 8, 12, 16 with exactly
// these round numbers; for t = 2 the constants are derived by gnark-crypto
// from the parameter string (gnark's own default uses 6/50 rounds for t = 2;
// zkvote keeps the paper's margin at ~16% more constraints per Merkle level).
const (
	// Poseidon2CompressWidth is the width of the 2-to-1 compression used for
	// Merkle nodes and hash chains.
	Poseidon2CompressWidth = 2
	// Poseidon2FullRounds is R_F for every width zkvote uses.
	Poseidon2FullRounds = 8
	// Poseidon2CompressPartialRounds is R_P for t = 2.
	Poseidon2CompressPartialRounds = 56
)

// Poseidon2SpongeWidths are the permutation widths the sponge may use, from
// narrowest to widest; a hash of n elements uses the narrowest width whose
// rate (width-1) holds n, and the widest one in blocks beyond that.
var Poseidon2SpongeWidths = []int{4, 8, 12, 16}

// Poseidon2PartialRounds returns R_P for a sponge width.
func Poseidon2PartialRounds(width int) int {
	switch width {
	case 2, 4:
		return 56
	case 8, 12, 16:
		return 57
	}
	panic(fmt.Sprintf("circuits: unsupported Poseidon2 width %d", width))
}

// Domain tags separate the uses of the Poseidon2 sponge, so that a value
// hashed for one purpose can never be mistaken for one hashed for another.
// They enter the sponge's capacity lane together with the input length.
const (
	DomainGeneric    uint64 = 0
	DomainIdentity   uint64 = 1  // identity commitment = H(secret)
	DomainNullifier  uint64 = 2  // nullifier = H(secret, pollID)
	DomainCensusLeaf uint64 = 3  // census leaf = H(commitment, weight)
	DomainEdDSA      uint64 = 4  // EdDSA challenge = H(R, A, M)
	DomainEncrypt    uint64 = 5  // authenticated encryption sponge
	DomainPoll       uint64 = 6  // poll identifiers
	DomainMessage    uint64 = 7  // message and ballot hashes
	DomainState      uint64 = 8  // unused since joinvote v5 (was the join's state leaf); never reuse the tag
	DomainCommand    uint64 = 9  // the content a voter signs (ballots, commands)
	DomainChain      uint64 = 10 // message-chain entries and its start
	// 11 to 13 are circuits/process's (voter state leaf, state commitment,
	// batch public input).
	DomainRateIdentity     uint64 = 14 // rate identity = H(rate secret)
	DomainRateSet          uint64 = 15 // a voter's rate set = H(4 rate identities)
	DomainRateNullifier    uint64 = 16 // command pass nullifier = H(rate secret, pollID, slot)
	DomainRateRegistration uint64 = 17 // what a join's poll key signs to register a rate set
	DomainOpening          uint64 = 18 // a command's opening = H(plaintext), published with its command proof
)

// Params is one named set of protocol parameters. Circuits are compiled for
// exactly one Params; proving and verifying keys carry its ID in their file
// names so that keys made for another set are refused.
type Params struct {
	// Name is a human label ("default", "test-small", ...). It is part of the ID.
	Name string `json:"name"`
	// CensusDepth is the depth of the census Merkle tree (2^CensusDepth members).
	CensusDepth int `json:"census_depth"`
	// StateDepth is the depth of a poll's state tree (2^StateDepth joins).
	StateDepth int `json:"state_depth"`
	// MaxVoteOptions is the largest number of options a poll may have; a
	// poll's option count is at most this, and option indices are below it.
	MaxVoteOptions int `json:"max_vote_options"`
	// WeightBits bounds every census weight: 1 <= weight < 2^WeightBits. It
	// keeps sums and comparisons far from the field modulus.
	WeightBits int `json:"weight_bits"`
	// MessageBatchSize is how many messages one ProcessMessages proof handles.
	MessageBatchSize int `json:"message_batch_size"`
	// TallyBatchSize is how many ballots one TallyVotes proof counts.
	TallyBatchSize int `json:"tally_batch_size"`
	// MaxMessages caps a poll's joins (with the state tree's capacity) and,
	// separately, its commands: anyone can send commands, so they must
	// never use up the room left for joins.
	MaxMessages int `json:"max_messages"`
	// CommandProofs makes every command carry a published command proof
	// (circuits/command): processing then opens a command from its opening
	// and compares keys, instead of decrypting it and checking a signature
	// (docs/protocol.md, "Command proofs"). The default and maci25 sets
	// have it; polls made with sets without it keep signed commands.
	CommandProofs bool `json:"command_proofs,omitempty"`
}

// Errors returned by Validate.
var (
	ErrInvalidParams = errors.New("invalid parameters")
)

// Defaults returns the default parameter set: a census of up to 2^20
// members, 2^14 joins per poll, up to 8 options, commands with command
// proofs.
func Defaults() Params {
	return Params{
		Name:             "default",
		CensusDepth:      20,
		StateDepth:       14,
		MaxVoteOptions:   8,
		WeightBits:       96,
		MessageBatchSize: 16,
		TallyBatchSize:   32,
		// Room for 2^14 voters (the state tree) with the 8 commands each
		// that a poll's default command passes reserve (poll init
		// --command-slots 2 gives each voter 4 × 2); poll init
		// --max-messages sets a lower cap per poll.
		MaxMessages: 1 << 17,
		// Each command carries its command proof: processing a command
		// costs about 0.4× what checking its signature in-circuit does
		// (docs/protocol.md, "Command proofs").
		CommandProofs: true,
	}
}

// TestParams returns a small parameter set for fast tests.
func TestParams() Params {
	return Params{
		Name:             "test",
		CensusDepth:      4,
		StateDepth:       3,
		MaxVoteOptions:   4,
		WeightBits:       96,
		MessageBatchSize: 2,
		TallyBatchSize:   4,
		MaxMessages:      64,
	}
}

// TestProofParams is TestParams with command proofs (CommandProofs), for
// tests of that reading of commands.
func TestProofParams() Params {
	p := TestParams()
	p.Name, p.CommandProofs = "test-proofs", true
	return p
}

// Validate checks that every parameter is in a range the circuits support.
func (p Params) Validate() error {
	check := func(ok bool, format string, args ...any) error {
		if ok {
			return nil
		}
		return fmt.Errorf("%w: %s", ErrInvalidParams, fmt.Sprintf(format, args...))
	}
	return errors.Join(
		check(p.Name != "", "name is empty"),
		check(p.CensusDepth >= 1 && p.CensusDepth <= 64, "census depth %d not in [1,64]", p.CensusDepth),
		check(p.StateDepth >= 1 && p.StateDepth <= 32, "state depth %d not in [1,32]", p.StateDepth),
		check(p.MaxVoteOptions >= 2 && p.MaxVoteOptions <= 256, "max vote options %d not in [2,256]", p.MaxVoteOptions),
		check(p.WeightBits >= 1 && p.WeightBits <= 120, "weight bits %d not in [1,120]", p.WeightBits),
		check(p.MessageBatchSize >= 1, "message batch size %d < 1", p.MessageBatchSize),
		check(p.TallyBatchSize >= 1, "tally batch size %d < 1", p.TallyBatchSize),
		check(p.MaxMessages >= 1, "max messages %d < 1", p.MaxMessages),
	)
}

// ID names the parameter set together with the hash constants: the first
// 16 hex digits of SHA-256 over a canonical description. Key files embed it.
func (p Params) ID() string {
	desc := fmt.Sprintf("zkvote/v1|bn254|poseidon2:rf=%d,rp2=%d,widths=%v|%s|census=%d|state=%d|options=%d|weight=%d|batch=%d|tally=%d|messages=%d",
		Poseidon2FullRounds, Poseidon2CompressPartialRounds, Poseidon2SpongeWidths,
		p.Name, p.CensusDepth, p.StateDepth, p.MaxVoteOptions, p.WeightBits,
		p.MessageBatchSize, p.TallyBatchSize, p.MaxMessages)
	if p.CommandProofs {
		desc += "|commands=proven"
	}
	sum := sha256.Sum256([]byte(desc))
	return hex.EncodeToString(sum[:8])
}

// MACI25 returns the parameter set of MACI's published comparison point:
// a state tree of 2^10 voters and 25 options (benchmarks compare the cost
// per processed command there), with command proofs as the default set.
func MACI25() Params {
	p := Defaults()
	p.Name, p.StateDepth, p.MaxVoteOptions = "maci25", 10, 25
	return p
}

// ParamsByName returns a built-in parameter set: "default", "test" or
// "maci25".
func ParamsByName(name string) (Params, error) {
	switch name {
	case "default":
		return Defaults(), nil
	case "test":
		return TestParams(), nil
	case "maci25":
		return MACI25(), nil
	}
	return Params{}, fmt.Errorf("%w: unknown parameter set %q (want default, test or maci25)", ErrInvalidParams, name)
}

// Domain tags of proven processing (circuits/process). The voter's state
// leaf (DomainVoter) is also what a join publishes (joinvote.VoterLeaf).
const (
	DomainVoter   uint64 = 11 // processing state leaf = H(key, nonce, weight, salt, votes)
	DomainProcess uint64 = 12 // salted commitment to state root, joins, totals at batch boundaries
	DomainBatch   uint64 = 13 // a batch proof's one packed public input
)
