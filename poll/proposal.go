package poll

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"net/url"
	"os"
	"strings"
	"time"
)

// Proposal is a proposal file: what a DAO drafts, reviews and then turns
// into a poll (`zkvote poll init --proposal`), so that the poll ID binds
// the whole proposal, its payload included.
type Proposal struct {
	Title      string   `json:"title"`
	Summary    string   `json:"summary"`
	Body       string   `json:"body"` // Markdown
	Discussion string   `json:"discussion,omitempty"`
	Options    []string `json:"options"`
	Mode       string   `json:"mode"`
	// Deliberation is how long after the poll is made it opens for votes
	// (a Go duration: "72h"): the poll is announced, and its census and
	// keys can be checked, before anyone votes.
	Deliberation string `json:"deliberation"`
	// VotingPeriod is how long voting lasts once open ("168h").
	VotingPeriod string `json:"voting_period"`
	// The passing rule (for the payload): the deciding option's label, the
	// least Σ totals (decimal) and the deciding option's least share.
	PassOption       string  `json:"pass_option,omitempty"`
	Quorum           string  `json:"quorum,omitempty"`
	ThresholdPercent float64 `json:"threshold_percent,omitempty"`
	// Execution is the call a passed proposal makes (optional).
	Execution *ProposalCall `json:"execution,omitempty"`
}

// ProposalCall is a proposal's payload; Signature (e.g.
// "transfer(address,uint256)") is what reviewers read the calldata by.
type ProposalCall struct {
	Target    string `json:"target"`
	Value     string `json:"value"`
	Calldata  string `json:"calldata"`
	Signature string `json:"signature,omitempty"`
}

// MaxSummaryBytes bounds a proposal's summary (its title and text are
// bounded as a definition's: MaxTitleChars, MaxBodyBytes).
const MaxSummaryBytes = 1_000

// ReadProposal reads and checks a proposal file.
func ReadProposal(path string) (*Proposal, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var p Proposal
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrInvalid, path, err)
	}
	if err := p.Check(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &p, nil
}

// Check validates the proposal on its own (the poll it makes is checked
// again as a definition).
func (p *Proposal) Check() error {
	if strings.TrimSpace(p.Title) == "" || len([]rune(p.Title)) > MaxTitleChars {
		return invalid("title: want 1 to %d characters", MaxTitleChars)
	}
	if len(p.Summary) > MaxSummaryBytes {
		return invalid("summary: %d bytes, at most %d", len(p.Summary), MaxSummaryBytes)
	}
	if p.Discussion != "" {
		u, err := url.Parse(p.Discussion)
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			return invalid("discussion %q is not an http(s) link", p.Discussion)
		}
	}
	if _, _, err := p.Windows(time.Now()); err != nil {
		return err
	}
	if p.ThresholdPercent < 0 || p.ThresholdPercent > 100 || math.IsNaN(p.ThresholdPercent) {
		return invalid("threshold_percent %v is not a percentage", p.ThresholdPercent)
	}
	if p.PassOption == "" && (p.Quorum != "" || p.ThresholdPercent != 0) {
		return invalid("quorum and threshold_percent need a pass_option")
	}
	if p.PassOption != "" && p.option(p.PassOption) < 0 {
		return invalid("pass_option %q is not one of the options", p.PassOption)
	}
	if p.Execution != nil && p.PassOption == "" {
		return invalid("a proposal with an execution payload needs its passing rule: pass_option (and quorum, threshold_percent)")
	}
	return nil
}

func (p *Proposal) option(label string) int {
	for i, o := range p.Options {
		if o == label {
			return i
		}
	}
	return -1
}

// Windows returns when voting opens and closes for a poll made at now.
func (p *Proposal) Windows(now time.Time) (start, end time.Time, err error) {
	delib, err := time.ParseDuration(p.Deliberation)
	if err != nil || delib < 0 {
		return start, end, invalid("deliberation %q is not a duration such as 72h", p.Deliberation)
	}
	period, err := time.ParseDuration(p.VotingPeriod)
	if err != nil || period <= 0 {
		return start, end, invalid("voting_period %q is not a positive duration such as 168h", p.VotingPeriod)
	}
	start = now.Add(delib).UTC().Truncate(time.Second)
	return start, start.Add(period), nil
}

// Text is the poll body the proposal makes: the summary, the body and the
// discussion link.
func (p *Proposal) Text() string {
	var parts []string
	for _, s := range []string{p.Summary, p.Body} {
		if strings.TrimSpace(s) != "" {
			parts = append(parts, strings.TrimSpace(s))
		}
	}
	if p.Discussion != "" {
		parts = append(parts, "Discussion: "+p.Discussion)
	}
	return strings.Join(parts, "\n\n")
}

// Apply fills a definition made by New from the proposal: title, body,
// window (from now), payload and passing rule. The caller validates it.
func (p *Proposal) Apply(d *Definition, now time.Time) error {
	start, end, err := p.Windows(now)
	if err != nil {
		return err
	}
	d.Title, d.Body, d.Start, d.End = p.Title, p.Text(), &start, &end
	if len(d.Body) > MaxBodyBytes {
		return invalid("the proposal's text (summary, body, link) is %d bytes, at most %d", len(d.Body), MaxBodyBytes)
	}
	if c := p.Execution; c != nil {
		d.Execution = &Execution{Target: c.Target, Value: c.Value, Calldata: c.Calldata}
		if d.Execution.Value == "" {
			d.Execution.Value = "0"
		}
		if d.Execution.Calldata == "" {
			d.Execution.Calldata = "0x"
		}
		o := p.option(p.PassOption)
		d.Execution.PassOption, d.Execution.Quorum = &o, p.Quorum
		d.Execution.ThresholdBps = uint64(math.Round(p.ThresholdPercent * 100))
	}
	return nil
}
