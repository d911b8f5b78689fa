package coordinator

import (
	"crypto/ed25519"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/prover"
)

// PublicLog returns a poll's public record: its definition, head and seal,
// every durable entry, and the key receipts and the seal are signed with.
func (s *Service) PublicLog(id fr.Element) (*poll.Log, error) {
	info, err := s.Poll(id)
	if err != nil {
		return nil, err
	}
	l := &poll.Log{Poll: *info, SigningKey: s.keys.Signing.Public().(ed25519.PublicKey)}
	err = s.Log(id, 0, func(e *poll.Entry) error {
		if e.Index < info.Count {
			l.Entries = append(l.Entries, e)
		}
		return nil
	})
	return l, err
}

// Artefacts returns the published files of a tallied poll (see poll's
// ResultsFileName, LogFileName, KeyFileName): enough for anyone to check
// the result with `zkvote verify`, trusting no one.
func (s *Service) Artefacts(id fr.Element) ([]poll.Artefact, error) {
	res, err := s.ResultsFile(id)
	if err != nil {
		return nil, err
	}
	l, err := s.PublicLog(id)
	if err != nil {
		return nil, err
	}
	resJSON, err := json.MarshalIndent(res, "", "  ")
	if err != nil {
		return nil, err
	}
	logJSON, err := json.MarshalIndent(l, "", "  ")
	if err != nil {
		return nil, err
	}
	out := []poll.Artefact{{Name: poll.ResultsFileName, Data: append(resJSON, '\n')}, {Name: poll.LogFileName, Data: append(logJSON, '\n')}}
	names := make([]string, 0, len(res.Keys))
	for name := range res.Keys {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		data, m, err := prover.VerifyingKeyFile(s.cfg.KeysDir, name, l.Poll.Definition.Params)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrNoVerifyingKey, err)
		}
		if err := prover.CheckPinned(m, res.Keys[name]); err != nil {
			return nil, fmt.Errorf("%w: %s: %w", ErrNoVerifyingKey, name, err)
		}
		out = append(out, poll.Artefact{Name: poll.KeyFileName(name), Data: data})
	}
	return out, nil
}
