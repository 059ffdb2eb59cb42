package witness_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/defaas/defaas/examples/functions"
	"github.com/defaas/defaas/internal/wasmtest"
)

// The modules the test providers serve, built once for the whole test binary, and the
// compilation cache they are compiled into outside the race detector (ten times faster).
var (
	// helloModule echoes the request (200); oopsModule answers its own unmarked 500;
	// panicsModule panics on every request; sleepyModule answers after 3 s of sleep;
	// envModule answers with everything a function sees that could differ between runs.
	helloModule, oopsModule, panicsModule, sleepyModule, envModule []byte
	// routesModule answers GET and POST /greet, and 404 elsewhere.
	routesModule []byte
	cacheDir     string
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
	cacheDir = filepath.Join(dir, "wazero")
	mods, err := wasmtest.Prepare(context.Background(), dir, cacheDir,
		wasmtest.Module{Name: "hello", ABI: functions.Reactor},
		wasmtest.Module{Package: "testdata/oops", ABI: functions.Reactor},
		wasmtest.Module{Package: "testdata/panics", ABI: functions.Reactor},
		wasmtest.Module{Package: "testdata/sleepy", ABI: functions.Reactor},
		wasmtest.Module{Package: "testdata/env", ABI: functions.Reactor},
		wasmtest.Module{Package: "testdata/routes", ABI: functions.Reactor})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	helloModule, oopsModule, panicsModule, sleepyModule, envModule, routesModule = mods[0], mods[1], mods[2], mods[3], mods[4], mods[5]
	return m.Run()
}
