package census_test

import (
	"fmt"
	"math/big"
	"os"
	"path/filepath"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/zkvote/zkvote/census"
)

// The organiser builds the census and hands each member their own proof
// file; a voter reads theirs (or, equally, the whole census file) with
// ReadMemberProof and passes it to client.Vote.
func ExampleReadMemberProof() {
	dir, err := os.MkdirTemp("", "census-example")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)

	// The organiser: commitments come from the voters' identities.
	var members []census.Member
	for i := range 3 {
		members = append(members, census.Member{Commitment: fr.NewElement(uint64(100 + i)), Weight: big.NewInt(int64(i + 1))})
	}
	c, err := census.Build(members, 4)
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := c.WriteFile(filepath.Join(dir, "census.json")); err != nil {
		fmt.Println(err)
		return
	}
	err = c.EachProof(func(p census.MemberProof) error {
		return p.WriteFile(filepath.Join(dir, fmt.Sprintf("member-%d.json", p.Index)))
	})
	if err != nil {
		fmt.Println(err)
		return
	}

	// The voter with commitment 101 and the file they were handed.
	me := fr.NewElement(101)
	p, err := census.ReadMemberProof(filepath.Join(dir, "member-1.json"), me)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("index:", p.Index, "weight:", p.Weight, "valid:", p.Verify(c.Root()) == nil)

	// Someone else's file is refused.
	_, err = census.ReadMemberProof(filepath.Join(dir, "member-2.json"), me)
	fmt.Println(err != nil)
	// Output:
	// index: 1 weight: 2 valid: true
	// true
}
