// Package wasmtest prepares WebAssembly modules for tests: it builds them with the Go
// toolchain and compiles them into a wazero compilation cache in a separate process built
// without the race detector, where compiling a Go module is ten times faster, so that tests
// under -race only read the cache.
package wasmtest

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"

	"github.com/defaas/defaas/examples/functions"
)

// Module is one module to build: an example of examples/functions by Name, or the package in
// the directory Package (relative to the test's directory).
type Module struct {
	Name    string
	Package string
	ABI     functions.ABI
}

// Prepare builds every module into dir and returns their bytes, in order. It then compiles
// them into cacheDir; a failure there is reported on stderr and not fatal, since tests can
// compile in process, only slower.
func Prepare(ctx context.Context, dir, cacheDir string, mods ...Module) ([][]byte, error) {
	out := make([][]byte, len(mods))
	paths := make([]string, len(mods))
	for i, m := range mods {
		var path string
		var err error
		if m.Package != "" {
			path, err = functions.BuildPackage(ctx, m.Package, m.ABI, filepath.Join(dir, fmt.Sprintf("module-%d.wasm", i)))
		} else {
			path, err = functions.Build(ctx, m.Name, m.ABI, dir)
		}
		if err == nil {
			out[i], err = os.ReadFile(path)
		}
		if err != nil {
			return nil, fmt.Errorf("build %s%s: %w", m.Name, m.Package, err)
		}
		paths[i] = path
	}
	Precompile(ctx, cacheDir, paths...)
	return out, nil
}

// Precompile compiles the modules at paths into cacheDir, in a process built without the race
// detector; a failure is reported on stderr and not fatal, since tests can compile in process,
// only slower.
func Precompile(ctx context.Context, cacheDir string, paths ...string) {
	// wazero keys its cache by its own version, read from the binary's build information,
	// which a test binary lacks: give the precompiler this binary's.
	args := append([]string{"run", "-ldflags=-X=github.com/tetratelabs/wazero/internal/version.version=" + WazeroVersion(),
		"github.com/defaas/defaas/runtime/internal/precompile", "-cache", cacheDir}, paths...)
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "precompile (continuing without):", err)
	}
}

// WazeroVersion is the version wazero finds for itself in this binary.
func WazeroVersion() string {
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, dep := range info.Deps {
			if dep.Path == "github.com/tetratelabs/wazero" && dep.Version != "" && dep.Version != "(devel)" {
				return dep.Version
			}
		}
	}
	return "dev"
}
