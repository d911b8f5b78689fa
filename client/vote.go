package client

import (
	"crypto/rand"
	"fmt"
	"log/slog"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/census"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/ratelimit"
	"github.com/zkvote/zkvote/internal/fieldhex"
	"github.com/zkvote/zkvote/poll"
	"github.com/zkvote/zkvote/prover"
)

func randomElement() (fr.Element, error) {
	var e fr.Element
	if _, err := e.SetRandom(); err != nil {
		return e, fmt.Errorf("client: randomness: %w", err)
	}
	return e, nil
}

// Vote makes a join+vote for a poll: it draws a fresh poll key, ephemeral
// key and weight salt, builds the witness from the identity and its census
// proof, proves it with keys, and returns the submission and the record
// the voter must keep to re-vote later. votes has one weight per option.
func Vote(keys *prover.Keys, id *Identity, member census.MemberProof, def *poll.Definition, votes []*big.Int, log *slog.Logger) (*Submission, *Record, error) {
	params := def.Params
	if err := checkKeys(keys, def, def.VerifyingKey); err != nil {
		return nil, nil, err
	}
	p, err := def.Circuit()
	if err != nil {
		return nil, nil, err
	}
	if !member.CensusRoot.Equal(&p.CensusRoot) || member.Depth != params.CensusDepth {
		return nil, nil, fmt.Errorf("%w: the proof is for census %s (depth %d), the poll uses %s (depth %d)",
			ErrWrongCensus, fieldhex.Encode(member.CensusRoot), member.Depth, fieldhex.Encode(def.CensusRoot), params.CensusDepth)
	}
	if c := id.Commitment(); !member.Commitment.Equal(&c) {
		return nil, nil, fmt.Errorf("%w: the census proof is for another identity", ErrWrongCensus)
	}
	if err := CheckBallot(def, member.Weight, votes); err != nil {
		return nil, nil, err
	}
	pollKey, err := babyjub.GenerateKey(rand.Reader)
	if err != nil {
		return nil, nil, err
	}
	ephKey, err := babyjub.GenerateKey(rand.Reader)
	if err != nil {
		return nil, nil, err
	}
	salt, err := randomElement()
	if err != nil {
		return nil, nil, err
	}
	priv := &joinvote.Private{IdentitySecret: id.Secret(), Weight: member.Weight, CensusIndex: member.Index,
		CensusSiblings: member.Siblings, PollKey: pollKey, EphemeralKey: ephKey, WeightSalt: salt, Votes: votes}
	w, err := joinvote.NewWitness(params, p, priv)
	if err != nil {
		return nil, nil, err
	}
	if keys.Manifest.DevSetup && log != nil {
		log.Warn("the poll's keys come from a development setup: fine for testing, never for a real poll")
	}
	proof, err := keys.Prove(w.Assignment, log)
	if err != nil {
		return nil, nil, err
	}
	pb, err := prover.ProofBytes(proof)
	if err != nil {
		return nil, nil, err
	}
	rec := &Record{PollID: w.Statement.PollID, Weight: new(big.Int).Set(member.Weight), StateKey: pollKey,
		CurrentKey: pollKey, JoinBallot: copyVotes(votes), Ballot: copyVotes(votes), StateLeaf: w.Statement.StateLeaf}
	sub := &Submission{Statement: w.Statement, Proof: pb, Poll: def}
	if def.CommandSlots > 0 {
		set, err := newRateSet()
		if err != nil {
			return nil, nil, err
		}
		rec.Rate = &RateRecord{Set: *set}
		sub.Rate = ratelimit.Register(w.Statement.PollID, set, pollKey)
	}
	return sub, rec, nil
}

// checkKeys checks that keys are for the poll's parameter set and are the
// ones it pins (SHA-256 of the verifying key).
func checkKeys(keys *prover.Keys, def *poll.Definition, pinned string) error {
	if keys.Manifest.ParamsID != def.Params.ID() {
		return fmt.Errorf("client: keys are for params %s, the poll uses %s", keys.Manifest.ParamsID, def.Params.ID())
	}
	return prover.CheckPinned(keys.Manifest, pinned)
}

func copyVotes(vs []*big.Int) []*big.Int {
	out := make([]*big.Int, len(vs))
	for i, v := range vs {
		out[i] = new(big.Int).Set(v)
	}
	return out
}
