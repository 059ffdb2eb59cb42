package witness_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"testing"

	"github.com/defaas/defaas/examples/functions"
)

// The modules the test providers serve, built once for the whole test binary, and the
// compilation cache they are compiled into outside the race detector (ten times faster).
var (
	helloModule, oopsModule []byte
	cacheDir                string
)

func TestMain(m *testing.M) {
	if os.Getenv(childEnv) != "" {
		os.Exit(runChild())
	}
	os.Exit(run(m))
}

func run(m *testing.M) int {
	dir, err := os.MkdirTemp("", "defaas-witness-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	ctx := context.Background()
	hello, err := functions.Build(ctx, "hello", functions.Reactor, dir)
	if err == nil {
		helloModule, err = os.ReadFile(hello)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "build hello:", err)
		return 1
	}
	oops, err := functions.BuildPackage(ctx, "testdata/oops", functions.Reactor, filepath.Join(dir, "oops.wasm"))
	if err == nil {
		oopsModule, err = os.ReadFile(oops)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "build oops:", err)
		return 1
	}
	cacheDir = filepath.Join(dir, "wazero")
	// wazero keys its cache by its own version, which a test binary lacks: give the
	// precompiler this binary's.
	cmd := exec.CommandContext(ctx, "go", "run", "-ldflags=-X=github.com/tetratelabs/wazero/internal/version.version="+wazeroVersion(),
		"github.com/defaas/defaas/runtime/internal/precompile", "-cache", cacheDir, hello, oops)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "precompile (continuing without):", err)
	}
	return m.Run()
}

func wazeroVersion() string {
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, dep := range info.Deps {
			if dep.Path == "github.com/tetratelabs/wazero" && dep.Version != "" && dep.Version != "(devel)" {
				return dep.Version
			}
		}
	}
	return "dev"
}
