// Command precompile fills a compilation cache directory with the given
// modules, so that later runs (tests under the race detector, where wazero's
// compiler is some ten times slower) only read the cache:
//
//	go run ./runtime/internal/precompile -cache DIR a.wasm b.wasm ...
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"sync"

	"github.com/tetratelabs/wazero"
)

func main() {
	dir := flag.String("cache", "", "compilation cache directory")
	flag.Parse()
	if *dir == "" {
		fmt.Fprintln(os.Stderr, "precompile: -cache is required")
		os.Exit(2)
	}
	cache, err := wazero.NewCompilationCacheWithDir(*dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "precompile:", err)
		os.Exit(1)
	}
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make(chan error, flag.NArg())
	for _, path := range flag.Args() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			wasm, err := os.ReadFile(path)
			if err != nil {
				errs <- err
				return
			}
			// The same runtime configuration as the engine's (compiler,
			// termination checks), or the cached code would not be reused.
			rt := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfigCompiler().WithCloseOnContextDone(true).WithCompilationCache(cache))
			defer rt.Close(ctx)
			if _, err := rt.CompileModule(ctx, wasm); err != nil {
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
