package functions_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/defaas/defaas/examples/functions"
)

// exports lists the function exports of a module and the modules it imports
// from (runtime tests run the modules; this checks only what Build produces).
func exports(t *testing.T, wasm []byte) (names, importModules []string) {
	t.Helper()
	if !bytes.HasPrefix(wasm, []byte{0, 'a', 's', 'm', 1, 0, 0, 0}) {
		t.Fatal("not a WebAssembly module")
	}
	b := wasm[8:]
	uvarint := func() uint64 {
		v, n := binary.Uvarint(b)
		if n <= 0 {
			t.Fatal("bad LEB128")
		}
		b = b[n:]
		return v
	}
	for len(b) > 0 {
		id := b[0]
		b = b[1:]
		size := uvarint()
		sec, rest := b[:size], b[size:]
		if id == 2 {
			b = sec
			for n := uvarint(); n > 0; n-- {
				l := uvarint()
				importModules = append(importModules, string(b[:l]))
				b = b[l:]
				l = uvarint()
				b = b[l:]
				if b[0] != 0 {
					t.Fatalf("imports something other than a function")
				}
				b = b[1:]
				uvarint()
			}
		}
		if id == 7 {
			b = sec
			for n := uvarint(); n > 0; n-- {
				l := uvarint()
				name := string(b[:l])
				b = b[l:]
				kind := b[0]
				b = b[1:]
				uvarint()
				if kind == 0 {
					names = append(names, name)
				}
			}
		}
		b = rest
	}
	return names, importModules
}

func TestBuild_BothABIs(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	dir := t.TempDir()
	for _, tt := range []struct {
		abi        functions.ABI
		want, not  []string
		wantSuffix string
	}{
		{functions.Reactor, []string{"_initialize", "defaas_v1_handle"}, []string{"_start"}, "hello.wasm"},
		{functions.CGI, []string{"_start"}, []string{"_initialize"}, "hello-cgi.wasm"},
	} {
		path, err := functions.Build(ctx, "hello", tt.abi, dir)
		if err != nil {
			t.Fatal(err)
		}
		wasm, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		got, imports := exports(t, wasm)
		if tt.abi == functions.CGI {
			for _, m := range imports {
				if m != "wasi_snapshot_preview1" {
					t.Errorf("the CGI build imports from %s: not a pure WASI command", m)
				}
			}
		}
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("%s build lacks export %s (has %v)", tt.abi, w, got)
			}
		}
		for _, n := range tt.not {
			if slices.Contains(got, n) {
				t.Errorf("%s build exports %s", tt.abi, n)
			}
		}
		if want := dir + "/" + tt.wantSuffix; path != want {
			t.Errorf("path %s, want %s", path, want)
		}
	}
}

func TestBuild_UnknownFunction(t *testing.T) {
	if _, err := functions.Build(context.Background(), "nope", functions.Reactor, t.TempDir()); err == nil {
		t.Error("built a function that does not exist")
	}
}

func TestBuild_CExampleBothABIs(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	dir := t.TempDir()
	for _, tt := range []struct {
		abi       functions.ABI
		want, not string
	}{
		{functions.Reactor, "defaas_v1_handle", "_start"},
		{functions.CGI, "_start", "defaas_v1_handle"},
	} {
		path, err := functions.Build(ctx, "mandelbrot", tt.abi, dir)
		if err != nil {
			t.Fatal(err)
		}
		wasm, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		got, _ := exports(t, wasm)
		if !slices.Contains(got, tt.want) || slices.Contains(got, tt.not) {
			t.Errorf("%s build exports %v: want %s, not %s", tt.abi, got, tt.want, tt.not)
		}
	}
	native, err := functions.BuildNative(ctx, "mandelbrot", dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(native); err != nil {
		t.Errorf("no native build: %v", err)
	}
}

// go generate ./examples/functions runs cmd/build, which is committed (the .gitignore ignores
// only the top-level build/ it writes to): its go:generate line runs, here for hello.
func TestGenerate_TheCommandOfTheGenerateLineBuilds(t *testing.T) {
	src, err := os.ReadFile("build.go")
	if err != nil {
		t.Fatal(err)
	}
	var line string
	for _, l := range strings.Split(string(src), "\n") {
		if rest, ok := strings.CutPrefix(l, "//go:generate "); ok {
			line = rest
		}
	}
	args := strings.Fields(line)
	if len(args) < 3 || args[0] != "go" || args[1] != "run" {
		t.Fatalf("go:generate line %q: want go run ./cmd/build …", line)
	}
	if _, err := os.Stat(filepath.Join(args[2], "main.go")); err != nil {
		t.Fatalf("go:generate runs %s, which is missing: %v", args[2], err)
	}
	out := t.TempDir()
	cmd := exec.Command("go", "run", args[2], "-o", out, "hello")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", cmd, err, b)
	}
	for _, f := range []string{"hello.wasm", "hello-cgi.wasm"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("cmd/build wrote no %s: %v", f, err)
		}
	}
	cmd = exec.Command("go", "run", args[2], "-o", out, "nope")
	if b, err := cmd.CombinedOutput(); err == nil || !strings.Contains(string(b), `no example function "nope"`) {
		t.Errorf("cmd/build nope: %v\n%s", err, b)
	}
}
