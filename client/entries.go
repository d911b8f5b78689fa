package client

import (
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/circuits/joinvote"
	"github.com/zkvote/zkvote/circuits/message"
)

func joinEntry(st *joinvote.Statement) fr.Element {
	return message.JoinEntry(st.MessageHash, st.StateLeaf, st.Nullifier)
}

func commandEntry(m *Message) fr.Element { return m.command().Entry() }
