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

// Hash is the message-chain hash of a (non-join) message.
func Hash(ephemeral *babyjub.Point, ct []fr.Element) fr.Element {
	return poseidon.Hash(circuits.DomainMessage, append([]fr.Element{ephemeral.X, ephemeral.Y}, ct...)...)
}

// SignAndEncrypt signs body with key, appends the signature and encrypts the
// plaintext to the coordinator with a fresh ephemeral key. It returns the
// ephemeral public key, the ciphertext and the plaintext.
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
	return epk, encrypt.Encrypt(&shared, fr.Element{}, plaintext), plaintext, nil
}

// Open decrypts a message with the coordinator key and splits it into the
// body and the signature (not yet checked: which key must have signed
// depends on the state when the message is processed).
func Open(params circuits.Params, coordinator *babyjub.PrivateKey, ephemeral *babyjub.Point, ct []fr.Element) ([]fr.Element, eddsa.Signature, error) {
	if len(ct) != CiphertextLen(params) {
		return nil, eddsa.Signature{}, fmt.Errorf("%w: %d elements, want %d", ErrLength, len(ct), CiphertextLen(params))
	}
	shared, err := coordinator.Shared(ephemeral)
	if err != nil {
		return nil, eddsa.Signature{}, err
	}
	pt, err := encrypt.Decrypt(&shared, fr.Element{}, ct)
	if err != nil {
		return nil, eddsa.Signature{}, err
	}
	b := BodyLen(params)
	var sig eddsa.Signature
	sig.R.X, sig.R.Y = pt[b], pt[b+1]
	pt[b+2].BigInt(&sig.S)
	return pt[:b], sig, nil
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

// Body encodes the command as a plaintext body.
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
	if len(body) < commandFields {
		return nil, ErrLength
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
