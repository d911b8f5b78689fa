package verifier

import (
	"crypto/ed25519"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"

	"github.com/zkvote/zkvote/circuits/message"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/receipt"
)

// CheckedLog is what CheckLog established about a poll's log.
type CheckedLog struct {
	PollID     fr.Element
	Definition *poll.Definition
	Entries    []*poll.Entry
	// ChainHashes[i] is the chain hash after entry i.
	ChainHashes []fr.Element
	Seal        *receipt.Seal // nil if the log is not sealed
	Joins       int
	Messages    int
	// OnChain counts the entries that came through the Poll contract, and
	// OnChainHash is their sub-chain (poll.OnChainHash): the contract's
	// value when the log took them all, in its order.
	OnChain     int
	OnChainHash fr.Element
	// Duplicates counts the joins whose nullifier an earlier join has, and
	// Copies the commands identical to an earlier one: each came through
	// the Poll contract (intake refuses the others), and processing skips
	// it.
	Duplicates, Copies int
}

// CheckLog re-derives every entry hash from the entry's content, replays
// the hash chain, checks the seal's signature and that it covers exactly
// the log, that the on-chain entries are numbered in order and that a
// nullifier repeats only in an on-chain join (a duplicate) and a command
// only on-chain (a copy; processing skips both), and — when vk is given —
// verifies every join's proof.
func CheckLog(l *poll.Log, vk groth16.VerifyingKey) (*CheckedLog, error) {
	return CheckLogKeys(l, LogKeys{JoinVote: vk})
}

// LogKeys are the verifying keys a log's proofs are checked with: the
// join+vote key, and in a poll with command proofs the command key. A nil
// key leaves its proofs unchecked (a caller that checks them otherwise).
type LogKeys struct {
	JoinVote, Command groth16.VerifyingKey
}

// CheckLogKeys is CheckLog with the keys of every kind of proof a log
// holds: also every command proof, in a poll with command proofs.
func CheckLogKeys(l *poll.Log, keys LogKeys) (*CheckedLog, error) {
	vk := keys.JoinVote
	fail := func(format string, args ...any) (*CheckedLog, error) {
		return nil, fmt.Errorf("%w: %s", ErrLog, fmt.Sprintf(format, args...))
	}
	def := l.Poll.Definition
	if def == nil {
		return fail("no poll definition")
	}
	if err := def.Validate(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrLog, err)
	}
	p, err := def.Circuit()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrLog, err)
	}
	id := p.ID()
	if !l.Poll.ID.Equal(&id) {
		return fail("the definition does not hash to the poll ID")
	}
	out := &CheckedLog{PollID: id, Definition: def, Entries: l.Entries}
	chain := message.ChainStart(id)
	nullifiers, commands := map[fr.Element]bool{}, map[fr.Element]bool{}
	for i, e := range l.Entries {
		if e.Index != uint64(i) {
			return fail("entry %d has index %d", i, e.Index)
		}
		if e.OnChain != nil {
			if *e.OnChain != uint64(out.OnChain) {
				return fail("entry %d: on-chain entry %d, want %d (the Poll contract's order)", i, *e.OnChain, out.OnChain)
			}
			out.OnChain++
		}
		switch {
		case e.Join != nil:
			st := &e.Join.Statement
			if !st.PollID.Equal(&id) {
				return fail("entry %d: a join for another poll", i)
			}
			if err := st.CheckStatement(def.Params); err != nil {
				return fail("entry %d: %v", i, err)
			}
			if e.StateIndex != uint64(out.Joins) {
				return fail("entry %d: state index %d, want %d", i, e.StateIndex, out.Joins)
			}
			if nullifiers[st.Nullifier] {
				if e.OnChain == nil {
					return fail("entry %d: nullifier used twice (the coordinator takes no gasless join of a member who joined)", i)
				}
				out.Duplicates++
			}
			nullifiers[st.Nullifier] = true
			if vk != nil {
				if err := VerifyJoinVote(vk, def.Params, p, e.Join.Proof, st); err != nil {
					return fail("entry %d: %v", i, err)
				}
			}
			out.Joins++
		case e.Command != nil:
			if proven := e.Command.Opening != nil; proven != def.Params.CommandProofs {
				return fail("entry %d: a command with opening %v in a poll with command proofs %v", i, proven, def.Params.CommandProofs)
			}
			if keys.Command != nil && e.Command.Opening != nil {
				if err := VerifyCommand(keys.Command, e.Command.Statement(id), e.Command.Proof); err != nil {
					return fail("entry %d: %v", i, err)
				}
			}
			out.Messages++
		}
		entry, err := e.ContentHash()
		if err != nil {
			return fail("entry %d: %v", i, err)
		}
		if !e.EntryHash.Equal(&entry) {
			return fail("entry %d: entry hash does not match its content", i)
		}
		if e.Command != nil {
			if commands[entry] {
				if e.OnChain == nil {
					return fail("entry %d: a copy of an earlier command (the coordinator takes no gasless copy)", i)
				}
				out.Copies++
			}
			commands[entry] = true
		}
		chain = message.ChainNext(chain, entry)
		if !e.ChainHash.Equal(&chain) {
			return fail("entry %d: chain hash does not follow", i)
		}
		out.ChainHashes = append(out.ChainHashes, chain)
	}
	out.OnChainHash = poll.OnChainHash(l.Entries)
	if seal := l.Poll.Seal; seal != nil {
		if len(l.SigningKey) != ed25519.PublicKeySize {
			return fail("no signing key to check the seal with")
		}
		if err := seal.Verify(l.SigningKey); err != nil {
			return fail("seal: %v", err)
		}
		if !seal.PollID.Equal(&id) || seal.Count != uint64(len(l.Entries)) || !seal.ChainHash.Equal(&chain) {
			return fail("the seal (%d entries) does not cover this log (%d entries)", seal.Count, len(l.Entries))
		}
		out.Seal = seal
	}
	return out, nil
}

// CheckReceipt checks a receipt against a checked log: its signature under
// the log's signing key, and that the log holds its entry at its index with
// its chain hash — a missing or different entry is evidence of censorship.
func (c *CheckedLog) CheckReceipt(r *receipt.Receipt, signing ed25519.PublicKey) error {
	if err := r.Verify(signing); err != nil {
		return err
	}
	if !r.PollID.Equal(&c.PollID) {
		return fmt.Errorf("%w: the receipt is for another poll", ErrLog)
	}
	if r.Index >= uint64(len(c.Entries)) {
		return fmt.Errorf("%w: the log has %d entries, the receipt is for entry %d: it was dropped", ErrLog, len(c.Entries), r.Index)
	}
	e := c.Entries[r.Index]
	if !e.EntryHash.Equal(&r.EntryHash) || !c.ChainHashes[r.Index].Equal(&r.ChainHash) {
		return fmt.Errorf("%w: entry %d of the log is not the receipted one", ErrLog, r.Index)
	}
	return nil
}
