// The module's sections: bounds on their vectors, imports counted, the globals and exports added.

package instrument

import (
	"fmt"
	"strings"
)

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
