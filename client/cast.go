package client

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/zkvote/zkvote/receipt"
)

// maybeLogged wraps a submission error after which the coordinator may
// still have logged the vote (a timeout, a dropped connection, a receipt
// that did not check out): it matches both the cause and ErrMaybeLogged.
type maybeLogged struct{ err error }

func (e maybeLogged) Error() string   { return e.err.Error() }
func (e maybeLogged) Unwrap() []error { return []error{e.err, ErrMaybeLogged} }

// SubmissionPath is where Cast keeps the submission of the vote whose
// record is at recordPath: beside it, so that an interrupted vote can be
// sent again (Resend) without a new proof.
func SubmissionPath(recordPath string) string {
	stem := strings.TrimSuffix(strings.TrimSuffix(recordPath, ".json"), ".record")
	return stem + ".submission.json"
}

// Cast submits a proven join+vote with the safety a voter needs: the
// voter record (which holds the keys every later re-vote or key change
// needs) and the submission are written beside each other (recordPath,
// SubmissionPath(recordPath)) before anything is sent, and removed again
// only when the coordinator surely refused the vote; once accepted, the
// record gains the voter's state index and the checked receipt is written
// to receiptPath. Neither file is ever overwritten by a new vote.
//
// On an error after which the vote may still be in the log, the files are
// kept and the error matches ErrMaybeLogged: Resend sends the same
// submission again (a coordinator answers a join it already logged with
// its original receipt).
func (c *Conn) Cast(ctx context.Context, sub *Submission, rec *Record, recordPath, receiptPath string) (*receipt.File, error) {
	if _, err := os.Stat(receiptPath); err == nil {
		return nil, fmt.Errorf("%s exists: choose another file", receiptPath)
	}
	// The record first: a vote without its record could never be changed.
	if err := rec.WriteFile(recordPath, false); err != nil {
		return nil, err
	}
	if err := sub.WriteFile(SubmissionPath(recordPath), false); err != nil {
		_ = os.Remove(recordPath)
		return nil, err
	}
	return c.send(ctx, sub, rec, recordPath, receiptPath)
}

// Resend sends again the vote Cast saved beside the record at recordPath,
// when its outcome was not known: the same submission, no new proof.
func (c *Conn) Resend(ctx context.Context, recordPath, receiptPath string) (*receipt.File, error) {
	if _, err := os.Stat(receiptPath); err == nil {
		return nil, fmt.Errorf("%s exists: the vote was accepted already", receiptPath)
	}
	rec, err := ReadRecord(recordPath)
	if err != nil {
		return nil, err
	}
	sub, err := ReadSubmission(SubmissionPath(recordPath))
	if err != nil {
		return nil, err
	}
	if !sub.Statement.StateLeaf.Equal(&rec.StateLeaf) {
		return nil, fmt.Errorf("%w: %s is not the submission of %s", ErrRecord, SubmissionPath(recordPath), recordPath)
	}
	return c.send(ctx, sub, rec, recordPath, receiptPath)
}

// Submit sends a submission made offline (`zkvote vote --offline`) whose
// record is at recordPath, with Cast's safety: the record gains the state
// index and the receipt is written once accepted; it is removed only when
// the coordinator surely refused the vote.
func (c *Conn) Submit(ctx context.Context, sub *Submission, recordPath, receiptPath string) (*receipt.File, error) {
	if _, err := os.Stat(receiptPath); err == nil {
		return nil, fmt.Errorf("%s exists: the vote was accepted already", receiptPath)
	}
	rec, err := ReadRecord(recordPath)
	if err != nil {
		return nil, err
	}
	if !sub.Statement.StateLeaf.Equal(&rec.StateLeaf) || !sub.Statement.PollID.Equal(&rec.PollID) {
		return nil, fmt.Errorf("%w: %s is not the record of this submission", ErrRecord, recordPath)
	}
	return c.send(ctx, sub, rec, recordPath, receiptPath)
}

// send submits a vote whose record and submission are saved.
func (c *Conn) send(ctx context.Context, sub *Submission, rec *Record, recordPath, receiptPath string) (*receipt.File, error) {
	rf, stateIndex, err := c.SubmitVote(ctx, sub)
	if err != nil {
		if refused(err) {
			// Its keys will never be needed.
			_ = os.Remove(recordPath)
			_ = os.Remove(SubmissionPath(recordPath))
			return nil, err
		}
		return nil, maybeLogged{err}
	}
	rec.StateIndex = &stateIndex
	if err := rec.WriteFile(recordPath, true); err != nil {
		return nil, err
	}
	if err := rf.WriteFile(receiptPath, false); err != nil {
		return nil, err
	}
	return rf, nil
}

// EnsureStateIndex fills in the record's state index from the public log
// when the join's receipt never arrived (a timeout, a crash): commands
// name the voter by it. It reports whether it had to look.
func (c *Conn) EnsureStateIndex(ctx context.Context, rec *Record) (bool, error) {
	if rec.StateIndex != nil {
		return false, nil
	}
	idx, err := c.FindJoin(ctx, rec.PollID, rec.StateLeaf)
	if err != nil {
		return true, err
	}
	rec.StateIndex = &idx
	return true, nil
}

// Send submits a voter's messages (from Revote or KeyChange) in order, with
// their command passes when the poll has them (passes non-nil), and saves
// the record at recordPath — even after a partial send, since messages
// already in the log are signed with the record's new key and spent their
// slots. It returns the receipts of the messages accepted.
func (c *Conn) Send(ctx context.Context, rec *Record, recordPath string, msgs []*Message, passes *Passes) ([]*receipt.File, error) {
	receipts, err := c.SubmitMessages(ctx, msgs, rec, passes)
	if werr := rec.WriteFile(recordPath, true); werr != nil && err == nil {
		err = werr
	}
	return receipts, err
}
