package client_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/defaas/defaas/examples/functions"
	"github.com/defaas/defaas/internal/wasmtest"
)

var (
	// helloWasm is the hello example function, a defaas_v1 reactor.
	helloWasm []byte
	// wasmCache is a compilation cache filled outside the race detector, for the provider of
	// the example.
	wasmCache string
)

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "defaas-client-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	wasmCache = filepath.Join(dir, "wazero")
	mods, err := wasmtest.Prepare(context.Background(), dir, wasmCache, wasmtest.Module{Name: "hello", ABI: functions.Reactor})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	helloWasm = mods[0]
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}
