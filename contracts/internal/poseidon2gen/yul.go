package main

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// Lazy reduction: every Yul value carries an upper bound on the integer it
// holds (not only its residue). A sum is an ADD while the bounds of its
// terms add up to less than 2^256, and an ADDMOD (reduced below p) once
// they would not; MULMOD reduces whatever 256-bit operands it gets. The
// bounds are exact integers, so no overflow can hide behind a rule of thumb.

var (
	modulus  = fr.Modulus()
	maxField = new(big.Int).Sub(modulus, big.NewInt(1))                              // a reduced value is at most p-1
	maxWord  = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1)) // 2^256-1
)

// val is a Yul expression with an upper bound on its value. Only variables,
// memory loads and literals are used more than once; compound expressions
// are assigned to a variable first.
type val struct {
	e string
	b *big.Int
}

func lit(x *big.Int) val { return val{e: fmt.Sprintf("0x%064x", x), b: new(big.Int).Set(x)} }

func smallLit(x int64) val { return val{e: fmt.Sprint(x), b: big.NewInt(x)} }

// fits reports whether a+b cannot overflow 256 bits.
func fits(a, b *big.Int) bool { return new(big.Int).Add(a, b).Cmp(maxWord) <= 0 }

// variable reports whether e is a Yul variable.
func variable(e string) bool {
	return !strings.Contains(e, "(") && (e[0] < '0' || e[0] > '9')
}

// ordered puts a compound operand after a variable: Yul evaluates
// arguments right to left, so the compound one is computed while the
// stack is shallowest, and the variable read after it stays within reach
// of DUP16.
func ordered(a, b val) (val, val) {
	if !variable(a.e) && variable(b.e) {
		return b, a
	}
	return a, b
}

// add is a+b, reduced only when the plain sum could overflow.
func add(a, b val) val {
	a, b = ordered(a, b)
	if fits(a.b, b.b) {
		return val{e: fmt.Sprintf("add(%s, %s)", a.e, b.e), b: new(big.Int).Add(a.b, b.b)}
	}
	return addmod(a, b)
}

// addmod is (a+b) mod p.
func addmod(a, b val) val {
	a, b = ordered(a, b)
	return val{e: fmt.Sprintf("addmod(%s, %s, P)", a.e, b.e), b: maxField}
}

// mulmod is a·b mod p.
func mulmod(a, b val) val {
	return val{e: fmt.Sprintf("mulmod(%s, %s, P)", a.e, b.e), b: maxField}
}

// double is 2a, reduced when 2a could overflow.
func double(a val) val { return add(a, a) }

// quadruple is 4a: a shift while it fits, else a MULMOD by 4.
func quadruple(a val) val {
	if new(big.Int).Lsh(a.b, 2).Cmp(maxWord) <= 0 {
		return val{e: fmt.Sprintf("shl(2, %s)", a.e), b: new(big.Int).Lsh(a.b, 2)}
	}
	return mulmod(a, smallLit(4))
}

// reduced is a mod p (the expression itself when a is already below p).
func reduced(a val) val {
	if a.b.Cmp(maxField) <= 0 {
		return a
	}
	return val{e: fmt.Sprintf("mod(%s, P)", a.e), b: maxField}
}

// block accumulates indented Yul lines.
type block struct {
	sb     strings.Builder
	indent int
}

func (k *block) line(format string, args ...any) {
	if format == "" {
		k.sb.WriteByte('\n')
		return
	}
	k.sb.WriteString(strings.Repeat("    ", k.indent))
	fmt.Fprintf(&k.sb, format, args...)
	k.sb.WriteByte('\n')
}

func (k *block) open(format string, args ...any) {
	k.line(format+" {", args...)
	k.indent++
}

func (k *block) close() {
	k.indent--
	k.line("}")
}
