package provider_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"testing"

	"github.com/defaas/defaas/examples/functions"
	"github.com/defaas/defaas/internal/wasmtest"
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
	wasmCache = filepath.Join(dir, "wazero")
	mods, err := wasmtest.Prepare(context.Background(), dir, wasmCache, wasmtest.Module{Name: "hello", ABI: functions.Reactor})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	helloWasm = mods[0]
	return m.Run()
}

func quietLogger() *slog.Logger {
	if os.Getenv("DEFAAS_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}
