package prover

import (
	"bytes"
	"fmt"
	"log/slog"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/frontend"
)

// ProofBytes encodes a proof in gnark's compressed form, the one
// verifier.ParseProof reads and the protocol carries (docs/protocol.md).
func ProofBytes(p groth16.Proof) ([]byte, error) {
	var buf bytes.Buffer
	if _, err := p.WriteTo(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Prove solves the circuit for assignment and makes a Groth16 proof,
// logging each phase. The proof is checked against the verifying key
// before it is returned, so a caller never ships a proof that fails.
func (k *Keys) Prove(assignment frontend.Circuit, log *slog.Logger) (groth16.Proof, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	start := time.Now()
	full, err := frontend.NewWitness(assignment, ecc.BN254.ScalarField())
	if err != nil {
		return nil, fmt.Errorf("%w: witness: %w", ErrProve, err)
	}
	log.Info("proving", "circuit", k.Manifest.Circuit, "constraints", k.Manifest.Constraints)
	// Every proof may end up on-chain (contracts/, package settlement):
	// made for gnark's exported Solidity verifier. zkvote's circuits carry
	// no BSB22 commitment, so the option changes no proof today; it fixes
	// the commitment hash should one ever appear, and the self-check below
	// uses the matching verifier option.
	proof, err := groth16.Prove(k.CCS, k.PK, full, solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
	if err != nil {
		return nil, fmt.Errorf("%w: the witness does not satisfy %s: %w", ErrProve, k.Manifest.Circuit, err)
	}
	public, err := full.Public()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrProve, err)
	}
	if err := groth16.Verify(proof, k.VK, public, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)); err != nil {
		return nil, fmt.Errorf("%w: self-check failed: %w", ErrProve, err)
	}
	log.Info("proved", "circuit", k.Manifest.Circuit, "elapsed", time.Since(start).Round(time.Millisecond))
	return proof, nil
}
