package runtime

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"net/http"
)

var wasmHeader = []byte{0x00, 'a', 's', 'm', 0x01, 0x00, 0x00, 0x00}

// memoryLimits is what a module declares about one linear memory.
type memoryLimits struct {
	min, max uint64
	hasMax   bool
}

// declaredMemories reads the limits of the memories a module defines or
// imports, straight from its binary, so that a module asking for more than its
// level is refused with a precise reason before any compilation.
func declaredMemories(wasm []byte) ([]memoryLimits, error) {
	if len(wasm) < len(wasmHeader) || !bytes.Equal(wasm[:4], wasmHeader[:4]) {
		return nil, errors.New("missing the \\0asm magic number")
	}
	if !bytes.Equal(wasm[4:8], wasmHeader[4:]) {
		return nil, fmt.Errorf("binary version %x, want 1", wasm[4:8])
	}
	r := &reader{b: wasm[8:]}
	var mems []memoryLimits
	for len(r.b) > 0 {
		id := r.byte()
		size := r.u32()
		if r.err != nil || uint64(size) > uint64(len(r.b)) {
			return nil, errors.New("truncated section")
		}
		sec := &reader{b: r.b[:size]}
		r.b = r.b[size:]
		switch id {
		case 2: // imports
			n := sec.u32()
			for i := uint32(0); i < n && sec.err == nil; i++ {
				sec.name()
				sec.name()
				switch kind := sec.byte(); kind {
				case 0x00: // function: type index
					sec.u32()
				case 0x01: // table: reftype, limits
					sec.byte()
					sec.limits()
				case 0x02:
					mems = append(mems, sec.limits())
				case 0x03: // global: valtype, mutability
					sec.byte()
					sec.byte()
				case 0x04: // tag
					sec.byte()
					sec.u32()
				default:
					return nil, fmt.Errorf("import %d has unknown kind %#x", i, kind)
				}
			}
		case 5: // memories
			n := sec.u32()
			for i := uint32(0); i < n && sec.err == nil; i++ {
				mems = append(mems, sec.limits())
			}
		}
		if sec.err != nil {
			return nil, fmt.Errorf("section %d: %w", id, sec.err)
		}
	}
	return mems, nil
}

// checkStatic applies the checks that need no compilation: size, header and
// declared memory against the level.
func checkStatic(level Level, wasm []byte) error {
	if int64(len(wasm)) > level.imageBytes() {
		return newError(http.StatusRequestEntityTooLarge, ReasonModuleTooLarge,
			"module is %d bytes, the level allows %d MiB", len(wasm), level.ImageMB)
	}
	mems, err := declaredMemories(wasm)
	if err != nil {
		return &Error{Status: http.StatusUnprocessableEntity, Reason: ReasonNotWebAssembly, Err: err}
	}
	limit := uint64(level.memoryPages())
	for _, m := range mems {
		if m.min > limit || (m.hasMax && m.max > limit) {
			declared := m.min
			if m.hasMax && m.max > declared {
				declared = m.max
			}
			return newError(http.StatusUnprocessableEntity, ReasonMemoryOverLevel,
				"module declares %d MiB of linear memory, the level allows %d MiB", declared/16, level.MemoryMB)
		}
	}
	return nil
}

// reader decodes the LEB128 integers and vectors of the binary format; the
// first error sticks.
type reader struct {
	b   []byte
	err error
}

func (r *reader) byte() byte {
	if r.err != nil {
		return 0
	}
	if len(r.b) == 0 {
		r.err = errors.New("unexpected end")
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *reader) u32() uint32 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 || n > 5 || v > 1<<32-1 {
		r.err = errors.New("bad LEB128 integer")
		return 0
	}
	r.b = r.b[n:]
	return uint32(v)
}

func (r *reader) u64() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 || n > 10 {
		r.err = errors.New("bad LEB128 integer")
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) name() {
	n := r.u32()
	if r.err == nil && uint64(n) > uint64(len(r.b)) {
		r.err = errors.New("truncated name")
	}
	if r.err == nil {
		r.b = r.b[n:]
	}
}

func (r *reader) limits() memoryLimits {
	flags := r.byte()
	// Bit 0: max present; bit 1: shared; bit 2: 64-bit indices.
	var l memoryLimits
	if flags&4 != 0 {
		l.min = r.u64()
	} else {
		l.min = uint64(r.u32())
	}
	if flags&1 != 0 {
		l.hasMax = true
		if flags&4 != 0 {
			l.max = r.u64()
		} else {
			l.max = uint64(r.u32())
		}
	}
	return l
}
