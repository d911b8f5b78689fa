package main

import (
	"fmt"
	"math/big"
	"strings"
)

// layout says how one width's permutation is laid out in code.
type layout struct {
	// unrolled writes every round out with its constants as PUSH32
	// literals; otherwise the rounds loop over a table of constants
	// copied into memory, one loop body per kind of round.
	unrolled bool
	// stackLanes lanes live in Yul variables s0, s1, …; the rest in memory
	// (memLanes gives their addresses), for want of stack slots.
	stackLanes int
	memLanes   []string
	below      int // bytes reserved below the table for memLanes and the like
	// partialUnroll partial rounds run per iteration of the partial loop:
	// a divisor of R_P, at most 5 (the representatives d + k·p of a
	// diagonal entry d below 2^256, see state.rep).
	partialUnroll int
}

// perm holds one width's constants and layout.
type perm struct {
	w, rf, rp int
	full      [][]*big.Int // rf rows of w round keys, in round order
	partial   []*big.Int   // rp round keys of lane 0
	diag      []*big.Int   // internal matrix diagonal minus one (w >= 4)
	layout
}

// Table offsets (bytes from the table start) of the looped layout: the
// first rf/2 full rounds, the partial rounds from mid, the last rf/2 full
// rounds, the end.
func (p *perm) mid() int { return 32 * p.w * p.rf / 2 }
func (p *perm) end() int { return p.mid() + 32*p.rp + 32*p.w*p.rf/2 }

// table returns the round keys in the order the looped layout reads them.
func (p *perm) table() []*big.Int {
	var t []*big.Int
	for _, row := range p.full[:p.rf/2] {
		t = append(t, row...)
	}
	t = append(t, p.partial...)
	for _, row := range p.full[p.rf/2:] {
		t = append(t, row...)
	}
	return t
}

// state emits code over the permutation state, tracking each lane's bound.
type state struct {
	*block
	p     *perm
	bound []*big.Int
	// rep picks the representative d + rep·p of each diagonal entry d in
	// this copy of an unrolled loop body: the optimizer would turn a PUSH32
	// seen twice into a CODECOPY from a data section, at ~25 gas a use.
	rep int
	// lane0 is lane 0's value when it is an expression not yet assigned:
	// width 2 leaves it so after its matrices, for the next S-box to add
	// its round key in the same statement.
	lane0 *val
}

func (s *state) fork(bound []*big.Int) *state {
	return &state{block: &block{indent: s.indent}, p: s.p, bound: cloneBounds(bound)}
}

func cloneBounds(b []*big.Int) []*big.Int {
	c := make([]*big.Int, len(b))
	for i := range b {
		c[i] = new(big.Int).Set(b[i])
	}
	return c
}

// leq reports whether every bound of a is at most that of b.
func leq(a, b []*big.Int) bool {
	for i := range a {
		if a[i].Cmp(b[i]) > 0 {
			return false
		}
	}
	return true
}

func maxBounds(a, b []*big.Int) []*big.Int {
	m := cloneBounds(a)
	for i := range b {
		if b[i].Cmp(m[i]) > 0 {
			m[i].Set(b[i])
		}
	}
	return m
}

func (s *state) onStack(i int) bool { return i < s.p.stackLanes }

func (s *state) addr(i int) string { return s.p.memLanes[i-s.p.stackLanes] }

// lane is the current value of lane i.
func (s *state) lane(i int) val {
	if i == 0 && s.lane0 != nil {
		panic("poseidon2gen: lane 0 read twice while unassigned")
	}
	if s.onStack(i) {
		return val{e: fmt.Sprintf("s%d", i), b: s.bound[i]}
	}
	return val{e: fmt.Sprintf("mload(%s)", s.addr(i)), b: s.bound[i]}
}

// setLane stores v into lane i.
func (s *state) setLane(i int, v val) {
	if s.onStack(i) {
		s.line("s%d := %s", i, v.e)
	} else {
		s.line("mstore(%s, %s)", s.addr(i), v.e)
	}
	s.bound[i] = new(big.Int).Set(v.b)
}

// deferLane0 makes v lane 0's value without assigning it yet; the next
// S-box on lane 0 adds its round key to it in one statement. The unrolled
// width-2 rounds only: no other statement may touch the variables of v
// before that S-box.
func (s *state) deferLane0(v val) {
	if !s.p.unrolled {
		s.setLane(0, v)
		return
	}
	s.lane0 = &v
	s.bound[0] = new(big.Int).Set(v.b)
}

// set assigns v to the temporary variable name and returns it as a value.
func (s *state) set(name string, v val) val {
	s.line("%s := %s", name, v.e)
	return val{e: name, b: v.b}
}

// sum assigns the sum of terms to the temporary name. Terms are added one
// at a time, nesting to the right so that the stack stays shallow, and the
// expression is cut into a statement after each ADDMOD. With reduce, the
// result is below p.
func (s *state) sum(name string, terms []val, reduce bool) val {
	acc := terms[0]
	pending := false // acc is an expression not yet assigned
	for k, t := range terms[1:] {
		last := k == len(terms)-2
		next := add(t, acc)
		if last && reduce && next.b.Cmp(maxField) > 0 {
			next = addmod(t, acc)
		}
		acc, pending = next, true
		if strings.HasPrefix(next.e, "addmod") && !last { // cut after an ADDMOD
			acc, pending = s.set(name, acc), false
		}
	}
	if reduce {
		acc = reduced(acc)
	}
	if pending || acc.e != name {
		acc = s.set(name, acc)
	}
	return acc
}

// sbox raises lane i to the fifth power after adding the round key c,
// using the temporary tmp (and, in memory, the lane's own word).
func (s *state) sbox(i int, c val, tmp string) {
	if s.onStack(i) {
		var x val
		if i == 0 && s.lane0 != nil {
			x, s.lane0 = *s.lane0, nil
		} else {
			x = s.lane(i)
		}
		s.setLane(i, add(x, c))
		x = s.lane(i)
		sq := s.set(tmp, mulmod(x, x))
		s.setLane(i, mulmod(mulmod(sq, sq), x))
		return
	}
	y := s.set(tmp, add(s.lane(i), c))
	s.line("mstore(%s, mulmod(%s, %s, P))", s.addr(i), y.e, y.e)
	sq := val{e: fmt.Sprintf("mload(%s)", s.addr(i)), b: maxField}
	s.setLane(i, mulmod(mulmod(sq, sq), y))
}

// external multiplies the state by the external matrix (gnark-crypto's
// matMulExternalInPlace): circ(2, 1) for width 2; else M4 on each chunk
// of four lanes, then each lane plus the sum of its column over the chunks.
func (s *state) external() {
	if s.p.w == 2 {
		t := s.set("x", add(s.lane(0), s.lane(1)))
		s.deferLane0(add(t, s.lane(0)))
		s.setLane(1, add(t, s.lane(1)))
		return
	}
	for c := 0; c < s.p.w; c += 4 {
		s.m4(c)
	}
	if s.p.w == 4 {
		return
	}
	for k := range 4 {
		var terms []val
		for c := k; c < s.p.w; c += 4 {
			terms = append(terms, s.lane(c))
		}
		col := s.sum("u", terms, true)
		for c := k; c < s.p.w; c += 4 {
			s.setLane(c, add(s.lane(c), col))
		}
	}
}

// m4 multiplies lanes c..c+3 by M4 = (5 7 1 3; 4 6 1 1; 1 3 5 7; 1 1 4 6)
// the way gnark-crypto's matMulM4InPlace does, with the one temporary u.
func (s *state) m4(c int) {
	a, b, cc, d := c, c+1, c+2, c+3
	t0 := s.set("u", add(s.lane(a), s.lane(b)))
	s.setLane(a, add(s.lane(cc), s.lane(d)))            // a = t1
	s.setLane(b, add(double(s.lane(b)), s.lane(a)))     // b = t2 = 2b + t1
	s.setLane(d, add(double(s.lane(d)), t0))            // d = t3 = 2d + t0
	s.setLane(cc, add(quadruple(s.lane(a)), s.lane(d))) // c = t4 = 4t1 + t3
	t5 := s.set("u", add(quadruple(t0), s.lane(b)))     // u = t5 = 4t0 + t2
	s.setLane(a, add(s.lane(d), t5))                    // a = t6 = t3 + t5
	s.setLane(b, add(s.lane(b), s.lane(cc)))            // b = t7 = t2 + t4
	s.setLane(d, s.lane(cc))                            // d = t4
	s.setLane(cc, s.lane(b))                            // c = t7
	s.setLane(b, t5)                                    // b = t5
}

// internal multiplies the state by the internal matrix: [[2, 1], [1, 3]]
// for width 2, else 1 + diag(d).
func (s *state) internal() {
	if s.p.w == 2 {
		// Lane 1 is reduced every round: 3·s1 + s0 would soon overflow.
		t := s.set("x", add(s.lane(0), s.lane(1)))
		s.deferLane0(add(s.lane(0), t))
		s.setLane(1, addmod(double(s.lane(1)), t))
		return
	}
	terms := make([]val, s.p.w)
	for i := range terms {
		terms[i] = s.lane(i)
	}
	sum := s.sum("u", terms, true)
	for i := range s.p.w {
		d := new(big.Int).Mul(modulus, big.NewInt(int64(s.rep)))
		d.Add(d, s.p.diag[i])
		// sum first: the lane is then read with two words pushed, not three
		s.setLane(i, add(sum, mulmod(s.lane(i), lit(d))))
	}
}

// arkSbox adds the round keys and applies the S-box to every lane.
func (s *state) arkSbox(keys []val) {
	for i, k := range keys {
		s.sbox(i, k, s.tmp())
	}
}

// tmp names the S-box temporary: x in compress, u in the sponges.
func (s *state) tmp() string {
	if s.p.unrolled {
		return "x"
	}
	return "u"
}

// partialRound is one partial round with round key c on lane 0.
func (s *state) partialRound(c val) {
	s.sbox(0, c, s.tmp())
	s.internal()
}

// emit writes the permutation. Lanes hold their inputs with the bounds in
// s.bound; afterwards s.bound bounds the outputs. A looped layout expects
// the table's data address in the Yul variable t.
func (s *state) emit() {
	p := s.p
	if p.unrolled {
		s.external()
		for r := range p.rf / 2 {
			s.arkSbox(lits(p.full[r]))
			s.external()
		}
		for _, c := range p.partial {
			s.partialRound(lit(c))
		}
		for r := p.rf / 2; r < p.rf; r++ {
			s.arkSbox(lits(p.full[r]))
			s.external()
		}
		return
	}

	// One loop over the full rounds, ME first: ME (ARK S ME)^4 P^rp
	// (ARK S ME)^4 is (ME ARK S)^4 ME P^rp (ARK S ME)^3 ARK S ME, and the
	// partial rounds run inside it when the table pointer reaches them.
	s.line("let ptr := t")
	// Every full round ends with the S-box, so lanes are reduced at the
	// loop head after the first iteration.
	head := cloneBounds(s.bound)
	for i := range head {
		if head[i].Cmp(maxField) < 0 {
			head[i].Set(maxField)
		}
	}
	s.bound = head
	s.open("for { } 1 { }")
	s.external()
	s.line("if eq(ptr, add(t, %#x)) { break }", p.end())
	exit := cloneBounds(s.bound)
	s.open("if eq(ptr, add(t, %#x))", p.mid())
	before := cloneBounds(s.bound)
	s.partialLoop()
	s.bound = maxBounds(before, s.bound)
	s.close()
	keys := make([]val, p.w)
	for i := range keys {
		keys[i] = tableKey(i)
	}
	s.arkSbox(keys)
	s.line("ptr := add(ptr, %#x)", 32*p.w)
	if !leq(s.bound, head) {
		panic(fmt.Sprintf("poseidon2gen: width %d: full-round loop bounds grow", p.w))
	}
	s.close()
	s.bound = exit
}

// partialLoop runs the partial rounds from ptr, leaving ptr after them.
// The loop head's bounds are a fixpoint of the body's.
func (s *state) partialLoop() {
	p := s.p
	k := p.partialUnroll
	if p.rp%k != 0 || k > 5 {
		panic(fmt.Sprintf("poseidon2gen: width %d: %d partial rounds per iteration", p.w, k))
	}
	head := cloneBounds(s.bound)
	var body *state
	for {
		body = s.fork(head)
		body.indent++
		for j := range k {
			body.rep = j
			body.partialRound(tableKey(j))
		}
		if leq(body.bound, head) {
			break
		}
		head = maxBounds(head, body.bound)
	}
	s.open("for { } lt(ptr, add(t, %#x)) { ptr := add(ptr, %#x) }", p.mid()+32*p.rp, 32*k)
	s.sb.WriteString(body.sb.String())
	s.close()
	s.bound = head
}

// tableKey is the j-th round key from ptr.
func tableKey(j int) val {
	if j == 0 {
		return val{e: "mload(ptr)", b: maxField}
	}
	return val{e: fmt.Sprintf("mload(add(ptr, %#x))", 32*j), b: maxField}
}

func lits(xs []*big.Int) []val {
	vs := make([]val, len(xs))
	for i, x := range xs {
		vs[i] = lit(x)
	}
	return vs
}

// fieldBounds is a bound of p-1 for each of n lanes.
func fieldBounds(n int) []*big.Int {
	b := make([]*big.Int, n)
	for i := range b {
		b[i] = new(big.Int).Set(maxField)
	}
	return b
}
