package poll

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/ratelimit"
	"github.com/zkvote/zkvote/internal/atomicfile"
	"github.com/zkvote/zkvote/internal/fieldhex"
)

// FormatVersion is the version of the poll file format.
const FormatVersion = 1

// Execution is an optional on-chain action run when the proposal passes.
type Execution struct {
	Target   string `json:"target"`   // 0x-prefixed address
	Value    string `json:"value"`    // wei, decimal
	Calldata string `json:"calldata"` // 0x-prefixed hex
	// The passing rule the Executor applies, when the poll fixes it (a
	// proposal file does): the option whose share decides (0-based), the
	// least Σ totals, and the least share of that option in basis points.
	// Without it the deployer chooses (zkvote deploy's flags). Omitted
	// when unset, so that older definitions keep their IDs.
	PassOption   *int   `json:"pass_option,omitempty"`
	Quorum       string `json:"quorum,omitempty"`
	ThresholdBps uint64 `json:"threshold_bps,omitempty"`
}

// validate checks the payload's form: a 0x address, a decimal value, 0x
// hex calldata (nil: no payload).
func (e *Execution) validate() error {
	if e == nil {
		return nil
	}
	isHex := func(s string) bool {
		for _, c := range s {
			if !strings.ContainsRune("0123456789abcdefABCDEF", c) {
				return false
			}
		}
		return true
	}
	if len(e.Target) != 42 || !strings.HasPrefix(e.Target, "0x") || !isHex(e.Target[2:]) {
		return invalid("execution target %q is not a 0x-prefixed 20-byte address", e.Target)
	}
	if v, ok := new(big.Int).SetString(e.Value, 10); e.Value != "" && (!ok || v.Sign() < 0 || v.BitLen() > 256) {
		return invalid("execution value %q is not a decimal amount of wei", e.Value)
	}
	if e.Calldata != "" && (!strings.HasPrefix(e.Calldata, "0x") || len(e.Calldata)%2 != 0 || !isHex(e.Calldata[2:])) {
		return invalid("execution calldata is not 0x-prefixed hex bytes")
	}
	if q, ok := new(big.Int).SetString(e.Quorum, 10); e.Quorum != "" && (!ok || q.Sign() < 0) {
		return invalid("execution quorum %q is not a whole number", e.Quorum)
	}
	if e.ThresholdBps > 10_000 {
		return invalid("execution threshold %d basis points is over 100%%", e.ThresholdBps)
	}
	if e.PassOption == nil && (e.Quorum != "" || e.ThresholdBps != 0) {
		return invalid("execution quorum and threshold need a pass option")
	}
	return nil
}

// Definition is a poll definition. Create one with New; read one with
// ReadFile or Parse. Its fields are typed: the census root is a field
// element, the coordinator key a point checked to be a valid public key
// whenever it is decoded, and the mode a joinvote.Mode. The file form
// (JSON, see definitionJSON) writes them as hex strings and a mode name.
type Definition struct {
	Version        int
	Params         circuits.Params
	Title          string
	Body           string
	Options        []string
	Mode           joinvote.Mode
	CensusRoot     fr.Element
	CoordinatorKey babyjub.Point
	Start          *time.Time
	End            *time.Time
	MaxMessages    int
	Execution      *Execution
	Salt           string // makes two identical proposals two polls
	// VerifyingKey is the SHA-256 (hex) of the join+vote verifying key the
	// poll uses. Voters prove, and everyone verifies, against exactly this
	// key, so key files from elsewhere cannot be slipped in.
	VerifyingKey string
	// ProcessingKeys maps each processing circuit (prover.Processing) to
	// the SHA-256 (hex) of its verifying key: the tally is proven, and
	// checked, with exactly these keys, fixed before anyone votes. A poll
	// without them can only be tallied natively (results not proven).
	ProcessingKeys map[string]string
	// CommandSlots is how many commands each of a voter's rate identities
	// may send (circuits/ratelimit): a voter registers its rate set with
	// its join and sends at most ratelimit.Identities × CommandSlots
	// commands, each carrying a pass, and every joined voter's share is
	// reserved (MaxJoins). 0 is a poll without passes, made before them:
	// its commands carry no proof, so any client can fill its command cap
	// and lock voters out of re-voting (docs/protocol.md, "Command
	// passes").
	CommandSlots int
	// PassKey is the SHA-256 (hex) of the pass circuit's verifying key;
	// set exactly when CommandSlots is.
	PassKey string
	// CommandKey is the SHA-256 (hex) of the command proof's verifying key
	// (circuits/command); set exactly when the parameter set has
	// CommandProofs (docs/protocol.md, "Command proofs").
	CommandKey string
}

// definitionJSON is the file form of a Definition.
type definitionJSON struct {
	Version        int               `json:"version"`
	Params         circuits.Params   `json:"params"`
	Title          string            `json:"title"`
	Body           string            `json:"body,omitempty"`
	Options        []string          `json:"options"`
	Mode           string            `json:"mode"`
	CensusRoot     string            `json:"census_root"`
	CoordinatorKey PublicKey         `json:"coordinator_key"`
	Start          *time.Time        `json:"start,omitempty"`
	End            *time.Time        `json:"end,omitempty"`
	MaxMessages    int               `json:"max_messages"`
	Execution      *Execution        `json:"execution,omitempty"`
	Salt           string            `json:"salt"`
	VerifyingKey   string            `json:"verifying_key_sha256"`
	ProcessingKeys map[string]string `json:"processing_keys_sha256,omitempty"`
	CommandSlots   int               `json:"command_slots,omitempty"`
	PassKey        string            `json:"pass_key_sha256,omitempty"`
	CommandKey     string            `json:"command_key_sha256,omitempty"`
}

// MarshalJSON writes the file form.
func (d *Definition) MarshalJSON() ([]byte, error) {
	return json.Marshal(definitionJSON{Version: d.Version, Params: d.Params, Title: d.Title, Body: d.Body, Options: d.Options,
		Mode: d.Mode.String(), CensusRoot: fieldhex.Encode(d.CensusRoot), CoordinatorKey: EncodePublicKey(&d.CoordinatorKey),
		Start: d.Start, End: d.End, MaxMessages: d.MaxMessages, Execution: d.Execution, Salt: d.Salt, VerifyingKey: d.VerifyingKey,
		ProcessingKeys: d.ProcessingKeys, CommandSlots: d.CommandSlots, PassKey: d.PassKey, CommandKey: d.CommandKey})
}

// UnmarshalJSON reads the file form, refusing unknown fields, a malformed
// census root, an unknown mode and a coordinator key that is not a valid
// public key. It does not Validate the rest (Parse does).
func (d *Definition) UnmarshalJSON(data []byte) error {
	var j definitionJSON
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return fmt.Errorf("%w: %v", ErrInvalid, err)
	}
	mode, err := joinvote.ParseMode(j.Mode)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	root, err := fieldhex.Decode(j.CensusRoot)
	if err != nil {
		return invalid("census root: %v", err)
	}
	key, err := j.CoordinatorKey.Point()
	if err != nil {
		return invalid("coordinator key: %v", err)
	}
	*d = Definition{Version: j.Version, Params: j.Params, Title: j.Title, Body: j.Body, Options: j.Options, Mode: mode,
		CensusRoot: root, CoordinatorKey: key, Start: j.Start, End: j.End, MaxMessages: j.MaxMessages, Execution: j.Execution,
		Salt: j.Salt, VerifyingKey: j.VerifyingKey, ProcessingKeys: j.ProcessingKeys, CommandSlots: j.CommandSlots, PassKey: j.PassKey,
		CommandKey: j.CommandKey}
	return nil
}

// New returns a definition with a fresh salt and the parameter set's
// limits. For a parameter set with command proofs the caller pins the
// command key (CommandKey) before the definition validates.
func New(params circuits.Params, title string, options []string, mode joinvote.Mode, censusRoot fr.Element, coordinator babyjub.Point, verifyingKey string) (*Definition, error) {
	var salt [16]byte
	if _, err := rand.Read(salt[:]); err != nil {
		return nil, err
	}
	d := &Definition{Version: FormatVersion, Params: params, Title: title, Options: options, Mode: mode,
		CensusRoot: censusRoot, CoordinatorKey: coordinator,
		MaxMessages: params.MaxMessages, Salt: fmt.Sprintf("0x%x", salt), VerifyingKey: verifyingKey}
	if err := d.validate(false); err != nil {
		return nil, err
	}
	return d, nil
}

// Limits on a definition's text. A coordinator takes a poll in one gRPC
// request of at most coordinator.Config.MaxRequestBytes (64 KiB by
// default); a title of MaxTitleChars (at most 800 bytes in UTF-8) and a
// body of MaxBodyBytes keep a definition's text near 11 KB, well inside that
// limit with room for the labels and keys, so a poll that passes Validate
// is not refused for its size. A longer text belongs in a document the
// body links to (and its hash, if it must be binding).
const (
	MaxTitleChars = 200
	MaxBodyBytes  = 10_000
)

// IsNumber reports whether s (spaces trimmed) reads as an integer. A
// ballot names an option by its label or by its number, from 1, and a
// number always means the position, so option labels must not be numbers:
// otherwise "2" could name two different options.
func IsNumber(s string) bool {
	s = strings.TrimSpace(s)
	if s != "" && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// CheckLabels checks that a ballot (client.ParseChoice) can name every
// option, and each one way only: no label is empty or a number, none holds
// the ballot's separators ',' and ':', and no two are equal ignoring case
// and surrounding spaces (ballots match labels that way).
func CheckLabels(labels []string) error {
	seen := map[string]bool{}
	for i, l := range labels {
		key := strings.ToLower(strings.TrimSpace(l))
		switch {
		case key == "":
			return invalid("option %d is empty", i+1)
		case IsNumber(l):
			return invalid("option label %q is a number: a ballot's numbers name options by position, labels must be words", l)
		case strings.ContainsAny(l, ",:"):
			return invalid("option label %q holds ',' or ':', which a ballot (OPTION:WEIGHT,...) cannot name", l)
		case seen[key]:
			return invalid("option %q appears twice", l)
		}
		seen[key] = true
	}
	return nil
}

func invalid(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrInvalid, fmt.Sprintf(format, args...))
}

// Validate checks every field.
func (d *Definition) Validate() error { return d.validate(true) }

// validate checks every field; unless complete, it lets a parameter set
// with command proofs go without the command key, which the caller of New
// pins after (as it does the processing keys).
func (d *Definition) validate(complete bool) error {
	if d.Version != FormatVersion {
		return invalid("format version %d, this zkvote reads %d", d.Version, FormatVersion)
	}
	if err := d.Params.Validate(); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	if strings.TrimSpace(d.Title) == "" {
		return invalid("title is empty")
	}
	if n := utf8.RuneCountInString(d.Title); n > MaxTitleChars {
		return invalid("title is %d characters, at most %d (put the text in the body)", n, MaxTitleChars)
	}
	if len(d.Body) > MaxBodyBytes {
		return invalid("body is %d bytes, at most %d (link to the full text instead)", len(d.Body), MaxBodyBytes)
	}
	if len(d.Options) < 2 || len(d.Options) > d.Params.MaxVoteOptions {
		return invalid("%d options, want 2 to %d", len(d.Options), d.Params.MaxVoteOptions)
	}
	if err := CheckLabels(d.Options); err != nil {
		return err
	}
	if d.Start != nil && d.End != nil && !d.End.After(*d.Start) {
		return invalid("end %s is not after start %s", d.End.Format(time.RFC3339), d.Start.Format(time.RFC3339))
	}
	if len(d.Salt) < 10 {
		return invalid("salt %q is too short (it keeps identical proposals apart)", d.Salt)
	}
	if !isSHA256Hex(d.VerifyingKey) {
		return invalid("verifying_key_sha256 %q is not a SHA-256 in hex", d.VerifyingKey)
	}
	for name, h := range d.ProcessingKeys {
		if strings.TrimSpace(name) == "" || !isSHA256Hex(h) {
			return invalid("processing_keys_sha256: %q: %q is not a SHA-256 in hex", name, h)
		}
	}
	if d.MaxMessages < 1 || d.MaxMessages > d.Params.MaxMessages {
		return invalid("max messages %d not in [1, %d]", d.MaxMessages, d.Params.MaxMessages)
	}
	if d.CommandSlots < 0 || d.CommandSlots > ratelimit.MaxSlots {
		return invalid("command slots %d not in [0, %d]", d.CommandSlots, ratelimit.MaxSlots)
	}
	if (d.CommandSlots > 0) != (d.PassKey != "") {
		return invalid("command slots and pass_key_sha256 go together (slots %d, pass key %q)", d.CommandSlots, d.PassKey)
	}
	if d.PassKey != "" && !isSHA256Hex(d.PassKey) {
		return invalid("pass_key_sha256 %q is not a SHA-256 in hex", d.PassKey)
	}
	if d.Params.CommandProofs != (d.CommandKey != "") && (complete || d.CommandKey != "") {
		return invalid("a parameter set with command proofs and command_key_sha256 go together (command proofs %v, command key %q)", d.Params.CommandProofs, d.CommandKey)
	}
	if d.CommandKey != "" && !isSHA256Hex(d.CommandKey) {
		return invalid("command_key_sha256 %q is not a SHA-256 in hex", d.CommandKey)
	}
	if d.MaxJoins() < 1 {
		return invalid("max messages %d leave no room for one voter's %d commands (%d identities × %d slots)",
			d.MaxMessages, d.CommandsPerVoter(), ratelimit.Identities, d.CommandSlots)
	}
	if err := d.Execution.validate(); err != nil {
		return err
	}
	if e := d.Execution; e != nil && e.PassOption != nil && (*e.PassOption < 0 || *e.PassOption >= len(d.Options)) {
		return invalid("execution pass option %d: the poll has options 1 to %d", *e.PassOption+1, len(d.Options))
	}
	if err := babyjub.ValidatePublicKey(&d.CoordinatorKey); err != nil {
		return invalid("coordinator key: %v", err)
	}
	if _, err := d.Circuit(); err != nil {
		return err
	}
	return nil
}

// CommandsPerVoter is the most commands one joined voter may send, or 0 for
// a poll without passes (no per-voter limit).
func (d *Definition) CommandsPerVoter() int { return ratelimit.Identities * d.CommandSlots }

// MaxJoins is how many voters may join: the state tree's capacity, the
// message cap, and, in a poll with passes, as many voters as the command
// cap holds whole shares for, so that every joined voter's commands have
// room whatever others send.
func (d *Definition) MaxJoins() uint64 {
	n := uint64(d.MaxMessages)
	if depth := d.Params.StateDepth; depth < 63 && uint64(1)<<depth < n {
		n = uint64(1) << depth
	}
	if per := d.CommandsPerVoter(); per > 0 && uint64(d.MaxMessages/per) < n {
		n = uint64(d.MaxMessages / per)
	}
	return n
}

// OnChainRoom is how many joins the state tree holds beyond MaxJoins, the
// coordinator's cap on joins: the most the Poll contract may take on-chain
// (the coordinator must log every one, and counts them against its cap
// too). The default parameter set gives the whole tree to MaxJoins; a poll
// made with a lower max_messages leaves room.
func (d *Definition) OnChainRoom() uint64 {
	depth := d.Params.StateDepth
	if depth >= 63 {
		return 0
	}
	if tree, joins := uint64(1)<<depth, d.MaxJoins(); joins < tree {
		return tree - joins
	}
	return 0
}

// Circuit returns what the join+vote circuit knows of the poll.
func (d *Definition) Circuit() (*joinvote.Poll, error) {
	desc, err := d.DescriptorHash()
	if err != nil {
		return nil, err
	}
	p := &joinvote.Poll{CensusRoot: d.CensusRoot, CoordinatorKey: d.CoordinatorKey, Mode: d.Mode, NumOptions: len(d.Options), DescriptorHash: desc}
	if err := p.Validate(d.Params); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	return p, nil
}

// DescriptorHash hashes the fields the circuit does not see.
func (d *Definition) DescriptorHash() (fr.Element, error) {
	rest := struct {
		Version     int               `json:"version"`
		ParamsID    string            `json:"params_id"`
		Title       string            `json:"title"`
		Body        string            `json:"body"`
		Options     []string          `json:"options"`
		Start       *int64            `json:"start_unix"`
		End         *int64            `json:"end_unix"`
		MaxMessages int               `json:"max_messages"`
		Execution   *Execution        `json:"execution"`
		Salt        string            `json:"salt"`
		VK          string            `json:"verifying_key_sha256"`
		PK          map[string]string `json:"processing_keys_sha256,omitempty"`
		Slots       int               `json:"command_slots,omitempty"`
		PassKey     string            `json:"pass_key_sha256,omitempty"`
		CommandKey  string            `json:"command_key_sha256,omitempty"`
	}{d.Version, d.Params.ID(), d.Title, d.Body, d.Options, unix(d.Start), unix(d.End), d.MaxMessages, d.Execution, d.Salt,
		d.VerifyingKey, d.ProcessingKeys, d.CommandSlots, d.PassKey, d.CommandKey}
	b, err := json.Marshal(rest)
	if err != nil {
		return fr.Element{}, err
	}
	sum := sha256.Sum256(b)
	sum[0] = 0 // 248 bits: below the field modulus, no reduction bias
	var e fr.Element
	e.SetBytes(sum[:])
	return e, nil
}

func isSHA256Hex(s string) bool {
	if len(s) != 64 {
		return false
	}
	for _, c := range s {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

// unix returns t in whole seconds: the poll ID does not depend on how a
// time is written (time zone, fractions of a second).
func unix(t *time.Time) *int64 {
	if t == nil {
		return nil
	}
	u := t.Unix()
	return &u
}

// ID returns the poll ID.
func (d *Definition) ID() (fr.Element, error) {
	p, err := d.Circuit()
	if err != nil {
		return fr.Element{}, err
	}
	return p.ID(), nil
}

// Open reports whether t is inside the voting window.
func (d *Definition) Open(t time.Time) bool {
	return (d.Start == nil || !t.Before(*d.Start)) && (d.End == nil || t.Before(*d.End))
}

// WriteFile writes the definition as indented JSON.
func (d *Definition) WriteFile(path string, overwrite bool) error {
	if err := d.Validate(); err != nil {
		return err
	}
	b, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.Write(path, append(b, '\n'), 0o644, overwrite)
}

// Parse reads a definition from JSON and validates it.
func Parse(data []byte) (*Definition, error) {
	var d Definition
	if err := json.Unmarshal(data, &d); err != nil {
		if !errors.Is(err, ErrInvalid) {
			err = fmt.Errorf("%w: %v", ErrInvalid, err)
		}
		return nil, err
	}
	if err := d.Validate(); err != nil {
		return nil, err
	}
	return &d, nil
}

// ReadFile reads and validates a definition file.
func ReadFile(path string) (*Definition, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	d, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return d, nil
}
