package message

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/circuits"
	"github.com/zkvote/zkvote/circuits/babyjub"
	"github.com/zkvote/zkvote/circuits/eddsa"
	"github.com/zkvote/zkvote/circuits/encrypt"
	"github.com/zkvote/zkvote/circuits/poseidon"
)

// SignedContent is the hash a voter's key signs: the poll ID, the
// message's ephemeral public key and the body. Binding the ephemeral key
// means a signed command cannot be re-encrypted under another one: whoever
// is shown a command's plaintext (a briber) cannot publish it again as a
// new message, only replay the exact ciphertext, which intake refuses.
func SignedContent(pollID fr.Element, ephemeral *babyjub.Point, body []fr.Element) fr.Element {
	return poseidon.Hash(circuits.DomainCommand, append([]fr.Element{pollID, ephemeral.X, ephemeral.Y}, body...)...)
}

// Hash is the message-chain hash of a command (a join's also binds its
// poll key: joinvote.MessageHash).
func Hash(ephemeral *babyjub.Point, ct []fr.Element) fr.Element {
	return poseidon.Hash(circuits.DomainMessage, append([]fr.Element{ephemeral.X, ephemeral.Y}, ct...)...)
}

// SignAndEncrypt signs a command body with key, appends the signature and
// encrypts the plaintext to the coordinator with a fresh ephemeral key
// (nonce CommandNonce). It returns the ephemeral public key, the ciphertext
// and the plaintext.
func SignAndEncrypt(params circuits.Params, pollID fr.Element, body []fr.Element, key, ephemeral *babyjub.PrivateKey, coordinator *babyjub.Point) (babyjub.Point, []fr.Element, []fr.Element, error) {
	if len(body) != BodyLen(params) {
		return babyjub.Point{}, nil, nil, fmt.Errorf("%w: body of %d elements, want %d", ErrLength, len(body), BodyLen(params))
	}
	epk := ephemeral.Public()
	sig := eddsa.Sign(key, SignedContent(pollID, &epk, body))
	var s fr.Element
	s.SetBigInt(&sig.S)
	plaintext := append(append([]fr.Element(nil), body...), sig.R.X, sig.R.Y, s)
	shared, err := ephemeral.Shared(coordinator)
	if err != nil {
		return babyjub.Point{}, nil, nil, err
	}
	return epk, encrypt.Encrypt(&shared, nonce(CommandNonce), plaintext), plaintext, nil
}

// Open decrypts a command with the coordinator key and splits it into the
// body and the signature (not yet checked: which key must have signed
// depends on the state when the command is processed).
func Open(params circuits.Params, coordinator *babyjub.PrivateKey, ephemeral *babyjub.Point, ct []fr.Element) ([]fr.Element, eddsa.Signature, error) {
	if len(ct) != CiphertextLen(params) {
		return nil, eddsa.Signature{}, fmt.Errorf("%w: %d elements, want %d", ErrLength, len(ct), CiphertextLen(params))
	}
	pt, err := decrypt(coordinator, ephemeral, CommandNonce, ct)
	if err != nil {
		return nil, eddsa.Signature{}, err
	}
	b := BodyLen(params)
	var sig eddsa.Signature
	sig.R.X, sig.R.Y = pt[b], pt[b+1]
	pt[b+2].BigInt(&sig.S)
	return pt[:b], sig, nil
}

// JoinPlaintext is a join's plaintext: the census weight, the weight salt
// and one vote per option up to MaxVoteOptions (options beyond votes are
// 0). It is not signed: the join proof itself shows the poll key's owner
// made it, and that the join's state leaf holds exactly these values.
func JoinPlaintext(params circuits.Params, weight, salt fr.Element, votes []fr.Element) ([]fr.Element, error) {
	if len(votes) > params.MaxVoteOptions {
		return nil, fmt.Errorf("%w: %d votes, at most %d", ErrLength, len(votes), params.MaxVoteOptions)
	}
	pt := make([]fr.Element, JoinPlaintextLen(params))
	pt[0], pt[1] = weight, salt
	copy(pt[2:], votes)
	return pt, nil
}

// EncryptJoin encrypts a join plaintext to the coordinator with a fresh
// ephemeral key (nonce JoinNonce) and returns the ephemeral public key and
// the ciphertext.
func EncryptJoin(params circuits.Params, plaintext []fr.Element, ephemeral *babyjub.PrivateKey, coordinator *babyjub.Point) (babyjub.Point, []fr.Element, error) {
	if len(plaintext) != JoinPlaintextLen(params) {
		return babyjub.Point{}, nil, fmt.Errorf("%w: join plaintext of %d elements, want %d", ErrLength, len(plaintext), JoinPlaintextLen(params))
	}
	shared, err := ephemeral.Shared(coordinator)
	if err != nil {
		return babyjub.Point{}, nil, err
	}
	return ephemeral.Public(), encrypt.Encrypt(&shared, nonce(JoinNonce), plaintext), nil
}

// OpenJoin decrypts a join's ciphertext with the coordinator key and
// returns the census weight, the weight salt and the MaxVoteOptions votes.
// Whether they open the join's state leaf is package joinvote's check.
func OpenJoin(params circuits.Params, coordinator *babyjub.PrivateKey, ephemeral *babyjub.Point, ct []fr.Element) (weight, salt fr.Element, votes []fr.Element, err error) {
	if len(ct) != JoinCiphertextLen(params) {
		err = fmt.Errorf("%w: join ciphertext of %d elements, want %d", ErrLength, len(ct), JoinCiphertextLen(params))
		return
	}
	pt, err := decrypt(coordinator, ephemeral, JoinNonce, ct)
	if err != nil {
		return
	}
	return pt[0], pt[1], pt[2:], nil
}

func decrypt(coordinator *babyjub.PrivateKey, ephemeral *babyjub.Point, n uint64, ct []fr.Element) ([]fr.Element, error) {
	shared, err := coordinator.Shared(ephemeral)
	if err != nil {
		return nil, err
	}
	return encrypt.Decrypt(&shared, nonce(n), ct)
}

func nonce(n uint64) fr.Element {
	var e fr.Element
	e.SetUint64(n)
	return e
}

// Command is a MACI-style command: set the vote weight of one option and
// the voter's key, at a nonce.
type Command struct {
	StateIndex uint64
	NewKey     babyjub.Point
	Option     uint64
	Weight     *big.Int
	Nonce      uint64
	Salt       fr.Element
}

// Body encodes the command as a plaintext body (BodyLen elements).
func (c *Command) Body(params circuits.Params) []fr.Element {
	body := make([]fr.Element, BodyLen(params))
	body[0].SetUint64(KindCommand)
	body[1].SetUint64(c.StateIndex)
	body[2], body[3] = c.NewKey.X, c.NewKey.Y
	body[4].SetUint64(c.Option)
	if c.Weight != nil {
		body[5].SetBigInt(c.Weight)
	}
	body[6].SetUint64(c.Nonce)
	body[7] = c.Salt
	return body
}

// ParseCommand decodes a command body. It checks only the form; validity
// against the state is the message processor's business.
func ParseCommand(body []fr.Element) (*Command, error) {
	if len(body) != CommandBodyLen {
		return nil, fmt.Errorf("%w: body of %d elements, want %d", ErrLength, len(body), CommandBodyLen)
	}
	if !body[0].IsUint64() || body[0].Uint64() != KindCommand {
		return nil, ErrKind
	}
	for _, i := range []int{1, 4, 6} {
		if !body[i].IsUint64() {
			return nil, fmt.Errorf("%w: element %d", ErrRange, i)
		}
	}
	c := &Command{StateIndex: body[1].Uint64(), Option: body[4].Uint64(), Nonce: body[6].Uint64(),
		Weight: body[5].BigInt(new(big.Int)), Salt: body[7]}
	c.NewKey.X, c.NewKey.Y = body[2], body[3]
	return c, nil
}
