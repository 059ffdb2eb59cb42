package runtime_test

import (
	"bytes"
	"encoding/binary"
	"net/http"
	"testing"
	"time"

	"github.com/defaas/defaas/runtime"
)

// Hand-assembled modules for the upload checks, which must fail before any
// Go module would be needed.
func leb(n uint32) []byte { return binary.AppendUvarint(nil, uint64(n)) }

func name(s string) []byte { return append(leb(uint32(len(s))), s...) }

func section(id byte, payload ...[]byte) []byte {
	p := bytes.Join(payload, nil)
	return append(append([]byte{id}, leb(uint32(len(p)))...), p...)
}

func module(sections ...[]byte) []byte {
	return append([]byte{0, 'a', 's', 'm', 1, 0, 0, 0}, bytes.Join(sections, nil)...)
}

var (
	// memory 0 with min pages and no max, exported as "memory".
	memorySection = func(pages uint32) []byte { return section(5, leb(1), []byte{0x00}, leb(pages)) }
	exportMemory  = section(7, leb(1), name("memory"), []byte{0x02, 0x00})
)

func TestUpload_Refusals(t *testing.T) {
	eng := newEngine(t, runtime.Config{})
	p := newProvider(t, eng, runtime.ServerOptions{Resolver: leases{
		1: {Level: testLevel, Active: true},
		2: {Level: runtime.Level{CPUMilli: 1000, MemoryMB: 64, ImageMB: 1}, Active: true},
		9: {Level: testLevel, Active: false},
	}})
	tests := []struct {
		name   string
		lease  string
		wasm   []byte
		status int
		reason string
	}{
		{"NotWebAssembly", "1", []byte("#!/bin/sh\necho hello\n"), http.StatusUnprocessableEntity, runtime.ReasonNotWebAssembly},
		{"Empty", "1", nil, http.StatusUnprocessableEntity, runtime.ReasonNotWebAssembly},
		{"TruncatedSection", "1", module([]byte{5, 10, 1}), http.StatusUnprocessableEntity, runtime.ReasonNotWebAssembly},
		{"InvalidCode", "1", module(section(3, leb(1), leb(0))), http.StatusUnprocessableEntity, runtime.ReasonNotWebAssembly},
		{"TooLargeForLevel", "2", helloReactor, http.StatusRequestEntityTooLarge, runtime.ReasonModuleTooLarge},
		{"MemoryOverLevel", "1", module(memorySection(65*16), exportMemory), http.StatusUnprocessableEntity, runtime.ReasonMemoryOverLevel},
		{"MaxMemoryOverLevel", "1", module(section(5, leb(1), []byte{0x01}, leb(1), leb(65*16)), exportMemory), http.StatusUnprocessableEntity, runtime.ReasonMemoryOverLevel},
		{"NoEntryPoint", "1", module(memorySection(1), exportMemory), http.StatusUnprocessableEntity, runtime.ReasonNoEntryPoint},
		{"UnsupportedImport", "1", module(
			section(1, leb(1), []byte{0x60, 0, 0}),
			section(2, leb(1), name("env"), name("socket"), []byte{0x00}, leb(0)),
			memorySection(1), exportMemory), http.StatusUnprocessableEntity, runtime.ReasonUnsupportedImport},
		{"WrongWASISignature", "1", module(
			section(1, leb(1), []byte{0x60, 0, 0}),
			section(2, leb(1), name("wasi_snapshot_preview1"), name("fd_write"), []byte{0x00}, leb(0)),
			memorySection(1), exportMemory), http.StatusUnprocessableEntity, runtime.ReasonUnsupportedImport},
		{"ReactorInitTraps", "1", module(
			section(1, leb(1), []byte{0x60, 0, 0}),
			section(3, leb(2), leb(0), leb(0)),
			memorySection(1),
			section(7, leb(3), name("memory"), []byte{0x02}, leb(0), name("_initialize"), []byte{0x00}, leb(0), name("defaas_v1_handle"), []byte{0x00}, leb(1)),
			section(10, leb(2), []byte{3, 0, 0x00, 0x0b}, []byte{2, 0, 0x0b}), // unreachable; nothing
		), http.StatusUnprocessableEntity, runtime.ReasonInitFailed},
		{"ReactorWithoutInitialize", "1", module(
			section(1, leb(1), []byte{0x60, 0, 0}),
			section(3, leb(1), leb(0)),
			memorySection(1),
			section(7, leb(2), name("memory"), []byte{0x02}, leb(0), name("defaas_v1_handle"), []byte{0x00}, leb(0)),
			section(10, leb(1), []byte{2, 0, 0x0b}),
		), http.StatusUnprocessableEntity, runtime.ReasonNoEntryPoint},
		// Four billion tables declared in five bytes: wazero would allocate
		// for them before noticing, and take the provider down.
		{"HugeDeclaredCount", "1", module(section(4, leb(0xFFFFFFF0)), memorySection(1), exportMemory), http.StatusUnprocessableEntity, runtime.ReasonNotWebAssembly},
		{"InactiveLease", "9", helloReactor, http.StatusConflict, runtime.ReasonLeaseInactive},
		{"UnknownLease", "404", helloReactor, http.StatusNotFound, runtime.ReasonUnknownLease},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, body := p.do(http.MethodPut, "/v1/leases/"+tt.lease+"/function", bytes.NewReader(tt.wasm))
			wantRuntimeError(t, res, body, tt.status, tt.reason)
		})
	}
	// None of the refusals disturbs serving.
	stillServes(t, p, "1")
}

func TestLoad_DetectsABI(t *testing.T) {
	eng := newEngine(t, runtime.Config{})
	ctx := timeout(t, time.Minute)
	for _, tt := range []struct {
		name string
		wasm []byte
		want runtime.ABI
	}{
		{"reactor", helloReactor, runtime.ABIReactor},
		{"command", helloCGI, runtime.ABICGI},
	} {
		fn, err := eng.Load(ctx, 1, testLevel, tt.wasm)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if fn.ABI() != tt.want {
			t.Errorf("%s: ABI %v, want %v", tt.name, fn.ABI(), tt.want)
		}
		fn.Close(ctx)
	}
}
