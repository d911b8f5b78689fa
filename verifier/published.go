package verifier

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/consensys/gnark/backend/groth16"

	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/prover"
)

// Published is what CheckPublished established about a poll from its
// published artefacts alone.
type Published struct {
	Log     *CheckedLog
	Results *poll.Results // proven
	Joins   uint64        // the members who joined (duplicate joins not counted)
	// Tally holds the checked batch proofs and the opening of the final
	// state, what a Tally contract takes (package settlement).
	Tally *poll.Tally
	// Keys holds the verifying keys the poll pins, by circuit name
	// (prover.OnChain: the join+vote, processing and, with command proofs,
	// command keys), checked against the pins.
	Keys map[string]groth16.VerifyingKey
}

// PublishedKey reads circuit name's verifying key from the published
// artefacts in dir and checks it against the SHA-256 the poll pins.
func PublishedKey(dir, name, pinned string) (groth16.VerifyingKey, error) {
	if pinned == "" {
		return nil, fmt.Errorf("%w: the poll pins no verifying key for %s", ErrTally, name)
	}
	data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(poll.KeyFileName(name))))
	if err != nil {
		return nil, err
	}
	vk, err := prover.ParseVerifyingKey(data, pinned)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", poll.KeyFileName(name), err)
	}
	return vk, nil
}

// CheckPublished checks a tallied poll from the artefacts in dir (see
// poll.ResultsFileName): the log — every entry hash, the chain, the seal,
// every join proof under the join+vote key the poll pins, nullifier
// uniqueness — and the tally — every batch proof under the processing keys
// the poll pins, and that the batches chain from the empty state through
// the sealed log to the published totals. Each failure says where.
func CheckPublished(dir string) (*Published, error) {
	l, err := poll.ReadLogFile(filepath.Join(dir, poll.LogFileName))
	if err != nil {
		return nil, err
	}
	res, err := poll.ReadResultsFile(filepath.Join(dir, poll.ResultsFileName))
	if err != nil {
		return nil, err
	}
	def := l.Poll.Definition
	if def == nil {
		return nil, fmt.Errorf("%w: the log carries no poll definition", ErrLog)
	}
	jvk, err := PublishedKey(dir, prover.JoinVote, def.VerifyingKey)
	if err != nil {
		return nil, err
	}
	keys := LogKeys{JoinVote: jvk}
	if def.Params.CommandProofs {
		if keys.Command, err = PublishedKey(dir, prover.Command, def.CommandKey); err != nil {
			return nil, err
		}
	}
	checked, err := CheckLogKeys(l, keys)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", poll.LogFileName, err)
	}
	if checked.Seal == nil {
		return nil, fmt.Errorf("%w: %s: the log is not sealed", ErrLog, poll.LogFileName)
	}
	fail := func(format string, args ...any) (*Published, error) {
		return nil, fmt.Errorf("%w: %s: %s", ErrTally, poll.ResultsFileName, fmt.Sprintf(format, args...))
	}
	if !res.PollID.Equal(&checked.PollID) {
		return fail("the results are for another poll")
	}
	if !res.ChainHash.Equal(&checked.Seal.ChainHash) {
		return fail("the results cover another log than the sealed one")
	}
	if len(res.Options) != len(def.Options) {
		return fail("%d options, the poll has %d", len(res.Options), len(def.Options))
	}
	for i := range res.Options {
		if res.Options[i] != def.Options[i] {
			return fail("option %d is %q, the poll's is %q", i+1, res.Options[i], def.Options[i])
		}
	}
	if !res.Results.Proven || res.Tally == nil {
		return fail("the results are not proven (computed by the coordinator alone)")
	}
	vks := map[string]groth16.VerifyingKey{}
	for _, name := range prover.Processing {
		if vks[name], err = PublishedKey(dir, name, def.ProcessingKeys[name]); err != nil {
			return nil, err
		}
	}
	p, err := def.Circuit()
	if err != nil {
		return nil, err
	}
	proven, err := CheckTally(def.Params, p, checked.Seal.ChainHash, checked.OnChainHash, res.Tally, vks)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", poll.ResultsFileName, err)
	}
	for i := range proven.Totals {
		if proven.Totals[i].Cmp(res.Results.Totals[i]) != 0 {
			return fail("option %d (%s): published total %s, the proofs show %s", i+1, def.Options[i], res.Results.Totals[i], proven.Totals[i])
		}
		if proven.Spent[i].Cmp(res.Results.Spent[i]) != 0 {
			return fail("option %d (%s): published spent %s, the proofs show %s", i+1, def.Options[i], res.Results.Spent[i], proven.Spent[i])
		}
	}
	if res.Tally.Final.Joins != uint64(checked.Joins) || res.Joins != uint64(checked.Joins) {
		return fail("participation %d, the log holds %d joins", res.Joins, checked.Joins)
	}
	vks[prover.JoinVote] = jvk
	if keys.Command != nil {
		vks[prover.Command] = keys.Command
	}
	// A duplicate join (a member who joined on-chain too) takes a state
	// index but counts nowhere: participation is the members.
	return &Published{Log: checked, Results: proven, Joins: res.Joins - uint64(checked.Duplicates), Tally: res.Tally, Keys: vks}, nil
}
