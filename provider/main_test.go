package provider_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"testing"

	"github.com/defaas/defaas/examples/functions"
)

var (
	helloWasm []byte
	// wasmCache is a compilation cache filled outside the race detector, where compiling a
	// Go module is ten times faster; every provider in the tests reads it.
	wasmCache string
)

func TestMain(m *testing.M) {
	if os.Getenv(childEnv) != "" {
		os.Exit(runChild())
	}
	os.Exit(run(m))
}

func run(m *testing.M) int {
	dir, err := os.MkdirTemp("", "defaas-provider-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	ctx := context.Background()
	path, err := functions.Build(ctx, "hello", functions.Reactor, dir)
	if err == nil {
		helloWasm, err = os.ReadFile(path)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "build hello:", err)
		return 1
	}
	wasmCache = filepath.Join(dir, "wazero")
	cmd := exec.CommandContext(ctx, "go", "run", "-ldflags=-X=github.com/tetratelabs/wazero/internal/version.version="+wazeroVersion(),
		"github.com/defaas/defaas/runtime/internal/precompile", "-cache", wasmCache, path)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "precompile (continuing without):", err)
	}
	return m.Run()
}

// wazeroVersion is the version wazero finds for itself in this binary.
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

func quietLogger() *slog.Logger {
	if os.Getenv("DEFAAS_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}
