package instrument_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"

	"github.com/defaas/defaas/runtime/internal/instrument"
)

// Hand-assembled modules: the binary format, a section at a time.
func leb(n uint32) []byte { return binary.AppendUvarint(nil, uint64(n)) }

func name(s string) []byte { return append(leb(uint32(len(s))), s...) }

func section(id byte, payload ...[]byte) []byte {
	p := bytes.Join(payload, nil)
	return append(append([]byte{id}, leb(uint32(len(p)))...), p...)
}

func module(sections ...[]byte) []byte {
	return append([]byte{0, 'a', 's', 'm', 1, 0, 0, 0}, bytes.Join(sections, nil)...)
}

// body is a function body without locals.
func body(code ...byte) []byte {
	b := append([]byte{0}, code...)
	return append(leb(uint32(len(b))), b...)
}

const (
	i32 = 0x7F
	i64 = 0x7E
)

// compute exports:
//
//	spin() loops forever;
//	sum(n i32) i64 adds 1..n in a loop inside a block;
//	fib(n i32) i32 recurses twice per call, without a loop;
//	bump() increments the mutable global 0 and returns it.
var compute = module(
	section(1, leb(4),
		[]byte{0x60, 0, 0},           // 0: () -> ()
		[]byte{0x60, 1, i32, 1, i64}, // 1: (i32) -> i64
		[]byte{0x60, 1, i32, 1, i32}, // 2: (i32) -> i32
		[]byte{0x60, 0, 1, i32},      // 3: () -> i32
	),
	section(3, leb(4), leb(0), leb(1), leb(2), leb(3)),
	section(5, leb(1), []byte{0x00}, leb(1)),
	section(6, leb(2),
		[]byte{i32, 0x01, 0x41, 0x00, 0x0B}, // mutable, 0
		[]byte{i64, 0x00, 0x42, 0x07, 0x0B}, // immutable, 7
	),
	section(7, leb(5),
		name("spin"), []byte{0x00}, leb(0),
		name("sum"), []byte{0x00}, leb(1),
		name("fib"), []byte{0x00}, leb(2),
		name("bump"), []byte{0x00}, leb(3),
		name("memory"), []byte{0x02}, leb(0),
	),
	section(10, leb(4),
		body(0x03, 0x40, 0x0C, 0x00, 0x0B, 0x0B), // loop br 0 end
		func() []byte { // sum with two locals: i64 acc; loop { acc += n; n--; br_if n }
			code := []byte{
				1, 1, i64, // one local of i64
				0x02, 0x40, // block
				0x03, 0x40, // loop
				0x20, 0x01, 0x20, 0x00, 0xAD, 0x7C, 0x21, 0x01, // acc += i64(n)
				0x20, 0x00, 0x41, 0x01, 0x6B, 0x22, 0x00, // n = n - 1 (tee)
				0x0D, 0x00, // br_if 0 (loop)
				0x0B, 0x0B, // end loop, end block
				0x20, 0x01, 0x0B,
			}
			return append(leb(uint32(len(code))), code...)
		}(),
		body( // if n < 2 { 1 } else { fib(n-1) + fib(n-2) }
			0x20, 0x00, 0x41, 0x02, 0x48, 0x04, i32,
			0x41, 0x01,
			0x05,
			0x20, 0x00, 0x41, 0x01, 0x6B, 0x10, 0x02,
			0x20, 0x00, 0x41, 0x02, 0x6B, 0x10, 0x02,
			0x6A,
			0x0B, 0x0B),
		body(0x23, 0x00, 0x41, 0x01, 0x6A, 0x24, 0x00, 0x23, 0x00, 0x0B),
	),
)

func instantiate(t *testing.T, wasm []byte) api.Module {
	t.Helper()
	ctx := context.Background()
	rt := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfigCompiler())
	t.Cleanup(func() { rt.Close(ctx) })
	mod, err := rt.Instantiate(ctx, wasm)
	if err != nil {
		t.Fatal(err)
	}
	return mod
}

func rewrite(t *testing.T, wasm []byte) *instrument.Module {
	t.Helper()
	m, err := instrument.Rewrite(wasm)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestRewrite_KeepsWhatTheModuleComputes(t *testing.T) {
	m := rewrite(t, compute)
	if m.Functions != 4 || m.Loops != 2 {
		t.Errorf("%d function checks and %d loop checks, want 4 and 2", m.Functions, m.Loops)
	}
	orig, rewritten := instantiate(t, compute), instantiate(t, m.Wasm)
	ctx := context.Background()
	for _, call := range []struct {
		fn   string
		args []uint64
	}{{"sum", []uint64{1000}}, {"fib", []uint64{15}}, {"bump", nil}, {"bump", nil}} {
		want, err := orig.ExportedFunction(call.fn).Call(ctx, call.args...)
		if err != nil {
			t.Fatal(err)
		}
		got, err := rewritten.ExportedFunction(call.fn).Call(ctx, call.args...)
		if err != nil {
			t.Fatalf("%s: %v", call.fn, err)
		}
		if got[0] != want[0] {
			t.Errorf("%s%v = %d rewritten, %d originally", call.fn, call.args, got[0], want[0])
		}
	}
}

func TestRewrite_InterruptStopsLoopsAndRecursion(t *testing.T) {
	for _, call := range []struct {
		fn   string
		args []uint64
	}{
		{"spin", nil},
		{"fib", []uint64{60}}, // 2^60 calls and no loop: only the checks at function entry stop it
	} {
		t.Run(call.fn, func(t *testing.T) {
			mod := instantiate(t, rewrite(t, compute).Wasm)
			flag := mod.ExportedGlobal(instrument.InterruptExport).(api.MutableGlobal)
			time.AfterFunc(50*time.Millisecond, func() { flag.Set(1) })
			done := make(chan error, 1)
			go func() {
				_, err := mod.ExportedFunction(call.fn).Call(context.Background(), call.args...)
				done <- err
			}()
			select {
			case err := <-done:
				if err == nil {
					t.Fatal("returned normally, want a trap")
				}
			case <-time.After(10 * time.Second):
				t.Fatal("still running 10 s after the interrupt")
			}
		})
	}
}

func TestRewrite_BoundsCallDepth(t *testing.T) {
	// f calls itself forever: no loop, and a stack that only wazero's
	// ceiling of 400 MB would stop.
	wasm := module(
		section(1, leb(1), []byte{0x60, 0, 0}),
		section(3, leb(1), leb(0)),
		section(7, leb(1), name("f"), []byte{0x00}, leb(0)),
		section(10, leb(1), body(0x10, 0x00, 0x0B)),
	)
	mod := instantiate(t, rewrite(t, wasm).Wasm)
	if _, err := mod.ExportedFunction("f").Call(context.Background()); err == nil {
		t.Fatal("returned normally")
	}
	if d := mod.ExportedGlobal(instrument.DepthExport).Get(); d != instrument.MaxDepth+1 {
		t.Errorf("depth %d when it trapped, want %d", d, instrument.MaxDepth+1)
	}
	// The count comes back down as calls return.
	mod = instantiate(t, rewrite(t, compute).Wasm)
	if _, err := mod.ExportedFunction("fib").Call(context.Background(), 20); err != nil {
		t.Fatal(err)
	}
	if d := mod.ExportedGlobal(instrument.DepthExport).Get(); d != 1 {
		t.Errorf("depth %d after fib returned, want 1 (the export's own frame: the host resets it)", d)
	}
}

func TestRewrite_ExportsMutableGlobals(t *testing.T) {
	m := rewrite(t, compute)
	if len(m.Globals) != 1 || !m.Resettable {
		t.Fatalf("globals %v, resettable %v: want the one mutable global, resettable", m.Globals, m.Resettable)
	}
	mod := instantiate(t, m.Wasm)
	g := mod.ExportedGlobal(m.Globals[0]).(api.MutableGlobal)
	mod.ExportedFunction("bump").Call(context.Background())
	if g.Get() != 1 {
		t.Fatalf("global after bump = %d, want 1", g.Get())
	}
	g.Set(41) // what a restore does
	if got, _ := mod.ExportedFunction("bump").Call(context.Background()); got[0] != 42 {
		t.Errorf("bump after setting 41 = %d, want 42", got[0])
	}
}

func TestRewrite_NotResettableWhenStateIsMoreThanMemoryAndGlobals(t *testing.T) {
	for _, tt := range []struct {
		name string
		wasm []byte
	}{
		{"table.set", module(
			section(1, leb(1), []byte{0x60, 0, 0}),
			section(3, leb(1), leb(0)),
			section(4, leb(1), []byte{0x70, 0x00, 0x01}),
			section(10, leb(1), body(0x41, 0x00, 0xD0, 0x70, 0x26, 0x00, 0x0B)),
		)},
		{"data.drop", module(
			section(1, leb(1), []byte{0x60, 0, 0}),
			section(3, leb(1), leb(0)),
			section(5, leb(1), []byte{0x00}, leb(1)),
			section(12, leb(1)),
			section(10, leb(1), body(0xFC, 0x09, 0x00, 0x0B)),
			section(11, leb(1), []byte{0x01}, name("x")),
		)},
		{"mutable funcref global", module(
			section(6, leb(1), []byte{0x70, 0x01, 0xD0, 0x70, 0x0B}),
		)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if m := rewrite(t, tt.wasm); m.Resettable {
				t.Error("reported resettable")
			}
		})
	}
}

func TestRewrite_Refusals(t *testing.T) {
	for _, tt := range []struct {
		name string
		wasm []byte
	}{
		{"reserved export name", module(
			section(5, leb(1), []byte{0x00}, leb(1)),
			section(7, leb(1), name("defaas:interrupt"), []byte{0x02}, leb(0)),
		)},
		// global.get 1 with one global is invalid; after the rewriter adds
		// its own global it would not be, so it must be refused.
		{"global index the rewriter adds", module(
			section(1, leb(1), []byte{0x60, 0, 1, i32}),
			section(3, leb(1), leb(0)),
			section(6, leb(1), []byte{i32, 0x00, 0x41, 0x00, 0x0B}),
			section(10, leb(1), body(0x23, 0x01, 0x0B)),
		)},
		{"local index the rewriter adds", module(
			section(1, leb(1), []byte{0x60, 1, i32, 1, i32}),
			section(3, leb(1), leb(0)),
			section(10, leb(1), body(0x20, 0x01, 0x0B)),
		)},
		{"export of that global", module(
			section(7, leb(1), name("g"), []byte{0x03}, leb(0)),
		)},
		{"unknown opcode", module(
			section(1, leb(1), []byte{0x60, 0, 0}),
			section(3, leb(1), leb(0)),
			section(10, leb(1), body(0xFE, 0x00, 0x0B)),
		)},
		{"truncated code", module(section(10, leb(1), leb(5), []byte{0, 0x41}))},
		// wazero allocates for a declared count before reading the entries:
		// four billion tables in five bytes.
		{"count beyond the section", module(section(4, leb(0xFFFFFFF0)))},
		{"four billion locals", module(
			section(1, leb(1), []byte{0x60, 0, 0}),
			section(3, leb(1), leb(0)),
			section(10, leb(1), leb(8), []byte{1}, leb(0xFFFFFFFF), []byte{i32, 0x0B}),
		)},
		{"data segment beyond the section", module(
			section(5, leb(1), []byte{0x00}, leb(1)),
			section(11, leb(1), []byte{0x01}, leb(0xFFFFFFF0)),
		)},
		{"element vector beyond the section", module(
			section(9, leb(1), []byte{0x01, 0x00}, leb(0xFFFFFFF0)),
		)},
		{"not WebAssembly", []byte("#!/bin/sh")},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := instrument.Rewrite(tt.wasm)
			var ie *instrument.Error
			if !errors.As(err, &ie) {
				t.Fatalf("err %v, want an *instrument.Error", err)
			}
		})
	}
}

func TestRewrite_ReportsStartFunction(t *testing.T) {
	m := rewrite(t, module(
		section(1, leb(1), []byte{0x60, 0, 0}),
		section(3, leb(1), leb(0)),
		section(8, leb(0)),
		section(10, leb(1), body(0x0B)),
	))
	if !m.Start {
		t.Error("start function not reported")
	}
}

// valid compiles wasm with wazero, which validates it, configured as the
// runtime does (no DWARF: custom sections other than "name" are skipped).
func valid(wasm []byte) (err error) {
	defer func() { // wazero's decoder is not free of panics on malformed input
		if p := recover(); p != nil {
			err = fmt.Errorf("wazero panicked: %v", p)
		}
	}()
	ctx := context.Background()
	rt := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfigInterpreter().WithDebugInfoEnabled(false))
	defer rt.Close(ctx)
	_, err = rt.CompileModule(ctx, wasm)
	return err
}

// sectionsFit reports whether wasm has the header and its sections fit in it.
func sectionsFit(wasm []byte) bool {
	if len(wasm) < 8 || !bytes.Equal(wasm[:8], []byte{0, 'a', 's', 'm', 1, 0, 0, 0}) {
		return false
	}
	b := wasm[8:]
	for len(b) > 0 {
		size, n := binary.Uvarint(b[1:])
		if n <= 0 || n > 5 || size > uint64(len(b)-1-n) {
			return false
		}
		b = b[1+n+int(size):]
	}
	return true
}

// malformed matches the rewriter's refusals of what does not decode.
var malformed = regexp.MustCompile(`declares|flags|locals, more than|truncated|malformed|LEB128|unexpected end|out of order|code section has|bytes after|magic|binary version|end without`)

// FuzzRewrite checks the rewriter against wazero's validator: a valid module
// rewrites into a valid module, and an invalid one never into a valid one.
func FuzzRewrite(f *testing.F) {
	f.Add(compute)
	f.Add(module(section(1, leb(1), []byte{0x60, 0, 0}), section(3, leb(1), leb(0)), section(10, leb(1), body(0xFD, 0x0C, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x1A, 0x0B))))
	f.Add(module(section(1, leb(1), []byte{0x60, 0, 0}), section(3, leb(1), leb(0)), section(10, leb(1), body(0x41, 0x00, 0x0E, 0x01, 0x00, 0x00, 0x0B))))
	f.Fuzz(func(t *testing.T, wasm []byte) {
		m, err := instrument.Rewrite(wasm)
		if !sectionsFit(wasm) {
			// Invalid on its face; wazero can take seconds to say so
			// (sizes it allocates before it finds the end).
			if err == nil {
				t.Fatal("rewrote a module whose sections overrun it")
			}
			return
		}
		if err != nil {
			// A module the rewriter cannot even decode is invalid by the
			// binary format; wazero can take long to say so when it
			// declares huge counts, which it allocates for first.
			// (Inside a function body, which its size bounds, a
			// misdecoded instruction must still be caught.)
			if msg := err.Error(); malformed.MatchString(msg) && !strings.HasPrefix(msg, "code section: function") {
				return
			}
			if valid(wasm) == nil && !bytes.Contains(wasm, []byte("defaas:")) {
				t.Fatalf("refused a valid module: %v", err)
			}
			return
		}
		before := valid(wasm)
		after := valid(m.Wasm)
		switch {
		case before == nil && after != nil:
			t.Fatalf("a valid module became invalid: %v", after)
		case before != nil && after == nil:
			t.Fatalf("an invalid module became valid (was: %v)", before)
		}
	})
}
