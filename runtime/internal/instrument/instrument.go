// Package instrument rewrites a WebAssembly module at upload so that the
// runtime can stop an instance at any moment for the price of a load and a
// branch, and can put an instance back into the state it had after its
// initialization:
//
//   - At the entry of every function and the head of every loop (every way a
//     guest can run for long passes one: a loop, or a call, recursion without
//     loops included) the guest counts down a budget global; each time it
//     runs out, every SafepointEvery checks, the guest executes memory.grow 0,
//     which wazero's compiled code performs by returning to Go, and tests a
//     new mutable i32 global, exported as [InterruptExport]: when the host has
//     set it to a non-zero value, the instance traps (unreachable) there.
//     The return to Go is what lets the Go runtime stop the goroutine for a
//     garbage collection or schedule another: machine code that never
//     returns to Go cannot be preempted, and would hold up every collection,
//     and with it the whole process, for as long as it runs. A module without
//     a memory has no memory.grow; it tests the interrupt global at every
//     check instead, without safepoints.
//   - Every function counts the depth of calls in a global: it adds one at
//     its entry, into a new local, and traps past [MaxDepth]; after each call
//     it sets the global back from that local, so the count is right however
//     the callee left (return, branch, end). Without it a recursion would be
//     bounded only by wazero's machine stack, which grows, up to 400 MB per
//     call, in the host's own heap, outside the level's memory.
//   - Every mutable global the module defines is exported (names in
//     [Module.Globals]), so the host can save and restore them.
//
// Nothing else changes: no index of the original module moves (the new global
// comes after all others), custom sections are kept except DWARF (".debug_*"),
// whose code offsets the inserted checks would make wrong. The original must
// not refer to the global index the rewriter adds, nor export a name starting
// with "defaas:"; either is refused, so that no invalid module becomes valid
// by being rewritten.
//
// It decodes every instruction of the features wazero enables by default
// (WebAssembly 2.0: bulk memory, multi-value, non-trapping conversions,
// reference types, sign extension, SIMD) and refuses any other opcode. It
// does not validate beyond what it needs: the rewritten module is compiled,
// and so validated, by wazero.
package instrument

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// InterruptExport is the export name of the global the host sets to stop an
// instance.
const InterruptExport = "defaas:interrupt"

const globalExportPrefix = "defaas:global:"

// DepthExport is the export name of the call depth global, which the host
// sets back to zero before it calls an export.
const DepthExport = "defaas:depth"

// MaxDepth is the deepest a guest's calls may nest. It allows far deeper
// recursion than browsers do (about 10,000 to 50,000 frames in 1 MB of
// stack), and holds wazero's machine stack of a Go guest to some 30 MB.
const MaxDepth = 1 << 17

// MaxLocals bounds the parameters and locals of one function, as the
// JavaScript API of WebAssembly does; wazero allocates for all of them before
// it reads the code.
const MaxLocals = 50000

// SafepointEvery is how many checks (function entries and loop iterations) a
// guest runs between two returns to Go, and so between two tests of its
// interrupt global: a few microseconds of guest code, whose return costs
// about as much as one loop iteration through wazero's own termination
// check.
const SafepointEvery = 1024

// Module is a rewritten module.
type Module struct {
	// Wasm is the rewritten binary.
	Wasm []byte
	// Globals are the export names of the module's own mutable globals, in
	// index order: the state beside linear memory that an instance keeps.
	Globals []string
	// Resettable is false when an instance's state is more than its linear
	// memory and its mutable numeric globals: its code changes tables or
	// drops segments, or it has a mutable v128 or reference global. An
	// instance of such a module cannot be restored by copying memory and
	// globals back.
	Resettable bool
	// Start is true when the module has a start function, which would run
	// at instantiation, before the host can reach its interrupt global.
	Start bool
	// Functions and Loops count the checks inserted.
	Functions, Loops int
}

// Error is a module the rewriter refuses.
type Error struct{ msg string }

func (e *Error) Error() string { return e.msg }

func errorf(format string, args ...any) error { return &Error{fmt.Sprintf(format, args...)} }

var magic = []byte{0x00, 'a', 's', 'm', 0x01, 0x00, 0x00, 0x00}

// Section ids.
const (
	secCustom    = 0
	secType      = 1
	secImport    = 2
	secFunction  = 3
	secTable     = 4
	secMemory    = 5
	secGlobal    = 6
	secExport    = 7
	secStart     = 8
	secElement   = 9
	secCode      = 10
	secData      = 11
	secDataCount = 12
	secTag       = 13
)

// order is the position a section must have in a module; custom sections go
// anywhere.
func order(id byte) int {
	switch id {
	case secTag:
		return 55 // between memory (5) and global (6)
	case secDataCount:
		return 95 // between element (9) and code (10)
	}
	return int(id) * 10
}

type section struct {
	id      byte
	payload []byte
}

// Rewrite instruments wasm.
func Rewrite(wasm []byte) (*Module, error) {
	if len(wasm) < len(magic) || !bytes.Equal(wasm[:4], magic[:4]) {
		return nil, errorf("missing the \\0asm magic number")
	}
	if !bytes.Equal(wasm[4:8], magic[4:]) {
		return nil, errorf("binary version %x, want 1", wasm[4:8])
	}
	r := &reader{b: wasm[8:]}
	var secs []section
	last := 0
	for len(r.b) > 0 {
		id := r.byte()
		size := r.u32()
		if r.err != nil || uint64(size) > uint64(len(r.b)) {
			return nil, errorf("truncated section")
		}
		payload := r.b[:size]
		r.b = r.b[size:]
		if id != secCustom {
			if id > secTag || order(id) <= last {
				return nil, errorf("section %d out of order or unknown", id)
			}
			last = order(id)
		}
		secs = append(secs, section{id, payload})
	}

	m := &Module{Resettable: true}
	for _, s := range secs {
		if err := checkCounts(s); err != nil {
			return nil, err
		}
	}
	var importedGlobals, definedGlobals uint32
	hasMemory := false
	var params []uint32    // parameter count of each type
	var funcTypes []uint32 // type index of each defined function
	var mutable []uint32   // indices of defined mutable globals
	var out []section
	for _, s := range secs {
		switch s.id {
		case secCustom:
			// Dropped; but a custom section whose name does not decode
			// makes the module malformed, and must keep it so.
			cr := &reader{b: s.payload}
			if name := cr.name(); cr.err != nil || !utf8.ValidString(name) {
				return nil, errorf("custom section: malformed name")
			}
			continue
		case secStart:
			m.Start = true
		case secImport:
			n, mems, err := countImports(s.payload)
			if err != nil {
				return nil, err
			}
			importedGlobals = n
			hasMemory = hasMemory || mems > 0
		case secMemory:
			mr := &reader{b: s.payload}
			hasMemory = hasMemory || mr.u32() > 0
		case secType:
			var err error
			if params, err = typeParams(s.payload); err != nil {
				return nil, err
			}
		case secFunction:
			fr := &reader{b: s.payload}
			n := fr.u32()
			for i := uint32(0); i < n && fr.err == nil; i++ {
				funcTypes = append(funcTypes, fr.u32())
			}
			if fr.err != nil || len(fr.b) != 0 {
				return nil, errorf("function section malformed")
			}
		case secGlobal:
			gr := &reader{b: s.payload}
			n := gr.u32()
			for i := uint32(0); i < n && gr.err == nil; i++ {
				typ, mut := gr.valType(), gr.byte()
				if mut == 1 {
					mutable = append(mutable, importedGlobals+i)
					if typ != 0x7F && typ != 0x7E && typ != 0x7D && typ != 0x7C {
						m.Resettable = false // v128 or a reference: not a number the host can copy
					}
				}
				if err := skipConstExpr(gr); err != nil {
					return nil, errorf("global %d: %v", i, err)
				}
			}
			if gr.err != nil {
				return nil, errorf("global section: %v", gr.err)
			}
			if len(gr.b) != 0 {
				return nil, errorf("global section: %d bytes after the globals", len(gr.b))
			}
			definedGlobals = n
		}
		out = append(out, s)
	}
	interrupt := importedGlobals + definedGlobals
	if interrupt+1 < importedGlobals {
		return nil, errorf("too many globals")
	}
	check := interruptCheck(interrupt, hasMemory)
	depth := interrupt + 2

	// Second pass: now that the global count is known, rewrite.
	for i := range out {
		s := &out[i]
		switch s.id {
		case secGlobal:
			s.payload = appendGlobal(s.payload)
		case secExport:
			p, err := rewriteExports(s.payload, interrupt, mutable, m)
			if err != nil {
				return nil, err
			}
			s.payload = p
		case secCode:
			p, err := rewriteCode(s.payload, interrupt, depth, check, hasMemory, params, funcTypes, m)
			if err != nil {
				return nil, err
			}
			s.payload = p
		}
	}
	if definedGlobals == 0 && !has(out, secGlobal) {
		out = insert(out, section{secGlobal, appendGlobal(nil)})
	}
	if !has(out, secExport) {
		p, err := rewriteExports(nil, interrupt, mutable, m)
		if err != nil {
			return nil, err
		}
		out = insert(out, section{secExport, p})
	}

	buf := bytes.NewBuffer(make([]byte, 0, len(wasm)+len(wasm)/16))
	buf.Write(magic)
	for _, s := range out {
		buf.WriteByte(s.id)
		buf.Write(leb(uint64(len(s.payload))))
		buf.Write(s.payload)
	}
	m.Wasm = buf.Bytes()
	return m, nil
}

// checkCounts refuses a section whose vectors declare more entries than it
// has bytes: wazero allocates for the declared count before it reads the
// entries, so a module of a few bytes declaring four billion tables would
// take the provider's memory, or the provider itself, down.
func checkCounts(s section) error {
	if s.id == secCustom {
		return nil
	}
	r := &reader{b: s.payload}
	n := r.u32()
	if r.err != nil {
		return errorf("section %d: %v", s.id, r.err)
	}
	if s.id == secStart || s.id == secDataCount {
		// One index or count, nothing else: wazero reads past a
		// section's end, so what the rewriter puts after one must not
		// change how it reads.
		if len(r.b) != 0 {
			return errorf("section %d malformed: %d bytes after its value", s.id, len(r.b))
		}
		return nil
	}
	if uint64(n) > uint64(len(r.b)) {
		return errorf("section %d declares %d entries in %d bytes", s.id, n, len(r.b))
	}
	var err error
	switch s.id {
	case secElement:
		err = checkElements(r, n)
	case secData:
		err = checkData(r, n)
	case secTable:
		for i := uint32(0); i < n && r.err == nil; i++ {
			r.refType()
			r.limits()
		}
	case secMemory:
		for i := uint32(0); i < n && r.err == nil; i++ {
			r.limits()
		}
	case secTag:
		for i := uint32(0); i < n && r.err == nil; i++ {
			r.byte()
			r.u32()
		}
	default:
		return nil // parsed to their ends where they are rewritten or read
	}
	if err != nil {
		return err
	}
	if r.err != nil || len(r.b) != 0 {
		return errorf("section %d malformed", s.id)
	}
	return nil
}

// checkElements bounds the vectors of the element segments.
func checkElements(r *reader, n uint32) error {
	for i := uint32(0); i < n && r.err == nil; i++ {
		flags := r.u32()
		if flags > 7 {
			return errorf("element segment %d: flags %d", i, flags)
		}
		if flags&3 == 2 { // active with an explicit table index
			r.u32()
		}
		if flags&1 == 0 { // active: an offset expression
			if err := skipConstExpr(r); err != nil {
				return errorf("element segment %d: %v", i, err)
			}
		}
		if flags&3 != 0 { // an element kind or a reference type
			r.elemKind()
		}
		k := r.u32()
		if r.err == nil && uint64(k) > uint64(len(r.b)) {
			return errorf("element segment %d declares %d elements in %d bytes", i, k, len(r.b))
		}
		for j := uint32(0); j < k && r.err == nil; j++ {
			if flags&4 == 0 { // function indices
				r.u32()
			} else if err := skipConstExpr(r); err != nil {
				return errorf("element segment %d: %v", i, err)
			}
		}
	}
	if r.err != nil {
		return errorf("element section: %v", r.err)
	}
	return nil
}

// checkData bounds the bytes of the data segments.
func checkData(r *reader, n uint32) error {
	for i := uint32(0); i < n && r.err == nil; i++ {
		switch flags := r.u32(); flags {
		case 0:
			if err := skipConstExpr(r); err != nil {
				return errorf("data segment %d: %v", i, err)
			}
		case 1:
		case 2:
			r.u32()
			if err := skipConstExpr(r); err != nil {
				return errorf("data segment %d: %v", i, err)
			}
		default:
			return errorf("data segment %d: flags %d", i, flags)
		}
		size := r.u32()
		if r.err == nil && uint64(size) > uint64(len(r.b)) {
			return errorf("data segment %d declares %d bytes, %d remain", i, size, len(r.b))
		}
		r.skip(int(size))
	}
	if r.err != nil {
		return errorf("data section: %v", r.err)
	}
	return nil
}

func has(secs []section, id byte) bool {
	for _, s := range secs {
		if s.id == id {
			return true
		}
	}
	return false
}

// insert puts s before the first non-custom section that must follow it.
func insert(secs []section, s section) []section {
	for i, t := range secs {
		if t.id != secCustom && order(t.id) > order(s.id) {
			return append(secs[:i], append([]section{s}, secs[i:]...)...)
		}
	}
	return append(secs, s)
}

func countImports(p []byte) (globals, memories uint32, err error) {
	r := &reader{b: p}
	n := r.u32()
	for i := uint32(0); i < n && r.err == nil; i++ {
		r.name()
		r.name()
		switch kind := r.byte(); kind {
		case 0x00: // function: type index
			r.u32()
		case 0x01: // table: reftype, limits
			r.refType()
			r.limits()
		case 0x02: // memory: limits
			r.limits()
			memories++
		case 0x03: // global: valtype, mutability
			r.valType()
			r.byte()
			globals++
		case 0x04: // tag: attribute, type index
			r.byte()
			r.u32()
		default:
			if r.err == nil {
				return 0, 0, errorf("import %d has unknown kind %#x", i, kind)
			}
		}
	}
	if r.err != nil {
		return 0, 0, errorf("import section: %v", r.err)
	}
	if len(r.b) != 0 {
		return 0, 0, errorf("import section malformed: %d bytes after the imports", len(r.b))
	}
	return globals, memories, nil
}

// appendGlobal adds the interrupt flag, (global (mut i32) (i32.const 0)),
// the budget, (global (mut i32) (i32.const SafepointEvery)), and the call
// depth, (global (mut i32) (i32.const 0)), to a global section.
func appendGlobal(p []byte) []byte {
	var n uint64
	var rest []byte
	if p != nil {
		r := &reader{b: p}
		n = uint64(r.u32())
		rest = r.b
	}
	out := leb(n + 3)
	out = append(out, rest...)
	out = append(out, 0x7F, 0x01, 0x41, 0x00, 0x0B)
	out = append(out, 0x7F, 0x01, 0x41)
	out = appendSLEB(out, SafepointEvery)
	out = append(out, 0x0B)
	return append(out, 0x7F, 0x01, 0x41, 0x00, 0x0B)
}

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

func rewriteExports(p []byte, interrupt uint32, mutable []uint32, m *Module) ([]byte, error) {
	var n uint32
	var entries []byte
	if p != nil {
		r := &reader{b: p}
		n = r.u32()
		start := r.b
		for i := uint32(0); i < n && r.err == nil; i++ {
			name := r.name()
			kind := r.byte()
			idx := r.u32()
			if r.err != nil {
				break
			}
			if strings.HasPrefix(name, "defaas:") {
				return nil, errorf("export %q: names starting with \"defaas:\" are reserved for the runtime", name)
			}
			if kind == 0x03 && idx >= interrupt {
				return nil, errorf("export %q: global %d out of range", name, idx)
			}
		}
		if r.err != nil {
			return nil, errorf("export section: %v", r.err)
		}
		if len(r.b) != 0 {
			return nil, errorf("export section: %d bytes after the exports", len(r.b))
		}
		entries = start
	}
	out := leb(uint64(n) + 2 + uint64(len(mutable)))
	out = append(out, entries...)
	out = appendExport(out, InterruptExport, interrupt)
	out = appendExport(out, DepthExport, interrupt+2)
	m.Globals = m.Globals[:0]
	for _, idx := range mutable {
		name := fmt.Sprintf("%s%d", globalExportPrefix, idx)
		out = appendExport(out, name, idx)
		m.Globals = append(m.Globals, name)
	}
	return out, nil
}

func appendExport(b []byte, name string, global uint32) []byte {
	b = append(b, leb(uint64(len(name)))...)
	b = append(b, name...)
	b = append(b, 0x03)
	return append(b, leb(uint64(global))...)
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

// typeParams reads the parameter count of every function type.
func typeParams(p []byte) ([]uint32, error) {
	r := &reader{b: p}
	n := r.u32()
	var params []uint32
	funcType := func(i uint32) error {
		if form := r.byte(); form != 0x60 && r.err == nil {
			return errorf("type %d is not a function type (%#x)", i, form)
		}
		np := r.u32()
		if r.err == nil && uint64(np) > uint64(len(r.b)) {
			return errorf("type %d declares %d parameters in %d bytes", i, np, len(r.b))
		}
		for j := uint32(0); j < np && r.err == nil; j++ {
			r.valType()
		}
		nr := r.u32()
		if r.err == nil && uint64(nr) > uint64(len(r.b)) {
			return errorf("type %d declares %d results in %d bytes", i, nr, len(r.b))
		}
		for j := uint32(0); j < nr && r.err == nil; j++ {
			r.valType()
		}
		params = append(params, np)
		return nil
	}
	for i := uint32(0); i < n && r.err == nil; i++ {
		if len(r.b) > 0 && r.b[0] == 0x4E { // a recursion group of function types, as wazero reads them
			r.byte()
			k := r.u32()
			if r.err == nil && uint64(k) > uint64(len(r.b)) {
				return nil, errorf("type %d declares a group of %d in %d bytes", i, k, len(r.b))
			}
			for j := uint32(0); j < k && r.err == nil; j++ {
				if err := funcType(i); err != nil {
					return nil, err
				}
			}
			continue
		}
		if err := funcType(i); err != nil {
			return nil, err
		}
	}
	if r.err != nil || len(r.b) != 0 {
		return nil, errorf("type section malformed")
	}
	return params, nil
}

// skipConstExpr reads a constant expression up to its end.
func skipConstExpr(r *reader) error {
	for r.err == nil {
		op, _, err := instruction(r, ^uint32(0), 0, nil)
		if err != nil {
			return err
		}
		if op == 0x0B {
			return nil
		}
	}
	return r.err
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

// reader decodes the binary format; the first error sticks.
type reader struct {
	b   []byte
	err error
}

var errEnd = errors.New("unexpected end")

func (r *reader) fail(err error) {
	if r.err == nil {
		r.err = err
	}
	r.b = nil
}

func (r *reader) byte() byte {
	if r.err != nil {
		return 0
	}
	if len(r.b) == 0 {
		r.fail(errEnd)
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *reader) skip(n int) {
	if r.err != nil {
		return
	}
	if len(r.b) < n {
		r.fail(errEnd)
		return
	}
	r.b = r.b[n:]
}

// uleb reads an unsigned LEB128 of at most bits bits.
func (r *reader) uleb(bits uint) uint64 {
	var v uint64
	for shift := uint(0); ; shift += 7 {
		if r.err != nil {
			return 0
		}
		if shift >= bits {
			r.fail(errors.New("LEB128 integer too long"))
			return 0
		}
		c := r.byte()
		if shift+7 > bits && c&0x7F>>(bits-shift) != 0 {
			r.fail(errors.New("LEB128 integer too large"))
			return 0
		}
		v |= uint64(c&0x7F) << shift
		if c&0x80 == 0 {
			return v
		}
	}
}

// sleb reads a signed LEB128 of at most bits bits; only its length matters
// here, the value is checked by the validator.
func (r *reader) sleb(bits uint) {
	for shift := uint(0); ; shift += 7 {
		if r.err != nil {
			return
		}
		if shift >= bits {
			r.fail(errors.New("LEB128 integer too long"))
			return
		}
		if r.byte()&0x80 == 0 {
			return
		}
	}
}

func (r *reader) u32() uint32 { return uint32(r.uleb(32)) }
func (r *reader) s32()        { r.sleb(32) }
func (r *reader) s33()        { r.sleb(33) }
func (r *reader) s64()        { r.sleb(64) }

// valType reads a value type of WebAssembly 2.0: one byte. wazero reads
// the typed references of later proposals (0x63, 0x64, then a heap type)
// whatever the features enabled, so the rewriter must not read them as one
// byte and go on: it refuses them.
func (r *reader) valType() byte {
	t := r.byte()
	switch t {
	case 0x7F, 0x7E, 0x7D, 0x7C, 0x7B, 0x70, 0x6F:
	default:
		if r.err == nil {
			r.fail(fmt.Errorf("unsupported value type %#x", t))
		}
	}
	return t
}

// refType reads funcref or externref.
func (r *reader) refType() byte {
	t := r.byte()
	if t != 0x70 && t != 0x6F && r.err == nil {
		r.fail(fmt.Errorf("unsupported reference type %#x", t))
	}
	return t
}

// elemKind reads an element segment's kind (0x00, functions) or reference
// type.
func (r *reader) elemKind() {
	if t := r.byte(); t != 0x00 && t != 0x70 && t != 0x6F && r.err == nil {
		r.fail(fmt.Errorf("unsupported element kind %#x", t))
	}
}

func (r *reader) memarg() {
	align := r.u32()
	if align&0x40 != 0 { // multiple memories: a memory index follows
		r.u32()
	}
	r.u32()
}

func (r *reader) name() string {
	n := r.u32()
	if r.err != nil {
		return ""
	}
	if uint64(n) > uint64(len(r.b)) {
		r.fail(errors.New("truncated name"))
		return ""
	}
	s := string(r.b[:n])
	r.b = r.b[n:]
	return s
}

func (r *reader) limits() {
	flags := r.byte()
	if flags&4 != 0 { // 64-bit
		r.uleb(64)
		if flags&1 != 0 {
			r.uleb(64)
		}
		return
	}
	r.u32()
	if flags&1 != 0 {
		r.u32()
	}
}

func leb(v uint64) []byte { return binary.AppendUvarint(nil, v) }

// appendSLEB appends v as a signed LEB128 integer.
func appendSLEB(b []byte, v int64) []byte {
	for {
		c := byte(v & 0x7F)
		v >>= 7
		if (v == 0 && c&0x40 == 0) || (v == -1 && c&0x40 != 0) {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}
