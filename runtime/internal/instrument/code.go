// The code section: the checks inserted at loop heads and function entries, and the walk
// over every function body that inserts them.

package instrument

import (
	"fmt"
)

// loopCheck is the code inserted at every loop head: the count of a loop's
// iterations is a local of the function, which the compiler keeps in a
// register, so a tight loop pays an add and a compare; every SafepointEvery
// iterations it does what the budget check does.
//
//	local.get $c  i32.const 1  i32.add  local.tee $c  i32.const SafepointEvery  i32.ge_u
//	if
//	  i32.const 0  memory.grow 0  drop
//	  global.get $interrupt  if unreachable end
//	  i32.const 0  local.set $c
//	end
//
// Without a memory: global.get $interrupt  if unreachable end.
func loopCheck(interrupt uint32, counter []byte, hasMemory bool) []byte {
	flag := append([]byte{0x23}, leb(uint64(interrupt))...)
	flag = append(flag, 0x04, 0x40, 0x00, 0x0B)
	if !hasMemory {
		return flag
	}
	c := append([]byte{0x20}, counter...)
	c = append(c, 0x41, 0x01, 0x6A, 0x22)
	c = append(c, counter...)
	c = appendSLEB(append(c, 0x41), SafepointEvery)
	c = append(c, 0x4F, 0x04, 0x40)
	c = append(c, 0x41, 0x00, 0x40, 0x00, 0x1A)
	c = append(c, flag...)
	c = append(append(c, 0x41, 0x00, 0x21), counter...)
	return append(c, 0x0B)
}

// A loop without parameters (all that compilers emit) gets its safepoint out
// of its body: machine code with a call inside a loop, even one that never
// runs, keeps fewer of the loop's values in registers (a call clobbers
// them), which made a tight loop of floating-point C twice as slow. The loop
// is wrapped in an outer loop of the same type; its head counts iterations
// and, every SafepointEvery, branches out to the outer loop's head, which
// holds the safepoint and enters the loop again. Branches from inside the
// loop to labels outside it skip the added loop.
//
//	loop bt                                         ;; added
//	  local.get $c  i32.const SafepointEvery  i32.ge_u
//	  if  i32.const 0  memory.grow 0  drop
//	      global.get $interrupt  if unreachable end
//	      i32.const 0  local.set $c
//	  end
//	  loop bt                                       ;; the original
//	    local.get $c  i32.const 1  i32.add  local.tee $c
//	    i32.const SafepointEvery  i32.ge_u  br_if 1
//	    ...
//	  end
//	end

// blockParams reports whether the block type bt takes parameters: only a
// type index can.
func blockParams(bt []byte, params []uint32) bool {
	if len(bt) == 1 && bt[0]&0x40 != 0 { // 0x40 (empty) or a value type, one byte, negative
		return false
	}
	r := &reader{b: bt}
	idx := r.uleb(33)
	return r.err != nil || idx >= uint64(len(params)) || params[idx] > 0
}

func safepoint(interrupt uint32, counter []byte) []byte {
	c := append([]byte{0x20}, counter...)
	c = appendSLEB(append(c, 0x41), SafepointEvery)
	c = append(c, 0x4F, 0x04, 0x40)
	c = append(c, 0x41, 0x00, 0x40, 0x00, 0x1A)
	c = append(append(c, 0x23), leb(uint64(interrupt))...)
	c = append(c, 0x04, 0x40, 0x00, 0x0B)
	c = append(append(c, 0x41, 0x00, 0x21), counter...)
	return append(c, 0x0B)
}

func countIteration(counter []byte) []byte {
	c := append([]byte{0x20}, counter...)
	c = append(c, 0x41, 0x01, 0x6A, 0x22)
	c = append(c, counter...)
	c = appendSLEB(append(c, 0x41), SafepointEvery)
	return append(c, 0x4F, 0x0D, 0x01)
}

// interruptCheck is the code inserted at every function entry.
// The interrupt global is interrupt, the budget the one after it:
//
//	global.get $budget  i32.const 1  i32.sub  global.set $budget
//	global.get $budget  i32.eqz
//	if
//	  i32.const 0  memory.grow 0  drop          ;; return to Go: a safepoint
//	  global.get $interrupt  if unreachable end
//	  i32.const SafepointEvery  global.set $budget
//	end
//
// Without a memory: global.get $interrupt  if unreachable end.
func interruptCheck(interrupt uint32, hasMemory bool) []byte {
	flag := append([]byte{0x23}, leb(uint64(interrupt))...)
	flag = append(flag, 0x04, 0x40, 0x00, 0x0B)
	if !hasMemory {
		return flag
	}
	budget := leb(uint64(interrupt) + 1)
	var c []byte
	c = append(append(append(c, 0x23), budget...), 0x41, 0x01, 0x6B, 0x24)
	c = append(c, budget...)
	c = append(append(append(c, 0x23), budget...), 0x45, 0x04, 0x40)
	c = append(c, 0x41, 0x00, 0x40, 0x00, 0x1A)
	c = append(c, flag...)
	c = appendSLEB(append(c, 0x41), SafepointEvery)
	c = append(append(c, 0x24), budget...)
	return append(c, 0x0B)
}

// rewriteCode inserts the depth count and check at the entry of every
// function body, a loop check after the block type of every loop, and the
// depth's reset after every call.
func rewriteCode(p []byte, interrupt, depth uint32, check []byte, hasMemory bool, params, funcTypes []uint32, m *Module) ([]byte, error) {
	r := &reader{b: p}
	n := r.u32()
	if r.err == nil && int(n) != len(funcTypes) {
		return nil, errorf("code section has %d functions, the function section %d", n, len(funcTypes))
	}
	out := make([]byte, 0, len(p)+len(p)/8)
	out = append(out, leb(uint64(n))...)
	g := leb(uint64(depth))
	var body []byte
	for i := uint32(0); i < n; i++ {
		size := r.u32()
		if r.err != nil || uint64(size) > uint64(len(r.b)) {
			return nil, errorf("code section: function %d truncated", i)
		}
		if int(funcTypes[i]) >= len(params) {
			return nil, errorf("function %d has type %d, out of range", i, funcTypes[i])
		}
		fb := r.b[:size]
		fr := &reader{b: fb}
		r.b = r.b[size:]
		// Locals: vec of (count, valtype); the new one comes after all.
		decls := fr.u32()
		declStart := len(fb) - len(fr.b)
		total := uint64(params[funcTypes[i]])
		for j := uint32(0); j < decls && fr.err == nil; j++ {
			total += uint64(fr.u32())
			fr.valType()
		}
		if fr.err != nil {
			return nil, errorf("code section: function %d locals: %v", i, fr.err)
		}
		if total > MaxLocals {
			return nil, errorf("code section: function %d has %d locals, more than %d", i, total, MaxLocals)
		}
		local := leb(total)
		loopCheck := loopCheck(interrupt, leb(total+1), hasMemory)
		body = append(body[:0], leb(uint64(decls)+1)...)
		body = append(body, fb[declStart:len(fb)-len(fr.b)]...)
		body = append(body, 0x02, 0x7F) // two more i32: the depth and the loop counter
		// global.get $depth  i32.const 1  i32.add  local.tee $d  global.set $depth
		// local.get $d  i32.const MaxDepth  i32.gt_u  if unreachable end
		body = append(append(body, 0x23), g...)
		body = append(body, 0x41, 0x01, 0x6A, 0x22)
		body = append(append(body, local...), 0x24)
		body = append(append(body, g...), 0x20)
		body = appendSLEB(append(append(body, local...), 0x41), MaxDepth)
		body = append(body, 0x4B, 0x04, 0x40, 0x00, 0x0B)
		body = append(body, check...)
		m.Functions++
		counter := leb(total + 1)
		// The original code's control frames, the function's own first: a
		// wrapped loop sits in an outer loop the rewriter added, which
		// branches from inside it to outer labels must skip.
		wrapped := []bool{false}
		relabel := func(l uint32) []byte {
			extra := uint64(0)
			for k := uint32(0); k < l && int(k) < len(wrapped); k++ {
				if wrapped[len(wrapped)-1-int(k)] {
					extra++
				}
			}
			return leb(uint64(l) + extra)
		}
		for len(fr.b) > 0 {
			start := fr.b
			switch start[0] {
			case 0x0C, 0x0D: // br, br_if: relabel
				fr.byte()
				l := fr.u32()
				body = append(append(body, start[0]), relabel(l)...)
				continue
			case 0x0E: // br_table
				fr.byte()
				n := fr.u32()
				if fr.err == nil && uint64(n) > uint64(len(fr.b)) {
					return nil, errorf("code section: function %d: br_table of %d labels truncated", i, n)
				}
				body = append(append(body, 0x0E), leb(uint64(n))...)
				for j := uint32(0); j <= n && fr.err == nil; j++ {
					body = append(body, relabel(fr.u32())...)
				}
				if fr.err != nil {
					return nil, errorf("code section: function %d: %v", i, fr.err)
				}
				continue
			}
			op, loop, err := instruction(fr, interrupt, uint32(total), m)
			if err != nil {
				return nil, errorf("code section: function %d: %v", i, err)
			}
			raw := start[:len(start)-len(fr.b)]
			switch {
			case loop:
				m.Loops++
				if bt := raw[1:]; hasMemory && !blockParams(bt, params) {
					// loop bt (safepoint) loop bt (count; br_if 1) ... end end
					body = append(append(body, 0x03), bt...)
					body = append(body, safepoint(interrupt, counter)...)
					body = append(body, raw...)
					body = append(body, countIteration(counter)...)
					wrapped = append(wrapped, true)
					continue
				}
				body = append(body, raw...)
				body = append(body, loopCheck...)
				wrapped = append(wrapped, false)
				continue
			case op == 0x02, op == 0x04: // block, if
				wrapped = append(wrapped, false)
			case op == 0x0B: // end
				if len(wrapped) == 0 {
					return nil, errorf("code section: function %d: end without a block", i)
				}
				w := wrapped[len(wrapped)-1]
				wrapped = wrapped[:len(wrapped)-1]
				body = append(body, raw...)
				if w {
					body = append(body, 0x0B)
				}
				continue
			}
			body = append(body, raw...)
			if op == 0x10 || op == 0x11 { // call, call_indirect: local.get $d  global.set $depth
				body = append(append(body, 0x20), local...)
				body = append(append(body, 0x24), g...)
			}
		}
		if fr.err != nil {
			return nil, errorf("code section: function %d: %v", i, fr.err)
		}
		out = append(out, leb(uint64(len(body)))...)
		out = append(out, body...)
	}
	if r.err != nil {
		return nil, errorf("code section: %v", r.err)
	}
	if len(r.b) != 0 {
		return nil, errorf("code section: %d bytes after the functions", len(r.b))
	}
	return out, nil
}

// instruction reads one instruction with its immediates, reporting whether it
// is a loop. Global indices must be below limit and local indices below
// locals: the indices the rewriter adds must not be reachable from the
// original code. m, when not nil, learns whether the instruction changes
// state that is not memory or globals.
func instruction(r *reader, limit, locals uint32, m *Module) (op byte, loop bool, err error) {
	op = r.byte()
	switch {
	case op == 0x00, op == 0x01, op == 0x05, op == 0x0B, op == 0x0F, // unreachable nop else end return
		op == 0x1A, op == 0x1B, // drop select
		op >= 0x45 && op <= 0xC4, // numeric, sign extension
		op == 0xD1:               // ref.is_null
	case op >= 0x02 && op <= 0x04: // block loop if: block type
		r.s33()
		loop = op == 0x03
	case op == 0x0C, op == 0x0D: // br br_if
		r.u32()
	case op == 0x0E: // br_table
		n := r.u32()
		for i := uint32(0); i <= n && r.err == nil; i++ {
			r.u32()
		}
	case op == 0x10: // call
		r.u32()
	case op == 0x11: // call_indirect: type, table
		r.u32()
		r.u32()
	case op == 0x1C: // select with types
		n := r.u32()
		for i := uint32(0); i < n && r.err == nil; i++ {
			r.valType()
		}
	case op >= 0x20 && op <= 0x22: // local.get set tee
		if idx := r.u32(); r.err == nil && idx >= locals {
			return op, false, fmt.Errorf("local %d out of range", idx)
		}
	case op == 0x23, op == 0x24: // global.get set
		if idx := r.u32(); r.err == nil && idx >= limit {
			return op, false, fmt.Errorf("global %d out of range", idx)
		}
	case op == 0x25, op == 0x26: // table.get set
		r.u32()
		if op == 0x26 && m != nil {
			m.Resettable = false
		}
	case op >= 0x28 && op <= 0x3E: // loads and stores: memarg
		r.memarg()
	case op == 0x3F, op == 0x40: // memory.size grow
		r.u32()
	case op == 0x41: // i32.const
		r.s32()
	case op == 0x42: // i64.const
		r.s64()
	case op == 0x43:
		r.skip(4)
	case op == 0x44:
		r.skip(8)
	case op == 0xD0: // ref.null: reftype
		r.refType()
	case op == 0xD2: // ref.func
		r.u32()
	case op == 0xFC:
		sub := r.u32()
		switch {
		case sub <= 7: // saturating truncations
		case sub == 8: // memory.init data, memory
			r.u32()
			r.u32()
		case sub == 9: // data.drop
			r.u32()
			if m != nil {
				m.Resettable = false
			}
		case sub == 10: // memory.copy
			r.u32()
			r.u32()
		case sub == 11: // memory.fill
			r.u32()
		case sub == 12, sub == 14: // table.init elem table; table.copy table table
			r.u32()
			r.u32()
			if m != nil {
				m.Resettable = false
			}
		case sub == 13, sub == 15, sub == 17: // elem.drop; table.grow; table.fill
			r.u32()
			if m != nil {
				m.Resettable = false
			}
		case sub == 16: // table.size
			r.u32()
		default:
			if r.err == nil {
				return op, false, fmt.Errorf("unsupported instruction 0xfc %d", sub)
			}
		}
	case op == 0xFD:
		sub := r.u32()
		switch {
		case sub <= 11, sub == 92, sub == 93: // loads, store, load zero: memarg
			r.memarg()
		case sub == 12, sub == 13: // v128.const, i8x16.shuffle
			r.skip(16)
		case sub >= 21 && sub <= 34: // extract and replace lane
			r.byte()
		case sub >= 84 && sub <= 91: // load and store lane: memarg, lane
			r.memarg()
			r.byte()
		case sub <= 255: // everything else of SIMD takes no immediate
		default:
			if r.err == nil {
				return op, false, fmt.Errorf("unsupported instruction 0xfd %d", sub)
			}
		}
	default:
		if r.err == nil {
			return op, false, fmt.Errorf("unsupported instruction %#x", op)
		}
	}
	return op, loop, r.err
}
