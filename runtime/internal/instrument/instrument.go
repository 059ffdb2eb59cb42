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
	"fmt"
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
