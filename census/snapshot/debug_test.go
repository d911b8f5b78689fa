package snapshot

import (
	"math/big"
	"testing"

	"github.com/zkvote/zkvote/contracts/bindings"
)

func TestDebugDeploy(t *testing.T) {
	c := newChain(t)
	_, tx, tok, err := bindings.DeployVotesToken(c.auth("owner"), c.client, "Vote", "VOTE")
	c.mined(tx, err)
	for _, n := range []string{"alice", "bob"} {
		tx, err = tok.Mint(c.auth("owner"), c.addr[n], big.NewInt(100))
		if err != nil {
			t.Fatal(err)
		}
		c.sim.Commit()
		r, err := c.client.TransactionReceipt(t.Context(), tx.Hash())
		t.Logf("gas %d used %d status %d err %v nonce %d block %v", tx.Gas(), r.GasUsed, r.Status, err, tx.Nonce(), r.BlockNumber)
	}
}
