package instrument

import (
	"encoding/binary"
	"errors"
	"fmt"
)

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
