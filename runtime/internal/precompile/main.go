// Command precompile fills a compilation cache directory with the given
// modules, compiled as the runtime loads them, so that later runs (tests under
// the race detector, where wazero's compiler is some ten times slower) only
// read the cache:
//
//	go run ./runtime/internal/precompile -cache DIR a.wasm b.wasm ...
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"sync"

	"github.com/defaas/defaas/runtime"
)

func main() {
	dir := flag.String("cache", "", "compilation cache directory")
	flag.Parse()
	if *dir == "" {
		fmt.Fprintln(os.Stderr, "precompile: -cache is required")
		os.Exit(2)
	}
	eng, err := runtime.New(runtime.Config{CacheDir: *dir})
	if err != nil {
		fmt.Fprintln(os.Stderr, "precompile:", err)
		os.Exit(1)
	}
	ctx := context.Background()
	defer eng.Close(ctx)
	var wg sync.WaitGroup
	errs := make(chan error, flag.NArg())
	for _, path := range flag.Args() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			wasm, err := os.ReadFile(path)
			if err == nil {
				err = eng.Precompile(ctx, wasm)
			}
			if err != nil {
				errs <- fmt.Errorf("compile %s: %w", path, err)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		fmt.Fprintln(os.Stderr, "precompile:", err)
		os.Exit(1)
	}
}
